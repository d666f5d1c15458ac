package org.revisit.core.calltype;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

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
 * @param max the largest value an {@link Type#INTEGER} or {@link Type#DAYS} takes, or {@code null} for no limit
 */
public record CallTypeParameter(String name, Type type, String defaultValue, String label, String help,
		boolean required, List<String> choices, Integer max) {

	/** The kinds of values a parameter takes. */
	public enum Type {
		/** A whole number. */
		INTEGER("integer"), //$NON-NLS-1$
		/** A number of days, 0 or more. */
		DAYS("days"), //$NON-NLS-1$
		/** A day, yyyy-MM-dd. */
		DATE("date"), //$NON-NLS-1$
		/** A day of the year, MM-dd. */
		MONTH_DAY("month-day"), //$NON-NLS-1$
		/** One of the declared choices. */
		CHOICE("choice"), //$NON-NLS-1$
		/** Any text. */
		TEXT("text"), //$NON-NLS-1$
		/** A share in percent, 0 to 100. */
		PERCENT("percent"); //$NON-NLS-1$

		private final String word;

		Type(String word) {
			this.word = word;
		}

		/** What a value of this type is, in the platform's language, e.g. "a date like 2026-12-31". */
		String expected(List<String> choices) {
			return switch (this) {
			case INTEGER -> Messages.Param_INTEGER;
			case DAYS -> Messages.Param_DAYS;
			case DATE -> Messages.Param_DATE;
			case MONTH_DAY -> Messages.Param_MONTH_DAY;
			case CHOICE -> NLS.bind(Messages.Param_CHOICE, String.join(", ", choices)); //$NON-NLS-1$
			case TEXT -> Messages.Param_TEXT;
			case PERCENT -> Messages.Param_PERCENT;
			};
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

	/** A parameter without a largest value. */
	public CallTypeParameter(String name, Type type, String defaultValue, String label, String help,
			boolean required, List<String> choices) {
		this(name, type, defaultValue, label, help, required, choices, null);
	}

	/**
	 * What is wrong with {@code value} for this parameter in the platform's language, e.g. "must be a date like
	 * 2026-12-31, not 'soon'" or "must be at most 366, not '400'", or
	 * {@code null} if it is fine. A blank value is wrong only when the parameter is required.
	 */
	public String problem(String value) {
		if (value == null || value.isBlank()) {
			return required ? Messages.Campaign_required : null;
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
		if (!ok) {
			return NLS.bind(Messages.Param_mustBe, type.expected(choices), value);
		}
		if (max != null && (type == Type.INTEGER || type == Type.DAYS) && Integer.parseInt(v) > max) {
			return NLS.bind(Messages.Param_atMost, max, value);
		}
		return null;
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
