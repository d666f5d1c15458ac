package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.revisit.model.AuditEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * The audit trail: who did what and when (a login, a claim, an import: {@link #record}), and who changed which
 * field of which record from what to what ({@link AuditActions#EDIT}). Append-only: this class has no way to
 * change or delete an entry, and the database refuses any UPDATE or DELETE of the table (a trigger, schema
 * version 9).
 */
public final class AuditRepository {

	private static final int MAX_VALUE = 4000;
	private static final int MAX_USER = 64;
	private static final int MAX_FROM = 100;
	private static final int MAX_ENTITY = 40;

	private final Store store;

	AuditRepository(Store store) {
		this.store = store;
	}

	/** Appends entries in a transaction of their own and sets their ids. */
	public void append(List<AuditEntry> entries) {
		store.transaction(tx -> {
			append(tx, entries);
			return null;
		});
	}

	/** Appends entries on the caller's connection (and transaction) and sets their ids. */
	public void append(Tx tx, List<AuditEntry> entries) throws SQLException {
		Connection c = tx.connection();
		insert(c, store.clock(), entries);
	}

	private static void insert(Connection c, java.time.Clock clock, List<AuditEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		long next = Ids.reserve(c, "audit_entry", entries.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (id, who, changed_at, entity_type, "
				+ "entity_id, field, old_value, new_value, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
				p.setString(9, AuditActions.EDIT);
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/**
	 * Appends one action to the trail in a transaction of its own; see
	 * {@link #record(Connection, Instant, String, String, String, Long, String, String)}.
	 */
	public void record(Instant at, String user, String action, String entityType, Long entityId, String detail) {
		record(at, user, action, entityType, entityId, detail, null);
	}

	/** Appends one action, with the client's address, in a transaction of its own. */
	public void record(Instant at, String user, String action, String entityType, Long entityId, String detail,
			String from) {
		store.transaction(tx -> {
			record(tx, at, user, action, entityType, entityId, detail, from);
			return null;
		});
	}

	/** Appends one action on the caller's connection (and transaction), without a client address. */
	public void record(Tx tx, Instant at, String user, String action, String entityType, Long entityId,
			String detail) throws SQLException {
		record(tx, at, user, action, entityType, entityId, detail, null);
	}

	/**
	 * Appends one action on the caller's connection (and transaction), so it is stored exactly when what it
	 * records is.
	 *
	 * @param at when; {@code null} for now by the store's clock
	 * @param user who acted (for a failed login: the name tried); required, cut to 64 characters
	 * @param action an {@link AuditActions} name (capital letters and underscores)
	 * @param entityType the kind of record concerned ("Contact", "User"...), or {@code null}
	 * @param entityId its id, or {@code null}
	 * @param detail a text for people, or {@code null}; never a password
	 * @param from the client's address, or {@code null} when not known
	 */
	public void record(Tx tx, Instant at, String user, String action, String entityType, Long entityId,
			String detail, String from) throws SQLException {
		append(tx, new AuditRecord(at, user, action, entityType, entityId, null, null, null, detail, from));
	}

	/**
	 * Appends one entry on the caller's connection, which may also name a field and its values before and
	 * after (a role changed from AGENT to SUPERVISOR).
	 */
	public void append(Tx tx, AuditRecord entry) throws SQLException {
		Connection c = tx.connection();
		requireWho(entry.user());
		if (!AuditActions.valid(entry.action())) {
			throw new StoreException("An audit entry needs an action of capital letters and underscores, not '"
					+ entry.action() + "'");
		}
		if (entry.entity() != null && entry.entity().length() > MAX_ENTITY) {
			throw new StoreException("The entity type of an audit entry has at most " + MAX_ENTITY + " characters");
		}
		long id = Ids.reserve(c, "audit_entry", 1);
		try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (id, who, changed_at, action, "
				+ "entity_type, entity_id, field, old_value, new_value, detail, client_address) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setString(2, clip(entry.user().strip(), MAX_USER));
			Jdbc.setInstant(p, 3, entry.at() == null ? store.clock().instant() : entry.at());
			p.setString(4, entry.action());
			p.setString(5, entry.entity());
			if (entry.id() == null) {
				p.setNull(6, java.sql.Types.BIGINT);
			} else {
				p.setLong(6, entry.id());
			}
			p.setString(7, clip(entry.field(), 60));
			p.setString(8, clip(entry.before()));
			p.setString(9, clip(entry.after()));
			p.setString(10, clip(entry.detail()));
			p.setString(11, clip(entry.from(), MAX_FROM));
			p.executeUpdate();
		}
	}

	/**
	 * Entries newest first, {@code limit} from row {@code offset}, narrowed by time ({@code from} inclusive,
	 * {@code to} exclusive), user and action; a {@code null} filter lets everything through.
	 */
	public List<AuditRecord> find(Instant from, Instant to, String user, String action, long offset, int limit) {
		List<Object> params = new ArrayList<>();
		return select(where(from, to, user, action, params), params, offset, limit);
	}

	/** The entries about one record (actions and field changes), newest first, {@code limit} from row {@code offset}. */
	public List<AuditRecord> pageOf(String entityType, long entityId, long offset, int limit) {
		return select(" WHERE entity_type = ? AND entity_id = ?", List.of(entityType, entityId), offset, limit);
	}

	private List<AuditRecord> select(String where, List<Object> params, long offset, int limit) {
		return store.read(c -> {
			List<AuditRecord> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT changed_at, who, action, entity_type, entity_id, "
					+ "field, old_value, new_value, detail, client_address FROM audit_entry" + where
					+ " ORDER BY changed_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				int i = bind(p, params);
				p.setLong(i++, offset);
				p.setInt(i, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						long entityId = rs.getLong(5);
						Long id = rs.wasNull() ? null : entityId;
						result.add(new AuditRecord(Jdbc.getInstant(rs, 1), rs.getString(2), rs.getString(3),
								rs.getString(4), id, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
								rs.getString(10)));
					}
				}
			}
			return result;
		});
	}

	/** How many entries {@link #find} finds with these filters. */
	public long count(Instant from, Instant to, String user, String action) {
		return store.read(c -> {
			List<Object> params = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM audit_entry"
					+ where(from, to, user, action, params))) {
				bind(p, params);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	private static String where(Instant from, Instant to, String user, String action, List<Object> params) {
		List<String> terms = new ArrayList<>();
		if (from != null) {
			terms.add("changed_at >= ?");
			params.add(from);
		}
		if (to != null) {
			terms.add("changed_at < ?");
			params.add(to);
		}
		if (user != null) {
			terms.add("who = ?");
			params.add(user);
		}
		if (action != null) {
			terms.add("action = ?");
			params.add(action);
		}
		return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
	}

	private static int bind(PreparedStatement p, List<Object> params) throws SQLException {
		int i = 1;
		for (Object value : params) {
			if (value instanceof Instant t) {
				Jdbc.setInstant(p, i++, t);
			} else if (value instanceof Long n) {
				p.setLong(i++, n);
			} else {
				p.setString(i++, (String) value);
			}
		}
		return i;
	}

	/**
	 * The entries of one record, newest first, {@code limit} from row {@code offset}, as model objects (field,
	 * old and new value; {@link #pageOf} also gives the action and detail).
	 */
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
		return clip(s, MAX_VALUE);
	}

	private static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
