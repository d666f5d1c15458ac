package org.revisit.core.tests.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.revisit.core.calendar.Holiday;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.StatutoryHolidays;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;

class WorkingCalendarTest {

	private static final WorkingCalendar CHINA = new WorkingCalendar(HolidayCalendarText.chinaDefault());

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void weekendsAndWeekdays() {
		assertTrue(CHINA.isWorkingDay(date("2026-03-02")), "Monday");
		assertFalse(CHINA.isWorkingDay(date("2026-03-01")), "Sunday");
		assertFalse(CHINA.isWorkingDay(date("2026-03-07")), "Saturday");
		assertTrue(CHINA.isWorkingDay(date("2026-03-06")), "Friday");
	}

	@Test
	void springFestival2026WithItsMakeUpSaturdays() {
		assertTrue(CHINA.isWorkingDay(date("2026-02-13")));
		assertTrue(CHINA.isWorkingDay(date("2026-02-14")), "Saturday, make-up working day");
		for (LocalDate day = date("2026-02-15"); !day.isAfter(date("2026-02-23")); day = day.plusDays(1)) {
			assertFalse(CHINA.isWorkingDay(day), day + " is off");
		}
		assertTrue(CHINA.isWorkingDay(date("2026-02-24")));
		assertTrue(CHINA.isWorkingDay(date("2026-02-28")), "Saturday, make-up working day");
		assertFalse(CHINA.isWorkingDay(date("2026-03-01")));
		assertEquals("make-up working day: 春节", CHINA.describe(date("2026-02-14")).reason());
		assertEquals("day off by decree: 春节", CHINA.describe(date("2026-02-23")).reason());
		assertEquals(date("2026-02-24"), CHINA.nextWorkingDay(date("2026-02-15")));
	}

	@Test
	void nationalDayAndMidAutumn2026() {
		assertTrue(CHINA.isWorkingDay(date("2026-09-20")), "Sunday, make-up working day");
		assertFalse(CHINA.isWorkingDay(date("2026-09-25")), "Mid-Autumn, Friday");
		assertFalse(CHINA.isWorkingDay(date("2026-10-07")));
		assertTrue(CHINA.isWorkingDay(date("2026-10-08")));
		assertTrue(CHINA.isWorkingDay(date("2026-10-10")), "Saturday, make-up working day");
		assertFalse(CHINA.isWorkingDay(date("2026-10-11")));
	}

	@Test
	void yearsWithoutADecreeFollowTheRules() {
		// Lunar 2026 ends on Friday 2027-02-05 (New Year's Eve); the Spring Festival is Saturday 2027-02-06.
		assertTrue(CHINA.isWorkingDay(date("2027-02-04")));
		assertEquals("holiday: 除夕", CHINA.describe(date("2027-02-05")).reason());
		assertFalse(CHINA.isWorkingDay(date("2027-02-06")));
		assertEquals("holiday: 春节", CHINA.describe(date("2027-02-08")).reason(), "Monday, third day");
		assertTrue(CHINA.isWorkingDay(date("2027-02-09")));
		assertFalse(CHINA.isWorkingDay(date("2027-05-01")), "Labour Day");
		assertEquals("holiday: 劳动节", CHINA.describe(date("2027-05-01")).reason());
		assertTrue(CHINA.isWorkingDay(date("2027-03-08")), "Women's Day is a working day");
	}

	@Test
	void qingming2027IsADayOffWithoutA2027Decree() {
		assertFalse(CHINA.hasDecree(2027));
		assertFalse(CHINA.isWorkingDay(date("2027-04-05")), "Monday, the day of the 清明 solar term");
		assertEquals("holiday: 清明节", CHINA.describe(date("2027-04-05")).reason());
		assertTrue(CHINA.isWorkingDay(date("2027-04-06")));
		assertEquals(date("2027-04-06"), CHINA.nextWorkingDay(date("2027-04-03")));
	}

	@Test
	void springFestivalDragonBoatAndMidAutumnOf2027And2030AreDaysOffInAnyCalendar() throws Exception {
		// A calendar with no yearly rules at all: the statutory days still hold.
		WorkingCalendar bare = new WorkingCalendar(HolidayCalendarText.read(new StringReader("""
				calendar 公司
				off 2026-11-20 公司年会
				"""), "test"));
		for (WorkingCalendar calendar : List.of(CHINA, bare)) {
			for (String day : List.of("2027-02-05", "2027-02-08", "2027-06-09", "2027-09-15", "2030-02-04", "2030-02-05",
					"2030-06-05", "2030-09-12", "2030-04-05", "2030-05-02", "2030-10-03")) {
				assertFalse(calendar.isWorkingDay(date(day)), calendar.name() + " " + day);
			}
			assertTrue(calendar.isWorkingDay(date("2027-02-09")), "Tuesday after 初三");
			assertTrue(calendar.isWorkingDay(date("2030-10-04")), "Friday after 国庆节");
		}
		assertEquals("holiday: 端午节", bare.describe(date("2030-06-05")).reason());
		assertEquals("holiday: 春节", CHINA.describe(date("2030-02-04")).reason(), "the rule repeats it: named once");
	}

	@Test
	void aDecreeYearStillUsesItsBridgesAndMakeUpWorkingDays() {
		assertTrue(CHINA.hasDecree(2026));
		assertFalse(CHINA.isWorkingDay(date("2026-04-06")), "Monday bridging 清明节");
		assertEquals("day off by decree: 清明节", CHINA.describe(date("2026-04-06")).reason());
		for (String saturday : List.of("2026-02-14", "2026-02-28", "2026-05-09", "2026-10-10")) {
			assertTrue(CHINA.isWorkingDay(date(saturday)), saturday);
			assertEquals(DayOfWeek.SATURDAY, date(saturday).getDayOfWeek());
		}
		assertTrue(CHINA.isWorkingDay(date("2026-01-04")), "Sunday, make-up working day");
	}

	@Test
	void yearsWithoutADecreeAreNamed() throws Exception {
		assertEquals(List.of(), CHINA.yearsWithoutDecree(date("2026-11-23"), date("2026-12-22")));
		assertEquals(List.of(2027), CHINA.yearsWithoutDecree(date("2026-12-15"), date("2027-01-13")));
		assertEquals(List.of(2027, 2028), CHINA.yearsWithoutDecree(date("2026-12-15"), date("2028-01-13")));
		assertEquals(List.of("no official calendar for 2027 yet; statutory holidays used"),
				CHINA.decreeWarnings(date("2026-12-15"), date("2027-01-13")));
		// The next year's 元旦 may start in the last days of December: that is not this year's decree.
		WorkingCalendar early = new WorkingCalendar(HolidayCalendarText.read(new StringReader("""
				off 2027-12-31 元旦
				off 2028-01-01 元旦
				"""), "test"));
		assertEquals(List.of(2027), early.yearsWithoutDecree(date("2027-12-01"), date("2028-01-05")));
	}

	@Test
	void datedEntriesWinOverRules() throws Exception {
		HolidayCalendar calendar = HolidayCalendarText.read(new StringReader("""
				rule solar 05-01 2 劳动节
				work 2030-05-02 劳动节
				off  2030-05-03 劳动节
				"""), "test");
		WorkingCalendar working = new WorkingCalendar(calendar);
		assertEquals(DayOfWeek.THURSDAY, date("2030-05-02").getDayOfWeek());
		assertFalse(working.isWorkingDay(date("2030-05-01")), "rule");
		assertTrue(working.isWorkingDay(date("2030-05-02")), "entry beats rule");
		assertFalse(working.isWorkingDay(date("2030-05-03")), "entry on a Friday");
		assertFalse(working.isWorkingDay(date("2031-05-02")), "the rule still holds in other years");
	}

	@Test
	void holidaysOf2026WithLunarRulesConverted() {
		List<Holiday> holidays = CHINA.holidaysBetween(date("2026-01-01"), date("2026-12-31"));
		String listed = holidays.stream().map(h -> h.date() + " " + h.name()).collect(Collectors.joining("\n"));
		assertEquals("""
				2026-01-01 元旦
				2026-02-16 除夕
				2026-02-17 春节
				2026-03-03 元宵节
				2026-03-08 妇女节
				2026-05-01 劳动节
				2026-06-19 端午节
				2026-09-10 教师节
				2026-09-25 中秋节
				2026-10-01 国庆节
				2026-10-18 重阳节""", listed);
		assertEquals(List.of(), CHINA.holidaysBetween(date("2026-10-19"), date("2026-12-31")));
		assertEquals(1, CHINA.holidaysBetween(date("2027-02-05"), date("2027-02-05")).size(), "除夕 2027");
	}

	@Test
	void theBuiltIn2026DecreeIsConsistent() {
		HolidayCalendar calendar = HolidayCalendarText.chinaDefault();
		for (HolidayEntry entry : calendar.getEntries()) {
			DayOfWeek weekday = entry.getDate().getDayOfWeek();
			if (entry.getKind() == HolidayEntryKind.MAKEUP_WORKDAY) {
				assertTrue(weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY,
						entry.getDate() + " make-up day on a " + weekday);
			}
		}
		// Every statutory day off of 2026, computed or given by the rules, is a day off in the decree too.
		List<Holiday> statutory = new ArrayList<>(StatutoryHolidays.of(2026));
		statutory.addAll(CHINA.holidaysBetween(date("2026-01-01"), date("2026-12-31")));
		for (Holiday holiday : statutory) {
			for (int i = 0; i < holiday.daysOff(); i++) {
				LocalDate day = holiday.date().plusDays(i);
				assertTrue(calendar.getEntries().stream()
						.anyMatch(e -> e.getDate().equals(day) && e.getKind() == HolidayEntryKind.OFF_DAY),
						holiday.name() + " " + day);
			}
		}
		long offDays = calendar.getEntries().stream().filter(e -> e.getKind() == HolidayEntryKind.OFF_DAY).count();
		assertEquals(33, offDays, "2026 days off in the decree");
		assertEquals(6, calendar.getEntries().size() - offDays, "2026 make-up working days");
	}

	@Test
	void impossibleCalendarsAreRefused() throws Exception {
		HolidayCalendar calendar = HolidayCalendarText.read(new StringReader("rule solar 05-01 1 劳动节\n"), "t");
		calendar.getRules().get(0).setMonth(13);
		assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(calendar));
	}
}
