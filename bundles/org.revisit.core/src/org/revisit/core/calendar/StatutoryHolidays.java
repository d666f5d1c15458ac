package org.revisit.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.revisit.model.CalendarKind;

/**
 * The statutory days off of mainland China in any Gregorian year, by the national rules in force since 1 January
 * 2025 (《全国年节及纪念日放假办法》 as amended by the State Council in November 2024), 13 days in all:
 * <ul>
 * <li>元旦 1 day: 1 January;</li>
 * <li>春节 4 days: 除夕 (the last day of the lunar year) and 正月初一 to 初三;</li>
 * <li>清明节 1 day: the day of the 清明 solar term ({@link SolarTerms#qingming});</li>
 * <li>劳动节 2 days: 1 and 2 May;</li>
 * <li>端午节 1 day: lunar 5/5;</li>
 * <li>中秋节 1 day: lunar 8/15;</li>
 * <li>国庆节 3 days: 1 to 3 October.</li>
 * </ul>
 * Weekends are not part of these rules: the State Council's yearly notice joins statutory days to weekends and
 * names make-up working days (调休上班); until it is published, planning uses these days and the weekends. The
 * current rules are applied to every year, also to years before 2025 (when 除夕 and 2 May were not days off):
 * planning looks ahead, and a past year's notice, once imported, says what was off.
 */
public final class StatutoryHolidays {

	private static final LunarCalendar LUNAR = LunarCalendar.china();

	private StatutoryHolidays() {
	}

	/**
	 * The statutory holidays of Gregorian year {@code year}, in date order; each with its first day and its number
	 * of days off. Every day off of a year's holidays falls in that year.
	 *
	 * @throws java.time.DateTimeException outside the lunar years {@value LunarCalendar#MIN_YEAR}-{@value LunarCalendar#MAX_YEAR}
	 */
	public static List<Holiday> of(int year) {
		// 春节 (lunar 1/1) falls between 21 January and 20 February, so 除夕 and 初三 are in the same Gregorian year.
		LocalDate springFestival = LUNAR.year(year).firstDay();
		List<Holiday> holidays = new ArrayList<>(List.of(
				new Holiday("元旦", LocalDate.of(year, 1, 1), CalendarKind.SOLAR, 1),
				new Holiday("除夕", springFestival.minusDays(1), CalendarKind.LUNAR, 1),
				new Holiday("春节", springFestival, CalendarKind.LUNAR, 3),
				new Holiday("清明节", SolarTerms.qingming(year), CalendarKind.SOLAR, 1),
				new Holiday("劳动节", LocalDate.of(year, 5, 1), CalendarKind.SOLAR, 2),
				new Holiday("端午节", LUNAR.toSolar(LunarDate.of(year, 5, 5)), CalendarKind.LUNAR, 1),
				new Holiday("中秋节", LUNAR.toSolar(LunarDate.of(year, 8, 15)), CalendarKind.LUNAR, 1),
				new Holiday("国庆节", LocalDate.of(year, 10, 1), CalendarKind.SOLAR, 3)));
		holidays.sort(Comparator.comparing(Holiday::date));
		return holidays;
	}
}
