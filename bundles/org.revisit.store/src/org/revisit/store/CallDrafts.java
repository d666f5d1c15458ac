package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;

import org.revisit.model.CallOutcome;
import org.revisit.model.TaskState;
import org.revisit.store.internal.Jdbc;

/**
 * Calls in progress: for each task an agent has opened and not finished, the script, the answers given so far
 * (as the script runner's state text) and the notes. Every change is its own short transaction, so what the
 * agent recorded survives a crash or a closed window; {@link #finish} turns the draft into the call's outcome
 * and closes the task in one transaction.
 */
public final class CallDrafts {

	/** A call in progress. {@code state} is the script runner's state; {@code answers} how many it holds. */
	public record Draft(long taskId, String agent, String scriptId, int scriptVersion, Instant startedAt,
			Instant updatedAt, int answers, String state, String notes) {
	}

	private static final String COLUMNS = "task_id, agent, script_id, script_version, started_at, updated_at, "
			+ "answers, run_state, notes";

	private final Store store;

	CallDrafts(Store store) {
		this.store = store;
	}

	/** The call in progress on task {@code taskId}, or {@code null}. */
	public Draft find(long taskId) {
		return store.read(c -> find(c, taskId));
	}

	private static Draft find(Connection c, long taskId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM call_draft WHERE task_id = ?")) {
			p.setLong(1, taskId);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				return new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						Jdbc.getInstant(rs, 5), Jdbc.getInstant(rs, 6), rs.getInt(7), rs.getString(8),
						rs.getString(9));
			}
		}
	}

	/**
	 * Starts the call on a task that {@code agent} holds, or takes up the call already in progress on it (then
	 * the draft passes to {@code agent}: a lease that expired lets another agent finish the call). Returns the
	 * stored draft.
	 *
	 * @throws StoreException if {@code agent} does not hold the task
	 */
	public Draft open(long taskId, String agent, String scriptId, int scriptVersion, String state, Instant now) {
		return open(taskId, agent, scriptId, scriptVersion, state, now, null);
	}

	/**
	 * As {@link #open(long, String, String, int, String, Instant)}, appending {@code audit} (if not null) in the same
	 * transaction: one commit, and the call is opened exactly when its audit entry is stored.
	 */
	public Draft open(long taskId, String agent, String scriptId, int scriptVersion, String state, Instant now,
			AuditRecord audit) {
		return store.inTransaction(c -> {
			requireHeld(c, taskId, agent);
			if (audit != null) {
				store.audit().append(new Tx(c), audit);
			}
			Draft existing = find(c, taskId);
			if (existing != null) {
				if (!existing.agent().equals(agent)) {
					try (PreparedStatement p = c.prepareStatement(
							"UPDATE call_draft SET agent = ?, updated_at = ? WHERE task_id = ?")) {
						p.setString(1, agent);
						Jdbc.setInstant(p, 2, now);
						p.setLong(3, taskId);
						p.executeUpdate();
					}
				}
				return find(c, taskId);
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_draft (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL)")) {
				p.setLong(1, taskId);
				p.setString(2, agent);
				p.setString(3, scriptId);
				p.setInt(4, scriptVersion);
				Jdbc.setInstant(p, 5, now);
				Jdbc.setInstant(p, 6, now);
				p.setString(7, state);
				p.executeUpdate();
			}
			return find(c, taskId);
		});
	}

	/**
	 * Stores the answers given so far, in one transaction, and extends the agent's lease on the task to at least
	 * {@code leaseUntil} (a call in progress keeps its task). Returns false (and stores nothing) if the draft is
	 * gone or another agent took the call over.
	 */
	public boolean saveAnswers(long taskId, String agent, String state, int answers, Instant now, Instant leaseUntil) {
		return saveAnswers(taskId, agent, state, answers, now, leaseUntil, null);
	}

	/**
	 * As {@link #saveAnswers(long, String, String, int, Instant, Instant)}, appending {@code audit} (if not null) in
	 * the same transaction: one commit per answer, and the answers are stored exactly when their audit entry is.
	 */
	public boolean saveAnswers(long taskId, String agent, String state, int answers, Instant now, Instant leaseUntil,
			AuditRecord audit) {
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE call_draft SET run_state = ?, answers = ?, "
					+ "updated_at = ? WHERE task_id = ? AND agent = ?")) {
				p.setString(1, state);
				p.setInt(2, answers);
				Jdbc.setInstant(p, 3, now);
				p.setLong(4, taskId);
				p.setString(5, agent);
				if (p.executeUpdate() != 1) {
					return false;
				}
			}
			extendLease(c, taskId, agent, leaseUntil);
			if (audit != null) {
				store.audit().append(new Tx(c), audit);
			}
			return true;
		});
	}

	/** Stores the notes, in one transaction, extending the lease as {@link #saveAnswers} does. */
	public boolean saveNotes(long taskId, String agent, String notes, Instant now, Instant leaseUntil) {
		if (notes != null && notes.length() > 4000) {
			throw new IllegalArgumentException("The notes of a call hold at most 4000 characters, not " + notes.length());
		}
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE call_draft SET notes = ?, updated_at = ? WHERE task_id = ? AND agent = ?")) {
				p.setString(1, notes);
				Jdbc.setInstant(p, 2, now);
				p.setLong(3, taskId);
				p.setString(4, agent);
				if (p.executeUpdate() != 1) {
					return false;
				}
			}
			extendLease(c, taskId, agent, leaseUntil);
			return true;
		});
	}

	/** A claim re-checks the lease expiry under its row lock, so a lease extended here is never taken over. */
	private static void extendLease(Connection c, long taskId, String agent, Instant until) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET lease_expiry = ?, version = version + 1 "
				+ "WHERE id = ? AND state = 'CLAIMED' AND lease_owner = ? AND lease_expiry < ?")) {
			Jdbc.setInstant(p, 1, until);
			p.setLong(2, taskId);
			p.setString(3, agent);
			Jdbc.setInstant(p, 4, until);
			p.executeUpdate();
		}
	}

	/**
	 * Finishes the call: in one transaction, inserts {@code outcome} for contact {@code contactId} (with its path,
	 * values, scores, follow-ups and callbacks), removes the draft, and ends the task with {@code result} (which
	 * releases the lease). Returns false and writes nothing if {@code agent} no longer holds the task.
	 */
	public boolean finish(long taskId, String agent, long contactId, CallOutcome outcome, TaskState result,
			String reason) {
		return finish(taskId, agent, contactId, outcome, result, reason, null);
	}

	/**
	 * As {@link #finish(long, String, long, CallOutcome, TaskState, String)}; when {@code supersedes} names an open
	 * promise of the contact and the call agreed a new callback, that promise is closed as replaced by the new one
	 * in the same transaction (audited as done by the agent).
	 */
	public boolean finish(long taskId, String agent, long contactId, CallOutcome outcome, TaskState result,
			String reason, Long supersedes) {
		return finish(taskId, agent, contactId, outcome, result, reason, supersedes, null);
	}

	/**
	 * As {@link #finish(long, String, long, CallOutcome, TaskState, String, Long)}, appending the audit entry
	 * {@code audit} gives (if not null; asked once the outcome is inserted, so that it may name the outcome's id) in
	 * the same transaction: one commit, and the outcome is stored exactly when its audit entry is.
	 */
	public boolean finish(long taskId, String agent, long contactId, CallOutcome outcome, TaskState result,
			String reason, Long supersedes, Supplier<AuditRecord> audit) {
		if (outcome.getAgent() == null || outcome.getStartedAt() == null) {
			throw new StoreException("The outcome of the call on task " + taskId + " needs the agent and start time");
		}
		ValidationException.check(outcome);
		try {
			return store.inTransactionAgainAfterDeadlock(c -> {
				if (!TaskClaims.completeOn(c, taskId, agent, result, reason, store.clock().instant())) {
					return false;
				}
				store.outcomes().insertOn(c, contactId, outcome);
				if (supersedes != null && !outcome.getCallbacks().isEmpty()) {
					store.callbacks().supersedeOn(c, supersedes, outcome.getCallbacks().get(0), agent, store.clock().instant());
				}
				try (PreparedStatement p = c.prepareStatement("DELETE FROM call_draft WHERE task_id = ?")) {
					p.setLong(1, taskId);
					p.executeUpdate();
				}
				if (audit != null) {
					store.audit().append(new Tx(c), audit.get());
				}
				return true;
			}, () -> {
				outcome.setId(0); // rolled back: the ids given out were never stored
				outcome.getCallbacks().forEach(cb -> cb.setId(0));
			});
		} catch (RuntimeException e) {
			outcome.setId(0); // rolled back: the ids given out were never stored
			outcome.getCallbacks().forEach(cb -> cb.setId(0));
			throw e;
		}
	}

	/** Drops the call in progress on a task (nothing happens if there is none). */
	public void discard(long taskId) {
		store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("DELETE FROM call_draft WHERE task_id = ?")) {
				p.setLong(1, taskId);
				return p.executeUpdate();
			}
		});
	}

	private static void requireHeld(Connection c, long taskId, String agent) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT state, lease_owner FROM call_task WHERE id = ?")) {
			p.setLong(1, taskId);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException(null, Messages.Store_noTask, taskId);
				}
				if (!"CLAIMED".equals(rs.getString(1)) || !agent.equals(rs.getString(2))) {
					throw new StoreException(null, Messages.Store_taskNotHeld, taskId, agent, rs.getString(1),
							rs.getString(2));
				}
			}
		}
	}
}
