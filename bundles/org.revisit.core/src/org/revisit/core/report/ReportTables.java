package org.revisit.core.report;

import java.util.ArrayList;
import java.util.List;

import org.revisit.core.service.ReportService.AnswerReport;
import org.revisit.core.service.ReportService.AnswerRow;
import org.revisit.core.service.ReportService.AnswerUsage;
import org.revisit.core.service.ReportService.CallLine;
import org.revisit.core.service.ReportService.CallbackLine;
import org.revisit.core.service.ReportService.CallbackReport;
import org.revisit.core.service.ReportService.CallbackRow;
import org.revisit.core.service.ReportService.CallingReport;
import org.revisit.core.service.ReportService.CallingRow;
import org.revisit.core.service.ReportService.CollectiveComplaint;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.ComplaintRow;
import org.revisit.core.service.ReportService.EngineerRow;
import org.revisit.core.service.ReportService.NoteLine;
import org.revisit.core.service.ReportService.QualityReport;
import org.revisit.core.service.ReportService.QualityRow;
import org.revisit.core.service.ReportService.SatisfactionReport;
import org.revisit.core.service.ReportService.ScoreRow;
import org.revisit.core.service.ReportService.SupervisionReport;
import org.revisit.core.service.ReportService.WeekRow;

/**
 * The reports as tables with English column names: what the command line prints and writes as CSV or JSON. The
 * workbench shows the same figures under its own (translated) column names.
 */
public final class ReportTables {

	private ReportTables() {
	}

	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object c : cells) {
			row.add(c instanceof Integer i ? Long.valueOf(i) : c);
		}
		return row;
	}

	public static List<ReportTable> of(CallingReport r) {
		String by = r.by().name().toLowerCase().replace('_', ' ');
		List<List<Object>> rows = new ArrayList<>();
		for (CallingRow c : r.rows()) {
			rows.add(calling(c.label().isEmpty() ? "(not reached)" : c.label(), c)); //$NON-NLS-1$
		}
		rows.add(calling("Total", r.total())); //$NON-NLS-1$
		List<ReportTable> tables = new ArrayList<>();
		tables.add(new ReportTable("Calling per " + by, callingColumns(by), rows)); //$NON-NLS-1$
		if (r.todayRow() != null && r.lastWeekRow() != null) {
			tables.add(new ReportTable("Today and the same weekday last week", callingColumns("day"), //$NON-NLS-1$ //$NON-NLS-2$
					List.of(calling(r.todayRow().label(), r.todayRow()), calling(r.lastWeekRow().label(), r.lastWeekRow()))));
		}
		return tables;
	}

	private static List<String> callingColumns(String first) {
		return List.of(first, "planned", "attempted", "reached", "contact rate", "completed", "completion rate", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"refused", "unreachable", "wrong numbers", "attempts per completed", "talk minutes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static List<Object> calling(String label, CallingRow c) {
		return row(label, c.planned(), c.attempted(), c.reached(), c.contactRate(), c.completed(), c.completionRate(),
				c.refused(), c.unreachable(), c.wrongNumbers(), c.averageAttempts(), c.talkSeconds() / 60.0);
	}

	public static List<ReportTable> of(CallbackReport r) {
		List<String> columns = List.of("promises", "on time", "late", "unreachable", "overdue", "open", "superseded", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"missed", "service level"); //$NON-NLS-1$ //$NON-NLS-2$
		List<ReportTable> tables = new ArrayList<>();
		tables.add(callbackTable("Promised callbacks per owner", "owner", columns, r.byOwner(), r.total())); //$NON-NLS-1$ //$NON-NLS-2$
		tables.add(callbackTable("Promised callbacks per source", "source", columns, r.bySource(), r.total())); //$NON-NLS-1$ //$NON-NLS-2$
		List<List<Object>> lines = new ArrayList<>();
		for (CallbackLine l : r.promises()) {
			lines.add(row(l.callbackId(), l.contactId(), l.contactName(), l.owner(), l.source(), l.dueAt(),
					l.status(), l.closedAt(), l.minutesLate()));
		}
		tables.add(new ReportTable("Promises, overdue first", List.of("callback", "contact", "name", "owner", "source", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"due", "status", "closed", "minutes late"), lines)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return tables;
	}

	private static ReportTable callbackTable(String title, String key, List<String> columns, List<CallbackRow> rows,
			CallbackRow total) {
		List<String> all = new ArrayList<>(List.of(key));
		all.addAll(columns);
		List<List<Object>> lines = new ArrayList<>();
		for (CallbackRow c : rows) {
			lines.add(callback(c.key().isEmpty() ? "(nobody)" : c.key(), c)); //$NON-NLS-1$
		}
		lines.add(callback("Total", total)); //$NON-NLS-1$
		return new ReportTable(title, all, lines);
	}

	private static List<Object> callback(String key, CallbackRow c) {
		return row(key, c.total(), c.onTime(), c.late(), c.unreachable(), c.overdue(), c.open(), c.superseded(),
				c.missed(), c.serviceLevel());
	}

	public static List<ReportTable> of(SatisfactionReport r) {
		List<List<Object>> scores = new ArrayList<>();
		for (ScoreRow s : r.scores()) {
			scores.add(row(s.aspect(), s.counts().get(0), s.counts().get(1), s.counts().get(2), s.counts().get(3),
					s.counts().get(4), s.total(), s.mean()));
		}
		List<List<Object>> weeks = new ArrayList<>();
		for (WeekRow w : r.weeks()) {
			weeks.add(row(w.week().toString(), w.aspect(), w.count(), w.mean()));
		}
		return List.of(
				new ReportTable("Scores", List.of("aspect", "1", "2", "3", "4", "5", "scores", "mean"), scores), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				new ReportTable("Scores per week", List.of("week from", "aspect", "scores", "mean"), weeks), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				answers("Satisfaction questions", r.answers(), false), //$NON-NLS-1$
				notes("Reasons recorded", r.reasons())); //$NON-NLS-1$
	}

	private static ReportTable answers(String title, List<AnswerRow> answers, boolean group) {
		List<List<Object>> rows = new ArrayList<>();
		for (AnswerRow a : answers) {
			List<Object> r = row(a.callType(), a.step(), a.question(), a.answer(), a.negative() ? "bad" : "", a.count()); //$NON-NLS-1$ //$NON-NLS-2$
			if (group) {
				r.add(0, a.group());
			}
			rows.add(r);
		}
		List<String> columns = new ArrayList<>(List.of("call type", "step", "question", "answer", "bad", "count")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (group) {
			columns.add(0, "engineer"); //$NON-NLS-1$
		}
		return new ReportTable(title, columns, rows);
	}

	private static ReportTable notes(String title, List<NoteLine> notes) {
		List<List<Object>> rows = new ArrayList<>();
		for (NoteLine n : notes) {
			rows.add(row(n.outcomeId(), n.contactId(), n.contactName(), n.agent(), n.at(), n.engineer(),
					n.question(), n.answer(), n.notes()));
		}
		return new ReportTable(title, List.of("outcome", "contact", "name", "agent", "at", "engineer", "question", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"answer", "notes"), rows); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static List<ReportTable> of(SupervisionReport r) {
		List<List<Object>> rows = new ArrayList<>();
		for (EngineerRow e : r.engineers()) {
			rows.add(row(e.engineer(), e.kind(), e.calls(), e.negativeAnswers(), e.scores(), e.meanScore()));
		}
		return List.of(new ReportTable("Supervision per engineer", List.of("engineer", "event", "calls", "bad answers", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"scores", "mean score"), rows), answers("Answers per engineer", r.answers(), true), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				notes("Worst answers", r.worst())); //$NON-NLS-1$
	}

	public static List<ReportTable> of(ComplaintReport r) {
		List<List<Object>> rows = new ArrayList<>();
		for (ComplaintRow c : r.rows()) {
			rows.add(complaint(c.category(), c.severity(), c));
		}
		rows.add(complaint("Total", "", r.total())); //$NON-NLS-1$ //$NON-NLS-2$
		List<List<Object>> groups = new ArrayList<>();
		for (CollectiveComplaint c : r.collective()) {
			groups.add(row(c.category(), c.subject(), c.contacts(), c.complaints(), c.first(), c.last()));
		}
		return List.of(new ReportTable("Complaints", List.of("category", "severity", "complaints", "resolved", "closed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"hours to close", "follow-ups", "follow-ups done"), rows), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new ReportTable("Collective complaints", List.of("category", "subject", "contacts", "complaints", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						"first", "last"), groups)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Object> complaint(String category, String severity, ComplaintRow c) {
		return row(category, severity, c.complaints(), c.resolved(), c.closed(), c.averageHoursToClose(), c.followUps(),
				c.followUpsDone());
	}

	public static List<ReportTable> of(QualityReport r) {
		List<List<Object>> rows = new ArrayList<>();
		for (QualityRow q : r.byAgent()) {
			rows.add(quality(q.agent(), q));
		}
		rows.add(quality("Total", r.total())); //$NON-NLS-1$
		return List.of(new ReportTable("Data quality per agent", List.of("agent", "reached calls", "with a data check", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"verified", "verified share", "corrected", "corrected share"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static List<Object> quality(String agent, QualityRow q) {
		return row(agent, q.calls(), q.offered(), q.verified(), q.verifiedShare(), q.corrected(), q.correctedShare());
	}

	/** The calls behind a figure. */
	public static ReportTable calls(List<CallLine> calls) {
		List<List<Object>> rows = new ArrayList<>();
		for (CallLine l : calls) {
			rows.add(row(l.taskId(), l.outcomeId(), l.contactId(), l.contactName(), l.campaignId(), l.callType(),
					l.agent(), l.dueFrom(), l.startedAt(),
					l.state(), l.disposition(), l.attempts(), l.talkSeconds()));
		}
		return new ReportTable("Calls", List.of("task", "outcome", "contact", "name", "campaign", "call type", "agent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"due", "started", "state", "outcome code", "attempts", "talk seconds"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** The answers report: the replies used, most used first; those used before a "dissatisfied" answer. */
	public static List<ReportTable> of(AnswerReport r) {
		List<String> columns = List.of("entry", "category", "customer says", "uses", "in finished calls", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"before dissatisfied"); //$NON-NLS-1$
		return List.of(new ReportTable("Replies used", columns, usage(r.mostUsed())), //$NON-NLS-1$
				new ReportTable("Replies before a dissatisfied answer", columns, usage(r.beforeDissatisfied()))); //$NON-NLS-1$
	}

	private static List<List<Object>> usage(List<AnswerUsage> list) {
		List<List<Object>> rows = new ArrayList<>();
		for (AnswerUsage u : list) {
			rows.add(row(u.entryId(), u.path(), u.customer(), u.uses(), u.finished(), u.dissatisfiedAfter()));
		}
		return rows;
	}
}
