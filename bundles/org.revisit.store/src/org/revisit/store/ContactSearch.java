package org.revisit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.revisit.model.Contact;

/**
 * Searching contacts: by text (in the name, the company and the phone numbers, matched literally, ignoring case),
 * among all contacts or among those an agent may read ({@link #VISIBLE_TO}), counted or one page at a time.
 */
public final class ContactSearch {

	private final Store store;

	ContactSearch(Store store) {
		this.store = store;
	}

	/**
	 * How many contacts match {@code text} (in the name, the company or a phone number, ignoring case); all
	 * contacts when it is null or blank.
	 */
	public long count(String text) {
		if (text == null || text.isBlank()) {
			return store.contacts().count();
		}
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM contact WHERE " + MATCHES)) {
				bindMatches(p, 1, text);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** Contacts matching {@code text} (see {@link #count(String)}), ordered by id, one page. */
	public List<Contact> page(String text, long offset, int limit) {
		if (text == null || text.isBlank()) {
			return store.contacts().page(offset, limit);
		}
		return store.read(c -> ContactRepository.select(c,
				"WHERE " + MATCHES + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", p -> {
					int i = bindMatches(p, 1, text);
					p.setLong(i, offset);
					p.setInt(i + 1, limit);
				}));
	}

	/**
	 * The contacts an agent may read: those with a call still to make (open, rescheduled or claimed), and those
	 * the agent has called. One placeholder: the agent.
	 */
	static final String VISIBLE_TO = "(EXISTS (SELECT 1 FROM call_task t WHERE t.contact_id = contact.id "
			+ "AND t.state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')) OR EXISTS (SELECT 1 FROM call_outcome o "
			+ "WHERE o.contact_id = contact.id AND o.agent = ?))";

	/** Whether {@code agent} may read contact {@code id} (see the agent's search: {@link #pageVisibleTo}). */
	public boolean visibleTo(long id, String agent) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM contact WHERE id = ? AND " + VISIBLE_TO)) {
				p.setLong(1, id);
				p.setString(2, agent);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next();
				}
			}
		});
	}

	/**
	 * As {@link #page(String, long, int)}, among the contacts {@code agent} may read: those with a call still to
	 * make and those the agent has called.
	 */
	public List<Contact> pageVisibleTo(String text, String agent, long offset, int limit) {
		boolean all = text == null || text.isBlank();
		return store.read(c -> ContactRepository.select(c, "WHERE " + (all ? "" : MATCHES + " AND ") + VISIBLE_TO
				+ " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", p -> {
					int i = all ? 1 : bindMatches(p, 1, text);
					p.setString(i, agent);
					p.setLong(i + 1, offset);
					p.setInt(i + 2, limit);
				}));
	}

	/** How many contacts {@link #pageVisibleTo} finds. */
	public long countVisibleTo(String text, String agent) {
		boolean all = text == null || text.isBlank();
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM contact WHERE "
					+ (all ? "" : MATCHES + " AND ") + VISIBLE_TO)) {
				int i = all ? 1 : bindMatches(p, 1, text);
				p.setString(i, agent);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** A search in the name, the company and the phone numbers; the text is matched literally. */
	static final String MATCHES = "(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(company) LIKE ? ESCAPE '\\' "
			+ "OR id IN (SELECT contact_id FROM contact_phone WHERE number LIKE ? ESCAPE '\\'))";

	static int bindMatches(PreparedStatement p, int first, String text) throws SQLException {
		String literal = text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_");
		String pattern = "%" + literal + "%";
		p.setString(first, pattern);
		p.setString(first + 1, pattern);
		p.setString(first + 2, pattern);
		return first + 3;
	}
}
