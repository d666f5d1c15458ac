package org.revisit.core.tests.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calendar.HolidayCalendarFormatException;
import org.revisit.core.calendar.HolidayCalendarFormatException.Problem;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.model.CalendarKind;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;

class HolidayCalendarTextTest {

	@Test
	void readsRulesAndEntries() throws Exception {
		HolidayCalendar calendar = HolidayCalendarText.read(new StringReader("""
				\uFEFF# a comment
				calendar  Test calendar
				rule lunar 08-15 1 中秋节
				rule LUNAR 12-30 1 除夕
				rule solar 02-29 0 Leap day party

				off  2026-09-25 中秋节
				work 2026-09-20 国庆节 调休
				"""), "test.holidays");
		assertEquals("Test calendar", calendar.getName());
		HolidayRule midAutumn = calendar.getRules().get(0);
		assertEquals(CalendarKind.LUNAR, midAutumn.getCalendar());
		assertEquals(8, midAutumn.getMonth());
		assertEquals(15, midAutumn.getDay());
		assertEquals(1, midAutumn.getDaysOff());
		assertEquals(30, calendar.getRules().get(1).getDay());
		assertEquals("Leap day party", calendar.getRules().get(2).getName());
		assertEquals(HolidayEntryKind.MAKEUP_WORKDAY, calendar.getEntries().get(1).getKind());
		assertEquals("国庆节 调休", calendar.getEntries().get(1).getName());
	}

	@Test
	void everyBadLineIsReportedWithItsNumber() {
		HolidayCalendarFormatException e = assertThrows(HolidayCalendarFormatException.class,
				() -> HolidayCalendarText.read(new StringReader("""
						calendar ok
						rule solar 10-01 3 国庆节
						rule lunr 01-01 3 春节
						off 2026-01-01 元旦
						rule solar 02-30 1 no such day
						off 2026-13-01 bad month
						work 2026-01-04
						off 2026-01-01 twice
						holiday 2026-05-01 劳动节
						rule lunar 05-05 -1 端午节
						calendar again
						"""), "test.holidays"));
		assertEquals(List.of(3, 5, 6, 7, 8, 9, 10, 11), e.problems().stream().map(Problem::line).toList());
		assertEquals("test.holidays:3: calendar must be solar or lunar, not 'lunr' (and 7 more bad lines: "
				+ "5, 6, 7, 8, 9, 10, 11)", e.getMessage());
		String details = e.details();
		assertTrue(details.contains("test.holidays:5: '02-30' is not a month and day (MM-DD)"), details);
		assertTrue(details.contains("test.holidays:6: '2026-13-01' is not a date (YYYY-MM-DD)"), details);
		assertTrue(details.contains("test.holidays:7: expected: work YYYY-MM-DD NAME"), details);
		assertTrue(details.contains("test.holidays:8: 2026-01-01 is already listed on line 4"), details);
		assertTrue(details.contains("test.holidays:9: unknown line type 'holiday'"), details);
		assertTrue(details.contains("test.holidays:10: days off must be a number from 0 to 31, not '-1'"), details);
		assertTrue(details.contains("test.holidays:11: the calendar name is already given on line 1"), details);
	}

	@Test
	void lunarThirtiethIsAcceptedButNotTheThirtyFirst() throws Exception {
		HolidayCalendarText.read(new StringReader("rule lunar 02-30 0 x\n"), "t");
		HolidayCalendarFormatException e = assertThrows(HolidayCalendarFormatException.class,
				() -> HolidayCalendarText.read(new StringReader("\n\nrule lunar 01-31 0 x\n"), "t"));
		assertEquals("t:3: '01-31' is not a month and day (MM-DD)", e.getMessage());
	}

	@Test
	void writeThenReadGivesTheSameCalendar(@TempDir Path dir) throws Exception {
		HolidayCalendar china = HolidayCalendarText.chinaDefault();
		Path file = dir.resolve("china.holidays");
		HolidayCalendarText.write(china, file);
		HolidayCalendar back = HolidayCalendarText.read(file);
		assertTrue(EcoreUtil.equals(china, back), Files.readString(file));
		StringWriter again = new StringWriter();
		HolidayCalendarText.write(back, again);
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), again.toString());
	}

	@Test
	void aFailedWriteLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("china.holidays");
		HolidayCalendarText.write(HolidayCalendarText.chinaDefault(), file);
		String before = Files.readString(file);
		HolidayCalendar bad = HolidayCalendarText.chinaDefault();
		bad.getEntries().get(3).setName("two\nlines");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> HolidayCalendarText.write(bad, file));
		assertTrue(e.getMessage().contains("2026-01-04"), e.getMessage());
		assertEquals(before, Files.readString(file));
		assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file left behind");
	}

	@Test
	void fileErrorsNameTheFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("mine.holidays");
		Files.writeString(file, "calendar x\nrule solar 1-1 1 元旦\n");
		HolidayCalendarFormatException e = assertThrows(HolidayCalendarFormatException.class,
				() -> HolidayCalendarText.read(file));
		assertEquals(file + ":2: '1-1' is not a month and day (MM-DD)", e.getMessage());
	}
}
