package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.ChangedCertificateException;
import org.revisit.remote.KnownServers;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.RemoteServices;
import org.revisit.remote.UnknownServerException;
import org.revisit.server.Certificates;

/**
 * Trust on first use: an unknown server's certificate is shown to the user with its fingerprint, trusted, and then
 * pinned; another certificate for the same server is refused. And the server process listens on its HTTPS port
 * only: the embedded Derby opens none.
 */
class ServerTrustTest {

	@TempDir
	Path dir;

	@Test
	void anUnknownServerIsRefusedWithItsFingerprintUntilTheUserTrustsIt() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			UnknownServerException e = assertThrows(UnknownServerException.class, () -> RemoteServices.connect(f.uri(),
					ServerFixture.AGENT, ServerFixture.PASSWORD.toCharArray(), f.known, f.clock, null));
			assertEquals(f.identity.fingerprint(), e.fingerprint());
			assertEquals("127.0.0.1", e.host());
			assertEquals(f.port(), e.port());
			assertTrue(e.getMessage().contains(e.fingerprint()) && e.getMessage().contains("127.0.0.1:" + f.port()),
					e.getMessage());
			assertTrue(e.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), e.fingerprint());
			assertFalse(Files.exists(f.known.file()), "nothing is trusted without the user");
			assertFalse(f.log().contains("Login of"), "the password was not sent");

			f.known.trust(e.host(), e.port(), e.fingerprint());
			try (RemoteServices agent = RemoteServices.connect(f.uri(), ServerFixture.AGENT,
					ServerFixture.PASSWORD.toCharArray(), f.known, f.clock, null)) {
				assertEquals("agent1", agent.principal().user());
			}
			assertTrue(Files.readAllLines(f.known.file()).contains("127.0.0.1:" + f.port() + " " + e.fingerprint()));
		}
	}

	@Test
	void aChangedCertificateIsRefusedSayingWhatToDo() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			String other = Certificates.selfSigned(List.of("localhost"), TestClock.fixed()).fingerprint();
			f.known.trust("127.0.0.1", f.port(), other);
			ChangedCertificateException e = assertThrows(ChangedCertificateException.class, () -> RemoteServices
					.connect(f.uri(), ServerFixture.AGENT, ServerFixture.PASSWORD.toCharArray(), f.known, f.clock, null));
			assertEquals("The certificate of 127.0.0.1:" + f.port() + " changed (was " + other + ", now "
					+ f.identity.fingerprint() + "). If the server was re-installed, remove its line from "
					+ f.known.file() + "; otherwise someone may be intercepting the connection.", e.getMessage());
			assertFalse(f.log().contains("Login of"), "the password was not sent");
			assertTrue(f.known.forget("127.0.0.1", f.port()));
			assertThrows(UnknownServerException.class, () -> RemoteServices.connect(f.uri(), ServerFixture.AGENT,
					ServerFixture.PASSWORD.toCharArray(), f.known, f.clock, null));
		}
	}

	@Test
	void theServerSpeaksTls13And12() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			SSLContext pinned = PinnedTls.context(f.identity.fingerprint());
			for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
				try (SSLSocket s = (SSLSocket) pinned.getSocketFactory().createSocket("127.0.0.1", f.port())) {
					s.setEnabledProtocols(new String[] { protocol });
					s.startHandshake();
					assertEquals(protocol, s.getSession().getProtocol());
				}
			}
		}
	}

	@Test
	void theKnownServersFileIsCheckedLineByLine() throws IOException {
		KnownServers known = new KnownServers(dir.resolve("sub/known-servers"));
		String fp = Certificates.selfSigned(List.of("localhost"), TestClock.fixed()).fingerprint();
		known.trust("Revisit.Example.COM", 8443, fp.toLowerCase());
		known.trust("::1", 9443, fp);
		assertEquals(fp, known.fingerprint("revisit.example.com", 8443), "names are compared without case");
		assertEquals(fp, known.fingerprint("[::1]", 9443));
		assertEquals(null, known.fingerprint("revisit.example.com", 9443), "another port is another server");
		assertThrows(IllegalArgumentException.class, () -> known.trust("x", 1, "AB:CD"));
		Files.writeString(known.file(), "# mine\nrevisit.example.com 8443\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		ServiceException e = assertThrows(ServiceException.class, () -> known.fingerprint("x", 1));
		assertEquals("Line 5 of " + known.file() + " is not 'HOST:PORT FINGERPRINT'; correct or remove it", e.getMessage());
	}

	@Test
	void theServerListensOnItsHttpsPortOnlyAndDerbyOnNone() throws Exception {
		Set<Integer> before = listeningPorts();
		try (ServerFixture f = ServerFixture.start(dir)) {
			try (RemoteServices admin = f.connect(ServerFixture.ADMIN)) {
				admin.campaigns().counts();
			}
			Set<Integer> after = listeningPorts();
			assertFalse(after.contains(1527), "no Derby Network Server: " + after);
			after.removeAll(before);
			assertEquals(Set.of(f.port()), after, "the only port the server opened is its HTTPS port");
		}
	}

	/** The TCP ports this process listens on, from Linux's socket tables and this process's file descriptors. */
	static Set<Integer> listeningPorts() throws IOException {
		Set<String> inodes = new HashSet<>();
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
			for (Path fd : fds) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				} catch (IOException closedMeanwhile) {
					// gone
				}
			}
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] cols = line.trim().split("\\s+");
				if (cols.length > 9 && cols[3].equals("0A") && inodes.contains(cols[9])) {
					String local = cols[1];
					ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}
}
