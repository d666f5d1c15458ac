package org.revisit.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.remote.KnownServers;
import org.revisit.server.internal.Der;
import org.revisit.server.internal.Messages;

/**
 * The server's TLS identity: a key pair with a self-signed X.509 v3 certificate made here (EC P-256,
 * ECDSA with SHA-256, valid ten years, the host names and addresses as subject alternative names), or the
 * certificate and key an administrator brings as PEM files. The certificate is encoded with a small DER
 * encoder ({@link Der}) and signed with {@link Signature}; no BouncyCastle. Clients do not check it against a
 * certificate authority: they pin its fingerprint (see {@link KnownServers}).
 */
public final class Certificates {

	/** How long a generated certificate is valid. */
	public static final int VALIDITY_YEARS = 10;

	private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
	private static final String COMMON_NAME = "2.5.4.3";
	private static final String ORGANIZATION = "2.5.4.10";
	private static final String SUBJECT_ALT_NAME = "2.5.29.17";
	private static final String BASIC_CONSTRAINTS = "2.5.29.19";
	private static final String KEY_USAGE = "2.5.29.15";
	private static final String EXT_KEY_USAGE = "2.5.29.37";
	private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern DNS_NAME = Pattern.compile("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");
	private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

	private Certificates() {
	}

	/** A private key and its certificate chain, the server's own certificate first. */
	public record Identity(PrivateKey key, List<X509Certificate> chain) {

		public Identity {
			chain = List.copyOf(chain);
			if (chain.isEmpty()) {
				throw new IllegalArgumentException("An identity needs a certificate");
			}
		}

		public X509Certificate certificate() {
			return chain.get(0);
		}

		/** The SHA-256 fingerprint clients compare and pin: {@code AB:CD:...}. */
		public String fingerprint() {
			return KnownServers.fingerprint(certificate());
		}
	}

	/**
	 * A new EC P-256 key pair and a self-signed certificate for it, valid from an hour before now (clocks of
	 * clients differ) for {@value #VALIDITY_YEARS} years.
	 *
	 * @param names the host names and IP addresses clients use to reach the server; the first is the common
	 *        name. Wildcard addresses (0.0.0.0, ::) are left out.
	 * @throws IllegalArgumentException if a name is neither a host name nor an IP address
	 */
	public static Identity selfSigned(List<String> names, Clock clock) {
		List<byte[]> generalNames = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String raw : names) {
			String name = raw.strip();
			if (name.startsWith("[") && name.endsWith("]")) {
				name = name.substring(1, name.length() - 1);
			}
			if (name.isEmpty() || !seen.add(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			byte[] address = ipAddress(name);
			if (address != null) {
				if (!isWildcard(address)) {
					generalNames.add(Der.implicit(7, address));
				}
			} else if (DNS_NAME.matcher(name).matches() && name.length() <= 253) {
				generalNames.add(Der.implicit(2, name.getBytes(StandardCharsets.US_ASCII)));
			} else {
				throw new IllegalArgumentException(NLS.bind(Messages.Cert_notHostOrAddress, raw));
			}
		}
		String commonName = seen.isEmpty() ? "Revisit server" : names.get(0).strip();
		if (commonName.length() > 64) {
			commonName = "Revisit server";
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
			byte[] name = Der.sequence(
					Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8String("Revisit"))),
					Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
			Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
			Instant from = now.minus(1, ChronoUnit.HOURS);
			Instant to = now.atZone(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
			List<byte[]> extensions = new ArrayList<>();
			extensions.add(Der.sequence(Der.oid(BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(Der.sequence())));
			// digitalSignature only: the first bit of a one-bit string
			extensions.add(Der.sequence(Der.oid(KEY_USAGE), Der.bool(true),
					Der.octetString(Der.bitString(new byte[] { (byte) 0x80 }, 7))));
			extensions.add(Der.sequence(Der.oid(EXT_KEY_USAGE), Der.octetString(Der.sequence(Der.oid(SERVER_AUTH)))));
			if (!generalNames.isEmpty()) {
				extensions.add(Der.sequence(Der.oid(SUBJECT_ALT_NAME),
						Der.octetString(Der.sequence(generalNames.toArray(byte[][]::new)))));
			}
			byte[] tbs = Der.sequence(
					Der.explicit(0, Der.integer(2)),
					Der.integer(serial()),
					algorithm,
					name,
					Der.sequence(Der.time(from), Der.time(to)),
					name,
					pair.getPublic().getEncoded(),
					Der.explicit(3, Der.sequence(extensions.toArray(byte[][]::new))));
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(pair.getPrivate());
			signer.update(tbs);
			byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
			return new Identity(pair.getPrivate(), List.of(certificate));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(NLS.bind(Messages.Cert_cannotMake, e.getMessage()), e);
		}
	}

	/**
	 * The identity of PEM files an administrator brings: {@code certificateFile} with the server's certificate
	 * first (then its chain), {@code keyFile} with its unencrypted PKCS#8 private key
	 * ({@code -----BEGIN PRIVATE KEY-----}, RSA or EC).
	 *
	 * @throws IllegalArgumentException with a message for the administrator if a file is not what it should be or
	 *         the key does not belong to the certificate
	 */
	public static Identity importPem(Path certificateFile, Path keyFile) throws IOException {
		List<X509Certificate> chain = new ArrayList<>();
		try {
			for (Certificate c : CertificateFactory.getInstance("X.509")
					.generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certificateFile)))) {
				chain.add((X509Certificate) c);
			}
		} catch (CertificateException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Cert_notPem, certificateFile, e.getMessage()), e);
		}
		if (chain.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Cert_noCertificate, certificateFile));
		}
		PublicKey publicKey = chain.get(0).getPublicKey();
		PrivateKey key = readKey(keyFile, publicKey.getAlgorithm());
		if (!matches(key, publicKey)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Cert_keyMismatch, new Object[] { keyFile, certificateFile,
					chain.get(0).getSubjectX500Principal().getName() }));
		}
		return new Identity(key, chain);
	}

	private static PrivateKey readKey(Path keyFile, String algorithm) throws IOException {
		String text = Files.readString(keyFile, StandardCharsets.US_ASCII);
		Matcher m = PEM.matcher(text);
		while (m.find()) {
			String label = m.group(1);
			switch (label) {
			case "PRIVATE KEY":
				byte[] der;
				try {
					der = Base64.getMimeDecoder().decode(m.group(2).strip());
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cert_badBase64, keyFile), e);
				}
				try {
					return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
				} catch (InvalidKeySpecException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cert_wrongKeyType, new Object[] { keyFile, algorithm,
							e.getMessage() }), e);
				} catch (GeneralSecurityException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cert_unknownAlgorithm, algorithm), e);
				}
			case "RSA PRIVATE KEY", "EC PRIVATE KEY":
				throw new IllegalArgumentException(NLS.bind(Messages.Cert_oldFormat, keyFile, label.replace(" PRIVATE KEY", "")));
			case "ENCRYPTED PRIVATE KEY":
				throw new IllegalArgumentException(NLS.bind(Messages.Cert_encrypted, keyFile));
			default:
				// a certificate or parameters next to the key
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Cert_noKey, keyFile));
	}

	/** Whether {@code key} is the private half of {@code publicKey}: something signed with it verifies. */
	public static boolean matches(PrivateKey key, PublicKey publicKey) {
		String algorithm = switch (publicKey.getAlgorithm()) {
		case "RSA" -> "SHA256withRSA";
		case "EC" -> "SHA256withECDSA";
		case "Ed25519", "EdDSA" -> "Ed25519";
		default -> null;
		};
		if (algorithm == null || !key.getAlgorithm().equals(publicKey.getAlgorithm())) {
			return false;
		}
		try {
			byte[] challenge = new byte[32];
			new SecureRandom().nextBytes(challenge);
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(challenge);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(publicKey);
			verifier.update(challenge);
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static BigInteger serial() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		bytes[0] &= 0x7F; // positive
		bytes[0] |= 0x01; // and not zero
		return new BigInteger(bytes);
	}

	/** The address an IP literal stands for, or {@code null} if {@code name} is not one (no name lookup). */
	static byte[] ipAddress(String name) {
		if (!IPV4.matcher(name).matches() && !name.contains(":")) {
			return null;
		}
		try {
			return InetAddress.getByName(name).getAddress();
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Cert_notAnAddress, name), e);
		}
	}

	private static boolean isWildcard(byte[] address) {
		for (byte b : address) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}
}
