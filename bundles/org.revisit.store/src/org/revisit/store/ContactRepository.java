package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitPackage;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Contacts in the database. Reads are paged (a page is a few hundred rows at most); nothing here loads the
 * whole table.
 */
public final class ContactRepository {

	private final Store store;

	ContactRepository(Store store) {
		this.store = store;
	}

	public long count() {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM contact");
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	/**
	 * How many contacts match {@code text} (in the name, the company or a phone number, ignoring case); all
	 * contacts when it is null or blank.
	 */
	public long count(String text) {
		if (text == null || text.isBlank()) {
			return count();
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
			return page(offset, limit);
		}
		return store.read(c -> select(c, "WHERE " + MATCHES + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
				p -> {
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
		return store.read(c -> select(c, "WHERE " + (all ? "" : MATCHES + " AND ") + VISIBLE_TO
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

	/** Contacts ordered by id, {@code limit} rows from row {@code offset}, with their phone numbers. */
	public List<Contact> page(long offset, int limit) {
		return store.read(c -> select(c, "ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", p -> {
			p.setLong(1, offset);
			p.setInt(2, limit);
		}));
	}

	/**
	 * Contacts with ids above {@code afterId}, ordered by id, at most {@code limit}: for walking the whole table
	 * page by page (each page is one index range scan, however far the walk has got).
	 */
	public List<Contact> pageAfter(long afterId, int limit) {
		return store.read(c -> select(c, "WHERE id > ? ORDER BY id FETCH NEXT ? ROWS ONLY", p -> {
			p.setLong(1, afterId);
			p.setInt(2, limit);
		}));
	}

	/** The contact with this id, or {@code null}. */
	public Contact find(long id) {
		return store.read(c -> findOn(c, id));
	}

	/** The parameters of a query's placeholders. */
	@FunctionalInterface
	private interface Parameters {
		void bind(PreparedStatement p) throws SQLException;
	}

	/** Contacts selected by {@code tail} (WHERE / ORDER BY / FETCH), with their phones and tags. */
	private static List<Contact> select(Connection c, String tail, Parameters parameters) throws SQLException {
		Map<Long, Contact> byId = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT " + ContactRows.COLUMNS + " FROM contact " + tail)) {
			parameters.bind(p);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Contact contact = ContactRows.read(rs);
					byId.put(contact.getId(), contact);
				}
			}
		}
		loadPhones(c, byId);
		loadTags(c, byId);
		return new ArrayList<>(byId.values());
	}

	/** The contact with this id read on the caller's connection, or {@code null}. */
	private static Contact findOn(Connection c, long id) throws SQLException {
		List<Contact> found = select(c, "WHERE id = ?", p -> p.setLong(1, id));
		return found.isEmpty() ? null : found.get(0);
	}

	/** Inserts new contacts in one transaction and sets their ids. */
	public void insert(List<Contact> contacts) {
		if (contacts.isEmpty()) {
			return;
		}
		store.inTransaction(c -> {
			insert(c, contacts);
			return null;
		});
	}

	/**
	 * Inserts new contacts on the caller's connection (and transaction) and sets their ids.
	 *
	 * @throws ValidationException if any contact is invalid; nothing is written
	 */
	public void insert(Connection c, List<Contact> contacts) throws SQLException {
		ValidationException.check(contacts, store.clock());
		long next = Ids.reserve(c, "contact", contacts.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO contact (id, version, " + ContactRows.WRITTEN_COLUMNS
				+ ") VALUES (?, ?, " + Jdbc.placeholders(ContactRows.WRITTEN_COUNT) + ")");
				PreparedStatement ph = c.prepareStatement(INSERT_PHONE);
				PreparedStatement pt = c.prepareStatement(INSERT_TAG)) {
			boolean tags = false;
			for (Contact contact : contacts) {
				contact.setId(next++);
				contact.setVersion(0);
				bind(p, contact);
				p.addBatch();
				addPhones(ph, contact);
				tags |= addTags(pt, contact);
			}
			p.executeBatch();
			ph.executeBatch();
			if (tags) {
				pt.executeBatch();
			}
		}
	}

	private static void bind(PreparedStatement p, Contact contact) throws SQLException {
		p.setLong(1, contact.getId());
		p.setInt(2, contact.getVersion());
		ContactRows.bindWritten(p, 3, contact);
	}

	/**
	 * Calls {@code action} with every mobile number stored, in one query, so that an import can check a whole file
	 * for duplicates without a query per row.
	 */
	public static void forEachMobileNumber(Connection c, Consumer<String> action) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT number FROM contact_phone WHERE kind = ?")) {
			p.setString(1, PhoneType.MOBILE.getName());
			p.setFetchSize(1000);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					action.accept(rs.getString(1));
				}
			}
		}
	}

	/** The ids of the contacts having this phone number (of any kind), at most {@code limit}. */
	public static List<Long> idsByPhoneNumber(Connection c, String number, int limit) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(
				"SELECT DISTINCT contact_id FROM contact_phone WHERE number = ? ORDER BY contact_id")) {
			p.setString(1, number);
			p.setMaxRows(limit);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	/** Whether a contact with this id exists. */
	public static boolean exists(Connection c, long id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM contact WHERE id = ?")) {
			p.setLong(1, id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void loadTags(Connection c, Map<Long, Contact> byId) throws SQLException {
		if (byId.isEmpty()) {
			return;
		}
		try (PreparedStatement p = c.prepareStatement(
				"SELECT contact_id, tag FROM contact_tag WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, tag")) {
			p.setLong(1, byId.keySet().stream().mapToLong(Long::longValue).min().getAsLong());
			p.setLong(2, byId.keySet().stream().mapToLong(Long::longValue).max().getAsLong());
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Contact contact = byId.get(rs.getLong(1));
					if (contact != null) {
						contact.getTags().add(rs.getString(2));
					}
				}
			}
		}
	}

	private static void loadPhones(Connection c, Map<Long, Contact> byId) throws SQLException {
		if (byId.isEmpty()) {
			return;
		}
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (long id : byId.keySet()) {
			min = Math.min(min, id);
			max = Math.max(max, id);
		}
		try (PreparedStatement p = c.prepareStatement("SELECT contact_id, " + ContactRows.PHONE_COLUMNS + " FROM contact_phone "
				+ "WHERE contact_id BETWEEN ? AND ? ORDER BY contact_id, seq")) {
			p.setLong(1, min);
			p.setLong(2, max);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Contact contact = byId.get(rs.getLong(1));
					if (contact == null) {
						continue;
					}
					contact.getPhones().add(ContactRows.phone(rs, 2));
				}
			}
		}
	}

	// ---- Editing a stored contact: optimistic locking and audit ----

	/** The contact fields {@link #update(Contact, String)} writes, in the order of its statement. */
	private static final String UPDATE = "UPDATE contact SET " + ContactRows.UPDATE_SET
			+ ", version = version + 1 WHERE id = ? AND version = ?";

	/**
	 * Saves an edited contact and its phone numbers if nobody changed it since it was read (same version), records
	 * each changed field in the audit trail as done by {@code who}, and increments the version.
	 *
	 * @throws StaleDataException if the contact was changed or deleted meanwhile; nothing is written
	 * @throws ValidationException if the contact is invalid; nothing is written
	 */
	public void update(Contact contact, String who) {
		AuditRepository.requireWho(who);
		ValidationException.check(List.of(contact), store.clock());
		store.inTransaction(c -> {
			updateOn(c, contact, who);
			return null;
		});
		contact.setVersion(contact.getVersion() + 1);
	}

	/** The body of {@link #update(Contact, String)} on the caller's transaction; leaves the version as it was. */
	private void updateOn(Connection c, Contact contact, String who) throws SQLException {
		String record = "Contact " + contact.getId() + " (" + contact.getName() + ")";
		Contact before = findOn(c, contact.getId());
		if (before == null) {
			throw StaleDataException.deleted(record);
		}
		try (PreparedStatement p = c.prepareStatement(UPDATE)) {
			int next = ContactRows.bindWritten(p, 1, contact);
			p.setLong(next, contact.getId());
			p.setInt(next + 1, contact.getVersion());
			if (p.executeUpdate() == 0) {
				throw StaleDataException.changed(record);
			}
		}
		replacePhones(c, contact);
		replaceTags(c, contact);
		AuditRepository.recordChanges(c, store.clock(), who, "Contact", contact.getId(), snapshot(before), snapshot(contact));
	}

	/**
	 * The target has left the company: in one transaction, inserts {@code successor} (company, owning agent and
	 * time zone taken from the old contact unless given), marks the old contact {@code LEFT_COMPANY} linked to the
	 * successor (version-checked and audited like {@link #update(Contact, String)}), and moves the old contact's
	 * pending call tasks (planned, rescheduled, and claimed ones with their lease) and open callbacks to the
	 * successor, auditing each move. Outcomes, service events and done callbacks stay with the old contact. Sets
	 * the successor's id, and the old contact's new status, successor and version.
	 *
	 * @param left the old contact as read (its version is checked)
	 * @throws StaleDataException if the old contact was changed or deleted meanwhile; nothing is written
	 * @throws ValidationException if the successor is invalid; nothing is written
	 */
	public void replaceWithSuccessor(Contact left, Contact successor, String who) {
		Contact saved = replaceWithSuccessor(left.getId(), left.getVersion(), successor, who);
		left.setStatus(ContactStatus.LEFT_COMPANY);
		left.setSuccessor(successor);
		left.setVersion(saved.getVersion());
	}

	/** As {@link #replaceWithSuccessor(Contact, Contact, String)} for the contact's latest stored version. */
	public void replaceWithSuccessor(long leftContactId, Contact successor, String who) {
		replaceWithSuccessor(leftContactId, -1, successor, who);
	}

	/** {@code version} -1: whatever version is stored. Returns the old contact as saved. */
	private Contact replaceWithSuccessor(long leftId, int version, Contact successor, String who) {
		AuditRepository.requireWho(who);
		if (successor.getId() != 0) {
			throw new StoreException("The successor of contact " + leftId + " must be a new contact, but it has id "
					+ successor.getId());
		}
		try {
			return moveToSuccessor(leftId, version, successor, who);
		} catch (RuntimeException e) {
			successor.setId(0); // rolled back: the id reserved for it was never stored
			throw e;
		}
	}

	private Contact moveToSuccessor(long leftId, int version, Contact successor, String who) {
		return store.inTransaction(c -> {
			Contact old = findOn(c, leftId);
			if (old == null) {
				throw StaleDataException.deleted("Contact " + leftId);
			}
			if (old.getStatus() == ContactStatus.LEFT_COMPANY) {
				throw new StoreException("Contact " + leftId + " (" + old.getName() + ") has already left the company"
						+ (old.getSuccessor() == null ? "" : "; successor: contact " + old.getSuccessor().getId()));
			}
			if (isBlank(successor.getCompany())) {
				successor.setCompany(old.getCompany());
			}
			if (isBlank(successor.getOwningAgent())) {
				successor.setOwningAgent(old.getOwningAgent());
			}
			if (!successor.eIsSet(RevisitPackage.Literals.CONTACT__TIME_ZONE)) {
				successor.setTimeZone(old.getTimeZone());
			}
			insert(c, List.of(successor));
			if (version >= 0) {
				old.setVersion(version);
			}
			old.setStatus(ContactStatus.LEFT_COMPANY);
			old.setSuccessor(successor);
			ValidationException.check(List.of(old), store.clock());
			updateOn(c, old, who);
			old.setVersion(old.getVersion() + 1);
			moveOpenWork(c, leftId, successor.getId(), who);
			return old;
		});
	}

	/** Moves pending tasks and open callbacks from one contact to another, one audit entry per row moved. */
	private void moveOpenWork(Connection c, long from, long to, String who) throws SQLException {
		String[][] moves = { { "CallTask", "call_task", "state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')" },
				{ "Callback", "callback", "done = FALSE" } };
		for (String[] m : moves) {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT id FROM " + m[1] + " WHERE contact_id = ? AND " + m[2] + " ORDER BY id")) {
				p.setLong(1, from);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			// Lease owner and expiry are left alone: an agent holding a claimed task keeps it.
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE " + m[1] + " SET contact_id = ?, version = version + 1 WHERE id = ?")) {
				for (long id : ids) {
					p.setLong(1, to);
					p.setLong(2, id);
					p.addBatch();
				}
				p.executeBatch();
			}
			for (long id : ids) {
				AuditRepository.recordChanges(c, store.clock(), who, m[0], id, Map.of("contact", Long.toString(from)),
						Map.of("contact", Long.toString(to)));
			}
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static void replacePhones(Connection c, Contact contact) throws SQLException {
		try (PreparedStatement d = c.prepareStatement("DELETE FROM contact_phone WHERE contact_id = ?")) {
			d.setLong(1, contact.getId());
			d.executeUpdate();
		}
		try (PreparedStatement ph = c.prepareStatement(INSERT_PHONE)) {
			addPhones(ph, contact);
			ph.executeBatch();
		}
	}

	private static void replaceTags(Connection c, Contact contact) throws SQLException {
		try (PreparedStatement d = c.prepareStatement("DELETE FROM contact_tag WHERE contact_id = ?")) {
			d.setLong(1, contact.getId());
			d.executeUpdate();
		}
		try (PreparedStatement pt = c.prepareStatement(INSERT_TAG)) {
			if (addTags(pt, contact)) {
				pt.executeBatch();
			}
		}
	}

	private static final String INSERT_PHONE = "INSERT INTO contact_phone (contact_id, seq, kind, number, invalid) "
			+ "VALUES (?, ?, ?, ?, ?)";
	private static final String INSERT_TAG = "INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)";

	/** Adds the contact's phone numbers, in order, to an {@link #INSERT_PHONE} batch. */
	private static void addPhones(PreparedStatement ph, Contact contact) throws SQLException {
		int seq = 0;
		for (PhoneNumber phone : contact.getPhones()) {
			ph.setLong(1, contact.getId());
			ph.setInt(2, seq++);
			ph.setString(3, phone.getType().getName());
			ph.setString(4, phone.getNumber());
			ph.setBoolean(5, phone.isInvalid());
			ph.addBatch();
		}
	}

	/** Adds the contact's tags to an {@link #INSERT_TAG} batch; returns whether there were any. */
	private static boolean addTags(PreparedStatement pt, Contact contact) throws SQLException {
		boolean any = false;
		// The table's key makes a tag count once per contact.
		for (String tag : new LinkedHashSet<>(contact.getTags())) {
			pt.setLong(1, contact.getId());
			pt.setString(2, tag);
			pt.addBatch();
			any = true;
		}
		return any;
	}

	/** The fields update writes, as text for the audit trail. */
	private static Map<String, String> snapshot(Contact contact) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("name", contact.getName());
		s.put("title", contact.getTitle());
		s.put("company", contact.getCompany());
		s.put("position", contact.getPosition());
		s.put("email", contact.getEmail());
		s.put("address", contact.getAddress());
		Birthday b = contact.getBirthday();
		s.put("birthday", b == null ? null
				: (b.getCalendar() == CalendarKind.LUNAR ? "lunar " : "solar ") + (b.isLeapMonth() ? "leap " : "")
						+ b.getMonth() + "/" + b.getDay() + (b.getYear() > 0 ? "/" + b.getYear() : ""));
		s.put("timeZone", contact.getTimeZone());
		s.put("customerClass", contact.getCustomerClass() == null ? null : contact.getCustomerClass().getName());
		s.put("doNotCall", Boolean.toString(contact.isDoNotCall()));
		s.put("status", contact.getStatus().getName());
		s.put("successor", contact.getSuccessor() == null ? null : Long.toString(contact.getSuccessor().getId()));
		s.put("owningAgent", contact.getOwningAgent());
		List<String> phones = new ArrayList<>();
		for (PhoneNumber phone : contact.getPhones()) {
			phones.add(phone.getType().getName() + " " + phone.getNumber() + (phone.isInvalid() ? " (invalid)" : ""));
		}
		s.put("phones", String.join(", ", phones));
		s.put("fax", contact.getFax());
		s.put("consent", Boolean.toString(contact.isConsent()) + when(contact.getConsentDate())
				+ source(contact.getConsentSource()));
		s.put("doNotCallSince", when(contact.getDoNotCallDate()).strip() + source(contact.getDoNotCallSource()));
		s.put("tags", String.join(", ", new java.util.TreeSet<>(contact.getTags())));
		return s;
	}

	private static String when(Date date) {
		return date == null ? "" : " " + date.toInstant();
	}

	private static String source(String source) {
		return source == null || source.isBlank() ? "" : " (" + source + ")";
	}
}
