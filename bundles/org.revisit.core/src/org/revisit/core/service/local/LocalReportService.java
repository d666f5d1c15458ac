package org.revisit.core.service.local;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.revisit.core.internal.Messages;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ServiceException;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.By;
import org.revisit.store.ReportQueries.CallRow;
import org.revisit.store.ReportQueries.Calling;
import org.revisit.store.ReportQueries.Promise;
import org.revisit.store.ReportQueries.PromiseCount;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.ReportQueries.TaskFigure;
import org.revisit.store.ReportSummaries;
import org.revisit.store.Store;

/**
 * {@link ReportService} on a {@link Store}: every figure is an aggregate query in the database (the queries are
 * the store's {@link ReportQueries}); only the few grouped rows come back, and the scripts name the questions. The calling report and the promised-callback
 * report are here; the reports on answers and on complaints are in {@link OutcomeReports} and
 * {@link ComplaintReports}.
 */
final class LocalReportService extends LocalService implements ReportService {

	/** How many promises, notes or worst answers a report lists. */
	static final int LISTED = ReportQueries.LISTED;

	private final CallTypeRegistry registry;

	LocalReportService(Store store, Principal principal, CallTypeRegistry registry) {
		super(store, principal);
		this.registry = registry;
	}

	/** Checks a filter and says which field is wrong. */
	static void check(ReportFilter f) {
		if (f == null || f.from() == null || f.to() == null) {
			throw invalid(Messages.Reports_noPeriod);
		}
		if (f.to().isBefore(f.from())) {
			throw invalid(Messages.Reports_period, f.to(), f.from());
		}
		if (ChronoUnit.DAYS.between(f.from(), f.to()) >= MAX_DAYS) {
			throw invalid(Messages.Reports_tooLong, MAX_DAYS, f.from(), f.to());
		}
		text("agent", f.agent(), 64); //$NON-NLS-1$
		text("engineer", f.engineer(), 100); //$NON-NLS-1$
		text("callType", f.callType(), 100); //$NON-NLS-1$
		if (f.zone() != null) {
			try {
				ZoneId.of(f.zone());
			} catch (DateTimeException e) {
				throw invalid(Messages.Reports_zone, SafeText.echo(f.zone()));
			}
		}
	}

	private static void text(String field, String value, int max) {
		if (value != null && (value.length() > max || SafeText.forbidden(value) >= 0)) {
			throw invalid(Messages.Reports_text, field, max, SafeText.echo(value));
		}
	}

	// --- calling ---------------------------------------------------------------------------------------------

	/** The filter as the store's queries take it (checked before). */
	static Scope scope(ReportFilter f) {
		return new Scope(f.from(), f.to(), f.campaignId(), f.callType(), f.agent(), f.engineer(), f.zone());
	}

	private static By by(Dimension dimension) {
		return By.valueOf(dimension.name());
	}

	private static CallingRow row(String key, String name, long[] v) {
		return new CallingRow(key, name, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
	}

	@Override
	public CallingReport calling(ReportFilter filter, Dimension by) {
		require(Permission.RESULTS);
		check(filter);
		ReportSummaries.foldIfLarge(store);
		Dimension dimension = by == null ? Dimension.CAMPAIGN : by;
		List<CallingRow> rows = store.reading(tx -> {
			Map<String, String> names = dimension == Dimension.CAMPAIGN ? ReportQueries.campaignNames(tx) : Map.of();
			List<CallingRow> result = new ArrayList<>();
			for (Calling k : ReportQueries.calling(tx, scope(filter), by(dimension))) {
				result.add(row(k.key(), names.getOrDefault(k.key(), k.key()), k.figures()));
			}
			return result;
		});
		Comparator<CallingRow> order = dimension == Dimension.DAY ? Comparator.comparing(CallingRow::key)
				: Comparator.comparingLong(CallingRow::planned).reversed().thenComparing(CallingRow::key);
		rows.sort(order);
		LocalDate today = LocalDate.ofInstant(store.clock().instant(), scope(filter).zoneId());
		return new CallingReport(filter, dimension, rows, total(rows), today, oneDay(filter, today),
				oneDay(filter, today.minusWeeks(1)));
	}

	/** The calling figures of one day with the filter's other conditions. */
	private CallingRow oneDay(ReportFilter filter, LocalDate day) {
		Scope f = new Scope(day, day, filter.campaignId(), filter.callType(), filter.agent(), filter.engineer(),
				filter.zone());
		long[] figures = store.reading(tx -> ReportQueries.calling(tx, f, null).get(0).figures());
		return row(day.toString(), day.toString(), figures);
	}

	private static CallingRow total(List<CallingRow> rows) {
		long[] s = new long[9];
		for (CallingRow r : rows) {
			long[] v = { r.planned(), r.attempted(), r.reached(), r.completed(), r.refused(), r.unreachable(),
					r.wrongNumbers(), r.attemptsOfCompleted(), r.talkSeconds() };
			for (int i = 0; i < s.length; i++) {
				s[i] += v[i];
			}
		}
		return new CallingRow("", "", s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// --- the report zone ------------------------------------------------------------------------------------

	@Override
	public String reportZone() {
		require(Permission.CALL);
		return ReportSummaries.zone(store).getId();
	}

	@Override
	public ReportZone setReportZone(String zone) {
		require(Permission.RESULTS);
		ZoneId to;
		try {
			to = ZoneId.of(zone == null ? "" : zone.strip()); //$NON-NLS-1$
		} catch (DateTimeException e) {
			throw invalid(Messages.Reports_reportZone, SafeText.echo(zone));
		}
		ReportSummaries.Rezoned r;
		try {
			r = ReportSummaries.rezone(store, to);
		} catch (IllegalStateException e) {
			throw refusal(ServiceException.Kind.BUSY, Messages.Reports_reportZoneBusy, to.getId());
		}
		if (r.rows() > 0 || !r.before().getId().equals(r.after().getId())) {
			Audit.record(store, principal, AuditActions.SETTINGS, "Setting", 0, ReportSummaries.ZONE_SETTING + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ r.before().getId() + " -> " + r.after().getId() + " (" + r.rows() + " summary rows, " + r.millis() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " ms)"); //$NON-NLS-1$
		}
		return new ReportZone(r.after().getId(), r.before().getId(), r.rows(), r.millis());
	}

	// --- promised callbacks ----------------------------------------------------------------------------------

	@Override
	public CallbackReport callbacks(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
		ReportSummaries.foldIfLarge(store);
		Instant now = store.clock().instant();
		Scope scope = scope(filter);
		return store.reading(tx -> {
			Map<String, long[]> byOwner = new LinkedHashMap<>();
			Map<String, long[]> bySource = new LinkedHashMap<>();
			long[] total = new long[7];
			for (PromiseCount pc : ReportQueries.promiseCounts(tx, scope, now)) {
				String owner = pc.owner() == null ? "" : pc.owner(); //$NON-NLS-1$
				int column = switch (pc.status()) {
				case "ON_TIME" -> 1; //$NON-NLS-1$
				case "LATE" -> 2; //$NON-NLS-1$
				case "UNREACHABLE" -> 3; //$NON-NLS-1$
				case "OVERDUE" -> 4; //$NON-NLS-1$
				case "OPEN" -> 5; //$NON-NLS-1$
				default -> 6;
				};
				long n = pc.count();
				for (long[] row : List.of(byOwner.computeIfAbsent(owner, k -> new long[7]),
						bySource.computeIfAbsent(pc.source(), k -> new long[7]), total)) {
					row[0] += n;
					row[column] += n;
				}
			}
			List<CallbackLine> lines = new ArrayList<>();
			for (Promise p : ReportQueries.promises(tx, scope, now)) {
				long late = switch (p.status()) {
				case "LATE" -> Duration.between(p.dueAt(), p.closedAt()).toMinutes(); //$NON-NLS-1$
				case "OVERDUE" -> Duration.between(p.dueAt(), now).toMinutes(); //$NON-NLS-1$
				default -> 0;
				};
				lines.add(new CallbackLine(p.id(), p.contactId(), "", p.owner(), p.source(), p.dueAt(), p.status(), //$NON-NLS-1$
						p.closedAt(), late));
			}
			// the names of just the listed contacts (a join would look up every promise's contact)
			Map<Long, String> names = ReportQueries.contactNames(tx,
					lines.stream().map(CallbackLine::contactId).distinct().toList());
			lines.replaceAll(l -> new CallbackLine(l.callbackId(), l.contactId(), names.get(l.contactId()), l.owner(),
					l.source(), l.dueAt(), l.status(), l.closedAt(), l.minutesLate()));
			return new CallbackReport(filter, now, row("", total), rows(byOwner), rows(bySource), lines); //$NON-NLS-1$
		});
	}

	private static CallbackRow row(String key, long[] v) {
		return new CallbackRow(key, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
	}

	private static List<CallbackRow> rows(Map<String, long[]> byKey) {
		List<CallbackRow> rows = new ArrayList<>();
		byKey.forEach((k, v) -> rows.add(row(k, v)));
		rows.sort(Comparator.comparingLong(CallbackRow::missed).reversed().thenComparing(CallbackRow::key));
		return rows;
	}

	// --- the other reports -----------------------------------------------------------------------------------

	@Override
	public SatisfactionReport satisfaction(ReportFilter filter) {
		require(Permission.ALL_OUTCOMES);
		check(filter);
		ReportSummaries.foldIfLarge(store);
		return outcomes().satisfaction(filter);
	}

	@Override
	public SupervisionReport supervision(ReportFilter filter) {
		require(Permission.ALL_OUTCOMES);
		check(filter);
		ReportSummaries.foldIfLarge(store);
		return outcomes().supervision(filter);
	}

	@Override
	public QualityReport quality(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
		ReportSummaries.foldIfLarge(store);
		return outcomes().quality(filter);
	}

	@Override
	public ComplaintReport complaints(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
		return new ComplaintReports(store).report(filter);
	}

	private OutcomeReports outcomes() {
		return new OutcomeReports(store, new ReportQuestions(new CallScripts(store, registry)),
				registry.all().stream().filter(t -> t.supervision()).map(t -> t.id()).toList());
	}

	// --- drill-down ------------------------------------------------------------------------------------------

	@Override
	public List<CallLine> calls(ReportFilter filter, Drill drill, long offset, int limit) {
		require(Permission.ALL_OUTCOMES);
		check(filter);
		checkPage(offset, limit);
		if (drill == null || drill.figure() == null) {
			throw invalid(Messages.Reports_noFigure);
		}
		Scope f = scope(filter);
		List<CallRow> rows = switch (drill.figure()) {
		case SUPERVISED, MADE_BY -> {
			String key = drillKey(drill);
			List<String> types = drill.figure() == Figure.SUPERVISED
					? registry.all().stream().filter(t -> t.supervision()).map(t -> t.id()).toList()
					: null;
			yield store.reading(tx -> ReportQueries.madeBy(tx, f, key, types, drill.aspect(), offset, limit));
		}
		case CALLBACK -> {
			String key = drillKey(drill);
			yield store.reading(tx -> ReportQueries.ofPromises(tx, f, key, drill.by() != null, offset, limit));
		}
		case COMPLAINT -> {
			String key = drillKey(drill);
			yield store.reading(tx -> ReportQueries.ofComplaints(tx, f, key, drill.aspect(), offset, limit));
		}
		case SCORE -> {
			if (drill.aspect() == null || drill.score() < 1 || drill.score() > 5) {
				throw invalid(Messages.Reports_score);
			}
			yield store.reading(tx -> ReportQueries.scored(tx, f, drill.aspect(), drill.score(), offset, limit));
		}
		default -> {
			TaskFigure figure = drill.figure() == Figure.TALKED ? TaskFigure.REACHED
					: TaskFigure.valueOf(drill.figure().name());
			By by = drill.by() == null ? null : by(drill.by());
			Object key = drill.by() == null || drill.key() == null || drill.key().isEmpty() ? null : keyValue(drill);
			yield store.reading(tx -> ReportQueries.tasksOf(tx, f, figure, by, key, offset, limit));
		}
		};
		return rows.stream().map(r -> new CallLine(r.taskId(), r.outcomeId(), r.contactId(), r.contactName(),
				r.campaignId(), r.callType(), r.agent(), r.dueFrom(), r.startedAt(), r.state(), r.disposition(),
				r.attempts(), r.talkSeconds())).toList();
	}

	/** The key of a drill that needs one, checked. */
	private static String drillKey(Drill drill) {
		if (drill.key() == null || drill.key().isEmpty()) {
			throw invalid(Messages.Reports_drillKey, drill.figure().name().toLowerCase(Locale.ROOT));
		}
		text("drill key", drill.key(), 200); //$NON-NLS-1$
		text("drill aspect", drill.aspect(), 200); //$NON-NLS-1$
		return drill.key();
	}

	private static Object keyValue(Drill drill) {
		try {
			return switch (drill.by()) {
			case CAMPAIGN -> Long.valueOf(drill.key());
			case DAY -> LocalDate.parse(drill.key());
			default -> drill.key();
			};
		} catch (NumberFormatException | DateTimeException e) {
			throw invalid(Messages.Reports_drillNotA, SafeText.echo(drill.key()), drill.by().name().toLowerCase(Locale.ROOT));
		}
	}

	// --- exports ---------------------------------------------------------------------------------------------

	/** The longest target (file or printer name) an export record takes. */
	static final int MAX_TARGET = 1_000;

	@Override
	public void exported(Report report, ReportFilter filter, ExportForm form, String target) {
		if (report == null) {
			throw invalid(Messages.Reports_noReport);
		}
		require(report.needs());
		check(filter);
		if (form == null) {
			throw invalid(Messages.Reports_noForm);
		}
		if (target == null || target.isBlank()) {
			throw invalid(Messages.Reports_noTarget);
		}
		text("target", target, MAX_TARGET); //$NON-NLS-1$
		String detail = report.name().toLowerCase() + " as " + form.name().toLowerCase() + " to " + target //$NON-NLS-1$ //$NON-NLS-2$
				+ "; " + describe(filter); //$NON-NLS-1$
		guard(() -> {
			Audit.record(store, principal, AuditActions.EXPORT, "Report", 0, detail); //$NON-NLS-1$
			return null;
		});
	}

	/** The filter as the audit trail records it: the period and the zone, then the filters that are set. */
	static String describe(ReportFilter f) {
		StringBuilder s = new StringBuilder().append(f.from()).append(" to ").append(f.to()) //$NON-NLS-1$
				.append(" (").append(scope(f).zoneId().getId()).append(')'); //$NON-NLS-1$
		if (f.campaignId() != null) {
			s.append(", campaign ").append(f.campaignId()); //$NON-NLS-1$
		}
		if (f.callType() != null) {
			s.append(", call type ").append(f.callType()); //$NON-NLS-1$
		}
		if (f.agent() != null) {
			s.append(", agent ").append(f.agent()); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			s.append(", engineer ").append(f.engineer()); //$NON-NLS-1$
		}
		return s.toString();
	}

	@Override
	public AnswerReport answers(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
		return guard(() -> AnswerReports.report(store, filter));
	}
}
