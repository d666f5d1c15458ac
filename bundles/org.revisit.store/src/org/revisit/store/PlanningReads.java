package org.revisit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.revisit.store.internal.Jdbc;

/**
 * The planner's reads, shaped for volume: contacts are streamed or paged by id without their phones (through the
 * one contact mapping, {@link ContactRows}), and history (events, tasks, plan keys, last calls) comes as lists and
 * per-contact maps, for the whole table or for one chunk of contacts ({@link ContactRange}). Nothing here writes.
 */
public final class PlanningReads {

	/**
	 * A task the planner knows about: pending ones, and those that count against a weekly budget. {@code dueTo}
	 * is the end of its due time ({@code null} for a task the planner books in a run).
	 */
	public record TaskRow(long id, long contactId, long campaignId, String callType, Instant dueFrom, int priority,
			String state, String planKey, boolean promise, Instant dueTo) {

		/** A task without a promise (as the planner books one in a run). */
		public TaskRow(long id, long contactId, long campaignId, String callType, Instant dueFrom, int priority,
				String state, String planKey) {
			this(id, contactId, campaignId, callType, dueFrom, priority, state, planKey, false, null);
		}

		public boolean pending() {
			return "PLANNED".equals(state) || "RESCHEDULED".equals(state) || "CLAIMED".equals(state);
		}
	}

	private final Store store;

	PlanningReads(Store store) {
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
		eachEvent(from, to, kinds, result::add);
		return result;
	}

	/**
	 * As {@link #events(Instant, Instant, Set)}, handing each event to {@code each} as it is read, earliest first
	 * (occurrence, then id), without a list: for a reader that keeps only a little of each.
	 */
	public void eachEvent(Instant from, Instant to, Set<ServiceEventKind> kinds, Consumer<ServiceEvent> each) {
		if (kinds.isEmpty()) {
			return;
		}
		List<String> names = kinds.stream().map(ServiceEventKind::getName).toList();
		store.read(c -> {
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
						each.accept(ServiceEventRepository.read(rs));
					}
				}
			}
			return null;
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
	 * The promised callbacks not done yet of the contacts of one planning chunk ({@code range}: its ids and its
	 * extras), earliest first (due time, then id), as {@link #openCallbacks()} orders them. Through the index of
	 * schema version 30 ({@code callback_contact_open}): a chunk costs its own promises, not all the open ones.
	 */
	public List<Callback> openCallbacks(ContactRange range) {
		String select = "SELECT " + CallbackRepository.COLUMNS + " FROM callback "
				+ "--DERBY-PROPERTIES index=callback_contact_open\n WHERE done = FALSE AND ";
		return store.read(c -> {
			List<Callback> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(select + "contact_id > ? AND contact_id <= ?")) {
				p.setLong(1, range.after());
				p.setLong(2, range.last());
				readCallbacks(p, result);
			}
			// each promise once, even if an extra is named twice or lies in the range
			List<Long> extras = range.extras().stream().distinct().filter(id -> !range.contains(id)).toList();
			for (List<Long> page : pages(extras)) {
				try (PreparedStatement p = c.prepareStatement(select + "contact_id IN (" + Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, 1, page);
					readCallbacks(p, result);
				}
			}
			result.sort(java.util.Comparator.comparing((Callback k) -> k.getDueAt()).thenComparingLong(Callback::getId));
			return result;
		});
	}

	private static void readCallbacks(PreparedStatement p, List<Callback> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(CallbackRepository.read(rs));
			}
		}
	}

	/**
	 * The pending tasks (planned, rescheduled, claimed) of any date, and the other tasks but cancelled ones
	 * that are due from {@code from} (included) to {@code to} (excluded).
	 */
	public List<TaskRow> tasks(Instant from, Instant to) {
		return store.read(c -> {
			List<TaskRow> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + TASK_COLUMNS + " FROM call_task WHERE "
					+ "state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') "
					+ "OR (due_from >= ? AND due_from < ? AND state <> 'CANCELLED')")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				readTasks(p, result);
			}
			return result;
		});
	}

	/** Every task of one contact but cancelled ones, pending or not. */
	public List<TaskRow> tasksOf(long contactId) {
		return store.read(c -> {
			List<TaskRow> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + TASK_COLUMNS + " FROM call_task WHERE "
					+ "contact_id = ? AND state <> 'CANCELLED'")) {
				p.setLong(1, contactId);
				readTasks(p, result);
			}
			return result;
		});
	}

	/**
	 * Which of {@code keys} campaign {@code campaignId} already has a task for, in any state. Up to 1,000 keys are
	 * looked up one by one through the (campaign, plan key) key; more are matched against one scan of the
	 * campaign's keys.
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
		// One probe of the (campaign, plan key) key per key, with one statement: Derby evaluated an IN list of
		// keys against every plan key of the campaign (a scan of the campaign's tasks for each list), which made a
		// planning run over N contacts cost N chunks x all the campaign's tasks.
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT plan_key FROM call_task WHERE campaign_id = ? "
					+ "AND plan_key = ?")) {
				p.setLong(1, campaignId);
				for (String key : keys) {
					p.setString(2, key);
					try (ResultSet rs = p.executeQuery()) {
						if (rs.next()) {
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
		return store.read(PlanningReads::successors);
	}

	static Map<Long, Long> successors(java.sql.Connection c) throws SQLException {
		Map<Long, Long> result = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id, successor_id FROM contact "
				+ "WHERE status = 'LEFT_COMPANY' AND successor_id IS NOT NULL"); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.put(rs.getLong(1), rs.getLong(2));
			}
		}
		return result;
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
		String select = "SELECT " + TASK_COLUMNS + " FROM call_task --DERBY-PROPERTIES index=call_task_type\n WHERE (state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') OR (due_from >= ? AND due_from < ? "
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

	/** The columns {@link #taskRow} reads, in its order. */
	private static final String TASK_COLUMNS = "id, contact_id, campaign_id, call_type, due_from, priority, state, "
			+ "plan_key, callback_id, due_to";

	/** The one mapping of a {@code call_task} row selected with {@link #TASK_COLUMNS} to a {@link TaskRow}. */
	private static TaskRow taskRow(ResultSet rs) throws SQLException {
		return new TaskRow(rs.getLong(1), rs.getLong(2), Jdbc.getId(rs, 3), rs.getString(4), Jdbc.getInstant(rs, 5),
				rs.getInt(6), rs.getString(7), rs.getString(8), Jdbc.getId(rs, 9) != 0, Jdbc.getInstant(rs, 10));
	}

	private static void readTasks(PreparedStatement p, List<TaskRow> into) throws SQLException {
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				into.add(taskRow(rs));
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
