package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Campaigns with their parameters, calling windows and attempt policy. A team has tens of campaigns, so listing
 * all is fine.
 */
public final class CampaignRepository {

	private static final String COLUMNS = "id, call_type, name, priority, active_from, active_to, active, version, "
			+ "script_id, script_version, max_attempts, target_filter, name_en, budget_share";
	private static final int DEFAULT_MAX_ATTEMPTS = 3;

	private final Store store;

	CampaignRepository(Store store) {
		this.store = store;
	}

	/** All campaigns, highest priority first. */
	public List<Campaign> list() {
		return store.read(c -> select(c, "ORDER BY priority DESC, id", null));
	}

	/** The campaign with this id, or {@code null}. */
	public Campaign find(long id) {
		return store.read(c -> find(c, id));
	}

	private static Campaign find(Connection c, long id) throws SQLException {
		List<Campaign> found = select(c, "WHERE id = ?", id);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Campaign> select(Connection c, String clause, Long id) throws SQLException {
		Map<Long, Campaign> byId = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM campaign " + clause)) {
			if (id != null) {
				p.setLong(1, id);
			}
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Campaign campaign = read(rs);
					byId.put(campaign.getId(), campaign);
				}
			}
		}
		loadDetails(c, byId);
		return new ArrayList<>(byId.values());
	}

	/** Inserts new campaigns in one transaction and sets their ids. */
	public void insert(List<Campaign> campaigns) {
		ValidationException.check(campaigns);
		store.transaction(tx -> {
			insert(tx, campaigns);
			return null;
		});
	}

	/** Inserts new campaigns on the caller's connection and sets their ids; invalid campaigns are refused. */
	public void insert(Tx tx, List<Campaign> campaigns) throws SQLException {
		Connection c = tx.connection();
		if (campaigns.isEmpty()) {
			return;
		}
		ValidationException.check(campaigns);
		long next = Ids.reserve(c, "campaign", campaigns.size());
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO campaign (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Campaign campaign : campaigns) {
				campaign.setId(next++);
				campaign.setVersion(0);
				p.setLong(1, campaign.getId());
				p.setString(2, campaign.getCallTypeId());
				p.setString(3, campaign.getName());
				p.setInt(4, campaign.getPriority());
				Jdbc.setDate(p, 5, campaign.getActiveFrom());
				Jdbc.setDate(p, 6, campaign.getActiveTo());
				p.setBoolean(7, campaign.isActive());
				p.setInt(8, 0);
				p.setString(9, campaign.getScriptId());
				p.setInt(10, campaign.getScriptVersion());
				p.setInt(11, maxAttempts(campaign));
				p.setString(12, campaign.getTargetFilter());
				p.setString(13, campaign.getNameEn());
				p.setInt(14, campaign.getBudgetShare());
				p.addBatch();
			}
			p.executeBatch();
		}
		insertDetails(c, campaigns);
	}

	/**
	 * Saves an edited campaign if nobody changed it since it was read (same version), records the changed fields
	 * in the audit trail as done by {@code who}, and increments the version.
	 *
	 * @throws StaleDataException if the campaign was changed or deleted meanwhile; nothing is written
	 * @throws ValidationException if the campaign is invalid; nothing is written
	 */
	public void update(Campaign campaign, String who) {
		AuditRepository.requireWho(who);
		ValidationException.check(campaign);
		store.inTransaction(c -> {
			String record = NLS.bind(Messages.Store_recordCampaign, campaign.getId(), campaign.getName());
			Campaign before = find(c, campaign.getId());
			if (before == null) {
				throw StaleDataException.deleted(record);
			}
			try (PreparedStatement p = c.prepareStatement("UPDATE campaign SET call_type = ?, name = ?, priority = ?, "
					+ "active_from = ?, active_to = ?, active = ?, script_id = ?, script_version = ?, "
					+ "max_attempts = ?, target_filter = ?, name_en = ?, budget_share = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")) {
				p.setString(1, campaign.getCallTypeId());
				p.setString(2, campaign.getName());
				p.setInt(3, campaign.getPriority());
				Jdbc.setDate(p, 4, campaign.getActiveFrom());
				Jdbc.setDate(p, 5, campaign.getActiveTo());
				p.setBoolean(6, campaign.isActive());
				p.setString(7, campaign.getScriptId());
				p.setInt(8, campaign.getScriptVersion());
				p.setInt(9, maxAttempts(campaign));
				p.setString(10, campaign.getTargetFilter());
				p.setString(11, campaign.getNameEn());
				p.setInt(12, campaign.getBudgetShare());
				p.setLong(13, campaign.getId());
				p.setInt(14, campaign.getVersion());
				if (p.executeUpdate() == 0) {
					throw StaleDataException.changed(record);
				}
			}
			for (String table : List.of("campaign_param", "campaign_window", "campaign_retry")) {
				try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE campaign_id = ?")) {
					d.setLong(1, campaign.getId());
					d.executeUpdate();
				}
			}
			insertDetails(c, List.of(campaign));
			AuditRepository.recordChanges(c, store.clock(), who, "Campaign", campaign.getId(), snapshot(before), snapshot(campaign));
			return null;
		});
		campaign.setVersion(campaign.getVersion() + 1);
	}

	/** The state of every campaign, by id. */
	public Map<Long, CampaignState> states() {
		return store.read(c -> {
			Map<Long, CampaignState> result = new LinkedHashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT id, active, lifecycle FROM campaign ORDER BY id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.put(rs.getLong(1), CampaignState.of(rs.getBoolean(2), rs.getString(3)));
				}
			}
			return result;
		});
	}

	/** Why the campaign was ended, or {@code null}. */
	public String endReason(long id) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT end_reason FROM campaign WHERE id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? rs.getString(1) : null;
				}
			}
		});
	}

	/** The ids of the paused campaigns. */
	public java.util.Set<Long> paused() {
		return store.read(CampaignRepository::paused);
	}

	static java.util.Set<Long> paused(Connection c) throws SQLException {
		java.util.Set<Long> ids = new java.util.TreeSet<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id FROM campaign WHERE lifecycle = 'PAUSED'");
				ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	/**
	 * Moves a campaign to {@code to}, as done by {@code who}: ACTIVE activates a draft or resumes a paused
	 * campaign, PAUSED pauses an active one, ENDED ends any campaign not ended yet, cancelling its planned and
	 * rescheduled calls with {@code reason} (calls under way finish). The change is audited.
	 *
	 * @return how many calls were cancelled
	 * @throws IllegalStateException naming both states if the campaign cannot go from its state to {@code to}
	 * @throws StaleDataException if there is no such campaign
	 */
	public int changeState(long id, CampaignState to, String reason, String who) {
		AuditRepository.requireWho(who);
		return store.inTransaction(c -> {
			CampaignState from;
			try (PreparedStatement p = c.prepareStatement("SELECT active, lifecycle FROM campaign WHERE id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						throw StaleDataException.deleted("Campaign " + id);
					}
					from = CampaignState.of(rs.getBoolean(1), rs.getString(2));
				}
			}
			boolean allowed = switch (to) {
			case ACTIVE -> from == CampaignState.DRAFT || from == CampaignState.PAUSED;
			case PAUSED -> from == CampaignState.ACTIVE;
			case ENDED -> from != CampaignState.ENDED;
			case DRAFT -> false;
			};
			if (!allowed) {
				throw new StateRefused(id, from, to);
			}
			try (PreparedStatement p = c.prepareStatement("UPDATE campaign SET active = ?, lifecycle = ?, end_reason = ?, "
					+ "version = version + 1 WHERE id = ?")) {
				p.setBoolean(1, to == CampaignState.ACTIVE);
				p.setString(2, to == CampaignState.PAUSED || to == CampaignState.ENDED ? to.name() : null);
				p.setString(3, to == CampaignState.ENDED ? clip(reason) : null);
				p.setLong(4, id);
				p.executeUpdate();
			}
			int cancelled = 0;
			if (to == CampaignState.ENDED) {
				try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CANCELLED', reason = ?, "
						+ "plan_key = CASE WHEN callback_id IS NULL THEN plan_key ELSE NULL END, version = version + 1 "
						+ "WHERE campaign_id = ? AND state IN ('PLANNED', 'RESCHEDULED')")) {
					p.setString(1, clip("Campaign ended: " + reason));
					p.setLong(2, id);
					cancelled = p.executeUpdate();
				}
			}
			Map<String, String> before = Map.of("state", from.name());
			Map<String, String> after = Map.of("state", to.name());
			AuditRepository.recordChanges(c, store.clock(), who, "Campaign", id, before, after);
			return cancelled;
		});
	}

	private static String clip(String text) {
		String t = text == null ? "" : text;
		return t.length() <= 400 ? t : t.substring(0, 400);
	}

	/** How many outcomes (finished or attempted calls) the campaign's calls have. */
	public long outcomes(long id) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_outcome o JOIN call_task t "
					+ "ON t.id = o.task_id WHERE t.campaign_id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/**
	 * Deletes a campaign and its calls, if none of its calls has an outcome yet; audited as done by {@code who}.
	 *
	 * @throws IllegalStateException if a call of the campaign has an outcome; nothing is deleted
	 * @throws StaleDataException if there is no such campaign
	 */
	public void delete(long id, String who) {
		AuditRepository.requireWho(who);
		store.inTransaction(c -> {
			String name;
			try (PreparedStatement p = c.prepareStatement("SELECT name FROM campaign WHERE id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						throw StaleDataException.deleted("Campaign " + id);
					}
					name = rs.getString(1);
				}
			}
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_outcome o JOIN call_task t "
					+ "ON t.id = o.task_id WHERE t.campaign_id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					if (rs.getLong(1) > 0) {
						throw new HasOutcomes(id, rs.getLong(1));
					}
				}
			}
			// its tasks (without outcomes) leave the report summaries first
			ReportSummaries.forgetCampaign(c, id);
			for (String sql : List.of("DELETE FROM call_task WHERE campaign_id = ?", "DELETE FROM campaign WHERE id = ?")) {
				try (PreparedStatement p = c.prepareStatement(sql)) {
					p.setLong(1, id);
					p.executeUpdate();
				}
			}
			store.audit().record(new Tx(c), store.clock().instant(), who, AuditActions.CAMPAIGN_DELETED, "Campaign", id,
					name);
			return null;
		});
	}

	private static int maxAttempts(Campaign campaign) {
		return campaign.getAttemptPolicy() == null ? DEFAULT_MAX_ATTEMPTS : campaign.getAttemptPolicy().getMaxAttempts();
	}

	private static void insertDetails(Connection c, List<Campaign> campaigns) throws SQLException {
		try (PreparedStatement param = c.prepareStatement(
				"INSERT INTO campaign_param (campaign_id, name, param_value) VALUES (?, ?, ?)");
				PreparedStatement window = c.prepareStatement(
						"INSERT INTO campaign_window (campaign_id, seq, start_minute, end_minute) VALUES (?, ?, ?, ?)");
				PreparedStatement retry = c.prepareStatement(
						"INSERT INTO campaign_retry (campaign_id, outcome_code, interval_minutes) VALUES (?, ?, ?)")) {
			for (Campaign campaign : campaigns) {
				for (Map.Entry<String, String> e : campaign.getParameters()) {
					param.setLong(1, campaign.getId());
					param.setString(2, e.getKey());
					param.setString(3, e.getValue());
					param.addBatch();
				}
				int seq = 0;
				for (CallingWindow w : campaign.getCallingWindows()) {
					window.setLong(1, campaign.getId());
					window.setInt(2, seq++);
					window.setInt(3, w.getStartMinute());
					window.setInt(4, w.getEndMinute());
					window.addBatch();
				}
				if (campaign.getAttemptPolicy() != null) {
					for (RetryRule r : campaign.getAttemptPolicy().getRetryRules()) {
						retry.setLong(1, campaign.getId());
						retry.setString(2, r.getOutcomeCode());
						retry.setInt(3, r.getIntervalMinutes());
						retry.addBatch();
					}
				}
			}
			param.executeBatch();
			window.executeBatch();
			retry.executeBatch();
		}
	}

	private static Campaign read(ResultSet rs) throws SQLException {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Campaign campaign = f.createCampaign();
		campaign.setId(rs.getLong(1));
		campaign.setCallTypeId(rs.getString(2));
		campaign.setName(rs.getString(3));
		campaign.setPriority(rs.getInt(4));
		campaign.setActiveFrom(Jdbc.getDate(rs, 5));
		campaign.setActiveTo(Jdbc.getDate(rs, 6));
		campaign.setActive(rs.getBoolean(7));
		campaign.setVersion(rs.getInt(8));
		campaign.setScriptId(rs.getString(9));
		campaign.setScriptVersion(rs.getInt(10));
		AttemptPolicy policy = f.createAttemptPolicy();
		policy.setMaxAttempts(rs.getInt(11));
		campaign.setAttemptPolicy(policy);
		campaign.setTargetFilter(rs.getString(12));
		campaign.setNameEn(rs.getString(13));
		campaign.setBudgetShare(rs.getInt(14));
		return campaign;
	}

	/** Parameters, windows and retry rules of the campaigns in {@code byId}. */
	private static void loadDetails(Connection c, Map<Long, Campaign> byId) throws SQLException {
		if (byId.isEmpty()) {
			return;
		}
		List<Long> ids = new ArrayList<>(byId.keySet());
		String in = " WHERE campaign_id IN (" + Jdbc.placeholders(ids.size()) + ")";
		try (PreparedStatement p = c.prepareStatement(
				"SELECT campaign_id, name, param_value FROM campaign_param" + in + " ORDER BY campaign_id, name")) {
			Jdbc.setLongs(p, 1, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					byId.get(rs.getLong(1)).getParameters().put(rs.getString(2), rs.getString(3));
				}
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT campaign_id, start_minute, end_minute FROM campaign_window"
				+ in + " ORDER BY campaign_id, seq")) {
			Jdbc.setLongs(p, 1, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					CallingWindow w = RevisitFactory.eINSTANCE.createCallingWindow();
					w.setStartMinute(rs.getInt(2));
					w.setEndMinute(rs.getInt(3));
					byId.get(rs.getLong(1)).getCallingWindows().add(w);
				}
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT campaign_id, outcome_code, interval_minutes "
				+ "FROM campaign_retry" + in + " ORDER BY campaign_id, outcome_code")) {
			Jdbc.setLongs(p, 1, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					RetryRule r = RevisitFactory.eINSTANCE.createRetryRule();
					r.setOutcomeCode(rs.getString(2));
					r.setIntervalMinutes(rs.getInt(3));
					byId.get(rs.getLong(1)).getAttemptPolicy().getRetryRules().add(r);
				}
			}
		}
	}

	/** The audited fields as text; lists are written so that only a real change makes a difference. */
	private static Map<String, String> snapshot(Campaign campaign) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("callTypeId", campaign.getCallTypeId());
		s.put("name", campaign.getName());
		s.put("priority", Integer.toString(campaign.getPriority()));
		s.put("activeFrom", AuditRepository.text(campaign.getActiveFrom()));
		s.put("activeTo", AuditRepository.text(campaign.getActiveTo()));
		s.put("active", Boolean.toString(campaign.isActive()));
		s.put("scriptId", campaign.getScriptId());
		s.put("scriptVersion", Integer.toString(campaign.getScriptVersion()));
		s.put("targetFilter", campaign.getTargetFilter());
		s.put("maxAttempts", Integer.toString(maxAttempts(campaign)));
		s.put("parameters", new TreeMap<>(campaign.getParameters().map()).toString());
		StringJoiner windows = new StringJoiner(", ");
		for (CallingWindow w : campaign.getCallingWindows()) {
			windows.add(hhmm(w.getStartMinute()) + "-" + hhmm(w.getEndMinute()));
		}
		s.put("callingWindows", windows.toString());
		Map<String, Integer> retries = new TreeMap<>();
		if (campaign.getAttemptPolicy() != null) {
			for (RetryRule r : campaign.getAttemptPolicy().getRetryRules()) {
				retries.put(r.getOutcomeCode(), r.getIntervalMinutes());
			}
		}
		s.put("retryRules", retries.toString());
		s.put("nameEn", campaign.getNameEn());
		s.put("budgetShare", Integer.toString(campaign.getBudgetShare()));
		return s;
	}

	private static String hhmm(int minuteOfDay) {
		return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
	}

	/**
	 * A change of state that the campaign's state does not allow (a paused campaign cannot be paused, an ended one
	 * never comes back). The message is English for the log; the service says it in the user's language from the
	 * fields.
	 */
	public static final class StateRefused extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public final long id;
		public final CampaignState from;
		public final CampaignState to;

		StateRefused(long id, CampaignState from, CampaignState to) {
			super("Campaign " + id + " is " + from.name().toLowerCase(Locale.ROOT) + " and cannot become "
					+ to.name().toLowerCase(Locale.ROOT));
			this.id = id;
			this.from = from;
			this.to = to;
		}
	}

	/** A campaign that cannot be deleted because its calls have outcomes (it is ended instead). */
	public static final class HasOutcomes extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public final long id;
		public final long outcomes;

		HasOutcomes(long id, long outcomes) {
			super("Campaign " + id + " has " + outcomes + " call outcomes and cannot be deleted; end it instead");
			this.id = id;
			this.outcomes = outcomes;
		}
	}
}
