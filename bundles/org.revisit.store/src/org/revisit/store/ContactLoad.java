package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.store.internal.Ids;
import org.revisit.store.load.StagedRows;

/**
 * A load of many new contacts (an import): each contact is staged in temporary files as it comes (its row, phones
 * and tags, with its name key), and {@link #publish(Connection)} then stores all of them with one
 * {@code INSERT ... SELECT} per table on the caller's transaction, so that a failure or a cancel before the commit
 * leaves nothing stored. Into an empty contacts table Derby inserts such rows in bulk (new heaps, the indexes built
 * by sorting), many times faster than batches of single-row inserts that each update every index; into a table that
 * has rows it inserts them one by one, as a batch would. The contacts must have been validated by the caller.
 */
public final class ContactLoad implements AutoCloseable {

	/**
	 * The columns of a staged contact, in the order of the table function {@code revisit_staged_contacts} (schema
	 * V21) and of {@code StagedRows}: this order is the staging format, not the order the store reads contacts in.
	 */
	private static final String CONTACT_COLUMNS = "id, name, title, company, position, email, address, birthday_cal, "
			+ "birthday_month, birthday_day, birthday_leap, birthday_year, time_zone, customer_class, do_not_call, "
			+ "status, successor_id, owning_agent, version, fax, consent, consent_date, consent_source, dnc_date, "
			+ "dnc_source, name_key";

	private final StagedRows.Writer contacts;
	private final StagedRows.Writer phones;
	private final StagedRows.Writer tags;
	private long count;

	/** A new, empty load (temporary files until {@link #close()}). */
	public ContactLoad() {
		try {
			contacts = new StagedRows.Writer(26);
			phones = new StagedRows.Writer(5);
			tags = new StagedRows.Writer(2);
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_importTempFiles, e.getMessage());
		}
	}

	/**
	 * Stages a new contact (its id and version are ignored: a loaded contact has none yet).
	 *
	 * @throws IllegalArgumentException if it names a successor (an import gives none; use the repository's insert)
	 */
	public void add(Contact contact) {
		if (contact.getSuccessor() != null) {
			throw new IllegalArgumentException("a loaded contact has no successor");
		}
		long ordinal = count;
		try {
			contacts.id(ordinal).string(contact.getName()).string(contact.getTitle()).string(contact.getCompany())
					.string(contact.getPosition()).string(contact.getEmail()).string(contact.getAddress());
			Birthday b = contact.getBirthday();
			if (b == null) {
				contacts.nul().nul().nul().bool(false).nul();
			} else {
				contacts.string(b.getCalendar() == CalendarKind.LUNAR ? "L" : "S");
				small(b.getMonth());
				small(b.getDay());
				contacts.bool(b.isLeapMonth());
				small(b.getYear());
			}
			contacts.string(contact.getTimeZone())
					.string(contact.getCustomerClass() == null ? null : contact.getCustomerClass().getName())
					.bool(contact.isDoNotCall()).string(contact.getStatus().getName()).nul()
					.string(contact.getOwningAgent()).number(0).string(contact.getFax()).bool(contact.isConsent())
					.moment(contact.getConsentDate()).string(contact.getConsentSource())
					.moment(contact.getDoNotCallDate()).string(contact.getDoNotCallSource())
					.string(NameKeys.of(contact.getName()));
			int seq = 0;
			for (PhoneNumber phone : contact.getPhones()) {
				phones.id(ordinal).number(seq++).string(phone.getType().getName()).string(phone.getNumber())
						.bool(phone.isInvalid());
			}
			// The table's key makes a tag count once per contact.
			for (String tag : new LinkedHashSet<>(contact.getTags())) {
				tags.id(ordinal).string(tag);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the temporary files of an import: " + e.getMessage(), e);
		}
		count++;
	}

	/** A SMALLINT column where 0 stands for no value (as the repository stores it). */
	private void small(int value) throws IOException {
		if (value == 0) {
			contacts.nul();
		} else {
			contacts.number(value);
		}
	}

	/** The contacts staged so far. */
	public long size() {
		return count;
	}

	/**
	 * Stores every staged contact in {@code tx}'s transaction (which the caller commits or rolls back): reserves their
	 * ids, then copies the contacts, their phones and their tags. Returns the first id; the contacts got the ids
	 * from it on, in the order they were added.
	 */
	public long publish(Tx tx) throws SQLException {
		Connection c = tx.connection();
		if (count == 0) {
			return 0;
		}
		if (count > Integer.MAX_VALUE) {
			throw new SQLException("Too many contacts in one load: " + count);
		}
		long first = Ids.reserve(c, "contact", (int) count);
		String selfReference = isEmpty(c) ? successorConstraint(c) : null;
		if (selfReference != null) {
			// Derby inserts into a table that references itself one row at a time (a deferred insert), whatever the
			// source; without the successor's key, an empty table gets the bulk insert. The key is put back below, on
			// the same transaction, so nobody ever sees the table without it (the drop locks the table).
			try (Statement s = c.createStatement()) {
				s.executeUpdate("ALTER TABLE contact DROP CONSTRAINT \"" + selfReference.replace("\"", "\"\"") + "\"");
			}
		}
		try {
			copy(c, "contact (" + CONTACT_COLUMNS + ")", "revisit_staged_contacts", contacts, first, count);
			copy(c, "contact_phone (contact_id, seq, kind, number, invalid)", "revisit_staged_phones", phones, first,
					phones.rows());
			copy(c, "contact_tag (contact_id, tag)", "revisit_staged_tags", tags, first, tags.rows());
			if (selfReference != null) {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("ALTER TABLE contact ADD CONSTRAINT " + SUCCESSOR_KEY
							+ " FOREIGN KEY (successor_id) REFERENCES contact(id)");
				}
			}
		} catch (IOException e) {
			throw new SQLException("Cannot read the temporary files of an import: " + e.getMessage(), e);
		}
		return first;
	}

	/** The name of the key of {@code contact.successor_id} once a load has put it back. */
	private static final String SUCCESSOR_KEY = "contact_successor_key";

	private static boolean isEmpty(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT 1 FROM contact FETCH FIRST ROW ONLY")) {
			return !rs.next();
		}
	}

	/** The name of the foreign key of contact.successor_id (the contact table's only one), or null. */
	private static String successorConstraint(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k.constraintname "
				+ "FROM sys.sysconstraints k JOIN sys.systables t ON k.tableid = t.tableid "
				+ "JOIN sys.sysschemas m ON t.schemaid = m.schemaid "
				+ "WHERE t.tablename = 'CONTACT' AND k.type = 'F' AND m.schemaname = CURRENT SCHEMA")) {
			String name = rs.next() ? rs.getString(1) : null;
			return rs.next() ? null : name;
		}
	}

	private static void copy(Connection c, String target, String function, StagedRows.Writer stage, long first,
			long expected) throws SQLException, IOException {
		String token = stage.publish();
		if (expected == 0) {
			return;
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO " + target + " SELECT * FROM TABLE(" + function + "(?, ?)) AS staged")) {
			p.setString(1, token);
			p.setLong(2, first);
			long inserted = p.executeLargeUpdate();
			if (inserted != expected) {
				throw new SQLException("Stored " + inserted + " of " + expected + " staged rows into " + target);
			}
		}
	}

	/** Deletes the temporary files. */
	@Override
	public void close() {
		try (StagedRows.Writer a = contacts; StagedRows.Writer b = phones; StagedRows.Writer t = tags) {
			// closed in reverse order
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot delete the temporary files of an import: " + e.getMessage(), e);
		}
	}
}
