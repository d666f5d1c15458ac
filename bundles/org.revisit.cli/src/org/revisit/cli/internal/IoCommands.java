package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.revisit.cli.internal.Cli.Command;
import org.revisit.core.io.Encodings;
import org.revisit.core.io.ImportBenchmark;
import org.revisit.core.io.IoErrors;
import org.revisit.core.io.Reject;
import org.revisit.core.plan.PlanBenchmark;
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Services;
import org.revisit.remote.RemoteServices;

/** {@code import contacts|events FILE}, {@code export contacts|events FILE} and {@code bench import}. */
final class IoCommands {

	/** Rejected rows printed in text mode; all of them go to --rejects FILE. */
	private static final int SHOWN = 10;
	/** The largest file one import takes: its bytes are held in memory (10 million contacts are about 1 GB). */
	private static final long MAX_IMPORT_BYTES = 512L * 1024 * 1024;

	private final PrintStream out;
	private final PrintStream err;

	private IoCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	static List<Command> commands(PrintStream out, PrintStream err) {
		IoCommands io = new IoCommands(out, err);
		return List.of(new Command("import", Messages.Import_summary, Messages.Import_help, //$NON-NLS-1$
				Set.of("data", "rejects", "encoding"), Set.of("dry-run", "json", "help"), io::importFile),
				new Command("export", Messages.Export_summary, Messages.Export_help, //$NON-NLS-1$
						Set.of("data", "encoding", "from", "to"), Set.of("json", "help"), io::export),
				new Command("bench", Messages.Bench_summary, //$NON-NLS-1$
						"Usage: revisit cli bench import [--rows N] [--data DIR] [--json]\n"
								+ "       revisit cli bench plan [--contacts N] [--from DATE] [--data DIR] [--json]\n"
								+ TeamBench.USAGE
								+ "import: generates N contacts (default 1000000) as CSV, imports them into a fresh\n"
								+ "database and inserts the same rows with raw JDBC batches into another one, then prints\n"
								+ "both rates in rows/s and their ratio.\n"
								+ "plan: fills a fresh database with N contacts (default 1000000) and a realistic mix of\n"
								+ "birthdays, purchases, tickets, visits, trainings, complaints and callbacks, plans 30\n"
								+ "days from DATE (default today) for one campaign per built-in call type, then copies\n"
								+ "the same number of task rows with one raw INSERT ... SELECT, and prints both rates.\n"
								+ TeamBench.HELP
								+ "       revisit cli bench report [--outcomes N] [--keep] [--data DIR] [--only REPORT,...]\n"
								+ "                  [--zone ZONE] [--report-zone ZONE] [--json]\n"
								+ "       revisit cli bench report --reuse FOLDER [--only REPORT,...] [--zone ZONE]\n"
								+ "                  [--report-zone ZONE] [--json]\n"
								+ "report: fills a fresh database with N outcomes (default 1000000) with answers, scores,\n"
								+ "callbacks and service events, then times each report next to a plain SQL aggregate over\n"
								+ "the same rows; --keep keeps that data folder (to open it: revisit -data FOLDER).\n"
								+ "--reuse times the reports again on a folder kept so (no build; an older schema is\n"
								+ "migrated first); --only times just the reports named (calling, 'calling per day', callbacks,\n"
								+ "satisfaction, supervision, complaints, quality). --zone: the reports' time zone (default\n"
								+ "Asia/Shanghai); --report-zone: the report zone, the zone of the summaries' days (default\n"
								+ "Asia/Shanghai; another is set after the fold, and the time that takes is printed).\n"
								+ SimulateCommands.USAGE
								+ SimulateCommands.HELP
								+ "       revisit cli bench start [--data DIR] [--json]\n"
								+ "start: times 'cli --help', 'cli info', 'cli queue', 'cli campaign list' and 'cli report\n"
								+ "calling', each also through OSGi, next to a bare JVM start, through the installed revisit\n"
								+ "launcher (median of 5 runs each).\n"
								+ "       revisit cli bench all [--contacts N] [--from DATE] [--data DIR]\n"
								+ "all: start, then import, plan, claims and queue at N contacts (default 1000000), each next to its\n"
								+ "raw baseline ('bench import' also takes --contacts N for --rows N).\n"
								+ ClaimQueueBench.USAGE
								+ ClaimQueueBench.HELP
								+ "The files go to a temporary folder in DIR and are deleted at the end.",
						Set.of("data", "rows", "contacts", "from", "agents", "seconds", "outcomes", "days", "seed", "claims",
								"reuse", "only", "zone", "report-zone"),
						Set.of("json", "help", "keep"), io::bench));
	}

	private static String what(Options options, String command, String usage) throws UsageException {
		List<String> args = options.positional();
		if (args.size() != 2) {
			throw new UsageException(NLS.bind(Messages.Io_expected, usage, command));
		}
		return args.get(0);
	}

	private int importFile(Options options) throws UsageException, FailedException {
		String what = what(options, "import", "import contacts|events FILE");
		if (!what.equals("contacts") && !what.equals("events")) {
			throw new UsageException(NLS.bind(Messages.Io_importWhat, Cli.shown(what)));
		}
		Path file = Path.of(options.positional().get(1)).toAbsolutePath().normalize();
		String encoding = encoding(options);
		Path rejects = options.value("rejects") == null ? null
				: Path.of(options.value("rejects")).toAbsolutePath().normalize();
		boolean dryRun = options.flag("dry-run");
		if (rejects != null) {
			if (rejects.equals(file) || rejects.equals(file.resolveSibling(file.getFileName() + ".partial"))
					|| Files.exists(rejects) && sameFile(rejects, file)) {
				throw new FailedException(NLS.bind(Messages.Io_rejectsIsInput, rejects, file));
			}
			// Before the database is opened: a bad output path must cost no work and store nothing.
			try {
				IoErrors.checkWritableFile(rejects);
			} catch (IOException e) {
				throw new FailedException(NLS.bind(Messages.Io_cannotWriteRejects, rejects, IoErrors.reason(e)));
			}
		}
		checkReadable(file);
		ImportReport result;
		try (Services services = Cli.services(options)) {
			byte[] content = read(file, services);
			result = what.equals("contacts")
					? services.data().importContacts(content, file.toString(), dryRun, encoding)
					: services.data().importEvents(content, file.toString(), dryRun, encoding);
		}
		boolean rejectsWritten = false;
		if (rejects != null) {
			try {
				if (result.rejects() != null) {
					writeAtomically(rejects, result.rejects());
					rejectsWritten = true;
				} else {
					// no row was rejected: an older rejects file there would tell of another import
					Files.deleteIfExists(rejects);
				}
			} catch (IOException e) {
				String cannot = IoErrors.cannotWrite(rejects, e);
				throw new FailedException(dryRun ? cannot : NLS.bind(Messages.Io_validStored, cannot));
			}
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("kind", what);
			json.put("encoding", result.encoding());
			json.put("dryRun", dryRun);
			json.put("read", result.read());
			json.put("valid", result.valid());
			json.put("stored", result.stored());
			json.put("rejected", result.rejected());
			json.put("rejectsFile", rejectsWritten ? rejects.toString() : null);
			List<Object> listed = new ArrayList<>();
			for (Reject r : result.firstRejects()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("line", r.line());
				m.put("column", r.column());
				m.put("reason", r.reason());
				listed.add(m);
			}
			json.put("rejects", listed);
			json.put("warnings", result.warnings());
			out.println(Json.write(json));
			return Cli.OK;
		}
		out.println(NLS.bind(Messages.Io_read, new Object[] { result.read(), file, result.encoding() }));
		for (String w : result.warnings()) {
			out.println(NLS.bind(Messages.Io_warning, w));
		}
		if (dryRun) {
			out.println(NLS.bind(Messages.Io_dryRun, result.valid(), result.rejected()));
		} else {
			out.println(NLS.bind(what.equals("contacts") ? Messages.Io_storedContacts : Messages.Io_storedEvents, //$NON-NLS-1$
					result.stored(), result.rejected()));
		}
		if (result.rejected() > 0) {
			int n = (int) Math.min(SHOWN, result.firstRejects().size());
			out.println(result.rejected() > n ? NLS.bind(Messages.Io_rejectedFirst, n) : Messages.Io_rejected);
			for (Reject r : result.firstRejects().subList(0, n)) {
				out.println("  " + r.describe()); //$NON-NLS-1$
			}
			out.println(rejectsWritten ? NLS.bind(Messages.Io_processedListed, rejects) : Messages.Io_processed);
		}
		return Cli.OK;
	}

	/** The --encoding given (checked), or {@code null} to let the import detect it. */
	private static String encoding(Options options) throws UsageException {
		String given = options.value("encoding");
		if (given == null) {
			return null;
		}
		try {
			return Encodings.named(given).name();
		} catch (UnsupportedCharsetException e) {
			throw new UsageException(NLS.bind(Messages.Io_unknownEncoding, Cli.shown(e.getCharsetName())));
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}

	/** Refuses a file that is missing or cannot be read, before anything else is done. */
	private static void checkReadable(Path file) throws FailedException {
		if (!Files.exists(file)) {
			throw new FailedException(NLS.bind(Messages.Io_noSuchFile, file));
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new FailedException(NLS.bind(Files.isDirectory(file) ? Messages.Io_isFolder
					: !Files.isReadable(file) ? Messages.Io_denied : Messages.Io_notRegular, file));
		}
	}

	/**
	 * The largest file that can be imported through {@code services}: over --server what one request to the
	 * server takes, the content growing by a third in base64 (and the rest of the request, chiefly the file's name,
	 * taking a little); else {@value #MAX_IMPORT_BYTES} bytes, the bytes being held in memory.
	 */
	static long maxImportBytes(Services services, Path file) {
		if (services instanceof RemoteServices remote) {
			long room = remote.maxRequestBytes() - 1024 - 6L * file.toString().length();
			return Math.max(0, Math.min(MAX_IMPORT_BYTES, room / 4 * 3));
		}
		return MAX_IMPORT_BYTES;
	}

	/**
	 * The bytes of the file to import: the services take a file's content, never a path (a Revisit server could
	 * not open a file of this computer). An import of a million contacts is about 100 MB. The size is checked
	 * first: a file too large for the services is refused without being read.
	 */
	private static byte[] read(Path file, Services services) throws FailedException {
		try {
			long size = Files.size(file);
			long max = maxImportBytes(services, file);
			if (size > max && services.remote()) {
				throw new FailedException(NLS.bind(Messages.Io_overServerLimit,
						new Object[] { file, megabytes(size, true), megabytes(max, false) }));
			}
			if (size > max) {
				throw new FailedException(NLS.bind(Messages.Io_tooLarge,
						new Object[] { file, megabytes(size, true), megabytes(max, false) }));
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new FailedException(IoErrors.cannotRead(file, e));
		} catch (OutOfMemoryError e) {
			throw new FailedException(NLS.bind(Messages.Io_noMemory, file));
		}
	}

	/**
	 * A size for people in MB (1024 * 1024 bytes) with one decimal, or KB below a MB; a file's size is rounded up,
	 * a limit down, so a file over the limit never looks as if it were within it.
	 */
	private static String megabytes(long bytes, boolean up) {
		long mb = 1024 * 1024;
		if (bytes < mb) {
			return (up ? (bytes + 1023) / 1024 : bytes / 1024) + " KB";
		}
		long tenths = (bytes * 10 + (up ? mb - 1 : 0)) / mb;
		return tenths / 10 + "." + tenths % 10 + " MB";
	}

	/** Writes {@code bytes} beside {@code file} and moves them into place, so no half-written file is left. */
	private static void writeAtomically(Path file, byte[] bytes) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try {
			Files.write(partial, bytes);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	private int export(Options options) throws UsageException, FailedException {
		String what = what(options, "export", "export contacts|events FILE");
		if (!what.equals("contacts") && !what.equals("events")) {
			throw new UsageException(NLS.bind(Messages.Io_exportWhat, Cli.shown(what)));
		}
		boolean events = what.equals("events");
		if (!events && (options.value("from") != null || options.value("to") != null)) {
			throw new UsageException(Messages.Io_fromToForEvents);
		}
		LocalDate from = events ? day(options, "from") : null;
		LocalDate to = events ? day(options, "to") : null;
		if (from != null && to != null && to.isBefore(from)) {
			throw new UsageException(NLS.bind(Messages.Io_toBeforeFrom, to, from));
		}
		String encoding = encoding(options);
		Path file = Path.of(options.positional().get(1)).toAbsolutePath().normalize();
		try {
			IoErrors.checkWritableFile(file);
		} catch (IOException e) {
			throw new FailedException(IoErrors.cannotWrite(file, e));
		}
		ExportReport report;
		try (Services services = Cli.services(options)) {
			report = events ? services.data().exportEvents(from, to, encoding) : services.data().exportContacts(encoding);
		}
		try {
			writeAtomically(file, report.content());
		} catch (IOException e) {
			throw new FailedException(IoErrors.cannotWrite(file, e));
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("kind", what);
			json.put("exported", report.contacts());
			json.put("encoding", report.encoding());
			out.println(Json.write(json));
		} else {
			out.println(NLS.bind(events ? Messages.Io_exportedEvents : Messages.Io_exportedContacts, report.contacts(), file));
		}
		return Cli.OK;
	}

	/** The day an option gives, or {@code null} when it is not given. */
	private static LocalDate day(Options options, String name) throws UsageException {
		String given = options.value(name);
		if (given == null) {
			return null;
		}
		try {
			return LocalDate.parse(given.strip());
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Io_badDay, name, Cli.shown(given)));
		}
	}

	private int bench(Options options) throws Exception {
		List<String> args = options.positional();
		if (args.size() == 1 && args.get(0).equals("team")) {
			return new TeamBench(out).run(options);
		}
		if (args.size() == 1 && (args.get(0).equals("claims") || args.get(0).equals("queue"))) {
			return new ClaimQueueBench(out).run(args.get(0), options);
		}
		if (args.size() == 1 && args.get(0).equals("simulate")) {
			if (options.value("server") != null) {
				throw new UsageException("'bench simulate' runs on a fresh database of this computer; it takes no --server");
			}
			return new SimulateCommands(out).bench(options, err);
		}
		if (args.size() == 1 && args.get(0).equals("start")) {
			return new StartBench(out).run(options, err);
		}
		if (args.size() == 1 && args.get(0).equals("all")) {
			return benchAll(options);
		}
		if (options.value("server") != null) {
			throw new UsageException("'bench import' and 'bench plan' measure Derby on this computer, in a temporary "
					+ "folder of --data DIR; they take no --server");
		}
		if (args.size() == 1 && args.get(0).equals("plan")) {
			return benchPlan(options);
		}
		if (args.size() == 1 && args.get(0).equals("report")) {
			return ReportCommands.bench(options, out, err);
		}
		if (args.size() != 1 || !args.get(0).equals("import")) {
			throw new UsageException("expected 'bench import [--rows N]', 'bench plan [--contacts N]', 'bench claims', 'bench queue', 'bench start', 'bench all' or 'bench team "
					+ "[--agents N] [--seconds S]'");
		}
		return benchImport(options);
	}

	private int benchImport(Options options) throws Exception {
		int rows = options.intValue("rows", options.intValue("contacts", 1_000_000, 1, 50_000_000), 1, 50_000_000);
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		Path work = Files.createTempDirectory(data, "bench-");
		boolean json = options.flag("json");
		ImportBenchmark.Result r;
		try {
			r = ImportBenchmark.run(work, rows, line -> {
				if (!json) {
					out.println(line);
				}
			});
		} finally {
			delete(work, err);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("rows", r.rows());
		result.put("fileBytes", r.fileBytes());
		result.put("importMillis", r.importMillis());
		result.put("importRowsPerSecond", Math.round(r.importRate()));
		result.put("rawMillis", r.rawMillis());
		result.put("rawRowsPerSecond", Math.round(r.rawRate()));
		result.put("ratio", Math.round(r.ratio() * 1000) / 1000.0);
		if (json) {
			out.println(Json.write(result));
		} else {
			out.printf("Import:   %,d rows in %,d ms = %,.0f rows/s%n", r.imported(), r.importMillis(), r.importRate());
			out.printf("Raw JDBC: %,d rows in %,d ms = %,.0f rows/s%n", r.rawRows(), r.rawMillis(), r.rawRate());
			out.printf("Import rate is %.0f%% of the raw rate (target: at least 70%%).%n", r.ratio() * 100);
		}
		return Cli.OK;
	}

	private int benchPlan(Options options) throws Exception {
		int contacts = options.intValue("contacts", 1_000_000, 100, 20_000_000);
		LocalDate from;
		try {
			from = options.value("from") == null ? options.today() : LocalDate.parse(options.value("from").strip());
		} catch (DateTimeException e) {
			throw new UsageException("--from must be a date like 2026-11-23, not '" + options.value("from") + "'");
		}
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		Path work = Files.createTempDirectory(data, "bench-");
		boolean json = options.flag("json");
		PlanBenchmark.Result r;
		try {
			r = PlanBenchmark.run(work, contacts, from, line -> {
				if (!json) {
					out.println(line);
				}
			});
		} finally {
			delete(work, err);
		}
		if (json) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("contacts", r.contacts());
			result.put("events", r.events());
			result.put("tasks", r.report().created());
			result.put("createdByCallType", new LinkedHashMap<>(r.report().createdByCallType()));
			result.put("planMillis", r.planMillis());
			result.put("planTasksPerSecond", Math.round(r.planRate()));
			result.put("peakHeapMb", r.heapMb());
			result.put("rawRows", r.rawRows());
			result.put("rawMillis", r.rawMillis());
			result.put("rawRowsPerSecond", Math.round(r.rawRate()));
			result.put("ratio", Math.round(r.ratio() * 1000) / 1000.0);
			result.put("problems", r.report().problems());
			out.println(Json.write(result));
		} else {
			out.printf("Contacts: %,d; service events: %,d%n", r.contacts(), r.events());
			r.report().createdByCallType().forEach((type, n) -> out.printf("  %-45s %,9d%n", type, n));
			r.report().problems().forEach(p -> out.println("Warning: " + p));
			out.printf("Planner:             %,d tasks in %,d ms = %,.0f tasks/s (heap in use at most %,d MB)%n",
					r.report().created(), r.planMillis(), r.planRate(), r.heapMb());
			out.printf("Raw INSERT...SELECT: %,d rows in %,d ms = %,.0f rows/s%n", r.rawRows(), r.rawMillis(), r.rawRate());
			out.printf("Planning rate is %.0f%% of the raw rate (aim: at least 70%%).%n", r.ratio() * 100);
		}
		return Cli.OK;
	}

	/**
	 * {@code bench all}: the figures of issue 15 in one run, each next to its raw baseline: the command line's
	 * start (when run from an installed product), the import and the planner at N contacts (default 1,000,000).
	 */
	private int benchAll(Options options) throws Exception {
		if (options.flag("json") || options.value("server") != null) {
			throw new UsageException("'bench all' prints text on this computer; for JSON run each bench with --json");
		}
		long t0 = System.nanoTime();
		if (StartBench.launcher() != null) {
			out.println("== bench start");
			new StartBench(out).run(options, err);
		} else {
			out.println("== bench start: skipped (no installed revisit launcher next to this program)");
		}
		out.println("== bench import");
		benchImport(options);
		out.println("== bench plan");
		benchPlan(options);
		out.println("== bench claims");
		new ClaimQueueBench(out).run("claims", options);
		out.println("== bench queue");
		new ClaimQueueBench(out).run("queue", options);
		out.printf("== all done in %,d s%n", (System.nanoTime() - t0) / 1_000_000_000);
		return Cli.OK;
	}

	/** Deletes a benchmark's temporary folder, saying so on {@code err} when it cannot. */
	static void delete(Path dir, PrintStream err) {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			err.println("revisit bench: could not delete " + dir + ": " + e.getMessage());
		}
	}
}
