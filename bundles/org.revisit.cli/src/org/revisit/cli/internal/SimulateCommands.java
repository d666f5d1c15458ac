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

import org.eclipse.osgi.util.NLS;
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

	/** The rules every simulated call is checked against, in the order of the checker's violations. */
	private static String[] rules() {
		return new String[] { Messages.Simulate_ruleHours, Messages.Simulate_ruleDayOff, Messages.Simulate_ruleDoNotCall,
				Messages.Simulate_ruleBudget, Messages.Simulate_ruleTwoAgents, Messages.Simulate_rulePromise,
				Messages.Simulate_ruleAnswer };
	}

	private final PrintStream out;

	SimulateCommands(PrintStream out) {
		this.out = out;
	}

	List<Command> commands() {
		return List.of(new Command("simulate", Messages.Simulate_summary, Messages.Simulate_help,
				Set.of("data", "contacts", "days", "agents", "from", "seed"), Set.of("json", "help", "existing"),
				this::simulate));
	}

	private int simulate(Options options) throws Exception {
		if (options.value("server") != null) {
			throw new UsageException(Messages.Simulate_noServer);
		}
		Settings settings = settings(options, 1_000, 14, 10);
		Path data = options.dataDirectory();
		if (Files.exists(data.resolve("db")) && !options.flag("existing")) {
			// a team's real data must not get simulated calls, do-not-call marks and successors by mistake
			throw new UsageException(NLS.bind(Messages.Simulate_existing, data));
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
			throw new UsageException(NLS.bind(Messages.Simulate_badFrom, options.value("from"))); //$NON-NLS-1$
		}
		long seed;
		try {
			seed = options.value("seed") == null ? 1 : Long.parseLong(options.value("seed").strip());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Options_wholeNumber, "seed", options.value("seed"))); //$NON-NLS-1$ //$NON-NLS-2$
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
		progress.accept(NLS.bind(Messages.Simulate_start, new Object[] { settings.days(), settings.from(), settings.agents(),
				grouped(settings.contacts()), settings.seed(), cores, String.format("%.2f", load) })); //$NON-NLS-1$
		Report r = Simulator.run(folder, settings, progress);
		double after = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Verdict v = r.verdict();
		if (json) {
			out.println(Json.write(json(r, cores, load, after)));
		} else {
			out.println(NLS.bind(Messages.Simulate_calls, new Object[] { grouped(v.calls()), grouped(v.reached()),
					grouped(v.completed()) }));
			out.println(NLS.bind(Messages.Simulate_promises, new Object[] { grouped(v.promisesDue()),
					grouped(v.promisesKept()), grouped(v.promisesLateMarked()) }));
			out.println(Messages.Simulate_violations);
			String[] rules = rules();
			int i = 0;
			for (long count : v.violations().values()) {
				out.println("  " + Cli.pad(rules[i++], 40) + " " + grouped(count)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			v.examples().forEach(e -> out.println("  ! " + e)); //$NON-NLS-1$
			if (r.errors() > 0) {
				out.println(NLS.bind(Messages.Simulate_refusals, r.errors()));
				r.errorSamples().forEach(e -> out.println("  ! " + e)); //$NON-NLS-1$
			}
			out.println(NLS.bind(Messages.Simulate_time, new Object[] { seconds(r.millisPerWorkingDay()),
					seconds(r.seedMillis()), seconds(r.checkMillis()), seconds(r.millis()) }));
			out.println(NLS.bind(Messages.Simulate_load, String.format("%.2f", after))); //$NON-NLS-1$
		}
		if (v.totalViolations() > 0 || r.errors() > 0) {
			throw new FailedException(NLS.bind(Messages.Simulate_failed, new Object[] { v.totalViolations(), r.errors(),
					String.join("; ", v.examples()), String.join("; ", r.errorSamples()) })); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Cli.OK;
	}

	private static String grouped(long n) {
		return String.format("%,d", n); //$NON-NLS-1$
	}

	private static String seconds(double millis) {
		return String.format("%.1f", millis / 1000.0); //$NON-NLS-1$
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
