package org.revisit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;

/**
 * When a birthday is celebrated. Rules:
 * <ul>
 * <li><b>Solar 29 February</b> is celebrated on <b>28 February</b> in common years. The greeting stays in the
 * customer's own month and comes a day early rather than late; this is what Chinese CRM and HR systems
 * usually do (1 March would be the legal "age" convention, which a greeting does not need).</li>
 * <li><b>Lunar</b> birthdays follow {@link LunarCalendar#observed}: the 30th of a month that has only 29 days
 * that year is celebrated on the 29th; a birthday in a leap month is celebrated in the leap month when the year
 * repeats that month, otherwise in the regular month; a regular-month birthday is celebrated once, in the regular
 * month, also in years that repeat it.</li>
 * </ul>
 * A lunar "year" is the lunar year (see {@link LunarDate}), so the birthday of someone born on the 20th of the
 * 12th lunar month falls in January or February of the following Gregorian year.
 */
public final class Birthdays {

	private Birthdays() {
	}

	/**
	 * The day the birthday is celebrated in a year: the Gregorian year for solar birthdays, the lunar year for lunar
	 * ones.
	 *
	 * @throws DateTimeException if the month and day are not a possible birthday, or the lunar year is outside
	 *                           {@link LunarCalendar#MIN_YEAR}-{@link LunarCalendar#MAX_YEAR}
	 */
	public static LocalDate occurrence(CalendarKind calendar, int month, int day, boolean leapMonth, int year) {
		if (calendar == CalendarKind.LUNAR) {
			return LunarCalendar.china().observed(year, month, leapMonth, day);
		}
		if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
			throw new DateTimeException("Not a solar birthday: " + month + "/" + day);
		}
		if (month == 2 && day == 29 && !Year.isLeap(year)) {
			return LocalDate.of(year, 2, 28);
		}
		return LocalDate.of(year, month, day);
	}

	public static LocalDate occurrence(Birthday birthday, int year) {
		return occurrence(birthday.getCalendar(), birthday.getMonth(), birthday.getDay(), birthday.isLeapMonth(),
				year);
	}

	/**
	 * The first celebration on or after {@code from}; empty if it would fall after the last supported lunar year.
	 */
	public static Optional<LocalDate> next(CalendarKind calendar, int month, int day, boolean leapMonth,
			LocalDate from) {
		int year = calendar == CalendarKind.LUNAR ? LunarCalendar.china().toLunar(from).year() : from.getYear();
		LocalDate date = occurrence(calendar, month, day, leapMonth, year);
		if (date.isBefore(from)) {
			if (calendar == CalendarKind.LUNAR && year == LunarCalendar.MAX_YEAR) {
				return Optional.empty();
			}
			date = occurrence(calendar, month, day, leapMonth, year + 1);
		}
		return Optional.of(date);
	}

	public static Optional<LocalDate> next(Birthday birthday, LocalDate from) {
		return next(birthday.getCalendar(), birthday.getMonth(), birthday.getDay(), birthday.isLeapMonth(), from);
	}

	/** Every celebration from {@code from} to {@code to}, both included, in date order. */
	public static List<LocalDate> between(Birthday birthday, LocalDate from, LocalDate to) {
		List<LocalDate> result = new ArrayList<>();
		LocalDate day = from;
		while (!day.isAfter(to)) {
			Optional<LocalDate> next = next(birthday, day);
			if (next.isEmpty() || next.get().isAfter(to)) {
				break;
			}
			result.add(next.get());
			day = next.get().plusDays(1);
		}
		return result;
	}
}
