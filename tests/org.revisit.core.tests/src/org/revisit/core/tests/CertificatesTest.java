package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;
import org.revisit.server.Certificates;
import org.revisit.server.Certificates.Identity;
import org.revisit.server.Login;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.internal.Der;

/**
 * The server's certificate, made without BouncyCastle: the DER the encoder writes, a self-signed certificate the
 * JDK reads and verifies, its keystore readable by the owner only, and PEM files an administrator brings.
 */
class CertificatesTest {

	@TempDir
	Path dir;

	@Test
	void derEncodesLengthsIdentifiersIntegersAndTimes() {
		assertArrayEquals(bytes(0x04, 0x81, 0xC8), java.util.Arrays.copyOf(Der.octetString(new byte[200]), 3));
		assertArrayEquals(bytes(0x04, 0x82, 0x01, 0x2C), java.util.Arrays.copyOf(Der.octetString(new byte[300]), 4));
		assertArrayEquals(bytes(0x06, 0x06, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D), Der.oid("1.2.840.113549"));
		assertArrayEquals(bytes(0x06, 0x03, 0x55, 0x1D, 0x11), Der.oid("2.5.29.17"));
		assertArrayEquals(bytes(0x02, 0x02, 0x00, 0x80), Der.integer(128));
		assertArrayEquals(bytes(0x02, 0x01, 0x7F), Der.integer(BigInteger.valueOf(127)));
		assertArrayEquals(bytes(0x30, 0x00), Der.sequence());
		assertArrayEquals(bytes(0x01, 0x01, 0xFF), Der.bool(true));
		assertEquals("17 0D 32 36 31 31 32 33 30 31 30 30 30 30 5A", hex(Der.time(TestClock.NOW)), "UTCTime 261123010000Z");
		assertEquals(0x18, Der.time(Instant.parse("2050-01-01T00:00:00Z"))[0], "GeneralizedTime from 2050");
	}

	@Test
	void aSelfSignedCertificateIsReadAndVerifiedByTheJdk() throws Exception {
		Identity id = Certificates.selfSigned(List.of("revisit.example.com", "10.0.0.5", "0.0.0.0", "[::1]", "localhost"),
				TestClock.fixed());
		X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(id.certificate().getEncoded()));
		c.verify(c.getPublicKey());
		assertEquals(3, c.getVersion());
		assertEquals("SHA256withECDSA", c.getSigAlgName());
		assertEquals("EC", c.getPublicKey().getAlgorithm());
		assertTrue(c.getSubjectX500Principal().getName().contains("CN=revisit.example.com"),
				c.getSubjectX500Principal().getName());
		assertEquals(c.getSubjectX500Principal(), c.getIssuerX500Principal(), "self-signed");
		assertTrue(c.getSerialNumber().signum() > 0 && c.getSerialNumber().bitLength() > 64, "a random serial");
		assertTrue(c.getNotBefore().toInstant().isBefore(TestClock.NOW));
		assertEquals(TestClock.NOW.atZone(ZoneOffset.UTC).plusYears(10).toInstant(), c.getNotAfter().toInstant());
		c.checkValidity(java.util.Date.from(TestClock.NOW));
		Set<String> names = new HashSet<>();
		for (List<?> n : c.getSubjectAlternativeNames()) {
			names.add(n.get(0) + "=" + n.get(1));
		}
		assertEquals(Set.of("2=revisit.example.com", "7=10.0.0.5", "7=0:0:0:0:0:0:0:1", "2=localhost"), names,
				"no wildcard address");
		assertEquals(-1, c.getBasicConstraints(), "not a certificate authority");
		assertTrue(c.getKeyUsage()[0], "digital signature");
		assertEquals(List.of("1.3.6.1.5.5.7.3.1"), c.getExtendedKeyUsage(), "TLS server");
		assertTrue(c.getCriticalExtensionOIDs().containsAll(Set.of("2.5.29.19", "2.5.29.15")));
		assertThrows(IllegalArgumentException.class,
				() -> Certificates.selfSigned(List.of("not a name!"), TestClock.fixed()));
	}

	@Test
	void theKeystoreAndItsSecretsAreTheOwnersOnly() throws Exception {
		ServerFolder folder = new ServerFolder(dir.resolve("data"));
		Identity id = Certificates.selfSigned(List.of("localhost"), TestClock.fixed());
		folder.saveIdentity(id);
		String secret = folder.adminSecret();
		for (Path p : List.of(folder.keystore(), folder.keystorePassword(), folder.adminSecretFile())) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
		}
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.dir())));
		assertEquals(secret, folder.adminSecret(), "made once");
		assertTrue(secret.length() >= 40);
		Identity back = folder.loadIdentity();
		assertEquals(id.fingerprint(), back.fingerprint());
		assertArrayEquals(id.key().getEncoded(), back.key().getEncoded());
		assertTrue(Files.readString(folder.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n"));
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(folder.keystore())) {
			store.load(in, Files.readString(folder.keystorePassword()).strip().toCharArray());
		}
		assertEquals(1, store.size());
	}

	@Test
	void pemFilesAnAdministratorBringsAreImportedWhenKeyAndCertificateMatch() throws Exception {
		Path p12 = dir.resolve("rsa.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-keyalg", "RSA", "-keysize", "3072", "-alias", "srv", "-dname", "CN=revisit.example.com",
				"-validity", "30", "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "changeit")
				.redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(keytool.waitFor(120, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
		KeyStore rsa = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(p12)) {
			rsa.load(in, "changeit".toCharArray());
		}
		X509Certificate rsaCert = (X509Certificate) rsa.getCertificate("srv");
		Path cert = dir.resolve("server.crt");
		Path key = dir.resolve("server.key");
		Files.writeString(cert, ServerFolder.pem(rsaCert));
		Files.writeString(key, pem("PRIVATE KEY", ((PrivateKey) rsa.getKey("srv", "changeit".toCharArray())).getEncoded()));
		Identity imported = Certificates.importPem(cert, key);
		assertEquals("RSA", imported.key().getAlgorithm());
		assertEquals(rsaCert, imported.certificate());

		ServerFolder folder = new ServerFolder(dir.resolve("data"));
		folder.saveIdentity(imported);
		Login nobody = new Login() {
			@Override
			public Principal login(String user, char[] password, String from) {
				throw new ServiceException(ServiceException.Kind.UNAUTHENTICATED, "nobody logs in here");
			}

			@Override
			public Principal current(Principal session, String from) {
				throw new ServiceException(ServiceException.Kind.UNAUTHENTICATED, "nobody is logged in here");
			}
		};
		try (RevisitServer server = RevisitServer.builder(folder.serverTls(), nobody, (Principal p) -> null).address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).version("rsa")
				.start()) {
			SSLContext pinned = PinnedTls.context(imported.fingerprint());
			HttpClient client = HttpClient.newBuilder().sslContext(pinned).sslParameters(PinnedTls.parameters(pinned))
					.build();
			HttpResponse<String> ping = client.send(HttpRequest.newBuilder(
					URI.create("https://127.0.0.1:" + server.port() + Protocol.PING)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertTrue(ping.body().contains("\"version\":\"rsa\""), ping.body());
			client.shutdownNow();
		}

		Identity other = Certificates.selfSigned(List.of("localhost"), TestClock.fixed());
		Identity ec = Certificates.selfSigned(List.of("localhost"), TestClock.fixed());
		Files.writeString(cert, ServerFolder.pem(ec.certificate()));
		Files.writeString(key, pem("PRIVATE KEY", other.key().getEncoded()));
		IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
				() -> Certificates.importPem(cert, key));
		assertEquals("The private key in " + key + " does not belong to the certificate in " + cert
				+ " (CN=localhost,O=Revisit)", mismatch.getMessage());
		Files.writeString(key, pem("EC PRIVATE KEY", new byte[] { 1, 2, 3 }));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.importPem(cert, key)).getMessage()
				.contains("openssl pkcs8 -topk8 -nocrypt -in " + key));
		Files.writeString(key, "nothing here\n");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.importPem(cert, key)).getMessage()
				.contains("holds no PEM private key"));
		Files.writeString(cert, "");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.importPem(cert, key)).getMessage()
				.contains("holds no certificate"));
	}

	private static String pem(String label, byte[] der) {
		return "-----BEGIN " + label + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n-----END "
				+ label + "-----\n";
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

	private static String hex(byte[] b) {
		StringBuilder s = new StringBuilder();
		for (byte x : b) {
			s.append(s.isEmpty() ? "" : " ").append(String.format("%02X", Integer.valueOf(x & 0xFF)));
		}
		return s.toString();
	}
}
