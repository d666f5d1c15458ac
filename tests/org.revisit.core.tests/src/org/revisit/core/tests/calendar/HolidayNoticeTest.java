package org.revisit.core.tests.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.revisit.core.calendar.HolidayCalendarFormatException;
import org.revisit.core.calendar.HolidayCalendarFormatException.Problem;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.HolidayNotice;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;

/**
 * The State Council's notice read as published. {@code notice-2026.txt} is the 2026 notice reconstructed in the
 * published layout (title, document number, addressees, preamble, seven sections, closing paragraph, signature) from
 * the built-in calendar's 2026 entries; {@code notice-2025.txt} has the forms of the 2025 notice (a single day, a
 * range across two months, a joint section, lunar dates in the brackets).
 */
class HolidayNoticeTest {

	private static String fixture(String name) throws IOException {
		try (InputStream in = HolidayNoticeTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** "date kind name" per entry, in date order. */
	private static List<String> lines(List<HolidayEntry> entries) {
		return entries.stream().sorted((a, b) -> a.getDate().compareTo(b.getDate()))
				.map(e -> e.getDate() + " " + (e.getKind() == HolidayEntryKind.OFF_DAY ? "off" : "work") + " " + e.getName())
				.toList();
	}

	private static HolidayCalendarFormatException bad(String text, Integer year) {
		return assertThrows(HolidayCalendarFormatException.class, () -> HolidayNotice.read(text, "通知.txt", year));
	}

	@Test
	void theNoticeOf2026GivesTheDaysOfTheBuiltInCalendar() throws Exception {
		String text = fixture("notice-2026.txt");
		assertTrue(HolidayNotice.looksLikeNotice(text));
		HolidayNotice notice = HolidayNotice.read(text, "notice-2026.txt", null);
		assertEquals(2026, notice.year());
		List<String> builtIn = lines(HolidayCalendarText.chinaDefault().getEntries().stream()
				.filter(e -> e.getDate().getYear() == 2026).toList());
		assertEquals(39, builtIn.size());
		assertEquals(builtIn, lines(notice.entries()), "33 days off and 6 make-up working days, with their holidays");
	}

	@Test
	void pastingTheNoticeIntoACalendarWithoutItRestoresThe2026Arrangement() throws Exception {
		HolidayCalendar without = HolidayCalendarText.chinaDefault();
		without.getEntries().clear();
		WorkingCalendar before = new WorkingCalendar(without);
		assertFalse(before.hasDecree(2026));
		assertTrue(before.isWorkingDay(LocalDate.of(2026, 2, 23)), "Monday after the statutory days of 春节");

		HolidayCalendar pasted = HolidayNotice.read(fixture("notice-2026.txt"), "n", null).applyTo(without);
		assertEquals(without.getRules().size(), pasted.getRules().size(), "the rules are kept");
		StringWriter expected = new StringWriter();
		HolidayCalendarText.write(HolidayCalendarText.chinaDefault(), expected);
		StringWriter actual = new StringWriter();
		HolidayCalendarText.write(pasted, actual);
		assertEquals(expected.toString(), actual.toString(), "the same calendar as the built-in one");
		WorkingCalendar after = new WorkingCalendar(pasted);
		assertTrue(after.hasDecree(2026));
		assertFalse(after.isWorkingDay(LocalDate.of(2026, 2, 23)));
		assertTrue(after.isWorkingDay(LocalDate.of(2026, 2, 28)), "make-up Saturday");
		assertEquals(0, without.getEntries().size(), "the calendar given is not changed");
	}

	@Test
	void aNoticeReplacesTheArrangementOfItsYearOnly() throws Exception {
		HolidayCalendar calendar = HolidayCalendarText.chinaDefault();
		calendar.getEntries().addAll(HolidayNotice.read("""
				国务院办公厅关于2025年部分节假日安排的通知
				一、元旦：1月1日（周三）放假1天，不调休。
				""", "n", null).entries());
		// An invented notice for 2027 (the real one is not out yet): it replaces nothing of 2025 or 2026.
		HolidayNotice notice = HolidayNotice.read("""
				二、春节：2月5日（农历除夕、周五）至11日（周四）放假调休，共7天。2月20日（周六）上班。
				""", "n", 2027);
		HolidayCalendar result = notice.applyTo(calendar);
		assertEquals(calendar.getEntries().size() + 8, result.getEntries().size());
		WorkingCalendar working = new WorkingCalendar(result);
		assertTrue(working.hasDecree(2027));
		assertFalse(working.isWorkingDay(LocalDate.of(2027, 2, 10)));
		assertTrue(working.isWorkingDay(LocalDate.of(2027, 2, 20)));
		assertFalse(working.isWorkingDay(LocalDate.of(2027, 4, 5)), "清明节 stays a statutory day off");

		HolidayNotice again = HolidayNotice.read("""
				二、春节：2月6日（周六）至12日（周五）放假调休，共7天。
				""", "n", 2027);
		List<String> replaced = lines(again.applyTo(result).getEntries().stream()
				.filter(e -> e.getDate().getYear() == 2027).toList());
		assertEquals(7, replaced.size(), "the second notice of 2027 replaces the first: " + replaced);
		assertTrue(replaced.get(0).startsWith("2027-02-06 off"), replaced.toString());
	}

	@Test
	void theFormsOfThe2025Notice() throws Exception {
		HolidayNotice notice = HolidayNotice.read(fixture("notice-2025.txt"), "notice-2025.txt", null);
		List<String> days = lines(notice.entries());
		assertEquals("2025-01-01 off 元旦", days.get(0), "放假1天，不调休");
		assertTrue(days.contains("2025-01-28 off 春节"), "the first day, 农历除夕 in the brackets");
		assertTrue(days.contains("2025-02-04 off 春节"), "至2月4日: the range runs into the next month");
		assertTrue(days.contains("2025-01-26 work 春节"));
		assertTrue(days.contains("2025-06-02 off 端午节"));
		assertTrue(days.contains("2025-10-08 off 国庆节、中秋节"), "a joint section names both");
		assertTrue(days.contains("2025-10-11 work 国庆节、中秋节"));
		assertEquals(1 + 8 + 3 + 5 + 3 + 8, days.stream().filter(d -> d.contains(" off ")).count());
		assertEquals(2 + 1 + 2, days.stream().filter(d -> d.contains(" work ")).count());
	}

	@Test
	void olderFormsAdviceAndDatesOfThePreviousYear() throws Exception {
		List<String> days = lines(HolidayNotice.read("""
				国务院办公厅关于2023年部分节假日安排的通知
				一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
				二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
				""", "n", null).entries());
		assertEquals("2022-12-31 off 元旦", days.get(0));
		assertEquals("2023-01-02 off 元旦", days.get(2));
		assertTrue(days.contains("2023-01-29 work 春节"), "星期日 as well as 周日");

		days = lines(HolidayNotice.read("""
				国务院办公厅关于2024年部分节假日安排的通知
				二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。
				""", "n", null).entries());
		assertEquals(10, days.size());
		assertFalse(days.stream().anyMatch(d -> d.startsWith("2024-02-09")), "advice is not a day off: " + days);

		List<String> compensation = lines(HolidayNotice.read("""
				一、元旦：1月1日放假，1月2日（星期一）补休。
				""", "n", 2017).entries());
		assertEquals(List.of("2017-01-01 off 元旦", "2017-01-02 off 元旦"), compensation, "补休 is a day off");
	}

	@Test
	void theYearComesFromTheTitleOrTheCaller() throws Exception {
		String sections = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n";
		assertEquals(2027, HolidayNotice.read(sections, "n", 2027).year());
		HolidayCalendarFormatException none = bad(sections, null);
		assertEquals("通知.txt: no year: the notice's title (国务院办公厅关于YYYY年部分节假日安排的通知) is missing; "
				+ "give the year (--year)", none.getMessage());
		HolidayCalendarFormatException twoYears = bad("国务院办公厅关于2026年部分节假日安排的通知\n"
				+ "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。\n", 2027);
		assertEquals("通知.txt:1: the title is for 2026, not 2027", twoYears.getMessage());
	}

	@Test
	void everyLineNotUnderstoodIsReportedWithItsNumberAndNothingIsRead() {
		HolidayCalendarFormatException e = bad("""
				国务院办公厅关于2026年部分节假日安排的通知
				一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。
				二、春节：2月15日（周日）至23日（周一）放假调休，共8天。
				三、清明节：4月4日（周六）至6日（周一）放假，共3天。4月12日（周日）加班。
				四、劳动节：5月1日至5月32日放假。
				五、端午节：端午节放假三天。
				六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
				七、国庆节：9月25日（周五）放假。
				节假日期间，各地区、各部门要妥善安排好值班工作。
				""", null);
		assertEquals(List.of(
				new Problem(2, "'1月1日（周五）': 2026-01-01 is a Thursday (周四), not 周五; is 2026 the right year?"),
				new Problem(3, "'共8天' says 8 days, but the days off given are 9"),
				new Problem(4, "'4月12日（周日）加班': cannot tell whether these days are off (放假, 补休) or working days (上班)"),
				new Problem(5, "'5月32日' is not a date in 2026"),
				new Problem(6, "no days: expected e.g. 1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。"),
				new Problem(8, "9月25日（周五） is already arranged on line 7")), e.problems());
		assertTrue(e.getMessage().startsWith("通知.txt:2: '1月1日（周五）': 2026-01-01 is a Thursday"), e.getMessage());
		assertTrue(e.getMessage().endsWith("(and 5 more bad lines: 3, 4, 5, 6, 8)"), e.getMessage());
	}

	@Test
	void aTextWithoutArrangementsIsNotANotice() throws Exception {
		StringWriter calendar = new StringWriter();
		HolidayCalendarText.write(HolidayCalendarText.chinaDefault(), calendar);
		assertFalse(HolidayNotice.looksLikeNotice(calendar.toString()), "the holiday calendar format");
		assertTrue(HolidayNotice.looksLikeNotice("元旦：1月1日放假。\n"), "a section without numbering");
		HolidayCalendarFormatException e = bad("国务院办公厅关于2027年部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n", null);
		assertEquals(List.of(new Problem(0,
				"no holiday arrangement found (lines like 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。)")),
				e.problems());
	}
}
