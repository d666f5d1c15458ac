package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.cli.internal.Cli;
import org.revisit.model.CallTask;
import org.revisit.store.Backups;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** The team commands of the command line: claim, server start/stop/status, --server, backup and restore. */
@SuppressWarnings("unchecked")
class NetCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	/** See {@link NetworkStoreTest#bootEngineWithoutAuthentication(Path)}. */
	@BeforeAll
	static void bootEngineWithoutAuthentication(@TempDir Path scratch) {
		Store.open(StoreConfig.embedded(scratch)).close();
	}

	private List<CallTask> planDueTasks(int n) {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			return TaskFixtures.plan(store, n, TestClock.NOW.minus(Duration.ofHours(1)), 50);
		}
	}

	@Test
	void claimJsonHandsOutEachTaskOnceThenNull() {
		List<CallTask> tasks = planDueTasks(2);
		assertEquals(0, run("claim", "--agent", "alice", "--lease", "15", "--json", "--data", dir.toString()), err());
		Map<String, Object> first = (Map<String, Object>) JsonCheck.parse(out());
		Map<String, Object> task = (Map<String, Object>) first.get("task");
		assertEquals((double) tasks.get(0).getId(), task.get("id"));
		assertEquals((double) tasks.get(0).getContact().getId(), task.get("contactId"));
		assertEquals("客户0", task.get("contactName"));
		assertEquals(DemoData.BIRTHDAY, task.get("callType"));
		assertEquals("alice", task.get("leaseOwner"));
		Instant expiry = Instant.parse((String) task.get("leaseExpiry"));
		assertTrue(Duration.between(TestClock.NOW, expiry).toMinutes() >= 14, "a 15 minute lease: " + expiry);
		assertNotNull(task.get("dueFrom"));
		assertNotNull(task.get("dueTo"));

		assertEquals(0, run("claim", "--agent", "bob", "--json", "--data", dir.toString()));
		assertEquals((double) tasks.get(1).getId(), ((Map<String, Object>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("task")).get("id"));
		assertEquals(0, run("claim", "--agent", "carol", "--json", "--data", dir.toString()));
		Map<String, Object> none = (Map<String, Object>) JsonCheck.parse(out());
		assertTrue(none.containsKey("task"));
		assertNull(none.get("task"), "nothing due: task is null");
		assertEquals(0, run("claim", "--agent", "carol", "--data", dir.toString()));
		assertTrue(out().contains("Nothing is due for carol"), out());
		assertEquals(Cli.USAGE, run("claim", "--data", dir.toString()));
		assertTrue(err().contains("--agent NAME is required"), err());
	}

	@Test
	void claimWithoutJsonNamesTheContactAndTheLease() {
		planDueTasks(1);
		assertEquals(0, run("claim", "--agent", "alice", "--data", dir.toString()));
		assertTrue(out().startsWith("Task ") && out().contains("客户0") && out().contains("lease until"), out());
	}

	@Test
	void serverStartServesClientsUntilServerStop() throws Exception {
		planDueTasks(3);
		int port = NetworkStoreTest.freePort();
		String p = String.valueOf(port);
		ByteArrayOutputStream serverOut = new ByteArrayOutputStream();
		ByteArrayOutputStream serverErr = new ByteArrayOutputStream();
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> server = thread.submit(() -> new Cli(new PrintStream(serverOut, true, StandardCharsets.UTF_8),
					new PrintStream(serverErr, true, StandardCharsets.UTF_8), TestClock.fixed())
					.run(new String[] { "server", "start", "--port", p, "--data", dir.toString() }));
			String started = awaitLine(serverOut, serverErr, "Derby Network Server serving", server);
			assertTrue(started.contains("Derby Network Server serving " + dir.resolve("db") + " on 127.0.0.1:" + port),
					started);
			Path credentials = dir.resolve("server.credentials");
			assertTrue(started.contains("password is in " + credentials), started);
			String address = started.lines().filter(l -> l.startsWith("Agents connect with"))
					.map(l -> l.replaceAll(".*--server (\\S+) .*", "$1")).findFirst().orElseThrow();

			assertEquals(0, run("server", "status", "--port", p, "--json"));
			assertEquals(Boolean.TRUE, ((Map<String, Object>) JsonCheck.parse(out())).get("running"));

			assertEquals(0, run("info", "--server", address, "--password-file", credentials.toString(), "--json"), err());
			Map<String, Object> info = (Map<String, Object>) JsonCheck.parse(out());
			assertEquals("network", info.get("mode"));
			assertEquals(3.0, info.get("tasks"));
			assertEquals(0, run("claim", "--agent", "remote", "--json", "--server", address, "--password-file",
					credentials.toString()), err());
			assertEquals("remote", ((Map<String, Object>) ((Map<String, Object>) JsonCheck.parse(out())).get("task"))
					.get("leaseOwner"));

			Path wrong = dir.resolve("wrong.txt");
			Files.writeString(wrong, "not-the-password\n");
			assertEquals(Cli.FAILED, run("info", "--server", address, "--user", "revisit", "--password-file",
					wrong.toString()));
			assertTrue(err().contains("password was refused"), err());
			assertEquals(1, err().strip().lines().count(), err());

			assertEquals(Cli.FAILED, run("server", "start", "--port", p, "--data", dir.resolve("second").toString()));
			assertTrue(err().contains("Port " + port) && err().contains("in use"), err());
			assertEquals(1, err().strip().lines().count(), err());

			assertEquals(0, run("server", "stop", "--port", p, "--data", dir.toString()), err());
			assertTrue(out().contains("Stopped the Derby Network Server on 127.0.0.1:" + port), out());
			assertEquals(0, server.get(1, TimeUnit.MINUTES), serverErr.toString(StandardCharsets.UTF_8));
			assertTrue(serverOut.toString(StandardCharsets.UTF_8).contains("stopped"));
		} finally {
			run("server", "stop", "--port", p, "--data", dir.toString());
			thread.shutdownNow();
		}
		assertEquals(Cli.FAILED, run("server", "status", "--port", p));
		assertTrue(err().contains("no Derby Network Server answers on 127.0.0.1:" + port), err());
		assertEquals(0, run("info", "--data", dir.toString(), "--json"), "embedded again, no password: " + err());
	}

	@Test
	void aTakenPortIsOneLine() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertEquals(Cli.FAILED, run("server", "start", "--port", String.valueOf(port), "--data", dir.toString()));
			assertTrue(err().contains("Port " + port + " on 127.0.0.1 is already in use"), err());
			assertEquals(1, err().strip().lines().count(), err());
			assertEquals("", out());
		}
	}

	@Test
	void connectionOptionsAreChecked() {
		assertEquals(Cli.USAGE, run("info", "--server", "host:notaport"));
		assertTrue(err().contains("--server must be HOST:PORT"), err());
		assertEquals(Cli.USAGE, run("info", "--user", "x", "--data", dir.toString()));
		assertTrue(err().contains("go with --server"), err());
		// a password file that is not there: the command line is right, the command cannot be done
		assertEquals(Cli.FAILED, run("info", "--server", "127.0.0.1:1", "--password-file", dir.resolve("none").toString()));
		assertTrue(err().contains("cannot read the password file"), err());
		assertEquals(Cli.USAGE, run("server", "start", "--server", "127.0.0.1:1527"));
		assertEquals(Cli.USAGE, run("server", "restart"));
		assertEquals(Cli.FAILED, run("info", "--server", "127.0.0.1:" + freeLocalPort(), "--password-file",
				writePassword()));
		assertTrue(err().contains("no Derby Network Server answers"), err());
	}

	private String writePassword() {
		try {
			Path f = dir.resolve("pw");
			Files.writeString(f, "secret\n");
			return f.toString();
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static int freeLocalPort() {
		try {
			return NetworkStoreTest.freePort();
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void backupThenRestoreIntoAnotherFolder() throws Exception {
		planDueTasks(5);
		Path backups = dir.resolve("backups");
		assertEquals(0, run("backup", backups.toString(), "--json", "--data", dir.toString()), err());
		Map<String, Object> backup = (Map<String, Object>) JsonCheck.parse(out());
		Path folder = Path.of((String) backup.get("backup"));
		assertTrue(folder.startsWith(backups) && folder.getFileName().toString().startsWith("revisit-"), folder.toString());

		Path restored = dir.resolve("restored");
		assertEquals(0, run("restore", folder.toString(), "--data", restored.toString(), "--json"), err());
		Map<String, Object> result = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(5.0, result.get("contacts"));
		assertEquals(5.0, result.get("tasks"));

		assertEquals(Cli.FAILED, run("restore", folder.toString(), "--data", restored.toString()));
		assertTrue(err().contains("already exists") && err().contains("--force"), err());
		assertEquals(1, err().strip().lines().count(), err());
		assertEquals(0, run("restore", folder.toString(), "--data", restored.toString(), "--force"), err());
		assertTrue(out().contains("5 contacts"), out());
		assertEquals(Cli.USAGE, run("backup", "--data", dir.toString()));

		Files.delete(folder.resolve(Backups.MANIFEST));
		assertEquals(Cli.FAILED, run("restore", folder.toString(), "--data", restored.toString(), "--force"));
		assertTrue(err().contains(folder + " is an incomplete backup: it has no manifest"), err());
		assertEquals(1, err().strip().lines().count(), err());

		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		Path fresh = dir.resolve("fresh");
		assertEquals(Cli.FAILED, run("backup", file.toString(), "--data", fresh.toString()));
		assertEquals("revisit backup: Cannot write the backup folder " + file + ": " + file + " is not a folder",
				err().strip());
		assertFalse(Files.exists(fresh), "no database was opened, let alone created");
	}

	/** Waits for the server thread to print {@code marker}; fails early if the command ended instead. */
	private static String awaitLine(ByteArrayOutputStream stream, ByteArrayOutputStream errors, String marker,
			Future<Integer> command)
			throws Exception {
		for (int i = 0; i < 600; i++) {
			String text = stream.toString(StandardCharsets.UTF_8);
			if (text.contains(marker) && text.contains("Stop it with")) {
				return text;
			}
			if (command.isDone()) {
				throw new AssertionError("server start ended with " + command.get() + ": " + text
						+ errors.toString(StandardCharsets.UTF_8));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("server start printed no '" + marker + "' within a minute");
	}
}
