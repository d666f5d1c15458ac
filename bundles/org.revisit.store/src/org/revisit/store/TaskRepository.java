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

	/**
	 * Inserts new tasks on the caller's connection and sets their ids; contact and campaign must be stored. For
	 * tests and benchmarks: in a working database only the planner adds tasks, which its daily run relies on
	 * ({@link PlanChanges#withTasksAdded}); never call this while a planning run may be running.
	 */
	public void insert(Tx tx, List<CallTask> tasks) throws SQLException {
		Connection c = tx.connection();
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
		markOff(c, next - tasks.size(), next - 1);
	}

	/**
	 * Marks the tasks with ids {@code from} to {@code to} whose contact may not be called or whose campaign is
	 * paused (schema version 12 keeps this on the task; triggers keep it when a contact or campaign changes).
	 */
	static void markOff(Connection c, long from, long to) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET contact_off = TRUE WHERE id BETWEEN ? AND ? "
				+ "AND EXISTS (SELECT 1 FROM contact k WHERE k.id = call_task.contact_id AND (k.do_not_call OR "
				+ "k.status <> 'ACTIVE'))")) {
			p.setLong(1, from);
			p.setLong(2, to);
			p.executeUpdate();
		}
		try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET campaign_off = TRUE WHERE id BETWEEN ? AND ? "
				+ "AND EXISTS (SELECT 1 FROM campaign g WHERE g.id = call_task.campaign_id AND g.lifecycle = 'PAUSED')")) {
			p.setLong(1, from);
			p.setLong(2, to);
			p.executeUpdate();
		}
	}

	/** The columns {@link #queueItem} reads, from a task joined with its contact. */
	private static final String COLUMNS = "SELECT t.id, t.contact_id, k.name, k.title, k.company, t.call_type, "
			+ "t.due_from, t.due_to, t.priority, t.attempts, t.state, t.lease_owner, t.lease_expiry, t.reason, "
			+ "t.campaign_id, k.time_zone, t.promised_at, t.callback_id ";
	private static final String CONTACT_SELECT = COLUMNS + "FROM call_task t JOIN contact k ON k.id = t.contact_id WHERE ";
	/**
	 * The queue's rows: the tasks in the order of the index {@code call_task_queue_order}, each joined with its
	 * contact by the contact's key, so a page reads its own rows and no sort is needed.
	 */
	private static final String QUEUE_SELECT = COLUMNS + "FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
			+ "call_task t --DERBY-PROPERTIES index=call_task_queue_order\n, contact k WHERE k.id = t.contact_id AND ";

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

	/**
	 * As {@link #queue(Instant, String, long, int)} without the tasks of the {@code hidden} call types. Read in the
	 * order of the index {@code call_task_queue_order} (no sort), but the rows before {@code offset} are still
	 * read: pages far down are cheaper with {@link #queuePage}.
	 */
	public List<QueueItem> queue(Instant until, String callType, Set<String> hidden, long offset, int limit) {
		return store.read(c -> {
			List<QueueItem> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(QUEUE_SELECT + QUEUED + notIn(hidden)
					+ QUEUE_ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				int i = bindQueued(p, until, callType, hidden);
				p.setLong(i++, offset);
				p.setInt(i, limit);
				read(p, result);
			}
			return result;
		});
	}

	/** Where a row stands in the queue's order (due time, priority highest first, task id): a page starts after one. */
	public record QueueKey(Instant dueFrom, int priority, long taskId) {

		/** The key of a row of the queue. */
		public static QueueKey of(QueueItem item) {
			return new QueueKey(item.dueFrom(), item.priority(), item.taskId());
		}
	}

	/**
	 * The rows of the queue as {@link #queue(Instant, String, Set, long, int)} orders them that come after
	 * {@code after} ({@code null}: from the first), at most {@code limit}: a keyset page, read from the index in
	 * the queue's order from the key on, so a page at the end costs what a page at the start does.
	 */
	public List<QueueItem> queuePage(Instant until, String callType, Set<String> hidden, QueueKey after, int limit) {
		return store.read(c -> {
			List<QueueItem> result = new ArrayList<>();
			if (after == null) {
				page(c, "", until, callType, hidden, null, limit, result);
				return result;
			}
			// the rest of the key's due time and priority, then the lower priorities of that due time, then later ones:
			// each an index range that starts at the key, so nothing before it is read
			page(c, " AND t.queue_due = ? AND t.priority = ? AND t.id > ?", until, callType, hidden,
					new Object[] { after.dueFrom(), after.priority(), after.taskId() }, limit, result);
			if (result.size() < limit) {
				page(c, " AND t.queue_due = ? AND t.priority < ?", until, callType, hidden,
						new Object[] { after.dueFrom(), after.priority() }, limit - result.size(), result);
			}
			if (result.size() < limit) {
				page(c, " AND t.queue_due > ?", until, callType, hidden, new Object[] { after.dueFrom() },
						limit - result.size(), result);
			}
			return result;
		});
	}

	private static void page(Connection c, String where, Instant until, String callType, Set<String> hidden,
			Object[] key, int limit, List<QueueItem> into) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(QUEUE_SELECT + QUEUED + notIn(hidden) + where + QUEUE_ORDER
				+ " FETCH FIRST " + limit + " ROWS ONLY")) {
			int i = bindQueued(p, until, callType, hidden);
			if (key != null) {
				for (Object value : key) {
					if (value instanceof Instant at) {
						Jdbc.setInstant(p, i++, at);
					} else if (value instanceof Integer n) {
						p.setInt(i++, n);
					} else {
						p.setLong(i++, (Long) value);
					}
				}
			}
			read(p, into);
		}
	}

	private static void read(PreparedStatement p, List<QueueItem> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(queueItem(rs));
			}
		}
	}

	/**
	 * What the queue holds before {@code until}: the calls per call type, how many of them have a window that ended
	 * before {@code now}, how many rows a view of {@code callType} ({@code null}: all) shows, and the key of every
	 * {@code every}-th of those rows (the place where page {@code n + 1} of {@code every} rows starts after
	 * {@code marks.get(n)}).
	 */
	public record QueueShape(Map<String, Long> perType, long overdue, long shown, List<QueueKey> marks) {
	}

	/**
	 * The queue's {@link QueueShape}, from one pass over the index {@code call_task_queue_order} alone (which holds
	 * the call type and the window's end), without reading a task row or a contact.
	 */
	public QueueShape queueShape(Instant until, String callType, Set<String> hidden, Instant now, int every) {
		if (every < 1) {
			throw new IllegalArgumentException("A page holds at least one row, not " + every);
		}
		return store.read(c -> {
			Map<String, Long> perType = new TreeMap<>();
			long overdue = 0;
			long shown = 0;
			List<QueueKey> marks = new ArrayList<>();
			// per row only the call type and whether the window is over (judged by Derby); the key only of every
			// every-th row shown: most of the time of such a pass is spent turning columns into Java values
			try (PreparedStatement p = c.prepareStatement("SELECT t.call_type, CASE WHEN t.due_to < ? THEN 1 ELSE 0 END, "
					+ "t.queue_due, t.priority, t.id FROM call_task t --DERBY-PROPERTIES index=call_task_queue_order\n "
					+ "WHERE t.queue_due < ?" + notIn(hidden) + " ORDER BY t.queue_due, t.priority DESC, t.id")) {
				Jdbc.setInstant(p, 1, now);
				Jdbc.setInstant(p, 2, until);
				int i = 3;
				for (String type : hidden) {
					p.setString(i++, type);
				}
				Map<String, long[]> counts = new TreeMap<>();
				String last = null;
				long[] lastCount = null;
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						String type = rs.getString(1);
						if (!type.equals(last)) {
							last = type;
							lastCount = counts.computeIfAbsent(type, k -> new long[1]);
						}
						lastCount[0]++;
						overdue += rs.getInt(2);
						if (callType == null || callType.equals(type)) {
							shown++;
							if (shown % every == 0) {
								marks.add(new QueueKey(Jdbc.getInstant(rs, 3), rs.getInt(4), rs.getLong(5)));
							}
						}
					}
				}
				counts.forEach((type, n) -> perType.put(type, n[0]));
			}
			return new QueueShape(perType, overdue, shown, marks);
		});
	}

	/** The open tasks of one contact (planned, rescheduled or under a lease), earliest due first. */
	public List<QueueItem> openForContact(long contactId) {
		return store.read(c -> {
			List<QueueItem> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(CONTACT_SELECT + "t.contact_id = ? "
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
			try (PreparedStatement p = c.prepareStatement("SELECT t.call_type, COUNT(*) FROM call_task t "
					+ "--DERBY-PROPERTIES index=call_task_queue_order\n WHERE " + QUEUED + notIn(hidden)
					+ " GROUP BY t.call_type")) {
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
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_task t "
					+ "--DERBY-PROPERTIES index=call_task_queue_order\n WHERE " + QUEUED + notIn(hidden) + " AND t.due_to < ?")) {
				int i = bindQueued(p, now, null, hidden);
				Jdbc.setInstant(p, i, now);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/**
	 * Queued: open and callable, or under way (even in a paused campaign), due before the bound: the column
	 * {@code queue_due} (schema version 12) holds the due time of exactly these tasks, else NULL.
	 */
	private static final String QUEUED = "t.queue_due < ? AND (CAST(? AS VARCHAR(100)) IS NULL OR t.call_type = ?)";
	/** The queue's order, that of the index {@code call_task_queue_order}. */
	private static final String QUEUE_ORDER = " ORDER BY t.queue_due, t.priority DESC, t.id";

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
