package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Contact;
import org.revisit.store.NetworkServer;
import org.revisit.store.ServerCredentials;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims.ClaimedTask;

/** The store through a Derby Network Server with authentication, started by the test on a free port. */
class NetworkStoreTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	@TempDir
	Path dir;

	private NetworkServer server;
	private ServerCredentials credentials;
	private int port;

	/**
	 * Boots the embedded engine without authentication first, as the other test classes would: a server that
	 * boots the engine itself makes it require a password for good, which suits a server process but not a
	 * test JVM shared with embedded tests.
	 */
	@BeforeAll
	static void bootEngineWithoutAuthentication(@TempDir Path scratch) {
		Store.open(StoreConfig.embedded(scratch)).close();
	}

	@BeforeEach
	void startServer() throws IOException {
		port = freePort();
		credentials = ServerCredentials.loadOrCreate(dir.resolve(ServerCredentials.FILE_NAME), "revisit");
		server = NetworkServer.start(dir, "127.0.0.1", port, credentials);
	}

	@AfterEach
	void stopServer() {
		server.stop();
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
			return s.getLocalPort();
		}
	}

	private StoreConfig network(String password) {
		return StoreConfig.network("127.0.0.1", port, server.clientDatabaseName(), credentials.user(), password);
	}

	@Test
	void theCredentialsFileIsPrivateAndHoldsAGeneratedPassword() throws IOException {
		Path file = dir.resolve(ServerCredentials.FILE_NAME);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertTrue(credentials.password().length() >= 20, "a long random password");
		assertEquals(credentials, ServerCredentials.read(file, null), "a client can use the file as it is");
		assertEquals(credentials, ServerCredentials.loadOrCreate(file, "someone-else"), "a restart keeps the user");
	}

	@Test
	void contactsAndTasksThroughTheServer() {
		try (Store store = Store.open(network(credentials.password()))) {
			assertEquals(StoreConfig.Mode.NETWORK, store.config().mode());
			List<Contact> contacts = new ArrayList<>();
			for (int i = 0; i < 250; i++) {
				contacts.add(StoreTest.contact("网络" + i, "女士"));
			}
			store.contacts().insert(contacts);
			assertEquals(250, store.contacts().count());
			List<Contact> page = store.contacts().page(200, 100);
			assertEquals(50, page.size());
			assertEquals("网络200", page.get(0).getName());
			assertEquals("13800138000", page.get(0).getPhones().get(0).getNumber());

			TaskFixtures.plan(store, 3, NOW.minus(Duration.ofHours(1)), 50);
			ClaimedTask t = store.claims().claimNext("远程坐席", NOW, Duration.ofMinutes(10)).orElseThrow();
			assertEquals("远程坐席", t.leaseOwner());
			assertEquals(NOW.plus(Duration.ofMinutes(10)), t.leaseExpiry());
			assertEquals(3, store.counts().tasks());
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() {
		StoreException e = assertThrows(StoreException.class, () -> Store.open(network("not-the-password")));
		assertTrue(e.getMessage().contains("password was refused"), e.getMessage());
		assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
		StoreException none = assertThrows(StoreException.class, () -> Store.open(network(null)));
		assertTrue(none.getMessage().contains("refused"), none.getMessage());
		StoreException missing = assertThrows(StoreException.class, () -> Store.open(StoreConfig.network("127.0.0.1",
				port, dir.resolve("nowhere").toString(), credentials.user(), credentials.password())));
		assertFalse(missing.getMessage().contains("password"), "not a password problem: " + missing.getMessage());
		assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
	}

	@Test
	void aTakenPortIsNamed() {
		StoreException e = assertThrows(StoreException.class,
				() -> NetworkServer.start(dir.resolve("other"), "127.0.0.1", port, credentials));
		assertTrue(e.getMessage().contains("Port " + port) && e.getMessage().contains("in use"), e.getMessage());
		assertTrue(server.ping(), "the running server is unharmed");
	}

	@Test
	void manyClientsClaimEveryTaskExactlyOnce() throws Exception {
		try (Store store = Store.open(network(credentials.password()))) {
			ClaimRace.run(store, 8, 200, NOW);
		}
	}

	@Test
	void afterTheServerStopsTheFolderOpensEmbeddedWithoutAPassword() {
		try (Store store = Store.open(network(credentials.password()))) {
			store.contacts().insert(List.of(StoreTest.contact("张三", "先生")));
		}
		server.stop();
		assertFalse(NetworkServer.ping("127.0.0.1", port));
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertEquals(1, store.contacts().count(), "the users live in the server process, not in the database");
		}
	}
}
