package org.revisit.core.service.local;

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
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.AnswerCount;
import org.revisit.store.ReportQueries.AnswerKey;
import org.revisit.store.ReportQueries.BadAnswer;
import org.revisit.store.ReportQueries.GroupCount;
import org.revisit.store.ReportQueries.Recorded;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.ReportQueries.ScoreCount;
import org.revisit.store.Store;
import org.revisit.store.Tx;

/**
 * The reports on what customers answered: satisfaction (scores and satisfaction questions), supervision (answers
 * per serviced engineer) and data quality (the data-check step of the scripts). The database counts the answers
 * per script version, step and answer ({@link ReportQueries}); the scripts then say which step asks what.
 */
final class OutcomeReports {

	private final Store store;
	private final ReportQuestions questions;
	private final List<String> supervisionTypes;

	OutcomeReports(Store store, ReportQuestions questions, List<String> supervisionTypes) {
		this.store = store;
		this.questions = questions;
		this.supervisionTypes = supervisionTypes;
	}

	// --- satisfaction ----------------------------------------------------------------------------------------

	SatisfactionReport satisfaction(ReportFilter filter) {
		Scope f = LocalReportService.scope(filter);
		return store.reading(tx -> {
			Map<String, long[]> scores = new TreeMap<>();
			Map<String, long[]> weeks = new TreeMap<>();
			for (ScoreCount s : ReportQueries.scores(tx, f)) {
				scores.computeIfAbsent(s.aspect(), k -> new long[5])[s.score() - 1] += s.count();
				LocalDate monday = s.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				long[] w = weeks.computeIfAbsent(monday + "\t" + s.aspect(), k -> new long[2]); //$NON-NLS-1$
				w[0] += s.count();
				w[1] += s.count() * s.score();
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
			List<WeekRow> weekRows = new ArrayList<>();
			weeks.forEach((k, w) -> {
				String[] parts = k.split("\t", 2); //$NON-NLS-1$
				weekRows.add(new WeekRow(LocalDate.parse(parts[0]), parts[1], w[0], (double) w[1] / w[0]));
			});
			List<AnswerCount> counted = ReportQueries.answers(tx, f, null, false);
			List<AnswerRow> answers = merge(counted.stream()
					.filter(a -> questions.asksSatisfaction(a.scriptId(), a.version(), a.step())).toList(), false);
			List<NoteLine> reasons = new ArrayList<>();
			for (Recorded r : ReportQueries.reasons(tx, f)) {
				String notes = r.notes();
				reasons.add(new NoteLine(r.outcomeId(), r.contactId(), "", r.agent(), r.at(), null, r.field(), null, //$NON-NLS-1$
						r.value() + (notes == null || notes.isBlank() ? "" : " — " + notes))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new SatisfactionReport(filter, scoreRows, weekRows, answers, named(tx, reasons));
		});
	}

	/** The same question of several script versions (or scripts) counted together, in script order. */
	private List<AnswerRow> merge(List<AnswerCount> counted, boolean withGroup) {
		Map<List<Object>, long[]> sums = new LinkedHashMap<>();
		Map<List<Object>, AnswerRow> first = new HashMap<>();
		for (AnswerCount a : counted) {
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

	// --- supervision -----------------------------------------------------------------------------------------

	SupervisionReport supervision(ReportFilter filter) {
		Scope f = LocalReportService.scope(filter);
		return store.reading(tx -> {
			Map<String, long[]> engineers = new TreeMap<>();
			for (GroupCount g : ReportQueries.supervisionCalls(tx, f, supervisionTypes)) {
				engineers.computeIfAbsent(g.group() + "\t" + g.kind(), k -> new long[4])[0] = g.count(); //$NON-NLS-1$
			}
			for (GroupCount g : ReportQueries.supervisionScores(tx, f, supervisionTypes)) {
				long[] e = engineers.computeIfAbsent(g.group() + "\t" + g.kind(), k -> new long[4]); //$NON-NLS-1$
				e[2] = g.count();
				e[3] = g.sum();
			}
			List<AnswerCount> counted = ReportQueries.answers(tx, f, supervisionTypes, false);
			List<AnswerKey> bad = new ArrayList<>();
			for (AnswerCount a : counted) {
				if (questions.negative(a.scriptId(), a.version(), a.step(), a.answer())) {
					bad.add(new AnswerKey(a.scriptId(), a.version(), a.step(), a.answer()));
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
			List<BadAnswer> worst = ReportQueries.worst(tx, f, supervisionTypes, bad);
			Map<Long, String> recorded = ReportQueries.recorded(tx, worst.stream().map(BadAnswer::outcomeId).toList());
			List<NoteLine> lines = new ArrayList<>();
			for (BadAnswer b : worst) {
				String values = recorded.get(b.outcomeId());
				String notes = values == null ? b.notes() : b.notes() == null ? values : values + " — " + b.notes(); //$NON-NLS-1$
				lines.add(new NoteLine(b.outcomeId(), b.contactId(), "", b.agent(), b.at(), b.engineer(), //$NON-NLS-1$
						questions.question(b.scriptId(), b.version(), b.step()), b.answer(), notes));
			}
			return new SupervisionReport(filter, rows, merge(counted, true), named(tx, lines));
		});
	}

	/** The lines with their contacts' names, read for just these contacts. */
	private static List<NoteLine> named(Tx tx, List<NoteLine> lines) throws java.sql.SQLException {
		Map<Long, String> names = ReportQueries.contactNames(tx,
				lines.stream().map(NoteLine::contactId).distinct().toList());
		return lines.stream().map(l -> new NoteLine(l.outcomeId(), l.contactId(), names.get(l.contactId()), l.agent(),
				l.at(), l.engineer(), l.question(), l.answer(), l.notes())).toList();
	}

	// --- data quality ----------------------------------------------------------------------------------------

	QualityReport quality(ReportFilter filter) {
		Scope f = LocalReportService.scope(filter);
		return store.reading(tx -> {
			Map<String, long[]> agents = new TreeMap<>();
			Map<String, Boolean> hasCheck = new HashMap<>();
			for (GroupCount g : ReportQueries.callsByScript(tx, f)) {
				long[] a = agents.computeIfAbsent(g.group(), k -> new long[4]);
				a[0] += g.count();
				String id = g.scriptId();
				int version = g.version();
				if (hasCheck.computeIfAbsent(id + "@" + version, k -> offersCheck(id, version))) { //$NON-NLS-1$
					a[1] += g.count();
				}
			}
			for (AnswerCount a : ReportQueries.answers(tx, f, null, true)) {
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
			return new QualityReport(filter, new QualityRow("", total[0], total[1], total[2], total[3]), rows); //$NON-NLS-1$
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
