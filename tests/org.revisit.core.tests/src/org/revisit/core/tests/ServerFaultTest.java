package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.service.AdminService.Backup;
import org.revisit.core.service.Principal;
import org.revisit.core.service.local.LocalServices;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.PathEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.remote.KnownServers;
import org.revisit.remote.RemoteServices;
import org.revisit.server.Certificates;
import org.revisit.server.ServerFolder;
import org.revisit.store.Backups;
import org.revisit.store.CallDrafts.Draft;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * How the team server and its clients behave when things go wrong, with real processes: a server killed with
 * SIGKILL while agents answer loses no answer or outcome it confirmed and its database opens clean; a client waits
 * for a restarted server, logs in again by itself and resumes the call in progress; a finish whose answer was lost
 * in a restart is not made twice; a backup taken while agents work is complete and restores.
 */
class ServerFaultTest {

	/** The way through the built-in birthday script that keeps the call going to its end. */
	static final List<String> WAY = List.of("yes", "convenient", "thanked", "satisfied", "no", "no");

	@TempDir
	Path dir;

	@Test
	void aServerKilledWhileAgentsAnswerLosesNoConfirmedAnswerAndItsDatabaseOpensClean() throws Exception {
		Path data = dir.resolve("data");
		prepare(data, 400, 3);
		KnownServers known = new KnownServers(dir.resolve("known-servers"));
		List<Caller> callers = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		int port;
		try (ServerChild first = ServerChild.start(data, 0, dir.resolve("server-1.log"))) {
			port = first.port();
			known.trust("127.0.0.1", port, new ServerFolder(data).loadIdentity().fingerprint());
			for (int i = 1; i <= 3; i++) {
				String user = "agent" + i;
				Caller c = new Caller(listener -> connect(port, user, known, listener));
				callers.add(c);
				threads.add(Thread.ofPlatform().name("caller-" + i).start(c));
			}
			awaitAnswers(callers, 40);
			first.kill();
		}
		int atKill = confirmedAnswers(callers);
		try (ServerChild second = ServerChild.start(data, port, dir.resolve("server-2.log"))) {
			awaitAnswers(callers, atKill + 40);
			callers.forEach(Caller::stop);
			for (Thread t : threads) {
				t.join(TimeUnit.MINUTES.toMillis(3));
				assertFalse(t.isAlive(), t.getName() + " ended");
			}
			second.kill();
		} finally {
			callers.forEach(c -> c.services.close());
		}

		List<String> told = new ArrayList<>();
		callers.forEach(c -> told.addAll(c.told));
		assertTrue(told.stream().anyMatch(m -> m.contains("cannot be reached") && m.contains("retrying in")), told.toString());
		for (Caller c : callers) {
			assertEquals(List.of(), c.errors, "the calls went on after the restart");
		}
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			DatabaseChecks.consistent(store);
			int outcomes = 0;
			for (Caller c : callers) {
				for (Map.Entry<Long, List<String>> e : c.confirmed.entrySet()) {
					long task = e.getKey();
					Long outcome = c.finished.get(task);
					if (outcome != null) {
						CallOutcome stored = store.outcomes().find(outcome);
						assertNotNull(stored, "the confirmed outcome of task " + task + " is stored");
						assertEquals(e.getValue(), labels(stored), "task " + task);
						assertEquals(task, stored.getTask().getId());
						assertEquals("COMPLETED", ClaimTest.state(store, task));
						outcomes++;
					} else {
						Draft draft = store.drafts().find(task);
						assertNotNull(draft, "the confirmed answers of task " + task + " are stored");
						assertTrue(draft.answers() >= e.getValue().size(), "task " + task + ": " + draft);
					}
				}
			}
			assertTrue(outcomes >= 10, outcomes + " calls finished");
			assertEquals(0, DatabaseChecks.tasksWithSeveralOutcomes(store), "no call was finished twice");
		}
	}

	@Test
	void aClientWaitsForTheRestartedServerLogsInAgainAndResumesItsCall() throws Exception {
		Path data = dir.resolve("data");
		prepare(data, 5, 1);
		KnownServers known = new KnownServers(dir.resolve("known-servers"));
		List<String> told = Collections.synchronizedList(new ArrayList<>());
		boolean[] back = new boolean[1];
		ServerChild first = ServerChild.start(data, 0, dir.resolve("server-1.log"));
		int port = first.port();
		known.trust("127.0.0.1", port, new ServerFolder(data).loadIdentity().fingerprint());
		CompletableFuture<ServerChild> second = new CompletableFuture<>();
		Thread restart = null;
		try (RemoteServices agent = RemoteServices.connect(URI.create("https://127.0.0.1:" + port), "agent1",
				ServerFixture.PASSWORD.toCharArray(), known, TestClock.fixed(), new RemoteServices.Listener() {
					@Override
					public void unreachable(String message, Duration retryIn) {
						told.add(message);
					}

					@Override
					public void reachable() {
						back[0] = true;
					}
				})) {
			ClaimedTask task = agent.queue().claimNext(30);
			CallSession call = CallSession.open(agent.calls(), task.taskId(), "en", TestClock.fixed());
			answer(call, "yes");
			answer(call, "convenient");

			first.close(); // the server goes away (its standard input closes: it stops and exits)
			restart = Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(2500);
					second.complete(ServerChild.start(data, port, dir.resolve("server-2.log")));
				} catch (Exception | Error e) {
					second.completeExceptionally(e);
				}
			});
			CallSession again = CallSession.open(agent.calls(), task.taskId(), "en", TestClock.fixed());
			assertTrue(again.resumed(), "the call in progress is taken up");
			assertEquals(List.of("yes", "convenient"), labels(again.runner().path()));
			assertEquals(5, again.runner().currentStep().getNumber());
			assertFalse(told.isEmpty(), "the client said it waits");
			assertTrue(told.get(0).contains("cannot be reached") && told.get(0).contains("retrying in 1 s"), told.toString());
			assertTrue(back[0], "and that the server answers again");
			assertEquals("agent1", agent.principal().user());

			for (String a : WAY.subList(2, WAY.size())) {
				answer(again, a);
			}
			CallOutcome outcome = again.finish();
			assertEquals(WAY, labels(outcome.getPath()));
		} finally {
			first.close();
			if (restart != null) {
				second.get(1, TimeUnit.MINUTES).close();
			}
		}
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(1, store.counts().tasks() - store.counts().openTasks(), "the call was finished once");
			assertEquals(0, DatabaseChecks.tasksWithSeveralOutcomes(store));
		}
	}

	@Test
	void aFinishWhoseAnswerWasLostInARestartReturnsTheStoredOutcomeAndIsNotMadeTwice() throws Exception {
		Path data = dir.resolve("data");
		prepare(data, 3, 1);
		KnownServers known = new KnownServers(dir.resolve("known-servers"));
		ServerChild first = ServerChild.start(data, 0, dir.resolve("server-1.log"));
		int port = first.port();
		CompletableFuture<ServerChild> second = new CompletableFuture<>();
		try (DroppingProxy proxy = new DroppingProxy(port);
				RemoteServices agent = connect(proxy.port(), "agent1", trusted(known, proxy.port(), data))) {
			ClaimedTask task = agent.queue().claimNext(30);
			CallSession call = CallSession.open(agent.calls(), task.taskId(), "en", TestClock.fixed());
			for (String a : WAY) {
				answer(call, a);
			}
			proxy.dropNextAnswer();
			CompletableFuture<CallOutcome> finished = CompletableFuture.supplyAsync(call::finish);
			while (proxy.dropped() == 0) {
				Thread.sleep(5);
			}
			// the outcome is stored, its answer lost; the server dies before the client asks again
			first.kill();
			second.complete(ServerChild.start(data, port, dir.resolve("server-2.log")));
			CallOutcome outcome = finished.get(2, TimeUnit.MINUTES);
			assertEquals(WAY, labels(outcome.getPath()));
			assertEquals(task.taskId(), outcome.getTask().getId());
		} finally {
			first.close();
			if (second.isDone()) {
				second.get().close();
			}
		}
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(0, DatabaseChecks.tasksWithSeveralOutcomes(store));
			assertEquals(1, DatabaseChecks.outcomes(store));
		}
	}

	@Test
	void aBackupTakenWhileAgentsWorkIsCompleteAndRestores() throws Exception {
		List<Caller> callers = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		Backup backup;
		List<Long> confirmedBefore = new ArrayList<>();
		Path data;
		try (ServerFixture f = ServerFixture.start(dir)) {
			data = f.data;
			TaskFixtures.plan(f.store, 300, TestClock.NOW.minus(Duration.ofHours(1)), 10);
			for (int i = 2; i <= 3; i++) {
				f.services.users().add("agent" + i, null, Role.AGENT, ServerFixture.PASSWORD.toCharArray());
			}
			for (int i = 1; i <= 3; i++) {
				String user = "agent" + i;
				Caller c = new Caller(listener -> f.connect(user));
				callers.add(c);
				threads.add(Thread.ofPlatform().name("caller-" + i).start(c));
			}
			try (RemoteServices admin = f.connect(ServerFixture.ADMIN)) {
				awaitAnswers(callers, 30);
				callers.forEach(c -> confirmedBefore.addAll(c.finished.values()));
				int answersBefore = confirmedAnswers(callers);
				Backup made = admin.admin().backup();
				backup = made;
				assertTrue(made.complete(), made.toString());
				awaitAnswers(callers, answersBefore + 30);
				assertTrue(admin.admin().backups().stream().anyMatch(b -> b.name().equals(made.name()) && b.complete()),
						admin.admin().backups().toString());
			} finally {
				callers.forEach(Caller::stop);
				for (Thread t : threads) {
					t.join(TimeUnit.MINUTES.toMillis(2));
				}
				callers.forEach(c -> c.services.close());
			}
			callers.forEach(c -> assertEquals(List.of(), c.errors, "the agents worked on during the backup"));
		}
		assertFalse(confirmedBefore.isEmpty());
		Path restored = dir.resolve("restored");
		Backups.restore(data.resolve(Backups.FOLDER).resolve(backup.name()), restored, false);
		try (Store store = Store.open(StoreConfig.embedded(restored))) {
			DatabaseChecks.consistent(store);
			assertEquals(300, store.counts().tasks());
			for (long id : confirmedBefore) {
				CallOutcome o = store.outcomes().find(id);
				assertNotNull(o, "outcome " + id + ", confirmed before the backup, is in it");
				assertEquals(WAY, labels(o));
			}
			// every call in the copy is whole: a completed task has its outcome with its whole path, and back
			assertEquals(store.counts().tasks() - store.counts().openTasks(), DatabaseChecks.outcomes(store));
			assertEquals(DatabaseChecks.outcomes(store) * WAY.size(), DatabaseChecks.outcomeSteps(store));
			assertEquals(0, DatabaseChecks.tasksWithSeveralOutcomes(store));
		}
	}

	// ---- fixtures

	/**
	 * A server's data folder for a child process: {@code agents} users agent1.., the built-in birthday script stored
	 * with a campaign that uses it (the child has no call types), {@code tasks} due calls of it, a certificate.
	 */
	static void prepare(Path data, int tasks, int agents) throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(data).withClock(TestClock.fixed()));
				LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(),
						new Principal("test", null, Role.ADMIN))) {
			for (int i = 1; i <= agents; i++) {
				owner.users().add("agent" + i, null, Role.AGENT, ServerFixture.PASSWORD.toCharArray());
			}
			Script script = BuiltinScripts.read("en", DemoData.BIRTHDAY).scripts().get(0);
			store.scripts().insert(script);
			Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
			campaign.setCallTypeId(DemoData.BIRTHDAY);
			campaign.setName("生日祝福");
			campaign.setPriority(40);
			campaign.setActive(true);
			campaign.setActiveFrom(LocalDate.of(2026, 1, 1));
			campaign.setScriptId(script.getScriptId());
			campaign.setScriptVersion(script.getScriptVersion());
			store.campaigns().insert(List.of(campaign));
			store.transaction(tx -> {
				List<Contact> contacts = new ArrayList<>();
				for (int i = 0; i < tasks; i++) {
					contacts.add(StoreTest.contact("客户" + i, "先生"));
				}
				store.contacts().insert(tx, contacts);
				List<CallTask> planned = new ArrayList<>();
				for (Contact contact : contacts) {
					CallTask t = TaskFixtures.task(contact, TestClock.NOW.minus(Duration.ofHours(1)), 40);
					t.setCampaign(campaign);
					planned.add(t);
				}
				store.tasks().insert(tx, planned);
				return null;
			});
		}
		new ServerFolder(data).saveIdentity(Certificates.selfSigned(List.of("127.0.0.1"), TestClock.fixed()));
	}

	private static KnownServers trusted(KnownServers known, int port, Path data) throws Exception {
		known.trust("127.0.0.1", port, new ServerFolder(data).loadIdentity().fingerprint());
		return known;
	}

	private static RemoteServices connect(int port, String user, KnownServers known) {
		return RemoteServices.connect(URI.create("https://127.0.0.1:" + port), user, ServerFixture.PASSWORD.toCharArray(),
				known, TestClock.fixed(), RemoteServices.Listener.NONE);
	}

	private static RemoteServices connect(int port, String user, KnownServers known, RemoteServices.Listener listener) {
		return RemoteServices.connect(URI.create("https://127.0.0.1:" + port), user, ServerFixture.PASSWORD.toCharArray(),
				known, TestClock.fixed(), listener);
	}

	static void answer(CallSession call, String label) {
		call.answer(call.runner().answerFor(label), Map.of(), null);
	}

	static List<String> labels(CallOutcome o) {
		return labels(o.getPath());
	}

	static List<String> labels(List<PathEntry> path) {
		return path.stream().map(PathEntry::getAnswerLabel).toList();
	}

	private static int confirmedAnswers(List<Caller> callers) {
		return callers.stream().mapToInt(Caller::answers).sum();
	}

	/** Waits (at most two minutes) until the callers have had {@code n} answers confirmed in all. */
	private void awaitAnswers(List<Caller> callers, int n) throws Exception {
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (confirmedAnswers(callers) < n) {
			if (System.nanoTime() > end || callers.stream().anyMatch(c -> c.errors.size() > 20)) {
				throw new AssertionError("only " + confirmedAnswers(callers) + " answers; errors: "
						+ callers.stream().map(c -> c.errors.toString()).toList() + "; the servers' logs: " + serverLogs());
			}
			Thread.sleep(20);
		}
	}

	/** What the child servers of this test wrote to their standard error. */
	private String serverLogs() throws java.io.IOException {
		StringBuilder sb = new StringBuilder();
		try (var logs = Files.newDirectoryStream(dir, "server-*.log")) {
			for (Path log : logs) {
				String text = Files.readString(log);
				sb.append("\n--- ").append(log.getFileName()).append(":\n")
						.append(text.length() > 20_000 ? text.substring(0, 20_000) : text);
			}
		}
		return sb.toString();
	}

	/**
	 * An agent on a thread of its own: claims, answers the birthday script to its end and finishes, until told to
	 * stop (the call in progress is finished first), keeping what the server confirmed.
	 */
	static final class Caller implements Runnable {
		final RemoteServices services;
		final List<String> told = Collections.synchronizedList(new ArrayList<>());
		/** Task → the answers the server confirmed, in order. */
		final Map<Long, List<String>> confirmed = new java.util.concurrent.ConcurrentHashMap<>();
		/** Task → the outcome the server confirmed. */
		final Map<Long, Long> finished = new java.util.concurrent.ConcurrentHashMap<>();
		final List<String> errors = Collections.synchronizedList(new ArrayList<>());
		private volatile boolean stop;
		private volatile int answers;

		/** Logs in with {@code connect}, which is given a listener that keeps what the client tells. */
		Caller(Function<RemoteServices.Listener, RemoteServices> connect) {
			this.services = connect.apply((message, retryIn) -> told.add(message));
		}

		void stop() {
			stop = true;
		}

		int answers() {
			return answers;
		}

		@Override
		public void run() {
			while (!stop) {
				try {
					ClaimedTask task = services.queue().claimNext(60);
					if (task == null) {
						return;
					}
					CallSession call = CallSession.open(services.calls(), task.taskId(), "en", TestClock.fixed());
					while (!call.runner().isFinished()) {
						answer(call, WAY.get(call.runner().path().size()));
						confirmed.put(task.taskId(), labels(call.runner().path()));
						answers++;
					}
					finished.put(task.taskId(), call.finish().getId());
				} catch (RuntimeException e) {
					errors.add(e.toString());
					if (errors.size() > 20) {
						return;
					}
				}
			}
		}
	}

	/** Database checks after a crash or a restore. */
	static final class DatabaseChecks {

		private DatabaseChecks() {
		}

		/** Every table of the APP schema passes Derby's consistency check (each table against its indexes). */
		static void consistent(Store store) {
			store.read(c -> {
				List<String> tables = new ArrayList<>();
				try (ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
					while (rs.next()) {
						tables.add(rs.getString("TABLE_NAME"));
					}
				}
				assertTrue(tables.size() > 10, tables.toString());
				for (String table : tables) {
					try (PreparedStatement p = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
						p.setString(1, table);
						try (ResultSet rs = p.executeQuery()) {
							assertTrue(rs.next() && rs.getInt(1) == 1, table);
						}
					}
				}
				return null;
			});
		}

		static long tasksWithSeveralOutcomes(Store store) {
			return count(store, "SELECT COUNT(*) FROM (SELECT task_id FROM call_outcome GROUP BY task_id "
					+ "HAVING COUNT(*) > 1) AS twice");
		}

		static long outcomes(Store store) {
			return count(store, "SELECT COUNT(*) FROM call_outcome");
		}

		static long outcomeSteps(Store store) {
			return count(store, "SELECT COUNT(*) FROM call_outcome_step");
		}

		private static long count(Store store, String sql) {
			return store.read(c -> {
				try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			});
		}
	}

	/** A {@link ServerProcess} in a child JVM. */
	static final class ServerChild implements AutoCloseable {

		private static final List<String> BUNDLES = List.of("derby", "derbyshared", "org.revisit.store",
				"org.revisit.model", "org.revisit.core", "org.revisit.remote", "org.revisit.server",
				"org.revisit.core.tests", "org.eclipse.emf.ecore", "org.eclipse.emf.common", "org.eclipse.emf.ecore.xmi",
				"com.google.gson", "org.eclipse.equinox.registry", "org.eclipse.equinox.common", "org.eclipse.core.runtime",
				"org.apache.commons.commons-csv", "com.ibm.icu");

		private final Process process;
		private final int port;

		private ServerChild(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		/** Starts a server on {@code data} and waits (at most a minute) until it listens. */
		static ServerChild start(Path data, int port, Path log) throws Exception {
			return start(data, port, log, List.of());
		}

		/** {@link #start(Path, int, Path)} with options of the child's JVM ({@code -Duser.language=zh}, say). */
		static ServerChild start(Path data, int port, Path log, List<String> options) throws Exception {
			List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
			command.addAll(options);
			command.addAll(List.of("-cp", ChildJvm.classPath(BUNDLES), ServerProcess.class.getName(), data.toString(),
					Integer.toString(port), TestClock.NOW.toString()));
			ProcessBuilder pb = new ProcessBuilder(command);
			pb.redirectError(log.toFile());
			Process p = pb.start();
			CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(() -> {
				try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						if (line.startsWith("listening ")) {
							return Integer.valueOf(line.substring(10).strip());
						}
					}
					return null;
				} catch (java.io.IOException e) {
					return null;
				}
			});
			Integer actual;
			try {
				actual = listening.get(1, TimeUnit.MINUTES);
			} catch (Exception e) {
				actual = null;
			}
			if (actual == null) {
				p.destroyForcibly();
				throw new AssertionError("the server process did not start: " + Files.readString(log));
			}
			return new ServerChild(p, actual.intValue());
		}

		int port() {
			return port;
		}

		/** SIGKILL, as {@code kill -9}. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(1, TimeUnit.MINUTES);
			assertEquals(137, process.exitValue(), "killed by SIGKILL");
		}

		/** Ends the server by closing its standard input; kills it if it does not end within 30 seconds. */
		@Override
		public void close() throws Exception {
			if (process.isAlive()) {
				process.getOutputStream().close();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					process.waitFor(1, TimeUnit.MINUTES);
				}
			}
		}
	}
}
