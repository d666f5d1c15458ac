package org.revisit.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calendar.HolidayCalendarFormatException.Problem;
import org.revisit.core.internal.Messages;
import org.revisit.model.CalendarKind;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.RevisitFactory;

/**
 * The text form of a holiday calendar, so that the yearly decree can be typed in by a supervisor. UTF-8, one item
 * per line, blank lines and lines starting with {@code #} ignored:
 *
 * <pre>
 * calendar 中国大陆
 * rule  solar  10-01  3  国庆节      a yearly rule: calendar, MM-DD, statutory days off, name
 * rule  lunar  08-15  1  中秋节      lunar day 30 is kept on the 29th in a short month
 * off   2026-10-05  国庆节           a day off by decree
 * work  2026-10-10  国庆节           a weekend day that is a working day (调休上班)
 * </pre>
 *
 * Reading reports every bad line at once, each with its line number; nothing is returned unless all lines are
 * good.
 */
public final class HolidayCalendarText {

	private static final String CHINA_DEFAULT = "china-mainland.holidays";

	private HolidayCalendarText() {
	}

	/** The built-in calendar as read the first time (never handed out: callers get copies). */
	private static volatile HolidayCalendar chinaDefault;

	/**
	 * The built-in calendar for mainland China: the yearly solar and lunar holidays and the State Council's
	 * arrangement of days off and make-up working days for 2026. A new object on every call: a copy of the text read
	 * once (every answer of a call and every planning run need the calendar; copying it is far cheaper than
	 * reading its text again).
	 */
	public static HolidayCalendar chinaDefault() {
		HolidayCalendar read = chinaDefault;
		if (read == null) {
			read = readChinaDefault();
			chinaDefault = read;
		}
		return EcoreUtil.copy(read);
	}

	private static HolidayCalendar readChinaDefault() {
		try (InputStream in = HolidayCalendarText.class.getResourceAsStream(CHINA_DEFAULT)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + CHINA_DEFAULT);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8), CHINA_DEFAULT);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static HolidayCalendar read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString());
		}
	}

	/**
	 * @param source names the text in error messages, e.g. the file name
	 * @throws HolidayCalendarFormatException listing every bad line
	 */
	public static HolidayCalendar read(Reader text, String source) throws IOException {
		HolidayCalendar calendar = RevisitFactory.eINSTANCE.createHolidayCalendar();
		calendar.setName("");
		List<Problem> problems = new ArrayList<>();
		Map<LocalDate, Integer> entryLines = new HashMap<>();
		int calendarLine = 0;
		BufferedReader reader = text instanceof BufferedReader b ? b : new BufferedReader(text);
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			String content = line.strip();
			if (number == 1 && content.startsWith("\uFEFF")) {
				content = content.substring(1).strip(); // a byte-order mark from Windows editors
			}
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			String[] words = content.split("\\s+", 2);
			String rest = words.length > 1 ? words[1] : "";
			try {
				switch (words[0].toLowerCase(Locale.ROOT)) {
				case "calendar" -> {
					if (calendarLine != 0) {
						throw new LineError(NLS.bind(Messages.Calendar_nameTwice, calendarLine));
					}
					if (rest.isEmpty()) {
						throw new LineError(Messages.Calendar_usageName);
					}
					calendar.setName(rest);
					calendarLine = number;
				}
				case "rule" -> calendar.getRules().add(rule(rest));
				case "off", "work" -> {
					HolidayEntry entry = entry(words[0].toLowerCase(Locale.ROOT), rest);
					Integer previous = entryLines.putIfAbsent(entry.getDate(), number);
					if (previous != null) {
						throw new LineError(NLS.bind(Messages.Calendar_listedTwice, entry.getDate(), previous));
					}
					calendar.getEntries().add(entry);
				}
				default -> throw new LineError(NLS.bind(Messages.Calendar_unknownLine, words[0]));
				}
			} catch (LineError e) {
				problems.add(new Problem(number, e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new HolidayCalendarFormatException(source, problems);
		}
		return calendar;
	}

	private static HolidayRule rule(String text) throws LineError {
		String[] f = text.split("\\s+", 4);
		if (f.length < 4 || f[3].isBlank()) {
			throw new LineError(Messages.Calendar_usageRule);
		}
		CalendarKind kind = switch (f[0].toLowerCase(Locale.ROOT)) {
		case "solar" -> CalendarKind.SOLAR;
		case "lunar" -> CalendarKind.LUNAR;
		default -> throw new LineError(NLS.bind(Messages.Calendar_solarOrLunar, f[0]));
		};
		int month;
		int day;
		try {
			MonthDay monthDay = MonthDay.parse("--" + f[1]); // accepts 02-29, rejects 04-31
			month = monthDay.getMonthValue();
			day = monthDay.getDayOfMonth();
		} catch (DateTimeException e) {
			if (kind == CalendarKind.LUNAR && f[1].matches("\\d\\d-30")) {
				month = Integer.parseInt(f[1].substring(0, 2)); // every lunar month may have a 30th
				day = 30;
			} else {
				throw new LineError(NLS.bind(Messages.Calendar_notMonthDay, f[1]));
			}
		}
		if (month < 1 || month > 12 || kind == CalendarKind.LUNAR && day > 30) {
			throw new LineError(NLS.bind(Messages.Calendar_notMonthDay, f[1]));
		}
		int daysOff;
		try {
			daysOff = Integer.parseInt(f[2]);
		} catch (NumberFormatException e) {
			daysOff = -1;
		}
		if (daysOff < 0 || daysOff > 31) {
			throw new LineError(NLS.bind(Messages.Calendar_daysOff, f[2]));
		}
		HolidayRule rule = RevisitFactory.eINSTANCE.createHolidayRule();
		rule.setCalendar(kind);
		rule.setMonth(month);
		rule.setDay(day);
		rule.setDaysOff(daysOff);
		rule.setName(f[3].strip());
		return rule;
	}

	private static HolidayEntry entry(String keyword, String text) throws LineError {
		String[] f = text.split("\\s+", 2);
		if (f.length < 2 || f[1].isBlank()) {
			throw new LineError(NLS.bind(Messages.Calendar_usageEntry, keyword));
		}
		HolidayEntry entry = RevisitFactory.eINSTANCE.createHolidayEntry();
		try {
			entry.setDate(LocalDate.parse(f[0]));
		} catch (DateTimeException e) {
			throw new LineError(NLS.bind(Messages.Calendar_notYmd, f[0]));
		}
		entry.setKind("work".equals(keyword) ? HolidayEntryKind.MAKEUP_WORKDAY : HolidayEntryKind.OFF_DAY);
		entry.setName(f[1].strip());
		return entry;
	}

	/**
	 * Writes the calendar in the form {@link #read} reads: rules in their order, entries by date.
	 *
	 * @throws IllegalArgumentException naming the item if a name is empty or spans lines, or a date is missing
	 */
	public static void write(HolidayCalendar calendar, Writer out) throws IOException {
		out.write("# Revisit holiday calendar. Lines: calendar NAME | rule solar|lunar MM-DD DAYS-OFF NAME |\n");
		out.write("# off YYYY-MM-DD NAME (a day off by decree) | work YYYY-MM-DD NAME (a make-up working day)\n");
		if (calendar.getName() != null && !calendar.getName().isBlank()) {
			out.write("calendar " + oneLine(calendar.getName(), "calendar name") + "\n");
		}
		for (HolidayRule rule : calendar.getRules()) {
			String name = oneLine(rule.getName(), "holiday rule name");
			if (rule.getMonth() < 1 || rule.getMonth() > 12 || rule.getDay() < 1 || rule.getDay() > 31
					|| rule.getDaysOff() < 0) {
				throw new IllegalArgumentException("Holiday rule '" + name + "' has an impossible date or days off");
			}
			out.write(String.format(Locale.ROOT, "rule  %s  %02d-%02d  %d  %s\n",
					rule.getCalendar() == CalendarKind.LUNAR ? "lunar" : "solar", rule.getMonth(), rule.getDay(),
					rule.getDaysOff(), name));
		}
		List<HolidayEntry> entries = new ArrayList<>(calendar.getEntries());
		for (HolidayEntry entry : entries) {
			if (entry.getDate() == null) {
				throw new IllegalArgumentException("Holiday entry '" + entry.getName() + "' has no date");
			}
		}
		entries.sort(Comparator.comparing(HolidayEntry::getDate));
		for (HolidayEntry entry : entries) {
			out.write((entry.getKind() == HolidayEntryKind.MAKEUP_WORKDAY ? "work  " : "off   ") + entry.getDate()
					+ "  " + oneLine(entry.getName(), "holiday entry name for " + entry.getDate()) + "\n");
		}
		out.flush();
	}

	/** Writes the file completely or not at all: a crash or a bad item leaves the old file as it was. */
	public static void write(HolidayCalendar calendar, Path file) throws IOException {
		StringWriter text = new StringWriter();
		write(calendar, text);
		Path directory = file.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
		try {
			Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static String oneLine(String name, String what) {
		if (name == null || name.isBlank() || name.contains("\n") || name.contains("\r")) {
			throw new IllegalArgumentException("The " + what + " must be one non-empty line: '" + name + "'");
		}
		return name.strip();
	}

	/** A bad line; caught per line so that every bad line is reported. */
	private static final class LineError extends Exception {
		private static final long serialVersionUID = 1L;

		LineError(String message) {
			super(message, null, false, false);
		}
	}
}
