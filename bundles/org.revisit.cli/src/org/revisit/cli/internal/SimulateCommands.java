package org.revisit.cli.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.revisit.cli.internal.Cli.Command;
import org.revisit.core.sim.CallChecker.Verdict;
import org.revisit.core.sim.Simulator;
import org.revisit.core.sim.Simulator.Day;
import org.revisit.core.sim.Simulator.Report;
import org.revisit.core.sim.Simulator.Settings;

/**
 * {@code simulate} and {@code bench simulate}: a simulated team works N days on a data folder, then every stored
 * call is checked against the calling rules ({@link Simulator}).
 */
final class SimulateCommands {

	static final String USAGE = "       revisit cli bench simulate [--contacts N] [--days D] [--agents A] [--from DATE]\n"
			+ "                              [--seed S] [--data DIR] [--json]\n";

	static final String HELP = "simulate: the command 'simulate' on a fresh database in a temporary folder of DIR (defaults:\n"
			+ "1000000 contacts, 30 days, 50 agents), deleted at the end.\n";

	private static final String[] RULES = { "outside the contact's calling hours", "on a day off (holiday calendar)",
			"to a do-not-call contact", "above the weekly budget", "two agents on one task",
			"a promise missed, not shown late", "an answer lost" };

	private final PrintStream out;

	SimulateCommands(PrintStream out) {
		this.out = out;
	}

	List<Command> commands() {
		return List.of(new Command("simulate", "a simulated team works N days; every call is checked against the rules",
				"Usage: revisit cli simulate --contacts N --days D --agents A [--from DATE] [--seed S]\n"
						+ "                           [--data DIR [--existing]] [--json]\n"
						+ "Simulates a team of A agents (one in ten a supervisor) working D days from DATE (default:\n"
						+ "D days before today, so that the history ends yesterday) on the data folder DIR, fresh or\n"
						+ "existing; demo contacts are added until it holds N. Simulated time: each working day of\n"
						+ "the holiday calendar begins at 07:00 in China with new contacts, service events and\n"
						+ "complaints (each with a promise to call back within 24 hours) imported, a few contacts\n"
						+ "asking not to be called, and the daily planning run; then the agents take calls from\n"
						+ "their queues within the contacts' calling hours and answer the scripts as customers\n"
						+ "would (reached, no answer, busy, wrong number, refused; satisfied or not; left with a\n"
						+ "successor; a callback agreed), all through the services the workbench uses. At the end\n"
						+ "every stored call is checked against the rules from the database alone; prints the calls\n"
						+ "made, reached and completed, the violations per rule (each must be 0: exit code 1\n"
						+ "otherwise) and the time per simulated day. The same seed (default 1) on the same data\n"
						+ "gives the same database. Works on a data folder of this computer only (no --server); a\n"
						+ "folder that already holds a database only with --existing (the team's data would change).",
				Set.of("data", "contacts", "days", "agents", "from", "seed"), Set.of("json", "help", "existing"),
				this::simulate));
	}

	private int simulate(Options options) throws Exception {
		if (options.value("server") != null) {
			throw new UsageException("simulate moves the clock of the database it works on: it runs on a data folder of "
					+ "this computer (--data DIR), never through --server");
		}
		Settings settings = settings(options, 1_000, 14, 10);
		Path data = options.dataDirectory();
		if (Files.exists(data.resolve("db")) && !options.flag("existing")) {
			// a team's real data must not get simulated calls, do-not-call marks and successors by mistake
			throw new UsageException("the data folder " + data + " already holds a database, whose calls and contacts "
					+ "the simulated team would change: give --existing to run on it (a copy or demo data), or --data "
					+ "with a new folder");
		}
		Files.createDirectories(data);
		return run(data, settings, options.flag("json"));
	}

	/** {@code bench simulate}: the same on a fresh database in a temporary folder, deleted at the end. */
	int bench(Options options, PrintStream err) throws Exception {
		Settings settings = settings(options, 1_000_000, 30, 50);
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		Path work = Files.createTempDirectory(data, "bench-");
		try {
			return run(work, settings, options.flag("json"));
		} finally {
			IoCommands.delete(work, err);
		}
	}

	private static Settings settings(Options options, int contacts, int days, int agents) throws UsageException {
		int n = options.intValue("contacts", contacts, 1, 5_000_000);
		int d = options.intValue("days", days, 1, 366);
		int a = options.intValue("agents", agents, 1, 500);
		LocalDate from;
		try {
			from = options.value("from") == null ? options.today().minusDays(d)
					: LocalDate.parse(options.value("from").strip());
		} catch (DateTimeException e) {
			throw new UsageException("--from must be a date like 2026-11-23, not '" + options.value("from") + "'");
		}
		long seed;
		try {
			seed = options.value("seed") == null ? 1 : Long.parseLong(options.value("seed").strip());
		} catch (NumberFormatException e) {
			throw new UsageException("--seed must be a whole number, not '" + options.value("seed") + "'");
		}
		return new Settings(n, d, a, from, seed);
	}

	private int run(Path folder, Settings settings, boolean json) throws FailedException {
		int cores = Runtime.getRuntime().availableProcessors();
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Consumer<String> progress = line -> {
			if (!json) {
				out.println(line);
			}
		};
		progress.accept(String.format("Simulating %d days from %s: %d agents, %,d contacts, seed %d, on %d cores "
				+ "(load average %.2f)", settings.days(), settings.from(), settings.agents(), settings.contacts(),
				settings.seed(), cores, load));
		Report r = Simulator.run(folder, settings, progress);
		double after = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Verdict v = r.verdict();
		if (json) {
			out.println(Json.write(json(r, cores, load, after)));
		} else {
			out.printf("Calls made %,d; reached %,d; completed %,d%n", v.calls(), v.reached(), v.completed());
			out.printf("Promises due %,d: kept in time %,d; late, shown late %,d%n", v.promisesDue(), v.promisesKept(),
					v.promisesLateMarked());
			out.println("Violations (each must be 0):");
			int i = 0;
			for (long count : v.violations().values()) {
				out.printf("  %-40s %,d%n", RULES[i++], count);
			}
			v.examples().forEach(e -> out.println("  ! " + e));
			if (r.errors() > 0) {
				out.println("Refusals met by the agents: " + r.errors());
				r.errorSamples().forEach(e -> out.println("  ! " + e));
			}
			out.printf("Time per simulated working day: %.1f s (planning included); demo contacts added in %.1f s; "
					+ "checked in %.1f s; %.1f s in all%n", r.millisPerWorkingDay() / 1000.0, r.seedMillis() / 1000.0,
					r.checkMillis() / 1000.0, r.millis() / 1000.0);
			out.printf("Load average at the end: %.2f%n", after);
		}
		if (v.totalViolations() > 0 || r.errors() > 0) {
			throw new FailedException(v.totalViolations() + " calls broke a rule and the agents met " + r.errors()
					+ " refusals: " + String.join("; ", v.examples()) + " " + String.join("; ", r.errorSamples()));
		}
		return Cli.OK;
	}

	private static Map<String, Object> json(Report r, int cores, double load, double after) {
		Verdict v = r.verdict();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("contacts", r.settings().contacts());
		m.put("contactsAtStart", r.contactsAtStart());
		m.put("days", r.settings().days());
		m.put("agents", r.settings().agents());
		m.put("from", r.settings().from().toString());
		m.put("seed", r.settings().seed());
		m.put("calls", v.calls());
		m.put("reached", v.reached());
		m.put("completed", v.completed());
		m.put("promisesDue", v.promisesDue());
		m.put("promisesKept", v.promisesKept());
		m.put("promisesLateShownLate", v.promisesLateMarked());
		m.put("violations", new LinkedHashMap<>(v.violations()));
		m.put("examples", v.examples());
		m.put("errors", r.errors());
		m.put("errorSamples", r.errorSamples());
		List<Map<String, Object>> days = new ArrayList<>();
		for (Day d : r.days()) {
			Map<String, Object> day = new LinkedHashMap<>();
			day.put("day", d.day().toString());
			day.put("working", d.working());
			day.put("planned", d.planned());
			day.put("calls", d.calls());
			day.put("reached", d.reached());
			day.put("completed", d.completed());
			day.put("contactsAdded", d.contactsAdded());
			day.put("eventsAdded", d.eventsAdded());
			day.put("complaints", d.complaints());
			day.put("doNotCall", d.doNotCall());
			day.put("planMillis", d.planMillis());
			day.put("millis", d.millis());
			days.add(day);
		}
		m.put("perDay", days);
		m.put("millisPerWorkingDay", r.millisPerWorkingDay());
		m.put("seedMillis", r.seedMillis());
		m.put("checkMillis", r.checkMillis());
		m.put("millis", r.millis());
		m.put("cores", cores);
		m.put("loadAverage", Math.round(load * 100) / 100.0);
		m.put("loadAverageAfter", Math.round(after * 100) / 100.0);
		return m;
	}
}
