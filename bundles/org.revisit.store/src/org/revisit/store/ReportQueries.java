package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queries of the reports (issue 13): each an aggregate in the database, so that only the few grouped rows come
 * back; the report services in the core name the questions, merge and sort. Every method runs on the connection
 * of the caller's {@link Store#read}, so that one report reads once.
 */
public final class ReportQueries {

	/** How many promises, notes or worst answers a report lists. */
	public static final int LISTED = 200;

	/**
	 * What a report covers: the days {@code from} to {@code to} (included) in {@code zone} (null: Asia/Shanghai),
	 * and the filters that are set (null: all).
	 */
	public record Scope(LocalDate from, LocalDate to, Long campaignId, String callType, String agent, String engineer,
			String zone) {

		/** The zone of the days. */
		public ZoneId zoneId() {
			return ZoneId.of(zone == null ? "Asia/Shanghai" : zone); //$NON-NLS-1$
		}

		/** The first moment of the period. */
		public Instant start() {
			return from.atStartOfDay(zoneId()).toInstant();
		}

		/** The moment after the period. */
		public Instant end() {
			return to.plusDays(1).atStartOfDay(zoneId()).toInstant();
		}
	}

	/** How the calling figures are grouped. */
	public enum By {
		CAMPAIGN, CALL_TYPE, AGENT, DAY
	}

	/**
	 * The calling figures of a group ({@code key} "" for no value): planned, attempted, reached, completed,
	 * refused, unreachable, wrong numbers, attempts of the completed calls, talk seconds.
	 */
	public record Calling(String key, long[] figures) {
	}

	/** Promises of an owner and source in a state, counted. */
	public record PromiseCount(String owner, String source, String status, long count) {
	}

	/** One listed promise. */
	public record Promise(long id, long contactId, String owner, String source, Instant dueAt, String status,
			Instant closedAt) {
	}

	/** One call listed behind a figure; see the report service's {@code CallLine}. */
	public record CallRow(long taskId, Long outcomeId, long contactId, String contactName, Long campaignId,
			String callType, String agent, Instant dueFrom, Instant startedAt, String state, String disposition,
			int attempts, long talkSeconds) {
	}

	/** Which calls a drill into the calling figures lists. */
	public enum TaskFigure {
		PLANNED, ATTEMPTED, REACHED, COMPLETED, REFUSED, UNREACHABLE, WRONG_NUMBER
	}

	/** How many times an aspect was scored {@code score} on a day. */
	public record ScoreCount(LocalDate day, String aspect, int score, long count) {
	}

	/** Answers counted per group (engineer and kind, or agent, or ""), script version, step and answer. */
	public record AnswerCount(String group, String kind, String scriptId, int version, int step, String answer,
			long count) {
	}

	/** A bad answer whose calls the supervision report lists. */
	public record AnswerKey(String scriptId, int version, int step, String answer) {
	}

	/** A recorded value (a reason) of a call. */
	public record Recorded(long outcomeId, long contactId, String agent, Instant at, String field, String value,
			String notes) {
	}

	/** A bad answer given in a supervision call. */
	public record BadAnswer(long outcomeId, long contactId, String agent, Instant at, String engineer,
			String scriptId, int version, int step, String answer, String notes) {
	}

	/** Calls (and the sum of their scores) per engineer and kind of event, or per agent and script version. */
	public record GroupCount(String group, String kind, String scriptId, int version, long count, long sum) {
	}

	/** Two counts of the complaints of a category and severity. */
	public record ComplaintCount(String category, String severity, long count, long second) {
	}

	/** Five or more contacts complaining about the same subject. */
	public record Collective(String category, String subject, long contacts, long complaints, Instant first,
			Instant last) {
	}

	/**
	 * The complaints of the period in one pass: per category and severity how many and how many resolved, how many
	 * closed and the seconds to close them, their follow-ups and those done (as {@link #complaintCounts} with 0, 1
	 * and 2), and the collective subjects (as {@link #collective}).
	 */
	public record Complaints(List<ComplaintCount> counts, List<ComplaintCount> closed, List<ComplaintCount> followUps,
			List<Collective> collective) {
	}

	private ReportQueries() {
	}

	// --- calling ---------------------------------------------------------------------------------------------

	private static final String CALLING_FIGURES = "COUNT(*), " //$NON-NLS-1$
			+ "SUM(CASE WHEN t.attempts > 0 THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.id IS NOT NULL THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'COMPLETED' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'REFUSED' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN t.state = 'UNREACHABLE' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.id IS NULL AND t.state = 'COMPLETED' AND t.reason = 'WRONG_NUMBER' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'COMPLETED' THEN t.attempts ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(" + ReportSql.seconds("o.started_at", "o.ended_at") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The column of the group key of a dimension. */
	private static String key(Scope f, By by) {
		return switch (by) {
		case CAMPAIGN -> "t.campaign_id"; //$NON-NLS-1$
		case CALL_TYPE -> "t.call_type"; //$NON-NLS-1$
		case AGENT -> "o.agent"; //$NON-NLS-1$
		case DAY -> ReportSql.day(f, "t.due_from"); //$NON-NLS-1$
		};
	}

	/** The calls of the period: tasks (not cancelled) last due in it, with their outcome and service event. */
	private static ReportSql tasks(Scope f, String select, String more) {
		return tasksFrom(f, select, "call_task t LEFT JOIN call_outcome o ON o.task_id = t.id" + more); //$NON-NLS-1$
	}

	private static ReportSql tasksFrom(Scope f, String select, String from) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM " + from); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.engineer() != null) {
			sql.add(" LEFT JOIN service_event e ON e.id = t.source_event_id"); //$NON-NLS-1$
		}
		sql.add(" WHERE t.state <> 'CANCELLED' AND t.due_from >= ? AND t.due_from < ?", f.start(), f.end()); //$NON-NLS-1$
		return sql.narrow(f, "o.agent"); //$NON-NLS-1$
	}

	/**
	 * The calling figures of the calls (tasks not cancelled) last due in the period, per group of {@code by}, or
	 * one row of them all ({@code by} null, key ""); through the summaries when they serve the scope.
	 */
	public static List<Calling> calling(Tx tx, Scope f, By by) throws SQLException {
		return calling(tx, f, by, true);
	}

	/** As {@link #calling(Tx, Scope, By)}; {@code summaries} false reads every row (the reference). */
	public static List<Calling> calling(Tx tx, Scope f, By by, boolean summaries) throws SQLException {
		Connection c = tx.connection();
		if (!summaries || !ReportSummaries.serves(c, f)) {
			return calling(c, f, by, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ReportSummaries.consistent(c, mark -> {
			if (!ReportSummaries.serves(f, mark.zone())) {
				// the report zone was changed meanwhile
				return calling(c, f, by, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Map<String, long[]> sums = new LinkedHashMap<>();
			ReportSql sql = new ReportSql().add("SELECT " + (by == null ? "''" : summaryKey(by)) + ", "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String[] columns = ReportSummaries.CALLING_COLUMNS.split(", "); //$NON-NLS-1$
			for (int i = 0; i < columns.length; i++) {
				sql.add((i == 0 ? "" : ", ") + "SUM(s." + columns[i] + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			sql.add(" FROM report_calls s"); //$NON-NLS-1$
			summaryWhere(sql, f);
			if (by != null) {
				sql.add(" GROUP BY " + summaryKey(by)); //$NON-NLS-1$
			}
			addCalling(c, sql, sums, 1);
			// the tasks not folded
			for (Calling k : calling(c, f, by, "", " AND t.report_fold = 0")) { //$NON-NLS-1$ //$NON-NLS-2$
				add(sums, k.key(), k.figures(), 1);
			}
			// folded tasks with an outcome recorded after the mark: row by row instead of their fold's figures
			List<Long> late = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT t.id FROM call_outcome o " //$NON-NLS-1$
					+ "JOIN call_task t ON t.id = o.task_id WHERE o.id > " + mark.outcomeUpto() + " AND t.report_fold > 0")) { //$NON-NLS-1$ //$NON-NLS-2$
				while (rs.next()) {
					late.add(rs.getLong(1));
				}
			}
			for (int i = 0; i < late.size(); i += 500) {
				List<Long> part = late.subList(i, Math.min(late.size(), i + 500));
				String in = " AND t.id IN (" + part.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (Calling k : calling(c, f, by, "", in)) { //$NON-NLS-1$
					add(sums, k.key(), k.figures(), 1);
				}
				for (Calling k : calling(c, f, by, " AND o.id <= rf.outcome_upto", in)) { //$NON-NLS-1$
					add(sums, k.key(), k.figures(), -1);
				}
			}
			List<Calling> result = new ArrayList<>();
			sums.forEach((key, figures) -> {
				if (figures[0] != 0 || by == null) {
					result.add(new Calling(key, figures));
				}
			});
			if (result.isEmpty() && by == null) {
				result.add(new Calling("", new long[9])); //$NON-NLS-1$
			}
			return result;
		});
	}

	/** The column of the group key of a dimension in {@code report_calls}. */
	private static String summaryKey(By by) {
		return switch (by) {
		case CAMPAIGN -> "s.campaign_id"; //$NON-NLS-1$
		case CALL_TYPE -> "s.call_type"; //$NON-NLS-1$
		case AGENT -> "s.agent"; //$NON-NLS-1$
		case DAY -> "s.on_day"; //$NON-NLS-1$
		};
	}

	/** The period (days at the summaries' offset) and the filters, on a summary table {@code s}. */
	private static ReportSql summaryWhere(ReportSql sql, Scope f) {
		sql.add(" WHERE s.on_day >= ? AND s.on_day <= ?", f.from(), f.to()); //$NON-NLS-1$
		if (f.campaignId() != null) {
			sql.add(" AND s.campaign_id = ?", f.campaignId()); //$NON-NLS-1$
		}
		if (f.callType() != null) {
			sql.add(" AND s.call_type = ?", f.callType()); //$NON-NLS-1$
		}
		if (f.agent() != null) {
			sql.add(" AND s.agent = ?", f.agent()); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add(" AND s.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql;
	}

	private static void add(Map<String, long[]> sums, String key, long[] figures, int sign) {
		long[] into = sums.computeIfAbsent(key, k -> new long[figures.length]);
		for (int i = 0; i < figures.length; i++) {
			into[i] += sign * figures[i];
		}
	}

	private static void addCalling(Connection c, ReportSql sql, Map<String, long[]> sums, int sign)
			throws SQLException {
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				long[] figures = new long[9];
				for (int i = 0; i < figures.length; i++) {
					figures[i] = rs.getLong(i + 2);
				}
				add(sums, rs.getString(1) == null ? "" : rs.getString(1), figures, sign); //$NON-NLS-1$
			}
		}
	}

	/**
	 * The calling figures row by row: the tasks' outcomes meeting {@code outcomes} (a condition on {@code o} and
	 * the task's fold {@code rf}, or ""), the tasks meeting {@code more} besides the scope.
	 */
	private static List<Calling> calling(Connection c, Scope f, By by, String outcomes, String more)
			throws SQLException {
		String from = "call_task t" + (outcomes.contains("rf.") ? " JOIN report_folds rf ON rf.fold = t.report_fold" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " LEFT JOIN call_outcome o ON o.task_id = t.id" + outcomes; //$NON-NLS-1$
		ReportSql sql = (by == null ? tasksFrom(f, "'', " + CALLING_FIGURES, from) //$NON-NLS-1$
				: tasksFrom(f, key(f, by) + ", " + CALLING_FIGURES, from)).add(more); //$NON-NLS-1$
		if (by != null) {
			sql.add(" GROUP BY " + key(f, by)); //$NON-NLS-1$
		}
		List<Calling> result = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				long[] figures = new long[9];
				for (int i = 0; i < figures.length; i++) {
					figures[i] = rs.getLong(i + 2);
				}
				result.add(new Calling(rs.getString(1) == null ? "" : rs.getString(1), figures)); //$NON-NLS-1$
			}
		}
		return result;
	}

	/** The names of these contacts, read for just them. */
	public static Map<Long, String> contactNames(Tx tx, List<Long> ids) throws SQLException {
		Connection c = tx.connection();
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		ReportSql sql = new ReportSql().add("SELECT id, name FROM contact WHERE id IN (" + ReportSql.marks(ids.size()) //$NON-NLS-1$
				+ ")", ids.toArray()); //$NON-NLS-1$
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getLong(1), rs.getString(2));
			}
		}
		return names;
	}

	/** The names of the campaigns by id (as text). */
	public static Map<String, String> campaignNames(Tx tx) throws SQLException {
		Connection c = tx.connection();
		Map<String, String> names = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id, name FROM campaign"); //$NON-NLS-1$
				ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getString(1), rs.getString(2));
			}
		}
		return names;
	}

	// --- promised callbacks ----------------------------------------------------------------------------------

	/**
	 * Where a promise stands at {@code now}: a literal moment (made here from an instant, never from input), as
	 * Derby takes no parameter in a GROUP BY. A promise marked done without a closing time counts as on time.
	 */
	private static String status(Instant now) {
		return "CASE WHEN cb.closed_as = 'SUPERSEDED' THEN 'SUPERSEDED' " //$NON-NLS-1$
				+ "WHEN cb.closed_as = 'UNREACHABLE' THEN 'UNREACHABLE' " //$NON-NLS-1$
				+ "WHEN cb.done AND cb.closed_at > cb.due_at THEN 'LATE' " //$NON-NLS-1$
				+ "WHEN cb.done THEN 'ON_TIME' WHEN cb.due_at < " + ReportSql.literal(now) + " THEN 'OVERDUE' ELSE 'OPEN' END"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The promises due in the period, with the scope's filters; {@code values} are those of {@code select}'s marks. */
	private static ReportSql promises(Scope f, String select, Object... values) {
		return promisesFrom(f, select, "callback cb", values); //$NON-NLS-1$
	}

	/** As {@link #promises(Scope, String, Object...)}, from {@code from} (the table {@code callback cb}). */
	private static ReportSql promisesFrom(Scope f, String select, String from, Object... values) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM " + from, values); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.engineer() != null) {
			sql.add(" JOIN service_event e ON e.id = cb.service_event_id"); //$NON-NLS-1$
		}
		sql.add(" WHERE cb.due_at >= ? AND cb.due_at < ?", f.start(), f.end()); //$NON-NLS-1$
		if (f.agent() != null) {
			sql.add(" AND cb.owner = ?", f.agent()); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql;
	}

	/**
	 * The promises due in the period counted per owner, source and state at {@code now} (ON_TIME, LATE,
	 * UNREACHABLE, OVERDUE, OPEN, SUPERSEDED).
	 */
	public static List<PromiseCount> promiseCounts(Tx tx, Scope f, Instant now) throws SQLException {
		return promiseCounts(tx, f, now, true);
	}

	/**
	 * As {@link #promiseCounts(Tx, Scope, Instant)}; {@code fast} false groups every promise of the period by the
	 * state written as one expression (the reference).
	 * <p>
	 * The fast way reads the promises closed and folded from the summary {@code report_promises} (schema version
	 * 30: per day, owner, source, engineer and how closed, with how many were closed late) when the summaries serve
	 * the scope, and the others (still owed, or closed since the last fold: {@code report_fold} 0) row by row, two
	 * ranges of the covering index {@code callback_report_tail}; in a zone the summaries do not serve, every
	 * promise of the period row by row (the covering index {@code callback_period} of version 27). The rows are
	 * grouped by the stored columns (owner, source, how closed, done) with, in the same pass, how many were closed
	 * after their due time and how many are due before {@code now}; the states follow from these here, as the
	 * expression says them.
	 */
	public static List<PromiseCount> promiseCounts(Tx tx, Scope f, Instant now, boolean fast) throws SQLException {
		Connection c = tx.connection();
		List<PromiseCount> result = new ArrayList<>();
		if (!fast) {
			String status = status(now);
			ReportSql sql = promises(f, "cb.owner, cb.source, " + status + ", COUNT(*)") //$NON-NLS-1$ //$NON-NLS-2$
					.add(" GROUP BY cb.owner, cb.source, " + status); //$NON-NLS-1$
			try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(new PromiseCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
				}
			}
			return result;
		}
		Map<List<String>, long[]> counts = new LinkedHashMap<>();
		if (!ReportSummaries.serves(c, f)) {
			countPromises(c, promises(f, PROMISE_COUNTS, now).add(PROMISE_GROUPS), counts);
		} else {
			ReportSummaries.consistent(c, mark -> {
				if (!ReportSummaries.serves(f, mark.zone())) {
					// the report zone was changed meanwhile
					countPromises(c, promises(f, PROMISE_COUNTS, now).add(PROMISE_GROUPS), counts);
					return null;
				}
				ReportSql summary = new ReportSql().add("SELECT s.owner, s.source, s.closed_as, TRUE, SUM(s.promises), " //$NON-NLS-1$
						+ "SUM(s.late), 0 FROM report_promises s WHERE s.on_day >= ? AND s.on_day <= ?", f.from(), f.to()); //$NON-NLS-1$
				if (f.agent() != null) {
					summary.add(" AND s.owner = ?", f.agent()); //$NON-NLS-1$
				}
				if (f.engineer() != null) {
					summary.add(" AND s.engineer = ?", f.engineer()); //$NON-NLS-1$
				}
				countPromises(c, summary.add(" GROUP BY s.owner, s.source, s.closed_as"), counts); //$NON-NLS-1$
				// the promises not folded, owed and done: two ranges of an index (chosen, as the optimizer might
				// take the period's range of callback_period instead, every promise of the period)
				for (String done : new String[] { "FALSE", "TRUE" }) { //$NON-NLS-1$ //$NON-NLS-2$
					ReportSql tail = promisesFrom(f, PROMISE_COUNTS,
							"callback cb --DERBY-PROPERTIES index=callback_report_tail\n", now) //$NON-NLS-1$
							.add(" AND cb.report_fold = 0 AND cb.done = " + done).add(PROMISE_GROUPS); //$NON-NLS-1$
					countPromises(c, tail, counts);
				}
				return null;
			});
		}
		counts.forEach((k, n) -> {
			if (n[0] != 0) {
				result.add(new PromiseCount(k.get(0), k.get(1), k.get(2), n[0]));
			}
		});
		return result;
	}

	/**
	 * The columns of the grouped promise counts: owner, source, how closed, done, how many, how many closed after
	 * their due time, how many due before the moment (its one parameter).
	 */
	private static final String PROMISE_COUNTS = "cb.owner, cb.source, cb.closed_as, cb.done, COUNT(*), " //$NON-NLS-1$
			+ "SUM(CASE WHEN cb.closed_at > cb.due_at THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN cb.due_at < ? THEN 1 ELSE 0 END)"; //$NON-NLS-1$

	/** The groups of {@link #PROMISE_COUNTS}. */
	private static final String PROMISE_GROUPS = " GROUP BY cb.owner, cb.source, cb.closed_as, cb.done"; //$NON-NLS-1$

	/**
	 * Adds the grouped counts {@code sql} reads (the columns of {@link #PROMISE_COUNTS}) to the counts per owner,
	 * source and state.
	 */
	private static void countPromises(Connection c, ReportSql sql, Map<List<String>, long[]> counts)
			throws SQLException {
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				String owner = rs.getString(1);
				String source = rs.getString(2);
				String closedAs = rs.getString(3);
				boolean done = rs.getBoolean(4);
				long n = rs.getLong(5);
				long late = rs.getLong(6);
				long overdue = rs.getLong(7);
				// the states in the order of status(now): superseded, unreachable, late, on time, overdue, open
				if ("SUPERSEDED".equals(closedAs) || "UNREACHABLE".equals(closedAs)) { //$NON-NLS-1$ //$NON-NLS-2$
					count(counts, owner, source, closedAs, n);
				} else if (done) {
					count(counts, owner, source, "LATE", late); //$NON-NLS-1$
					count(counts, owner, source, "ON_TIME", n - late); //$NON-NLS-1$
				} else {
					count(counts, owner, source, "OVERDUE", overdue); //$NON-NLS-1$
					count(counts, owner, source, "OPEN", n - overdue); //$NON-NLS-1$
				}
			}
		}
	}

	private static void count(Map<List<String>, long[]> counts, String owner, String source, String status, long n) {
		if (n != 0) {
			counts.computeIfAbsent(Arrays.asList(owner, source, status), k -> new long[1])[0] += n;
		}
	}

	/**
	 * The first {@link #LISTED} promises due in the period: overdue first, then those still open, then the closed,
	 * each by due time and id. Three reads in that order, each a range of the index {@code callback_due_id}
	 * ({@code done, due_at, id}, schema version 27) in the list's order, so that the period's promises are not
	 * sorted for the 200 listed; the second and third only when the first gave fewer than 200.
	 */
	public static List<Promise> promises(Tx tx, Scope f, Instant now) throws SQLException {
		return promises(tx, f, now, true);
	}

	/**
	 * As {@link #promises(Tx, Scope, Instant)}; {@code keyset} false sorts the period's promises in one query (the
	 * reference).
	 */
	public static List<Promise> promises(Tx tx, Scope f, Instant now, boolean keyset) throws SQLException {
		Connection c = tx.connection();
		String columns = "cb.id, cb.contact_id, cb.owner, cb.source, cb.due_at, " + status(now) + ", cb.closed_at"; //$NON-NLS-1$ //$NON-NLS-2$
		List<Promise> result = new ArrayList<>();
		if (!keyset) {
			ReportSql sql = promises(f, columns + ", CASE WHEN cb.done THEN 2 WHEN cb.due_at < " //$NON-NLS-1$
					+ ReportSql.literal(now) + " THEN 0 ELSE 1 END"); //$NON-NLS-1$
			sql.add(" ORDER BY 8, cb.due_at, cb.id FETCH FIRST " + LISTED + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
			readPromises(c, sql, result);
			return result;
		}
		Instant start = f.start();
		Instant end = f.end();
		// overdue: not done, due before now
		Instant overdueEnd = now.isBefore(end) ? now : end;
		if (start.isBefore(overdueEnd)) {
			readPromises(c, promiseRange(f, columns, false, start, overdueEnd, LISTED), result);
		}
		// still open: not done, due from now on
		Instant openStart = now.isAfter(start) ? now : start;
		if (result.size() < LISTED && openStart.isBefore(end)) {
			readPromises(c, promiseRange(f, columns, false, openStart, end, LISTED - result.size()), result);
		}
		// closed
		if (result.size() < LISTED) {
			readPromises(c, promiseRange(f, columns, true, start, end, LISTED - result.size()), result);
		}
		return result;
	}

	/** The promises done or not due from {@code from} to before {@code to} with the scope's filters, in list order. */
	private static ReportSql promiseRange(Scope f, String columns, boolean done, Instant from, Instant to, int n) {
		ReportSql sql = new ReportSql().add("SELECT " + columns + " FROM callback cb"); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.engineer() != null) {
			sql.add(" JOIN service_event e ON e.id = cb.service_event_id"); //$NON-NLS-1$
		}
		sql.add(" WHERE cb.done = " + (done ? "TRUE" : "FALSE") + " AND cb.due_at >= ? AND cb.due_at < ?", from, to); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (f.agent() != null) {
			sql.add(" AND cb.owner = ?", f.agent()); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql.add(" ORDER BY cb.due_at, cb.id FETCH FIRST " + n + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void readPromises(Connection c, ReportSql sql, List<Promise> into) throws SQLException {
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(new Promise(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						ReportSql.instant(rs, 5), rs.getString(6), ReportSql.instant(rs, 7)));
			}
		}
	}

	// --- drill-down ------------------------------------------------------------------------------------------

	private static final String CALL_LINE = "t.id, o.id, k.id, k.name, t.campaign_id, t.call_type, o.agent, " //$NON-NLS-1$
			+ "t.due_from, o.started_at, t.state, o.disposition, t.attempts, " //$NON-NLS-1$
			+ ReportSql.seconds("o.started_at", "o.ended_at"); //$NON-NLS-1$ //$NON-NLS-2$

	private static String condition(TaskFigure figure) {
		return switch (figure) {
		case PLANNED -> "1 = 1"; //$NON-NLS-1$
		case ATTEMPTED -> "t.attempts > 0"; //$NON-NLS-1$
		case REACHED -> "o.id IS NOT NULL"; //$NON-NLS-1$
		case COMPLETED -> "o.disposition = 'COMPLETED'"; //$NON-NLS-1$
		case REFUSED -> "o.disposition = 'REFUSED'"; //$NON-NLS-1$
		case UNREACHABLE -> "t.state = 'UNREACHABLE'"; //$NON-NLS-1$
		case WRONG_NUMBER -> "o.id IS NULL AND t.state = 'COMPLETED' AND t.reason = 'WRONG_NUMBER'"; //$NON-NLS-1$
		};
	}

	/**
	 * The calls behind a calling figure, in the group {@code key} of {@code by} (by null: all groups; key null:
	 * the group without a value), in order of due time.
	 */
	public static List<CallRow> tasksOf(Tx tx, Scope f, TaskFigure figure, By by, Object key, long offset,
			int limit) throws SQLException {
		Connection c = tx.connection();
		ReportSql sql = tasks(f, CALL_LINE, " JOIN contact k ON k.id = t.contact_id"); //$NON-NLS-1$
		sql.add(" AND " + condition(figure)); //$NON-NLS-1$
		if (by != null) {
			String column = key(f, by);
			if (key == null) {
				sql.add(" AND " + column + " IS NULL"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				sql.add(" AND " + column + " = ?", key); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return calls(c, sql.add(" ORDER BY t.due_from, t.id"), offset, limit); //$NON-NLS-1$
	}

	/** The calls made in the period in which {@code aspect} was scored {@code score}, in order of start. */
	public static List<CallRow> scored(Tx tx, Scope f, String aspect, int score, long offset, int limit)
			throws SQLException {
		Connection c = tx.connection();
		ReportSql sql = ReportSql.outcomes(f, CALL_LINE.replace("k.id", "o.contact_id"), false, false); //$NON-NLS-1$ //$NON-NLS-2$
		if (!sql.toString().contains(" call_task t ")) { //$NON-NLS-1$
			sql.add(" LEFT JOIN call_task t ON t.id = o.task_id"); //$NON-NLS-1$
		}
		sql.add(" JOIN contact k ON k.id = o.contact_id JOIN call_outcome_score s ON s.outcome_id = o.id " //$NON-NLS-1$
				+ "AND s.aspect = ? AND s.score = ?", aspect, score); //$NON-NLS-1$
		sql.whereOutcomes(f).add(" ORDER BY o.started_at, o.id"); //$NON-NLS-1$
		return calls(c, sql, offset, limit);
	}

	/**
	 * The calls made in the period by agent {@code key}, or ({@code supervisionTypes} not null) the supervision
	 * calls of these call types about engineer {@code key} and events of kind {@code kind} (null: all kinds).
	 */
	public static List<CallRow> madeBy(Tx tx, Scope f, String key, List<String> supervisionTypes,
			String kind, long offset, int limit) throws SQLException {
		Connection c = tx.connection();
		boolean supervised = supervisionTypes != null;
		ReportSql sql = ReportSql.outcomes(f, CALL_LINE.replace("k.id", "o.contact_id"), supervised, supervised); //$NON-NLS-1$ //$NON-NLS-2$
		if (!sql.toString().contains(" call_task t ")) { //$NON-NLS-1$
			sql.add(" LEFT JOIN call_task t ON t.id = o.task_id"); //$NON-NLS-1$
		}
		sql.add(" JOIN contact k ON k.id = o.contact_id").whereOutcomes(f); //$NON-NLS-1$
		if (supervised) {
			sql.add(" AND e.engineer = ?", key); //$NON-NLS-1$
			sql.add(supervisionTypes.isEmpty() ? " AND 1 = 0" : " AND t.call_type IN (" //$NON-NLS-1$ //$NON-NLS-2$
					+ ReportSql.marks(supervisionTypes.size()) + ")", supervisionTypes.toArray()); //$NON-NLS-1$
			if (kind != null) {
				sql.add(" AND e.kind = ?", kind); //$NON-NLS-1$
			}
		} else {
			sql.add(" AND o.agent = ?", key); //$NON-NLS-1$
		}
		return calls(c, sql.add(" ORDER BY o.started_at, o.id"), offset, limit); //$NON-NLS-1$
	}

	/**
	 * The calls (made or still to make) of the promised callbacks due in the period owned by {@code key}
	 * ({@code bySource} false) or from source {@code key}.
	 */
	public static List<CallRow> ofPromises(Tx tx, Scope f, String key, boolean bySource, long offset,
			int limit) throws SQLException {
		Connection c = tx.connection();
		ReportSql sql = new ReportSql().add("SELECT " + CALL_LINE + " FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ON o.task_id = t.id JOIN contact k ON k.id = t.contact_id"); //$NON-NLS-1$
		sql.add(" JOIN callback cb ON cb.id = t.callback_id WHERE cb.due_at >= ? AND cb.due_at < ?", f.start(), //$NON-NLS-1$
				f.end());
		sql.add(bySource ? " AND cb.source = ?" : " AND cb.owner = ?", key); //$NON-NLS-1$ //$NON-NLS-2$
		return calls(c, sql.add(" ORDER BY t.due_from, t.id"), offset, limit); //$NON-NLS-1$
	}

	/**
	 * The calls following up the complaints of category {@code category} and severity {@code severity} (null:
	 * all) received in the period.
	 */
	public static List<CallRow> ofComplaints(Tx tx, Scope f, String category, String severity, long offset,
			int limit) throws SQLException {
		Connection c = tx.connection();
		ReportSql sql = new ReportSql().add("SELECT " + CALL_LINE + " FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ON o.task_id = t.id JOIN contact k ON k.id = t.contact_id"); //$NON-NLS-1$
		sql.add(" JOIN service_event e ON e.kind = 'COMPLAINT' AND (t.source_event_id = e.id " //$NON-NLS-1$
				+ "OR t.callback_id IN (SELECT cb.id FROM callback cb WHERE cb.service_event_id = e.id)) " //$NON-NLS-1$
				+ "WHERE e.occurred_at >= ? AND e.occurred_at < ? AND e.complaint_category = ?", //$NON-NLS-1$
				f.start(), f.end(), category);
		if (severity != null) {
			sql.add(" AND e.severity = ?", severity); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return calls(c, sql.add(" ORDER BY t.due_from, t.id"), offset, limit); //$NON-NLS-1$
	}

	private static List<CallRow> calls(Connection c, ReportSql sql, long offset, int limit) throws SQLException {
		sql.add(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", offset, limit); //$NON-NLS-1$
		List<CallRow> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				long outcome = rs.getLong(2);
				boolean reached = !rs.wasNull();
				long campaign = rs.getLong(5);
				boolean noCampaign = rs.wasNull();
				lines.add(new CallRow(rs.getLong(1), reached ? outcome : null, rs.getLong(3), rs.getString(4),
						noCampaign ? null : campaign, rs.getString(6), rs.getString(7), ReportSql.instant(rs, 8),
						ReportSql.instant(rs, 9), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getLong(13)));
			}
		}
		return lines;
	}

	// --- answers and scores ----------------------------------------------------------------------------------

	/**
	 * The scores given in the calls of the period, counted per day (of the call's start, in the scope's zone),
	 * aspect and score: one pass gives both the distribution and the trend by week. Through the summaries when
	 * they serve the scope.
	 */
	public static List<ScoreCount> scores(Tx tx, Scope f) throws SQLException {
		return scores(tx, f, true);
	}

	/** As {@link #scores(Tx, Scope)}; {@code summaries} false reads every row (the reference). */
	public static List<ScoreCount> scores(Tx tx, Scope f, boolean summaries) throws SQLException {
		Connection c = tx.connection();
		Map<List<String>, long[]> sums = summed(c, f, summaries, mark -> {
			String day = ReportSql.day(f, "o.started_at"); //$NON-NLS-1$
			return ReportSql.outcomes(f, day + ", s.aspect, s.score, COUNT(*)", false, false) //$NON-NLS-1$
					.add(" JOIN call_outcome_score s ON s.outcome_id = o.id").whereOutcomes(f).add(after(mark)) //$NON-NLS-1$
					.add(" GROUP BY " + day + ", s.aspect, s.score"); //$NON-NLS-1$ //$NON-NLS-2$
		}, () -> summaryWhere(new ReportSql().add("SELECT s.on_day, s.aspect, s.score, SUM(s.scored) " //$NON-NLS-1$
				+ "FROM report_scores s"), f).add(" GROUP BY s.on_day, s.aspect, s.score"), 3, 1); //$NON-NLS-1$
		List<ScoreCount> result = new ArrayList<>();
		sums.forEach((k, n) -> result.add(new ScoreCount(LocalDate.parse(k.get(0)), k.get(1), Integer.parseInt(k.get(2)),
				n[0])));
		return result;
	}

	/** A row-level query, of every row ({@code mark} null) or of those after the summaries' mark. */
	private interface RowQuery {
		ReportSql make(ReportSummaries.Mark mark);
	}

	/** A query of a summary table. */
	private interface SummaryQuery {
		ReportSql make();
	}

	/** The condition on the outcomes {@code o} after the summaries' mark, or "" for every row. */
	private static String after(ReportSummaries.Mark mark) {
		return mark == null ? "" : " AND o.id > " + mark.outcomeUpto(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Runs a grouped query whose first {@code keys} columns are the group and the {@code values} next ones are
	 * sums: on every row, or (the summaries serving the scope) on the summary table and on the outcomes after the
	 * mark, the two added up group by group. Groups whose first sum is 0 are left out.
	 */
	private static Map<List<String>, long[]> summed(Connection c, Scope f, boolean summaries, RowQuery rows,
			SummaryQuery summary, int keys, int values) throws SQLException {
		Map<List<String>, long[]> sums = new LinkedHashMap<>();
		if (!summaries || !ReportSummaries.serves(c, f)) {
			accumulate(c, rows.make(null), keys, values, sums);
		} else {
			ReportSummaries.consistent(c, mark -> {
				if (!ReportSummaries.serves(f, mark.zone())) {
					// the report zone was changed meanwhile
					accumulate(c, rows.make(null), keys, values, sums);
					return null;
				}
				accumulate(c, summary.make(), keys, values, sums);
				accumulate(c, rows.make(mark), keys, values, sums);
				return null;
			});
		}
		sums.values().removeIf(n -> n[0] == 0);
		return sums;
	}

	private static void accumulate(Connection c, ReportSql sql, int keys, int values, Map<List<String>, long[]> sums)
			throws SQLException {
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				String[] key = new String[keys];
				for (int i = 0; i < keys; i++) {
					key[i] = rs.getString(i + 1);
				}
				long[] into = sums.computeIfAbsent(Arrays.asList(key), k -> new long[values]);
				for (int i = 0; i < values; i++) {
					into[i] += rs.getLong(keys + i + 1);
				}
			}
		}
	}

	private static int number(String text) {
		return text == null ? 0 : Integer.parseInt(text);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Only the supervision calls: of a supervision call type, about an engineer. */
	private static void supervision(ReportSql sql, List<String> types) {
		sql.add(" AND e.engineer IS NOT NULL"); //$NON-NLS-1$
		if (types.isEmpty()) {
			sql.add(" AND 1 = 0"); //$NON-NLS-1$
			return;
		}
		sql.add(" AND t.call_type IN (" + ReportSql.marks(types.size()) + ")", types.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Only the supervision calls, on a summary table {@code s}. */
	private static void supervisionSummary(ReportSql sql, List<String> types) {
		sql.add(" AND s.engineer IS NOT NULL"); //$NON-NLS-1$
		if (types.isEmpty()) {
			sql.add(" AND 1 = 0"); //$NON-NLS-1$
			return;
		}
		sql.add(" AND s.call_type IN (" + ReportSql.marks(types.size()) + ")", types.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The answers given in the calls of the period per script version, step and answer: of all calls (group ""),
	 * per agent ({@code byAgent}), or of the supervision calls of {@code supervisionTypes} per engineer and kind
	 * of event ({@code supervisionTypes} not null).
	 */
	public static List<AnswerCount> answers(Tx tx, Scope f, List<String> supervisionTypes, boolean byAgent)
			throws SQLException {
		return answers(tx, f, supervisionTypes, byAgent, true);
	}

	/** As {@link #answers(Tx, Scope, List, boolean)}; {@code summaries} false reads every row (the reference). */
	public static List<AnswerCount> answers(Tx tx, Scope f, List<String> supervisionTypes, boolean byAgent,
			boolean summaries) throws SQLException {
		Connection c = tx.connection();
		boolean byEngineer = supervisionTypes != null;
		Map<List<String>, long[]> sums = summed(c, f, summaries, mark -> {
			String group = byEngineer ? "e.engineer, e.kind, " : byAgent ? "o.agent, '', " : "'', '', "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String columns = "o.script_id, o.script_version, st.step_number, st.answer_label"; //$NON-NLS-1$
			ReportSql sql = ReportSql.outcomes(f, group + columns + ", COUNT(*)", byEngineer, byEngineer) //$NON-NLS-1$
					.add(" JOIN call_outcome_step st ON st.outcome_id = o.id").whereOutcomes(f).add(after(mark)); //$NON-NLS-1$
			if (byEngineer) {
				supervision(sql, supervisionTypes);
			}
			return sql.add(" GROUP BY " + (byEngineer ? "e.engineer, e.kind, " : byAgent ? "o.agent, " : "") + columns); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}, () -> {
			String group = byEngineer ? "s.engineer, s.kind, " : byAgent ? "s.agent, '', " : "'', '', "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String columns = "s.script_id, s.script_version, s.step_number, s.answer_label"; //$NON-NLS-1$
			ReportSql sql = summaryWhere(new ReportSql().add("SELECT " + group + columns + ", SUM(s.answered) " //$NON-NLS-1$ //$NON-NLS-2$
					+ "FROM report_answers s"), f); //$NON-NLS-1$
			if (byEngineer) {
				supervisionSummary(sql, supervisionTypes);
			}
			return sql.add(" GROUP BY " + (byEngineer ? "s.engineer, s.kind, " : byAgent ? "s.agent, " : "") + columns); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}, 6, 1);
		List<AnswerCount> result = new ArrayList<>();
		sums.forEach((k, n) -> result.add(new AnswerCount(orEmpty(k.get(0)), k.get(1), k.get(2), number(k.get(3)),
				number(k.get(4)), k.get(5), n[0])));
		return result;
	}

	/** The reasons recorded in the calls of the period (fields named as a reason), newest first. */
	public static List<Recorded> reasons(Tx tx, Scope f) throws SQLException {
		return reasons(tx, f, true);
	}

	/** As {@link #reasons(Tx, Scope)}; {@code windows} false sorts the period's reasons in one query (the reference). */
	public static List<Recorded> reasons(Tx tx, Scope f, boolean windows) throws SQLException {
		Connection c = tx.connection();
		return windows ? latestReasons(c, f) : reasons(c, f, LISTED);
	}

	/**
	 * The latest {@link #LISTED} reasons read as the bad supervision answers are: the period's calls latest first
	 * along {@code call_outcome_latest}, each joined by key with its values (and its task and event when the
	 * filters need them), the plan fixed by optimizer overrides, until the 200th reason; the rows of the last call
	 * read whole, then put in the order of the sorted query (a call's values by field).
	 */
	private static List<Recorded> latestReasons(Connection c, Scope f) throws SQLException {
		boolean task = f.campaignId() != null || f.callType() != null || f.engineer() != null;
		ReportSql sql = new ReportSql().add("SELECT o.id, o.contact_id, o.agent, o.started_at, v.field, v.field_value, " //$NON-NLS-1$
				+ "o.notes FROM --DERBY-PROPERTIES joinOrder=FIXED\n" //$NON-NLS-1$
				+ "call_outcome o --DERBY-PROPERTIES index=call_outcome_latest\n"); //$NON-NLS-1$
		if (task) {
			sql.add("LEFT JOIN call_task t --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nON t.id = o.task_id "); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add("LEFT JOIN service_event e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nON e.id = t.source_event_id "); //$NON-NLS-1$
		}
		sql.add("JOIN call_outcome_value v --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\nON v.outcome_id = o.id") //$NON-NLS-1$
				.whereOutcomes(f)
				.add(" AND (LOWER(v.field) LIKE '%reason%' OR v.field LIKE '%原因%') ORDER BY o.started_at DESC, o.id DESC"); //$NON-NLS-1$
		List<Recorded> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				Recorded r = new Recorded(rs.getLong(1), rs.getLong(2), rs.getString(3), ReportSql.instant(rs, 4),
						rs.getString(5), rs.getString(6), rs.getString(7));
				if (lines.size() >= LISTED && r.outcomeId() != lines.get(lines.size() - 1).outcomeId()) {
					break;
				}
				lines.add(r);
			}
		}
		lines.sort(Comparator.comparing(Recorded::at, Comparator.reverseOrder())
				.thenComparing(Recorded::outcomeId, Comparator.reverseOrder()).thenComparing(Recorded::field));
		return lines.size() > LISTED ? new ArrayList<>(lines.subList(0, LISTED)) : lines;
	}

	private static List<Recorded> reasons(Connection c, Scope f, int n) throws SQLException {
		ReportSql sql = ReportSql.outcomes(f, "o.id, o.contact_id, o.agent, o.started_at, v.field, " //$NON-NLS-1$
				+ "v.field_value, o.notes", false, false) //$NON-NLS-1$
				.add(" JOIN call_outcome_value v ON v.outcome_id = o.id") //$NON-NLS-1$
				.whereOutcomes(f)
				.add(" AND (LOWER(v.field) LIKE '%reason%' OR v.field LIKE '%原因%')" //$NON-NLS-1$
						+ " ORDER BY o.started_at DESC, o.id DESC FETCH FIRST " + n + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
		List<Recorded> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				lines.add(new Recorded(rs.getLong(1), rs.getLong(2), rs.getString(3), ReportSql.instant(rs, 4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
			}
		}
		return lines;
	}

	/** The supervision calls of the period per engineer and kind of event (sum 0). */
	public static List<GroupCount> supervisionCalls(Tx tx, Scope f, List<String> types) throws SQLException {
		return supervisionCalls(tx, f, types, true);
	}

	/** As {@link #supervisionCalls(Tx, Scope, List)}; {@code summaries} false reads every row (the reference). */
	public static List<GroupCount> supervisionCalls(Tx tx, Scope f, List<String> types, boolean summaries)
			throws SQLException {
		Map<List<String>, long[]> sums = summed(tx.connection(), f, summaries, mark -> {
			ReportSql sql = ReportSql.outcomes(f, "e.engineer, e.kind, COUNT(*), 0", true, true).whereOutcomes(f) //$NON-NLS-1$
					.add(after(mark));
			supervision(sql, types);
			return sql.add(" GROUP BY e.engineer, e.kind"); //$NON-NLS-1$
		}, () -> {
			ReportSql sql = summaryWhere(new ReportSql().add("SELECT s.engineer, s.kind, SUM(s.calls), 0 " //$NON-NLS-1$
					+ "FROM report_outcomes s"), f); //$NON-NLS-1$
			supervisionSummary(sql, types);
			return sql.add(" GROUP BY s.engineer, s.kind"); //$NON-NLS-1$
		}, 2, 2);
		return groups(sums);
	}

	/** The scores given in the supervision calls of the period per engineer and kind of event: count and sum. */
	public static List<GroupCount> supervisionScores(Tx tx, Scope f, List<String> types) throws SQLException {
		return supervisionScores(tx, f, types, true);
	}

	/** As {@link #supervisionScores(Tx, Scope, List)}; {@code summaries} false reads every row (the reference). */
	public static List<GroupCount> supervisionScores(Tx tx, Scope f, List<String> types, boolean summaries)
			throws SQLException {
		Map<List<String>, long[]> sums = summed(tx.connection(), f, summaries, mark -> {
			ReportSql sql = ReportSql.outcomes(f, "e.engineer, e.kind, COUNT(*), SUM(CAST(s.score AS BIGINT))", true, //$NON-NLS-1$
					true).add(" JOIN call_outcome_score s ON s.outcome_id = o.id").whereOutcomes(f).add(after(mark)); //$NON-NLS-1$
			supervision(sql, types);
			return sql.add(" GROUP BY e.engineer, e.kind"); //$NON-NLS-1$
		}, () -> {
			ReportSql sql = summaryWhere(new ReportSql().add("SELECT s.engineer, s.kind, SUM(s.scored), " //$NON-NLS-1$
					+ "SUM(s.scored * s.score) FROM report_scores s"), f); //$NON-NLS-1$
			supervisionSummary(sql, types);
			return sql.add(" GROUP BY s.engineer, s.kind"); //$NON-NLS-1$
		}, 2, 2);
		return groups(sums);
	}

	private static List<GroupCount> groups(Map<List<String>, long[]> sums) {
		List<GroupCount> result = new ArrayList<>();
		sums.forEach((k, n) -> result.add(new GroupCount(k.get(0), k.get(1), null, 0, n[0], n[1])));
		return result;
	}

	/** The latest (at most {@link #LISTED}) of these bad answers given in the supervision calls of the period. */
	public static List<BadAnswer> worst(Tx tx, Scope f, List<String> types, List<AnswerKey> bad)
			throws SQLException {
		return worst(tx, f, types, bad, true);
	}

	/**
	 * As {@link #worst(Tx, Scope, List, List)}; {@code latestFirst} false sorts the period's bad answers in one
	 * query (the reference).
	 * <p>
	 * The fast way reads the period's calls latest first along the index {@code call_outcome_latest}
	 * ({@code started_at DESC, id DESC, script_id, script_version}, schema version 27), each joined with its
	 * task, service event and steps by key (the plan fixed by optimizer overrides, so that Derby neither sorts nor
	 * hashes), and stops once it has the rows of {@link #LISTED} answers: a few hundred calls read instead of
	 * sorting a day or more of them. The index gives no order to the steps of a call, so the rows of the last
	 * call are read whole and each call's steps put in order here; the rows are those of the sorted query.
	 */
	public static List<BadAnswer> worst(Tx tx, Scope f, List<String> types, List<AnswerKey> bad, boolean latestFirst)
			throws SQLException {
		Connection c = tx.connection();
		List<AnswerKey> keys = bad.stream().distinct().limit(200).toList();
		if (keys.isEmpty() || types.isEmpty()) {
			return List.of();
		}
		if (!latestFirst) {
			return worst(c, f, types, keys, LISTED);
		}
		// the scripts of the bad answers, a condition the index itself checks before a call's row is read
		// (an answer without a script matches no call: a script id compared with = is never null)
		List<AnswerKey> scripted = keys.stream().filter(a -> a.scriptId() != null).toList();
		List<String> scripts = scripted.stream().map(AnswerKey::scriptId).distinct().toList();
		if (scripts.isEmpty()) {
			return List.of();
		}
		ReportSql sql = new ReportSql().add("SELECT " + WORST_COLUMNS + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "call_outcome o --DERBY-PROPERTIES index=call_outcome_latest\n" //$NON-NLS-1$
				+ "JOIN call_task t --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n" //$NON-NLS-1$
				+ "ON t.id = o.task_id JOIN service_event e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n" //$NON-NLS-1$
				+ "ON e.id = t.source_event_id JOIN call_outcome_step st --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n" //$NON-NLS-1$
				+ "ON st.outcome_id = o.id"); //$NON-NLS-1$
		sql.whereOutcomes(f);
		sql.add(" AND o.script_id IN (" + ReportSql.marks(scripts.size()) + ")", scripts.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
		supervision(sql, types);
		badAnswers(sql, scripted);
		sql.add(" ORDER BY o.started_at DESC, o.id DESC"); //$NON-NLS-1$
		List<BadAnswer> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				BadAnswer b = badAnswer(rs);
				if (lines.size() >= LISTED && b.outcomeId() != lines.get(lines.size() - 1).outcomeId()) {
					break;
				}
				lines.add(b);
			}
		}
		// the order of the sorted query: the calls as read, each call's steps by number
		lines.sort(Comparator.comparing(BadAnswer::at, Comparator.reverseOrder())
				.thenComparing(BadAnswer::outcomeId, Comparator.reverseOrder()).thenComparingInt(BadAnswer::step));
		return lines.size() > LISTED ? new ArrayList<>(lines.subList(0, LISTED)) : lines;
	}

	private static final String WORST_COLUMNS = "o.id, o.contact_id, o.agent, o.started_at, e.engineer, " //$NON-NLS-1$
			+ "o.script_id, o.script_version, st.step_number, st.answer_label, o.notes"; //$NON-NLS-1$

	/** The reference: the period's bad answers sorted in one query. */
	private static List<BadAnswer> worst(Connection c, Scope f, List<String> types, List<AnswerKey> keys, int n)
			throws SQLException {
		ReportSql sql = ReportSql.outcomes(f, WORST_COLUMNS, true, true)
				.add(" JOIN call_outcome_step st ON st.outcome_id = o.id") //$NON-NLS-1$
				.whereOutcomes(f);
		supervision(sql, types);
		badAnswers(sql, keys);
		sql.add(" ORDER BY o.started_at DESC, o.id DESC, st.step_number FETCH FIRST " + n + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
		List<BadAnswer> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				lines.add(badAnswer(rs));
			}
		}
		return lines;
	}

	/** The condition that a step's answer is one of these. */
	private static void badAnswers(ReportSql sql, List<AnswerKey> keys) {
		sql.add(" AND ("); //$NON-NLS-1$
		for (int i = 0; i < keys.size(); i++) {
			AnswerKey a = keys.get(i);
			sql.add((i == 0 ? "" : " OR ") + "(o.script_id = ? AND o.script_version = ? AND st.step_number = ? " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "AND st.answer_label = ?)", a.scriptId(), a.version(), a.step(), a.answer()); //$NON-NLS-1$
		}
		sql.add(")"); //$NON-NLS-1$
	}

	private static BadAnswer badAnswer(ResultSet rs) throws SQLException {
		return new BadAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), ReportSql.instant(rs, 4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10));
	}

	/** What was recorded in these calls, "field: value; ..." per call. */
	public static Map<Long, String> recorded(Tx tx, List<Long> ids) throws SQLException {
		Connection c = tx.connection();
		Map<Long, String> result = new HashMap<>();
		List<Long> distinct = ids.stream().distinct().toList();
		if (distinct.isEmpty()) {
			return result;
		}
		ReportSql sql = new ReportSql().add("SELECT outcome_id, field, field_value FROM call_outcome_value WHERE " //$NON-NLS-1$
				+ "outcome_id IN (" + ReportSql.marks(distinct.size()) + ") ORDER BY outcome_id, field", //$NON-NLS-1$ //$NON-NLS-2$
				distinct.toArray());
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.merge(rs.getLong(1), rs.getString(2) + ": " + rs.getString(3), (a, b) -> a + "; " + b); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return result;
	}

	/** The calls of the period per agent and script version (group: the agent; sum 0). */
	public static List<GroupCount> callsByScript(Tx tx, Scope f) throws SQLException {
		return callsByScript(tx, f, true);
	}

	/** As {@link #callsByScript(Tx, Scope)}; {@code summaries} false reads every row (the reference). */
	public static List<GroupCount> callsByScript(Tx tx, Scope f, boolean summaries) throws SQLException {
		Map<List<String>, long[]> sums = summed(tx.connection(), f, summaries,
				mark -> ReportSql.outcomes(f, "o.agent, o.script_id, o.script_version, COUNT(*)", false, false) //$NON-NLS-1$
						.whereOutcomes(f).add(after(mark)).add(" GROUP BY o.agent, o.script_id, o.script_version"), //$NON-NLS-1$
				() -> summaryWhere(new ReportSql().add("SELECT s.agent, s.script_id, s.script_version, SUM(s.calls) " //$NON-NLS-1$
						+ "FROM report_outcomes s"), f).add(" GROUP BY s.agent, s.script_id, s.script_version"), //$NON-NLS-1$
				3, 1);
		List<GroupCount> result = new ArrayList<>();
		sums.forEach((k, n) -> result.add(new GroupCount(k.get(0), null, k.get(1), number(k.get(2)), n[0], 0)));
		return result;
	}

	// --- complaints ------------------------------------------------------------------------------------------

	private static ReportSql complaints(Scope f, String select, String join) {
		return complaints(f, select, join, null);
	}

	/** The complaints of the period: a range of the covering index of schema versions 32 and 34. */
	private static final String PERIOD = "service_event e --DERBY-PROPERTIES index=service_event_complaint\n "; //$NON-NLS-1$

	/** As {@link #complaints(Scope, String, String)}, from {@code first} (then {@code join}) instead of the events. */
	private static ReportSql complaints(Scope f, String select, String join, String first) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM " + (first == null ? "service_event e" : first) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ join + " WHERE e.kind = 'COMPLAINT' AND e.occurred_at >= ? AND e.occurred_at < ?", f.start(), f.end()); //$NON-NLS-1$
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql;
	}

	/**
	 * The complaints received in the period per category and severity: {@code which} 0 counts them and those
	 * resolved, 1 those closed (their promised callback made) and the seconds to close them, 2 their follow-ups
	 * and those done.
	 * <p>
	 * All three read the range of the period's complaints of {@code service_event_complaint} alone: 1 and 2 the
	 * figures schema version 34 keeps on each complaint's row ({@link ComplaintFigures}): whether a promise made on
	 * it was closed {@code DONE} and the earliest closing time of those; the follow-ups of the calls of the tasks
	 * following it up or keeping a promise made on it, a task counted once for a complaint.
	 */
	public static List<ComplaintCount> complaintCounts(Tx tx, Scope f, int which) throws SQLException {
		Connection c = tx.connection();
		String group = " GROUP BY e.complaint_category, e.severity"; //$NON-NLS-1$
		ReportSql sql = switch (which) {
		case 0 -> complaints(f, "e.complaint_category, e.severity, COUNT(*), " //$NON-NLS-1$
				+ "SUM(CASE WHEN e.resolved THEN 1 ELSE 0 END)", "").add(group); //$NON-NLS-1$ //$NON-NLS-2$
		case 1 -> complaints(f, "e.complaint_category, e.severity, COUNT(*), SUM(" //$NON-NLS-1$
				+ ReportSql.seconds("e.occurred_at", "e.complaint_closed_at") + ")", "", PERIOD) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.add(" AND e.complaint_closed" + group); //$NON-NLS-1$
		case 2 -> complaints(f, "e.complaint_category, e.severity, SUM(e.follow_ups), SUM(e.follow_ups_done)", "", //$NON-NLS-1$ //$NON-NLS-2$
				PERIOD).add(" AND e.follow_ups > 0" + group); //$NON-NLS-1$
		default -> throw new IllegalArgumentException("which: " + which); //$NON-NLS-1$
		};
		List<ComplaintCount> result = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.add(new ComplaintCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
			}
		}
		return result;
	}

	/**
	 * How many of the period's complaints {@link #complaints(Tx, Scope, int)} groups by subject in memory at most
	 * (and 20 characters of subject per complaint: 1,000,000), about 10 MB; with more, Derby sorts them.
	 */
	public static final int HELD = 50_000;

	/**
	 * The complaints received in the period, counted and grouped as {@link #complaintCounts} with 0, 1 and 2 and
	 * {@link #collective} do, from one range of the index {@code service_event_complaint} (schema versions 32 and
	 * 34), which holds every column read, so no row is read and nothing is joined: each complaint's category,
	 * severity, whether resolved, contact, moment, subject as Derby lowers and trims it (so the subjects compare as
	 * in {@link #collective}), and the figures {@link ComplaintFigures} keeps on it (when it was closed, as seconds
	 * from its moment, its follow-ups and those done). The counts per category and severity are a few; the complaints with a
	 * subject are grouped in memory, up to {@link #HELD} of them (a few milliseconds for the benchmark quarter's
	 * 20,000, where Derby's sort of them took about 200 ms of the report's 300); beyond, the groups are dropped and the
	 * collective complaints read from a second range sorted by Derby by category, subject and contact, one subject held
	 * at a time ({@link #collectiveSorted}), so that the memory stays bounded whatever the period.
	 */
	public static Complaints complaints(Tx tx, Scope f, int contacts) throws SQLException {
		return complaints(tx, f, contacts, HELD);
	}

	/**
	 * As {@link #complaints(Tx, Scope, int)}, grouping at most {@code held} complaints with a subject (and
	 * {@code 20 * held} characters of subjects) in memory.
	 */
	public static Complaints complaints(Tx tx, Scope f, int contacts, int held) throws SQLException {
		Map<List<String>, long[]> counts = new LinkedHashMap<>();
		Map<List<String>, long[]> closed = new LinkedHashMap<>();
		Map<List<String>, long[]> followUps = new LinkedHashMap<>();
		Map<List<String>, Group> groups = new HashMap<>();
		long complaintsLeft = held;
		long charactersLeft = 20L * held;
		ReportSql sql = complaints(f, "e.complaint_category, e.severity, e.resolved, e.contact_id, e.occurred_at, " //$NON-NLS-1$
				+ "LOWER(TRIM(e.subject)), e.complaint_closed, " + ReportSql.seconds("e.occurred_at", "e.complaint_closed_at") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ", e.follow_ups, e.follow_ups_done", "", PERIOD); //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement p = sql.prepare(tx.connection()); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				String category = rs.getString(1);
				List<String> key = List.of(category, rs.getString(2));
				long[] n = counts.computeIfAbsent(key, k -> new long[2]);
				n[0]++;
				if (rs.getBoolean(3)) {
					n[1]++;
				}
				if (rs.getBoolean(7)) {
					long[] m = closed.computeIfAbsent(key, k -> new long[2]);
					m[0]++;
					m[1] += rs.getLong(8);
				}
				long made = rs.getLong(9);
				if (made > 0) {
					long[] m = followUps.computeIfAbsent(key, k -> new long[2]);
					m[0] += made;
					m[1] += rs.getLong(10);
				}
				String subject = rs.getString(6);
				if (subject != null && groups != null) {
					Group g = groups.get(List.of(category, subject));
					if (g == null) {
						charactersLeft -= subject.length();
						g = new Group();
						groups.put(List.of(category, subject), g);
					}
					g.add(rs.getLong(4), ReportSql.instant(rs, 5));
					if (--complaintsLeft < 0 || charactersLeft < 0) {
						groups = null; // too many to hold: Derby sorts them
					}
				}
			}
		}
		List<Collective> collective = new ArrayList<>();
		if (groups == null) {
			collective.addAll(collectiveSorted(tx, f, contacts));
		} else {
			groups.forEach((k, g) -> {
				if (g.contacts.size() >= contacts) {
					collective.add(new Collective(k.get(0), k.get(1), g.contacts.size(), g.complaints, g.first, g.last));
				}
			});
		}
		collective.sort(Comparator.comparingLong(Collective::contacts).reversed()
				.thenComparing(Collective::subject, ReportQueries::padded).thenComparing(Collective::category));
		return new Complaints(rows(counts), rows(closed), rows(followUps), collective);
	}

	private static List<ComplaintCount> rows(Map<List<String>, long[]> counts) {
		List<ComplaintCount> rows = new ArrayList<>();
		counts.forEach((k, n) -> rows.add(new ComplaintCount(k.get(0), k.get(1), n[0], n[1])));
		return rows;
	}

	/**
	 * The collective complaints of {@link #complaints(Tx, Scope, int)} from the range of the covering index sorted
	 * by Derby by category, subject (lowered and trimmed) and contact: one subject's figures held at a time, its
	 * distinct contacts counted as the contact changes. Unordered.
	 */
	private static List<Collective> collectiveSorted(Tx tx, Scope f, int contacts) throws SQLException {
		List<Collective> result = new ArrayList<>();
		ReportSql sql = complaints(f, "e.complaint_category, LOWER(TRIM(e.subject)), e.contact_id, e.occurred_at", //$NON-NLS-1$
				"", PERIOD).add(" AND e.subject IS NOT NULL ORDER BY 1, 2, 3"); //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement p = sql.prepare(tx.connection()); ResultSet rs = p.executeQuery()) {
			String category = null;
			String subject = null;
			long contact = 0;
			long people = 0;
			long complaints = 0;
			Instant first = null;
			Instant last = null;
			while (rs.next()) {
				String c = rs.getString(1);
				String s = rs.getString(2);
				long who = rs.getLong(3);
				Instant at = ReportSql.instant(rs, 4);
				if (!c.equals(category) || !s.equals(subject)) {
					if (category != null && people >= contacts) {
						result.add(new Collective(category, subject, people, complaints, first, last));
					}
					category = c;
					subject = s;
					people = 1;
					complaints = 0;
					first = at;
					last = at;
				} else if (who != contact) {
					people++;
				}
				contact = who;
				complaints++;
				first = at.isBefore(first) ? at : first;
				last = at.isAfter(last) ? at : last;
			}
			if (category != null && people >= contacts) {
				result.add(new Collective(category, subject, people, complaints, first, last));
			}
		}
		return result;
	}

	/** The contacts, count and first and last moment of the complaints about one subject. */
	private static final class Group {
		final Set<Long> contacts = new HashSet<>();
		long complaints;
		Instant first;
		Instant last;

		void add(long contact, Instant at) {
			contacts.add(Long.valueOf(contact));
			complaints++;
			first = first == null || at.isBefore(first) ? at : first;
			last = last == null || at.isAfter(last) ? at : last;
		}
	}

	/**
	 * Two strings in Derby's order of {@code VARCHAR}s: character by character, the shorter one padded with blanks
	 * ({@code "ab"} sorts after {@code "ab\t"}, where {@link String#compareTo} puts it first).
	 */
	static int padded(String a, String b) {
		int n = Math.max(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			char x = i < a.length() ? a.charAt(i) : ' ';
			char y = i < b.length() ? b.charAt(i) : ' ';
			if (x != y) {
				return Character.compare(x, y);
			}
		}
		return 0;
	}

	/**
	 * The subjects (compared without case and surrounding blanks) of a category on which at least
	 * {@code contacts} contacts complained in the period, most contacts first.
	 */
	public static List<Collective> collective(Tx tx, Scope f, int contacts) throws SQLException {
		Connection c = tx.connection();
		ReportSql sql = complaints(f, "e.complaint_category, LOWER(TRIM(e.subject)), COUNT(DISTINCT e.contact_id), " //$NON-NLS-1$
				+ "COUNT(*), MIN(e.occurred_at), MAX(e.occurred_at)", "") //$NON-NLS-1$ //$NON-NLS-2$
				.add(" AND e.subject IS NOT NULL GROUP BY e.complaint_category, LOWER(TRIM(e.subject)) " //$NON-NLS-1$
						+ "HAVING COUNT(DISTINCT e.contact_id) >= " + contacts + " ORDER BY 3 DESC, 2"); //$NON-NLS-1$ //$NON-NLS-2$
		List<Collective> groups = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				groups.add(new Collective(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						ReportSql.instant(rs, 5), ReportSql.instant(rs, 6)));
			}
		}
		return groups;
	}
}
