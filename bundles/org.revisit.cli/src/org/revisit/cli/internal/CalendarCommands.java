package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
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
		return List.of(new Cli.Command("calendar", Messages.Calendar_summary, Messages.Calendar_help,
				Set.of("data", "year"), Set.of("json", "help"), this::calendar));
	}

	private int calendar(Options options) throws UsageException, FailedException, IOException {
		List<String> args = options.positional();
		if (args.size() != 2 || !List.of("import", "export").contains(args.get(0))) {
			throw new UsageException(Messages.Calendar_expected);
		}
		Path file = Path.of(args.get(1));
		if (args.get(0).equals("export")) {
			if (options.value("year") != null) {
				throw new UsageException(Messages.Calendar_yearForImport);
			}
			try (Services services = Cli.services(options)) {
				HolidayCalendarText.write(services.calendars().active(), file);
				out.println(NLS.bind(Messages.Calendar_wrote, file));
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
					out.println(NLS.bind(Messages.Calendar_noticeImported, new Object[] { notice.year(), calendar.getName(), off,
							days.size() - off }));
				}
				return Cli.OK;
			}
		}
		if (year != null) {
			throw new UsageException(NLS.bind(Messages.Calendar_yearForNotice, file));
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
				out.println(NLS.bind(Messages.Calendar_imported, new Object[] { calendar.getName(), calendar.getRules().size(),
						calendar.getEntries().size() }));
			}
			return Cli.OK;
		}
	}
}
