package org.revisit.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.io.IoErrors;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.Services;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditRecord;
import org.revisit.store.Clocks;

/**
 * {@code audit} and {@code audit export}: who did what and when (logins, failed logins, lockouts, changes to
 * users and records...), read through the {@link AuditService}, newest first.
 */
final class AuditCommands {

	private static final Set<String> FILTERS = Set.of("from", "to", "user", "action");
	private static final int PAGE = 1000;


	private final PrintStream out;

	AuditCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("audit", Messages.Audit_summary, Messages.Audit_help,
						with("data", "limit"), Set.of("json", "help"), this::show),
				new Cli.Command("audit export", Messages.AuditExport_summary, Messages.AuditExport_help,
						with("data"), Set.of("json", "help"), this::export));
	}

	private static Set<String> with(String... more) {
		Set<String> all = new java.util.HashSet<>(FILTERS);
		all.addAll(UserCommands.remote());
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

	/** The filters of one command line. */
	private record Filter(Instant from, Instant to, String user, String action) {
	}

	private static Filter filter(Options options) throws UsageException {
		return new Filter(moment(options.value("from"), "--from", false), moment(options.value("to"), "--to", true),
				options.value("user"), options.value("action"));
	}

	private int show(Options options) throws Exception {
		if (!options.positional().isEmpty()) {
			throw new UsageException(Messages.Audit_noArguments);
		}
		int limit = options.intValue("limit", 100, 1, AuditService.MAX_LIMIT);
		Filter f = filter(options);
		try (Services services = UserCommands.services(options)) {
			AuditService audit = services.audit();
			List<AuditRecord> entries = audit.read(f.from(), f.to(), f.user(), f.action(), 0, limit);
			long total = entries.size() < limit ? entries.size() : audit.count(f.from(), f.to(), f.user(), f.action());
			if (options.flag("json")) {
				List<Object> rows = new ArrayList<>();
				for (AuditRecord e : entries) {
					rows.add(json(e));
				}
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("total", total);
				result.put("entries", rows);
				out.println(Json.write(result));
				return Cli.OK;
			}
			if (entries.isEmpty()) {
				out.println(Messages.Audit_none);
				return Cli.OK;
			}
			out.println(Cli.pad(Messages.Audit_time, 25) + " " + Cli.pad(Messages.Audit_user, 16) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(Messages.Audit_action, 16) + " " + Cli.pad(Messages.Audit_record, 18) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(Messages.Audit_from, 16) + " " + Messages.Audit_what); //$NON-NLS-1$
			for (AuditRecord e : entries) {
				out.println(Cli.pad(Times.local(e.at()), 25) + " " + Cli.pad(shown(e.user()), 16) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ Cli.pad(e.action(), 16) + " " + Cli.pad(record(e), 18) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ Cli.pad(e.from() == null ? "" : shown(e.from()), 16) + " " + shown(what(e))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (total > entries.size()) {
				out.println(NLS.bind(Messages.Audit_more, entries.size(), total));
			}
			return Cli.OK;
		}
	}

	private int export(Options options) throws Exception {
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Audit_oneFile);
		}
		Filter f = filter(options);
		Path file = Path.of(options.positional().get(0)).toAbsolutePath().normalize();
		try {
			IoErrors.checkWritableFile(file);
		} catch (IOException e) {
			throw new FailedException(IoErrors.cannotWrite(file, e));
		}
		long count = 0;
		try (Services services = UserCommands.services(options)) {
			AuditService audit = services.audit();
			// entries recorded from now on are not exported, so the pages do not shift under the export
			Instant end = services.clock().instant().plusMillis(1);
			Instant to = f.to() == null || f.to().isAfter(end) ? end : f.to();
			Path partial = file.resolveSibling(file.getFileName() + ".partial");
			try {
				try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
					w.write('\uFEFF');
					row(w, List.of("time", "user", "action", "entity", "id", "field", "before", "after", "detail", "from"));
					while (true) {
						List<AuditRecord> page = f.from() != null && !f.from().isBefore(to) ? List.of()
								: audit.read(f.from(), to, f.user(), f.action(), count, PAGE);
						for (AuditRecord e : page) {
							row(w, List.of(e.at().toString(), text(e.user()), e.action(), text(e.entity()),
									e.id() == null ? "" : e.id().toString(), text(e.field()), text(e.before()),
									text(e.after()), text(e.detail()), text(e.from())));
						}
						count += page.size();
						if (page.size() < PAGE) {
							break;
						}
					}
				}
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				throw new FailedException(IoErrors.cannotWrite(file, e));
			} finally {
				Files.deleteIfExists(partial);
			}
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("exported", count);
			out.println(Json.write(json));
		} else {
			out.println(NLS.bind(Messages.Audit_exported, count, file));
		}
		return Cli.OK;
	}

	/**
	 * {@code --from}/{@code --to}: a date (its start; for {@code --to} the start of the next day, so the day is
	 * included) or a date and time.
	 */
	static Instant moment(String text, String option, boolean end) throws UsageException {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (t.length() == 10) {
			try {
				LocalDate day = LocalDate.parse(t);
				return (end ? day.plusDays(1) : day).atStartOfDay(ZoneId.systemDefault()).toInstant();
			} catch (DateTimeException e) {
				// not a date: perhaps a time follows the rule below
			}
		}
		try {
			return Clocks.parse(t, option);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Audit_badMoment, option, Cli.shown(text)));
		}
	}

	private static String record(AuditRecord e) {
		if (e.entity() == null) {
			return "";
		}
		return e.entity() + (e.id() == null ? "" : " " + e.id());
	}

	/** The detail, or for a changed field its name and values. */
	private static String what(AuditRecord e) {
		if (e.detail() != null) {
			return e.detail();
		}
		if (e.field() != null) {
			return e.field() + ": " + (e.before() == null ? Messages.Audit_nothing : e.before()) + " -> " //$NON-NLS-1$ //$NON-NLS-2$
					+ (e.after() == null ? Messages.Audit_nothing : e.after());
		}
		return "";
	}

	/** Text from the trail for a terminal: one line, control characters escaped (a tried user name is anyone's). */
	private static String shown(String text) {
		return text == null ? "" : SafeText.echo(text, 120);
	}

	private static Map<String, Object> json(AuditRecord e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("at", e.at().toString());
		m.put("user", e.user());
		m.put("action", e.action());
		m.put("entity", e.entity());
		m.put("id", e.id());
		m.put("field", e.field());
		m.put("before", e.before());
		m.put("after", e.after());
		m.put("detail", e.detail());
		m.put("from", e.from());
		return m;
	}

	private static String text(String value) {
		if (value == null) {
			return "";
		}
		// a cell starting with = + - @ would run as a formula in a spreadsheet
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** One CSV row (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. */
	private static void row(BufferedWriter w, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			String f = fields.get(i);
			if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
				w.write('"');
				w.write(f.replace("\"", "\"\""));
				w.write('"');
			} else {
				w.write(f);
			}
		}
		w.write("\r\n");
	}
}
