package org.revisit.core.calltype;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A campaign parameter a call type declares in its contribution ({@code <parameter>} in
 * {@code callTypes.exsd}): the wizard and the editor show it with no code of the call type, and creating or
 * saving a campaign checks its value against the declaration.
 *
 * @param name the key in the campaign's parameters
 * @param type what the value is
 * @param defaultValue the value the call type uses when the campaign sets none, or {@code null}
 * @param label the name people see, in the platform's language
 * @param help one sentence on what the parameter does, in the platform's language, or {@code null}
 * @param required whether a campaign must set it
 * @param choices the values a {@link Type#CHOICE} takes (empty for other types)
 */
public record CallTypeParameter(String name, Type type, String defaultValue, String label, String help,
		boolean required, List<String> choices) {

	/** The kinds of values a parameter takes. */
	public enum Type {
		/** A whole number. */
		INTEGER("integer", "a whole number"), //$NON-NLS-1$
		/** A number of days, 0 or more. */
		DAYS("days", "a number of days (0 or more)"), //$NON-NLS-1$
		/** A day, yyyy-MM-dd. */
		DATE("date", "a date like 2026-12-31"), //$NON-NLS-1$
		/** A day of the year, MM-dd. */
		MONTH_DAY("month-day", "a day of the year like 12-31"), //$NON-NLS-1$
		/** One of the declared choices. */
		CHOICE("choice", "one of the choices"), //$NON-NLS-1$
		/** Any text. */
		TEXT("text", "text"), //$NON-NLS-1$
		/** A share in percent, 0 to 100. */
		PERCENT("percent", "a share in percent from 0 to 100"); //$NON-NLS-1$

		private final String word;
		private final String expected;

		Type(String word, String expected) {
			this.word = word;
			this.expected = expected;
		}

		/** The word the contribution uses, e.g. {@code month-day}. */
		public String word() {
			return word;
		}

		/**
		 * @throws IllegalArgumentException naming the allowed words if {@code word} is none of them
		 */
		public static Type of(String word) {
			for (Type t : values()) {
				if (t.word.equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
					return t;
				}
			}
			throw new IllegalArgumentException("type must be integer, days, date, month-day, choice, text or percent, not '"
					+ word + "'");
		}
	}

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd"); //$NON-NLS-1$

	public CallTypeParameter {
		choices = List.copyOf(choices);
	}

	/**
	 * What is wrong with {@code value} for this parameter, e.g. "must be a date like 2026-12-31, not 'soon'", or
	 * {@code null} if it is fine. A blank value is wrong only when the parameter is required.
	 */
	public String problem(String value) {
		if (value == null || value.isBlank()) {
			return required ? "is required" : null;
		}
		String v = value.strip();
		boolean ok = switch (type) {
		case INTEGER -> parsesAsInt(v);
		case DAYS -> parsesAsInt(v) && Integer.parseInt(v) >= 0;
		case DATE -> parses(() -> LocalDate.parse(v));
		case MONTH_DAY -> parses(() -> MonthDay.parse(v, MONTH_DAY));
		case CHOICE -> choices.contains(v);
		case TEXT -> true;
		case PERCENT -> parsesAsInt(v) && Integer.parseInt(v) >= 0 && Integer.parseInt(v) <= 100;
		};
		if (ok) {
			return null;
		}
		String expected = type == Type.CHOICE ? "one of " + String.join(", ", choices) : type.expected; //$NON-NLS-1$
		return "must be " + expected + ", not '" + value + "'";
	}

	private static boolean parsesAsInt(String v) {
		try {
			Integer.parseInt(v);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean parses(Runnable parse) {
		try {
			parse.run();
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}
}
