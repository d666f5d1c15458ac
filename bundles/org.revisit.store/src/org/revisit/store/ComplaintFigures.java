package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.revisit.store.internal.DerbyDrivers;
import org.revisit.store.internal.Jdbc;
import org.revisit.store.internal.Migrations;

/**
 * What the complaints report counts of each complaint, kept on the complaint's row (schema version 34) so that the
 * report reads one range of the index {@code service_event_complaint} and joins nothing:
 * {@code complaint_closed}, whether a callback promised on the complaint was closed {@code DONE}, and
 * {@code complaint_closed_at}, the earliest {@code closed_at} of those (null if none has one: closed, 0 seconds to
 * close); {@code follow_ups} and {@code follow_ups_done}, the follow-ups of the outcomes of the tasks
 * following the complaint up ({@code call_task.source_event_id}) or keeping a promise made on it (the task's
 * callback's {@code service_event_id}), a follow-up counted once for a complaint reached both ways, and how many of
 * them are done. Only rows of kind {@code COMPLAINT} hold figures.
 * <p>
 * The triggers of {@code V34__complaint_figures.sql} call {@link #count} whenever a row these figures come from is
 * inserted, changed or deleted (callbacks, the links of tasks and outcomes, follow-ups, an event becoming a
 * complaint), whatever writes it: the repositories, raw SQL, Derby's bulk import. It counts the complaints reached
 * again, each through the indexes of the joined columns in a fixed order: Derby's own plans for the same counts as
 * correlated subqueries of one {@code UPDATE} read the whole of {@code follow_up} or {@code service_event}.
 */
public final class ComplaintFigures {

	/** The script of version 34. */
	public static final String SCRIPT = "V34__complaint_figures.sql"; //$NON-NLS-1$

	/** Schema version 34: the columns, the index, the triggers, then every complaint's figures ({@link #fill}). */
	public static final Migrations.Step MIGRATION = c -> {
		try (Statement s = c.createStatement()) {
			for (String sql : Migrations.statements(SCRIPT)) {
				s.execute(sql);
			}
		}
		long n = fill(c);
		return "complaints' closing time and follow-ups on their rows (" + n + " complaints with figures)"; //$NON-NLS-1$ //$NON-NLS-2$
	};

	private static final String CLOSED = "SELECT COUNT(*), MIN(closed_at) FROM callback WHERE service_event_id = ? " //$NON-NLS-1$
			+ "AND closed_as = 'DONE'"; //$NON-NLS-1$

	private static final String PROBED = " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n "; //$NON-NLS-1$

	private static final String CALLS = " JOIN call_outcome o" + PROBED + "ON o.task_id = t.id JOIN follow_up fu" //$NON-NLS-1$ //$NON-NLS-2$
			+ PROBED + "ON fu.outcome_id = o.id"; //$NON-NLS-1$

	/** The follow-ups of the tasks following the complaint up. */
	private static final String FOLLOWING = "SELECT COUNT(*), SUM(CASE WHEN fu.done THEN 1 ELSE 0 END) FROM " //$NON-NLS-1$
			+ "--DERBY-PROPERTIES joinOrder=FIXED\n call_task t" + CALLS + " WHERE t.source_event_id = ?"; //$NON-NLS-1$ //$NON-NLS-2$

	/** The follow-ups of the tasks keeping a promise made on the complaint, when they do not follow it up. */
	private static final String KEEPING = "SELECT COUNT(*), SUM(CASE WHEN fu.done THEN 1 ELSE 0 END) FROM " //$NON-NLS-1$
			+ "--DERBY-PROPERTIES joinOrder=FIXED\n callback cb JOIN call_task t" + PROBED + "ON t.callback_id = cb.id" //$NON-NLS-1$ //$NON-NLS-2$
			+ CALLS + " WHERE cb.service_event_id = ? AND (t.source_event_id IS NULL OR t.source_event_id <> ?)"; //$NON-NLS-1$

	private ComplaintFigures() {
	}

	/**
	 * The triggers' procedure {@code revisit_complaint_figures}: counts again the complaint {@code event}, the one
	 * callback {@code callback} was promised on, those of task {@code task} (its source event, its callback's
	 * event) and those of the task of outcome {@code outcome}; each may be null.
	 */
	public static void count(Long event, Long callback, Long task, Long outcome) throws SQLException {
		try (Connection c = DerbyDrivers.embedded().connect("jdbc:default:connection", new Properties())) { //$NON-NLS-1$
			for (Long e : reached(c, event, callback, task, outcome)) {
				countAgain(c, e);
			}
		}
	}

	/**
	 * The trigger's procedure {@code revisit_follow_up_added} for a follow-up of outcome {@code outcome} stored
	 * (what a finished call writes): adds one, and one done if {@code done}, to each complaint its task follows up or
	 * keeps a promise of, without counting them again. It reads only the outcome, its task and that task's promise
	 * (rows the call's own transaction holds) and writes the complaints' rows in ascending id order, so two agents
	 * finishing calls about the same complaint wait at most for each other's commit, never in a cycle: the full count
	 * again ({@link #count}) reads every task and follow-up of the complaint, which may be another agent's uncommitted
	 * rows.
	 */
	public static void followUpAdded(Long outcome, Boolean done) throws SQLException {
		if (outcome == null) {
			return;
		}
		try (Connection c = DerbyDrivers.embedded().connect("jdbc:default:connection", new Properties()); //$NON-NLS-1$
				PreparedStatement p = c.prepareStatement("UPDATE service_event SET follow_ups = follow_ups + 1, " //$NON-NLS-1$
						+ "follow_ups_done = follow_ups_done + ? WHERE id = ? AND kind = 'COMPLAINT'")) { //$NON-NLS-1$
			for (Long e : reached(c, null, null, null, outcome)) {
				p.setInt(1, Boolean.TRUE.equals(done) ? 1 : 0);
				p.setLong(2, e);
				p.executeUpdate();
			}
		}
	}

	/**
	 * The complaints reached from {@code event} itself, the event callback {@code callback} was promised on, and
	 * those of task {@code task} or of the task of outcome {@code outcome} (its source event, its promise's event);
	 * each may be null. In ascending order: every trigger writes complaints' rows in the same order.
	 */
	private static Set<Long> reached(Connection c, Long event, Long callback, Long task, Long outcome) throws SQLException {
		Set<Long> events = new TreeSet<>();
		add(events, event);
		Long t = task;
		if (outcome != null) {
			t = one(c, "SELECT task_id FROM call_outcome WHERE id = ?", outcome); //$NON-NLS-1$
		}
		if (t != null) {
			try (PreparedStatement p = c.prepareStatement("SELECT source_event_id, callback_id FROM call_task WHERE id = ?")) { //$NON-NLS-1$
				p.setLong(1, t);
				try (ResultSet rs = p.executeQuery()) {
					if (rs.next()) {
						add(events, (Long) rs.getObject(1, Long.class));
						Long cb = rs.getObject(2, Long.class);
						if (cb != null) {
							add(events, one(c, "SELECT service_event_id FROM callback WHERE id = ?", cb)); //$NON-NLS-1$
						}
					}
				}
			}
		}
		if (callback != null) {
			add(events, one(c, "SELECT service_event_id FROM callback WHERE id = ?", callback)); //$NON-NLS-1$
		}
		return events;
	}

	private static void add(Set<Long> events, Long event) {
		if (event != null) {
			events.add(event);
		}
	}

	private static Long one(Connection c, String sql, long id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			p.setLong(1, id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? rs.getObject(1, Long.class) : null;
			}
		}
	}

	/** Counts the figures of complaint {@code event} again and writes those that changed. */
	static void countAgain(Connection c, long event) throws SQLException {
		boolean wasClosed;
		Timestamp closedBefore;
		long followUpsBefore;
		long doneBefore;
		try (PreparedStatement p = c.prepareStatement("SELECT kind, complaint_closed_at, follow_ups, follow_ups_done, " //$NON-NLS-1$
				+ "complaint_closed " //$NON-NLS-1$
				+ "FROM service_event WHERE id = ?")) { //$NON-NLS-1$
			p.setLong(1, event);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next() || !"COMPLAINT".equals(rs.getString(1))) { //$NON-NLS-1$
					return;
				}
				closedBefore = rs.getTimestamp(2, Jdbc.utc());
				followUpsBefore = rs.getLong(3);
				doneBefore = rs.getLong(4);
				wasClosed = rs.getBoolean(5);
			}
		}
		boolean isClosed;
		Timestamp closed;
		try (PreparedStatement p = c.prepareStatement(CLOSED)) {
			p.setLong(1, event);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				isClosed = rs.getLong(1) > 0;
				closed = rs.getTimestamp(2, Jdbc.utc());
			}
		}
		long followUps = 0;
		long done = 0;
		for (String sql : new String[] { FOLLOWING, KEEPING }) {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				p.setLong(1, event);
				if (sql == KEEPING) {
					p.setLong(2, event);
				}
				try (ResultSet rs = p.executeQuery()) {
					if (rs.next()) {
						followUps += rs.getLong(1);
						done += rs.getLong(2);
					}
				}
			}
		}
		if (isClosed == wasClosed && Objects.equals(closed, closedBefore) && followUps == followUpsBefore && done == doneBefore) {
			return;
		}
		try (PreparedStatement p = c.prepareStatement("UPDATE service_event SET complaint_closed_at = ?, " //$NON-NLS-1$
				+ "follow_ups = ?, follow_ups_done = ?, complaint_closed = ? WHERE id = ?")) { //$NON-NLS-1$
			p.setTimestamp(1, closed, Jdbc.utc());
			p.setLong(2, followUps);
			p.setLong(3, done);
			p.setBoolean(4, isClosed);
			p.setLong(5, event);
			p.executeUpdate();
		}
	}

	/**
	 * Sets the figures of every complaint from what is stored, in three passes (the closed promises grouped by
	 * event, the follow-ups with their task's links, then the complaints' rows changed in batches), without the
	 * triggers' probes per complaint: the migration to version 34 and {@code bench report} after its bulk import.
	 *
	 * @return how many complaints have a closing time or follow-ups
	 */
	public static long fill(Connection c) throws SQLException {
		Map<Long, Object[]> figures = new HashMap<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT service_event_id, MIN(closed_at) FROM callback " //$NON-NLS-1$
						+ "WHERE closed_as = 'DONE' AND service_event_id IS NOT NULL GROUP BY service_event_id")) { //$NON-NLS-1$
			while (rs.next()) {
				figures.put(rs.getLong(1), new Object[] { rs.getTimestamp(2, Jdbc.utc()), new long[2], Boolean.TRUE });
			}
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT t.source_event_id, cb.service_event_id, fu.done FROM follow_up fu " //$NON-NLS-1$
						+ "JOIN call_outcome o ON o.id = fu.outcome_id JOIN call_task t ON t.id = o.task_id " //$NON-NLS-1$
						+ "LEFT JOIN callback cb ON cb.id = t.callback_id " //$NON-NLS-1$
						+ "WHERE t.source_event_id IS NOT NULL OR cb.service_event_id IS NOT NULL")) { //$NON-NLS-1$
			while (rs.next()) {
				Long source = rs.getObject(1, Long.class);
				Long promised = rs.getObject(2, Long.class);
				boolean done = rs.getBoolean(3);
				for (Long e : new Long[] { source, Objects.equals(source, promised) ? null : promised }) {
					if (e != null) {
						Object[] f = figures.computeIfAbsent(e, k -> new Object[] { null, new long[2], Boolean.FALSE });
						long[] n = (long[]) f[1];
						n[0]++;
						n[1] += done ? 1 : 0;
					}
				}
			}
		}
		try (Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE service_event SET complaint_closed = FALSE, complaint_closed_at = NULL, follow_ups = 0, " //$NON-NLS-1$
					+ "follow_ups_done = 0 WHERE complaint_closed OR complaint_closed_at IS NOT NULL OR follow_ups <> 0 " //$NON-NLS-1$
					+ "OR follow_ups_done <> 0"); //$NON-NLS-1$
		}
		long n = 0;
		try (PreparedStatement p = c.prepareStatement("UPDATE service_event SET complaint_closed_at = ?, " //$NON-NLS-1$
				+ "follow_ups = ?, follow_ups_done = ?, complaint_closed = ? WHERE id = ? AND kind = 'COMPLAINT'")) { //$NON-NLS-1$
			int batched = 0;
			for (Map.Entry<Long, Object[]> e : figures.entrySet()) {
				long[] counts = (long[]) e.getValue()[1];
				p.setTimestamp(1, (Timestamp) e.getValue()[0], Jdbc.utc());
				p.setLong(2, counts[0]);
				p.setLong(3, counts[1]);
				p.setBoolean(4, (Boolean) e.getValue()[2]);
				p.setLong(5, e.getKey());
				p.addBatch();
				if (++batched == 1_000) {
					n += updated(p.executeBatch());
					batched = 0;
				}
			}
			n += updated(p.executeBatch());
		}
		return n;
	}

	private static long updated(int[] counts) {
		long n = 0;
		for (int k : counts) {
			n += k > 0 ? k : 0;
		}
		return n;
	}
}
