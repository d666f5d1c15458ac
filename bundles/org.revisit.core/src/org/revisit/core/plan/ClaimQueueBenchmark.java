package org.revisit.core.plan;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.QueueService;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.TaskRepository.QueueKey;
import org.revisit.store.TaskRepository.QueueShape;

/**
 * The claim and queue benchmarks ({@code bench claims}, {@code bench queue}): a database of N contacts with a
 * month of planned calls (about 0.3 N due on the benchmark's day, 0.6 N later in the month) and 0.2 N finished
 * calls of earlier days, 1% of the contacts do-not-call; written with raw JDBC batches once and kept in the data
 * folder for later runs. The clock is pinned to 16:00 on that day (Asia/Shanghai) so every run sees the same queue.
 */
public final class ClaimQueueBenchmark {

	/** The pinned day and moment of the benchmark. */
	public static final LocalDate DAY = LocalDate.of(2026, 11, 23);
	static final Instant NOW = DAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
	static final Instant END_OF_DAY = DAY.atTime(16, 0).toInstant(ZoneOffset.UTC);
	private static final int[] PRIORITIES = { 20, 30, 40, 50, 50, 60, 70, 80, 90 };
	private static final String[] TYPES = { "org.revisit.calltype.returnVisit", "org.revisit.calltype.birthday",
			"org.revisit.calltype.invitation", "org.revisit.calltype.mailing", "org.revisit.calltype.firstVisit" };
	private static final Principal OWNER = new Principal("revisit-bench", "Revisit benchmark", Role.ADMIN);
	private static final int PAGE = 200;

	/** Latencies in milliseconds, sorted. */
	public record Latencies(double p50, double p99, double max, int count) {
		static Latencies of(long[] nanos, int n) {
			long[] sorted = Arrays.copyOf(nanos, n);
			Arrays.sort(sorted);
			if (n == 0) {
				return new Latencies(0, 0, 0, 0);
			}
			return new Latencies(sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6,
					sorted[n - 1] / 1e6, n);
		}
	}

	/** What {@code bench claims} measured. */
	public record ClaimResult(long contacts, long tasks, long due, Latencies single, Latencies raw, int agents,
			int teamClaims, double teamSeconds, int duplicates, Latencies team, long oldQueryMillis, double load) {

		public double claimsPerSecond() {
			return teamClaims / Math.max(1e-9, teamSeconds);
		}
	}

	/** What {@code bench queue} measured (milliseconds). */
	public record QueueResult(long contacts, long tasks, long shown, double firstPage, double shape, double lastPage,
			double middlePage, double rawFirst, double oldFirst, double oldCounts, double oldLast, double load) {
	}

	private ClaimQueueBenchmark() {
	}

	/** Opens (building when new) the benchmark database of {@code contacts} contacts in {@code dir}. */
	static Store open(Path dir, long contacts, Consumer<String> log) throws Exception {
		Path db = dir.resolve("claims-" + contacts);
		Files.createDirectories(db);
		Store store = Store.open(StoreConfig.embedded(db).withClock(java.time.Clock.fixed(NOW, ZoneOffset.UTC)));
		boolean fresh = store.isNew();
		if (fresh || count(store, "SELECT COUNT(*) FROM contact") != contacts) {
			if (!fresh) {
				store.close();
				throw new IllegalStateException(db + " holds another database; delete it or use another --data folder");
			}
			build(store, contacts, log);
		} else {
			log.accept("Reusing the database in " + db);
		}
		return store;
	}

	private static void build(Store store, long contacts, Consumer<String> log) {
		long t0 = System.nanoTime();
		Random random = new Random(42);
		int batch = 5_000;
		// not closed: closing the services would close the store, which the caller goes on using
		LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(), OWNER);
		for (int i = 0; i < 20; i++) {
			owner.users().add(agent(i), "Agent " + i, Role.AGENT, "bench-password-1".toCharArray());
		}
		long tasks = 0;
		for (long done = 0; done < contacts; done += batch) {
			int n = (int) Math.min(batch, contacts - done);
			long written = store.inTransaction(c -> writeBatch(c, n, random));
			tasks += written;
			if ((done / batch) % 20 == 0) {
				log.accept(String.format("  %,d contacts, %,d tasks written (%d s)", done + n, tasks,
						(System.nanoTime() - t0) / 1_000_000_000));
			}
		}
		log.accept(String.format("Built %,d contacts and %,d tasks in %d s", contacts, tasks,
				(System.nanoTime() - t0) / 1_000_000_000));
	}

	/** One batch of contacts, each with about 1.1 tasks: 0.3 due today, 0.6 later this month, 0.2 finished. */
	private static long writeBatch(Connection c, int n, Random random) throws SQLException {
		long contact = reserve(c, "contact", n);
		List<long[]> plan = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO contact (id, name, company, do_not_call) VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < n; i++) {
				long id = contact + i;
				p.setLong(1, id);
				p.setString(2, "客户" + id);
				p.setString(3, "公司" + (id % 5000));
				p.setBoolean(4, random.nextInt(100) == 0);
				p.addBatch();
				double r = random.nextDouble();
				if (r < 0.3) {
					plan.add(new long[] { id, 0 });
				} else if (r < 0.9) {
					plan.add(new long[] { id, 1 + random.nextInt(29) });
				}
				if (random.nextInt(5) == 0) {
					plan.add(new long[] { id, -1 - random.nextInt(30) });
				}
			}
			p.executeBatch();
		}
		long task = reserve(c, "call_task", plan.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, call_type, due_from, "
				+ "due_to, priority, state, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
			for (long[] t : plan) {
				// calling windows start at 09:00 to 15:00 Shanghai time on the hour: many calls share a due time
				Instant from = DAY.plusDays(t[1]).atTime(1 + random.nextInt(7), 0).toInstant(ZoneOffset.UTC);
				p.setLong(1, task++);
				p.setLong(2, t[0]);
				p.setString(3, TYPES[random.nextInt(TYPES.length)]);
				p.setTimestamp(4, java.sql.Timestamp.valueOf(from.atOffset(ZoneOffset.UTC).toLocalDateTime()));
				p.setTimestamp(5, java.sql.Timestamp.valueOf(from.plus(Duration.ofHours(8)).atOffset(ZoneOffset.UTC)
						.toLocalDateTime()));
				p.setInt(6, PRIORITIES[random.nextInt(PRIORITIES.length)]);
				p.setString(7, t[1] < 0 ? "COMPLETED" : "PLANNED");
				p.addBatch();
			}
			p.executeBatch();
		}
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET contact_off = TRUE WHERE contact_id BETWEEN ? "
				+ "AND ? AND contact_id IN (SELECT id FROM contact WHERE id BETWEEN ? AND ? AND do_not_call)")) {
			p.setLong(1, contact);
			p.setLong(2, contact + n - 1);
			p.setLong(3, contact);
			p.setLong(4, contact + n - 1);
			p.executeUpdate();
		}
		return plan.size();
	}

	/** Reserves ids in the store's id blocks, as the store's own inserts do. */
	private static long reserve(Connection c, String table, int count) throws SQLException {
		try (PreparedStatement up = c.prepareStatement("UPDATE id_block SET next_id = next_id + ? WHERE name = ?")) {
			up.setInt(1, count);
			up.setString(2, table);
			if (up.executeUpdate() != 1) {
				throw new SQLException("No id block for table " + table);
			}
		}
		try (PreparedStatement q = c.prepareStatement("SELECT next_id FROM id_block WHERE name = ?")) {
			q.setString(1, table);
			try (ResultSet rs = q.executeQuery()) {
				rs.next();
				return rs.getLong(1) - count;
			}
		}
	}

	static String agent(int i) {
		return "bench-agent-" + i;
	}

	/** Puts the tasks the benchmark claimed back, so every run starts from the same queue. */
	private static void reset(Store store) {
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE call_task SET state = 'PLANNED', lease_owner = NULL, lease_expiry = NULL "
						+ "WHERE state = 'CLAIMED' AND lease_owner LIKE 'bench-%'");
			}
			return null;
		});
	}

	/**
	 * {@code bench claims}: one agent claims {@code claims} calls one after another through the queue service (the
	 * claim and its audit record), next to the raw baseline measured in the same run: the same number of single-row
	 * {@code UPDATE ... WHERE id = ?} of known task ids, each in its own transaction (what a claim cannot be faster
	 * than); then {@code agents} agents claim for {@code seconds} at once; then the claim query before schema
	 * version 12 (joined with the contacts and sorted) is run once for comparison.
	 */
	public static ClaimResult claims(Path dir, long contacts, int claims, int agents, int seconds, Consumer<String> log)
			throws Exception {
		try (Store store = open(dir, contacts, log)) {
			reset(store);
			long tasks = count(store, "SELECT COUNT(*) FROM call_task");
			long due = count(store, "SELECT COUNT(*) FROM call_task WHERE claim_open = 1 AND due_from <= TIMESTAMP('"
					+ java.sql.Timestamp.valueOf(NOW.atOffset(ZoneOffset.UTC).toLocalDateTime()) + "')");
			try (LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(), OWNER)) {
				QueueService one = owner.as(new Principal(agent(0), "Agent 0", Role.AGENT)).queue();
				for (int i = 0; i < 200; i++) { // warm up
					one.claimNext(30);
				}
				reset(store);
				log.accept(String.format("Claiming %,d calls one after another (%,d due of %,d tasks)", claims, due, tasks));
				long[] single = new long[claims];
				List<Long> claimed = new ArrayList<>();
				for (int i = 0; i < claims; i++) {
					long t = System.nanoTime();
					ClaimedTask task = one.claimNext(30);
					single[i] = System.nanoTime() - t;
					if (task == null) {
						break;
					}
					claimed.add(task.taskId());
				}
				claims = claimed.size();
				reset(store);
				log.accept("Raw baseline: the same number of single-row updates by key");
				long[] raw = new long[claims];
				for (int i = 0; i < claims; i++) {
					long id = claimed.get(i);
					long t = System.nanoTime();
					store.inTransaction(c -> {
						try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CLAIMED', "
								+ "lease_owner = 'bench-raw', lease_expiry = ?, version = version + 1 WHERE id = ?")) {
							p.setTimestamp(1, java.sql.Timestamp.valueOf(NOW.plus(Duration.ofMinutes(30))
									.atOffset(ZoneOffset.UTC).toLocalDateTime()));
							p.setLong(2, id);
							return p.executeUpdate();
						}
					});
					raw[i] = System.nanoTime() - t;
				}
				reset(store);
				log.accept(String.format("%d agents claiming at once for %d s", agents, seconds));
				Team team = team(owner, agents, seconds);
				reset(store);
				log.accept("The claim query before schema version 12, once");
				long t = System.nanoTime();
				store.read(c -> {
					try (PreparedStatement p = c.prepareStatement("SELECT t.id FROM call_task t JOIN contact k ON "
							+ "k.id = t.contact_id WHERE t.due_from <= ? AND t.state IN ('PLANNED', 'RESCHEDULED') AND NOT "
							+ "k.do_not_call AND k.status = 'ACTIVE' ORDER BY t.priority DESC, t.due_from, t.id "
							+ "FETCH FIRST 16 ROWS ONLY")) {
						p.setTimestamp(1, java.sql.Timestamp.valueOf(NOW.atOffset(ZoneOffset.UTC).toLocalDateTime()));
						try (ResultSet rs = p.executeQuery()) {
							while (rs.next()) {
								rs.getLong(1);
							}
						}
					}
					return null;
				});
				long old = (System.nanoTime() - t) / 1_000_000;
				return new ClaimResult(count(store, "SELECT COUNT(*) FROM contact"), tasks, due,
						Latencies.of(single, claims), Latencies.of(raw, claims), agents, team.claims, team.seconds,
						team.duplicates, team.latencies, old, load());
			}
		}
	}

	private record Team(int claims, double seconds, int duplicates, Latencies latencies) {
	}

	private static Team team(LocalServices owner, int agents, int seconds) throws InterruptedException {
		ConcurrentHashMap<Long, String> seen = new ConcurrentHashMap<>();
		AtomicInteger duplicates = new AtomicInteger();
		AtomicInteger total = new AtomicInteger();
		long[][] latencies = new long[agents][];
		int[] counts = new int[agents];
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		long[] window = new long[2];
		for (int a = 0; a < agents; a++) {
			int me = a;
			QueueService queue = owner.as(new Principal(agent(a), "Agent " + a, Role.AGENT)).queue();
			latencies[a] = new long[200_000];
			Thread thread = new Thread(() -> {
				try {
					start.await();
				} catch (InterruptedException e) {
					return;
				}
				long end = window[1];
				while (System.nanoTime() < end) {
					long t = System.nanoTime();
					ClaimedTask task = queue.claimNext(30);
					long took = System.nanoTime() - t;
					if (task == null) {
						break;
					}
					if (counts[me] < latencies[me].length) {
						latencies[me][counts[me]++] = took;
					}
					total.incrementAndGet();
					if (seen.putIfAbsent(task.taskId(), agent(me)) != null) {
						duplicates.incrementAndGet();
					}
				}
			}, "bench-agent-" + a);
			threads.add(thread);
			thread.start();
		}
		window[0] = System.nanoTime();
		window[1] = window[0] + seconds * 1_000_000_000L;
		start.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		double took = (System.nanoTime() - window[0]) / 1e9;
		int n = Arrays.stream(counts).sum();
		long[] all = new long[n];
		int at = 0;
		for (int a = 0; a < agents; a++) {
			System.arraycopy(latencies[a], 0, all, at, counts[a]);
			at += counts[a];
		}
		return new Team(total.get(), took, duplicates.get(), Latencies.of(all, n));
	}

	/**
	 * {@code bench queue}: what My Queue reads through the queue service, as an agent: the first page of 200 rows,
	 * the queue's shape (counts per call type, overdue, page marks), the page after the last mark (the end) and one
	 * in the middle; next to, in the same run, the raw baseline: the first 200 task rows read by primary key with
	 * plain JDBC (no join, no filter), and the queries before schema version 12 (first page, counts, last page by
	 * offset) once each.
	 */
	public static QueueResult queue(Path dir, long contacts, Consumer<String> log) throws Exception {
		try (Store store = open(dir, contacts, log)) {
			reset(store);
			long tasks = count(store, "SELECT COUNT(*) FROM call_task");
			try (LocalServices owner = LocalServices.open(store, CallTypeRegistry.read(), OWNER)) {
				QueueService queue = owner.as(new Principal(agent(0), "Agent 0", Role.AGENT)).queue();
				queue.queuePage(END_OF_DAY, null, null, PAGE); // warm up
				log.accept("First page, the queue's shape, the last and a middle page");
				long t = System.nanoTime();
				List<QueueItem> first = queue.queuePage(END_OF_DAY, null, null, PAGE);
				double firstPage = ms(t);
				t = System.nanoTime();
				QueueShape shape = queue.queueShape(END_OF_DAY, null, PAGE);
				double shapeMs = ms(t);
				QueueKey last = shape.marks().isEmpty() ? QueueKey.of(first.get(0)) : shape.marks().get(shape.marks().size() - 1);
				t = System.nanoTime();
				queue.queuePage(END_OF_DAY, null, last, PAGE);
				double lastPage = ms(t);
				t = System.nanoTime();
				queue.queuePage(END_OF_DAY, null, shape.marks().get(shape.marks().size() / 2), PAGE);
				double middle = ms(t);
				log.accept("Raw baseline: 200 task rows by primary key");
				t = System.nanoTime();
				store.read(c -> rows(c, "SELECT id, contact_id, call_type, due_from, due_to, priority, state FROM "
						+ "call_task ORDER BY id FETCH FIRST 200 ROWS ONLY"));
				double rawFirst = ms(t);
				String old = "FROM call_task t JOIN contact k ON k.id = t.contact_id WHERE t.state IN ('PLANNED', "
						+ "'RESCHEDULED', 'CLAIMED') AND t.due_from < TIMESTAMP('"
						+ java.sql.Timestamp.valueOf(END_OF_DAY.atOffset(ZoneOffset.UTC).toLocalDateTime())
						+ "') AND NOT k.do_not_call AND k.status = 'ACTIVE'";
				log.accept("The queries before schema version 12, once each");
				t = System.nanoTime();
				store.read(c -> rows(c, "SELECT t.id, k.name " + old
						+ " ORDER BY t.due_from, t.priority DESC, t.id OFFSET 0 ROWS FETCH NEXT 200 ROWS ONLY"));
				double oldFirst = ms(t);
				t = System.nanoTime();
				store.read(c -> rows(c, "SELECT t.call_type, COUNT(*) " + old + " GROUP BY t.call_type"));
				store.read(c -> rows(c, "SELECT COUNT(*) " + old + " AND t.due_to < TIMESTAMP('"
						+ java.sql.Timestamp.valueOf(NOW.atOffset(ZoneOffset.UTC).toLocalDateTime()) + "')"));
				double oldCounts = ms(t);
				t = System.nanoTime();
				long offset = Math.max(0, shape.shown() - PAGE);
				store.read(c -> rows(c, "SELECT t.id, k.name " + old + " ORDER BY t.due_from, t.priority DESC, t.id OFFSET "
						+ offset + " ROWS FETCH NEXT 200 ROWS ONLY"));
				double oldLast = ms(t);
				return new QueueResult(count(store, "SELECT COUNT(*) FROM contact"), tasks, shape.shown(), firstPage,
						shapeMs, lastPage, middle, rawFirst, oldFirst, oldCounts, oldLast, load());
			}
		}
	}

	private static int rows(Connection c, String sql) throws SQLException {
		int n = 0;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				rs.getObject(1);
				n++;
			}
		}
		return n;
	}

	private static double ms(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static long count(Store store, String sql) {
		return store.read(c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	/** The system's load average over the last minute, or -1 where the system does not tell. */
	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
