package org.revisit.core.service.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/**
 * {@link ReportService} on a {@link Store}: every figure is an aggregate query in the database; only the few
 * grouped rows come back, and the scripts name the questions. The calling report and the promised-callback
 * report are here; the reports on answers and on complaints are in {@link OutcomeReports} and
 * {@link ComplaintReports}.
 */
final class LocalReportService extends LocalService implements ReportService {

	/** How many promises, notes or worst answers a report lists. */
	static final int LISTED = 200;

	private final CallTypeRegistry registry;

	LocalReportService(Store store, Principal principal, CallTypeRegistry registry) {
		super(store, principal);
		this.registry = registry;
	}

	/** Checks a filter and says which field is wrong. */
	static void check(ReportFilter f) {
		if (f == null || f.from() == null || f.to() == null) {
			throw invalid("filter: the period needs a first and a last day (from, to)");
		}
		if (f.to().isBefore(f.from())) {
			throw invalid("to: the last day " + f.to() + " is before the first day " + f.from());
		}
		if (ChronoUnit.DAYS.between(f.from(), f.to()) >= MAX_DAYS) {
			throw invalid("to: a report covers at most " + MAX_DAYS + " days, not " + f.from() + " to " + f.to());
		}
		text("agent", f.agent(), 64);
		text("engineer", f.engineer(), 100);
		text("callType", f.callType(), 100);
		if (f.zone() != null) {
			try {
				ZoneId.of(f.zone());
			} catch (DateTimeException e) {
				throw invalid("zone: not a time zone: '" + SafeText.echo(f.zone()) + "'");
			}
		}
	}

	private static void text(String field, String value, int max) {
		if (value != null && (value.length() > max || SafeText.forbidden(value) >= 0)) {
			throw invalid(field + ": at most " + max + " characters without control characters, not '"
					+ SafeText.echo(value) + "'");
		}
	}

	// --- calling ---------------------------------------------------------------------------------------------

	private static final String CALLING_FIGURES = "COUNT(*), " //$NON-NLS-1$
			+ "SUM(CASE WHEN t.attempts > 0 THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.id IS NOT NULL THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'COMPLETED' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'REFUSED' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN t.state = 'UNREACHABLE' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.id IS NULL AND t.state = 'COMPLETED' AND t.reason = 'WRONG_NUMBER' THEN 1 ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(CASE WHEN o.disposition = 'COMPLETED' THEN t.attempts ELSE 0 END), " //$NON-NLS-1$
			+ "SUM(" + ReportSql.seconds("o.started_at", "o.ended_at") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The column of the group key of a dimension. */
	private static String key(ReportFilter f, Dimension by) {
		return switch (by) {
		case CAMPAIGN -> "t.campaign_id"; //$NON-NLS-1$
		case CALL_TYPE -> "t.call_type"; //$NON-NLS-1$
		case AGENT -> "o.agent"; //$NON-NLS-1$
		case DAY -> ReportSql.day(f, "t.due_from"); //$NON-NLS-1$
		};
	}

	/** The calls of the period: tasks (not cancelled) last due in it, with their outcome and service event. */
	private static ReportSql tasks(ReportFilter f, String select, String more) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ON o.task_id = t.id" + more); //$NON-NLS-1$
		if (f.engineer() != null) {
			sql.add(" LEFT JOIN service_event e ON e.id = t.source_event_id"); //$NON-NLS-1$
		}
		sql.add(" WHERE t.state <> 'CANCELLED' AND t.due_from >= ? AND t.due_from < ?", ReportSql.start(f), //$NON-NLS-1$
				ReportSql.end(f));
		return sql.narrow(f, "o.agent"); //$NON-NLS-1$
	}

	@Override
	public CallingReport calling(ReportFilter filter, Dimension by) {
		require(Permission.RESULTS);
		check(filter);
		Dimension dimension = by == null ? Dimension.CAMPAIGN : by;
		String key = key(filter, dimension);
		ReportSql sql = tasks(filter, key + ", " + CALLING_FIGURES, "").add(" GROUP BY " + key); //$NON-NLS-1$ //$NON-NLS-2$
		List<CallingRow> rows = store.read(c -> {
			Map<String, String> names = dimension == Dimension.CAMPAIGN ? campaignNames(c) : Map.of();
			List<CallingRow> result = new ArrayList<>();
			try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					String k = rs.getString(1) == null ? "" : rs.getString(1); //$NON-NLS-1$
					result.add(new CallingRow(k, names.getOrDefault(k, k), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
				}
			}
			return result;
		});
		Comparator<CallingRow> order = dimension == Dimension.DAY ? Comparator.comparing(CallingRow::key)
				: Comparator.comparingLong(CallingRow::planned).reversed().thenComparing(CallingRow::key);
		rows.sort(order);
		LocalDate today = LocalDate.ofInstant(store.clock().instant(), ReportSql.zone(filter));
		return new CallingReport(filter, dimension, rows, total(rows), today, oneDay(filter, today),
				oneDay(filter, today.minusWeeks(1)));
	}

	/** The calling figures of one day with the filter's other conditions. */
	private CallingRow oneDay(ReportFilter filter, LocalDate day) {
		ReportFilter f = new ReportFilter(day, day, filter.campaignId(), filter.callType(), filter.agent(),
				filter.engineer(), filter.zone());
		ReportSql sql = tasks(f, CALLING_FIGURES, ""); //$NON-NLS-1$
		return store.read(c -> {
			try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
				rs.next();
				return new CallingRow(day.toString(), day.toString(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
			}
		});
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

	static Map<Long, String> contactNames(Connection c, List<Long> ids) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		ReportSql sql = new ReportSql().add("SELECT id, name FROM contact WHERE id IN (" //$NON-NLS-1$
				+ String.join(", ", ids.stream().map(x -> "?").toList()) + ")", ids.toArray()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getLong(1), rs.getString(2));
			}
		}
		return names;
	}

	static Map<String, String> campaignNames(Connection c) throws SQLException {
		Map<String, String> names = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id, name FROM campaign"); //$NON-NLS-1$
				ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				names.put(rs.getString(1), rs.getString(2));
			}
		}
		return names;
	}

	// --- promised callbacks ----------------------------------------------------------------------------------

	/**
	 * Where a promise stands at {@code now}: a literal moment (made here from an instant, never from input), as
	 * Derby takes no parameter in a GROUP BY. A promise marked done without a closing time counts as on time.
	 */
	private static String status(Instant now) {
		return "CASE WHEN cb.closed_as = 'SUPERSEDED' THEN 'SUPERSEDED' " //$NON-NLS-1$
				+ "WHEN cb.closed_as = 'UNREACHABLE' THEN 'UNREACHABLE' " //$NON-NLS-1$
				+ "WHEN cb.done AND cb.closed_at > cb.due_at THEN 'LATE' " //$NON-NLS-1$
				+ "WHEN cb.done THEN 'ON_TIME' WHEN cb.due_at < " + literal(now) + " THEN 'OVERDUE' ELSE 'OPEN' END"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A UTC timestamp literal of Derby. */
	static String literal(Instant at) {
		return "TIMESTAMP('" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$ //$NON-NLS-2$
				.withZone(java.time.ZoneOffset.UTC).format(at) + "')"; //$NON-NLS-1$
	}

	private static ReportSql promises(ReportFilter f, String select) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM callback cb"); //$NON-NLS-1$ //$NON-NLS-2$
		if (f.engineer() != null) {
			sql.add(" JOIN service_event e ON e.id = cb.service_event_id"); //$NON-NLS-1$
		}
		sql.add(" WHERE cb.due_at >= ? AND cb.due_at < ?", ReportSql.start(f), ReportSql.end(f)); //$NON-NLS-1$
		if (f.agent() != null) {
			sql.add(" AND cb.owner = ?", f.agent()); //$NON-NLS-1$
		}
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql;
	}

	@Override
	public CallbackReport callbacks(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
		Instant now = store.clock().instant();
		String status = status(now);
		ReportSql counts = promises(filter, "cb.owner, cb.source, " + status + ", COUNT(*)") //$NON-NLS-1$ //$NON-NLS-2$
				.add(" GROUP BY cb.owner, cb.source, " + status); //$NON-NLS-1$
		// overdue first, then those still open, then the closed ones
		ReportSql listed = promises(filter, "cb.id, cb.contact_id, '', cb.owner, cb.source, cb.due_at, " + status //$NON-NLS-1$
				+ ", cb.closed_at, CASE WHEN cb.done THEN 2 WHEN cb.due_at < " + literal(now) + " THEN 0 ELSE 1 END"); //$NON-NLS-1$ //$NON-NLS-2$
		listed.add(" ORDER BY 9, cb.due_at, cb.id FETCH FIRST " + LISTED + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
		return store.read(c -> {
			Map<String, long[]> byOwner = new LinkedHashMap<>();
			Map<String, long[]> bySource = new LinkedHashMap<>();
			long[] total = new long[7];
			try (PreparedStatement p = counts.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					String owner = rs.getString(1) == null ? "" : rs.getString(1); //$NON-NLS-1$
					int column = switch (rs.getString(3)) {
					case "ON_TIME" -> 1; //$NON-NLS-1$
					case "LATE" -> 2; //$NON-NLS-1$
					case "UNREACHABLE" -> 3; //$NON-NLS-1$
					case "OVERDUE" -> 4; //$NON-NLS-1$
					case "OPEN" -> 5; //$NON-NLS-1$
					default -> 6;
					};
					long n = rs.getLong(4);
					for (long[] row : List.of(byOwner.computeIfAbsent(owner, k -> new long[7]),
							bySource.computeIfAbsent(rs.getString(2), k -> new long[7]), total)) {
						row[0] += n;
						row[column] += n;
					}
				}
			}
			List<CallbackLine> lines = new ArrayList<>();
			try (PreparedStatement p = listed.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Instant due = ReportSql.instant(rs, 6);
					Instant closed = ReportSql.instant(rs, 8);
					String state = rs.getString(7);
					long late = switch (state) {
					case "LATE" -> Duration.between(due, closed).toMinutes(); //$NON-NLS-1$
					case "OVERDUE" -> Duration.between(due, now).toMinutes(); //$NON-NLS-1$
					default -> 0;
					};
					lines.add(new CallbackLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getString(5), due, state, closed, late));
				}
			}
			// the names of just the listed contacts (a join would look up every promise's contact)
			Map<Long, String> names = contactNames(c, lines.stream().map(CallbackLine::contactId).distinct().toList());
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
		return outcomes().satisfaction(filter);
	}

	@Override
	public SupervisionReport supervision(ReportFilter filter) {
		require(Permission.ALL_OUTCOMES);
		check(filter);
		return outcomes().supervision(filter);
	}

	@Override
	public QualityReport quality(ReportFilter filter) {
		require(Permission.RESULTS);
		check(filter);
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

	private static final String CALL_LINE = "t.id, o.id, k.id, k.name, t.campaign_id, t.call_type, o.agent, " //$NON-NLS-1$
			+ "t.due_from, o.started_at, t.state, o.disposition, t.attempts, " //$NON-NLS-1$
			+ ReportSql.seconds("o.started_at", "o.ended_at"); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public List<CallLine> calls(ReportFilter filter, Drill drill, long offset, int limit) {
		require(Permission.ALL_OUTCOMES);
		check(filter);
		checkPage(offset, limit);
		if (drill == null || drill.figure() == null) {
			throw invalid("drill: the figure is missing");
		}
		ReportSql sql;
		if (drill.figure() == Figure.SUPERVISED || drill.figure() == Figure.MADE_BY) {
			sql = madeCalls(filter, drill);
		} else if (drill.figure() == Figure.COMPLAINT || drill.figure() == Figure.CALLBACK) {
			sql = promisedCalls(filter, drill);
		} else if (drill.figure() == Figure.SCORE) {
			if (drill.aspect() == null || drill.score() < 1 || drill.score() > 5) {
				throw invalid("drill: a score needs the aspect and a score of 1 to 5");
			}
			sql = ReportSql.outcomes(filter, CALL_LINE.replace("k.id", "o.contact_id"), false, false); //$NON-NLS-1$ //$NON-NLS-2$
			if (!sql.toString().contains(" call_task t ")) { //$NON-NLS-1$
				sql.add(" LEFT JOIN call_task t ON t.id = o.task_id"); //$NON-NLS-1$
			}
			sql.add(" JOIN contact k ON k.id = o.contact_id JOIN call_outcome_score s ON s.outcome_id = o.id " //$NON-NLS-1$
					+ "AND s.aspect = ? AND s.score = ?", drill.aspect(), drill.score()); //$NON-NLS-1$
			sql.whereOutcomes(filter).add(" ORDER BY o.started_at, o.id"); //$NON-NLS-1$
		} else {
			sql = tasks(filter, CALL_LINE, " JOIN contact k ON k.id = t.contact_id"); //$NON-NLS-1$
			sql.add(" AND " + condition(drill.figure())); //$NON-NLS-1$
			if (drill.by() != null) {
				String key = key(filter, drill.by());
				if (drill.key() == null || drill.key().isEmpty()) {
					sql.add(" AND " + key + " IS NULL"); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					sql.add(" AND " + key + " = ?", keyValue(drill)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			sql.add(" ORDER BY t.due_from, t.id"); //$NON-NLS-1$
		}
		sql.add(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", offset, limit); //$NON-NLS-1$
		ReportSql query = sql;
		return store.read(c -> {
			List<CallLine> lines = new ArrayList<>();
			try (PreparedStatement p = query.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					long outcome = rs.getLong(2);
					boolean reached = !rs.wasNull();
					long campaign = rs.getLong(5);
					boolean noCampaign = rs.wasNull();
					lines.add(new CallLine(rs.getLong(1), reached ? outcome : null, rs.getLong(3), rs.getString(4),
							noCampaign ? null : campaign, rs.getString(6), rs.getString(7), ReportSql.instant(rs, 8),
							ReportSql.instant(rs, 9), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getLong(13)));
				}
			}
			return lines;
		});
	}

	private static String condition(Figure figure) {
		return switch (figure) {
		case PLANNED -> "1 = 1"; //$NON-NLS-1$
		case ATTEMPTED -> "t.attempts > 0"; //$NON-NLS-1$
		case REACHED, TALKED -> "o.id IS NOT NULL"; //$NON-NLS-1$
		case COMPLETED -> "o.disposition = 'COMPLETED'"; //$NON-NLS-1$
		case REFUSED -> "o.disposition = 'REFUSED'"; //$NON-NLS-1$
		case UNREACHABLE -> "t.state = 'UNREACHABLE'"; //$NON-NLS-1$
		case WRONG_NUMBER -> "o.id IS NULL AND t.state = 'COMPLETED' AND t.reason = 'WRONG_NUMBER'"; //$NON-NLS-1$
		default -> throw new IllegalStateException(figure.name());
		};
	}

	/** The key of a drill that needs one, checked. */
	private static String drillKey(Drill drill) {
		if (drill.key() == null || drill.key().isEmpty()) {
			throw invalid("drill: " + drill.figure().name().toLowerCase() + " needs the key of its row"); //$NON-NLS-1$
		}
		text("drill key", drill.key(), 200); //$NON-NLS-1$
		text("drill aspect", drill.aspect(), 200); //$NON-NLS-1$
		return drill.key();
	}

	/** The calls made in the period by an agent, or as supervision about an engineer (and kind of event). */
	private ReportSql madeCalls(ReportFilter filter, Drill drill) {
		String key = drillKey(drill);
		boolean supervised = drill.figure() == Figure.SUPERVISED;
		ReportSql sql = ReportSql.outcomes(filter, CALL_LINE.replace("k.id", "o.contact_id"), supervised, supervised); //$NON-NLS-1$ //$NON-NLS-2$
		if (!sql.toString().contains(" call_task t ")) { //$NON-NLS-1$
			sql.add(" LEFT JOIN call_task t ON t.id = o.task_id"); //$NON-NLS-1$
		}
		sql.add(" JOIN contact k ON k.id = o.contact_id").whereOutcomes(filter); //$NON-NLS-1$
		if (supervised) {
			List<String> types = registry.all().stream().filter(t -> t.supervision()).map(t -> t.id()).toList();
			sql.add(" AND e.engineer = ?", key); //$NON-NLS-1$
			sql.add(types.isEmpty() ? " AND 1 = 0" : " AND t.call_type IN (" //$NON-NLS-1$ //$NON-NLS-2$
					+ String.join(", ", types.stream().map(x -> "?").toList()) + ")", types.toArray()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (drill.aspect() != null) {
				sql.add(" AND e.kind = ?", drill.aspect()); //$NON-NLS-1$
			}
		} else {
			sql.add(" AND o.agent = ?", key); //$NON-NLS-1$
		}
		return sql.add(" ORDER BY o.started_at, o.id"); //$NON-NLS-1$
	}

	/**
	 * The calls (made or still to make) of the promised callbacks due in the period, by owner or source, or
	 * following up the complaints made in the period, by category and severity.
	 */
	private static ReportSql promisedCalls(ReportFilter filter, Drill drill) {
		String key = drillKey(drill);
		ReportSql sql = new ReportSql().add("SELECT " + CALL_LINE + " FROM call_task t LEFT JOIN call_outcome o " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ON o.task_id = t.id JOIN contact k ON k.id = t.contact_id"); //$NON-NLS-1$
		if (drill.figure() == Figure.CALLBACK) {
			sql.add(" JOIN callback cb ON cb.id = t.callback_id WHERE cb.due_at >= ? AND cb.due_at < ?", //$NON-NLS-1$
					ReportSql.start(filter), ReportSql.end(filter));
			sql.add(drill.by() == null ? " AND cb.owner = ?" : " AND cb.source = ?", key); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			sql.add(" JOIN service_event e ON e.kind = 'COMPLAINT' AND (t.source_event_id = e.id " //$NON-NLS-1$
					+ "OR t.callback_id IN (SELECT cb.id FROM callback cb WHERE cb.service_event_id = e.id)) " //$NON-NLS-1$
					+ "WHERE e.occurred_at >= ? AND e.occurred_at < ? AND e.complaint_category = ?", //$NON-NLS-1$
					ReportSql.start(filter), ReportSql.end(filter), key);
			if (drill.aspect() != null) {
				sql.add(" AND e.severity = ?", drill.aspect()); //$NON-NLS-1$
			}
			if (filter.engineer() != null) {
				sql.add(" AND e.engineer = ?", filter.engineer()); //$NON-NLS-1$
			}
		}
		return sql.add(" ORDER BY t.due_from, t.id"); //$NON-NLS-1$
	}

	private static Object keyValue(Drill drill) {
		try {
			return switch (drill.by()) {
			case CAMPAIGN -> Long.valueOf(drill.key());
			case DAY -> LocalDate.parse(drill.key());
			default -> drill.key();
			};
		} catch (NumberFormatException | DateTimeException e) {
			throw invalid("drill: '" + SafeText.echo(drill.key()) + "' is not a " + drill.by().name().toLowerCase()); //$NON-NLS-1$
		}
	}

	// --- exports ---------------------------------------------------------------------------------------------

	/** The longest target (file or printer name) an export record takes. */
	static final int MAX_TARGET = 1_000;

	@Override
	public void exported(Report report, ReportFilter filter, ExportForm form, String target) {
		if (report == null) {
			throw invalid("report: which report was exported is missing");
		}
		require(report.needs());
		check(filter);
		if (form == null) {
			throw invalid("form: how the report was exported (csv, png, print) is missing");
		}
		if (target == null || target.isBlank()) {
			throw invalid("target: the file (or printer) the report went to is missing");
		}
		text("target", target, MAX_TARGET);
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
				.append(" (").append(ReportSql.zone(f).getId()).append(')'); //$NON-NLS-1$
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
