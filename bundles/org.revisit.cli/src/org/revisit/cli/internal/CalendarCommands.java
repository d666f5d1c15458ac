package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.core.calendar.HolidayCalendarFormatException;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.plan.Planner;
import org.revisit.model.HolidayCalendar;
import org.revisit.store.Store;

/** {@code calendar import|export FILE}: the holiday calendar the planner uses, as editable text. */
final class CalendarCommands {

	private final PrintStream out;

	CalendarCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("calendar", "imports or exports the holiday calendar the planner uses",
				"Usage: revisit cli calendar export FILE [--data DIR]\n"
						+ "       revisit cli calendar import FILE [--data DIR] [--json]\n"
						+ "export writes the calendar in use (the imported one, else the built-in calendar of\n"
						+ "mainland China) as text: yearly solar and lunar holidays, dated days off and make-up\n"
						+ "working days. Edit it (e.g. add next year's official arrangement) and import it: every\n"
						+ "bad line is reported with its number and nothing is stored unless all lines are good.\n"
						+ "The imported calendar replaces the one in use; plan again to apply it.",
				Set.of("data"), Set.of("json", "help"), this::calendar));
	}

	private int calendar(Options options) throws UsageException, FailedException, IOException {
		List<String> args = options.positional();
		if (args.size() != 2 || !List.of("import", "export").contains(args.get(0))) {
			throw new UsageException("expected 'calendar import FILE' or 'calendar export FILE'");
		}
		Path file = Path.of(args.get(1));
		try (Store store = Cli.open(options)) {
			if (args.get(0).equals("export")) {
				HolidayCalendarText.write(Planner.holidayCalendar(store), file);
				out.println("Wrote " + file);
				return Cli.OK;
			}
			if (!Files.isRegularFile(file)) {
				throw new FailedException("no such file: " + file);
			}
			HolidayCalendar calendar;
			try {
				calendar = HolidayCalendarText.read(file);
				new WorkingCalendar(calendar);
			} catch (HolidayCalendarFormatException | IllegalArgumentException e) {
				// the command line is right; the file's content is not
				throw new FailedException(e.getMessage().replace('\n', ' '));
			}
			store.holidays().save(calendar);
			store.planning().setSetting(Planner.HOLIDAY_CALENDAR, calendar.getName());
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
