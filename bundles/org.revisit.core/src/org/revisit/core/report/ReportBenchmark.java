package org.revisit.core.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The report benchmark: fills a scratch database with a quarter of calls (one task per outcome and a fifth more
 * tasks never reached, three answers and a score per outcome, a reason in one call of ten, promised callbacks,
 * supervision events of twenty engineers, complaints) with raw JDBC batches, then times each report over the
 * whole quarter next to a plain SQL aggregate over the same rows, in the same run (best of three each).
 */
public final class ReportBenchmark {

	/** One report's time and the plain aggregate's. */
	public record Timing(String report, long rows, long reportMillis, long rawMillis) {

		public double reportRate() {
			return rows * 1000.0 / Math.max(1, reportMillis);
		}

		public double rawRate() {
			return rows * 1000.0 / Math.max(1, rawMillis);
		}

		/** The report's rate per the raw aggregate's. */
		public double ratio() {
			return (double) Math.max(1, rawMillis) / Math.max(1, reportMillis);
		}
	}

	/** What was built and how long each report took. */
	public record Result(int outcomes, long rows, long buildMillis, double loadBefore, double loadAfter,
			List<Timing> timings) {
	}

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
	private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
	private static final int DAYS = 91;
	private static final String RV = "org.revisit.calltype.returnVisit"; //$NON-NLS-1$
	private static final String HS = "org.revisit.calltype.hotlineSupervision"; //$NON-NLS-1$
	private static final String[] AGENTS = { "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"zhou" }; //$NON-NLS-1$
	private static final String[] CATEGORIES = { "SERVICE_DELAY", "SERVICE_QUALITY", "ATTITUDE", "FEES" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final int BATCH = 5_000;

	private ReportBenchmark() {
	}

	/** Builds {@code outcomes} outcomes in {@code workDir} (the caller deletes it) and times the reports. */
	public static Result run(Path workDir, int outcomes, Consumer<String> log) {
		try (Store store = Store.open(StoreConfig.embedded(workDir.resolve("reports")))) { //$NON-NLS-1$
			double before = load();
			log.accept("Building " + outcomes + " outcomes with answers, scores, callbacks and service events"); //$NON-NLS-1$ //$NON-NLS-2$
			long t0 = System.nanoTime();
			long rows = build(store, outcomes, log);
			long buildMillis = (System.nanoTime() - t0) / 1_000_000;
			log.accept(String.format("Built %,d rows in %,d ms", rows, buildMillis)); //$NON-NLS-1$
			ReportService reports = LocalServices.open(store, CallTypeRegistry.read(), new Principal("bench", null, //$NON-NLS-1$
					Role.ADMIN)).reports();
			ReportFilter all = new ReportFilter(FIRST, FIRST.plusDays(DAYS - 1), null, null, null, null, SHANGHAI.getId());
			List<Timing> timings = new ArrayList<>();
			long tasks = outcomes + outcomes / 5;
			long events = outcomes / 4 + outcomes / 50;
			timings.add(time(store, log, "calling", tasks, () -> reports.calling(all, Dimension.CAMPAIGN), //$NON-NLS-1$
					"SELECT t.campaign_id, COUNT(*), COUNT(o.id) FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$
							+ "ON o.task_id = t.id GROUP BY t.campaign_id")); //$NON-NLS-1$
			timings.add(time(store, log, "calling per day", tasks, () -> reports.calling(all, Dimension.DAY), //$NON-NLS-1$
					"SELECT DATE(t.due_from), COUNT(*), COUNT(o.id) FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$
							+ "ON o.task_id = t.id GROUP BY DATE(t.due_from)")); //$NON-NLS-1$
			timings.add(time(store, log, "callbacks", outcomes / 10, () -> reports.callbacks(all), //$NON-NLS-1$
					"SELECT owner, source, closed_as, COUNT(*) FROM callback GROUP BY owner, source, closed_as")); //$NON-NLS-1$
			timings.add(time(store, log, "satisfaction", outcomes * 4L, () -> reports.satisfaction(all), //$NON-NLS-1$
					"SELECT o.script_id, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_outcome_step st " //$NON-NLS-1$
							+ "ON st.outcome_id = o.id GROUP BY o.script_id, st.step_number, st.answer_label")); //$NON-NLS-1$
			timings.add(time(store, log, "supervision", outcomes / 4 * 4L, () -> reports.supervision(all), //$NON-NLS-1$
					"SELECT e.engineer, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_task t " //$NON-NLS-1$
							+ "ON t.id = o.task_id JOIN service_event e ON e.id = t.source_event_id JOIN call_outcome_step st " //$NON-NLS-1$
							+ "ON st.outcome_id = o.id GROUP BY e.engineer, st.step_number, st.answer_label")); //$NON-NLS-1$
			timings.add(time(store, log, "complaints", events, () -> reports.complaints(all), //$NON-NLS-1$
					"SELECT kind, complaint_category, severity, COUNT(*) FROM service_event " //$NON-NLS-1$
							+ "GROUP BY kind, complaint_category, severity")); //$NON-NLS-1$
			timings.add(time(store, log, "quality", outcomes * 3L, () -> reports.quality(all), //$NON-NLS-1$
					"SELECT o.agent, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_outcome_step st " //$NON-NLS-1$
							+ "ON st.outcome_id = o.id GROUP BY o.agent, st.step_number, st.answer_label")); //$NON-NLS-1$
			return new Result(outcomes, rows, buildMillis, before, load(), timings);
		}
	}

	/** The system load average over the last minute, or -1. */
	public static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static Timing time(Store store, Consumer<String> log, String name, long rows, Supplier<Object> report,
			String raw) {
		long best = Long.MAX_VALUE;
		long bestRaw = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long t = System.nanoTime();
			report.get();
			best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
			t = System.nanoTime();
			store.read(c -> {
				try (PreparedStatement p = c.prepareStatement(raw); ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						rs.getObject(1);
					}
				}
				return null;
			});
			bestRaw = Math.min(bestRaw, (System.nanoTime() - t) / 1_000_000);
		}
		Timing timing = new Timing(name, rows, best, bestRaw);
		log.accept(String.format("%-16s %,6d ms   plain aggregate %,6d ms   (%.0f%%)", name, best, bestRaw, //$NON-NLS-1$
				timing.ratio() * 100));
		return timing;
	}

	private static Timestamp at(Instant i) {
		return Timestamp.from(i);
	}

	/** Fills the database; returns the number of rows written. */
	private static long build(Store store, int outcomes, Consumer<String> log) {
		Script rv = BuiltinScripts.read("en", RV).scripts().get(0); //$NON-NLS-1$
		Script hs = BuiltinScripts.read("en", HS).scripts().get(0); //$NON-NLS-1$
		Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
		Instant start = FIRST.atStartOfDay(SHANGHAI).toInstant();
		long quarterSeconds = DAYS * 86_400L - 7_200;
		Random random = new Random(42);
		int contacts = Math.max(10, outcomes / 10);
		int supervision = outcomes / 4;
		int complaints = outcomes / 50;
		int unreached = outcomes / 5;
		return store.inTransaction(c -> {
			long rows = 0;
			try (PreparedStatement p = c.prepareStatement("INSERT INTO contact (id, name) VALUES (?, ?)")) { //$NON-NLS-1$
				for (int i = 1; i <= contacts; i++) {
					p.setLong(1, i);
					p.setString(2, "客户" + i); //$NON-NLS-1$
					rows += batch(c, p, i);
				}
				p.executeBatch();
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO campaign (id, call_type, name) VALUES (?, ?, ?)")) { //$NON-NLS-1$
				for (int i = 1; i <= 2; i++) {
					p.setLong(1, i);
					p.setString(2, i == 1 ? RV : HS);
					p.setString(3, i == 1 ? "Return visits" : "Hotline supervision"); //$NON-NLS-1$ //$NON-NLS-2$
					p.executeUpdate();
					rows++;
				}
			}
			log.accept("  contacts done"); //$NON-NLS-1$
			try (PreparedStatement p = c.prepareStatement("INSERT INTO service_event (id, kind, occurred_at, contact_id, " //$NON-NLS-1$
					+ "engineer, subject, complaint_category, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				for (int i = 1; i <= supervision + complaints; i++) {
					boolean complaint = i > supervision;
					p.setLong(1, i);
					p.setString(2, complaint ? "COMPLAINT" : "HOTLINE_TICKET"); //$NON-NLS-1$ //$NON-NLS-2$
					p.setTimestamp(3, at(start.plusSeconds(random.nextLong(quarterSeconds))), utc);
					p.setLong(4, 1 + random.nextInt(contacts));
					p.setString(5, "工程师" + (i % 20)); //$NON-NLS-1$
					p.setString(6, complaint ? "事由" + random.nextInt(complaints / 5 + 1) : null); //$NON-NLS-1$
					p.setString(7, complaint ? CATEGORIES[i % CATEGORIES.length] : "NONE"); //$NON-NLS-1$
					p.setString(8, complaint ? (i % 10 == 0 ? "MAJOR" : "GENERAL") : "NONE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					rows += batch(c, p, i);
				}
				p.executeBatch();
			}
			log.accept("  service events done"); //$NON-NLS-1$
			try (PreparedStatement task = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, " //$NON-NLS-1$
					+ "due_from, due_to, priority, attempts, state, reason, source_event_id) VALUES (?, ?, ?, ?, ?, ?, 50, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement outcome = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, " //$NON-NLS-1$
							+ "started_at, ended_at, disposition, script_id, script_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement step = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, step_number, " //$NON-NLS-1$
							+ "answer_label, stepped_at) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement score = c.prepareStatement(
							"INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (?, 'satisfaction score', ?)"); //$NON-NLS-1$
					PreparedStatement value = c.prepareStatement(
							"INSERT INTO call_outcome_value (outcome_id, field, field_value) VALUES (?, 'the reason', ?)"); //$NON-NLS-1$
					PreparedStatement callback = c.prepareStatement("INSERT INTO callback (id, contact_id, due_at, owner, " //$NON-NLS-1$
							+ "source, done, closed_as, closed_at) VALUES (?, ?, ?, ?, 'CALL', ?, ?, ?)")) { //$NON-NLS-1$
				int steps = 0;
				int callbacks = 0;
				for (int i = 1; i <= outcomes + unreached; i++) {
					boolean reached = i <= outcomes;
					boolean supervised = reached && i <= supervision;
					Instant due = start.plusSeconds(random.nextLong(quarterSeconds));
					long contact = 1 + random.nextInt(contacts);
					int attempts = 1 + random.nextInt(3);
					task.setLong(1, i);
					task.setLong(2, contact);
					task.setLong(3, supervised ? 2 : 1);
					task.setString(4, supervised ? HS : RV);
					task.setTimestamp(5, at(due), utc);
					task.setTimestamp(6, at(due.plusSeconds(3_600)), utc);
					task.setInt(7, reached ? attempts : i % 3 == 0 ? 1 : 3);
					task.setString(8, reached || i % 3 == 0 ? "COMPLETED" : "UNREACHABLE"); //$NON-NLS-1$ //$NON-NLS-2$
					task.setString(9, reached ? null : i % 3 == 0 ? "WRONG_NUMBER" : "NO_ANSWER"); //$NON-NLS-1$ //$NON-NLS-2$
					if (supervised) {
						task.setLong(10, i);
					} else {
						task.setNull(10, java.sql.Types.BIGINT);
					}
					rows += batch(c, task, i);
					if (!reached) {
						continue;
					}
					Script script = supervised ? hs : rv;
					boolean happy = random.nextInt(5) > 0;
					outcome.setLong(1, i);
					outcome.setLong(2, i);
					outcome.setLong(3, contact);
					outcome.setString(4, AGENTS[i % AGENTS.length]);
					outcome.setTimestamp(5, at(due), utc);
					outcome.setTimestamp(6, at(due.plusSeconds(60 + random.nextInt(400))), utc);
					outcome.setString(7, random.nextInt(10) == 0 ? "CALLBACK" : "COMPLETED"); //$NON-NLS-1$ //$NON-NLS-2$
					outcome.setString(8, script.getScriptId());
					outcome.setInt(9, script.getScriptVersion());
					rows += batch(c, outcome, i);
					int[] numbers = supervised ? new int[] { 5, 7, 10 } : new int[] { 7, 12, 13 };
					String[] labels = supervised
							? new String[] { happy ? "yes" : "no", happy ? "satisfied" : "dissatisfied", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
									happy ? "satisfied" : "dissatisfied" } //$NON-NLS-1$ //$NON-NLS-2$
							: new String[] { happy ? "satisfied" : "dissatisfied", random.nextInt(10) == 0 ? "yes" : "no", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
									happy ? "satisfied" : "dissatisfied" }; //$NON-NLS-1$ //$NON-NLS-2$
					for (int s = 0; s < 3; s++) {
						step.setLong(1, i);
						step.setInt(2, s);
						step.setInt(3, numbers[s]);
						step.setString(4, labels[s]);
						step.setTimestamp(5, at(due), utc);
						rows += batch(c, step, ++steps);
					}
					score.setLong(1, i);
					score.setInt(2, happy ? 3 + random.nextInt(3) : 1 + random.nextInt(2));
					rows += batch(c, score, i);
					if (!happy && random.nextInt(2) == 0) {
						value.setLong(1, i);
						value.setString(2, "太慢了"); //$NON-NLS-1$
						rows += batch(c, value, i);
					}
					if (i % 10 == 0) {
						callbacks++;
						int kind = random.nextInt(4);
						callback.setLong(1, callbacks);
						callback.setLong(2, contact);
						callback.setTimestamp(3, at(due.plusSeconds(86_400)), utc);
						callback.setString(4, AGENTS[i % AGENTS.length]);
						callback.setBoolean(5, kind < 3);
						callback.setString(6, kind < 2 ? "DONE" : kind == 2 ? "UNREACHABLE" : null); //$NON-NLS-1$ //$NON-NLS-2$
						if (kind < 3) {
							callback.setTimestamp(7, at(due.plusSeconds(86_400 + (kind == 1 ? 600 : -600))), utc);
						} else {
							callback.setNull(7, java.sql.Types.TIMESTAMP);
						}
						rows += batch(c, callback, callbacks);
					}
					if (i % 100_000 == 0) {
						log.accept(String.format("  %,d outcomes", i)); //$NON-NLS-1$
					}
				}
				for (PreparedStatement p : List.of(task, outcome, step, score, value, callback)) {
					p.executeBatch();
				}
			}
			return rows;
		});
	}

	/** Adds the row to the batch, sending it every {@value #BATCH} rows (and committing). */
	private static int batch(Connection c, PreparedStatement p, long n) throws SQLException {
		p.addBatch();
		if (n % BATCH == 0) {
			p.executeBatch();
			c.commit();
		}
		return 1;
	}
}
