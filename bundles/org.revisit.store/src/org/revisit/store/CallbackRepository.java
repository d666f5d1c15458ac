package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Callbacks: promises to call a contact back. Read back, the contact and service event are stubs that carry only
 * their id.
 */
public final class CallbackRepository {

	static final String COLUMNS = "id, contact_id, due_at, owner, reason, source, service_event_id, done, "
			+ "version";

	/** How a promise was closed. */
	public enum Closed {
		/** Its call was made. */
		DONE,
		/** Its call ended unreachable after the last attempt. */
		UNREACHABLE,
		/** An agent or supervisor replaced it with a new promise. */
		SUPERSEDED
	}

	/**
	 * A promise and where it stands: how it was closed (or {@code null} while it is owed) and the call that keeps
	 * it (task id, state and due window; {@code null} when no call is planned yet).
	 */
	public record Promise(Callback callback, Closed closedAs, Instant closedAt, Long supersededBy, Long taskId,
			String taskState, Instant taskDueFrom, Instant taskDueTo) {

		public Instant dueAt() {
			return callback.getDueAt().toInstant();
		}

		public boolean open() {
			return !callback.isDone();
		}

		/** Still owed, and either its moment has passed or its call is placed after it. */
		public boolean overdue(Instant now) {
			return open() && (dueAt().isBefore(now) || taskDueFrom != null && taskDueFrom.isAfter(dueAt()));
		}
	}

	private final Store store;

	CallbackRepository(Store store) {
		this.store = store;
	}

	/** Inserts new callbacks in one transaction and sets their ids. */
	public void insert(List<Callback> callbacks) {
		store.transaction(tx -> {
			insert(tx, callbacks, 0);
			return null;
		});
	}

	/**
	 * Inserts new callbacks on the caller's connection and sets their ids; {@code outcomeId} is the call they were
	 * agreed in, or 0.
	 */
	public void insert(Tx tx, List<Callback> callbacks, long outcomeId) throws SQLException {
		Connection c = tx.connection();
		if (callbacks.isEmpty()) {
			return;
		}
		for (Callback callback : callbacks) {
			requireStorable(callback);
		}
		ValidationException.check(callbacks);
		long next = Ids.reserve(c, "callback", callbacks.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO callback (" + COLUMNS
				+ ", outcome_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Callback callback : callbacks) {
				callback.setId(next++);
				callback.setVersion(0);
				p.setLong(1, callback.getId());
				p.setLong(2, callback.getContact().getId());
				Jdbc.setTimestamp(p, 3, callback.getDueAt());
				p.setString(4, callback.getOwner());
				p.setString(5, callback.getReason());
				p.setString(6, callback.getSource().getName());
				Jdbc.setId(p, 7, callback.getServiceEvent() == null ? 0 : callback.getServiceEvent().getId());
				p.setBoolean(8, callback.isDone());
				p.setInt(9, 0);
				Jdbc.setId(p, 10, outcomeId);
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** The callback with this id, or {@code null}. */
	public Callback find(long id) {
		return store.read(c -> find(c, id));
	}

	private static Callback find(Connection c, long id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM callback WHERE id = ?")) {
			p.setLong(1, id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? read(rs) : null;
			}
		}
	}

	/**
	 * Open (not done) callbacks due from {@code from} (inclusive) to {@code to} (exclusive), earliest first,
	 * {@code limit} from row {@code offset}.
	 */
	public List<Callback> due(Instant from, Instant to, long offset, int limit) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM callback "
					+ "WHERE done = FALSE AND due_at >= ? AND due_at < ? ORDER BY due_at, id "
					+ "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				p.setLong(3, offset);
				p.setInt(4, limit);
				return readAll(p);
			}
		});
	}

	/**
	 * Promises with their calls, earliest due first: all of them, only the open ones, or only the overdue ones
	 * (open, and due before {@code now} or placed after their moment), at most {@code limit}.
	 */
	public List<Promise> promises(boolean openOnly, boolean overdueOnly, Instant now, int limit) {
		return promises(0, openOnly, overdueOnly, now, limit);
	}

	/** The promises still owed to one contact, with their calls, earliest due first. */
	public List<Promise> openPromisesOf(long contactId) {
		return promises(contactId, true, false, null, 1_000);
	}

	private List<Promise> promises(long contactId, boolean openOnly, boolean overdueOnly, Instant now, int limit) {
		return store.read(c -> {
			StringBuilder sql = new StringBuilder("SELECT cb.id, cb.contact_id, cb.due_at, cb.owner, cb.reason, "
					+ "cb.source, cb.service_event_id, cb.done, cb.version, cb.closed_as, cb.closed_at, cb.superseded_by, "
					+ "t.id, t.state, t.due_from, t.due_to FROM callback cb LEFT JOIN call_task t "
					+ "ON t.callback_id = cb.id AND t.state <> 'CANCELLED'");
			sql.append(" WHERE 1 = 1");
			if (contactId != 0) {
				sql.append(" AND cb.contact_id = ?");
			}
			if (openOnly || overdueOnly) {
				sql.append(" AND cb.done = FALSE");
			}
			if (overdueOnly) {
				sql.append(" AND (cb.due_at < ? OR t.due_from > cb.due_at)");
			}
			sql.append(" ORDER BY cb.due_at, cb.id, t.id DESC");
			try (PreparedStatement p = c.prepareStatement(sql.toString())) {
				int i = 1;
				if (contactId != 0) {
					p.setLong(i++, contactId);
				}
				if (overdueOnly) {
					Jdbc.setInstant(p, i++, now);
				}
				// one row per promise, with its latest call (a promise kept by two campaigns has two)
				Map<Long, Promise> result = new LinkedHashMap<>();
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next() && result.size() < limit) {
						if (result.containsKey(rs.getLong(1))) {
							continue;
						}
						String closed = rs.getString(10);
						long superseded = Jdbc.getId(rs, 12);
						long task = Jdbc.getId(rs, 13);
						result.put(rs.getLong(1), new Promise(read(rs), closed == null ? null : Closed.valueOf(closed),
								Jdbc.getInstant(rs, 11), superseded == 0 ? null : superseded, task == 0 ? null : task,
								rs.getString(14), Jdbc.getInstant(rs, 15), Jdbc.getInstant(rs, 16)));
					}
				}
				return new ArrayList<>(result.values());
			}
		});
	}

	/** The promise with this id and where it stands, or {@code null}. */
	public Promise promise(long id) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", closed_as, closed_at, superseded_by, "
					+ "(SELECT MAX(t.id) FROM call_task t WHERE t.callback_id = callback.id AND t.state <> 'CANCELLED') "
					+ "FROM callback WHERE id = ?")) {
				p.setLong(1, id);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						return null;
					}
					String closed = rs.getString(10);
					long superseded = Jdbc.getId(rs, 12);
					long task = Jdbc.getId(rs, 13);
					return new Promise(read(rs), closed == null ? null : Closed.valueOf(closed), Jdbc.getInstant(rs, 11),
							superseded == 0 ? null : superseded, task == 0 ? null : task, null, null, null);
				}
			}
		});
	}

	/**
	 * Stores {@code replacement} and closes the open promise {@code oldId} as superseded by it, in one
	 * transaction, audited as done by {@code who}. The old promise's planned call is cancelled by the next
	 * planning run (its promise is no longer owed).
	 *
	 * @throws StaleDataException if promise {@code oldId} does not exist or is no longer open; nothing is written
	 */
	public void supersede(long oldId, Callback replacement, String who) {
		AuditRepository.requireWho(who);
		store.inTransaction(c -> {
			Callback old = find(c, oldId);
			if (old == null) {
				throw new StaleDataException(Messages.Store_noCallback, oldId);
			}
			if (old.getContact().getId() != replacement.getContact().getId()) {
				throw new StaleDataException(Messages.Store_callbackOtherContact, oldId, old.getContact().getId(),
						replacement.getContact().getId());
			}
			if (old.isDone()) {
				throw new StaleDataException(Messages.Store_callbackClosed, oldId);
			}
			supersedeOn(c, oldId, replacement, who, store.clock().instant());
			return null;
		});
	}

	/**
	 * As {@link #supersede}, in the caller's transaction; {@code replacement} is stored already if its id is set.
	 * A promise that is gone, closed meanwhile or another contact's is left alone (returns false): a call's outcome
	 * is never lost for it.
	 */
	boolean supersedeOn(Connection c, long oldId, Callback replacement, String who, Instant now) throws SQLException {
		if (replacement.getId() == 0) {
			insert(new Tx(c), List.of(replacement), 0);
		}
		Callback old = find(c, oldId);
		if (old == null || old.isDone() || old.getContact().getId() != replacement.getContact().getId()) {
			return false;
		}
		close(c, old, Closed.SUPERSEDED, replacement.getId(), who, now);
		return true;
	}

	/** Closes the open promise that task {@code taskId} keeps, if any. */
	static void closeKeptBy(Connection c, long taskId, Closed how, String who, Instant now) throws SQLException {
		long callbackId;
		try (PreparedStatement p = c.prepareStatement("SELECT callback_id FROM call_task WHERE id = ?")) {
			p.setLong(1, taskId);
			try (ResultSet rs = p.executeQuery()) {
				callbackId = rs.next() ? Jdbc.getId(rs, 1) : 0;
			}
		}
		Callback callback = callbackId == 0 ? null : find(c, callbackId);
		if (callback != null && !callback.isDone()) {
			close(c, callback, how, 0, who, now);
		}
	}

	private static void close(Connection c, Callback callback, Closed how, long supersededBy, String who, Instant now)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE callback SET done = TRUE, closed_as = ?, closed_at = ?, "
				+ "superseded_by = ?, version = version + 1 WHERE id = ? AND done = FALSE")) {
			p.setString(1, how.name());
			Jdbc.setInstant(p, 2, now);
			Jdbc.setId(p, 3, supersededBy);
			p.setLong(4, callback.getId());
			if (p.executeUpdate() == 0) {
				throw StaleDataException.changed(describe(callback));
			}
		}
		Map<String, String> before = snapshot(callback);
		Map<String, String> after = new LinkedHashMap<>(before);
		after.put("done", "true");
		before.put("closedAs", null);
		after.put("closedAs", how.name() + (supersededBy == 0 ? "" : " by " + supersededBy));
		AuditRepository.recordChanges(c, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC), who, "Callback",
				callback.getId(), before, after);
	}

	/** The callbacks agreed in these calls, keyed by call outcome id. */
	static Map<Long, List<Callback>> byOutcome(Connection c, List<Long> outcomeIds) throws SQLException {
		Map<Long, List<Callback>> result = new LinkedHashMap<>();
		if (outcomeIds.isEmpty()) {
			return result;
		}
		try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", outcome_id FROM callback "
				+ "WHERE outcome_id IN (" + Jdbc.placeholders(outcomeIds.size()) + ") ORDER BY due_at, id")) {
			Jdbc.setLongs(p, 1, outcomeIds);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.computeIfAbsent(rs.getLong(10), k -> new ArrayList<>()).add(read(rs));
				}
			}
		}
		return result;
	}

	/**
	 * Saves an edited callback if nobody changed it since it was read, records the changed fields as done by
	 * {@code who}, and increments the version. A promise in the report summaries is taken out of them first (a
	 * fold adds it again once it is done), as the edit may change what the reports count of it.
	 *
	 * @throws StaleDataException if the callback was changed or deleted meanwhile; nothing is written
	 */
	public void update(Callback callback, String who) {
		AuditRepository.requireWho(who);
		requireStorable(callback);
		ValidationException.check(callback);
		store.inTransaction(c -> {
			String record = describe(callback);
			Callback before = find(c, callback.getId());
			if (before == null) {
				throw StaleDataException.deleted(record);
			}
			if (before.isDone()) {
				// an edit may change what the reports count of a closed promise: out of their summaries first. Only
				// closed promises are folded, so an open one needs no lock on the reports (a close meanwhile gives
				// it a new version, and this update fails as stale)
				ReportSummaries.forgetPromise(c, callback.getId());
			}
			try (PreparedStatement p = c.prepareStatement("UPDATE callback SET contact_id = ?, due_at = ?, owner = ?, "
					+ "reason = ?, source = ?, service_event_id = ?, done = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")) {
				p.setLong(1, callback.getContact().getId());
				Jdbc.setTimestamp(p, 2, callback.getDueAt());
				p.setString(3, callback.getOwner());
				p.setString(4, callback.getReason());
				p.setString(5, callback.getSource().getName());
				Jdbc.setId(p, 6, callback.getServiceEvent() == null ? 0 : callback.getServiceEvent().getId());
				p.setBoolean(7, callback.isDone());
				p.setLong(8, callback.getId());
				p.setInt(9, callback.getVersion());
				if (p.executeUpdate() == 0) {
					throw StaleDataException.changed(record);
				}
			}
			AuditRepository.recordChanges(c, store.clock(), who, "Callback", callback.getId(), snapshot(before), snapshot(callback));
			return null;
		});
		callback.setVersion(callback.getVersion() + 1);
	}

	/**
	 * Marks the callback kept (done), with the same version check and audit as {@link #update(Callback, String)}.
	 */
	public void markDone(Callback callback, String who) {
		boolean was = callback.isDone();
		callback.setDone(true);
		try {
			update(callback, who);
		} catch (RuntimeException e) {
			callback.setDone(was);
			throw e;
		}
	}

	/** "Callback 7 (contact 42, due 2026-11-24T02:00:00Z)", naming the record in messages. */
	private static String describe(Callback callback) {
		return NLS.bind(Messages.Store_recordCallback, new Object[] { callback.getId(), callback.getContact().getId(),
				AuditRepository.text(callback.getDueAt()) });
	}

	/** Checks what the table needs and the model cannot express (required references), with a clear message. */
	private static void requireStorable(Callback callback) {
		String what = "Callback " + (callback.getId() == 0 ? "(new)" : callback.getId());
		if (callback.getContact() == null || callback.getContact().getId() == 0) {
			throw new StoreException(what + " needs a stored contact");
		}
		if (callback.getDueAt() == null) {
			throw new StoreException(what + " for contact " + callback.getContact().getId() + " needs a due time");
		}
		if (callback.getSource() == null) {
			throw new StoreException(what + " for contact " + callback.getContact().getId() + " needs a source");
		}
	}

	private static List<Callback> readAll(PreparedStatement p) throws SQLException {
		List<Callback> result = new ArrayList<>();
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.add(read(rs));
			}
		}
		return result;
	}

	static Callback read(ResultSet rs) throws SQLException {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Callback callback = f.createCallback();
		callback.setId(rs.getLong(1));
		Contact contact = f.createContact();
		contact.setId(rs.getLong(2));
		callback.setContact(contact);
		callback.setDueAt(Jdbc.getTimestamp(rs, 3));
		callback.setOwner(rs.getString(4));
		callback.setReason(rs.getString(5));
		callback.setSource(CallbackSource.getByName(rs.getString(6)));
		long event = Jdbc.getId(rs, 7);
		if (event != 0) {
			ServiceEvent stub = f.createServiceEvent();
			stub.setId(event);
			callback.setServiceEvent(stub);
		}
		callback.setDone(rs.getBoolean(8));
		callback.setVersion(rs.getInt(9));
		return callback;
	}

	private static Map<String, String> snapshot(Callback callback) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("contact", Long.toString(callback.getContact().getId()));
		s.put("dueAt", AuditRepository.text(callback.getDueAt()));
		s.put("owner", callback.getOwner());
		s.put("reason", callback.getReason());
		s.put("source", callback.getSource().getName());
		s.put("serviceEvent", callback.getServiceEvent() == null ? null : Long.toString(callback.getServiceEvent().getId()));
		s.put("done", Boolean.toString(callback.isDone()));
		return s;
	}
}
