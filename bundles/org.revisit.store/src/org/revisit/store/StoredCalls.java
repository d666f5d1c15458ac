package org.revisit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;

import org.revisit.store.internal.Jdbc;

/**
 * The calls as stored, read whole for checking them after the fact against the calling rules (the simulation's
 * call checker): the outcomes with their task and contact, the attempts that did not reach the contact, the audit
 * trail of the call tasks in the order it was written, and the promises with their tasks. Each read streams its
 * rows to the caller, one row at a time, on a connection of its own; nothing here writes.
 */
public final class StoredCalls {

	/**
	 * A call that reached someone: its outcome, and what the task and the contact say about it.
	 *
	 * @param taskId the task, {@code null} for an outcome without one
	 * @param campaignId the task's campaign, {@code null} for none
	 * @param promise whether the task keeps a promised callback
	 * @param answers how many answers (script steps) the outcome holds
	 */
	public record ReachedCall(long outcomeId, Long taskId, long contactId, Instant startedAt, String disposition,
			Long campaignId, boolean promise, String timeZone, boolean doNotCall, Instant doNotCallDate, int answers) {
	}

	/**
	 * An attempt that did not reach the contact: the audit entry that recorded it, and what the task and the
	 * contact say about it.
	 */
	public record UnreachedAttempt(long auditId, long taskId, Instant recordedAt, long contactId, Long campaignId,
			boolean promise, String timeZone, boolean doNotCall, Instant doNotCallDate) {
	}

	/** One entry of a call task's audit trail. */
	public record TaskTrailEntry(long id, long taskId, String who, Instant at, String action, String detail) {
	}

	/**
	 * A task that keeps a promise.
	 *
	 * @param describe the task's state, due time and the contact's zone, as text for a report
	 */
	public record PromiseTask(long callbackId, long taskId, Instant dueFrom, Instant promisedAt, String describe) {
	}

	/** A promise (callback) as stored. */
	public record Promise(long id, Instant dueAt, Instant closedAt, String source, String closedAs) {
	}

	private final Store store;

	StoredCalls(Store store) {
		this.store = store;
	}

	/** Every outcome stored, in no particular order. */
	public void reachedCalls(Consumer<ReachedCall> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT o.id, o.task_id, o.contact_id, o.started_at, "
					+ "o.disposition, t.campaign_id, t.callback_id, k.time_zone, k.do_not_call, k.dnc_date, "
					+ "(SELECT COUNT(*) FROM call_outcome_step s WHERE s.outcome_id = o.id) FROM call_outcome o "
					+ "LEFT JOIN call_task t ON t.id = o.task_id JOIN contact k ON k.id = o.contact_id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					each.accept(new ReachedCall(rs.getLong(1), nullableId(rs, 2), rs.getLong(3), Jdbc.getInstant(rs, 4),
							rs.getString(5), nullableId(rs, 6), rs.getObject(7) != null, rs.getString(8),
							rs.getBoolean(9), Jdbc.getInstant(rs, 10), rs.getInt(11)));
				}
			}
			return null;
		});
	}

	/** Every attempt recorded as not reached ({@link AuditActions#NOT_REACHED}), in no particular order. */
	public void unreachedAttempts(Consumer<UnreachedAttempt> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.entity_id, a.changed_at, t.contact_id, "
					+ "t.campaign_id, t.callback_id, k.time_zone, k.do_not_call, k.dnc_date FROM audit_entry a "
					+ "JOIN call_task t ON t.id = a.entity_id JOIN contact k ON k.id = t.contact_id "
					+ "WHERE a.entity_type = 'CallTask' AND a.action = ?")) {
				p.setString(1, AuditActions.NOT_REACHED);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						each.accept(new UnreachedAttempt(rs.getLong(1), rs.getLong(2), Jdbc.getInstant(rs, 3),
								rs.getLong(4), nullableId(rs, 5), rs.getObject(6) != null, rs.getString(7),
								rs.getBoolean(8), Jdbc.getInstant(rs, 9)));
					}
				}
			}
			return null;
		});
	}

	/** The audit trail of every call task, task by task, each task's entries in the order they were written. */
	public void taskTrails(Consumer<TaskTrailEntry> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT id, entity_id, who, changed_at, action, detail "
					+ "FROM audit_entry WHERE entity_type = 'CallTask' ORDER BY entity_id, id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					each.accept(new TaskTrailEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), Jdbc.getInstant(rs, 4),
							rs.getString(5), rs.getString(6)));
				}
			}
			return null;
		});
	}

	/** Every task that keeps a promise, in no particular order. */
	public void promiseTasks(Consumer<PromiseTask> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT t.callback_id, t.id, t.due_from, b.due_at, "
					+ "t.state || ' ' || CAST(t.due_from AS VARCHAR(30)) || ' UTC, ' || k.time_zone FROM call_task t "
					+ "JOIN callback b ON b.id = t.callback_id JOIN contact k ON k.id = t.contact_id "
					+ "WHERE t.callback_id IS NOT NULL"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					each.accept(new PromiseTask(rs.getLong(1), rs.getLong(2), Jdbc.getInstant(rs, 3),
							Jdbc.getInstant(rs, 4), rs.getString(5)));
				}
			}
			return null;
		});
	}

	/**
	 * The promises due before {@code now} to contacts who may still be called (active, not marked do-not-call),
	 * in no particular order.
	 */
	public void promisesDueBefore(Instant now, Consumer<Promise> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT b.id, b.due_at, b.closed_at, b.source, b.closed_as "
					+ "FROM callback b JOIN contact k ON k.id = b.contact_id WHERE b.due_at < ? AND NOT k.do_not_call "
					+ "AND k.status = 'ACTIVE'")) {
				Jdbc.setInstant(p, 1, now);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						each.accept(new Promise(rs.getLong(1), Jdbc.getInstant(rs, 2), Jdbc.getInstant(rs, 3),
								rs.getString(4), rs.getString(5)));
					}
				}
			}
			return null;
		});
	}

	private static Long nullableId(ResultSet rs, int column) throws SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : id;
	}
}
