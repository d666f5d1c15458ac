package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.revisit.model.CallTask;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/** Call tasks. */
public final class TaskRepository {

	/** Open and total task counts of one campaign. */
	public record CampaignProgress(long open, long total) {
	}

	private final Store store;

	TaskRepository(Store store) {
		this.store = store;
	}

	/** Inserts new tasks on the caller's connection and sets their ids; contact and campaign must be stored. */
	public void insert(Connection c, List<CallTask> tasks) throws SQLException {
		if (tasks.isEmpty()) {
			return;
		}
		long next = Ids.reserve(c, "call_task", tasks.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, "
				+ "due_from, due_to, priority, attempts, state, lease_owner, lease_expiry, reason, version) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
			for (CallTask task : tasks) {
				task.setId(next++);
				p.setLong(1, task.getId());
				p.setLong(2, task.getContact().getId());
				if (task.getCampaign() != null) {
					p.setLong(3, task.getCampaign().getId());
				} else {
					p.setNull(3, Types.BIGINT);
				}
				p.setString(4, task.getCallTypeId());
				Jdbc.setTimestamp(p, 5, task.getDueFrom());
				Jdbc.setTimestamp(p, 6, task.getDueTo());
				p.setInt(7, task.getPriority());
				p.setInt(8, task.getAttempts());
				p.setString(9, task.getState().getName());
				p.setString(10, task.getLeaseOwner());
				Jdbc.setTimestamp(p, 11, task.getLeaseExpiry());
				p.setString(12, task.getReason());
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** The columns {@link #queueItem} reads, from a task joined with its contact. */
	private static final String QUEUE_SELECT = "SELECT t.id, t.contact_id, k.name, k.title, k.company, t.call_type, "
			+ "t.due_from, t.due_to, t.priority, t.attempts, t.state, t.lease_owner, t.lease_expiry, t.reason, "
			+ "t.campaign_id, k.time_zone, t.promised_at, t.callback_id FROM call_task t JOIN contact k ON k.id = t.contact_id "
			+ "WHERE ";

	/**
	 * One line of an agent's queue: an open task with what the agent needs to see of its contact, including the
	 * contact's time zone (the IANA id as stored) for showing the contact's local time, and for a call that keeps a
	 * promise, the promised moment and the callback ({@code null} for other calls).
	 */
	public record QueueItem(long taskId, long contactId, String contactName, String title, String company,
			String callType, Instant dueFrom, Instant dueTo, int priority, int attempts, String state,
			String leaseOwner, Instant leaseExpiry, String reason, long campaignId, String contactZone, Instant promisedAt,
			Long callbackId) {

		/** Whether this call keeps a promise. */
		public boolean promise() {
			return promisedAt != null;
		}

		/** A promise that is late: its call is placed after the promised moment, or the moment has passed. */
		public boolean late(Instant now) {
			return promisedAt != null && (dueFrom.isAfter(promisedAt) || now.isAfter(promisedAt));
		}
	}

	/**
	 * Open tasks and tasks under a lease, of callable contacts, that are due before {@code until} (so overdue
	 * ones from earlier days are included), ordered by due time, then priority (highest first). Paged.
	 *
	 * @param callType only this call type, or {@code null} for all
	 */
	public List<QueueItem> queue(Instant until, String callType, long offset, int limit) {
		return queue(until, callType, Set.of(), offset, limit);
	}

	/** As {@link #queue(Instant, String, long, int)} without the tasks of the {@code hidden} call types. */
	public List<QueueItem> queue(Instant until, String callType, Set<String> hidden, long offset, int limit) {
		return store.read(c -> {
			List<QueueItem> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(QUEUE_SELECT + QUEUED + notIn(hidden) + CampaignRepository.queuedNotPaused(c)
					+ " ORDER BY t.due_from, t.priority DESC, t.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				int i = bindQueued(p, until, callType, hidden);
				p.setLong(i++, offset);
				p.setInt(i, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(queueItem(rs));
					}
				}
			}
			return result;
		});
	}

	/** The open tasks of one contact (planned, rescheduled or under a lease), earliest due first. */
	public List<QueueItem> openForContact(long contactId) {
		return store.read(c -> {
			List<QueueItem> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(QUEUE_SELECT + "t.contact_id = ? "
					+ "AND t.state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') ORDER BY t.due_from, t.id")) {
				p.setLong(1, contactId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(queueItem(rs));
					}
				}
			}
			return result;
		});
	}

	private static QueueItem queueItem(ResultSet rs) throws SQLException {
		return new QueueItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), Jdbc.getInstant(rs, 7), Jdbc.getInstant(rs, 8), rs.getInt(9),
				rs.getInt(10), rs.getString(11), rs.getString(12), Jdbc.getInstant(rs, 13),
				rs.getString(14), Jdbc.getId(rs, 15), rs.getString(16), Jdbc.getInstant(rs, 17),
				Jdbc.getId(rs, 18) == 0 ? null : Jdbc.getId(rs, 18));
	}

	/** How many tasks {@link #queue} holds before {@code until}, per call type. */
	public Map<String, Long> queueCounts(Instant until) {
		return queueCounts(until, Set.of());
	}

	/** As {@link #queueCounts(Instant)} without the {@code hidden} call types. */
	public Map<String, Long> queueCounts(Instant until, Set<String> hidden) {
		return store.read(c -> {
			Map<String, Long> result = new TreeMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT t.call_type, COUNT(*) FROM call_task t JOIN contact k "
					+ "ON k.id = t.contact_id WHERE " + QUEUED + notIn(hidden) + CampaignRepository.queuedNotPaused(c) + " GROUP BY t.call_type")) {
				bindQueued(p, until, null, hidden);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.put(rs.getString(1), rs.getLong(2));
					}
				}
			}
			return result;
		});
	}

	/** How many queued tasks have a calling window that ended before {@code now}. */
	public long overdueCount(Instant now) {
		return overdueCount(now, Set.of());
	}

	/** As {@link #overdueCount(Instant)} without the {@code hidden} call types. */
	public long overdueCount(Instant now, Set<String> hidden) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_task t JOIN contact k "
					+ "ON k.id = t.contact_id WHERE " + QUEUED + notIn(hidden) + CampaignRepository.queuedNotPaused(c) + " AND t.due_to < ?")) {
				int i = bindQueued(p, now, null, hidden);
				Jdbc.setInstant(p, i, now);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	private static final String QUEUED = "t.state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') AND t.due_from < ? "
			+ "AND NOT k.do_not_call AND k.status = 'ACTIVE' AND (CAST(? AS VARCHAR(100)) IS NULL OR t.call_type = ?)";

	private static int bindQueued(PreparedStatement p, Instant until, String callType, Set<String> hidden)
			throws SQLException {
		Jdbc.setInstant(p, 1, until);
		p.setString(2, callType);
		p.setString(3, callType);
		int i = 4;
		for (String type : hidden) {
			p.setString(i++, type);
		}
		return i;
	}

	/** " AND t.call_type NOT IN (?, …)" with one placeholder per hidden call type, or nothing. */
	static String notIn(Set<String> hidden) {
		return hidden.isEmpty() ? "" : " AND t.call_type NOT IN (" + String.join(", ", java.util.Collections.nCopies(hidden.size(), "?")) + ")";
	}

	/** Open and total tasks per campaign id. */
	public Map<Long, CampaignProgress> progressByCampaign() {
		return store.read(c -> {
			Map<Long, CampaignProgress> result = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT campaign_id, "
					+ "SUM(CASE WHEN state IN ('PLANNED','CLAIMED','RESCHEDULED') THEN 1 ELSE 0 END), COUNT(*) "
					+ "FROM call_task WHERE campaign_id IS NOT NULL GROUP BY campaign_id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.put(rs.getLong(1), new CampaignProgress(rs.getLong(2), rs.getLong(3)));
				}
			}
			return result;
		});
	}
}
