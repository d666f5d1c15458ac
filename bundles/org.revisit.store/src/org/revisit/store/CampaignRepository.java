package org.revisit.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.revisit.model.Campaign;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Ids;

/** Campaigns: a team has tens of them, so listing all is fine. */
public final class CampaignRepository {

	private static final String COLUMNS = "id, call_type, name, priority, active_from, active_to, active, version";

	private final Store store;

	CampaignRepository(Store store) {
		this.store = store;
	}

	/** All campaigns, highest priority first. */
	public List<Campaign> list() {
		return store.read(c -> {
			List<Campaign> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM campaign ORDER BY priority DESC, id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(read(rs));
				}
			}
			return result;
		});
	}

	/** Inserts new campaigns on the caller's connection and sets their ids. */
	public void insert(Connection c, List<Campaign> campaigns) throws SQLException {
		long next = Ids.reserve(c, "campaign", campaigns.size());
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO campaign (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Campaign campaign : campaigns) {
				campaign.setId(next++);
				p.setLong(1, campaign.getId());
				p.setString(2, campaign.getCallTypeId());
				p.setString(3, campaign.getName());
				p.setInt(4, campaign.getPriority());
				setDate(p, 5, campaign.getActiveFrom());
				setDate(p, 6, campaign.getActiveTo());
				p.setBoolean(7, campaign.isActive());
				p.setInt(8, 0);
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	private static void setDate(PreparedStatement p, int index, java.time.LocalDate date) throws SQLException {
		if (date == null) {
			p.setNull(index, Types.DATE);
		} else {
			p.setDate(index, Date.valueOf(date));
		}
	}

	private static Campaign read(ResultSet rs) throws SQLException {
		Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
		campaign.setId(rs.getLong(1));
		campaign.setCallTypeId(rs.getString(2));
		campaign.setName(rs.getString(3));
		campaign.setPriority(rs.getInt(4));
		Date from = rs.getDate(5);
		campaign.setActiveFrom(from == null ? null : from.toLocalDate());
		Date to = rs.getDate(6);
		campaign.setActiveTo(to == null ? null : to.toLocalDate());
		campaign.setActive(rs.getBoolean(7));
		campaign.setVersion(rs.getInt(8));
		return campaign;
	}
}
