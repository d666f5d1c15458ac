package org.revisit.core.calendar;

import java.time.DateTimeException;

/**
 * A day of the Chinese lunisolar calendar (农历). The year is the Gregorian year in which the lunar year's first
 * day (the Spring Festival) falls, so the lunar date 2025-12-30 lies in February 2026. A leap month (闰月) repeats
 * the number of the month it follows: leap 6th month 2025 comes after the regular 6th month.
 *
 * <p>
 * A {@code LunarDate} only checks its ranges (month 1-12, day 1-30); whether the date exists in that year (a
 * 30th in a 29-day month, a leap month the year does not have) is known to {@link LunarCalendar}.
 *
 * @param year      the lunar year, named by the Gregorian year of its first day
 * @param month     1-12
 * @param leapMonth true for the intercalary month that follows month {@code month}
 * @param day       1-30
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) implements Comparable<LunarDate> {

	public LunarDate {
		if (month < 1 || month > 12) {
			throw new DateTimeException("Lunar month must be 1-12: " + month);
		}
		if (day < 1 || day > 30) {
			throw new DateTimeException("Lunar day must be 1-30: " + day);
		}
	}

	/** A date in a regular (not leap) month. */
	public static LunarDate of(int year, int month, int day) {
		return new LunarDate(year, month, false, day);
	}

	/** A date in the leap month that follows {@code month}. */
	public static LunarDate ofLeap(int year, int month, int day) {
		return new LunarDate(year, month, true, day);
	}

	/**
	 * Parses the form {@link #toString()} writes: {@code 2025-06-15}, or {@code 2025-L06-15} in a leap month.
	 *
	 * @throws DateTimeException naming the text if it is not of that form
	 */
	public static LunarDate parse(CharSequence text) {
		String s = text.toString().trim();
		String[] parts = s.split("-", -1);
		if (parts.length != 3) {
			throw new DateTimeException("Not a lunar date (expected YYYY-MM-DD or YYYY-LMM-DD): '" + s + "'");
		}
		boolean leap = parts[1].startsWith("L") || parts[1].startsWith("l");
		try {
			return new LunarDate(Integer.parseInt(parts[0]), Integer.parseInt(leap ? parts[1].substring(1) : parts[1]),
					leap, Integer.parseInt(parts[2]));
		} catch (NumberFormatException e) {
			throw new DateTimeException("Not a lunar date (expected YYYY-MM-DD or YYYY-LMM-DD): '" + s + "'");
		}
	}

	/** Chinese month and day as printed on calendars, e.g. 闰六月十五, 正月初一, 腊月三十. */
	public String toChinese() {
		return (leapMonth ? "闰" : "") + ChineseNames.month(month) + ChineseNames.day(day);
	}

	/** Calendar order; within a year the leap month comes right after the month it repeats. */
	@Override
	public int compareTo(LunarDate other) {
		int c = Integer.compare(year, other.year);
		if (c == 0) {
			c = Integer.compare(month, other.month);
		}
		if (c == 0) {
			c = Boolean.compare(leapMonth, other.leapMonth);
		}
		return c != 0 ? c : Integer.compare(day, other.day);
	}

	@Override
	public String toString() {
		return String.format("%04d-%s%02d-%02d", year, leapMonth ? "L" : "", month, day);
	}
}
