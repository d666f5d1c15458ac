package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.CallTask;
import org.revisit.store.internal.Ids;

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
				p.setTimestamp(5, new Timestamp(task.getDueFrom().getTime()));
				p.setTimestamp(6, new Timestamp(task.getDueTo().getTime()));
				p.setInt(7, task.getPriority());
				p.setInt(8, task.getAttempts());
				p.setString(9, task.getState().getName());
				p.setString(10, task.getLeaseOwner());
				p.setTimestamp(11, task.getLeaseExpiry() == null ? null : new Timestamp(task.getLeaseExpiry().getTime()));
				p.setString(12, task.getReason());
				p.addBatch();
			}
			p.executeBatch();
		}
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
