package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.internal.Migrations;

/**
 * The pre-aggregated summaries of the reports (issue 13, schema version 26): grouped rows that the reports read
 * instead of every row of their period, plus the rows not folded in yet (the tail), so that a report through the
 * summaries gives exactly the figures of the rows themselves.
 * <ul>
 * <li>Outcomes, their steps and scores are written once and never changed, and so are the task columns and the
 * service event the outcome reports group by (campaign, call type, source event; engineer and kind). They are
 * folded up to a watermark of outcome ids ({@code report_fold.outcome_upto}); a report adds the outcomes after
 * it (a range of the primary key).</li>
 * <li>The calling figures come from the tasks' state, attempts, reason and due time, which change until the task
 * is final. Only tasks in a final state (completed, unreachable, cancelled), which no statement of the store
 * changes, are folded, each marked with the fold that added it ({@code call_task.report_fold}); a report adds the
 * tasks still marked 0 (an index range). An outcome recorded later on a folded task (the store allows one on any
 * task) is seen by a report among the outcomes after the watermark and its task counted row by row instead; the
 * fold that passes that outcome takes the task out again (adds its negative) and folds it anew. A campaign's tasks
 * deleted with it are taken out the same way first.</li>
 * <li>Promised callbacks (schema version 31): a promise's state depends on the moment while it is owed, and is
 * fixed once it is closed (made, unreachable, superseded, or marked done). Only promises marked done are folded,
 * into {@code report_promises}, each marked with its fold ({@code callback.report_fold}); a report adds the
 * promises still marked 0 in its period (an index range) row by row. An edit of a folded promise
 * ({@code CallbackRepository.update}, which may move its due time or open it again) takes it out first.</li>
 * </ul>
 * A fold runs in transactions of its own, a chunk at a time, one fold at a time; each transaction first locks the
 * one row of {@code report_fold}, and a report reads that row holding its lock, so that a report sees the summaries
 * and the tail of one moment.
 * <p>The days of the summaries are those of the report zone, a team setting ({@link #ZONE_SETTING}, default
 * Asia/Shanghai), daylight saving time included: a fold writes a row's offset as a CASE over the zone's transitions
 * between the least and the greatest time it folds. A report in a zone whose days differ from the report zone's in
 * its period reads the rows. The zone is changed only by {@link #rezone}, on a transaction that holds the mark's
 * lock and replaces every summary row, so that a report reads the summaries and the zone of one moment.</p>
 */
public final class ReportSummaries {

	/** The team setting naming the report zone, the zone of the summaries' days. */
	public static final String ZONE_SETTING = "report.zone"; //$NON-NLS-1$

	/** The report zone of a database that never set one (the reports' default zone). */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

	/** A report folds first when at least this many rows are not folded yet. */
	public static final long TAIL = 20_000;

	/**
	 * Outcomes per transaction of a fold: their transactions lock only the summary rows they add (and the mark,
	 * which reports wait for), so they can be long; each is one pass over the outcomes and their answers.
	 */
	private static final long OUTCOMES = 1_000_000;

	/**
	 * Task ids per transaction of a fold: below Derby's 5,000 row locks, past which it would lock the whole
	 * {@code call_task} table (and the claims with it) until the transaction ends.
	 */
	private static final long TASKS = 4_000;

	/** The final states of a task: no statement of the store changes such a task. */
	static final String FINAL = "('COMPLETED', 'UNREACHABLE', 'CANCELLED')";

	/** The calling figures of one task and outcome row, in the order of {@link ReportQueries.Calling}. */
	static final String[] CALLING = { "1", //$NON-NLS-1$
			"CASE WHEN t.attempts > 0 THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN o.id IS NOT NULL THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN o.disposition = 'COMPLETED' THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN o.disposition = 'REFUSED' THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN t.state = 'UNREACHABLE' THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN o.id IS NULL AND t.state = 'COMPLETED' AND t.reason = 'WRONG_NUMBER' THEN 1 ELSE 0 END", //$NON-NLS-1$
			"CASE WHEN o.disposition = 'COMPLETED' THEN t.attempts ELSE 0 END", //$NON-NLS-1$
			ReportSql.seconds("o.started_at", "o.ended_at") }; //$NON-NLS-1$ //$NON-NLS-2$

	/** The columns of {@code report_calls} holding the figures, in the same order. */
	static final String CALLING_COLUMNS = "planned, attempted, reached, completed, refused, unreachable, " //$NON-NLS-1$
			+ "wrong_number, attempts, talk_seconds"; //$NON-NLS-1$

	/**
	 * Where the summaries stand: the last fold's number (it grows too when folded tasks or promises are taken out
	 * again), the last outcome id folded, and the report zone of their days.
	 */
	public record Mark(int fold, long outcomeUpto, ZoneId zone) {
	}

	/**
	 * What a change of the report zone did: the zone before and after, the summary rows written, how many times
	 * the summaries were computed (again when folded rows were taken out meanwhile), how long it took, and how
	 * long of that the mark was locked (reports waited) to replace the summary rows.
	 */
	public record Rezoned(ZoneId before, ZoneId after, long rows, int tries, long millis, long lockedMillis) {
	}

	/**
	 * What a fold did: outcomes, tasks and promises folded, folded tasks taken out again, and how long it took.
	 */
	public record Folded(long outcomes, long tasks, long refolded, long promises, long millis) {
	}

	/** Held by a fold and by a change of the report zone: one at a time. */
	private static final ReentrantLock LOCK = new ReentrantLock();

	/** How many times a change of the report zone computes the summaries before it gives up. */
	private static final int TRIES = 5;

	/**
	 * Whether a change of the report zone is under way (holding {@link #LOCK}): a report then does not fold (it
	 * does not even count the rows to fold).
	 */
	private static volatile boolean rezoning;

	private ReportSummaries() {
	}

	/**
	 * Whether summaries whose days are those of {@code zone} serve this scope: the scope's zone gives every instant
	 * the same offset as {@code zone} (so the same day) from two days before its period to two days after it (so
	 * that no row outside the period falls on one of its days in {@code zone}, offsets being within 18 hours), and
	 * no clock is turned back across a midnight there (a day would not be one stretch of time). The same zone, or
	 * one with the same rules, always serves.
	 */
	public static boolean serves(Scope f, ZoneId zone) {
		ZoneRules a = f.zoneId().getRules();
		ZoneRules b = zone.getRules();
		if (a.equals(b)) {
			return true;
		}
		Instant end = f.end().plus(Duration.ofDays(2));
		Instant at = f.start().minus(Duration.ofDays(2));
		while (true) {
			if (!a.getOffset(at).equals(b.getOffset(at))) {
				return false;
			}
			Instant next = null;
			for (ZoneRules rules : new ZoneRules[] { a, b }) {
				ZoneOffsetTransition t = rules.nextTransition(at);
				if (t != null && t.getInstant().isBefore(end)) {
					if (t.isOverlap() && !t.getDateTimeBefore().toLocalDate().equals(t.getDateTimeAfter().toLocalDate())) {
						return false;
					}
					next = next == null || t.getInstant().isBefore(next) ? t.getInstant() : next;
				}
			}
			if (next == null) {
				return true;
			}
			at = next;
		}
	}

	/** Whether the summaries serve this scope in the report zone now (a report checks again with its mark). */
	static boolean serves(Connection c, Scope f) throws SQLException {
		return serves(f, zone(c));
	}

	/** The day of a stored (UTC) timestamp column moved by {@code offset} (seconds, or an expression of them). */
	private static String day(Object offset, String column) {
		return ReportSql.day(offset, column);
	}

	/**
	 * The day in {@code zone} of a stored (UTC) timestamp column, exact for its values in the rows to fold
	 * ({@code rows}: "FROM ..." and maybe " WHERE ...", with its parameters; rows that include them will do): in a
	 * zone of one offset, that offset; else a CASE over the zone's transitions between the least and the greatest
	 * of those values, each offset until the next transition, written as timestamp literals made here from the
	 * zone's rules (Derby takes no parameter in a GROUP BY). In a zone whose last change is long past (Asia/Shanghai:
	 * 1991) that is one offset too.
	 */
	static String day(Connection c, ZoneId zone, String column, String rows, Object... params) throws SQLException {
		ZoneRules rules = zone.getRules();
		if (rules.isFixedOffset()) {
			return day(rules.getOffset(Instant.EPOCH).getTotalSeconds(), column);
		}
		Instant min;
		Instant max;
		if (rows.contains(" WHERE ")) { //$NON-NLS-1$
			Instant[] range = range(c, "SELECT MIN(" + column + "), MAX(" + column + ") " + rows, params); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			min = range[0];
			max = range[1];
		} else {
			// every row: the two ends of an index, read without waiting for the rows being written (an
			// uncommitted one can only widen the range)
			min = range(c, "SELECT MIN(" + column + ") " + rows + " WITH UR")[0]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			max = range(c, "SELECT MAX(" + column + ") " + rows + " WITH UR")[0]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (min == null) {
			return day(rules.getOffset(Instant.EPOCH).getTotalSeconds(), column); // no rows
		}
		// the transitions between 1970 and 2200 only: a row outside (a far-future placeholder, year 9999) takes
		// the offset nearest to it, rather than one branch per year up to it
		min = ReportSql.clamp(min);
		max = ReportSql.clamp(max);
		StringBuilder offset = new StringBuilder("CASE"); //$NON-NLS-1$
		Instant at = min;
		// "column < TIMESTAMP('...')" compares the stored fields (Derby uses no calendar to compare timestamps)
		for (ZoneOffsetTransition t = rules.nextTransition(at); t != null
				&& !t.getInstant().isAfter(max); t = rules.nextTransition(at)) {
			offset.append(" WHEN ").append(column).append(" < ").append(ReportSql.literal(t.getInstant())) //$NON-NLS-1$ //$NON-NLS-2$
					.append(" THEN ").append(rules.getOffset(at).getTotalSeconds()); //$NON-NLS-1$
			at = t.getInstant();
		}
		if (at.equals(min)) {
			return day(rules.getOffset(min).getTotalSeconds(), column);
		}
		return day(offset.append(" ELSE ").append(rules.getOffset(at).getTotalSeconds()).append(" END"), column); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The timestamps of the one row of {@code select} (null for none). */
	private static Instant[] range(Connection c, String select, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(select)) {
			for (int i = 0; i < params.length; i++) {
				p.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				Instant[] values = new Instant[rs.getMetaData().getColumnCount()];
				for (int i = 0; i < values.length; i++) {
					values[i] = ReportSql.instant(rs, i + 1);
				}
				return values;
			}
		}
	}

	/** Reads the mark holding its lock until the caller's transaction ends, with the report zone. */
	static Mark mark(Connection c) throws SQLException {
		int fold;
		long upto;
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT fold, outcome_upto FROM report_fold WHERE id = 1 WITH RS")) { //$NON-NLS-1$
			rs.next();
			fold = rs.getInt(1);
			upto = rs.getLong(2);
		}
		return new Mark(fold, upto, zone(c));
	}

	/**
	 * The report zone, read on the caller's transaction: only a transaction holding the mark's lock changes it
	 * ({@link #rezone}), so after {@link #mark(Connection)} it is the zone of the summaries read.
	 */
	static ZoneId zone(Connection c) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT setting_value FROM app_setting WHERE name = ?")) { //$NON-NLS-1$
			p.setString(1, ZONE_SETTING);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() && rs.getString(1) != null ? ZoneId.of(rs.getString(1)) : DEFAULT_ZONE;
			}
		}
	}

	/** The report zone. */
	public static ZoneId zone(Store store) {
		return store.read(ReportSummaries::zone);
	}

	/** The mark, read in a moment. */
	public static Mark mark(Store store) {
		return store.read(ReportSummaries::mark);
	}

	/** Locks the mark for a change (the first statement of every transaction that changes the summaries). */
	private static Mark lock(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE report_fold SET fold = fold WHERE id = 1"); //$NON-NLS-1$
		}
		return mark(c);
	}

	/** Work that reads the summaries and the rows after them as of one moment. */
	interface Reading<T> {
		T read(Mark mark) throws SQLException;
	}

	/**
	 * Runs {@code work} with the mark read and locked until it ends: in a transaction of its own when {@code c} is
	 * in auto-commit mode (a report's reading connection), else in the caller's.
	 */
	static <T> T consistent(Connection c, Reading<T> work) throws SQLException {
		if (!c.getAutoCommit()) {
			return work.read(mark(c));
		}
		c.setAutoCommit(false);
		try {
			return work.read(mark(c));
		} finally {
			try {
				c.commit();
			} finally {
				c.setAutoCommit(true);
			}
		}
	}

	/** How many rows a report would read beyond the summaries: outcomes after the mark and tasks not folded. */
	public static long tail(Store store) {
		return store.read(c -> {
			Mark m = mark(c);
			long n = 0;
			try (Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_outcome WHERE id > " + m.outcomeUpto())) { //$NON-NLS-1$
					rs.next();
					n += rs.getLong(1);
				}
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_task WHERE report_fold = 0 AND state IN " //$NON-NLS-1$
						+ FINAL)) {
					rs.next();
					n += rs.getLong(1);
				}
				n += unfoldedPromises(c);
			}
			return n;
		});
	}

	/** How many promises marked done are not folded yet. */
	private static long unfoldedPromises(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM callback " //$NON-NLS-1$
				+ "WHERE report_fold = 0 AND done = TRUE")) { //$NON-NLS-1$
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Folds the rows after the summaries into them when more than {@link #TAIL} outcomes are after the mark, or
	 * as many tasks or closed promises are not folded; returns the fold, or null if none was needed or another
	 * fold or a change of the report zone is under way. A report never waits for those (a change of the zone takes
	 * a minute and a half at a million outcomes): it reads a longer tail instead. The lock is taken before the
	 * rows are counted, so that a change of the zone starting meanwhile waits for this fold, not the report for it.
	 */
	public static Folded foldIfLarge(Store store) {
		if (rezoning || !LOCK.tryLock()) {
			return null; // the report reads a longer tail rather than wait for the new zone's summaries or a fold
		}
		try {
			long outcomes = store.read(c -> {
				Mark m = mark(c);
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_outcome " //$NON-NLS-1$
						+ "WHERE id > " + m.outcomeUpto())) { //$NON-NLS-1$
					rs.next();
					return rs.getLong(1);
				}
			});
			if (outcomes < TAIL) {
				long tasks = store.read(c -> {
					try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_task " //$NON-NLS-1$
							+ "WHERE report_fold = 0")) { //$NON-NLS-1$
						rs.next();
						return rs.getLong(1);
					}
				});
				if (tasks < TAIL && store.read(ReportSummaries::unfoldedPromises) < TAIL) {
					return null;
				}
			}
			return foldHeld(store);
		} finally {
			LOCK.unlock();
		}
	}

	/**
	 * Folds every outcome stored, every task in a final state and every promise marked done into the summaries, a
	 * chunk per transaction, one fold at a time.
	 */
	public static Folded fold(Store store) {
		LOCK.lock();
		try {
			return foldHeld(store);
		} finally {
			LOCK.unlock();
		}
	}

	/** {@link #fold(Store)}, holding {@link #LOCK}. */
	private static Folded foldHeld(Store store) {
		long t0 = System.nanoTime();
		// the update waits for the writers holding outcome ids; those reserved after it are above the maximum
		long upto = store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE id_block SET next_id = next_id WHERE name = 'call_outcome'"); //$NON-NLS-1$
				try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM call_outcome")) { //$NON-NLS-1$
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		long[] done = new long[3];
		long from = mark(store).outcomeUpto();
		while (from < upto) {
			long to = Math.min(upto, from + OUTCOMES);
			store.inTransaction(c -> {
				long[] n = foldOutcomes(c, to);
				done[0] += n[0];
				done[2] += n[1];
				return null;
			});
			from = to;
		}
		done[1] = foldTasks(store);
		long promises = foldPromises(store);
		// nothing added: the tables are as the last compaction left them (rewriting them takes tens of
		// seconds at a million outcomes)
		if (done[0] + done[1] + done[2] + promises > 0) {
			store.inTransaction(c -> {
				lock(c);
				compact(c);
				return null;
			});
		}
		return new Folded(done[0], done[1], done[2], promises, (System.nanoTime() - t0) / 1_000_000);
	}

	/**
	 * Makes {@code zone} the report zone: computes the summaries of everything folded with the days in that zone
	 * (reading, without the mark's lock: reports go on with the summaries in the old zone), then, on one
	 * transaction holding the mark's lock, replaces every summary row with them and sets the zone, so that a report
	 * reads the old summaries in the old zone or the new ones in the new zone, never a mix. No fold runs meanwhile
	 * (a report does not fold, it reads a longer tail); if folded tasks or promises were taken out meanwhile (a
	 * campaign deleted, a closed promise edited: the mark's fold number grew), the summaries are computed again, up
	 * to five times. No summary is computed again when {@code zone} has the rules of the report zone (its days are
	 * the same: {@code UTC}, {@code Z} and {@code Etc/UTC}); only its name is stored, if it differs.
	 *
	 * @throws IllegalStateException if the folded rows changed during each of the five computations
	 */
	public static Rezoned rezone(Store store, ZoneId zone) {
		LOCK.lock();
		try {
			rezoning = true;
			try {
				long t0 = System.nanoTime();
				for (int tries = 1; tries <= TRIES; tries++) {
					Mark m = mark(store);
					if (m.zone().getRules().equals(zone.getRules())) {
						// the same days (Z, UTC, Etc/UTC; GB and Europe/London): nothing to compute again; a new name
						// is stored, so that the team sees the zone it chose
						if (!m.zone().getId().equals(zone.getId())) {
							store.inTransaction(c -> {
								lock(c);
								setZone(c, zone);
								return null;
							});
						}
						return new Rezoned(m.zone(), zone, 0, tries, (System.nanoTime() - t0) / 1_000_000, 0);
					}
					Map<String, List<Object[]>> rows = store.read(c -> summaries(c, zone, m));
					long t1 = System.nanoTime();
					Long written = store.inTransaction(c -> {
						Mark now = lock(c);
						if (!now.equals(m)) {
							return null;
						}
						long n = 0;
						for (String[] t : TABLES) {
							n += replace(c, t, rows.get(t[0]));
						}
						setZone(c, zone);
						return n;
					});
					if (written != null) {
						long t2 = System.nanoTime();
						return new Rezoned(m.zone(), zone, written, tries, (t2 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
					}
				}
				throw new IllegalStateException("The report summaries changed during each of " + TRIES //$NON-NLS-1$
						+ " computations in " + zone.getId() + "; the report zone is unchanged"); //$NON-NLS-1$ //$NON-NLS-2$
			} finally {
				rezoning = false;
			}
		} finally {
			LOCK.unlock();
		}
	}

	/**
	 * The rows of every summary table for what mark {@code m} says is folded, days in {@code zone}: the outcomes up
	 * to its outcome id, the tasks marked with a fold (with their outcomes up to that fold's), the promises marked
	 * with a fold; one row per group, in the columns of {@link #TABLES}.
	 */
	private static Map<String, List<Object[]>> summaries(Connection c, ZoneId zone, Mark m) throws SQLException {
		Map<String, String> selects = new LinkedHashMap<>();
		selects.put("report_calls", calls(c, zone, 1, " AND o.id <= rf.outcome_upto", "t.report_fold > 0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String[] sums : outcomeSums(c, zone, " WHERE o.id <= " + m.outcomeUpto())) { //$NON-NLS-1$
			selects.put(sums[0], sums[2]);
		}
		selects.put("report_promises", promises(c, zone, 1, "cb.report_fold > 0")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, List<Object[]>> rows = new LinkedHashMap<>();
		for (String[] t : TABLES) {
			int keys = t[1].split(", ").length; //$NON-NLS-1$
			int sums = t[2].split(", ").length; //$NON-NLS-1$
			List<Object[]> list = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(selects.get(t[0]))) {
				while (rs.next()) {
					Object[] row = new Object[keys + sums];
					boolean any = false;
					for (int i = 0; i < row.length; i++) {
						row[i] = i < keys ? rs.getObject(i + 1) : Long.valueOf(rs.getLong(i + 1));
						any |= i >= keys && (Long) row[i] != 0;
					}
					if (any) {
						list.add(row);
					}
				}
			}
			rows.put(t[0], list);
		}
		return rows;
	}

	/** Replaces the rows of summary table {@code t} (of {@link #TABLES}) with {@code rows}; returns how many. */
	private static long replace(Connection c, String[] t, List<Object[]> rows) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("DELETE FROM " + t[0]); //$NON-NLS-1$
		}
		int columns = t[1].split(", ").length + t[2].split(", ").length; //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement p = c.prepareStatement("INSERT INTO " + t[0] + " (" + t[1] + ", " + t[2] //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ") VALUES (" + ReportSql.marks(columns) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
			int batch = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					p.setObject(i + 1, row[i]);
				}
				p.addBatch();
				if (++batch == 2_000) {
					p.executeBatch();
					batch = 0;
				}
			}
			if (batch > 0) {
				p.executeBatch();
			}
		}
		return rows.size();
	}

	/** Sets the report zone on the caller's transaction, which holds the mark's lock. */
	private static void setZone(Connection c, ZoneId zone) throws SQLException {
		try (PreparedStatement u = c.prepareStatement("UPDATE app_setting SET setting_value = ? WHERE name = ?")) { //$NON-NLS-1$
			u.setString(1, zone.getId());
			u.setString(2, ZONE_SETTING);
			if (u.executeUpdate() == 0) {
				try (PreparedStatement i = c.prepareStatement("INSERT INTO app_setting VALUES (?, ?)")) { //$NON-NLS-1$
					i.setString(1, ZONE_SETTING);
					i.setString(2, zone.getId());
					i.executeUpdate();
				}
			}
		}
	}

	/**
	 * The migration to schema version 26 ({@code V26__report_summaries.sql}): makes the tables and folds
	 * everything stored, on the migration's transaction (nobody else is connected).
	 */
	public static final Migrations.Step MIGRATION = c -> {
		try (Statement s = c.createStatement()) {
			for (String sql : Migrations.statements(Migrations.REPORT_SUMMARIES)) {
				s.execute(sql);
			}
		}
		long[] n = foldAll(c);
		return "report summaries (" + n[0] + " outcomes and " + n[1] + " tasks folded)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	};

	/**
	 * The migration to schema version 31 ({@code V31__promise_summaries.sql}): makes the table and folds the
	 * promises marked done, on the migration's transaction (nobody else is connected).
	 */
	public static final Migrations.Step PROMISE_MIGRATION = c -> {
		try (Statement s = c.createStatement()) {
			for (String sql : Migrations.statements(Migrations.PROMISE_SUMMARIES)) {
				s.execute(sql);
			}
		}
		long n = 0;
		long[] range = promiseRange(c);
		for (long a = range[0]; range[1] >= a; a += TASKS) {
			n += foldPromiseChunk(c, a, Math.min(range[1], a + TASKS - 1));
		}
		compact(c, "report_promises"); //$NON-NLS-1$
		return "promises in the report summaries (" + n + " folded)"; //$NON-NLS-1$ //$NON-NLS-2$
	};

	private static long[] foldAll(Connection c) throws SQLException {
		long upto;
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM call_outcome")) { //$NON-NLS-1$
			rs.next();
			upto = rs.getLong(1);
		}
		long[] n = foldOutcomes(c, upto);
		long tasks = 0;
		long[] range = finalRange(c);
		for (long a = range[0]; range[1] >= a; a += TASKS) {
			tasks += foldTaskChunk(c, a, Math.min(range[1], a + TASKS - 1));
		}
		compact(c);
		return new long[] { n[0], tasks };
	}

	/**
	 * Folds the outcomes after the mark up to id {@code to}; a folded task one of them was recorded on is taken out
	 * first (it is folded again with them). Returns the outcomes and the tasks taken out.
	 */
	private static long[] foldOutcomes(Connection c, long to) throws SQLException {
		Mark m = lock(c);
		long from = m.outcomeUpto();
		if (to <= from) {
			return new long[2];
		}
		String range = " WHERE o.id > " + from + " AND o.id <= " + to; //$NON-NLS-1$ //$NON-NLS-2$
		List<Long> taken = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT DISTINCT t.id FROM call_outcome o JOIN call_task t ON t.id = o.task_id" //$NON-NLS-1$
						+ range + " AND t.report_fold > 0")) { //$NON-NLS-1$
			while (rs.next()) {
				taken.add(rs.getLong(1));
			}
		}
		for (int i = 0; i < taken.size(); i += 500) {
			List<Long> part = taken.subList(i, Math.min(taken.size(), i + 500));
			unfold(c, "t.id IN (" + ReportSql.marks(part.size()) + ")", part.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		long outcomes;
		try (Statement s = c.createStatement()) {
			for (String[] sums : outcomeSums(c, m.zone(), range)) {
				s.executeUpdate("INSERT INTO " + sums[0] + " (" + sums[1] + ") " + sums[2]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			s.executeUpdate("UPDATE report_fold SET outcome_upto = " + to + " WHERE id = 1"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_outcome o" + range)) { //$NON-NLS-1$
			rs.next();
			outcomes = rs.getLong(1);
		}
		return new long[] { outcomes, taken.size() };
	}

	/**
	 * The summaries of the outcomes {@code o} meeting {@code range} (" WHERE ..."), days in {@code zone}: for each of
	 * {@code report_outcomes}, {@code report_scores} and {@code report_answers}, its name, its columns, and the
	 * grouped SELECT of its rows.
	 */
	private static String[][] outcomeSums(Connection c, ZoneId zone, String range) throws SQLException {
		// the range of every outcome's start: two ends of an index (the rows folded are among them)
		String dims = day(c, zone, "o.started_at", "FROM call_outcome o") //$NON-NLS-1$ //$NON-NLS-2$
				+ ", t.campaign_id, t.call_type, o.agent, e.engineer, e.kind"; //$NON-NLS-1$
		String from0 = " FROM call_outcome o LEFT JOIN call_task t ON t.id = o.task_id " //$NON-NLS-1$
				+ "LEFT JOIN service_event e ON e.id = t.source_event_id"; //$NON-NLS-1$
		return new String[][] {
				{ "report_outcomes", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version, " //$NON-NLS-1$ //$NON-NLS-2$
						+ "calls", "SELECT " + dims + ", o.script_id, o.script_version, COUNT(*)" + from0 + range //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ " GROUP BY " + dims + ", o.script_id, o.script_version" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "report_scores", "on_day, campaign_id, call_type, agent, engineer, kind, aspect, score, scored", //$NON-NLS-1$ //$NON-NLS-2$
						"SELECT " + dims + ", sc.aspect, sc.score, COUNT(*)" + from0 //$NON-NLS-1$ //$NON-NLS-2$
								+ " JOIN call_outcome_score sc ON sc.outcome_id = o.id" + range //$NON-NLS-1$
								+ " GROUP BY " + dims + ", sc.aspect, sc.score" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ "report_answers", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version, " //$NON-NLS-1$ //$NON-NLS-2$
						+ "step_number, answer_label, answered", "SELECT " + dims //$NON-NLS-1$ //$NON-NLS-2$
								+ ", o.script_id, o.script_version, st.step_number, st.answer_label, COUNT(*)" + from0 //$NON-NLS-1$
								+ " JOIN call_outcome_step st ON st.outcome_id = o.id" + range + " GROUP BY " + dims //$NON-NLS-1$ //$NON-NLS-2$
								+ ", o.script_id, o.script_version, st.step_number, st.answer_label" } }; //$NON-NLS-1$
	}

	/** The summary tables: name, group columns, sum columns. */
	private static final String[][] TABLES = {
			{ "report_calls", "on_day, campaign_id, call_type, agent, engineer", CALLING_COLUMNS }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "report_outcomes", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version", //$NON-NLS-1$ //$NON-NLS-2$
					"calls" }, //$NON-NLS-1$
			{ "report_scores", "on_day, campaign_id, call_type, agent, engineer, kind, aspect, score", "scored" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "report_answers", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version, " //$NON-NLS-1$ //$NON-NLS-2$
					+ "step_number, answer_label", "answered" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "report_promises", "on_day, owner, source, engineer, closed_as", "promises, late" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Rewrites each summary table with one row per group, on a transaction holding the mark's lock: every
	 * transaction of a fold adds its own rows (a chunk of 4,000 tasks due all over a quarter adds nearly a row per
	 * task), and a group whose sums came to 0 (a task taken out) is dropped.
	 */
	private static void compact(Connection c) throws SQLException {
		compact(c, null);
	}

	/** As {@link #compact(Connection)}, only table {@code only} (null: all). */
	private static void compact(Connection c, String only) throws SQLException {
		for (String[] t : TABLES) {
			if (only != null && !t[0].equals(only)
					|| t[0].equals("report_promises") && !promisesSummarized(c)) { //$NON-NLS-1$
				continue; // (the migration to version 26 runs before the promises' table exists)
			}
			String[] keys = t[1].split(", "); //$NON-NLS-1$
			String[] sums = t[2].split(", "); //$NON-NLS-1$
			StringBuilder select = new StringBuilder("SELECT ").append(t[1]); //$NON-NLS-1$
			for (String column : sums) {
				select.append(", SUM(").append(column).append(')'); //$NON-NLS-1$
			}
			select.append(" FROM ").append(t[0]).append(" GROUP BY ").append(t[1]); //$NON-NLS-1$ //$NON-NLS-2$
			List<Object[]> rows = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select.toString())) {
				while (rs.next()) {
					Object[] row = new Object[keys.length + sums.length];
					boolean any = false;
					for (int i = 0; i < row.length; i++) {
						row[i] = i < keys.length ? rs.getObject(i + 1) : Long.valueOf(rs.getLong(i + 1));
						any |= i >= keys.length && (Long) row[i] != 0;
					}
					if (any) {
						rows.add(row);
					}
				}
			}
			replace(c, t, rows);
		}
	}

	/** Whether the promises have a summary table (schema version 31 on). */
	private static boolean promisesSummarized(Connection c) throws SQLException {
		try (ResultSet rs = c.getMetaData().getTables(null, null, "REPORT_PROMISES", null)) { //$NON-NLS-1$
			return rs.next();
		}
	}

	/** The lowest and highest id of the tasks in a final state not folded ({1, 0} if none). */
	private static long[] finalRange(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM call_task " //$NON-NLS-1$
				+ "WHERE report_fold = 0 AND state IN " + FINAL)) { //$NON-NLS-1$
			rs.next();
			long min = rs.getLong(1);
			return rs.wasNull() ? new long[] { 1, 0 } : new long[] { min, rs.getLong(2) };
		}
	}

	private static long foldTasks(Store store) {
		long[] range = store.read(ReportSummaries::finalRange);
		long tasks = 0;
		for (long a = range[0]; range[1] >= a; a += TASKS) {
			long first = a;
			tasks += store.inTransaction(c -> foldTaskChunk(c, first, Math.min(range[1], first + TASKS - 1)));
		}
		return tasks;
	}

	/**
	 * Folds the tasks in a final state not folded yet with ids {@code a} to {@code b}, as a new fold with the
	 * outcomes up to the mark; returns how many.
	 */
	private static long foldTaskChunk(Connection c, long a, long b) throws SQLException {
		Mark m = lock(c);
		int fold = m.fold() + 1;
		long n;
		try (Statement s = c.createStatement()) {
			n = s.executeUpdate("UPDATE call_task SET report_fold = " + fold + " WHERE id BETWEEN " + a + " AND " + b //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " AND report_fold = 0 AND state IN " + FINAL); //$NON-NLS-1$
			if (n == 0) {
				return 0;
			}
			s.executeUpdate("INSERT INTO report_folds VALUES (" + fold + ", " + m.outcomeUpto() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.executeUpdate("UPDATE report_fold SET fold = " + fold + " WHERE id = 1"); //$NON-NLS-1$ //$NON-NLS-2$
			s.executeUpdate(contribution(c, m.zone(), 1, " AND o.id <= " + m.outcomeUpto(), "t.id BETWEEN " + a //$NON-NLS-1$ //$NON-NLS-2$
					+ " AND " + b + " AND t.report_fold = " + fold)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return n;
	}

	/**
	 * The statement adding {@code sign} times the calling figures of the tasks (not cancelled) meeting
	 * {@code where} (with {@code params}), with their outcomes meeting {@code outcomes}, to {@code report_calls},
	 * days in {@code zone}.
	 */
	private static String contribution(Connection c, ZoneId zone, int sign, String outcomes, String where,
			Object... params) throws SQLException {
		return "INSERT INTO report_calls (on_day, campaign_id, call_type, agent, engineer, " + CALLING_COLUMNS + ") " //$NON-NLS-1$ //$NON-NLS-2$
				+ calls(c, zone, sign, outcomes, where, params);
	}

	/** The SELECT of {@link #contribution}. */
	private static String calls(Connection c, ZoneId zone, int sign, String outcomes, String where, Object... params)
			throws SQLException {
		StringBuilder figures = new StringBuilder();
		for (String f : CALLING) {
			figures.append(", ").append(sign < 0 ? "-" : "").append("SUM(CAST(").append(f).append(" AS BIGINT))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		}
		String dims = day(c, zone, "t.due_from", "FROM call_task t WHERE t.state <> 'CANCELLED' AND " + where, params) //$NON-NLS-1$ //$NON-NLS-2$
				+ ", t.campaign_id, t.call_type, o.agent, e.engineer"; //$NON-NLS-1$
		boolean out = outcomes.contains("rf."); //$NON-NLS-1$
		// a new fold's tasks are read from the index on report_fold (one fold's tasks), each joined with its
		// outcomes and event by index (the optimizer would hash the whole tables)
		return "SELECT " + dims + figures + " FROM call_task t" //$NON-NLS-1$ //$NON-NLS-2$
				+ (out ? " JOIN report_folds rf ON rf.fold = t.report_fold" //$NON-NLS-1$
						: " --DERBY-PROPERTIES index=call_task_report_tail\n") //$NON-NLS-1$
				+ " LEFT JOIN call_outcome o --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n" //$NON-NLS-1$
				+ " ON o.task_id = t.id" + outcomes //$NON-NLS-1$
				+ " LEFT JOIN service_event e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n" //$NON-NLS-1$
				+ " ON e.id = t.source_event_id WHERE t.state <> 'CANCELLED' AND " + where //$NON-NLS-1$
				+ " GROUP BY " + dims; //$NON-NLS-1$
	}

	/**
	 * Takes the folded tasks meeting {@code where} out of the summaries (adds the negative of what their fold
	 * added) and marks them not folded, on the caller's transaction, which holds the mark's lock; if there were
	 * any, the mark's fold number grows (a change of the report zone under way computes its summaries again).
	 */
	private static void unfold(Connection c, String where, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(contribution(c, zone(c), -1, " AND o.id <= rf.outcome_upto", //$NON-NLS-1$
				"t.report_fold > 0 AND " + where, params))) { //$NON-NLS-1$
			for (int i = 0; i < params.length; i++) {
				p.setObject(i + 1, params[i]);
			}
			p.executeUpdate();
		}
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET report_fold = 0 WHERE report_fold > 0 AND " //$NON-NLS-1$
				+ where.replace("t.", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < params.length; i++) {
				p.setObject(i + 1, params[i]);
			}
			if (p.executeUpdate() > 0) {
				changed(c);
			}
		}
	}

	/** Counts a change of what is folded other than a fold's (the caller's transaction holds the mark's lock). */
	private static void changed(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE report_fold SET fold = fold + 1 WHERE id = 1"); //$NON-NLS-1$
		}
	}

	/** The lowest and highest id of the promises marked done not folded ({1, 0} if none). */
	private static long[] promiseRange(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM callback " //$NON-NLS-1$
				+ "WHERE report_fold = 0 AND done = TRUE")) { //$NON-NLS-1$
			rs.next();
			long min = rs.getLong(1);
			return rs.wasNull() ? new long[] { 1, 0 } : new long[] { min, rs.getLong(2) };
		}
	}

	private static long foldPromises(Store store) {
		long[] range = store.read(ReportSummaries::promiseRange);
		long promises = 0;
		for (long a = range[0]; range[1] >= a; a += TASKS) {
			long first = a;
			promises += store.inTransaction(c -> foldPromiseChunk(c, first, Math.min(range[1], first + TASKS - 1)));
		}
		return promises;
	}

	/**
	 * Folds the promises marked done not folded yet with ids {@code a} to {@code b}, as a new fold; returns how
	 * many. They are marked first (which locks them), then summed by their mark, so that a promise closed meanwhile
	 * is either in both or in neither.
	 */
	private static long foldPromiseChunk(Connection c, long a, long b) throws SQLException {
		Mark m = lock(c);
		int fold = m.fold() + 1;
		long n;
		try (Statement s = c.createStatement()) {
			n = s.executeUpdate("UPDATE callback SET report_fold = " + fold + " WHERE id BETWEEN " + a + " AND " + b //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " AND report_fold = 0 AND done = TRUE"); //$NON-NLS-1$
			if (n == 0) {
				return 0;
			}
			s.executeUpdate("UPDATE report_fold SET fold = " + fold + " WHERE id = 1"); //$NON-NLS-1$ //$NON-NLS-2$
			s.executeUpdate(promiseContribution(c, m.zone(), 1, "cb.id BETWEEN " + a + " AND " + b //$NON-NLS-1$ //$NON-NLS-2$
					+ " AND cb.report_fold = " + fold)); //$NON-NLS-1$
		}
		return n;
	}

	/**
	 * The statement adding {@code sign} times the promises meeting {@code where} (on {@code cb}) to
	 * {@code report_promises}, days in {@code zone}.
	 */
	private static String promiseContribution(Connection c, ZoneId zone, int sign, String where) throws SQLException {
		return "INSERT INTO report_promises (on_day, owner, source, engineer, closed_as, promises, late) " //$NON-NLS-1$
				+ promises(c, zone, sign, where);
	}

	/** The SELECT of {@link #promiseContribution}. */
	private static String promises(Connection c, ZoneId zone, int sign, String where) throws SQLException {
		String dims = day(c, zone, "cb.due_at", "FROM callback cb WHERE " + where) //$NON-NLS-1$ //$NON-NLS-2$
				+ ", cb.owner, cb.source, e.engineer, cb.closed_as"; //$NON-NLS-1$
		String minus = sign < 0 ? "-" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return "SELECT " //$NON-NLS-1$
				+ dims + ", " + minus + "SUM(CAST(1 AS BIGINT)), " + minus //$NON-NLS-1$ //$NON-NLS-2$
				+ "SUM(CAST(CASE WHEN cb.closed_at > cb.due_at THEN 1 ELSE 0 END AS BIGINT)) FROM callback cb " //$NON-NLS-1$
				+ "LEFT JOIN service_event e ON e.id = cb.service_event_id WHERE " + where + " GROUP BY " + dims; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Takes promise {@code id} out of the summaries if it is folded (adds the negative of what its fold added) and
	 * marks it not folded, on the caller's transaction, before the promise is changed: the first statement of that
	 * transaction, as it locks the mark.
	 */
	static void forgetPromise(Connection c, long id) throws SQLException {
		Mark m = lock(c);
		try (Statement s = c.createStatement()) {
			s.executeUpdate(promiseContribution(c, m.zone(), -1, "cb.id = " + id + " AND cb.report_fold > 0")); //$NON-NLS-1$ //$NON-NLS-2$
			if (s.executeUpdate("UPDATE callback SET report_fold = 0 WHERE id = " + id + " AND report_fold > 0") > 0) { //$NON-NLS-1$ //$NON-NLS-2$
				changed(c);
			}
		}
	}

	/** Takes the tasks of a campaign out of the summaries before they are deleted, on the caller's transaction. */
	static void forgetCampaign(Connection c, long campaignId) throws SQLException {
		lock(c);
		unfold(c, "t.campaign_id = ?", campaignId); //$NON-NLS-1$
	}
}
