package org.revisit.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.internal.Messages;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;

/**
 * A contact as a row of a contacts file and back. The parse rules here cover what the model's validator
 * cannot see (formats, lengths of the database columns, names of classes); the validator checks the rest
 * (impossible dates, phone numbers, time zones, a blank name).
 */
final class ContactCsv {

	/** [闰][YYYY-]MM-DD, also with / or . or 年月日. */
	private static final Pattern BIRTHDAY = Pattern
			.compile("(闰)?(?:(\\d{4})\\s*[-/.年]\\s*)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	/**
	 * A mainland China mobile number: an optional +86, 0086 or 86, then 1, a digit 3 to 9 and nine more digits;
	 * spaces and dashes may separate the digit groups.
	 */
	private static final Pattern CHINA_MOBILE = Pattern
			.compile("(?:\\+86|0086|86)?[\\s\u3000-]*(1[3-9](?:[\\s\u3000-]*\\d){9})");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\u3000-]");
	private static final Pattern TAG_SEPARATORS = Pattern.compile("[;；,，|、]");

	private ContactCsv() {
	}

	static Contact toContact(CsvImporter<ContactColumn, ?>.Row row) throws BadValue {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Contact contact = f.createContact();
		contact.setName(Values.text(ContactColumn.NAME, row.get(ContactColumn.NAME), 100));
		contact.setTitle(Values.text(ContactColumn.TITLE, row.get(ContactColumn.TITLE), 20));
		contact.setCompany(Values.text(ContactColumn.COMPANY, row.get(ContactColumn.COMPANY), 200));
		contact.setPosition(Values.text(ContactColumn.POSITION, row.get(ContactColumn.POSITION), 100));
		phone(contact, ContactColumn.MOBILE, PhoneType.MOBILE, chinaMobile(row.get(ContactColumn.MOBILE)));
		phone(contact, ContactColumn.OFFICE_PHONE, PhoneType.OFFICE, row.get(ContactColumn.OFFICE_PHONE));
		phone(contact, ContactColumn.HOME_PHONE, PhoneType.HOME, row.get(ContactColumn.HOME_PHONE));
		String email = row.get(ContactColumn.EMAIL);
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			throw new BadValue(ContactColumn.EMAIL, Values.quote(email) + " is not an e-mail address");
		}
		contact.setEmail(Values.text(ContactColumn.EMAIL, email, 200));
		contact.setAddress(Values.text(ContactColumn.ADDRESS, row.get(ContactColumn.ADDRESS), 400));
		contact.setFax(Values.text(ContactColumn.FAX, row.get(ContactColumn.FAX), 40));
		contact.setBirthday(birthday(row.get(ContactColumn.BIRTHDAY), lunar(row.get(ContactColumn.LUNAR))));
		String zone = row.get(ContactColumn.TIME_ZONE);
		if (!zone.isEmpty()) {
			contact.setTimeZone(zone);
		}
		contact.setCustomerClass(customerClass(row.get(ContactColumn.CUSTOMER_CLASS)));
		String tags = row.get(ContactColumn.TAGS);
		if (!tags.isEmpty()) {
			for (String tag : TAG_SEPARATORS.split(tags)) {
				String t = tag.strip();
				if (!t.isEmpty() && !contact.getTags().contains(t)) {
					Values.text(ContactColumn.TAGS, t, 60);
					contact.getTags().add(t);
				}
			}
		}
		contact.setDoNotCall(Values.bool(ContactColumn.DO_NOT_CALL, row.get(ContactColumn.DO_NOT_CALL)));
		contact.setDoNotCallDate(Values.dateTime(ContactColumn.DNC_DATE, row.get(ContactColumn.DNC_DATE)));
		contact.setDoNotCallSource(Values.text(ContactColumn.DNC_SOURCE, row.get(ContactColumn.DNC_SOURCE), 100));
		contact.setConsent(Values.bool(ContactColumn.CONSENT, row.get(ContactColumn.CONSENT)));
		contact.setConsentDate(Values.dateTime(ContactColumn.CONSENT_DATE, row.get(ContactColumn.CONSENT_DATE)));
		contact.setConsentSource(
				Values.text(ContactColumn.CONSENT_SOURCE, row.get(ContactColumn.CONSENT_SOURCE), 100));
		contact.setStatus(status(row.get(ContactColumn.STATUS)));
		contact.setOwningAgent(Values.text(ContactColumn.OWNING_AGENT, row.get(ContactColumn.OWNING_AGENT), 64));
		return contact;
	}

	/** The fields of a contact, in the order of {@link ContactColumn}. */
	static List<String> toFields(Contact contact) {
		List<String> f = new ArrayList<>(ContactColumn.values().length);
		for (ContactColumn column : ContactColumn.values()) {
			f.add(switch (column) {
			case NAME -> Values.nonNull(contact.getName());
			case TITLE -> Values.nonNull(contact.getTitle());
			case COMPANY -> Values.nonNull(contact.getCompany());
			case POSITION -> Values.nonNull(contact.getPosition());
			case MOBILE -> number(contact, PhoneType.MOBILE);
			case OFFICE_PHONE -> number(contact, PhoneType.OFFICE);
			case HOME_PHONE -> number(contact, PhoneType.HOME);
			case EMAIL -> Values.nonNull(contact.getEmail());
			case ADDRESS -> Values.nonNull(contact.getAddress());
			case FAX -> Values.nonNull(contact.getFax());
			case BIRTHDAY -> birthday(contact.getBirthday());
			case LUNAR -> contact.getBirthday() == null ? ""
					: Values.bool(contact.getBirthday().getCalendar() == CalendarKind.LUNAR);
			case TIME_ZONE -> Values.nonNull(contact.getTimeZone());
			case CUSTOMER_CLASS -> contact.getCustomerClass() == null ? "" : contact.getCustomerClass().getName();
			case TAGS -> String.join(";", contact.getTags());
			case DO_NOT_CALL -> Values.bool(contact.isDoNotCall());
			case DNC_DATE -> Values.dateTime(contact.getDoNotCallDate(), PlanningContext.zoneOf(contact.getTimeZone()));
			case DNC_SOURCE -> Values.nonNull(contact.getDoNotCallSource());
			case CONSENT -> Values.bool(contact.isConsent());
			case CONSENT_DATE -> Values.dateTime(contact.getConsentDate(), PlanningContext.zoneOf(contact.getTimeZone()));
			case CONSENT_SOURCE -> Values.nonNull(contact.getConsentSource());
			case STATUS -> contact.getStatus() == ContactStatus.LEFT_COMPANY ? "left" : "active";
			case OWNING_AGENT -> Values.nonNull(contact.getOwningAgent());
			});
		}
		return f;
	}

	/**
	 * The number of the mobile column as stored: the 11 digits of a mainland China mobile, without prefix and
	 * separators, so that duplicates are found however the number is written.
	 */
	static String chinaMobile(String written) throws BadValue {
		if (written.isEmpty()) {
			return written;
		}
		Matcher m = CHINA_MOBILE.matcher(written);
		if (!m.matches()) {
			throw new BadValue(ContactColumn.MOBILE, NLS.bind(Messages.Import_notChinaMobile, Values.quote(written)));
		}
		return SEPARATORS.matcher(m.group(1)).replaceAll("");
	}

	/**
	 * A mobile number to look up: without the spaces, dashes, dots and parentheses people write in it, and a
	 * mainland China mobile without its country prefix (as {@link #chinaMobile} stores it).
	 */
	static String mobile(String written) {
		if (written.isEmpty()) {
			return written;
		}
		StringBuilder sb = new StringBuilder(written.length());
		for (int i = 0; i < written.length(); i++) {
			char ch = written.charAt(i);
			if (ch != ' ' && ch != '-' && ch != '.' && ch != '(' && ch != ')' && ch != '\u3000') {
				sb.append(ch);
			}
		}
		Matcher m = CHINA_MOBILE.matcher(sb);
		return m.matches() ? m.group(1) : sb.toString();
	}

	private static void phone(Contact contact, ContactColumn column, PhoneType type, String number) throws BadValue {
		if (number.isEmpty()) {
			return;
		}
		Values.text(column, number, 40);
		PhoneNumber phone = RevisitFactory.eINSTANCE.createPhoneNumber();
		phone.setType(type);
		phone.setNumber(number);
		contact.getPhones().add(phone);
	}

	private static String number(Contact contact, PhoneType type) {
		for (PhoneNumber phone : contact.getPhones()) {
			if (phone.getType() == type) {
				return phone.getNumber();
			}
		}
		return "";
	}

	private static boolean lunar(String value) throws BadValue {
		return switch (value) {
		case "农历", "阴历" -> true;
		case "公历", "阳历", "新历" -> false;
		default -> Values.bool(ContactColumn.LUNAR, value);
		};
	}

	private static Birthday birthday(String value, boolean lunar) throws BadValue {
		if (value.isEmpty()) {
			if (lunar) {
				throw new BadValue(ContactColumn.LUNAR, Messages.Import_lunarNoBirthday);
			}
			return null;
		}
		Matcher m = BIRTHDAY.matcher(value);
		if (!m.matches()) {
			throw new BadValue(ContactColumn.BIRTHDAY, NLS.bind(Messages.Import_notBirthday, Values.quote(value)));
		}
		Birthday b = RevisitFactory.eINSTANCE.createBirthday();
		b.setCalendar(lunar ? CalendarKind.LUNAR : CalendarKind.SOLAR);
		b.setLeapMonth(m.group(1) != null);
		b.setYear(m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
		b.setMonth(Integer.parseInt(m.group(3)));
		b.setDay(Integer.parseInt(m.group(4)));
		return b;
	}

	private static String birthday(Birthday b) {
		if (b == null) {
			return "";
		}
		String monthDay = String.format(Locale.ROOT, "%02d-%02d", b.getMonth(), b.getDay());
		return (b.isLeapMonth() ? "闰" : "") + (b.getYear() > 0 ? b.getYear() + "-" : "") + monthDay;
	}

	private static CustomerClass customerClass(String value) throws BadValue {
		if (value.isEmpty()) {
			return null;
		}
		String v = value.toUpperCase(Locale.ROOT);
		if (v.length() == 2 && (v.endsWith("类") || v.endsWith("级"))) {
			v = v.substring(0, 1);
		}
		CustomerClass c = CustomerClass.getByName(v);
		if (c == null) {
			throw new BadValue(ContactColumn.CUSTOMER_CLASS, NLS.bind(Messages.Import_unknownClass, Values.quote(value)));
		}
		return c;
	}

	private static ContactStatus status(String value) throws BadValue {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "", "active", "在职" -> ContactStatus.ACTIVE;
		case "left", "left_company", "left company", "离职" -> ContactStatus.LEFT_COMPANY;
		default -> throw new BadValue(ContactColumn.STATUS, NLS.bind(Messages.Import_unknownStatus, Values.quote(value)));
		};
	}
}
