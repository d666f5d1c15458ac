package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.io.Encodings;
import org.revisit.core.io.IoErrors;
import org.revisit.core.report.ReportBenchmark;
import org.revisit.core.report.ReportCsv;
import org.revisit.core.report.ReportTable;
import org.revisit.core.report.ReportTables;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.Drill;
import org.revisit.core.service.ReportService.ExportForm;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.Report;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.Services;

/**
 * {@code report calling|callbacks|satisfaction|supervision|complaints|quality|calls}: the team's results for a
 * period, printed as tables, as JSON, or written as CSV for Excel.
 */
final class ReportCommands {

	private static final List<String> REPORTS = List.of("calling", "callbacks", "satisfaction", "supervision",
			"complaints", "quality", "answers");
	private static final Set<String> VALUED = Set.of("data", "from", "to", "campaign", "agent", "engineer",
			"call-type", "zone", "csv", "encoding", "by", "figure", "key", "aspect", "score", "offset", "limit");

	private final PrintStream out;

	ReportCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("report", Messages.Report_summary, //$NON-NLS-1$
				Messages.Report_help, VALUED, Set.of("json", "help"), this::run),
				new Cli.Command("report zone", Messages.ReportZone_summary, Messages.ReportZone_help, //$NON-NLS-1$
						Set.of("data"), Set.of("json", "help"), this::zone)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** {@code report zone [ZONE]}: shows the report zone, or makes ZONE the report zone. */
	private int zone(Options options) throws UsageException, FailedException {
		List<String> args = options.positional();
		if (args.size() > 1) {
			throw new UsageException(Messages.ReportZone_expected);
		}
		try (Services services = Cli.services(options)) {
			ReportService reports = services.reports();
			ReportService.ReportZone changed = args.isEmpty() ? null : reports.setReportZone(args.get(0));
			String zone = changed == null ? reports.reportZone() : changed.zone();
			if (options.flag("json")) { //$NON-NLS-1$
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("zone", zone); //$NON-NLS-1$
				if (changed != null) {
					result.put("before", changed.before()); //$NON-NLS-1$
					result.put("summaryRows", changed.rows()); //$NON-NLS-1$
					result.put("millis", changed.millis()); //$NON-NLS-1$
				}
				out.println(Json.write(result));
			} else if (changed == null || changed.before().equals(changed.zone())) {
				out.println(NLS.bind(Messages.ReportZone_is, zone));
			} else {
				out.println(NLS.bind(Messages.ReportZone_changed, new Object[] { changed.zone(), changed.before(),
						changed.rows(), String.format(Locale.ROOT, "%.1f", changed.millis() / 1000.0) })); //$NON-NLS-1$
			}
			return Cli.OK;
		}
	}

	private int run(Options options) throws UsageException, FailedException {
		if (options.positional().size() != 1) {
			throw new UsageException(NLS.bind(Messages.Report_expectedOne, String.join(", ", REPORTS))); //$NON-NLS-1$
		}
		String name = options.positional().get(0);
		if (name.equals("calls")) {
			return calls(options);
		}
		if (!REPORTS.contains(name)) {
			throw new UsageException(NLS.bind(Messages.Report_noSuch, Cli.shown(name), String.join(", ", REPORTS))); //$NON-NLS-1$
		}
		return report(name, options);
	}

	/** {@code bench report [--outcomes N]}: the report benchmark in a temporary folder of the data folder. */
	static int bench(Options options, PrintStream out, PrintStream err) throws Exception {
		boolean json = options.flag("json");
		java.util.function.Consumer<String> log = line -> {
			if (!json) {
				out.println(line);
			}
		};
		ReportBenchmark.Result r;
		String only = options.value("only");
		ZoneId zone;
		ZoneId reportZone = null;
		try {
			zone = ZoneId.of(options.value("zone") == null ? "Asia/Shanghai" : options.value("zone").strip());
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Report_badZone, Cli.shown(options.value("zone"))));
		}
		try {
			if (options.value("report-zone") != null) {
				reportZone = ZoneId.of(options.value("report-zone").strip());
			}
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.ReportZone_badOption, Cli.shown(options.value("report-zone"))));
		}
		List<String> names = only == null ? List.of() : List.of(only.split(","));
		java.util.function.Predicate<String> timed = name -> names.isEmpty() || names.contains(name);
		if (options.value("reuse") != null) {
			// the reports again on a folder an earlier run kept (--keep): no build
			Path reuse = Path.of(options.value("reuse")).toAbsolutePath().normalize();
			try {
				r = ReportBenchmark.rerun(reuse, timed, log, zone, reportZone);
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		} else {
			int outcomes = options.intValue("outcomes", 1_000_000, 100, 20_000_000);
			Path data = options.dataDirectory();
			Files.createDirectories(data);
			Path work = Files.createTempDirectory(data, "bench-");
			try {
				r = ReportBenchmark.run(work, outcomes, timed, log, zone,
						reportZone == null ? ZoneId.of("Asia/Shanghai") : reportZone);
			} finally {
				if (options.flag("keep")) {
					IoCommands.delete(work.resolve("csv"), err);
					err.println("revisit bench: the data folder is kept in " + work.resolve("reports")
							+ " (to open it: revisit -data FOLDER; to time the reports on it again: revisit cli bench "
							+ "report --reuse FOLDER)");
				} else {
					IoCommands.delete(work, err);
				}
			}
		}
		if (json) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("outcomes", r.outcomes());
			result.put("rows", r.rows());
			result.put("buildMillis", r.buildMillis());
			result.put("foldMillis", r.foldMillis());
			result.put("cores", Runtime.getRuntime().availableProcessors());
			result.put("loadAverage", Math.round(r.loadBefore() * 100) / 100.0);
			result.put("loadAverageAfter", Math.round(r.loadAfter() * 100) / 100.0);
			List<Object> reports = new ArrayList<>();
			for (ReportBenchmark.Timing t : r.timings()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("report", t.report());
				m.put("rows", t.rows());
				m.put("reportMillis", t.reportMillis());
				m.put("rawMillis", t.rawMillis());
				m.put("ratio", Math.round(t.ratio() * 1000) / 1000.0);
				reports.add(m);
			}
			result.put("reports", reports);
			out.println(Json.write(result));
		} else {
			out.printf("Load average %.2f before, %.2f after, on %d cores.%n", r.loadBefore(), r.loadAfter(),
					Runtime.getRuntime().availableProcessors());
			long slow = r.timings().stream().filter(t -> t.reportMillis() > 2_000 || t.ratio() < 0.5).count();
			out.println(slow == 0 ? "Every report took at most 2 s and at least 50% of the plain aggregate's rate."
					: slow + " report(s) took more than 2 s or less than 50% of the plain aggregate's rate.");
		}
		return Cli.OK;
	}

	private int report(String name, Options options) throws UsageException, FailedException {
		ReportFilter filter = filter(options);
		Dimension by = dimension(options.value("by"));
		Output output = output(options);
		try (Services services = Cli.services(options)) {
			ReportService reports = services.reports();
			List<ReportTable> tables = switch (name) {
			case "calling" -> ReportTables.of(reports.calling(filter, by));
			case "callbacks" -> ReportTables.of(reports.callbacks(filter));
			case "satisfaction" -> ReportTables.of(reports.satisfaction(filter));
			case "supervision" -> ReportTables.of(reports.supervision(filter));
			case "complaints" -> ReportTables.of(reports.complaints(filter));
			case "answers" -> ReportTables.of(reports.answers(filter));
			default -> ReportTables.of(reports.quality(filter));
			};
			return output.write(name, filter, tables, reports);
		}
	}

	private int calls(Options options) throws UsageException, FailedException {
		ReportFilter filter = filter(options);
		String figure = options.value("figure");
		if (figure == null) {
			throw new UsageException(Messages.Report_figureRequired);
		}
		Figure f;
		try {
			f = Figure.valueOf(figure.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Report_badFigure, Cli.shown(figure)));
		}
		Dimension by = options.value("by") == null ? null : dimension(options.value("by"));
		int score = options.intValue("score", 0, 0, 5);
		int offset = options.intValue("offset", 0, 0, Integer.MAX_VALUE);
		int limit = options.intValue("limit", 100, 1, 10_000);
		Output output = output(options);
		Drill drill = new Drill(f, by, options.value("key"), options.value("aspect"), score);
		try (Services services = Cli.services(options)) {
			ReportTable table = ReportTables.calls(services.reports().calls(filter, drill, offset, limit));
			return output.write("calls", filter, List.of(table), services.reports());
		}
	}

	private static ReportFilter filter(Options options) throws UsageException {
		LocalDate from = date(options, "from");
		LocalDate to = date(options, "to");
		String zone = options.value("zone");
		try {
			zone = zone == null ? ZoneId.systemDefault().getId() : ZoneId.of(zone.strip()).getId();
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Report_badZone, Cli.shown(zone)));
		}
		Long campaign = null;
		if (options.value("campaign") != null) {
			try {
				campaign = Long.valueOf(options.value("campaign").strip());
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.Report_badCampaign, Cli.shown(options.value("campaign")))); //$NON-NLS-1$
			}
		}
		return new ReportFilter(from, to, campaign, blankToNull(options.value("call-type")),
				blankToNull(options.value("agent")), blankToNull(options.value("engineer")), zone);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static LocalDate date(Options options, String name) throws UsageException {
		String value = options.value(name);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.Report_dateRequired, name));
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Report_badDate, name, Cli.shown(value)));
		}
	}

	private static Dimension dimension(String value) throws UsageException {
		if (value == null) {
			return Dimension.CAMPAIGN;
		}
		try {
			return Dimension.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Report_badBy, Cli.shown(value)));
		}
	}

	private Output output(Options options) throws UsageException, FailedException {
		String csv = options.value("csv");
		Charset charset = StandardCharsets.UTF_8;
		if (options.value("encoding") != null) {
			if (csv == null) {
				throw new UsageException(Messages.Report_encodingWithCsv);
			}
			try {
				charset = Encodings.named(options.value("encoding"));
			} catch (UnsupportedCharsetException e) {
				throw new UsageException(NLS.bind(Messages.Report_badEncoding, Cli.shown(options.value("encoding")))); //$NON-NLS-1$
			}
		}
		if (csv != null && options.flag("json")) {
			throw new UsageException(Messages.Report_csvAndJson);
		}
		Path file = null;
		if (csv != null) {
			file = Path.of(csv).toAbsolutePath().normalize();
			try {
				IoErrors.checkWritableFile(file);
			} catch (IOException e) {
				throw new FailedException(IoErrors.cannotWrite(file, e));
			}
		}
		return new Output(file, charset, options.flag("json"));
	}

	/** Where the tables go: a CSV file, JSON or text on standard output. */
	private final class Output {

		private final Path file;
		private final Charset charset;
		private final boolean json;

		Output(Path file, Charset charset, boolean json) {
			this.file = file;
			this.charset = charset;
			this.json = json;
		}

		private static void delete(Path temp, Exception failure) {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException again) {
					failure.addSuppressed(again);
				}
			}
		}

		/**
		 * Writes the tables; a CSV file is recorded in the audit trail before it takes its place, and is not
		 * written when it cannot be recorded.
		 */
		int write(String name, ReportFilter filter, List<ReportTable> tables, ReportService reports)
				throws FailedException {
			if (file != null) {
				byte[] bytes;
				try {
					bytes = ReportCsv.write(tables, charset);
				} catch (CharacterCodingException e) {
					throw new FailedException(NLS.bind(Messages.Report_cannotEncode, charset.name()));
				}
				Path temp = null;
				try {
					temp = Files.createTempFile(file.getParent(), ".report-", ".csv");
					Files.write(temp, bytes);
					reports.exported(Report.valueOf(name.toUpperCase(Locale.ROOT)), filter, ExportForm.CSV,
							file.toString());
					Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException e) {
					delete(temp, e);
					throw new FailedException(IoErrors.cannotWrite(file, e));
				} catch (RuntimeException e) {
					// not recorded (refused, or the server could not be reached): not written either
					delete(temp, e);
					throw e;
				}
				long rows = tables.stream().mapToLong(t -> t.rows().size()).sum();
				out.println(NLS.bind(Messages.Report_wrote, new Object[] { name, rows, file, charset.name() }));
				return Cli.OK;
			}
			if (json) {
				Map<String, Object> doc = new LinkedHashMap<>();
				doc.put("report", name);
				doc.put("from", filter.from().toString());
				doc.put("to", filter.to().toString());
				doc.put("zone", filter.zone());
				List<Object> list = new ArrayList<>();
				for (ReportTable t : tables) {
					List<Object> rows = new ArrayList<>();
					for (List<Object> row : t.rows()) {
						Map<String, Object> m = new LinkedHashMap<>();
						for (int i = 0; i < t.columns().size(); i++) {
							Object cell = row.get(i);
							m.put(t.columns().get(i), cell instanceof Double d ? Math.round(d * 10_000) / 10_000.0 : cell);
						}
						rows.add(m);
					}
					Map<String, Object> table = new LinkedHashMap<>();
					table.put("title", t.title());
					table.put("rows", rows);
					list.add(table);
				}
				doc.put("tables", list);
				out.println(Json.write(doc));
				return Cli.OK;
			}
			out.println(NLS.bind(Messages.Report_title, new Object[] { name, filter.from(), filter.to(), filter.zone() }));
			for (ReportTable t : tables) {
				out.println();
				out.println(t.title());
				print(t);
			}
			return Cli.OK;
		}

		private void print(ReportTable t) {
			if (t.rows().isEmpty()) {
				out.println("  " + Messages.Report_none); //$NON-NLS-1$
				return;
			}
			int[] width = new int[t.columns().size()];
			for (int i = 0; i < width.length; i++) {
				width[i] = Math.min(40, t.columns().get(i).length());
				for (List<Object> row : t.rows()) {
					width[i] = Math.min(40, Math.max(width[i], cell(row.get(i)).length()));
				}
			}
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < width.length; i++) {
				line.append(i == 0 ? "  " : "  ").append(pad(t.columns().get(i), width[i]));
			}
			out.println(line.toString().stripTrailing());
			for (List<Object> row : t.rows()) {
				line.setLength(0);
				for (int i = 0; i < width.length; i++) {
					line.append("  ").append(pad(cell(row.get(i)), width[i]));
				}
				out.println(line.toString().stripTrailing());
			}
		}

		private static String cell(Object c) {
			String s = c instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : ReportCsv.text(c);
			s = s.replace('\n', ' ').replace('\r', ' ');
			return s.length() > 40 ? s.substring(0, 39) + "…" : s;
		}

		private static String pad(String s, int width) {
			return s.length() >= width ? s : s + " ".repeat(width - s.length());
		}
	}
}
