package org.revisit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Jdbc;

/**
 * The one mapping between a row of the {@code contact} table (and of {@code contact_phone}) and a {@link Contact}:
 * every class of the store that reads or writes contacts selects these columns and goes through these methods, so
 * that a contact reads the same whoever reads it.
 * <p>
 * Two shapes are read: {@link #COLUMNS} (everything, for the contact pages and editing) and {@link #PLANNING_COLUMNS}
 * (what the planner needs, without the free-text fields, consent and version). The planning columns are the first
 * columns of the full list, so one method reads both: {@link #read} reads the planning columns and then the rest.
 */
final class ContactRows {

	/** What the planner reads of a contact, in this order: the first {@value #PLANNING_COUNT} columns of {@link #COLUMNS}. */
	static final String PLANNING_COLUMNS = "id, name, company, birthday_cal, birthday_month, birthday_day, "
			+ "birthday_leap, birthday_year, time_zone, customer_class, do_not_call, status, successor_id, "
			+ "owning_agent";

	/** How many columns {@link #PLANNING_COLUMNS} lists. */
	static final int PLANNING_COUNT = 14;

	/** Every column a contact is read from, in the order {@link #read} reads them. */
	static final String COLUMNS = PLANNING_COLUMNS + ", title, position, email, address, version, fax, consent, "
			+ "consent_date, consent_source, dnc_date, dnc_source";

	/**
	 * The columns {@link #bindWritten} binds, in its order; an INSERT adds {@code id} before them and an UPDATE
	 * names them one by one ({@link #UPDATE_SET}).
	 */
	static final String WRITTEN_COLUMNS = "name, title, company, position, email, address, birthday_cal, "
			+ "birthday_month, birthday_day, birthday_leap, birthday_year, time_zone, customer_class, do_not_call, "
			+ "status, successor_id, owning_agent, fax, consent, consent_date, consent_source, dnc_date, dnc_source, "
			+ "name_key";

	/** How many columns {@link #WRITTEN_COLUMNS} lists. */
	static final int WRITTEN_COUNT = 24;

	/** {@link #WRITTEN_COLUMNS} as the SET list of an UPDATE: "name = ?, title = ?, ...". */
	static final String UPDATE_SET = String.join(" = ?, ", WRITTEN_COLUMNS.split(", ")) + " = ?";

	/** The columns of a phone number, as {@link #phone} reads them from a given column on. */
	static final String PHONE_COLUMNS = "kind, number, invalid";

	private ContactRows() {
	}

	/** A contact from a row selected with {@link #PLANNING_COLUMNS} (the fields not selected are left unset). */
	static Contact readPlanning(ResultSet rs) throws SQLException {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Contact contact = f.createContact();
		contact.setId(rs.getLong(1));
		contact.setName(rs.getString(2));
		contact.setCompany(rs.getString(3));
		String cal = rs.getString(4);
		if (cal != null) {
			Birthday b = f.createBirthday();
			b.setCalendar("L".equals(cal) ? CalendarKind.LUNAR : CalendarKind.SOLAR);
			b.setMonth(rs.getInt(5));
			b.setDay(rs.getInt(6));
			b.setLeapMonth(rs.getBoolean(7));
			b.setYear(rs.getInt(8));
			contact.setBirthday(b);
		}
		contact.setTimeZone(rs.getString(9));
		contact.setCustomerClass(customerClass(rs.getString(10)));
		contact.setDoNotCall(rs.getBoolean(11));
		contact.setStatus(ContactStatus.getByName(rs.getString(12)));
		long successor = Jdbc.getId(rs, 13);
		if (successor != 0) {
			Contact proxy = f.createContact();
			proxy.setId(successor);
			contact.setSuccessor(proxy);
		}
		contact.setOwningAgent(rs.getString(14));
		return contact;
	}

	/** A contact from a row selected with {@link #COLUMNS}, without its phones and tags. */
	static Contact read(ResultSet rs) throws SQLException {
		Contact contact = readPlanning(rs);
		int i = PLANNING_COUNT + 1;
		contact.setTitle(rs.getString(i++));
		contact.setPosition(rs.getString(i++));
		contact.setEmail(rs.getString(i++));
		contact.setAddress(rs.getString(i++));
		contact.setVersion(rs.getInt(i++));
		contact.setFax(rs.getString(i++));
		contact.setConsent(rs.getBoolean(i++));
		contact.setConsentDate(Jdbc.getTimestamp(rs, i++));
		contact.setConsentSource(rs.getString(i++));
		contact.setDoNotCallDate(Jdbc.getTimestamp(rs, i++));
		contact.setDoNotCallSource(rs.getString(i));
		return contact;
	}

	/**
	 * The customer class stored, {@code null} for none or for a value no class has (the model then reads its default
	 * class: EMF sets an enum attribute given {@code null} to its default literal). {@code customer_class} is a
	 * CHAR column, which Derby pads with blanks to its length: the value is stripped so that a padded letter (a
	 * wider column, or a row written by another tool) still reads as its class. Before the planner and the contact
	 * pages shared this class only the pages' reader stripped; with today's CHAR(1) both read every value alike.
	 */
	static CustomerClass customerClass(String stored) {
		return stored == null ? null : CustomerClass.getByName(stored.strip());
	}

	/** A phone number from a row whose {@link #PHONE_COLUMNS} start at column {@code first}. */
	static PhoneNumber phone(ResultSet rs, int first) throws SQLException {
		PhoneNumber phone = RevisitFactory.eINSTANCE.createPhoneNumber();
		phone.setType(PhoneType.getByName(rs.getString(first)));
		phone.setNumber(rs.getString(first + 1));
		phone.setInvalid(rs.getBoolean(first + 2));
		return phone;
	}

	/** Binds {@link #WRITTEN_COLUMNS} from {@code first} on; returns the next index. */
	static int bindWritten(PreparedStatement p, int first, Contact contact) throws SQLException {
		int i = first;
		p.setString(i++, contact.getName());
		p.setString(i++, contact.getTitle());
		p.setString(i++, contact.getCompany());
		p.setString(i++, contact.getPosition());
		p.setString(i++, contact.getEmail());
		p.setString(i++, contact.getAddress());
		Birthday b = contact.getBirthday();
		p.setString(i++, b == null ? null : b.getCalendar() == CalendarKind.LUNAR ? "L" : "S");
		setSmallInt(p, i++, b == null ? 0 : b.getMonth());
		setSmallInt(p, i++, b == null ? 0 : b.getDay());
		p.setBoolean(i++, b != null && b.isLeapMonth());
		setSmallInt(p, i++, b == null ? 0 : b.getYear());
		p.setString(i++, contact.getTimeZone());
		p.setString(i++, contact.getCustomerClass() == null ? null : contact.getCustomerClass().getName());
		p.setBoolean(i++, contact.isDoNotCall());
		p.setString(i++, contact.getStatus().getName());
		if (contact.getSuccessor() != null && contact.getSuccessor().getId() > 0) {
			p.setLong(i++, contact.getSuccessor().getId());
		} else {
			p.setNull(i++, Types.BIGINT);
		}
		p.setString(i++, contact.getOwningAgent());
		p.setString(i++, contact.getFax());
		p.setBoolean(i++, contact.isConsent());
		Jdbc.setTimestamp(p, i++, contact.getConsentDate());
		p.setString(i++, contact.getConsentSource());
		Jdbc.setTimestamp(p, i++, contact.getDoNotCallDate());
		p.setString(i++, contact.getDoNotCallSource());
		p.setString(i++, NameKeys.of(contact.getName()));
		return i;
	}

	/** Zero (not known) is stored as NULL. */
	private static void setSmallInt(PreparedStatement p, int index, int value) throws SQLException {
		if (value == 0) {
			p.setNull(index, Types.SMALLINT);
		} else {
			p.setInt(index, value);
		}
	}
}
