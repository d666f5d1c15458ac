package org.revisit.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * The writes of a planning run: planned tasks inserted, unclaimed ones cancelled, and the pending tasks of contacts
 * who left moved to their successors. Written in short transactions ({@link #CHUNK} rows each) so that agents
 * claiming calls are never locked out for the length of a run.
 */
public final class PlanWrites {

	/**
	 * A task to insert; {@code callbackId} and {@code promisedAt} name the promise a call keeps (both
	 * {@code null} for other calls).
	 */
	public record NewTask(long contactId, long campaignId, String callType, Instant dueFrom, Instant dueTo,
			int priority, String reason, Long sourceEventId, String planKey, Long callbackId, Instant promisedAt) {
	}

	/** Rows per transaction when writing: well under Derby's lock escalation threshold (5,000 row locks). */
	public static final int CHUNK = 2_000;

	private final Store store;

	PlanWrites(Store store) {
		this.store = store;
	}

	/**
	 * Inserts planned tasks, {@link #CHUNK} per transaction. A task whose campaign already holds its plan key
	 * (another planner was faster) is skipped.
	 *
	 * @return the tasks inserted
	 */
	public List<NewTask> insert(List<NewTask> tasks) {
		List<NewTask> inserted = new ArrayList<>(tasks.size());
		for (int from = 0; from < tasks.size(); from += CHUNK) {
			List<NewTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
			try {
				inserted.addAll(store.inTransaction(c -> insert(c, chunk, true)));
			} catch (StoreException e) {
				if (!(e.getCause() instanceof BatchUpdateException b) || !"23505".equals(b.getSQLState())) {
					throw e;
				}
				inserted.addAll(store.inTransaction(c -> insert(c, chunk, false)));
			}
		}
		return inserted;
	}

	private static List<NewTask> insert(Connection c, List<NewTask> chunk, boolean batch) throws SQLException {
		long next = Ids.reserve(c, "call_task", chunk.size());
		List<NewTask> inserted = new ArrayList<>(chunk.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, "
				+ "due_from, due_to, priority, attempts, state, reason, source_event_id, plan_key, version, callback_id, "
				+ "promised_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'PLANNED', ?, ?, ?, 0, ?, ?)")) {
			for (NewTask t : chunk) {
				p.setLong(1, next++);
				p.setLong(2, t.contactId());
				p.setLong(3, t.campaignId());
				p.setString(4, t.callType());
				Jdbc.setInstant(p, 5, t.dueFrom());
				Jdbc.setInstant(p, 6, t.dueTo());
				p.setInt(7, t.priority());
				p.setString(8, t.reason() == null || t.reason().length() <= 400 ? t.reason() : t.reason().substring(0, 400));
				if (t.sourceEventId() == null) {
					p.setNull(9, Types.BIGINT);
				} else {
					p.setLong(9, t.sourceEventId());
				}
				p.setString(10, t.planKey());
				Jdbc.setId(p, 11, t.callbackId() == null ? 0 : t.callbackId());
				Jdbc.setInstant(p, 12, t.promisedAt());
				if (batch) {
					p.addBatch();
				} else {
					try {
						p.executeUpdate();
						inserted.add(t);
					} catch (SQLException e) {
						if (!"23505".equals(e.getSQLState())) {
							throw e;
						}
					}
				}
			}
			if (batch) {
				p.executeBatch();
				inserted.addAll(chunk);
			}
		}
		return inserted;
	}

	/**
	 * Cancels planned tasks that nobody has claimed, each with its reason, {@link #CHUNK} per transaction.
	 *
	 * @return how many were cancelled (a task claimed meanwhile is left alone)
	 */
	public int cancel(Map<Long, String> reasonByTask) {
		List<Map.Entry<Long, String>> all = new ArrayList<>(reasonByTask.entrySet());
		int cancelled = 0;
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Map.Entry<Long, String>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			cancelled += store.inTransaction(c -> {
				// A promise's cancelled task gives up its plan key, so that the promise, still owed, is planned
				// again once it can be (a do-not-call lifted, a campaign switched on again).
				try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CANCELLED', reason = ?, "
						+ "plan_key = CASE WHEN callback_id IS NULL THEN plan_key ELSE NULL END, "
						+ "version = version + 1 WHERE id = ? AND state = 'PLANNED'")) {
					for (Map.Entry<Long, String> e : chunk) {
						String reason = e.getValue();
						p.setString(1, reason.length() <= 400 ? reason : reason.substring(0, 400));
						p.setLong(2, e.getKey());
						p.addBatch();
					}
					int n = 0;
					for (int count : p.executeBatch()) {
						n += Math.max(count, 0);
					}
					return n;
				}
			});
		}
		return cancelled;
	}

	/**
	 * Moves the pending, unclaimed tasks of contacts who left the company to their successors.
	 *
	 * @return how many tasks moved
	 */
	public int moveToSuccessors() {
		return store.inTransaction(c -> moveToSuccessors(c, PlanningReads.successors(c)));
	}

	/**
	 * As {@link #moveToSuccessors()}, for the contacts who left with their successors as
	 * {@link PlanningReads#successors()} read them just before (the planner reads them anyway).
	 */
	public int moveToSuccessors(Map<Long, Long> successors) {
		if (successors.isEmpty()) {
			return 0;
		}
		return store.inTransaction(c -> moveToSuccessors(c, successors));
	}

	/**
	 * The tasks to move are looked up by contact (its index) and moved by id, one step each (to the contact's own
	 * successor, as one UPDATE with a subquery did; that UPDATE walked every pending task of the table, and a
	 * planning run begins with it).
	 */
	private static int moveToSuccessors(Connection c, Map<Long, Long> successors) throws SQLException {
		Map<Long, Long> moves = new java.util.LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id FROM call_task WHERE contact_id = ? "
				+ "AND state IN ('PLANNED', 'RESCHEDULED')")) {
			for (Map.Entry<Long, Long> left : new java.util.TreeMap<>(successors).entrySet()) {
				p.setLong(1, left.getKey());
				try (java.sql.ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						moves.put(rs.getLong(1), left.getValue());
					}
				}
			}
		}
		if (moves.isEmpty()) {
			return 0;
		}
		int moved = 0;
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET contact_id = ?, version = version + 1 "
				+ "WHERE id = ? AND state IN ('PLANNED', 'RESCHEDULED')")) {
			for (Map.Entry<Long, Long> m : moves.entrySet()) {
				p.setLong(1, m.getValue());
				p.setLong(2, m.getKey());
				p.addBatch();
			}
			for (int count : p.executeBatch()) {
				moved += Math.max(count, 0);
			}
		}
		return moved;
	}
}
