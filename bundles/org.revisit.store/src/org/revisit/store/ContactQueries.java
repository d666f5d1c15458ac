package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;

/**
 * Filtered and sorted pages of contacts, done in the database: a page first reads the ids of its rows (which an
 * index on the sort column and the id answers without touching the rows), then those rows with their phones and
 * tags. Nothing here holds more than one page of contacts.
 */
public final class ContactQueries {

	private final Store store;

	public ContactQueries(Store store) {
		this.store = store;
	}

	/** A WHERE clause (possibly empty) and the values of its placeholders. */
	record Where(String sql, List<Object> params) {

		int bind(PreparedStatement p, int first) throws SQLException {
			int i = first;
			for (Object value : params) {
				if (value instanceof Boolean b) {
					p.setBoolean(i++, b);
				} else {
					p.setString(i++, (String) value);
				}
			}
			return i;
		}
	}

	/**
	 * The condition of {@code filter}; {@code agent} (when not {@code null}) narrows it to the contacts that agent
	 * may read.
	 */
	static Where where(ContactFilter filter, String agent) {
		List<String> terms = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			terms.add(ContactSearch.MATCHES);
			String literal = filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_");
			for (int k = 0; k < 3; k++) {
				params.add("%" + literal + "%");
			}
		}
		if (filter.customerClass() != null) {
			terms.add("customer_class = ?");
			params.add(filter.customerClass().getName());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			terms.add("EXISTS (SELECT 1 FROM contact_tag g WHERE g.contact_id = contact.id AND g.tag = ?)");
			params.add(filter.tag().strip());
		}
		if (filter.owningAgent() != null) {
			if (filter.owningAgent().isBlank()) {
				terms.add("owning_agent IS NULL");
			} else {
				terms.add("owning_agent = ?");
				params.add(filter.owningAgent().strip());
			}
		}
		if (filter.status() != null) {
			terms.add("status = ?");
			params.add(filter.status().getName());
		}
		if (filter.doNotCall() != null) {
			terms.add("do_not_call = ?");
			params.add(filter.doNotCall());
		}
		if (agent != null) {
			terms.add(ContactSearch.VISIBLE_TO);
			params.add(agent);
		}
		return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
	}

	private static String orderBy(ContactFilter filter) {
		ContactFilter.Sort sort = filter.sort() == null ? ContactFilter.Sort.ID : filter.sort();
		String direction = filter.descending() ? " DESC" : "";
		return sort == ContactFilter.Sort.ID ? " ORDER BY id" + direction
				: " ORDER BY " + sort.column() + direction + ", id" + direction;
	}

	/** How many contacts match ({@code agent}: among those that agent may read; {@code null}: all). */
	public long count(ContactFilter filter, String agent) {
		Where where = where(filter, agent);
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM contact" + where.sql())) {
				where.bind(p, 1);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** The matching contacts in the filter's order, {@code limit} from row {@code offset}, with phones and tags. */
	public List<Contact> page(ContactFilter filter, String agent, long offset, int limit) {
		Where where = where(filter, agent);
		return store.read(c -> {
			List<Long> ids = new ArrayList<>(limit);
			try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact" + where.sql() + orderBy(filter)
					+ " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				int i = where.bind(p, 1);
				p.setLong(i, offset);
				p.setInt(i + 1, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			return load(c, ids);
		});
	}

	/**
	 * The matching contacts that follow the contact {@code afterId} in the filter's order, at most {@code limit}
	 * (keyset paging: the database starts reading at that row in the index instead of counting rows from the first
	 * as an offset does). {@code null} when that contact is not among the matching ones (any more).
	 */
	public List<Contact> pageFollowing(ContactFilter filter, String agent, long afterId, int limit) {
		Where where = where(filter, agent);
		ContactFilter.Sort sort = filter.sort() == null ? ContactFilter.Sort.ID : filter.sort();
		boolean desc = filter.descending();
		return store.read(c -> {
			List<Segment> segments;
			if (sort == ContactFilter.Sort.ID) {
				segments = List.of(new Segment(desc ? "id < ?" : "id > ?", List.of(afterId), desc ? "id DESC" : "id"));
			} else {
				Object[] found = sortValue(c, where, sort.column(), afterId);
				if (found == null) {
					return null;
				}
				segments = segments(sort.column(), (String) found[0], afterId, desc);
			}
			List<Long> ids = new ArrayList<>(limit);
			for (Segment segment : segments) {
				if (ids.size() < limit) {
					segment.read(c, where, limit - ids.size(), ids);
				}
			}
			return load(c, ids);
		});
	}

	/**
	 * The parts of the order after the row ({@code value}, {@code id}), each a condition an index range answers,
	 * in order. Derby sorts null above every value: last going up, first going down.
	 */
	private static List<Segment> segments(String column, String value, long id, boolean desc) {
		String up = column + ", id";
		String down = column + " DESC, id DESC";
		if (!desc) {
			if (value == null) {
				return List.of(new Segment(column + " IS NULL AND id > ?", List.of(id), "id"));
			}
			return List.of(new Segment(column + " >= ? AND (" + column + " > ? OR id > ?)", List.of(value, value, id),
					up), new Segment(column + " IS NULL", List.of(), "id"));
		}
		if (value == null) {
			return List.of(new Segment(column + " IS NULL AND id < ?", List.of(id), "id DESC"),
					new Segment(column + " IS NOT NULL", List.of(), down));
		}
		return List.of(
				new Segment(column + " <= ? AND (" + column + " < ? OR id < ?)", List.of(value, value, id), down));
	}

	/** The sort value of the matching contact {@code id} (in a one-element array: it may be null), or null. */
	private static Object[] sortValue(Connection c, Where where, String column, long id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM contact" + where.sql()
				+ (where.sql().isEmpty() ? " WHERE" : " AND") + " id = ?")) {
			p.setLong(where.bind(p, 1), id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? new Object[] { rs.getString(1) } : null;
			}
		}
	}

	/** One range of a keyset page: a condition with its values (strings, longs) and the order within it. */
	private record Segment(String condition, List<Object> params, String order) {

		void read(Connection c, Where where, int limit, List<Long> ids) throws SQLException {
			try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact" + where.sql()
					+ (where.sql().isEmpty() ? " WHERE " : " AND ") + condition + " ORDER BY " + order
					+ " FETCH NEXT ? ROWS ONLY")) {
				int i = where.bind(p, 1);
				for (Object value : params) {
					if (value instanceof Long l) {
						p.setLong(i++, l);
					} else {
						p.setString(i++, (String) value);
					}
				}
				p.setInt(i, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
		}
	}

	/**
	 * The matching contacts with ids above {@code afterId}, by id, at most {@code limit} (for walking a whole
	 * filter, e.g. to export it).
	 */
	public List<Contact> pageAfter(ContactFilter filter, long afterId, int limit) {
		Where where = where(filter, null);
		return store.read(c -> {
			List<Long> ids = new ArrayList<>(limit);
			try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact" + where.sql()
					+ (where.sql().isEmpty() ? " WHERE" : " AND") + " id > ? ORDER BY id FETCH NEXT ? ROWS ONLY")) {
				int i = where.bind(p, 1);
				p.setLong(i, afterId);
				p.setInt(i + 1, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			return load(c, ids);
		});
	}

	/** The contacts with these ids (those that exist), in the order given. */
	public List<Contact> byIds(List<Long> ids) {
		return store.read(c -> load(c, ids));
	}

	/** Calls {@code action} with the id of every matching contact, by id, on the caller's connection. */
	public static void forEachId(Tx tx, ContactFilter filter, LongConsumer action) throws SQLException {
		Connection c = tx.connection();
		Where where = where(filter, null);
		try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact" + where.sql() + " ORDER BY id")) {
			where.bind(p, 1);
			p.setFetchSize(1000);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					action.accept(rs.getLong(1));
				}
			}
		}
	}

	/** Placeholders for an IN list of {@code n} values. */
	static String in(int n) {
		return "(" + "?, ".repeat(n - 1) + "?)";
	}

	/** The contacts with these ids, in the order of the ids, with their phones and tags. */
	static List<Contact> load(Connection c, List<Long> ids) throws SQLException {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Contact> byId = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT " + ContactRows.COLUMNS
				+ " FROM contact WHERE id IN " + in(ids.size()))) {
			bindIds(p, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Contact contact = ContactRows.read(rs);
					byId.put(contact.getId(), contact);
				}
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT contact_id, " + ContactRows.PHONE_COLUMNS + " FROM contact_phone "
				+ "WHERE contact_id IN " + in(ids.size()) + " ORDER BY contact_id, seq")) {
			bindIds(p, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Contact contact = byId.get(rs.getLong(1));
					PhoneNumber phone = ContactRows.phone(rs, 2);
					contact.getPhones().add(phone);
				}
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT contact_id, tag FROM contact_tag WHERE contact_id IN "
				+ in(ids.size()) + " ORDER BY contact_id, tag")) {
			bindIds(p, ids);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					byId.get(rs.getLong(1)).getTags().add(rs.getString(2));
				}
			}
		}
		List<Contact> ordered = new ArrayList<>(ids.size());
		for (long id : ids) {
			Contact contact = byId.get(id);
			if (contact != null) {
				ordered.add(contact);
			}
		}
		return ordered;
	}

	private static void bindIds(PreparedStatement p, List<Long> ids) throws SQLException {
		for (int i = 0; i < ids.size(); i++) {
			p.setLong(i + 1, ids.get(i));
		}
	}
}
