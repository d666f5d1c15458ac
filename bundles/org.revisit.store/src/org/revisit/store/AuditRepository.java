package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.revisit.model.AuditEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/** The audit trail: who changed which field of which record, when, from what to what. Append-only. */
public final class AuditRepository {

	private static final int MAX_VALUE = 4000;

	private final Store store;

	AuditRepository(Store store) {
		this.store = store;
	}

	/** Appends entries in a transaction of their own and sets their ids. */
	public void append(List<AuditEntry> entries) {
		store.inTransaction(c -> {
			append(c, entries);
			return null;
		});
	}

	/** Appends entries on the caller's connection (and transaction) and sets their ids. */
	public void append(Connection c, List<AuditEntry> entries) throws SQLException {
		insert(c, store.clock(), entries);
	}

	private static void insert(Connection c, java.time.Clock clock, List<AuditEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		long next = Ids.reserve(c, "audit_entry", entries.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (id, who, changed_at, entity_type, "
				+ "entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (AuditEntry e : entries) {
				if (e.getWho() == null || e.getWho().isBlank()) {
					throw new StoreException("An audit entry for " + e.getEntityType() + " " + e.getEntityId()
							+ " needs the name of the user who made the change");
				}
				e.setId(next++);
				p.setLong(1, e.getId());
				p.setString(2, e.getWho());
				Jdbc.setTimestamp(p, 3, e.getAt() == null ? Date.from(clock.instant()) : e.getAt());
				p.setString(4, e.getEntityType());
				p.setLong(5, e.getEntityId());
				p.setString(6, e.getField());
				p.setString(7, clip(e.getOldValue()));
				p.setString(8, clip(e.getNewValue()));
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** The entries of one record, newest first, {@code limit} from row {@code offset}. */
	public List<AuditEntry> page(String entityType, long entityId, long offset, int limit) {
		return store.read(c -> {
			List<AuditEntry> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT id, who, changed_at, entity_type, entity_id, field, "
					+ "old_value, new_value FROM audit_entry WHERE entity_type = ? AND entity_id = ? "
					+ "ORDER BY changed_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				p.setString(1, entityType);
				p.setLong(2, entityId);
				p.setLong(3, offset);
				p.setInt(4, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						AuditEntry e = RevisitFactory.eINSTANCE.createAuditEntry();
						e.setId(rs.getLong(1));
						e.setWho(rs.getString(2));
						e.setAt(Jdbc.getTimestamp(rs, 3));
						e.setEntityType(rs.getString(4));
						e.setEntityId(rs.getLong(5));
						e.setField(rs.getString(6));
						e.setOldValue(rs.getString(7));
						e.setNewValue(rs.getString(8));
						result.add(e);
					}
				}
			}
			return result;
		});
	}

	/**
	 * Appends one entry per field whose value differs between the two snapshots (field name to value as text,
	 * same keys in both), all with the same time.
	 */
	static void recordChanges(Connection c, java.time.Clock clock, String who, String entityType, long entityId, Map<String, String> before,
			Map<String, String> after) throws SQLException {
		Date now = Date.from(clock.instant());
		List<AuditEntry> entries = new ArrayList<>();
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.get(field.getKey());
			if (!Objects.equals(old, field.getValue())) {
				AuditEntry e = RevisitFactory.eINSTANCE.createAuditEntry();
				e.setWho(who);
				e.setAt(now);
				e.setEntityType(entityType);
				e.setEntityId(entityId);
				e.setField(field.getKey());
				e.setOldValue(old);
				e.setNewValue(field.getValue());
				entries.add(e);
			}
		}
		insert(c, clock, entries);
	}

	/** The acting user must be known before anything is written. */
	static void requireWho(String who) {
		if (who == null || who.isBlank()) {
			throw new StoreException("The name of the user making the change is missing; changes are audited");
		}
	}

	/** Text of a value for a snapshot: null stays null, dates as ISO instants. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().toString();
		}
		return value.toString();
	}

	private static String clip(String s) {
		return s == null || s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
	}
}
