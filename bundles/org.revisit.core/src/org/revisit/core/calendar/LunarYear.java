package org.revisit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The shape of one lunar year: the Gregorian date of its first day, which month (if any) is repeated as a leap
 * month, and the length of each month. Immutable.
 */
public final class LunarYear {

	private final int year;
	private final long firstDay;
	private final int leapMonth;
	private final int[] lengths;
	/** Epoch day of the first day of each month, in calendar order, plus the first day of the next year. */
	private final long[] starts;

	/**
	 * @param leapMonth    0 for none, else the number of the month the leap month follows
	 * @param monthLengths 12 lengths, or 13 with the leap month right after its regular month; each 29 or 30
	 */
	LunarYear(int year, LocalDate firstDay, int leapMonth, int[] monthLengths) {
		if (leapMonth < 0 || leapMonth > 12 || monthLengths.length != (leapMonth == 0 ? 12 : 13)) {
			throw new IllegalArgumentException("Lunar year " + year + ": leap month " + leapMonth + " with "
					+ monthLengths.length + " months");
		}
		this.year = year;
		this.firstDay = firstDay.toEpochDay();
		this.leapMonth = leapMonth;
		this.lengths = monthLengths.clone();
		this.starts = new long[lengths.length + 1];
		starts[0] = this.firstDay;
		for (int i = 0; i < lengths.length; i++) {
			if (lengths[i] != 29 && lengths[i] != 30) {
				throw new IllegalArgumentException("Lunar year " + year + ": a month of " + lengths[i] + " days");
			}
			starts[i + 1] = starts[i] + lengths[i];
		}
	}

	public int year() {
		return year;
	}

	/** The Spring Festival (正月初一). */
	public LocalDate firstDay() {
		return LocalDate.ofEpochDay(firstDay);
	}

	/** New Year's Eve (除夕), the last day of the last month. */
	public LocalDate lastDay() {
		return LocalDate.ofEpochDay(starts[lengths.length] - 1);
	}

	/** 0 if the year has no leap month, else the number of the month it repeats. */
	public int leapMonth() {
		return leapMonth;
	}

	/** 353-355 days, or 383-385 with a leap month. */
	public int length() {
		return (int) (starts[lengths.length] - firstDay);
	}

	/** Whether the year has this month; a leap month only exists in the year that repeats that month. */
	public boolean hasMonth(int month, boolean leap) {
		return month >= 1 && month <= 12 && (!leap || month == leapMonth);
	}

	/** 29 or 30. */
	public int monthLength(int month, boolean leap) {
		return lengths[index(month, leap)];
	}

	public LocalDate firstDayOf(int month, boolean leap) {
		return LocalDate.ofEpochDay(starts[index(month, leap)]);
	}

	/**
	 * The Gregorian date of a day that exists in this year.
	 *
	 * @throws DateTimeException if the month is missing (a leap month the year does not repeat) or too short
	 */
	public LocalDate date(int month, boolean leap, int day) {
		int i = index(month, leap);
		if (day < 1 || day > lengths[i]) {
			throw new DateTimeException("Lunar " + year + (leap ? " leap " : " ") + "month " + month + " has "
					+ lengths[i] + " days, not " + day);
		}
		return LocalDate.ofEpochDay(starts[i] + day - 1);
	}

	boolean contains(long epochDay) {
		return epochDay >= firstDay && epochDay < starts[lengths.length];
	}

	/** The lunar date of a day inside this year. */
	LunarDate lunarDate(long epochDay) {
		if (!contains(epochDay)) {
			throw new DateTimeException(LocalDate.ofEpochDay(epochDay) + " is not in lunar year " + year);
		}
		int i = lengths.length - 1;
		while (starts[i] > epochDay) {
			i--;
		}
		boolean leap = leapMonth != 0 && i == leapMonth;
		int month = leapMonth != 0 && i >= leapMonth ? i : i + 1;
		return new LunarDate(year, month, leap, (int) (epochDay - starts[i]) + 1);
	}

	private int index(int month, boolean leap) {
		if (!hasMonth(month, leap)) {
			throw new DateTimeException("Lunar year " + year + " has no " + (leap ? "leap month " : "month ") + month
					+ (leapMonth == 0 ? " (no leap month)" : " (leap month: " + leapMonth + ")"));
		}
		return leapMonth != 0 && (month > leapMonth || leap) ? month : month - 1;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LunarYear other && year == other.year && firstDay == other.firstDay
				&& leapMonth == other.leapMonth && Arrays.equals(lengths, other.lengths);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(firstDay) * 31 + Arrays.hashCode(lengths);
	}

	/** The line format of the corrections resource: {@code 2025 2025-01-29 6 30 29 30 ...}. */
	@Override
	public String toString() {
		StringBuilder s = new StringBuilder().append(year).append(' ').append(firstDay()).append(' ')
				.append(leapMonth);
		for (int length : lengths) {
			s.append(' ').append(length);
		}
		return s.toString();
	}
}
