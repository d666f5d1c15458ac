package org.revisit.core.tests.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.revisit.core.calendar.Birthdays;
import org.revisit.core.calendar.LunarCalendar;
import org.revisit.core.calendar.LunarDate;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.RevisitFactory;

class BirthdaysTest {

	private static Birthday birthday(CalendarKind calendar, int month, int day, boolean leap) {
		Birthday birthday = RevisitFactory.eINSTANCE.createBirthday();
		birthday.setCalendar(calendar);
		birthday.setMonth(month);
		birthday.setDay(day);
		birthday.setLeapMonth(leap);
		return birthday;
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void solarBirthdayOnOrAfter() {
		Birthday may20 = birthday(CalendarKind.SOLAR, 5, 20, false);
		assertEquals(Optional.of(date("2026-05-20")), Birthdays.next(may20, date("2026-05-20")), "on the day itself");
		assertEquals(Optional.of(date("2027-05-20")), Birthdays.next(may20, date("2026-05-21")));
		assertEquals(Optional.of(date("2026-05-20")), Birthdays.next(may20, date("2026-01-01")));
	}

	@Test
	void twentyNinthOfFebruaryIsKeptOnTheTwentyEighthInCommonYears() {
		Birthday leapDay = birthday(CalendarKind.SOLAR, 2, 29, false);
		assertEquals(date("2026-02-28"), Birthdays.occurrence(leapDay, 2026));
		assertEquals(date("2028-02-29"), Birthdays.occurrence(leapDay, 2028));
		assertEquals(date("2100-02-28"), Birthdays.occurrence(leapDay, 2100), "2100 is not a leap year");
		assertEquals(Optional.of(date("2027-02-28")), Birthdays.next(leapDay, date("2026-03-01")));
		assertEquals(Optional.of(date("2028-02-29")), Birthdays.next(leapDay, date("2027-03-01")));
		assertEquals(List.of(date("2026-02-28"), date("2027-02-28"), date("2028-02-29")),
				Birthdays.between(leapDay, date("2026-01-01"), date("2028-12-31")));
	}

	@Test
	void lunarThirtiethIsKeptOnTheLastDayOfAShortMonth() {
		Birthday eve = birthday(CalendarKind.LUNAR, 12, 30, false);
		// The 12th month of lunar 2023 has 30 days, those of 2025 and 2026 have 29.
		assertEquals(date("2024-02-09"), Birthdays.occurrence(eve, 2023));
		assertEquals(date("2026-02-16"), Birthdays.occurrence(eve, 2025));
		assertEquals(LunarDate.of(2025, 12, 29), LunarCalendar.china().toLunar(Birthdays.occurrence(eve, 2025)));
		assertEquals(Optional.of(date("2027-02-05")), Birthdays.next(eve, date("2026-02-17")));
	}

	@Test
	void leapMonthBirthdayIsKeptInTheLeapMonthWhenTheYearHasIt() {
		Birthday leapSixth = birthday(CalendarKind.LUNAR, 6, 10, true);
		assertEquals(date("2025-08-03"), Birthdays.occurrence(leapSixth, 2025), "2025 has a leap 6th month");
		assertEquals(LunarDate.ofLeap(2025, 6, 10), LunarCalendar.china().toLunar(date("2025-08-03")));
		assertEquals(date("2026-07-23"), Birthdays.occurrence(leapSixth, 2026), "2026: the regular 6th month");
		assertEquals(date("2024-07-15"), Birthdays.occurrence(leapSixth, 2024), "2024: the regular 6th month");
		// day 30 of a 29-day leap month
		assertEquals(date("2025-08-22"), Birthdays.occurrence(birthday(CalendarKind.LUNAR, 6, 30, true), 2025));
	}

	@Test
	void regularMonthBirthdayIsKeptOnceInAYearThatRepeatsTheMonth() {
		Birthday sixth = birthday(CalendarKind.LUNAR, 6, 10, false);
		assertEquals(List.of(date("2025-07-04")), Birthdays.between(sixth, date("2025-01-01"), date("2025-12-31")));
		Birthday leapSixth = birthday(CalendarKind.LUNAR, 6, 10, true);
		assertEquals(List.of(date("2025-08-03")),
				Birthdays.between(leapSixth, date("2025-01-01"), date("2025-12-31")));
	}

	@Test
	void lunarBirthdayLateInTheLunarYearFallsInTheNextGregorianYear() {
		Birthday twelfth = birthday(CalendarKind.LUNAR, 12, 20, false);
		// 2026-01-10 is still lunar 2025; its 12th month starts on 2026-01-19.
		assertEquals(Optional.of(date("2026-02-07")), Birthdays.next(twelfth, date("2026-01-10")));
		assertEquals(List.of(date("2026-02-07")), Birthdays.between(twelfth, date("2026-01-01"), date("2026-12-31")),
				"lunar 2026's 12th month starts in 2027");
	}

	@Test
	void impossibleBirthdaysAreRefused() {
		assertThrows(DateTimeException.class, () -> Birthdays.occurrence(birthday(CalendarKind.SOLAR, 4, 31, false), 2026));
		assertThrows(DateTimeException.class, () -> Birthdays.occurrence(birthday(CalendarKind.LUNAR, 13, 1, false), 2026));
		assertEquals(Optional.empty(), Birthdays.next(CalendarKind.LUNAR, 1, 1, false,
				LunarCalendar.china().year(LunarCalendar.MAX_YEAR).lastDay()), "after the last supported year");
	}
}
