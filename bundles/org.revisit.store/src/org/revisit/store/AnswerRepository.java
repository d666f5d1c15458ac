package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.store.internal.Jdbc;

/**
 * The answer library's versions, each kept whole as the text the core writes ({@code body}), never changed once
 * stored (like scripts: what an agent read in a call stays readable); and the replies agents used in calls, one
 * row per use, joined to the call's outcome by the task and the time (the outcome of the task that ended at or
 * after the use).
 */
public final class AnswerRepository {

	/** A stored version, without its body. */
	public record LibraryVersion(int version, int entries, String note, String createdBy, Instant createdAt) {
	}

	/**
	 * A use of a reply in a call: the entry, the branch read (its condition; {@code null} for a reply without
	 * branches or a use that named none); {@code outcomeId} is 0 while the call is not finished.
	 */
	public record AnswerUse(long taskId, String entryId, String branch, int libraryVersion, String customer,
			String agent, Instant usedAt, long outcomeId) {
	}

	/**
	 * How often a reply was used in the period, in how many finished calls, and how many of its uses were followed
	 * in the same call by a "dissatisfied" answer.
	 */
	public record UsageRow(String entryId, String customer, int uses, int finished, int dissatisfiedAfter) {
	}

	/**
	 * Another version was stored since the one an edit started from; the message is English (for the log), the
	 * service words it in the user's language from {@link #latest()} and {@link #basedOn()}.
	 */
	public static final class LibraryChanged extends StaleDataException {

		private static final long serialVersionUID = 1L;
		private final int latest;
		private final int basedOn;

		LibraryChanged(int latest, int basedOn) {
			super("The answer library was changed by someone else since you opened it (it is now version " + latest
					+ ", you started from version " + basedOn + "); reload and try again");
			this.latest = latest;
			this.basedOn = basedOn;
		}

		/** The version stored now. */
		public int latest() {
			return latest;
		}

		/** The version the edit started from. */
		public int basedOn() {
			return basedOn;
		}
	}

	/** The answer labels that count as dissatisfied (as the satisfaction report reads them). */
	private static final String DISSATISFIED = "(LOWER(s.answer_label) LIKE '%dissatisf%' OR LOWER(s.answer_label) "
			+ "LIKE '%unsatisf%' OR s.answer_label LIKE '%\u4E0D\u6EE1\u610F%')";

	private final Store store;

	AnswerRepository(Store store) {
		this.store = store;
	}

	/**
	 * Stores the body as the next version (1 for the first) and returns that version, if {@code basedOn} is still
	 * the latest version (0: none stored yet).
	 *
	 * @throws LibraryChanged if another version was stored since {@code basedOn}; nothing is written
	 */
	public int insertNewVersion(String body, int entries, String note, String user, int basedOn) {
		return store.inTransaction(c -> {
			int latest = latestVersion(c);
			if (latest != basedOn) {
				throw new LibraryChanged(latest, basedOn);
			}
			int version = latest + 1;
			try (PreparedStatement p = c.prepareStatement("INSERT INTO answer_library (version, body, entries, note, "
					+ "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
				p.setInt(1, version);
				p.setString(2, body);
				p.setInt(3, entries);
				p.setString(4, note);
				p.setString(5, user);
				Jdbc.setInstant(p, 6, store.clock().instant());
				p.executeUpdate();
			}
			return version;
		});
	}

	/** The highest stored version, 0 when none is stored. */
	public int latestVersion() {
		return store.read(AnswerRepository::latestVersion);
	}

	private static int latestVersion(Connection c) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT MAX(version) FROM answer_library");
				ResultSet rs = p.executeQuery()) {
			return rs.next() ? rs.getInt(1) : 0;
		}
	}

	/** The body of a stored version, or {@code null}. */
	public String body(int version) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT body FROM answer_library WHERE version = ?")) {
				p.setInt(1, version);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? rs.getString(1) : null;
				}
			}
		});
	}

	/** The stored versions, oldest first. */
	public List<LibraryVersion> versions() {
		return store.read(c -> {
			List<LibraryVersion> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT version, entries, note, created_by, created_at FROM answer_library ORDER BY version");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(new LibraryVersion(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
							Jdbc.getInstant(rs, 5)));
				}
			}
			return result;
		});
	}

	/**
	 * What the answer library suggests by for the call of a task: its call type, who holds it and the complaint
	 * category of its service event (or of its callback's), {@code null} when there is none (or it is NONE).
	 */
	public record CallFacts(String callType, String leaseOwner, String complaint) {
	}

	/** The facts of the call of a task, or {@code null} if there is no such task. */
	public CallFacts callFacts(long taskId) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT t.call_type, t.lease_owner, e.complaint_category, "
					+ "e2.complaint_category FROM call_task t LEFT JOIN service_event e ON e.id = t.source_event_id "
					+ "LEFT JOIN callback cb ON cb.id = t.callback_id "
					+ "LEFT JOIN service_event e2 ON e2.id = cb.service_event_id WHERE t.id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						return null;
					}
					String complaint = rs.getString(3);
					if (complaint == null || "NONE".equals(complaint)) {
						complaint = rs.getString(4);
					}
					return new CallFacts(rs.getString(1), rs.getString(2),
							complaint == null || "NONE".equals(complaint) ? null : complaint);
				}
			}
		});
	}

	/**
	 * Records that {@code agent} used a reply in the call of {@code taskId}, now: the entry and the branch read
	 * ({@code null}: none named).
	 */
	public void recordUse(long taskId, String entryId, String branch, int libraryVersion, String customer,
			String agent) {
		store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO answer_use (task_id, entry_id, branch, "
					+ "library_version, customer, agent, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				p.setLong(1, taskId);
				p.setString(2, entryId);
				p.setString(3, branch == null || branch.length() <= 200 ? branch : branch.substring(0, 200));
				p.setInt(4, libraryVersion);
				p.setString(5, customer == null || customer.length() <= 1000 ? customer : customer.substring(0, 1000));
				p.setString(6, agent);
				Jdbc.setInstant(p, 7, store.clock().instant());
				p.executeUpdate();
			}
			return null;
		});
	}

	/** The replies used in the calls of a task, in the order used, with the outcome they ended in. */
	public List<AnswerUse> uses(long taskId) {
		return store.read(c -> {
			List<AnswerUse> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT u.task_id, u.entry_id, u.branch, u.library_version, "
					+ "u.customer, "
					+ "u.agent, u.used_at, (SELECT MIN(o.id) FROM call_outcome o WHERE o.task_id = u.task_id "
					+ "AND o.ended_at IS NOT NULL AND o.ended_at >= u.used_at) FROM answer_use u WHERE u.task_id = ? "
					+ "ORDER BY u.used_at, u.id")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(new AnswerUse(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
								rs.getString(5), rs.getString(6), Jdbc.getInstant(rs, 7), rs.getLong(8)));
					}
				}
			}
			return result;
		});
	}

	/**
	 * Which uses the usage report counts: those in [from, to), and of the calls of a campaign, of a call type, by an
	 * agent (who used the reply) or about a service event of an engineer, for each of them that is not {@code null}.
	 */
	public record UsageFilter(Instant from, Instant to, Long campaignId, String callType, String agent,
			String engineer) {
	}

	/** The replies used that the filter lets through, most used first. */
	public List<UsageRow> usage(UsageFilter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		return store.read(c -> {
			Map<String, int[]> counts = new LinkedHashMap<>();
			Map<String, String> customers = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT u.entry_id, MAX(u.customer), COUNT(*), "
					+ "SUM(CASE WHEN o.id IS NULL THEN 0 ELSE 1 END) FROM answer_use u LEFT JOIN (SELECT task_id, "
					+ "MAX(ended_at) AS ended, MAX(id) AS id FROM call_outcome WHERE ended_at IS NOT NULL GROUP BY task_id) o "
					+ "ON o.task_id = u.task_id AND o.ended >= u.used_at" + where + " GROUP BY u.entry_id")) {
				set(p, params);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						counts.put(rs.getString(1), new int[] { rs.getInt(3), rs.getInt(4), 0 });
						customers.put(rs.getString(1), rs.getString(2));
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement("SELECT u.entry_id, COUNT(DISTINCT u.id) FROM answer_use u "
					+ "JOIN call_outcome o ON o.task_id = u.task_id AND o.ended_at >= u.used_at "
					+ "JOIN call_outcome_step s ON s.outcome_id = o.id AND s.stepped_at >= u.used_at" + where + " AND "
					+ DISSATISFIED + " GROUP BY u.entry_id")) {
				set(p, params);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						int[] row = counts.get(rs.getString(1));
						if (row != null) {
							row[2] = rs.getInt(2);
						}
					}
				}
			}
			List<UsageRow> result = new ArrayList<>();
			counts.forEach((id, n) -> result.add(new UsageRow(id, customers.get(id), n[0], n[1], n[2])));
			result.sort((a, b) -> a.uses() != b.uses() ? Integer.compare(b.uses(), a.uses()) : a.entryId().compareTo(b.entryId()));
			return result;
		});
	}

	/**
	 * The joins and WHERE clause of a usage query for the filter (its values go to {@code params}): the task of the
	 * use when a campaign or call type is asked for, its service event for an engineer.
	 */
	private static String where(UsageFilter f, List<Object> params) {
		StringBuilder joins = new StringBuilder();
		StringBuilder where = new StringBuilder(" WHERE u.used_at >= ? AND u.used_at < ?");
		params.add(f.from());
		params.add(f.to());
		if (f.campaignId() != null || f.callType() != null || f.engineer() != null) {
			joins.append(" JOIN call_task ft ON ft.id = u.task_id");
		}
		if (f.engineer() != null) {
			joins.append(" JOIN service_event fe ON fe.id = ft.source_event_id");
			where.append(" AND fe.engineer = ?");
			params.add(f.engineer());
		}
		if (f.campaignId() != null) {
			where.append(" AND ft.campaign_id = ?");
			params.add(f.campaignId());
		}
		if (f.callType() != null) {
			where.append(" AND ft.call_type = ?");
			params.add(f.callType());
		}
		if (f.agent() != null) {
			where.append(" AND u.agent = ?");
			params.add(f.agent());
		}
		return joins.append(where).toString();
	}

	private static void set(PreparedStatement p, List<Object> params) throws SQLException {
		int i = 1;
		for (Object v : params) {
			if (v instanceof Instant at) {
				Jdbc.setInstant(p, i++, at);
			} else {
				p.setObject(i++, v);
			}
		}
	}
}
