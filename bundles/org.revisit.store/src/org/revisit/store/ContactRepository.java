package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
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
 * Contacts in the database, row by row: counted, read by id or page (a page is a few hundred rows at most; nothing
 * here loads the whole table), inserted, and edited under optimistic locking with an audit trail. Searching is
 * {@link ContactSearch}; replacing a contact who left by a successor is {@link Successions}.
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
	interface Parameters {
		void bind(PreparedStatement p) throws SQLException;
	}

	/** Contacts selected by {@code tail} (WHERE / ORDER BY / FETCH), with their phones and tags. */
	static List<Contact> select(Connection c, String tail, Parameters parameters) throws SQLException {
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
	static Contact findOn(Connection c, long id) throws SQLException {
		List<Contact> found = select(c, "WHERE id = ?", p -> p.setLong(1, id));
		return found.isEmpty() ? null : found.get(0);
	}

	/** Inserts new contacts in one transaction and sets their ids. */
	public void insert(List<Contact> contacts) {
		if (contacts.isEmpty()) {
			return;
		}
		store.transaction(tx -> {
			insert(tx, contacts);
			return null;
		});
	}

	/**
	 * Inserts new contacts on the caller's connection (and transaction) and sets their ids.
	 *
	 * @throws ValidationException if any contact is invalid; nothing is written
	 */
	public void insert(Tx tx, List<Contact> contacts) throws SQLException {
		Connection c = tx.connection();
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
	public static void forEachMobileNumber(Tx tx, Consumer<String> action) throws SQLException {
		Connection c = tx.connection();
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
	public static List<Long> idsByPhoneNumber(Tx tx, String number, int limit) throws SQLException {
		Connection c = tx.connection();
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
	public static boolean exists(Tx tx, long id) throws SQLException {
		Connection c = tx.connection();
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
	void updateOn(Connection c, Contact contact, String who) throws SQLException {
		String record = NLS.bind(Messages.Store_recordContact, contact.getId(), contact.getName());
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
