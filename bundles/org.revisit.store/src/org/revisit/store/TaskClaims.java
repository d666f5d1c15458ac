package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.revisit.model.TaskState;
import org.revisit.store.internal.Jdbc;

/**
 * Hands call tasks to agents under a lease. A claim is a single-row {@code UPDATE ... WHERE id = ? AND
 * version = ?}: Derby takes an exclusive row lock and re-reads the row before it qualifies it, so of two
 * agents that picked the same candidate exactly one updates it and the other sees zero rows and moves on to
 * the next candidate. Candidates are read uncommitted, in the order of an index (no sort, however many tasks
 * the table holds), so a claim never waits for another one to read, and for another one's short update only
 * when both picked the same row. A lease that has expired makes the task claimable again; no
 * background job is needed, and {@link #returnExpiredLeases(Instant)} tidies such tasks up for reports.
 */
public final class TaskClaims {

	/** What an agent got: the task, its contact (with the contact's time zone as stored) and its lease. */
	public record ClaimedTask(long taskId, long contactId, String contactName, Long campaignId, String callType,
			Instant dueFrom, Instant dueTo, int priority, int attempts, String leaseOwner, Instant leaseExpiry,
			int version, String contactZone) {
	}

	/** The task's campaign, if it has one, is not paused (its calls are not handed out). */
	private static final String NOT_PAUSED = " AND NOT EXISTS (SELECT 1 FROM campaign g WHERE g.id = call_task.campaign_id "
			+ "AND g.lifecycle = 'PAUSED')";
	/** Candidates read per round; enough that agents racing for the first rows find a free one quickly. */
	private static final int CANDIDATES = 16;
	private static final int MAX_ROUNDS = 200;
	/**
	 * Due, not held under a live lease, and for a contact who may be called: a contact marked do-not-call or
	 * gone from the company after the task was planned is never handed out.
	 */
	private static final String CLAIMABLE = "due_from <= ? AND (state IN ('PLANNED', 'RESCHEDULED') "
			+ "OR (state = 'CLAIMED' AND lease_expiry <= ?)) AND NOT EXISTS (SELECT 1 FROM contact k "
			+ "WHERE k.id = call_task.contact_id AND (k.do_not_call OR k.status <> 'ACTIVE'))" + NOT_PAUSED;


	private final Store store;

	TaskClaims(Store store) {
		this.store = store;
	}

	/**
	 * Claims the next due task for {@code agent}: the open task (planned, rescheduled, or claimed under a lease
	 * that expired by {@code now}) with {@code due_from <= now}, highest priority first, then the earliest due.
	 * Returns empty when nothing is due.
	 */
	public Optional<ClaimedTask> claimNext(String agent, Instant now, Duration lease) {
		return claimNext(agent, now, lease, Set.of());
	}

	/** As {@link #claimNext(String, Instant, Duration)}, never handing out a task of the {@code hidden} call types. */
	public Optional<ClaimedTask> claimNext(String agent, Instant now, Duration lease, Set<String> hidden) {
		return claimNext(agent, now, lease, hidden, null);
	}

	/** What is written with a claim, in the claim's transaction before its commit (the audit record). */
	@FunctionalInterface
	public interface OnClaim {
		void claimed(Tx tx, ClaimedTask task) throws SQLException;
	}

	/**
	 * As {@link #claimNext(String, Instant, Duration, Set)}, writing {@code onClaim} (if not null) in the claim's
	 * transaction: one commit, one forced write of the log, per claim, and the claim is stored exactly when its audit
	 * record is.
	 */
	public Optional<ClaimedTask> claimNext(String agent, Instant now, Duration lease, Set<String> hidden,
			OnClaim onClaim) {
		checkAgent(agent);
		if (lease == null || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("The lease must be longer than zero, not " + lease);
		}
		Instant expiry = now.plus(lease);
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Candidate> candidates = store.read(c -> candidates(c, now, hidden));
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (Candidate candidate : inTurn(candidates, agent)) {
				Optional<ClaimedTask> claimed = tryClaim(candidate.id(), candidate.version(), agent, now, expiry,
						onClaim);
				if (claimed.isPresent()) {
					return claimed;
				}
			}
		}
		throw new StoreException(null, Messages.Store_claimsLost, agent, MAX_ROUNDS);
	}

	/** A task that may be claimable, with what orders it. */
	record Candidate(long id, int version, int priority, Instant dueFrom) {
	}

	private static final Comparator<Candidate> CLAIM_ORDER = Comparator.comparingInt(Candidate::priority).reversed()
			.thenComparing(Candidate::dueFrom).thenComparingLong(Candidate::id);

	/** At most this many priorities are looked at per round (call types and campaigns use a handful). */
	private static final int MAX_PRIORITIES = 1000;

	/**
	 * The first {@value #CANDIDATES} claimable tasks in claiming order, read uncommitted (so the read waits for no
	 * claim in progress, and a task another agent is claiming right now is already skipped; the claim's update checks
	 * everything again). Open tasks are read from the index {@code call_task_claim_walk}, which holds only whether a
	 * task may be handed out ({@code claim_open}, schema version 12: open, contact callable, campaign not paused),
	 * then priority, due time and id: for each priority present, highest first, one seek finds the first due rows of
	 * that priority, until {@value #CANDIDATES} are found. So a claim reads a few index rows per priority present,
	 * never the tasks due later or those of callers who may not be called, and joins nothing. Claims whose lease
	 * expired (few) are read by the lease's index and merged in.
	 */
	private static List<Candidate> candidates(Connection c, Instant at, Set<String> hidden) throws SQLException {
		List<Candidate> found = new ArrayList<>();
		String walk = "SELECT t.priority FROM call_task t --DERBY-PROPERTIES index=call_task_claim_walk\n "
				+ "WHERE t.claim_open = 1";
		String firstRow = " ORDER BY t.priority DESC FETCH FIRST ROW ONLY WITH UR";
		try (PreparedStatement top = c.prepareStatement(walk + firstRow);
				PreparedStatement next = c.prepareStatement(walk + " AND t.priority < ?" + firstRow);
				PreparedStatement due = c.prepareStatement("SELECT t.id, t.version, t.priority, t.due_from FROM call_task t "
						+ "--DERBY-PROPERTIES index=call_task_claim_walk\n WHERE t.claim_open = 1 AND t.priority = ? "
						+ "AND t.due_from <= ?" + TaskRepository.notIn(hidden) + " ORDER BY t.priority DESC, t.due_from, t.id "
						+ "FETCH FIRST " + CANDIDATES + " ROWS ONLY WITH UR")) {
			int below = 0;
			for (int n = 0; n < MAX_PRIORITIES && found.size() < CANDIDATES; n++) {
				if (n > 0) {
					next.setInt(1, below);
				}
				try (ResultSet rs = (n == 0 ? top : next).executeQuery()) {
					if (!rs.next()) {
						break;
					}
					below = rs.getInt(1);
				}
				due.setInt(1, below);
				Jdbc.setInstant(due, 2, at);
				int i = 3;
				for (String type : hidden) {
					due.setString(i++, type);
				}
				collect(due, found);
			}
		}
		try (PreparedStatement expired = c.prepareStatement("SELECT t.id, t.version, t.priority, t.due_from FROM call_task t "
				+ "--DERBY-PROPERTIES index=call_task_lease\n WHERE t.state = 'CLAIMED' AND t.lease_expiry <= ? "
				+ "AND t.due_from <= ? AND NOT t.contact_off AND NOT t.campaign_off" + TaskRepository.notIn(hidden)
				+ " ORDER BY t.priority DESC, t.due_from, t.id FETCH FIRST " + CANDIDATES + " ROWS ONLY WITH UR")) {
			Jdbc.setInstant(expired, 1, at);
			Jdbc.setInstant(expired, 2, at);
			int i = 3;
			for (String type : hidden) {
				expired.setString(i++, type);
			}
			collect(expired, found);
		}
		found.sort(CLAIM_ORDER);
		return List.copyOf(found.subList(0, Math.min(CANDIDATES, found.size())));
	}

	private static void collect(PreparedStatement p, List<Candidate> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(new Candidate(rs.getLong(1), rs.getInt(2), rs.getInt(3), Jdbc.getInstant(rs, 4)));
			}
		}
	}

	/**
	 * The candidates in the order {@code agent} tries them: in claiming order, except that the first ones, when
	 * they are equal in priority and due time (a morning's birthday calls), start at a place of the agent's own.
	 * Agents who read the same candidates then mostly try different rows, instead of all queueing for the lock of
	 * the first one and failing on it in turn.
	 */
	static List<Candidate> inTurn(List<Candidate> candidates, String agent) {
		Candidate first = candidates.get(0);
		int ties = 1;
		while (ties < candidates.size() && candidates.get(ties).priority() == first.priority()
				&& candidates.get(ties).dueFrom().equals(first.dueFrom())) {
			ties++;
		}
		if (ties == 1) {
			return candidates;
		}
		List<Candidate> turned = new ArrayList<>(candidates);
		Collections.rotate(turned.subList(0, ties), -Math.floorMod(agent.hashCode(), ties));
		return turned;
	}

	/**
	 * Claims one chosen task for {@code agent} (an agent opening it from the queue), whatever its due time:
	 * if it is open, or held under an expired lease, or already held by {@code agent} (the lease is renewed).
	 * Empty if another agent holds it, it is closed, or its contact may not be called.
	 */
	public Optional<ClaimedTask> claim(long taskId, String agent, Instant now, Duration lease) {
		return claim(taskId, agent, now, lease, null);
	}

	/** As {@link #claim(long, String, Instant, Duration)}, writing {@code onClaim} (if not null) in its transaction. */
	public Optional<ClaimedTask> claim(long taskId, String agent, Instant now, Duration lease, OnClaim onClaim) {
		checkAgent(agent);
		Instant expiry = now.plus(lease);
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CLAIMED', lease_owner = ?, "
					+ "lease_expiry = ?, version = version + 1 WHERE id = ? AND (state IN ('PLANNED', 'RESCHEDULED') "
					+ "OR (state = 'CLAIMED' AND (lease_expiry <= ? OR lease_owner = ?))) AND NOT EXISTS (SELECT 1 "
					+ "FROM contact k WHERE k.id = call_task.contact_id AND (k.do_not_call OR k.status <> 'ACTIVE'))" + NOT_PAUSED)) {
				p.setString(1, agent);
				Jdbc.setInstant(p, 2, expiry);
				p.setLong(3, taskId);
				Jdbc.setInstant(p, 4, now);
				p.setString(5, agent);
				if (p.executeUpdate() != 1) {
					return Optional.<ClaimedTask>empty();
				}
				ClaimedTask claimed = load(c, taskId);
				if (onClaim != null) {
					onClaim.claimed(new Tx(c), claimed);
				}
				return Optional.of(claimed);
			}
		});
	}

	/** One optimistic attempt on one candidate; empty if another agent changed the row first. */
	private Optional<ClaimedTask> tryClaim(long id, int version, String agent, Instant at, Instant expiry,
			OnClaim onClaim) {
		try (Connection c = store.connect()) {
			c.setAutoCommit(false);
			try {
				int updated;
				try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CLAIMED', "
						+ "lease_owner = ?, lease_expiry = ?, version = version + 1 WHERE id = ? AND version = ? AND "
						+ CLAIMABLE)) {
					p.setString(1, agent);
					Jdbc.setInstant(p, 2, expiry);
					p.setLong(3, id);
					p.setInt(4, version);
					Jdbc.setInstant(p, 5, at);
					Jdbc.setInstant(p, 6, at);
					updated = p.executeUpdate();
				}
				ClaimedTask claimed = updated == 1 ? load(c, id) : null;
				if (updated == 0) {
					markIfOff(c, id, version);
				} else if (onClaim != null) {
					onClaim.claimed(new Tx(c), claimed);
				}
				c.commit();
				return Optional.ofNullable(claimed);
			} catch (SQLException e) {
				c.rollback();
				if (isContention(e)) {
					return Optional.empty();
				}
				throw e;
			} catch (RuntimeException e) {
				c.rollback(); // what onClaim writes may refuse (an audit record without a user)
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot claim task " + id + " for " + agent + ": " + Store.describe(e), e);
		}
	}

	/**
	 * After a claim on an unchanged task failed: if its contact may not be called or its campaign is paused
	 * although the task does not say so (a task written before the change by a path that does not mark it), marks
	 * it, so that it is no longer read as a candidate.
	 */
	private static void markIfOff(Connection c, long id, int version) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET contact_off = TRUE WHERE id = ? AND "
				+ "version = ? AND NOT contact_off AND EXISTS (SELECT 1 FROM contact k WHERE k.id = call_task.contact_id "
				+ "AND (k.do_not_call OR k.status <> 'ACTIVE'))")) {
			p.setLong(1, id);
			p.setInt(2, version);
			p.executeUpdate();
		}
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET campaign_off = TRUE WHERE id = ? AND "
				+ "version = ? AND NOT campaign_off AND EXISTS (SELECT 1 FROM campaign g WHERE g.id = call_task.campaign_id "
				+ "AND g.lifecycle = 'PAUSED')")) {
			p.setLong(1, id);
			p.setInt(2, version);
			p.executeUpdate();
		}
	}

	/** Deadlock or lock time-out: the row went to someone else; try the next one. */
	private static boolean isContention(SQLException e) {
		String state = e.getSQLState();
		return "40001".equals(state) || "40XL1".equals(state) || "40XL2".equals(state);
	}

	/** The task {@code taskId} with its contact, or {@code null}. */
	public ClaimedTask find(long taskId) {
		return store.read(c -> load(c, taskId));
	}

	private static ClaimedTask load(Connection c, long id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT t.id, t.contact_id, k.name, t.campaign_id, t.call_type, "
				+ "t.due_from, t.due_to, t.priority, t.attempts, t.lease_owner, t.lease_expiry, t.version, "
				+ "k.time_zone FROM call_task t JOIN contact k ON k.id = t.contact_id WHERE t.id = ?")) {
			p.setLong(1, id);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				long campaign = rs.getLong(4);
				Long campaignId = rs.wasNull() ? null : campaign;
				return new ClaimedTask(rs.getLong(1), rs.getLong(2), rs.getString(3), campaignId, rs.getString(5),
						Jdbc.getInstant(rs, 6), Jdbc.getInstant(rs, 7), rs.getInt(8), rs.getInt(9),
						rs.getString(10), Jdbc.getInstant(rs, 11), rs.getInt(12), rs.getString(13));
			}
		}
	}

	/**
	 * Gives a claimed task back to the pool without a call attempt. Returns false if {@code agent} does not
	 * hold it (any more).
	 */
	public boolean release(long taskId, String agent) {
		return release(taskId, agent, null);
	}

	/**
	 * As {@link #release(long, String)}, appending {@code audit} (if not null) in the same transaction when the task
	 * was released: one commit, and never a release without its audit entry.
	 */
	public boolean release(long taskId, String agent, AuditRecord audit) {
		checkAgent(agent);
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'PLANNED', lease_owner = NULL, "
					+ "lease_expiry = NULL, version = version + 1 WHERE id = ? AND state = 'CLAIMED' AND lease_owner = ?")) {
				p.setLong(1, taskId);
				p.setString(2, agent);
				if (p.executeUpdate() != 1) {
					return false;
				}
			}
			if (audit != null) {
				store.audit().append(new Tx(c), audit);
			}
			return true;
		});
	}

	/**
	 * Ends the task that {@code agent} holds with {@code result} (completed, unreachable or cancelled) and counts
	 * the attempt. Returns false if {@code agent} does not hold it (any more).
	 */
	public boolean complete(long taskId, String agent, TaskState result, String reason) {
		return complete(taskId, agent, result, reason, null);
	}

	/**
	 * As {@link #complete(long, String, TaskState, String)}, closing the promise the task keeps as {@code promise}
	 * ({@code null}: done when completed, unreachable when unreachable) — a wrong number completes the task but
	 * does not keep the promise.
	 */
	public boolean complete(long taskId, String agent, TaskState result, String reason, CallbackRepository.Closed promise) {
		checkAgent(agent);
		if (result != TaskState.COMPLETED && result != TaskState.UNREACHABLE && result != TaskState.CANCELLED) {
			throw new IllegalArgumentException("A task ends as COMPLETED, UNREACHABLE or CANCELLED, not " + result);
		}
		return store.inTransactionAgainAfterDeadlock(
				c -> completeOn(c, taskId, agent, result, reason, store.clock().instant(), promise), null);
	}

	/**
	 * As {@link #complete}, inside the caller's transaction. A promised callback the task kept is closed with it
	 * (done, or unreachable), so the list of open promises holds only the ones still owed.
	 */
	static boolean completeOn(Connection c, long taskId, String agent, TaskState result, String reason, Instant now)
			throws SQLException {
		return completeOn(c, taskId, agent, result, reason, now, null);
	}

	private static boolean completeOn(Connection c, long taskId, String agent, TaskState result, String reason,
			Instant now, CallbackRepository.Closed promise) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = ?, reason = ?, "
				+ "attempts = attempts + 1, lease_owner = NULL, lease_expiry = NULL, version = version + 1 "
				+ "WHERE id = ? AND state = 'CLAIMED' AND lease_owner = ?")) {
			p.setString(1, result.getName());
			p.setString(2, reason);
			p.setLong(3, taskId);
			p.setString(4, agent);
			if (p.executeUpdate() != 1) {
				return false;
			}
		}
		if (result != TaskState.CANCELLED) {
			CallbackRepository.closeKeptBy(c, taskId, promise != null ? promise
					: result == TaskState.COMPLETED ? CallbackRepository.Closed.DONE : CallbackRepository.Closed.UNREACHABLE,
					agent, now);
		}
		return true;
	}

	/**
	 * Ends {@code agent}'s attempt on a task without reaching the contact and puts the task back in the pool,
	 * due again from {@code dueFrom} to {@code dueTo}, with the attempt counted. Returns false if {@code agent}
	 * does not hold it (any more).
	 */
	public boolean reschedule(long taskId, String agent, Instant dueFrom, Instant dueTo, String reason) {
		checkAgent(agent);
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'RESCHEDULED', reason = ?, "
					+ "due_from = ?, due_to = ?, attempts = attempts + 1, lease_owner = NULL, lease_expiry = NULL, "
					+ "version = version + 1 WHERE id = ? AND state = 'CLAIMED' AND lease_owner = ?")) {
				p.setString(1, reason);
				Jdbc.setInstant(p, 2, dueFrom);
				Jdbc.setInstant(p, 3, dueTo);
				p.setLong(4, taskId);
				p.setString(5, agent);
				return p.executeUpdate() == 1;
			}
		});
	}

	/**
	 * A supervisor's move: takes an open or claimed task from whoever holds it and gives it to {@code agent} under a
	 * lease until {@code now + lease}, or back to the pool when {@code agent} is {@code null}. A call in progress on
	 * it stays stored and is resumed by the new holder. Returns false if the task is closed or does not exist.
	 */
	public boolean reassign(long taskId, String agent, Instant now, Duration lease) {
		if (agent != null) {
			checkAgent(agent);
		}
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement(agent == null
					? "UPDATE call_task SET state = 'PLANNED', lease_owner = NULL, lease_expiry = NULL, "
							+ "version = version + 1 WHERE id = ? AND state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')"
					: "UPDATE call_task SET state = 'CLAIMED', lease_owner = ?, lease_expiry = ?, "
							+ "version = version + 1 WHERE id = ? AND state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')")) {
				if (agent == null) {
					p.setLong(1, taskId);
				} else {
					p.setString(1, agent);
					Jdbc.setInstant(p, 2, now.plus(lease));
					p.setLong(3, taskId);
				}
				return p.executeUpdate() == 1;
			}
		});
	}

	/** Returns tasks whose lease expired by {@code now} to the pool; returns how many. */
	public int returnExpiredLeases(Instant now) {
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'PLANNED', lease_owner = NULL, "
					+ "lease_expiry = NULL, version = version + 1 WHERE state = 'CLAIMED' AND lease_expiry <= ?")) {
				Jdbc.setInstant(p, 1, now);
				return p.executeUpdate();
			}
		});
	}

	private static void checkAgent(String agent) {
		if (agent == null || agent.isBlank() || agent.length() > 64) {
			throw new IllegalArgumentException("The agent name must be 1 to 64 characters, not '" + agent + "'");
		}
	}
}
