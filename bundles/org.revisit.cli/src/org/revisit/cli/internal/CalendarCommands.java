package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.HolidayNotice;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.core.service.Services;

/** {@code calendar import|export FILE}: the holiday calendar the planner uses, as editable text. */
final class CalendarCommands {

	private final PrintStream out;

	CalendarCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("calendar", "imports or exports the holiday calendar the planner uses",
				"Usage: revisit cli calendar export FILE [--data DIR | --server URL --user NAME]\n"
						+ "       revisit cli calendar import FILE [--year YYYY] [--data DIR | --server URL --user NAME] [--json]\n"
						+ "export writes the calendar in use (the imported one, else the built-in calendar of\n"
						+ "mainland China) as text: yearly solar and lunar holidays, dated days off and make-up\n"
						+ "working days. Edit it (e.g. add next year's official arrangement) and import it: every\n"
						+ "bad line is reported with its number and nothing is stored unless all lines are good.\n"
						+ "The imported calendar replaces the one in use; plan again to apply it.\n"
						+ "import also reads the State Council's notice on a year's holidays as published\n"
						+ "(国务院办公厅关于2026年部分节假日安排的通知, then lines such as\n"
						+ "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。), pasted into\n"
						+ "a UTF-8 or GB18030 text file: its days replace that year's days in the calendar in use.\n"
						+ "--year gives the year when the title is not pasted. Years without an arrangement are\n"
						+ "planned on the statutory holidays and weekends, with a warning.",
				Set.of("data", "year"), Set.of("json", "help"), this::calendar));
	}

	private int calendar(Options options) throws UsageException, FailedException, IOException {
		List<String> args = options.positional();
		if (args.size() != 2 || !List.of("import", "export").contains(args.get(0))) {
			throw new UsageException("expected 'calendar import FILE' or 'calendar export FILE'");
		}
		Path file = Path.of(args.get(1));
		if (args.get(0).equals("export")) {
			if (options.value("year") != null) {
				throw new UsageException("--year is for 'calendar import' of a notice");
			}
			try (Services services = Cli.services(options)) {
				HolidayCalendarText.write(services.calendars().active(), file);
				out.println("Wrote " + file);
				return Cli.OK;
			}
		}
		Integer year = options.value("year") == null ? null : options.intValue("year", 0, 1901, 2200);
		// Bad content is a failure (exit 1), not a wrong command line: every problem names the file and line, and
		// nothing is read from or written to the database before the whole file is good.
		String text = TextFiles.read(file);
		if (HolidayNotice.looksLikeNotice(text)) {
			HolidayNotice notice = HolidayNotice.read(text, file.toString(), year);
			try (Services services = Cli.services(options)) {
				HolidayCalendar calendar = notice.applyTo(services.calendars().active());
				new WorkingCalendar(calendar);
				services.calendars().save(calendar);
				List<HolidayEntry> days = notice.entries();
				long off = days.stream().filter(e -> e.getKind() == HolidayEntryKind.OFF_DAY).count();
				if (options.flag("json")) {
					Map<String, Object> json = new LinkedHashMap<>();
					json.put("name", calendar.getName());
					json.put("year", notice.year());
					json.put("daysOff", off);
					json.put("workdays", days.size() - off);
					json.put("rules", calendar.getRules().size());
					json.put("entries", calendar.getEntries().size());
					out.println(Json.write(json));
				} else {
					out.printf("Imported the %d holiday arrangement into \"%s\": %d days off, %d make-up working days; "
							+ "the planner uses it from now on.%n", notice.year(), calendar.getName(), off, days.size() - off);
				}
				return Cli.OK;
			}
		}
		if (year != null) {
			throw new UsageException("--year is for a pasted notice; " + file + " is in the holiday calendar format");
		}
		HolidayCalendar calendar = HolidayCalendarText.read(new StringReader(text), file.toString());
		new WorkingCalendar(calendar);
		try (Services services = Cli.services(options)) {
			services.calendars().save(calendar);
			if (options.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("name", calendar.getName());
				json.put("rules", calendar.getRules().size());
				json.put("entries", calendar.getEntries().size());
				out.println(Json.write(json));
			} else {
				out.printf("Imported holiday calendar \"%s\": %d yearly rules, %d dated days; the planner uses it from now on.%n",
						calendar.getName(), calendar.getRules().size(), calendar.getEntries().size());
			}
			return Cli.OK;
		}
	}
}
