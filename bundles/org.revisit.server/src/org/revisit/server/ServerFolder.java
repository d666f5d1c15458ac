package org.revisit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.eclipse.osgi.util.NLS;
import org.revisit.server.Certificates.Identity;
import org.revisit.server.internal.Messages;

/**
 * The server's files in {@code DATA/server/}: the TLS key and certificate in a PKCS#12 keystore
 * ({@code keystore.p12}) whose random password is in {@code keystore.password}, the local administrator's secret
 * that stops the server ({@code admin.secret}), all three readable by the owner only (0600); the certificate as
 * PEM for whoever wants to check it ({@code certificate.pem}); the lock of a running server
 * ({@code server.lock}) and its log ({@code server.log}). The database stays in {@code DATA/db}.
 */
public final class ServerFolder {

	/** The folder's name inside the data folder. */
	public static final String NAME = "server";
	private static final String ALIAS = "revisit-server";
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
	private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

	private final Path data;
	private final Path dir;

	public ServerFolder(Path data) {
		this.data = data.toAbsolutePath().normalize();
		this.dir = this.data.resolve(NAME);
	}

	public Path data() {
		return data;
	}

	public Path dir() {
		return dir;
	}

	public Path keystore() {
		return dir.resolve("keystore.p12");
	}

	public Path keystorePassword() {
		return dir.resolve("keystore.password");
	}

	public Path adminSecretFile() {
		return dir.resolve("admin.secret");
	}

	public Path certificatePem() {
		return dir.resolve("certificate.pem");
	}

	public Path lockFile() {
		return dir.resolve("server.lock");
	}

	public Path logFile() {
		return dir.resolve("server.log");
	}

	/** Whether {@code server init} made the TLS identity here. */
	public boolean hasIdentity() {
		return Files.exists(keystore());
	}

	/** Creates {@code DATA/server} (0700) if needed. */
	public void create() throws IOException {
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(data);
			try {
				Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
			} catch (UnsupportedOperationException notPosix) {
				Files.createDirectory(dir);
			}
		}
	}

	/** Stores the identity in the keystore (replacing one there), and its certificate as PEM. */
	public void saveIdentity(Identity identity) throws IOException {
		create();
		char[] password = keystorePasswordOrNew();
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, identity.key(), password, identity.chain().toArray(Certificate[]::new));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			store.store(bytes, password);
			writePrivate(keystore(), bytes.toByteArray());
		} catch (GeneralSecurityException e) {
			throw new IOException(NLS.bind(Messages.Folder_cannotWriteKeystore, keystore(), e.getMessage()), e);
		}
		StringBuilder pem = new StringBuilder();
		for (X509Certificate c : identity.chain()) {
			pem.append(pem(c));
		}
		writeFile(certificatePem(), pem.toString().getBytes(StandardCharsets.US_ASCII), null);
	}

	/** The identity in the keystore. */
	public Identity loadIdentity() throws IOException {
		KeyStore store = loadKeystore();
		try {
			Key key = store.getKey(ALIAS, readPassword());
			Certificate[] chain = store.getCertificateChain(ALIAS);
			if (!(key instanceof PrivateKey) || chain == null) {
				throw new IOException(NLS.bind(Messages.Folder_noServerKey, keystore()));
			}
			List<X509Certificate> certificates = new ArrayList<>();
			for (Certificate c : chain) {
				certificates.add((X509Certificate) c);
			}
			return new Identity((PrivateKey) key, certificates);
		} catch (GeneralSecurityException e) {
			throw new IOException(NLS.bind(Messages.Folder_cannotReadKeystore, keystore(), e.getMessage()), e);
		}
	}

	/** A TLS context presenting the keystore's certificate. */
	public SSLContext serverTls() throws IOException {
		KeyStore store = loadKeystore();
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, readPassword());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IOException(NLS.bind(Messages.Folder_cannotUseKeystore, keystore(), e.getMessage()), e);
		}
	}

	/** The local administrator's secret for stopping the server, made (0600) on first use. */
	public String adminSecret() throws IOException {
		Path file = adminSecretFile();
		if (!Files.exists(file)) {
			create();
			writePrivate(file, (random() + "\n").getBytes(StandardCharsets.US_ASCII));
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip();
	}

	private KeyStore loadKeystore() throws IOException {
		if (!hasIdentity()) {
			throw new IOException(NLS.bind(Messages.Folder_noCertificate, data));
		}
		char[] password = readPassword();
		try (InputStream in = Files.newInputStream(keystore())) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			return store;
		} catch (GeneralSecurityException | IOException e) {
			// a damaged file or a wrong password is an IOException of KeyStore.load, which names no file
			throw new IOException(NLS.bind(Messages.Folder_cannotReadKeystore, keystore(), e.getMessage()), e);
		}
	}

	private char[] readPassword() throws IOException {
		if (!Files.exists(keystorePassword())) {
			throw new IOException(NLS.bind(Messages.Folder_passwordMissing, keystorePassword()));
		}
		return Files.readString(keystorePassword(), StandardCharsets.US_ASCII).strip().toCharArray();
	}

	private char[] keystorePasswordOrNew() throws IOException {
		if (!Files.exists(keystorePassword())) {
			writePrivate(keystorePassword(), (random() + "\n").getBytes(StandardCharsets.US_ASCII));
		}
		return readPassword();
	}

	private static String random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The certificate in PEM. */
	public static String pem(X509Certificate certificate) throws IOException {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		} catch (GeneralSecurityException e) {
			throw new IOException(NLS.bind(Messages.Folder_cannotEncode, e.getMessage()), e);
		}
	}

	/** Writes {@code file} readable by its owner only (0600), atomically: a reader sees the old or the new file. */
	static void writePrivate(Path file, byte[] content) throws IOException {
		FileAttribute<?> ownerOnly;
		try {
			ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
			writeFile(file, content, ownerOnly);
		} catch (UnsupportedOperationException notPosix) {
			writeFile(file, content, null);
		}
	}

	private static void writeFile(Path file, byte[] content, FileAttribute<?> attribute) throws IOException {
		Path temp = attribute == null ? Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp")
				: Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp", attribute);
		try {
			Files.write(temp, content);
			if (attribute == null) {
				try {
					Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
				} catch (UnsupportedOperationException notPosix) {
					// fine
				}
			}
			try {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
