package org.revisit.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.calendar.HolidayCalendarFormatException.Problem;
import org.revisit.core.internal.Messages;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.RevisitFactory;

/**
 * The State Council's yearly notice on the holiday arrangement, read as it is published, so that a team enters a
 * year's decree by pasting it:
 *
 * <pre>
 * 国务院办公厅关于2026年部分节假日安排的通知                   the title gives the year
 * 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * 二、春节：2月15日（农历腊月二十八、周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 * </pre>
 *
 * A section line ({@code 一、} and a name, or a holiday's name, then a colon) says clause by clause which days are
 * off ({@code A至B放假}, {@code A放假}, {@code A补休}) and which weekend days are working days ({@code A、B上班}); the
 * section's name names its days. A month or year left out is the one before (or the notice's year); a weekday in
 * brackets must be the date's own, so a wrong year shows at once; {@code 共N天} and {@code 放假N天} must count the
 * days off; a sentence that encourages ({@code 鼓励…}) is advice, not a day off. The other lines of the notice
 * (document number, addressees, preamble, closing paragraph, signature) are passed over. Full-width and half-width
 * digits and punctuation, and 周/星期, are all accepted.
 */
public final class HolidayNotice {

	private static final Pattern TITLE = Pattern.compile("关于\\s*(\\d{4})\\s*年[^。]*安排的通知");
	/** A section: a numbering or a known holiday name, then the name and a colon. */
	private static final Pattern SECTION = Pattern
			.compile("^(?:([一二三四五六七八九十]+|\\d{1,2})\\s*[、.．]\\s*)?([^：:，,。]{1,20}?)\\s*[：:]\\s*(.*)$");
	private static final Pattern HOLIDAY_NAMES = Pattern
			.compile("(?:元旦|春节|清明节?|劳动节|五一|端午节?|中秋节?|国庆节?)(?:\\s*[、和及与]\\s*(?:元旦|春节|清明节?|劳动节|五一|端午节?|中秋节?|国庆节?))*");
	private static final Pattern DATE = Pattern
			.compile("(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日\\s*(?:（([^）]*)）)?");
	private static final Pattern RANGE = Pattern.compile("\\s*(?:至|到|[-—–~～])\\s*");
	private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
	private static final Pattern COUNT = Pattern.compile("(?:共|放假)\\s*(\\d{1,2})\\s*天");
	private static final String WEEKDAYS = "一二三四五六日";

	private final int year;
	private final List<HolidayEntry> entries;

	private HolidayNotice(int year, List<HolidayEntry> entries) {
		this.year = year;
		this.entries = entries;
	}

	/** The year the notice arranges. */
	public int year() {
		return year;
	}

	/** Its days off and make-up working days, in date order (new objects on every call). */
	public List<HolidayEntry> entries() {
		return entries.stream().map(EcoreUtil::copy).toList();
	}

	/** Whether a text is such a notice (its title, or a section line) rather than the holiday calendar format. */
	public static boolean looksLikeNotice(String text) {
		return text.lines().map(HolidayNotice::normalized).filter(line -> !line.startsWith("#"))
				.anyMatch(line -> TITLE.matcher(line).find() || section(line) != null);
	}

	/**
	 * Reads a notice.
	 *
	 * @param source names the text in error messages, e.g. the file name
	 * @param year   the year the notice arranges if the text has no title, else {@code null}; if both are given they
	 *               must agree
	 * @throws HolidayCalendarFormatException listing every section line that is not understood, or saying that the
	 *                                        year or the arrangement is missing; nothing is returned then
	 */
	public static HolidayNotice read(String text, String source, Integer year) throws HolidayCalendarFormatException {
		List<Problem> problems = new ArrayList<>();
		List<String> lines = text.lines().map(HolidayNotice::normalized).toList();
		Integer noticeYear = year;
		for (int i = 0; i < lines.size(); i++) {
			Matcher title = TITLE.matcher(lines.get(i));
			if (title.find()) {
				int titled = Integer.parseInt(title.group(1));
				if (year != null && titled != year) {
					problems.add(new Problem(i + 1, NLS.bind(Messages.Calendar_titleYear, titled, year)));
				}
				noticeYear = titled;
				break;
			}
		}
		if (noticeYear == null) {
			throw new HolidayCalendarFormatException(source, List.of(new Problem(0, Messages.Calendar_noYear)));
		}
		List<HolidayEntry> entries = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher section = section(lines.get(i));
			if (section == null) {
				continue;
			}
			try {
				for (Day day : new Section(noticeYear, section.group(3)).days()) {
					Integer previous = seen.putIfAbsent(day.date(), i + 1);
					if (previous != null) {
						throw new LineError(NLS.bind(Messages.Calendar_alreadyArranged, day.text(), previous));
					}
					HolidayEntry entry = RevisitFactory.eINSTANCE.createHolidayEntry();
					entry.setDate(day.date());
					entry.setKind(day.off() ? HolidayEntryKind.OFF_DAY : HolidayEntryKind.MAKEUP_WORKDAY);
					entry.setName(section.group(2).strip());
					entries.add(entry);
				}
			} catch (LineError e) {
				problems.add(new Problem(i + 1, e.getMessage()));
			}
		}
		if (problems.isEmpty() && entries.isEmpty()) {
			problems.add(new Problem(0, Messages.Calendar_noArrangement));
		}
		if (!problems.isEmpty()) {
			throw new HolidayCalendarFormatException(source, problems);
		}
		entries.sort(Comparator.comparing(HolidayEntry::getDate));
		return new HolidayNotice(noticeYear, List.copyOf(entries));
	}

	/**
	 * A copy of {@code calendar} with this notice as the arrangement of its year: the calendar's dated entries of that
	 * year (but for its last week, where the next year's 元旦 may begin) and of the notice's own dates are replaced by
	 * the notice's; rules and other years are kept.
	 */
	public HolidayCalendar applyTo(HolidayCalendar calendar) {
		HolidayCalendar result = EcoreUtil.copy(calendar);
		result.getEntries().removeIf(e -> e.getDate() == null
				|| e.getDate().getYear() == year && !(e.getDate().getMonthValue() == 12 && e.getDate().getDayOfMonth() >= 25)
				|| entries.stream().anyMatch(n -> n.getDate().equals(e.getDate())));
		result.getEntries().addAll(entries());
		ECollections.sort(result.getEntries(), Comparator.comparing(HolidayEntry::getDate));
		return result;
	}

	/** The section a line is, or null: a numbered line, or one that starts with a holiday's name. */
	private static Matcher section(String line) {
		if (line.startsWith("#")) {
			return null; // a comment of the holiday calendar format, which this is then not
		}
		Matcher m = SECTION.matcher(line);
		if (!m.matches() || m.group(3).isBlank()) {
			return null;
		}
		return m.group(1) != null || HOLIDAY_NAMES.matcher(m.group(2).strip()).matches() ? m : null;
	}

	/** Full-width digits, brackets and punctuation as one form; the ideographic space is whitespace already. */
	private static String normalized(String line) {
		StringBuilder sb = new StringBuilder(line.length());
		for (char c : line.toCharArray()) {
			if (c >= '０' && c <= '９') {
				sb.append((char) (c - '０' + '0'));
			} else if (c == '(') {
				sb.append('（');
			} else if (c == ')') {
				sb.append('）');
			} else if (c != '\uFEFF') {
				sb.append(c);
			}
		}
		return sb.toString().strip();
	}

	/** One day of the notice, as written in it. */
	private record Day(LocalDate date, boolean off, String text) {
	}

	/** The text after a section's colon, read clause by clause. */
	private static final class Section {

		private final int noticeYear;
		private final String body;
		private LocalDate last;

		Section(int noticeYear, String body) {
			this.noticeYear = noticeYear;
			this.body = body;
		}

		List<Day> days() throws LineError {
			List<Day> days = new ArrayList<>();
			for (String sentence : split(body, "。；;")) {
				if (sentence.contains("鼓励")) {
					continue; // "鼓励各单位…安排职工在除夕休息": advice to employers, not a day off
				}
				int offInSentence = 0;
				for (String clause : split(sentence, "，,")) {
					List<Day> found = clause(clause);
					days.addAll(found);
					offInSentence += (int) found.stream().filter(Day::off).count();
					Matcher count = COUNT.matcher(withoutBrackets(clause));
					if (count.find() && (found.isEmpty() || found.get(0).off())) {
						int said = Integer.parseInt(count.group(1));
						int off = found.isEmpty() ? offInSentence : (int) found.stream().filter(Day::off).count();
						if (said != off) {
							throw new LineError(NLS.bind(Messages.Calendar_daysSaid, new Object[] { clause, said, off }));
						}
					}
				}
			}
			if (days.isEmpty()) {
				throw new LineError(Messages.Calendar_noDays);
			}
			return days;
		}

		/** The days a clause names: off (放假, 补休), working (上班), none, or an error. */
		private List<Day> clause(String clause) throws LineError {
			Matcher m = DATE.matcher(clause);
			List<LocalDate> dates = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			int end = -1;
			boolean range = false;
			List<Day> result = new ArrayList<>();
			while (m.find()) {
				LocalDate date = date(m);
				if (end >= 0 && RANGE.matcher(clause.substring(end, m.start())).matches()) {
					if (range) {
						throw new LineError(NLS.bind(Messages.Calendar_twoRanges, clause));
					}
					range = true;
				}
				dates.add(date);
				texts.add(m.group().strip());
				end = m.end();
			}
			if (dates.isEmpty()) {
				return result;
			}
			String words = withoutBrackets(clause);
			boolean work = words.contains("上班");
			boolean off = words.contains("放假") || words.contains("补休");
			if (work == off) {
				throw new LineError(NLS.bind(Messages.Calendar_offOrWork, clause));
			}
			if (range) {
				if (dates.size() != 2) {
					throw new LineError(NLS.bind(Messages.Calendar_rangeTwoDates, clause));
				}
				LocalDate from = dates.get(0);
				LocalDate to = dates.get(1);
				if (!to.isAfter(from) || to.isAfter(from.plusDays(31))) {
					throw new LineError(NLS.bind(Messages.Calendar_notARange, new Object[] { clause, from, to }));
				}
				for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
					result.add(new Day(d, off, d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
				}
			} else {
				for (int i = 0; i < dates.size(); i++) {
					result.add(new Day(dates.get(i), off, texts.get(i)));
				}
			}
			return result;
		}

		/** A date token: the year and month left out are the previous date's, or the notice's year. */
		private LocalDate date(Matcher m) throws LineError {
			String text = m.group().strip();
			int day = Integer.parseInt(m.group(3));
			int month;
			int year;
			if (m.group(2) != null) {
				// The notice writes the year whenever it is not its own (2022年12月31日 in the notice for 2023).
				month = Integer.parseInt(m.group(2));
				year = m.group(1) != null ? Integer.parseInt(m.group(1)) : noticeYear;
			} else if (last != null && m.group(1) == null) {
				month = last.getMonthValue();
				year = last.getYear();
			} else {
				throw new LineError(NLS.bind(Messages.Calendar_noMonth, text));
			}
			if (year != noticeYear && !(year == noticeYear - 1 && month == 12)) {
				throw new LineError(NLS.bind(Messages.Calendar_notNoticeYear, text, noticeYear));
			}
			LocalDate date;
			try {
				date = LocalDate.of(year, month, day);
			} catch (DateTimeException e) {
				throw new LineError(NLS.bind(Messages.Calendar_notADate, text, year));
			}
			if (m.group(4) != null) {
				Matcher weekday = WEEKDAY.matcher(m.group(4));
				if (weekday.find()) {
					int said = WEEKDAYS.indexOf(weekday.group(1).replace('天', '日')) + 1;
					DayOfWeek actual = date.getDayOfWeek();
					if (said != actual.getValue()) {
						throw new LineError(NLS.bind(Messages.Calendar_weekday, new Object[] { text, date,
								actual.getDisplayName(TextStyle.FULL, Locale.ENGLISH), "周" + WEEKDAYS.charAt(actual.getValue() - 1), //$NON-NLS-1$
								weekday.group(), noticeYear }));
					}
				}
			}
			last = date;
			return date;
		}

		private static String withoutBrackets(String text) {
			return text.replaceAll("（[^）]*）", "");
		}

		/** Parts of {@code text} between the separators, outside brackets; blank parts dropped. */
		private static List<String> split(String text, String separators) {
			List<String> parts = new ArrayList<>();
			StringBuilder part = new StringBuilder();
			int depth = 0;
			for (char c : text.toCharArray()) {
				if (c == '（') {
					depth++;
				} else if (c == '）' && depth > 0) {
					depth--;
				}
				if (depth == 0 && separators.indexOf(c) >= 0) {
					parts.add(part.toString().strip());
					part.setLength(0);
				} else {
					part.append(c);
				}
			}
			parts.add(part.toString().strip());
			parts.removeIf(String::isEmpty);
			return parts;
		}
	}

	/** A section line that is not understood; caught per line so that every bad line is reported. */
	private static final class LineError extends Exception {
		private static final long serialVersionUID = 1L;

		LineError(String message) {
			super(message, null, false, false);
		}
	}
}
