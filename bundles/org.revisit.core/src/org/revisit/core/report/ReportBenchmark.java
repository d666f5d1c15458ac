package org.revisit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import org.revisit.store.ComplaintFigures;
import org.revisit.store.ReportSummaries;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The report benchmark: fills a scratch database with a quarter of calls (one task per outcome and a fifth more
 * tasks never reached, three answers and a score per outcome, a reason in one call of ten, promised callbacks,
 * supervision events of twenty engineers, complaints) and two years of complaints before it, each complaint with
 * its promised callback and follow-up calls and their follow-ups (see {@link #complaintCalls}), imported from CSV
 * files with Derby's bulk import, then times each report over the whole quarter next to a plain SQL aggregate, in
 * the same run (best of three each).
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

	/**
	 * What was built, how long the summaries' fold after the bulk load took (what the first report after a bulk
	 * load waits for) and how long each report took.
	 */
	public record Result(int outcomes, long rows, long buildMillis, long foldMillis, double loadBefore,
			double loadAfter, List<Timing> timings) {
	}

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
	private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
	private static final int DAYS = 91;
	/** The days of complaints before the quarter, at the quarter's rate: what a report of the quarter must not read. */
	private static final int HISTORY_DAYS = 730;
	private static final String CF = "org.revisit.calltype.complaintFollowUp"; //$NON-NLS-1$
	private static final String PC = "org.revisit.calltype.promisedCallback"; //$NON-NLS-1$
	private static final String RV = "org.revisit.calltype.returnVisit"; //$NON-NLS-1$
	private static final String HS = "org.revisit.calltype.hotlineSupervision"; //$NON-NLS-1$
	private static final String[] AGENTS = { "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"zhou" }; //$NON-NLS-1$
	private static final String[] CATEGORIES = { "SERVICE_DELAY", "SERVICE_QUALITY", "ATTITUDE", "FEES" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private ReportBenchmark() {
	}

	/** Builds {@code outcomes} outcomes in {@code workDir} (the caller deletes it) and times the reports. */
	public static Result run(Path workDir, int outcomes, Consumer<String> log) throws IOException {
		return run(workDir, outcomes, name -> true, log);
	}

	/**
	 * Builds {@code outcomes} outcomes in {@code workDir} (the caller deletes it) and times the reports
	 * {@code only} names.
	 */
	public static Result run(Path workDir, int outcomes, Predicate<String> only, Consumer<String> log)
			throws IOException {
		return run(workDir, outcomes, only, log, SHANGHAI, SHANGHAI);
	}

	/**
	 * As {@link #run(Path, int, Predicate, Consumer)}, the reports in {@code zone}, the summaries' days in
	 * {@code reportZone} (the report zone is set after the fold, and the time that takes is printed).
	 */
	public static Result run(Path workDir, int outcomes, Predicate<String> only, Consumer<String> log, ZoneId zone,
			ZoneId reportZone) throws IOException {
		try (Store store = Store.open(StoreConfig.embedded(workDir.resolve("reports")))) { //$NON-NLS-1$
			double before = load();
			log.accept("Building " + outcomes + " outcomes with answers, scores, callbacks and service events"); //$NON-NLS-1$ //$NON-NLS-2$
			long t0 = System.nanoTime();
			long rows = build(store, workDir.resolve("csv"), outcomes, log); //$NON-NLS-1$
			long buildMillis = (System.nanoTime() - t0) / 1_000_000;
			log.accept(String.format("Built %,d rows in %,d ms", rows, buildMillis)); //$NON-NLS-1$
			return timeReports(store, outcomes, rows, buildMillis, before, only, log, zone, reportZone);
		}
	}

	/**
	 * Times the reports again on a database an earlier run kept ({@code --keep}): no build; the summaries are
	 * folded first if a fold is due (a database of an older schema is migrated on opening); only the reports
	 * {@code only} names.
	 */
	public static Result rerun(Path reports, Predicate<String> only, Consumer<String> log) {
		return rerun(reports, only, log, SHANGHAI, null);
	}

	/**
	 * As {@link #rerun(Path, Predicate, Consumer)}, the reports in {@code zone}; the report zone set to
	 * {@code reportZone} first unless it is null.
	 */
	public static Result rerun(Path reports, Predicate<String> only, Consumer<String> log, ZoneId zone,
			ZoneId reportZone) {
		if (!Files.isDirectory(reports.resolve("db"))) { //$NON-NLS-1$
			throw new IllegalArgumentException("no database in " + reports + " (the folder 'revisit bench: the data " //$NON-NLS-1$ //$NON-NLS-2$
					+ "folder is kept in ...' named)"); //$NON-NLS-1$
		}
		double before = load();
		long t0 = System.nanoTime();
		try (Store store = Store.open(StoreConfig.embedded(reports))) {
			log.accept(String.format("Opened the kept database in %,d ms", (System.nanoTime() - t0) / 1_000_000)); //$NON-NLS-1$
			long outcomes = store.read(c -> {
				try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_outcome"); //$NON-NLS-1$
						ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			});
			return timeReports(store, (int) outcomes, 0, 0, before, only, log, zone, reportZone);
		}
	}

	private static Result timeReports(Store store, int outcomes, long rows, long buildMillis, double before,
			Predicate<String> only, Consumer<String> log, ZoneId zone, ZoneId reportZone) {
		ReportSummaries.Folded folded = ReportSummaries.fold(store);
		log.accept(String.format("%-16s %,6d ms   (%,d outcomes, %,d tasks and %,d closed promises folded into the " //$NON-NLS-1$
				+ "summaries; the first report after a bulk load waits for it)", "summary fold", folded.millis(), //$NON-NLS-1$
				folded.outcomes(), folded.tasks(), folded.promises()));
		if (reportZone != null && !reportZone.getId().equals(ReportSummaries.zone(store).getId())) {
			ReportSummaries.Rezoned rezoned = ReportSummaries.rezone(store, reportZone);
			log.accept(String.format("%-16s %,6d ms   (the summaries computed again with the days in %s, %,d rows, " //$NON-NLS-1$
					+ "from %s; the last %,d ms with the mark locked: reports waited)", "report zone", rezoned.millis(), //$NON-NLS-1$
					reportZone.getId(), rezoned.rows(), rezoned.before().getId(), rezoned.lockedMillis()));
		}
		log.accept("Reports in " + zone.getId() + ", the summaries' days in " + ReportSummaries.zone(store).getId()); //$NON-NLS-1$ //$NON-NLS-2$
		ReportService reports = LocalServices.open(store, CallTypeRegistry.read(), new Principal("bench", null, //$NON-NLS-1$
				Role.ADMIN)).reports();
		ReportFilter all = new ReportFilter(FIRST, FIRST.plusDays(DAYS - 1), null, null, null, null, zone.getId());
		List<Timing> timings = new ArrayList<>();
		long tasks = outcomes + outcomes / 5;
		long events = outcomes / 4 + outcomes / 50;
		time(timings, only, store, log, "calling", tasks, () -> reports.calling(all, Dimension.CAMPAIGN), //$NON-NLS-1$
				"SELECT t.campaign_id, COUNT(*), COUNT(o.id) FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$
						+ "ON o.task_id = t.id GROUP BY t.campaign_id"); //$NON-NLS-1$
		time(timings, only, store, log, "calling per day", tasks, () -> reports.calling(all, Dimension.DAY), //$NON-NLS-1$
				"SELECT DATE(t.due_from), COUNT(*), COUNT(o.id) FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$
						+ "ON o.task_id = t.id GROUP BY DATE(t.due_from)"); //$NON-NLS-1$
		time(timings, only, store, log, "callbacks", outcomes / 10, () -> reports.callbacks(all), //$NON-NLS-1$
				"SELECT owner, source, closed_as, COUNT(*) FROM callback GROUP BY owner, source, closed_as"); //$NON-NLS-1$
		time(timings, only, store, log, "satisfaction", outcomes * 4L, () -> reports.satisfaction(all), //$NON-NLS-1$
				"SELECT o.script_id, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_outcome_step st " //$NON-NLS-1$
						+ "ON st.outcome_id = o.id GROUP BY o.script_id, st.step_number, st.answer_label"); //$NON-NLS-1$
		time(timings, only, store, log, "supervision", outcomes / 4 * 4L, () -> reports.supervision(all), //$NON-NLS-1$
				"SELECT e.engineer, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_task t " //$NON-NLS-1$
						+ "ON t.id = o.task_id JOIN service_event e ON e.id = t.source_event_id JOIN call_outcome_step st " //$NON-NLS-1$
						+ "ON st.outcome_id = o.id GROUP BY e.engineer, st.step_number, st.answer_label"); //$NON-NLS-1$
		time(timings, only, store, log, "complaints", events, () -> reports.complaints(all), //$NON-NLS-1$
				"SELECT kind, complaint_category, severity, COUNT(*) FROM service_event " //$NON-NLS-1$
						+ "GROUP BY kind, complaint_category, severity"); //$NON-NLS-1$
		time(timings, only, store, log, "quality", outcomes * 3L, () -> reports.quality(all), //$NON-NLS-1$
				"SELECT o.agent, st.step_number, st.answer_label, COUNT(*) FROM call_outcome o JOIN call_outcome_step st " //$NON-NLS-1$
						+ "ON st.outcome_id = o.id GROUP BY o.agent, st.step_number, st.answer_label"); //$NON-NLS-1$
		return new Result(outcomes, rows, buildMillis, folded.millis(), before, load(), timings);
	}

	/** The system load average over the last minute, or -1. */
	public static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void time(List<Timing> timings, Predicate<String> only, Store store, Consumer<String> log,
			String name, long rows, Supplier<Object> report, String raw) {
		if (!only.test(name)) {
			return;
		}
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
		timings.add(timing);
	}

	/** The CSV files the rows are written to, one per table, imported in this order. */
	private static final String[][] TABLES = {
			{ "contact", "ID,NAME" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "campaign", "ID,CALL_TYPE,NAME" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "service_event", "ID,KIND,OCCURRED_AT,CONTACT_ID,ENGINEER,SUBJECT,COMPLAINT_CATEGORY,SEVERITY,RESOLVED" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "call_task", "ID,CONTACT_ID,CAMPAIGN_ID,CALL_TYPE,DUE_FROM,DUE_TO,PRIORITY,ATTEMPTS,STATE,REASON," //$NON-NLS-1$ //$NON-NLS-2$
					+ "SOURCE_EVENT_ID,CALLBACK_ID,PROMISED_AT" }, //$NON-NLS-1$
			{ "call_outcome", "ID,TASK_ID,CONTACT_ID,AGENT,STARTED_AT,ENDED_AT,DISPOSITION,SCRIPT_ID,SCRIPT_VERSION" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "follow_up", "ID,OUTCOME_ID,CONTACT_ID,ASSIGNEE,TEXT,DONE,CREATED_AT" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "call_outcome_step", "OUTCOME_ID,SEQ,STEP_NUMBER,ANSWER_LABEL,STEPPED_AT" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "call_outcome_score", "OUTCOME_ID,ASPECT,SCORE" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "call_outcome_value", "OUTCOME_ID,FIELD,FIELD_VALUE" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "callback", "ID,CONTACT_ID,DUE_AT,OWNER,SOURCE,SERVICE_EVENT_ID,DONE,CLOSED_AS,CLOSED_AT" } }; //$NON-NLS-1$ //$NON-NLS-2$

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	/** Rows of the tables as CSV files in a folder. */
	private static final class Rows implements AutoCloseable {
		final Map<String, Writer> files = new LinkedHashMap<>();
		final Path dir;
		long count;

		Rows(Path dir) throws IOException {
			this.dir = dir;
			Files.createDirectories(dir);
			for (String[] t : TABLES) {
				files.put(t[0], Files.newBufferedWriter(dir.resolve(t[0] + ".csv"), StandardCharsets.UTF_8)); //$NON-NLS-1$
			}
		}

		void add(String table, Object... cells) throws IOException {
			Writer w = files.get(table);
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					w.write(',');
				}
				Object c = cells[i];
				if (c instanceof Instant at) {
					w.write(STAMP.format(at));
				} else if (c instanceof String text) {
					w.write('"');
					w.write(text);
					w.write('"');
				} else if (c != null) {
					w.write(c.toString());
				}
			}
			w.write('\n');
			count++;
		}

		@Override
		public void close() throws IOException {
			for (Writer w : files.values()) {
				w.close();
			}
		}
	}

	/**
	 * The calls about the complaints (ids from {@code supervision + 1}, received at {@code received}, by the
	 * contacts {@code complainants}): most complaints (85%) get a promised callback a day later (owner an agent,
	 * source COMPLAINT) with its task: made on time (70%), made late (12%, ten minutes to two days after its
	 * moment), unreachable (10%) or still open (8%; unreachable before the quarter); a made promise's call has an
	 * outcome. A third of the complaints get a follow-up call a week later (with an outcome 70% of the time, else
	 * still planned, unreachable before the quarter). Each outcome has no follow-up (half of them), one or two, 60%
	 * of them done. Task ids follow {@code lastTask}, an outcome's id is its task's, promise ids follow
	 * {@code lastPromise}.
	 */
	private static void complaintCalls(Rows out, Script script, int supervision, Instant[] received,
			int[] complainants, int lastTask, int lastPromise, Instant start) throws IOException {
		Random random = new Random(7);
		int task = lastTask;
		int promise = lastPromise;
		int followUp = 0;
		for (int k = 0; k < received.length; k++) {
			long event = supervision + 1L + k;
			Instant at = received[k];
			int contact = complainants[k];
			String agent = AGENTS[k % AGENTS.length];
			if (random.nextInt(100) < 85) {
				Instant due = at.plusSeconds(86_400);
				int kind = random.nextInt(100);
				if (kind >= 92 && at.isBefore(start)) {
					kind = 85; // nothing is left open before the quarter
				}
				String closedAs = kind < 82 ? "DONE" : kind < 92 ? "UNREACHABLE" : null; //$NON-NLS-1$ //$NON-NLS-2$
				Instant closed = kind < 70 ? due.minusSeconds(random.nextInt(20 * 3_600))
						: kind < 82 ? due.plusSeconds(600 + random.nextInt(2 * 86_400)) : kind < 92 ? due.plusSeconds(7_200) : null;
				out.add("callback", ++promise, contact, due, agent, "COMPLAINT", event, closedAs == null ? "false" : "true", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						closedAs, closed);
				out.add("call_task", ++task, contact, 4, PC, due, due.plusSeconds(3_600), 100, closedAs == null ? 0 : 1 + random.nextInt(2), //$NON-NLS-1$
						closedAs == null ? "PLANNED" : "DONE".equals(closedAs) ? "COMPLETED" : "UNREACHABLE", null, null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						promise, due);
				if ("DONE".equals(closedAs)) { //$NON-NLS-1$
					followUp = complaintCall(out, random, script, task, contact, agent, closed.minusSeconds(300), followUp);
				}
			}
			if (random.nextInt(3) == 0) {
				Instant due = at.plusSeconds(7 * 86_400L);
				boolean reached = random.nextInt(10) < 7;
				out.add("call_task", ++task, contact, 3, CF, due, due.plusSeconds(86_400), 90, reached ? 1 : 3, //$NON-NLS-1$
						reached ? "COMPLETED" : at.isBefore(start) ? "UNREACHABLE" : "PLANNED", null, event, null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (reached) {
					followUp = complaintCall(out, random, script, task, contact, agent, due.plusSeconds(600), followUp);
				}
			}
		}
	}

	/** The outcome of the complaint call {@code task} and its follow-ups; the last follow-up id. */
	private static int complaintCall(Rows out, Random random, Script script, int task, int contact, String agent,
			Instant at, int lastFollowUp) throws IOException {
		out.add("call_outcome", task, task, contact, agent, at, at.plusSeconds(240), "COMPLETED", script.getScriptId(), //$NON-NLS-1$ //$NON-NLS-2$
				script.getScriptVersion());
		int followUp = lastFollowUp;
		int n = random.nextInt(10);
		for (int f = n < 5 ? 0 : n < 8 ? 1 : 2; f > 0; f--) {
			out.add("follow_up", ++followUp, task, contact, AGENTS[followUp % AGENTS.length], "回访处理结果", //$NON-NLS-1$ //$NON-NLS-2$
					random.nextInt(10) < 6 ? "true" : "false", at.plusSeconds(240)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return followUp;
	}

	/** Fills the database: writes every row to CSV files, then imports them with Derby's bulk import. */
	private static long build(Store store, Path dir, int outcomes, Consumer<String> log) throws IOException {
		Script rv = BuiltinScripts.read("en", RV).scripts().get(0); //$NON-NLS-1$
		Script hs = BuiltinScripts.read("en", HS).scripts().get(0); //$NON-NLS-1$
		Instant start = FIRST.atStartOfDay(SHANGHAI).toInstant();
		long quarterSeconds = DAYS * 86_400L - 7_200;
		Random random = new Random(42);
		int contacts = Math.max(10, outcomes / 10);
		int supervision = outcomes / 4;
		int complaints = outcomes / 50;
		int unreached = outcomes / 5;
		long rows;
		try (Rows out = new Rows(dir)) {
			for (int i = 1; i <= contacts; i++) {
				out.add("contact", i, "客户" + i); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.add("campaign", 1, RV, "Return visits"); //$NON-NLS-1$ //$NON-NLS-2$
			out.add("campaign", 2, HS, "Hotline supervision"); //$NON-NLS-1$ //$NON-NLS-2$
			out.add("campaign", 3, CF, "Complaint follow-up"); //$NON-NLS-1$ //$NON-NLS-2$
			out.add("campaign", 4, PC, "Promised callbacks"); //$NON-NLS-1$ //$NON-NLS-2$
			int history = (int) ((long) complaints * HISTORY_DAYS / DAYS);
			Instant[] received = new Instant[complaints + history];
			int[] complainants = new int[complaints + history];
			Random past = new Random(43); // the history's own, so that the quarter's rows are those of before
			for (int i = 1; i <= supervision + complaints + history; i++) {
				boolean complaint = i > supervision;
				Random r = i <= supervision + complaints ? random : past;
				Instant at = r == random ? start.plusSeconds(random.nextLong(quarterSeconds))
						: start.minusSeconds(1 + past.nextLong(HISTORY_DAYS * 86_400L));
				int contact = 1 + r.nextInt(contacts);
				if (complaint) {
					received[i - supervision - 1] = at;
					complainants[i - supervision - 1] = contact;
				}
				out.add("service_event", i, complaint ? "COMPLAINT" : "HOTLINE_TICKET", at, contact, "工程师" + (i % 20), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						complaint ? "事由" + r.nextInt(complaints / 5 + 1) : null, //$NON-NLS-1$
						complaint ? CATEGORIES[i % CATEGORIES.length] : "NONE", //$NON-NLS-1$
						complaint ? (i % 10 == 0 ? "MAJOR" : "GENERAL") : "NONE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						complaint && i % 3 > 0 ? "true" : "false"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			int callbacks = 0;
			for (int i = 1; i <= outcomes + unreached; i++) {
				boolean reached = i <= outcomes;
				boolean supervised = reached && i <= supervision;
				Instant due = start.plusSeconds(random.nextLong(quarterSeconds));
				long contact = 1 + random.nextInt(contacts);
				out.add("call_task", i, contact, supervised ? 2 : 1, supervised ? HS : RV, due, due.plusSeconds(3_600), 50, //$NON-NLS-1$
						reached ? 1 + random.nextInt(3) : i % 3 == 0 ? 1 : 3,
						reached || i % 3 == 0 ? "COMPLETED" : "UNREACHABLE", //$NON-NLS-1$ //$NON-NLS-2$
						reached ? null : i % 3 == 0 ? "WRONG_NUMBER" : "NO_ANSWER", supervised ? Long.valueOf(i) : null, null, //$NON-NLS-1$ //$NON-NLS-2$
						null);
				if (!reached) {
					continue;
				}
				Script script = supervised ? hs : rv;
				boolean happy = random.nextInt(5) > 0;
				out.add("call_outcome", i, i, contact, AGENTS[i % AGENTS.length], due, //$NON-NLS-1$
						due.plusSeconds(60 + random.nextInt(400)), random.nextInt(10) == 0 ? "CALLBACK" : "COMPLETED", //$NON-NLS-1$ //$NON-NLS-2$
						script.getScriptId(), script.getScriptVersion());
				int[] numbers = supervised ? new int[] { 5, 7, 10 } : new int[] { 7, 12, 13 };
				String mood = happy ? "satisfied" : "dissatisfied"; //$NON-NLS-1$ //$NON-NLS-2$
				String[] labels = supervised ? new String[] { happy ? "yes" : "no", mood, mood } //$NON-NLS-1$ //$NON-NLS-2$
						: new String[] { mood, random.nextInt(10) == 0 ? "yes" : "no", mood }; //$NON-NLS-1$ //$NON-NLS-2$
				for (int s = 0; s < 3; s++) {
					out.add("call_outcome_step", i, s, numbers[s], labels[s], due); //$NON-NLS-1$
				}
				out.add("call_outcome_score", i, "satisfaction score", //$NON-NLS-1$ //$NON-NLS-2$
						happy ? 3 + random.nextInt(3) : 1 + random.nextInt(2));
				if (!happy && random.nextInt(2) == 0) {
					out.add("call_outcome_value", i, "the reason", "太慢了"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				if (i % 10 == 0) {
					int kind = random.nextInt(4);
					Instant promised = due.plusSeconds(86_400);
					out.add("callback", ++callbacks, contact, promised, AGENTS[i % AGENTS.length], "CALL", null, //$NON-NLS-1$ //$NON-NLS-2$
							kind < 3 ? "true" : "false", kind < 2 ? "DONE" : kind == 2 ? "UNREACHABLE" : null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							kind < 3 ? promised.plusSeconds(kind == 1 ? 600 : -600) : null);
				}
			}
			complaintCalls(out, BuiltinScripts.read("en", CF).scripts().get(0), supervision, received, complainants, //$NON-NLS-1$
					outcomes + unreached, callbacks, start);
			rows = out.count;
		}
		log.accept(String.format("  %,d rows written as CSV; importing", rows)); //$NON-NLS-1$
		store.read(c -> {
			for (String[] t : TABLES) {
				long t0 = System.nanoTime();
				try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', " //$NON-NLS-1$
						+ "'UTF-8', 0)")) { //$NON-NLS-1$
					call.setString(1, t[0].toUpperCase(Locale.ROOT));
					call.setString(2, t[1]);
					call.setString(3, dir.resolve(t[0] + ".csv").toString()); //$NON-NLS-1$
					call.execute();
				}
				log.accept(String.format("  %-20s imported in %,d ms", t[0], (System.nanoTime() - t0) / 1_000_000)); //$NON-NLS-1$
			}
			return null;
		});
		// the complaints' closing time and follow-ups (schema version 34) counted once for all, as the migration
		// does, whatever the import's triggers counted
		long t0 = System.nanoTime();
		long counted = store.inTransaction(c -> Long.valueOf(ComplaintFigures.fill(c))).longValue();
		log.accept(String.format("  %,d complaints' closing time and follow-ups counted in %,d ms", counted, //$NON-NLS-1$
				(System.nanoTime() - t0) / 1_000_000));
		return rows;
	}
}
