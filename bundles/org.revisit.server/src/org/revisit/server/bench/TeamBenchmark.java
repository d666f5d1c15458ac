package org.revisit.server.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.remote.KnownServers;
import org.revisit.remote.RemoteServices;
import org.revisit.server.Certificates;
import org.revisit.server.Login;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.ServerLog;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The team benchmark ({@code revisit cli bench team}): simulated agents, each on a thread of its own in this JVM,
 * claim the next due call, open it, answer its script to the end (one round trip per answer) and finish it, over
 * and over, against a Revisit server: one started here on loopback on a fresh data folder with due birthday calls
 * and a user per agent, or a running one whose users {@code bench-agent-1..N} exist. Then, in the same run and
 * for as long, the same agents work in this process on the local services of a fresh embedded database: the
 * figures without the server (the claim's above all). Both phases are checked afterwards: no task held by two
 * agents at once or finished twice, no confirmed answer missing from its stored outcome.
 */
public final class TeamBenchmark {

	/** The user names of the agents on a running server: {@value #USER_PREFIX}1, 2, ... */
	public static final String USER_PREFIX = "bench-agent-";

	private static final Principal OWNER = new Principal("revisit-bench", "Revisit benchmark", Role.ADMIN);
	/** A phase waits this long past its seconds for the calls in progress before it stops the agents. */
	private static final long GRACE_SECONDS = 120;
	/** How often a phase tells how far it is. */
	private static final long REPORT_NANOS = 10_000_000_000L;

	/** The 50th and 99th percentile of an operation's durations, in milliseconds, over {@code count} of them. */
	public record Spread(int count, double p50, double p99) {
	}

	/**
	 * One phase: where it ran, how long (the agents' seconds and the calls in progress finished), the calls
	 * finished, the durations of each operation, and what the checks found.
	 *
	 * @param released calls given back because the agents could not finish their script (0 with the built-in ones)
	 * @param errors operations refused or failed (the first few are in {@code problems})
	 * @param warmUpCalls the calls finished while warming up (not in the figures, but checked)
	 * @param problems examples of errors, duplicates and lost answers
	 */
	public record Phase(String where, int agents, double seconds, int completed, double callsPerSecond,
			double answersPerCall, Spread claim, Spread open, Spread answer, Spread finish, int duplicates, int lost,
			int errors, int released, int warmUpCalls, List<String> problems) {
	}

	/**
	 * A run: the phase on the server, the phase in this process, and the remote claim's 99th percentile over the
	 * in-process one.
	 */
	public record Result(Phase remote, Phase inProcess, double claimP99Ratio) {
	}

	private final Path work;
	private final int agents;
	private final int seconds;
	private final Clock clock;
	private final Consumer<String> progress;

	/**
	 * @param work an empty folder for the databases of the run (the caller deletes it)
	 * @param clock the time of the servers' stores and of the agents' answers
	 * @param progress told what the run is doing, a line at a time
	 */
	public TeamBenchmark(Path work, int agents, int seconds, Clock clock, Consumer<String> progress) {
		if (agents < 1 || seconds < 1) {
			throw new IllegalArgumentException("a team benchmark needs at least one agent and one second");
		}
		this.work = work;
		this.agents = agents;
		this.seconds = seconds;
		this.clock = clock;
		this.progress = progress;
	}

	/** The name of agent {@code i} (from 1). */
	public static String agentName(int i) {
		return USER_PREFIX + i;
	}

	/**
	 * Runs the agents against a Revisit server started here on loopback, on a fresh data folder in the work
	 * folder, then the in-process phase.
	 */
	public Result run() throws IOException, InterruptedException {
		Path data = work.resolve("server");
		Phase remote;
		try (Store store = Store.open(StoreConfig.embedded(data).withClock(clock));
				LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(), OWNER)) {
			DueCalls calls = new DueCalls(store);
			fill(calls);
			char[] password = password();
			addUsers(owner, password);
			ServerFolder folder = new ServerFolder(data);
			folder.saveIdentity(Certificates.selfSigned(List.of("127.0.0.1", "localhost"), clock));
			String fingerprint = folder.loadIdentity().fingerprint();
			try (ServerLog log = new ServerLog(new PrintStream(OutputStream.nullOutputStream()), folder.logFile(), clock);
					RevisitServer server = RevisitServer.builder(folder.serverTls(), Login.of(new Authenticator(store)),
							owner::as).address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(clock)
							.log(log).version("bench").start()) {
				URI uri = URI.create("https://127.0.0.1:" + server.port());
				KnownServers known = new KnownServers(work.resolve("known-servers"));
				known.trust("127.0.0.1", server.port(), fingerprint);
				progress.accept("Revisit server on " + uri + " with " + calls.added() + " due calls; " + agents
						+ " agents log in...");
				List<Services> sessions = connect(user -> RemoteServices.connect(uri, user, password, known, clock,
						RemoteServices.Listener.NONE));
				try {
					remote = phase("Revisit server " + uri, seconds, sessions, calls, user -> owner, store);
				} finally {
					sessions.forEach(Services::close);
				}
			}
		}
		return finish(remote);
	}

	/**
	 * Runs the agents against a running Revisit server, logged in by {@code login} (user name → services), then the
	 * in-process phase. The server's queue must hold enough due calls; an agent stops when it finds none.
	 */
	public Result run(String where, Function<String, Services> login) throws IOException, InterruptedException {
		progress.accept(agents + " agents log in to " + where + "...");
		List<Services> sessions = connect(login);
		Phase remote;
		try {
			Map<String, Services> byName = new HashMap<>();
			for (int i = 0; i < sessions.size(); i++) {
				byName.put(agentName(i + 1), sessions.get(i));
			}
			remote = phase(where, seconds, sessions, null, byName::get, null);
		} finally {
			sessions.forEach(Services::close);
		}
		return finish(remote);
	}

	private Result finish(Phase remote) throws InterruptedException {
		// as long as the agents worked on the server (less when its queue ran out)
		int localSeconds = (int) Math.max(1, Math.min(seconds, Math.ceil(remote.seconds())));
		Phase local = inProcess(localSeconds);
		double ratio = local.claim().p99() > 0 ? remote.claim().p99() / local.claim().p99() : 0;
		return new Result(remote, local, ratio);
	}

	/** The same agents' work on the local services of a fresh embedded database in this process. */
	private Phase inProcess(int phaseSeconds) throws InterruptedException {
		Path data = work.resolve("embedded");
		try (Store store = Store.open(StoreConfig.embedded(data).withClock(clock));
				LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(), OWNER)) {
			DueCalls calls = new DueCalls(store);
			fill(calls);
			List<Services> sessions = new ArrayList<>();
			for (int i = 1; i <= agents; i++) {
				sessions.add(owner.as(new Principal(agentName(i), "Agent " + i, Role.AGENT)));
			}
			progress.accept("In this process on an embedded database with " + calls.added() + " due calls...");
			return phase("in-process embedded database", phaseSeconds, sessions, calls, user -> owner, store);
		}
	}

	/** Enough due calls for the run at a generous rate; more are added while it runs if they run low. */
	private void fill(DueCalls calls) {
		calls.add(Math.max(1000, Math.min(100_000, agents * seconds)), clock.instant());
	}

	private void addUsers(LocalServices owner, char[] password) throws InterruptedException {
		progress.accept("Adding " + agents + " users (role agent)...");
		parallel(agents, i -> {
			owner.users().add(agentName(i), "Agent " + i, Role.AGENT, password.clone());
			return null;
		});
	}

	private List<Services> connect(Function<String, Services> login) throws InterruptedException {
		return parallel(agents, i -> login.apply(agentName(i)));
	}

	/** Runs {@code work} for 1..n on two threads (logins and password hashes are slow on purpose). */
	private static <T> List<T> parallel(int n, Function<Integer, T> work) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, Math.max(2, Runtime.getRuntime().availableProcessors())));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 1; i <= n; i++) {
				int index = i;
				futures.add(pool.submit(() -> work.apply(Integer.valueOf(index))));
			}
			List<T> results = new ArrayList<>();
			try {
				for (Future<T> f : futures) {
					results.add(f.get());
				}
			} catch (ExecutionException e) {
				pool.shutdownNow();
				pool.awaitTermination(1, TimeUnit.MINUTES);
				for (Future<T> f : futures) {
					if (f.state() == Future.State.SUCCESS && f.resultNow() instanceof AutoCloseable c) {
						try {
							c.close();
						} catch (Exception ignored) {
							// closing what was opened besides the failure
						}
					}
				}
				if (e.getCause() instanceof RuntimeException r) {
					throw r;
				}
				throw new ServiceException(ServiceException.Kind.FAILED, String.valueOf(e.getCause()), e.getCause());
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs one agent per services for {@code phaseSeconds}, after a short warm-up (not counted: the code of the
	 * phase runs compiled, as it would all day), adding due calls to {@code calls} (when not {@code null}) while
	 * they run low, then checks what the agents did, warm-up included.
	 */
	private Phase phase(String where, int phaseSeconds, List<Services> sessions, DueCalls calls,
			Function<String, Services> readerOf, Store store) throws InterruptedException {
		AtomicBoolean over = new AtomicBoolean();
		ConcurrentHashMap<String, ScriptWalk> walks = new ConcurrentHashMap<>();
		Thread refill = calls == null ? null
				: Thread.ofPlatform().daemon().name("bench-refill").start(() -> refill(calls, over));
		List<BenchAgent> all = new ArrayList<>();
		try {
			int warm = Math.max(1, Math.min(10, phaseSeconds / 10));
			List<BenchAgent> warmUp = team(sessions, warm, calls != null, walks, false);
			all.addAll(warmUp);
			int warmCalls = warmUp.stream().mapToInt(a -> a.finished.size()).sum();
			progress.accept("Warmed up for " + warm + " s (" + warmCalls + " calls, not counted); measuring "
					+ phaseSeconds + " s...");
			long start = System.nanoTime();
			List<BenchAgent> team = team(sessions, phaseSeconds, calls != null, walks, true);
			double elapsed = (System.nanoTime() - start) / 1e9;
			all.addAll(team);
			over.set(true);
			if (refill != null) {
				refill.join();
			}
			progress.accept("Checking the calls of " + where + "...");
			CallCheck.Verdict verdict = CallCheck.run(all, readerOf, store);
			return summary(where, team, elapsed, verdict, warmCalls);
		} finally {
			over.set(true);
		}
	}

	/**
	 * One agent per services, each on a platform thread of its own, for {@code seconds} and the calls they are in;
	 * returns the agents when all have stopped (those still busy {@value #GRACE_SECONDS} s later are stopped).
	 */
	private List<BenchAgent> team(List<Services> sessions, int seconds, boolean waitWhenEmpty,
			ConcurrentHashMap<String, ScriptWalk> walks, boolean report) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger done = new AtomicInteger();
		long start = System.nanoTime();
		long deadline = start + seconds * 1_000_000_000L;
		List<BenchAgent> team = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			BenchAgent agent = new BenchAgent(agentName(i + 1), sessions.get(i), clock, deadline, waitWhenEmpty, stop,
					walks, done);
			team.add(agent);
			threads.add(Thread.ofPlatform().name(agent.name).unstarted(agent));
		}
		threads.forEach(Thread::start);
		long end = deadline + GRACE_SECONDS * 1_000_000_000L;
		long nextReport = start + REPORT_NANOS;
		for (Thread t : threads) {
			while (t.isAlive() && System.nanoTime() < end) {
				t.join(Math.max(1, Math.min(end, nextReport) - System.nanoTime()) / 1_000_000 + 1);
				if (System.nanoTime() >= nextReport) {
					if (report) {
						progress.accept(String.format("  %3d s: %,d calls finished",
								(nextReport - start) / 1_000_000_000L, done.get()));
					}
					nextReport += REPORT_NANOS;
				}
			}
		}
		stop.set(true);
		for (Thread t : threads) {
			t.join();
		}
		return team;
	}

	/** Keeps at least a few hundred calls per agent due while the phase runs. */
	private void refill(DueCalls calls, AtomicBoolean over) {
		long low = Math.max(500, agents * 50L);
		while (!over.get()) {
			try {
				if (calls.open() < low) {
					calls.add(1000, clock.instant());
				}
				Thread.sleep(500);
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException e) {
				progress.accept("Could not add due calls: " + e.getMessage());
				return;
			}
		}
	}

	private static Phase summary(String where, List<BenchAgent> team, double elapsed, CallCheck.Verdict verdict,
			int warmUpCalls) {
		List<Latencies> claims = new ArrayList<>();
		List<Latencies> opens = new ArrayList<>();
		List<Latencies> answers = new ArrayList<>();
		List<Latencies> finishes = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int completed = 0;
		int errors = 0;
		int released = 0;
		for (BenchAgent a : team) {
			claims.add(a.claims);
			opens.add(a.opens);
			answers.add(a.answers);
			finishes.add(a.finishes);
			completed += a.finished.size();
			errors += a.errorCount;
			released += a.released;
			problems.addAll(a.errors);
		}
		problems.addAll(verdict.examples());
		Latencies answered = Latencies.merge(answers);
		return new Phase(where, team.size(), Math.round(elapsed * 10) / 10.0, completed,
				Math.round(completed / elapsed * 10) / 10.0,
				completed == 0 ? 0 : Math.round((double) answered.count() / completed * 10) / 10.0,
				Latencies.merge(claims).spread(), Latencies.merge(opens).spread(), answered.spread(),
				Latencies.merge(finishes).spread(), verdict.duplicates(), verdict.lost(), errors, released, warmUpCalls,
				List.copyOf(problems.subList(0, Math.min(10, problems.size()))));
	}

	/** A password for the agents of a run: random, used once. */
	private static char[] password() {
		SecureRandom random = new SecureRandom();
		String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		char[] p = new char[20];
		for (int i = 0; i < p.length; i++) {
			p[i] = letters.charAt(random.nextInt(letters.length()));
		}
		return p;
	}
}
