package org.revisit.core.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.validation.SafeText;

/** Parsing and formatting of the field values shared by the import and export files. */
final class Values {

	/**
	 * 2024-03-07, 2024/3/7, 2024.3.7, 2024年3月7日, optionally followed by a time 14:30[:15] and an offset (Z,
	 * +08:00, +0800).
	 */
	private static final Pattern DATE_TIME = Pattern.compile(
			"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
					+ "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
	/** ISO-8601 with the offset, as the export writes times: 2024-03-07T14:30:00+08:00. */
	private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);

	private Values() {
	}

	/** yes/no in English or Chinese; an empty field is {@code false}. */
	static boolean bool(Column column, String value) throws BadValue {
		if (value.isEmpty()) {
			return false;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
		case "yes", "y", "true", "1", "x", "是", "对", "√":
			return true;
		case "no", "n", "false", "0", "否", "不":
			return false;
		default:
			throw new BadValue(column, NLS.bind(Messages.Import_notYesNo, quote(value)));
		}
	}

	static String bool(boolean value) {
		return value ? "yes" : "no";
	}

	/**
	 * A date, or a date and time, with its offset if it has one, else in this computer's zone; empty gives
	 * {@code null}.
	 */
	static Date dateTime(Column column, String value) throws BadValue {
		if (value.isEmpty()) {
			return null;
		}
		return Date.from(instant(column, value, ZoneId.systemDefault()));
	}

	/** A date (midnight), or a date and time: with its offset if it has one, else in {@code zone}. */
	static Instant instant(Column column, String value, ZoneId zone) throws BadValue {
		Matcher m = DATE_TIME.matcher(value);
		if (!m.matches()) {
			throw new BadValue(column, NLS.bind(Messages.Import_notDate, quote(value)));
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (m.group(4) == null) {
				return date.atStartOfDay(zone).toInstant();
			}
			int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
			LocalDateTime t = date.atTime(LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds));
			return m.group(7) == null ? t.atZone(zone).toInstant() : t.atOffset(ZoneOffset.of(m.group(7))).toInstant();
		} catch (DateTimeException e) {
			throw new BadValue(column, NLS.bind(Messages.Import_notRealDate, quote(value), e.getMessage()));
		}
	}

	/** A time as the export writes it: ISO-8601 in {@code zone}, with the offset; "" for null. */
	static String dateTime(Date date, ZoneId zone) {
		return date == null ? "" : OUT.format(date.toInstant().atZone(zone));
	}

	/** Checks a text's length against its database column. */
	static String text(Column column, String value, int max) throws BadValue {
		if (value.length() > max) {
			throw new BadValue(column, NLS.bind(Messages.Import_tooLong, value.length(), max));
		}
		return value.isEmpty() ? null : value;
	}

	/** The characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
	private static final String FORMULA_START = "=+-@\t\r";

	/**
	 * A value for a cell of an exported file: a value starting with = + - @ (or a tab or carriage return) gets a
	 * {@code '} in front, so that a spreadsheet shows it as text instead of running it as a formula
	 * ("CSV injection"). {@link #unneutralise} takes it off again on import.
	 */
	static String neutralise(String value) {
		return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** A value of an import file without the {@code '} that {@link #neutralise} put in front of it. */
	static String unneutralise(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0
				? value.substring(1)
				: value;
	}

	/** A value from the file in a message: in quotes, short, control characters escaped. */
	static String quote(String value) {
		return "'" + SafeText.echo(value) + "'";
	}

	/** A value from the file in a message, short and with control characters escaped. */
	static String echo(String value) {
		return SafeText.echo(value);
	}

	static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
