package org.revisit.core.tests.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.revisit.core.calendar.Holiday;
import org.revisit.core.calendar.SolarTerms;
import org.revisit.core.calendar.StatutoryHolidays;

/** The statutory days off of mainland China for any year, and the 清明 solar term they need. */
class StatutoryHolidaysTest {

	/** The published 清明 dates, one per year from 1901 (see the fixture's header for the origin). */
	private static List<LocalDate> qingmingTable() throws IOException {
		List<LocalDate> dates = new ArrayList<>();
		try (InputStream in = StatutoryHolidaysTest.class.getResourceAsStream("qingming-1901-2100.txt")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					dates.add(LocalDate.parse(line.strip()));
				}
			}
		}
		return dates;
	}

	@Test
	void qingmingIsTheDayOfThePublishedTableEveryYearFrom1901To2100() throws IOException {
		List<LocalDate> table = qingmingTable();
		assertEquals(200, table.size());
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			LocalDate published = table.get(i);
			assertEquals(1901 + i, published.getYear(), "the table is in year order");
			LocalDate computed = SolarTerms.qingming(published.getYear());
			if (!computed.equals(published)) {
				wrong.add(computed + " instead of " + published);
			}
		}
		assertEquals(List.of(), wrong);
		assertTrue(table.stream().filter(d -> d.getYear() > 2000).allMatch(d -> d.getDayOfMonth() == 4 || d.getDayOfMonth() == 5));
		assertEquals(LocalDate.of(2027, 4, 5), SolarTerms.qingming(2027));
		assertEquals(LocalDate.of(2071, 4, 5), SolarTerms.qingming(2071), "10 minutes after midnight, the closest call");
	}

	private static String listed(int year) {
		return StatutoryHolidays.of(year).stream().map(h -> h.date() + " " + h.name() + " " + h.daysOff())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void theStatutoryHolidaysOf2027And2030() {
		assertEquals("""
				2027-01-01 元旦 1
				2027-02-05 除夕 1
				2027-02-06 春节 3
				2027-04-05 清明节 1
				2027-05-01 劳动节 2
				2027-06-09 端午节 1
				2027-09-15 中秋节 1
				2027-10-01 国庆节 3""", listed(2027));
		assertEquals("""
				2030-01-01 元旦 1
				2030-02-02 除夕 1
				2030-02-03 春节 3
				2030-04-05 清明节 1
				2030-05-01 劳动节 2
				2030-06-05 端午节 1
				2030-09-12 中秋节 1
				2030-10-01 国庆节 3""", listed(2030));
	}

	@Test
	void thirteenDaysOffEveryYearUnlessMidAutumnFallsOnNationalDay() {
		for (int year = 2001; year <= 2100; year++) {
			Set<LocalDate> days = new HashSet<>();
			boolean overlap = false;
			for (Holiday h : StatutoryHolidays.of(year)) {
				for (int i = 0; i < h.daysOff(); i++) {
					LocalDate day = h.date().plusDays(i);
					assertEquals(year, day.getYear(), h.name() + " " + year);
					overlap |= !days.add(day);
				}
			}
			assertEquals(overlap ? 12 : 13, days.size(), "days off of " + year);
			LocalDate midAutumn = StatutoryHolidays.of(year).stream().filter(h -> h.name().equals("中秋节")).findFirst()
					.orElseThrow().date();
			assertEquals(overlap, midAutumn.getMonthValue() == 10 && midAutumn.getDayOfMonth() <= 3, "overlap in " + year);
		}
	}
}
