package org.revisit.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.CalendarKind;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;

/**
 * Working days and holidays from a {@link HolidayCalendar}. A day is decided by, in this order:
 * <ol>
 * <li>a dated entry of the yearly decree: {@code OFF_DAY} is a day off, {@code MAKEUP_WORKDAY} a working day
 * (调休上班), even on a weekend;</li>
 * <li>a statutory day off of mainland China ({@link StatutoryHolidays}: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节,
 * 国庆节), computed for every year;</li>
 * <li>a yearly rule of the calendar with days off: its date and the following {@code daysOff - 1} days are off;</li>
 * <li>otherwise Saturday and Sunday are off and the other days are working days.</li>
 * </ol>
 * Statutory days and rules give only the days the law fixes; the bridges and make-up working days come from the
 * dated entries of the State Council's yearly notice, which is why the holiday calendar is data that is edited
 * every year. A year without such entries is planned on the statutory days and weekends alone, and
 * {@link #yearsWithoutDecree} names it so that planning can say so.
 *
 * <p>
 * The calendar is read once when this object is created (later edits to the model are not seen); the object is
 * then immutable and thread-safe.
 */
public final class WorkingCalendar {

	/** Why a day is or is not a working day, for explanations. */
	public record Day(LocalDate date, boolean working, String reason) {
	}

	private record Rule(String name, CalendarKind calendar, int month, int day, int daysOff) {
	}

	private record Entry(boolean off, String name) {
	}

	private static final LunarCalendar LUNAR = LunarCalendar.china();
	/** From this day of December on, an entry may belong to the next year's notice. */
	private static final int NEXT_NOTICE_FROM = 25;

	private final String name;
	private final List<Rule> rules = new ArrayList<>();
	private final Map<LocalDate, Entry> entries = new HashMap<>();
	/** The years the dated entries arrange (see {@link #hasDecree}). */
	private final Set<Integer> decreeYears = new HashSet<>();
	/** Statutory days off and days off given by rules, per Gregorian year, built on first use. */
	private final Map<Integer, Map<LocalDate, String>> ruleDaysOff = new ConcurrentHashMap<>();

	/**
	 * @throws IllegalArgumentException naming the rule or entry if the calendar holds an impossible rule or two
	 *                                  entries for one date
	 */
	public WorkingCalendar(HolidayCalendar calendar) {
		this.name = calendar.getName();
		for (HolidayRule rule : calendar.getRules()) {
			CalendarKind kind = rule.getCalendar() == null ? CalendarKind.SOLAR : rule.getCalendar();
			int maxDay = kind == CalendarKind.LUNAR ? 30
					: rule.getMonth() >= 1 && rule.getMonth() <= 12
							? Month.of(rule.getMonth()).maxLength()
							: 0;
			if (rule.getMonth() < 1 || rule.getMonth() > 12 || rule.getDay() < 1 || rule.getDay() > maxDay
					|| rule.getDaysOff() < 0) {
				throw new IllegalArgumentException("Holiday rule '" + rule.getName() + "': impossible date "
						+ rule.getMonth() + "/" + rule.getDay() + " or days off " + rule.getDaysOff());
			}
			rules.add(new Rule(rule.getName(), kind, rule.getMonth(), rule.getDay(), rule.getDaysOff()));
		}
		for (HolidayEntry entry : calendar.getEntries()) {
			if (entry.getDate() == null) {
				throw new IllegalArgumentException("Holiday entry '" + entry.getName() + "' has no date");
			}
			Entry previous = entries.put(entry.getDate(),
					new Entry(entry.getKind() != HolidayEntryKind.MAKEUP_WORKDAY, entry.getName()));
			if (previous != null) {
				throw new IllegalArgumentException("Two holiday entries for " + entry.getDate() + ": '"
						+ previous.name() + "' and '" + entry.getName() + "'");
			}
			// A notice may start 元旦 in the last days of the year before (2023's began on 2022-12-31); those days
			// do not make that year's own notice.
			if (entry.getDate().getMonthValue() != 12 || entry.getDate().getDayOfMonth() < NEXT_NOTICE_FROM) {
				decreeYears.add(entry.getDate().getYear());
			}
		}
	}

	public String name() {
		return name;
	}

	/**
	 * Whether the calendar holds the official arrangement of {@code year}: a dated entry (day off or make-up working
	 * day) in that year, not counting its last week, where the next year's 元旦 may begin.
	 */
	public boolean hasDecree(int year) {
		return decreeYears.contains(year);
	}

	/** The years from {@code from} to {@code to} (both included) without an official arrangement, in order. */
	public List<Integer> yearsWithoutDecree(LocalDate from, LocalDate to) {
		List<Integer> years = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!hasDecree(year)) {
				years.add(year);
			}
		}
		return years;
	}

	/**
	 * One warning per year from {@code from} to {@code to} without an official arrangement: "no official calendar
	 * for 2027 yet; statutory holidays used", in the platform's language.
	 */
	public List<String> decreeWarnings(LocalDate from, LocalDate to) {
		return yearsWithoutDecree(from, to).stream()
				.map(year -> NLS.bind(Messages.Calendar_noDecree, Integer.toString(year))).toList();
	}

	public boolean isWorkingDay(LocalDate date) {
		return describe(date).working();
	}

	/** The first working day on or after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate day = date;
		// A year without any working day cannot be written in this model; the bound only guards bad data.
		for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw new DateTimeException("No working day in the year from " + date + " in calendar '" + name + "'");
	}

	/** Whether a date is a working day, and why. */
	public Day describe(LocalDate date) {
		Entry entry = entries.get(date);
		if (entry != null) {
			return entry.off() ? new Day(date, false, NLS.bind(Messages.Day_decree, entry.name()))
					: new Day(date, true, NLS.bind(Messages.Day_makeup, entry.name()));
		}
		String holiday = ruleDaysOff(date.getYear()).get(date);
		if (holiday != null) {
			return new Day(date, false, NLS.bind(Messages.Day_holiday, holiday));
		}
		DayOfWeek weekday = date.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return new Day(date, false, Messages.Day_weekend);
		}
		return new Day(date, true, Messages.Day_working);
	}

	/**
	 * Every occurrence of the yearly rules from {@code from} to {@code to} (both included), with lunar rules
	 * converted (see {@link LunarCalendar#observed}; solar 29 February is kept on 28 February in common years),
	 * in date order.
	 *
	 * @throws DateTimeException if lunar rules are asked for outside the supported lunar years
	 */
	public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
		List<Holiday> result = new ArrayList<>();
		if (to.isBefore(from)) {
			return result;
		}
		for (Rule rule : rules) {
			int first;
			int last;
			if (rule.calendar() == CalendarKind.LUNAR) {
				first = LUNAR.toLunar(from).year();
				last = LUNAR.toLunar(to).year();
			} else {
				first = from.getYear();
				last = to.getYear();
			}
			for (int year = first; year <= last; year++) {
				LocalDate date = dateOf(rule, year);
				if (!date.isBefore(from) && !date.isAfter(to)) {
					result.add(new Holiday(rule.name(), date, rule.calendar(), rule.daysOff()));
				}
			}
		}
		result.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
		return result;
	}

	private static LocalDate dateOf(Rule rule, int year) {
		if (rule.calendar() == CalendarKind.LUNAR) {
			return LUNAR.observed(year, rule.month(), false, rule.day());
		}
		return Birthdays.occurrence(CalendarKind.SOLAR, rule.month(), rule.day(), false, year);
	}

	private Map<LocalDate, String> ruleDaysOff(int year) {
		return ruleDaysOff.computeIfAbsent(year, y -> {
			Map<LocalDate, String> days = new HashMap<>();
			List<Holiday> holidays = new ArrayList<>(StatutoryHolidays.of(y));
			// A holiday late in the previous year may run into this one.
			LocalDate from = LocalDate.of(y, 1, 1);
			holidays.addAll(holidaysBetween(from.minusDays(31), LocalDate.of(y, 12, 31)));
			for (Holiday holiday : holidays) {
				for (int i = 0; i < holiday.daysOff(); i++) {
					LocalDate day = holiday.date().plusDays(i);
					if (day.getYear() == y) {
						days.merge(day, holiday.name(), WorkingCalendar::joinNames);
					}
				}
			}
			return Map.copyOf(days);
		});
	}

	/** Both names of a day that two holidays share, each once (a rule may repeat a statutory holiday). */
	private static String joinNames(String names, String name) {
		return List.of(names.split(", ")).contains(name) ? names : names + ", " + name;
	}
}
