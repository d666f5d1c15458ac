package org.revisit.core.service.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.revisit.core.service.ReportService.AnswerRow;
import org.revisit.core.service.ReportService.EngineerRow;
import org.revisit.core.service.ReportService.NoteLine;
import org.revisit.core.service.ReportService.QualityReport;
import org.revisit.core.service.ReportService.QualityRow;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ReportService.SatisfactionReport;
import org.revisit.core.service.ReportService.ScoreRow;
import org.revisit.core.service.ReportService.SupervisionReport;
import org.revisit.core.service.ReportService.WeekRow;
import org.revisit.store.Store;

/**
 * The reports on what customers answered: satisfaction (scores and satisfaction questions), supervision (answers
 * per serviced engineer) and data quality (the data-check step of the scripts). The database counts the answers
 * per script version, step and answer; the scripts then say which step asks what.
 */
final class OutcomeReports {

	/** Answers counted per group, script version, step and answer. */
	private record Counted(String group, String kind, String scriptId, int version, int step, String answer,
			long count) {
	}

	private final Store store;
	private final ReportQuestions questions;
	private final List<String> supervisionTypes;

	OutcomeReports(Store store, ReportQuestions questions, List<String> supervisionTypes) {
		this.store = store;
		this.questions = questions;
		this.supervisionTypes = supervisionTypes;
	}

	// --- satisfaction ----------------------------------------------------------------------------------------

	SatisfactionReport satisfaction(ReportFilter f) {
		return store.read(c -> {
			Map<String, long[]> scores = new TreeMap<>();
			ReportSql sql = ReportSql.outcomes(f, "s.aspect, s.score, COUNT(*)", false, false) //$NON-NLS-1$
					.add(" JOIN call_outcome_score s ON s.outcome_id = o.id").whereOutcomes(f) //$NON-NLS-1$
					.add(" GROUP BY s.aspect, s.score"); //$NON-NLS-1$
			try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					scores.computeIfAbsent(rs.getString(1), k -> new long[5])[rs.getInt(2) - 1] += rs.getLong(3);
				}
			}
			List<ScoreRow> scoreRows = new ArrayList<>();
			scores.forEach((aspect, n) -> {
				long total = 0;
				long sum = 0;
				List<Long> counts = new ArrayList<>();
				for (int i = 0; i < 5; i++) {
					total += n[i];
					sum += n[i] * (i + 1);
					counts.add(n[i]);
				}
				scoreRows.add(new ScoreRow(aspect, counts, total, total == 0 ? 0 : (double) sum / total));
			});
			String day = ReportSql.day(f, "o.started_at"); //$NON-NLS-1$
			ReportSql byDay = ReportSql.outcomes(f, day + ", s.aspect, COUNT(*), SUM(CAST(s.score AS BIGINT))", false, false) //$NON-NLS-1$
					.add(" JOIN call_outcome_score s ON s.outcome_id = o.id").whereOutcomes(f) //$NON-NLS-1$
					.add(" GROUP BY " + day + ", s.aspect"); //$NON-NLS-1$ //$NON-NLS-2$
			Map<String, long[]> weeks = new TreeMap<>();
			try (PreparedStatement p = byDay.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					LocalDate monday = rs.getDate(1).toLocalDate()
							.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
					long[] w = weeks.computeIfAbsent(monday + "\t" + rs.getString(2), k -> new long[2]); //$NON-NLS-1$
					w[0] += rs.getLong(3);
					w[1] += rs.getLong(4);
				}
			}
			List<WeekRow> weekRows = new ArrayList<>();
			weeks.forEach((k, w) -> {
				String[] parts = k.split("\t", 2); //$NON-NLS-1$
				weekRows.add(new WeekRow(LocalDate.parse(parts[0]), parts[1], w[0], (double) w[1] / w[0]));
			});
			List<Counted> counted = answers(c, f, false, false);
			List<AnswerRow> answers = merge(counted.stream()
					.filter(a -> questions.asksSatisfaction(a.scriptId(), a.version(), a.step())).toList(), false);
			return new SatisfactionReport(f, scoreRows, weekRows, answers, reasons(c, f));
		});
	}

	/** The answers given in the calls of the period, per script version, step and answer (and group). */
	private List<Counted> answers(Connection c, ReportFilter f, boolean byEngineer, boolean byAgent)
			throws SQLException {
		String group = byEngineer ? "e.engineer, e.kind, " : byAgent ? "o.agent, '', " : "'', '', "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String columns = "o.script_id, o.script_version, st.step_number, st.answer_label"; //$NON-NLS-1$
		ReportSql sql = ReportSql.outcomes(f, group + columns + ", COUNT(*)", byEngineer, byEngineer) //$NON-NLS-1$
				.add(" JOIN call_outcome_step st ON st.outcome_id = o.id").whereOutcomes(f); //$NON-NLS-1$
		if (byEngineer) {
			supervision(sql);
		}
		sql.add(" GROUP BY " + (byEngineer ? "e.engineer, e.kind, " : byAgent ? "o.agent, " : "") + columns); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<Counted> result = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.add(new Counted(rs.getString(1) == null ? "" : rs.getString(1), rs.getString(2), rs.getString(3), //$NON-NLS-1$
						rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getLong(7)));
			}
		}
		return result;
	}

	/** Only the supervision calls: of a supervision call type, about an engineer. */
	private void supervision(ReportSql sql) {
		sql.add(" AND e.engineer IS NOT NULL"); //$NON-NLS-1$
		if (supervisionTypes.isEmpty()) {
			sql.add(" AND 1 = 0"); //$NON-NLS-1$
			return;
		}
		sql.add(" AND t.call_type IN (" + String.join(", ", supervisionTypes.stream().map(x -> "?").toList()) + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				supervisionTypes.toArray());
	}

	/** The same question of several script versions (or scripts) counted together, in script order. */
	private List<AnswerRow> merge(List<Counted> counted, boolean withGroup) {
		Map<List<Object>, long[]> sums = new LinkedHashMap<>();
		Map<List<Object>, AnswerRow> first = new HashMap<>();
		for (Counted a : counted) {
			String question = questions.question(a.scriptId(), a.version(), a.step());
			String type = questions.callType(a.scriptId(), a.version());
			List<Object> key = List.of(withGroup ? a.group() : "", type, question, String.valueOf(a.answer())); //$NON-NLS-1$
			sums.computeIfAbsent(key, k -> new long[1])[0] += a.count();
			first.putIfAbsent(key, new AnswerRow(withGroup ? a.group() : "", type, a.step(), question, a.answer(), //$NON-NLS-1$
					questions.negative(a.scriptId(), a.version(), a.step(), a.answer()), 0));
		}
		List<AnswerRow> rows = new ArrayList<>();
		sums.forEach((k, n) -> {
			AnswerRow r = first.get(k);
			rows.add(new AnswerRow(r.group(), r.callType(), r.step(), r.question(), r.answer(), r.negative(), n[0]));
		});
		rows.sort(Comparator.comparing(AnswerRow::group).thenComparing(AnswerRow::callType)
				.thenComparingInt(AnswerRow::step).thenComparing(AnswerRow::question)
				.thenComparing(Comparator.comparingLong(AnswerRow::count).reversed()));
		return rows;
	}

	/** The reasons recorded in the calls of the period (fields named as a reason), newest first. */
	private List<NoteLine> reasons(Connection c, ReportFilter f) throws SQLException {
		ReportSql sql = ReportSql.outcomes(f, "o.id, o.contact_id, '', o.agent, o.started_at, v.field, " //$NON-NLS-1$
				+ "v.field_value, o.notes", false, false) //$NON-NLS-1$
				.add(" JOIN call_outcome_value v ON v.outcome_id = o.id") //$NON-NLS-1$
				.whereOutcomes(f)
				.add(" AND (LOWER(v.field) LIKE '%reason%' OR v.field LIKE '%原因%')" //$NON-NLS-1$
						+ " ORDER BY o.started_at DESC, o.id DESC FETCH FIRST " + LocalReportService.LISTED + " ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
		List<NoteLine> lines = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				String notes = rs.getString(8);
				lines.add(new NoteLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						ReportSql.instant(rs, 5), null, rs.getString(6), null,
						rs.getString(7) + (notes == null || notes.isBlank() ? "" : " — " + notes))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return named(c, lines);
	}

	// --- supervision -----------------------------------------------------------------------------------------

	SupervisionReport supervision(ReportFilter f) {
		return store.read(c -> {
			Map<String, long[]> engineers = new TreeMap<>();
			ReportSql calls = ReportSql.outcomes(f, "e.engineer, e.kind, COUNT(*)", true, true).whereOutcomes(f); //$NON-NLS-1$
			supervision(calls);
			calls.add(" GROUP BY e.engineer, e.kind"); //$NON-NLS-1$
			try (PreparedStatement p = calls.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					engineers.computeIfAbsent(rs.getString(1) + "\t" + rs.getString(2), k -> new long[4])[0] = rs.getLong(3); //$NON-NLS-1$
				}
			}
			ReportSql scores = ReportSql.outcomes(f, "e.engineer, e.kind, COUNT(*), SUM(CAST(s.score AS BIGINT))", true, true) //$NON-NLS-1$
					.add(" JOIN call_outcome_score s ON s.outcome_id = o.id").whereOutcomes(f); //$NON-NLS-1$
			supervision(scores);
			scores.add(" GROUP BY e.engineer, e.kind"); //$NON-NLS-1$
			try (PreparedStatement p = scores.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					long[] e = engineers.computeIfAbsent(rs.getString(1) + "\t" + rs.getString(2), k -> new long[4]); //$NON-NLS-1$
					e[2] = rs.getLong(3);
					e[3] = rs.getLong(4);
				}
			}
			List<Counted> counted = answers(c, f, true, false);
			List<Counted> bad = new ArrayList<>();
			for (Counted a : counted) {
				if (questions.negative(a.scriptId(), a.version(), a.step(), a.answer())) {
					bad.add(a);
					long[] e = engineers.get(a.group() + "\t" + a.kind()); //$NON-NLS-1$
					if (e != null) {
						e[1] += a.count();
					}
				}
			}
			List<EngineerRow> rows = new ArrayList<>();
			engineers.forEach((k, e) -> {
				String[] parts = k.split("\t", 2); //$NON-NLS-1$
				rows.add(new EngineerRow(parts[0], parts[1], e[0], e[1], e[2], e[2] == 0 ? 0 : (double) e[3] / e[2]));
			});
			rows.sort(Comparator.comparingDouble((EngineerRow r) -> r.calls() == 0 ? 0 : -(double) r.negativeAnswers()
					/ r.calls()).thenComparing(EngineerRow::engineer));
			return new SupervisionReport(f, rows, merge(counted, true), worst(c, f, bad));
		});
	}

	/** The latest bad answers of the supervision calls, with what was recorded in their calls. */
	private List<NoteLine> worst(Connection c, ReportFilter f, List<Counted> bad) throws SQLException {
		if (bad.isEmpty()) {
			return List.of();
		}
		ReportSql sql = ReportSql.outcomes(f, "o.id, o.contact_id, '', o.agent, o.started_at, e.engineer, " //$NON-NLS-1$
				+ "o.script_id, o.script_version, st.step_number, st.answer_label, o.notes", true, true) //$NON-NLS-1$
				.add(" JOIN call_outcome_step st ON st.outcome_id = o.id") //$NON-NLS-1$
				.whereOutcomes(f);
		supervision(sql);
		sql.add(" AND ("); //$NON-NLS-1$
		List<String> seen = new ArrayList<>();
		for (Counted a : bad) {
			String key = a.scriptId() + "@" + a.version() + "#" + a.step() + "=" + a.answer(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (seen.contains(key) || seen.size() >= 200) {
				continue;
			}
			sql.add((seen.isEmpty() ? "" : " OR ") + "(o.script_id = ? AND o.script_version = ? AND st.step_number = ? " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "AND st.answer_label = ?)", a.scriptId(), a.version(), a.step(), a.answer()); //$NON-NLS-1$
			seen.add(key);
		}
		sql.add(") ORDER BY o.started_at DESC, o.id DESC, st.step_number FETCH FIRST " + LocalReportService.LISTED //$NON-NLS-1$
				+ " ROWS ONLY"); //$NON-NLS-1$
		List<NoteLine> lines = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				String question = questions.question(rs.getString(7), rs.getInt(8), rs.getInt(9));
				lines.add(new NoteLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						ReportSql.instant(rs, 5), rs.getString(6), question, rs.getString(10), rs.getString(11)));
				ids.add(rs.getLong(1));
			}
		}
		Map<Long, String> recorded = recorded(c, ids);
		List<NoteLine> result = new ArrayList<>();
		for (NoteLine l : lines) {
			String values = recorded.get(l.outcomeId());
			String notes = values == null ? l.notes() : l.notes() == null ? values : values + " — " + l.notes(); //$NON-NLS-1$
			result.add(new NoteLine(l.outcomeId(), l.contactId(), l.contactName(), l.agent(), l.at(), l.engineer(),
					l.question(), l.answer(), notes));
		}
		return named(c, result);
	}

	/** The lines with their contacts' names, read for just these contacts. */
	private static List<NoteLine> named(Connection c, List<NoteLine> lines) throws SQLException {
		Map<Long, String> names = LocalReportService.contactNames(c,
				lines.stream().map(NoteLine::contactId).distinct().toList());
		return lines.stream().map(l -> new NoteLine(l.outcomeId(), l.contactId(), names.get(l.contactId()), l.agent(),
				l.at(), l.engineer(), l.question(), l.answer(), l.notes())).toList();
	}

	/** What was recorded in these calls, "field: value; ..." per call. */
	private static Map<Long, String> recorded(Connection c, List<Long> ids) throws SQLException {
		Map<Long, String> result = new HashMap<>();
		List<Long> distinct = ids.stream().distinct().toList();
		if (distinct.isEmpty()) {
			return result;
		}
		ReportSql sql = new ReportSql().add("SELECT outcome_id, field, field_value FROM call_outcome_value WHERE " //$NON-NLS-1$
				+ "outcome_id IN (" + String.join(", ", distinct.stream().map(x -> "?").toList()) + ") " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "ORDER BY outcome_id, field", distinct.toArray()); //$NON-NLS-1$
		try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				result.merge(rs.getLong(1), rs.getString(2) + ": " + rs.getString(3), (a, b) -> a + "; " + b); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return result;
	}

	// --- data quality ----------------------------------------------------------------------------------------

	QualityReport quality(ReportFilter f) {
		return store.read(c -> {
			Map<String, long[]> agents = new TreeMap<>();
			ReportSql calls = ReportSql.outcomes(f, "o.agent, o.script_id, o.script_version, COUNT(*)", false, false) //$NON-NLS-1$
					.whereOutcomes(f).add(" GROUP BY o.agent, o.script_id, o.script_version"); //$NON-NLS-1$
			Map<String, Boolean> hasCheck = new HashMap<>();
			try (PreparedStatement p = calls.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					long[] a = agents.computeIfAbsent(rs.getString(1), k -> new long[4]);
					a[0] += rs.getLong(4);
					String id = rs.getString(2);
					int version = rs.getInt(3);
					if (hasCheck.computeIfAbsent(id + "@" + version, k -> offersCheck(id, version))) { //$NON-NLS-1$
						a[1] += rs.getLong(4);
					}
				}
			}
			for (Counted a : answers(c, f, false, true)) {
				if (questions.checksData(a.scriptId(), a.version(), a.step())) {
					long[] row = agents.computeIfAbsent(a.group(), k -> new long[4]);
					row[2] += a.count();
					if (questions.corrects(a.scriptId(), a.version(), a.step(), a.answer())) {
						row[3] += a.count();
					}
				}
			}
			long[] total = new long[4];
			List<QualityRow> rows = new ArrayList<>();
			agents.forEach((agent, a) -> {
				rows.add(new QualityRow(agent, a[0], a[1], a[2], a[3]));
				for (int i = 0; i < 4; i++) {
					total[i] += a[i];
				}
			});
			return new QualityReport(f, new QualityRow("", total[0], total[1], total[2], total[3]), rows); //$NON-NLS-1$
		});
	}

	private boolean offersCheck(String scriptId, int version) {
		for (int step = 1; step <= 60; step++) {
			if (questions.checksData(scriptId, version, step)) {
				return true;
			}
		}
		return false;
	}
}
