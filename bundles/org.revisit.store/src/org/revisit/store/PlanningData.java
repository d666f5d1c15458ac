package org.revisit.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * The reads and writes of a planning run, shaped for volume: contacts are streamed without their phones,
 * history comes as per-contact maps, and planned tasks are written in short transactions so that agents
 * claiming calls are never locked out for the length of a run.
 */
public final class PlanningData {

	/** A task the planner knows about: pending ones, and those that count against a weekly budget. */
	public record TaskRow(long id, long contactId, long campaignId, String callType, Instant dueFrom, int priority,
			String state, String planKey, boolean promise) {

		/** A task without a promise (as the planner books one in a run). */
		public TaskRow(long id, long contactId, long campaignId, String callType, Instant dueFrom, int priority,
				String state, String planKey) {
			this(id, contactId, campaignId, callType, dueFrom, priority, state, planKey, false);
		}

		public boolean pending() {
			return "PLANNED".equals(state) || "RESCHEDULED".equals(state) || "CLAIMED".equals(state);
		}
	}

	/**
	 * A task to insert; {@code callbackId} and {@code promisedAt} name the promise a call keeps (both
	 * {@code null} for other calls).
	 */
	public record NewTask(long contactId, long campaignId, String callType, Instant dueFrom, Instant dueTo,
			int priority, String reason, Long sourceEventId, String planKey, Long callbackId, Instant promisedAt) {
	}

	/** Rows per transaction when writing: well under Derby's lock escalation threshold (5,000 row locks). */
	public static final int CHUNK = 2_000;

	private final Store store;

	PlanningData(Store store) {
		this.store = store;
	}

	/**
	 * Streams every contact in id order, with birthday, time zone, class, status, successor (as an id-only
	 * proxy) and tags, but not phones.
	 */
	public void streamContacts(Consumer<Contact> each) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + ContactRows.PLANNING_COLUMNS + " FROM contact ORDER BY id");
					PreparedStatement t = c.prepareStatement("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id");
					ResultSet rs = p.executeQuery();
					ResultSet tags = t.executeQuery()) {
				boolean tag = tags.next();
				while (rs.next()) {
					Contact contact = ContactRows.readPlanning(rs);
					while (tag && tags.getLong(1) < contact.getId()) {
						tag = tags.next();
					}
					while (tag && tags.getLong(1) == contact.getId()) {
						contact.getTags().add(tags.getString(2));
						tag = tags.next();
					}
					each.accept(contact);
				}
			}
			return null;
		});
	}

	/** The contacts with these ids (as {@link #streamContacts} reads them), by id; unknown ids are left out. */
	public Map<Long, Contact> contacts(Collection<Long> ids) {
		Map<Long, Contact> result = new HashMap<>();
		List<Long> all = new ArrayList<>(new HashSet<>(ids));
		store.read(c -> {
			for (int from = 0; from < all.size(); from += 500) {
				List<Long> page = all.subList(from, Math.min(all.size(), from + 500));
				try (PreparedStatement p = c.prepareStatement("SELECT " + ContactRows.PLANNING_COLUMNS + " FROM contact WHERE id IN ("
						+ Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, 1, page);
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							Contact contact = ContactRows.readPlanning(rs);
							result.put(contact.getId(), contact);
						}
					}
				}
				try (PreparedStatement p = c.prepareStatement("SELECT contact_id, tag FROM contact_tag WHERE contact_id IN ("
						+ Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, 1, page);
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							result.get(rs.getLong(1)).getTags().add(rs.getString(2));
						}
					}
				}
			}
			return null;
		});
		return result;
	}

	/** The service events of these kinds that happened from {@code from} (included) to {@code to} (excluded). */
	public List<ServiceEvent> events(Instant from, Instant to, Set<ServiceEventKind> kinds) {
		List<ServiceEvent> result = new ArrayList<>();
		if (kinds.isEmpty()) {
			return result;
		}
		List<String> names = kinds.stream().map(ServiceEventKind::getName).toList();
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + ServiceEventRepository.COLUMNS
					+ " FROM service_event WHERE occurred_at >= ? AND occurred_at < ? AND kind IN ("
					+ Jdbc.placeholders(names.size()) + ") ORDER BY occurred_at, id")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				for (int i = 0; i < names.size(); i++) {
					p.setString(3 + i, names.get(i));
				}
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(ServiceEventRepository.read(rs));
					}
				}
			}
			return result;
		});
	}

	/** Every promised callback not done yet, earliest first. */
	public List<Callback> openCallbacks() {
		return store.read(c -> {
			List<Callback> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + CallbackRepository.COLUMNS
					+ " FROM callback WHERE done = FALSE ORDER BY due_at, id"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(CallbackRepository.read(rs));
				}
			}
			return result;
		});
	}

	/**
	 * The pending tasks (planned, rescheduled, claimed) of any date, and the other tasks but cancelled ones
	 * that are due from {@code from} (included) to {@code to} (excluded).
	 */
	public List<TaskRow> tasks(Instant from, Instant to) {
		return store.read(c -> {
			List<TaskRow> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT id, contact_id, campaign_id, call_type, due_from, "
					+ "priority, state, plan_key, callback_id FROM call_task WHERE state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') "
					+ "OR (due_from >= ? AND due_from < ? AND state <> 'CANCELLED')")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(new TaskRow(rs.getLong(1), rs.getLong(2), Jdbc.getId(rs, 3), rs.getString(4),
								Jdbc.getInstant(rs, 5), rs.getInt(6), rs.getString(7), rs.getString(8), Jdbc.getId(rs, 9) != 0));
					}
				}
			}
			return result;
		});
	}

	/** Every task of one contact but cancelled ones, pending or not. */
	public List<TaskRow> tasksOf(long contactId) {
		return store.read(c -> {
			List<TaskRow> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT id, contact_id, campaign_id, call_type, due_from, "
					+ "priority, state, plan_key, callback_id FROM call_task WHERE contact_id = ? AND state <> 'CANCELLED'")) {
				p.setLong(1, contactId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(new TaskRow(rs.getLong(1), rs.getLong(2), Jdbc.getId(rs, 3), rs.getString(4),
								Jdbc.getInstant(rs, 5), rs.getInt(6), rs.getString(7), rs.getString(8), Jdbc.getId(rs, 9) != 0));
					}
				}
			}
			return result;
		});
	}

	/**
	 * Which of {@code keys} campaign {@code campaignId} already has a task for, in any state. Few keys are
	 * looked up through the (campaign, plan key) index; many are matched against one scan of the campaign's
	 * keys, which is far quicker in Derby than hundreds of IN lists.
	 */
	public Set<String> existingKeys(long campaignId, Collection<String> keys) {
		Set<String> result = new HashSet<>();
		if (keys.isEmpty()) {
			return result;
		}
		if (keys.size() > 1_000) {
			Set<String> wanted = keys instanceof Set<String> set ? set : new HashSet<>(keys);
			store.read(c -> {
				try (PreparedStatement p = c.prepareStatement("SELECT plan_key FROM call_task WHERE campaign_id = ? "
						+ "AND plan_key IS NOT NULL")) {
					p.setLong(1, campaignId);
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							String key = rs.getString(1);
							if (wanted.contains(key)) {
								result.add(key);
							}
						}
					}
				}
				return null;
			});
			return result;
		}
		List<String> all = new ArrayList<>(keys);
		store.read(c -> {
			for (int from = 0; from < all.size(); from += 100) {
				List<String> page = all.subList(from, Math.min(all.size(), from + 100));
				try (PreparedStatement p = c.prepareStatement("SELECT plan_key FROM call_task WHERE campaign_id = ? "
						+ "AND plan_key IN (" + Jdbc.placeholders(page.size()) + ")")) {
					p.setLong(1, campaignId);
					for (int i = 0; i < page.size(); i++) {
						p.setString(2 + i, page.get(i));
					}
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							result.add(rs.getString(1));
						}
					}
				}
			}
			return null;
		});
		return result;
	}

	/** The day (in {@code zone}) each contact's last completed call of {@code callType} ended. */
	public Map<Long, LocalDate> lastCompletedCalls(String callType, ZoneId zone) {
		return dayByContact("SELECT t.contact_id, MAX(o.ended_at) FROM call_outcome o JOIN call_task t "
				+ "ON o.task_id = t.id WHERE t.call_type = ? AND t.state = 'COMPLETED' AND o.ended_at IS NOT NULL "
				+ "GROUP BY t.contact_id", callType, zone);
	}

	/** The day (in {@code zone}) of each contact's latest service event of {@code kind}. */
	public Map<Long, LocalDate> lastEvents(ServiceEventKind kind, ZoneId zone) {
		return dayByContact("SELECT contact_id, MAX(occurred_at) FROM service_event WHERE kind = ? "
				+ "GROUP BY contact_id", kind.getName(), zone);
	}

	private Map<Long, LocalDate> dayByContact(String sql, String parameter, ZoneId zone) {
		return store.read(c -> {
			Map<Long, LocalDate> result = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement(sql)) {
				p.setString(1, parameter);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.put(rs.getLong(1), Jdbc.getInstant(rs, 2).atZone(zone).toLocalDate());
					}
				}
			}
			return result;
		});
	}

	/**
	 * Inserts planned tasks, {@link #CHUNK} per transaction. A task whose campaign already holds its plan key
	 * (another planner was faster) is skipped.
	 *
	 * @return the tasks inserted
	 */
	public List<NewTask> insert(List<NewTask> tasks) {
		List<NewTask> inserted = new ArrayList<>(tasks.size());
		for (int from = 0; from < tasks.size(); from += CHUNK) {
			List<NewTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
			try {
				inserted.addAll(store.inTransaction(c -> insert(c, chunk, true)));
			} catch (StoreException e) {
				if (!(e.getCause() instanceof BatchUpdateException b) || !"23505".equals(b.getSQLState())) {
					throw e;
				}
				inserted.addAll(store.inTransaction(c -> insert(c, chunk, false)));
			}
		}
		return inserted;
	}

	private static List<NewTask> insert(Connection c, List<NewTask> chunk, boolean batch) throws SQLException {
		long next = Ids.reserve(c, "call_task", chunk.size());
		List<NewTask> inserted = new ArrayList<>(chunk.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, "
				+ "due_from, due_to, priority, attempts, state, reason, source_event_id, plan_key, version, callback_id, "
				+ "promised_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'PLANNED', ?, ?, ?, 0, ?, ?)")) {
			for (NewTask t : chunk) {
				p.setLong(1, next++);
				p.setLong(2, t.contactId());
				p.setLong(3, t.campaignId());
				p.setString(4, t.callType());
				Jdbc.setInstant(p, 5, t.dueFrom());
				Jdbc.setInstant(p, 6, t.dueTo());
				p.setInt(7, t.priority());
				p.setString(8, t.reason() == null || t.reason().length() <= 400 ? t.reason() : t.reason().substring(0, 400));
				if (t.sourceEventId() == null) {
					p.setNull(9, Types.BIGINT);
				} else {
					p.setLong(9, t.sourceEventId());
				}
				p.setString(10, t.planKey());
				Jdbc.setId(p, 11, t.callbackId() == null ? 0 : t.callbackId());
				Jdbc.setInstant(p, 12, t.promisedAt());
				if (batch) {
					p.addBatch();
				} else {
					try {
						p.executeUpdate();
						inserted.add(t);
					} catch (SQLException e) {
						if (!"23505".equals(e.getSQLState())) {
							throw e;
						}
					}
				}
			}
			if (batch) {
				p.executeBatch();
				inserted.addAll(chunk);
			}
		}
		return inserted;
	}

	/**
	 * Cancels planned tasks that nobody has claimed, each with its reason, {@link #CHUNK} per transaction.
	 *
	 * @return how many were cancelled (a task claimed meanwhile is left alone)
	 */
	public int cancel(Map<Long, String> reasonByTask) {
		List<Map.Entry<Long, String>> all = new ArrayList<>(reasonByTask.entrySet());
		int cancelled = 0;
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Map.Entry<Long, String>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			cancelled += store.inTransaction(c -> {
				// A promise's cancelled task gives up its plan key, so that the promise, still owed, is planned
				// again once it can be (a do-not-call lifted, a campaign switched on again).
				try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'CANCELLED', reason = ?, "
						+ "plan_key = CASE WHEN callback_id IS NULL THEN plan_key ELSE NULL END, "
						+ "version = version + 1 WHERE id = ? AND state = 'PLANNED'")) {
					for (Map.Entry<Long, String> e : chunk) {
						String reason = e.getValue();
						p.setString(1, reason.length() <= 400 ? reason : reason.substring(0, 400));
						p.setLong(2, e.getKey());
						p.addBatch();
					}
					int n = 0;
					for (int count : p.executeBatch()) {
						n += Math.max(count, 0);
					}
					return n;
				}
			});
		}
		return cancelled;
	}

	/**
	 * Moves the pending, unclaimed tasks of contacts who left the company to their successors.
	 *
	 * @return how many tasks moved
	 */
	public int moveToSuccessors() {
		return store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				return s.executeUpdate("UPDATE call_task SET contact_id = (SELECT k.successor_id FROM contact k "
						+ "WHERE k.id = call_task.contact_id), version = version + 1 "
						+ "WHERE state IN ('PLANNED', 'RESCHEDULED') AND contact_id IN "
						+ "(SELECT id FROM contact WHERE status = 'LEFT_COMPANY' AND successor_id IS NOT NULL)");
			}
		});
	}

	/** The planning lock, held while a run lasts; closing it releases it. */
	public interface RunLock extends AutoCloseable {
		@Override
		void close();
	}

	/**
	 * Takes the planning lock: one run at a time on a database, from any process. Waits while another run holds
	 * it (up to Derby's lock wait timeout, a minute by default); the lock goes with its connection, so a run that
	 * dies does not keep it.
	 *
	 * @throws StoreException saying that another planning run is in progress, if it is still held after the wait
	 */
	public RunLock lockRun() {
		Connection c;
		try {
			c = store.connect();
		} catch (SQLException e) {
			throw new StoreException("Cannot take the planning lock: " + Store.describe(e), e);
		}
		try {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("LOCK TABLE planning_lock IN EXCLUSIVE MODE");
			}
		} catch (SQLException e) {
			close(c);
			if ("40XL1".equals(e.getSQLState()) || "40XL2".equals(e.getSQLState()) || "X0X02".equals(e.getSQLState())) {
				throw new PlanningBusyException("Another planning run is in progress on this database; try again when "
						+ "it has finished", e);
			}
			throw new StoreException("Cannot take the planning lock: " + Store.describe(e), e);
		}
		return () -> close(c);
	}

	private static void close(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// closing below releases the lock anyway
		}
		try {
			c.close();
		} catch (SQLException e) {
			// nothing more to release
		}
	}

	/** Records a planning run; returns its id. */
	public long startRun(Instant startedAt, LocalDate from, LocalDate to, String who) {
		return store.inTransaction(c -> {
			long id = Ids.reserve(c, "plan_run", 1);
			try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_run (id, started_at, horizon_from, "
					+ "horizon_to, who) VALUES (?, ?, ?, ?, ?)")) {
				p.setLong(1, id);
				Jdbc.setInstant(p, 2, startedAt);
				Jdbc.setDate(p, 3, from);
				Jdbc.setDate(p, 4, to);
				p.setString(5, who);
				p.executeUpdate();
			}
			return id;
		});
	}

	/** Records the end of run {@code id} and what it changed. */
	public void finishRun(long id, Instant finishedAt, int created, int cancelled, int moved) {
		store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE plan_run SET finished_at = ?, created = ?, "
					+ "cancelled = ?, moved = ? WHERE id = ?")) {
				Jdbc.setInstant(p, 1, finishedAt);
				p.setInt(2, created);
				p.setInt(3, cancelled);
				p.setInt(4, moved);
				p.setLong(5, id);
				return p.executeUpdate();
			}
		});
	}

	/** When the last finished planning run ended, or {@code null}. */
	public Instant lastRun() {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT MAX(finished_at) FROM plan_run");
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return Jdbc.getInstant(rs, 1);
			}
		});
	}

	/**
	 * Claims the automatic planning run of {@code day} for the caller: true for exactly one caller per day,
	 * however many workbenches start at once on a shared database.
	 */
	public boolean claimDailyRun(LocalDate day) {
		String value = day.toString();
		return store.inTransaction(c -> {
			try (PreparedStatement u = c.prepareStatement("UPDATE app_setting SET setting_value = ? "
					+ "WHERE name = 'planner.dailyRun' AND setting_value < ?")) {
				u.setString(1, value);
				u.setString(2, value);
				if (u.executeUpdate() == 1) {
					return true;
				}
			}
			try (PreparedStatement i = c.prepareStatement("INSERT INTO app_setting VALUES ('planner.dailyRun', ?)")) {
				i.setString(1, value);
				i.executeUpdate();
				return true;
			} catch (SQLException e) {
				if ("23505".equals(e.getSQLState())) {
					return false; // someone else holds today (or a later day)
				}
				throw e;
			}
		});
	}

	/** The team-wide setting {@code name}, or {@code fallback}. */
	public String setting(String name, String fallback) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT setting_value FROM app_setting WHERE name = ?")) {
				p.setString(1, name);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() && rs.getString(1) != null ? rs.getString(1) : fallback;
				}
			}
		});
	}

	/** Sets the team-wide setting {@code name}. */
	public void setSetting(String name, String value) {
		store.inTransaction(c -> {
			try (PreparedStatement u = c.prepareStatement("UPDATE app_setting SET setting_value = ? WHERE name = ?")) {
				u.setString(1, value);
				u.setString(2, name);
				if (u.executeUpdate() == 0) {
					try (PreparedStatement i = c.prepareStatement("INSERT INTO app_setting VALUES (?, ?)")) {
						i.setString(1, name);
						i.setString(2, value);
						i.executeUpdate();
					}
				}
			}
			return null;
		});
	}

	/**
	 * The contacts of one planning chunk: those with an id above {@code after} and up to {@code last}, plus
	 * {@code extras} (contacts who left and whose successor lies in the range: what happens to them is planned
	 * with the successor).
	 */
	public record ContactRange(long after, long last, List<Long> extras) {

		public boolean contains(long contactId) {
			return contactId > after && contactId <= last;
		}
	}

	/**
	 * Up to {@code limit} contacts with an id above {@code after}, in id order, read as {@link #streamContacts}
	 * reads them (a keyset page: the planner walks the contacts chunk by chunk with it).
	 */
	public List<Contact> contactsAfter(long after, int limit) {
		return store.read(c -> {
			List<Contact> result = new ArrayList<>(Math.min(limit, 65_536));
			try (PreparedStatement p = c.prepareStatement("SELECT " + ContactRows.PLANNING_COLUMNS + " FROM contact WHERE id > ? "
					+ "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
				p.setLong(1, after);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(ContactRows.readPlanning(rs));
					}
				}
			}
			if (result.isEmpty()) {
				return result;
			}
			Map<Long, Contact> byId = new HashMap<>();
			result.forEach(k -> byId.put(k.getId(), k));
			try (PreparedStatement t = c.prepareStatement("SELECT contact_id, tag FROM contact_tag WHERE contact_id > ? "
					+ "AND contact_id <= ? ORDER BY contact_id")) {
				t.setLong(1, after);
				t.setLong(2, result.get(result.size() - 1).getId());
				try (ResultSet rs = t.executeQuery()) {
					while (rs.next()) {
						byId.get(rs.getLong(1)).getTags().add(rs.getString(2));
					}
				}
			}
			return result;
		});
	}

	/** Each contact who left with a successor named, with that successor's id. */
	public Map<Long, Long> successors() {
		return store.read(c -> {
			Map<Long, Long> result = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT id, successor_id FROM contact "
					+ "WHERE status = 'LEFT_COMPANY' AND successor_id IS NOT NULL"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.put(rs.getLong(1), rs.getLong(2));
				}
			}
			return result;
		});
	}

	/** As {@link #events(Instant, Instant, Set)}, only of the contacts of {@code range}, earliest first. */
	public List<ServiceEvent> events(Instant from, Instant to, Set<ServiceEventKind> kinds, ContactRange range) {
		List<String> names = kinds.stream().map(ServiceEventKind::getName).toList();
		if (names.isEmpty()) {
			return new ArrayList<>();
		}
		// The contact's index, whatever the optimizer guesses: a chunk must cost its own rows, not the table's.
		String select = "SELECT " + ServiceEventRepository.COLUMNS + " FROM service_event "
				+ "--DERBY-PROPERTIES index=service_event_contact\n WHERE occurred_at >= ? "
				+ "AND occurred_at < ? AND kind IN (" + Jdbc.placeholders(names.size()) + ") AND ";
		return store.read(c -> {
			List<ServiceEvent> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(select + "contact_id > ? AND contact_id <= ?")) {
				int i = bind(p, from, to, names);
				p.setLong(i++, range.after());
				p.setLong(i, range.last());
				readEvents(p, result);
			}
			for (List<Long> page : pages(range.extras())) {
				try (PreparedStatement p = c.prepareStatement(select + "contact_id IN (" + Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, bind(p, from, to, names), page);
					readEvents(p, result);
				}
			}
			result.sort(java.util.Comparator.comparing((ServiceEvent e) -> e.getOccurredAt()).thenComparingLong(ServiceEvent::getId));
			return result;
		});
	}

	private static int bind(PreparedStatement p, Instant from, Instant to, List<String> kinds) throws SQLException {
		Jdbc.setInstant(p, 1, from);
		Jdbc.setInstant(p, 2, to);
		for (int i = 0; i < kinds.size(); i++) {
			p.setString(3 + i, kinds.get(i));
		}
		return 3 + kinds.size();
	}

	private static void readEvents(PreparedStatement p, List<ServiceEvent> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(ServiceEventRepository.read(rs));
			}
		}
	}

	private static List<List<Long>> pages(List<Long> ids) {
		List<List<Long>> pages = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			pages.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return pages;
	}

	/** As {@link #tasks(Instant, Instant)}, only the tasks of the contacts of {@code range}. */
	public List<TaskRow> tasks(Instant from, Instant to, ContactRange range) {
		String select = "SELECT id, contact_id, campaign_id, call_type, due_from, priority, state, plan_key, callback_id "
				+ "FROM call_task --DERBY-PROPERTIES index=call_task_type\n WHERE (state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') OR (due_from >= ? AND due_from < ? "
				+ "AND state <> 'CANCELLED')) AND ";
		return store.read(c -> {
			List<TaskRow> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(select + "contact_id > ? AND contact_id <= ?")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				p.setLong(3, range.after());
				p.setLong(4, range.last());
				readTasks(p, result);
			}
			for (List<Long> page : pages(range.extras())) {
				try (PreparedStatement p = c.prepareStatement(select + "contact_id IN (" + Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setInstant(p, 1, from);
					Jdbc.setInstant(p, 2, to);
					Jdbc.setLongs(p, 3, page);
					readTasks(p, result);
				}
			}
			return result;
		});
	}

	private static void readTasks(PreparedStatement p, List<TaskRow> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(new TaskRow(rs.getLong(1), rs.getLong(2), Jdbc.getId(rs, 3), rs.getString(4),
						Jdbc.getInstant(rs, 5), rs.getInt(6), rs.getString(7), rs.getString(8), Jdbc.getId(rs, 9) != 0));
			}
		}
	}

	/** The plan keys the tasks of the contacts of {@code range} hold (any state), by campaign. */
	public Map<Long, Set<String>> planKeys(ContactRange range) {
		String select = "SELECT campaign_id, plan_key FROM call_task --DERBY-PROPERTIES index=call_task_type\n "
				+ "WHERE plan_key IS NOT NULL AND ";
		return store.read(c -> {
			Map<Long, Set<String>> result = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement(select + "contact_id > ? AND contact_id <= ?")) {
				p.setLong(1, range.after());
				p.setLong(2, range.last());
				readKeys(p, result);
			}
			for (List<Long> page : pages(range.extras())) {
				try (PreparedStatement p = c.prepareStatement(select + "contact_id IN (" + Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, 1, page);
					readKeys(p, result);
				}
			}
			return result;
		});
	}

	private static void readKeys(PreparedStatement p, Map<Long, Set<String>> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.computeIfAbsent(Jdbc.getId(rs, 1), k -> new HashSet<>()).add(rs.getString(2));
			}
		}
	}

	/** As {@link #lastCompletedCalls(String, ZoneId)}, only for the contacts of {@code range}. */
	public Map<Long, LocalDate> lastCompletedCalls(String callType, ZoneId zone, ContactRange range) {
		return dayByContact("SELECT t.contact_id, MAX(o.ended_at) FROM call_outcome o JOIN call_task t "
				+ "ON o.task_id = t.id WHERE t.call_type = ? AND t.state = 'COMPLETED' AND o.ended_at IS NOT NULL AND ",
				" GROUP BY t.contact_id", "t.contact_id", callType, zone, range);
	}

	/** As {@link #lastEvents(ServiceEventKind, ZoneId)}, only for the contacts of {@code range}. */
	public Map<Long, LocalDate> lastEvents(ServiceEventKind kind, ZoneId zone, ContactRange range) {
		return dayByContact("SELECT contact_id, MAX(occurred_at) FROM service_event "
				+ "--DERBY-PROPERTIES index=service_event_contact\n WHERE kind = ? AND ",
				" GROUP BY contact_id", "contact_id", kind.getName(), zone, range);
	}

	private Map<Long, LocalDate> dayByContact(String select, String group, String column, String parameter, ZoneId zone,
			ContactRange range) {
		return store.read(c -> {
			Map<Long, LocalDate> result = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement(select + column + " > ? AND " + column + " <= ?" + group)) {
				p.setString(1, parameter);
				p.setLong(2, range.after());
				p.setLong(3, range.last());
				readDays(p, zone, result);
			}
			for (List<Long> page : pages(range.extras())) {
				try (PreparedStatement p = c.prepareStatement(select + column + " IN (" + Jdbc.placeholders(page.size())
						+ ")" + group)) {
					p.setString(1, parameter);
					Jdbc.setLongs(p, 2, page);
					readDays(p, zone, result);
				}
			}
			return result;
		});
	}

	private static void readDays(PreparedStatement p, ZoneId zone, Map<Long, LocalDate> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.put(rs.getLong(1), Jdbc.getInstant(rs, 2).atZone(zone).toLocalDate());
			}
		}
	}
}
