package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.revisit.cli.internal.Cli.Command;
import org.revisit.core.plan.PlanBenchmark;
import org.revisit.core.io.ContactExporter;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.EventImporter;
import org.revisit.core.io.ImportBenchmark;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.core.io.IoErrors;
import org.revisit.core.io.Reject;
import org.revisit.store.Store;

/** {@code import contacts|events FILE}, {@code export contacts FILE} and {@code bench import}. */
final class IoCommands {

	/** Rejected rows printed in text mode; all of them go to --rejects FILE. */
	private static final int SHOWN = 10;

	private final PrintStream out;
	private final PrintStream err;

	private IoCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	static List<Command> commands(PrintStream out, PrintStream err) {
		IoCommands io = new IoCommands(out, err);
		return List.of(new Command("import", "imports contacts or service events from a CSV file",
				"Usage: revisit cli import contacts|events FILE [--dry-run] [--rejects FILE]\n"
						+ "                          [--encoding utf-8|gbk] [--data DIR] [--json]\n"
						+ "Reads a CSV file with a header row (English or Chinese column names; see the README),\n"
						+ "in UTF-8 (with or without BOM) or GBK, detected unless --encoding is given. Each row is\n"
						+ "checked; bad rows are reported with their line number and reason and not stored; the\n"
						+ "valid rows are stored together in one transaction (all or nothing).\n"
						+ "  --dry-run        check and report only; store nothing\n"
						+ "  --rejects FILE   write the bad rows (line, column, reason, original fields) as CSV;\n"
						+ "                   its folder must exist and be writable (checked before anything is read)\n"
						+ "Exit code 0 when the file was processed (also with rejected rows), 1 when it could not\n"
						+ "be read or stored (nothing is stored then), 2 for a usage error.",
				Set.of("data", "rejects", "encoding"), Set.of("dry-run", "json", "help"), io::importFile),
				new Command("export", "exports all contacts to a CSV file",
						"Usage: revisit cli export contacts FILE [--data DIR] [--json]\n"
								+ "Writes every contact with the columns of 'import contacts' (UTF-8 with BOM, so Excel\n"
								+ "opens it); importing the file into an empty database gives the same contacts. A value\n"
								+ "starting with = + - @ gets a ' in front so that a spreadsheet does not run it as a\n"
								+ "formula; the import takes it off again. FILE's folder must exist.",
						Set.of("data"), Set.of("json", "help"), io::export),
				new Command("bench", "measures the contact import or the planner against raw Derby inserts",
						"Usage: revisit cli bench import [--rows N] [--data DIR] [--json]\n"
								+ "       revisit cli bench plan [--contacts N] [--from DATE] [--data DIR] [--json]\n"
								+ "import: generates N contacts (default 1000000) as CSV, imports them into a fresh\n"
								+ "database and inserts the same rows with raw JDBC batches into another one, then prints\n"
								+ "both rates in rows/s and their ratio.\n"
								+ "plan: fills a fresh database with N contacts (default 1000000) and a realistic mix of\n"
								+ "birthdays, purchases, tickets, visits, trainings, complaints and callbacks, plans 30\n"
								+ "days from DATE (default today) for one campaign per built-in call type, then copies\n"
								+ "the same number of task rows with one raw INSERT ... SELECT, and prints both rates.\n"
								+ "The files go to a temporary folder in DIR and are deleted at the end.",
						Set.of("data", "rows", "contacts", "from"), Set.of("json", "help"), io::bench));
	}

	private static String what(Options options, String command, String usage) throws UsageException {
		List<String> args = options.positional();
		if (args.size() != 2) {
			throw new UsageException("expected '" + usage + "' (see 'revisit cli " + command + " --help')");
		}
		return args.get(0);
	}

	private int importFile(Options options) throws UsageException {
		try {
			return runImport(options);
		} catch (ImportException e) {
			err.println("revisit import: " + Cli.oneLine(e.getMessage()));
			return Cli.FAILED;
		}
	}

	private int runImport(Options options) throws UsageException, ImportException {
		String what = what(options, "import", "import contacts|events FILE");
		if (!what.equals("contacts") && !what.equals("events")) {
			throw new UsageException("can import 'contacts' or 'events', not '" + what + "'");
		}
		Path file = Path.of(options.positional().get(1)).toAbsolutePath().normalize();
		ImportOptions io = ImportOptions.defaults().withDryRun(options.flag("dry-run"));
		if (options.value("encoding") != null) {
			try {
				io = io.withEncoding(org.revisit.core.io.Encodings.named(options.value("encoding")));
			} catch (UnsupportedCharsetException e) {
				throw new UsageException("unknown --encoding " + e.getCharsetName());
			}
		}
		Path rejects = options.value("rejects") == null ? null
				: Path.of(options.value("rejects")).toAbsolutePath().normalize();
		io = io.withRejects(rejects);
		if (!Files.isRegularFile(file)) {
			throw new ImportException("cannot read " + file + ": "
					+ (Files.isDirectory(file) ? "it is a folder" : "no such file"));
		}
		if (rejects != null && !rejects.equals(file)) {
			// Before the database is opened: a bad output path must cost no work and store nothing.
			try {
				IoErrors.checkWritableFile(rejects);
			} catch (IOException e) {
				throw new ImportException("cannot write the rejects file " + rejects + ": " + IoErrors.reason(e)
						+ "; nothing was read or stored");
			}
		}
		ImportResult result;
		try (Store store = Cli.open(options)) {
			result = what.equals("contacts") ? ContactImporter.run(store, file, io) : EventImporter.run(store, file, io);
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("kind", what);
			json.put("encoding", result.encoding().name());
			json.put("dryRun", io.dryRun());
			json.put("read", result.read());
			json.put("valid", result.valid());
			json.put("stored", result.stored());
			json.put("rejected", result.rejected());
			json.put("rejectsFile", rejects == null ? null : rejects.toString());
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
		out.println("Read " + result.read() + " rows from " + file + " (" + result.encoding().name() + ").");
		for (String w : result.warnings()) {
			out.println("Warning: " + w);
		}
		if (io.dryRun()) {
			out.println("Dry run: " + result.valid() + " rows would be stored, " + result.rejected()
					+ " rejected; nothing was stored.");
		} else {
			out.println("Stored " + result.stored() + " " + what + ", rejected " + result.rejected() + ".");
		}
		if (result.rejected() > 0) {
			int n = (int) Math.min(SHOWN, result.firstRejects().size());
			out.println("Rejected rows" + (result.rejected() > n ? " (first " + n + ")" : "") + ":");
			for (Reject r : result.firstRejects().subList(0, n)) {
				out.println("  " + r.describe());
			}
			out.println("The file was processed; the rejected rows were not stored"
					+ (rejects != null ? " and are listed in " + rejects : " (--rejects FILE lists them all)") + ".");
		}
		return Cli.OK;
	}

	private int export(Options options) throws UsageException {
		String what = what(options, "export", "export contacts FILE");
		if (!what.equals("contacts")) {
			throw new UsageException("can export 'contacts', not '" + what + "'");
		}
		Path file = Path.of(options.positional().get(1)).toAbsolutePath().normalize();
		try {
			IoErrors.checkWritableFile(file);
		} catch (IOException e) {
			err.println("revisit export: " + Cli.oneLine(IoErrors.cannotWrite(file, e)));
			return Cli.FAILED;
		}
		long count;
		try (Store store = Cli.open(options)) {
			count = ContactExporter.export(store, file);
		} catch (IOException e) {
			err.println("revisit export: " + Cli.oneLine(IoErrors.cannotWrite(file, e)));
			return Cli.FAILED;
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("exported", count);
			out.println(Json.write(json));
		} else {
			out.println("Exported " + count + " contacts to " + file + ".");
		}
		return Cli.OK;
	}

	private int bench(Options options) throws Exception {
		List<String> args = options.positional();
		if (args.size() == 1 && args.get(0).equals("plan")) {
			return benchPlan(options);
		}
		if (args.size() != 1 || !args.get(0).equals("import")) {
			throw new UsageException("expected 'bench import [--rows N]' or 'bench plan [--contacts N]'");
		}
		int rows = options.intValue("rows", 1_000_000, 1, 50_000_000);
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
			delete(work);
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
			delete(work);
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
			out.printf("Planning rate is %.0f%% of the raw rate (aim: at least 50%%).%n", r.ratio() * 100);
		}
		return Cli.OK;
	}

	private void delete(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			err.println("revisit bench: could not delete " + dir + ": " + e.getMessage());
		}
	}
}
