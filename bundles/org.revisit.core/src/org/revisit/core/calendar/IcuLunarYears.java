package org.revisit.core.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** Reads the shape of a lunar year from ICU4J's astronomical Chinese calendar. */
final class IcuLunarYears {

	/**
	 * The Chinese calendar is defined for 120°E (GB/T 33661-2017). Dates are read at noon China time, far from
	 * midnight, so neither the JVM's default zone nor UTC can move a day across a month boundary.
	 */
	private static final ZoneOffset CHINA_OFFSET = ZoneOffset.ofHours(8);

	private IcuLunarYears() {
	}

	static LunarYear compute(int year) {
		TimeZone china = new SimpleTimeZone(8 * 60 * 60 * 1000, "UTC+08:00"); // ICU zones are mutable: not shared
		ChineseCalendar calendar = new ChineseCalendar(china, ULocale.ROOT);
		// The Spring Festival falls between 21 January and 20 February, so 1 March is always in lunar year `year`.
		LocalDate march1 = LocalDate.of(year, 3, 1);
		moveTo(calendar, march1);
		int icuYear = calendar.get(Calendar.EXTENDED_YEAR);
		LocalDate firstDay = march1.minusDays(calendar.get(Calendar.DAY_OF_YEAR) - 1L);
		int leapMonth = 0;
		int[] lengths = new int[13];
		int count = 0;
		LocalDate monthStart = firstDay;
		while (true) {
			moveTo(calendar, monthStart);
			if (calendar.get(Calendar.EXTENDED_YEAR) != icuYear) {
				break;
			}
			if (calendar.get(Calendar.DAY_OF_MONTH) != 1 || count == 13) {
				throw new IllegalStateException("ICU's Chinese calendar is inconsistent in lunar year " + year
						+ " at " + monthStart);
			}
			if (calendar.get(Calendar.IS_LEAP_MONTH) == 1) {
				leapMonth = calendar.get(Calendar.MONTH) + 1; // ICU4J months are 0-based
			}
			lengths[count] = calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
			monthStart = monthStart.plusDays(lengths[count]);
			count++;
		}
		return new LunarYear(year, firstDay, leapMonth, Arrays.copyOf(lengths, count));
	}

	private static void moveTo(ChineseCalendar calendar, LocalDate date) {
		calendar.setTimeInMillis(date.atTime(12, 0).toInstant(CHINA_OFFSET).toEpochMilli());
	}
}
