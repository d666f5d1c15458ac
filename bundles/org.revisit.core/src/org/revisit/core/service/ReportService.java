package org.revisit.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of the team, computed in the database from the stored call tasks, outcomes (answers, scores,
 * recorded values, follow-ups), promised callbacks and service events.
 *
 * <p>Who may read what: the calling, promised-callback, complaint and data-quality reports need
 * {@link Permission#RESULTS} (managers); the satisfaction and supervision reports and the calls behind a figure
 * need {@link Permission#ALL_OUTCOMES} (supervisors, who review every outcome already and run the supervision
 * callbacks whose answers these reports count).</p>
 *
 * <p>A {@link ReportFilter} names the period (days in its time zone, both included) and narrows by campaign, call
 * type, agent and serviced engineer; which filter applies to which report is said at each report. Figures are
 * counts of rows as stored: nothing is estimated.</p>
 */
public interface ReportService {

	/** Longest period a report covers, in days. */
	int MAX_DAYS = 3_700;

	/**
	 * What a report covers.
	 *
	 * @param from first day (in {@code zone})
	 * @param to last day, included
	 * @param campaignId only this campaign's calls, or {@code null}
	 * @param callType only calls of this call type id, or {@code null}
	 * @param agent only calls made by (promises owned by) this user, or {@code null}
	 * @param engineer only calls about service events of this engineer or trainer, or {@code null}
	 * @param zone the time zone of the days ({@code null}: Asia/Shanghai, where the contacts live)
	 */
	record ReportFilter(LocalDate from, LocalDate to, Long campaignId, String callType, String agent, String engineer,
			String zone) {

		/** The whole team's calls from {@code from} to {@code to}. */
		public static ReportFilter period(LocalDate from, LocalDate to) {
			return new ReportFilter(from, to, null, null, null, null, null);
		}

		public ReportFilter withCampaign(Long id) {
			return new ReportFilter(from, to, id, callType, agent, engineer, zone);
		}

		public ReportFilter withCallType(String id) {
			return new ReportFilter(from, to, campaignId, id, agent, engineer, zone);
		}

		public ReportFilter withAgent(String name) {
			return new ReportFilter(from, to, campaignId, callType, name, engineer, zone);
		}

		public ReportFilter withEngineer(String name) {
			return new ReportFilter(from, to, campaignId, callType, agent, name, zone);
		}

		public ReportFilter withZone(String id) {
			return new ReportFilter(from, to, campaignId, callType, agent, engineer, id);
		}
	}

	/** How the calling report groups its rows. */
	enum Dimension {
		CAMPAIGN, CALL_TYPE, AGENT, DAY
	}

	/**
	 * The calls of one group. A call is a call task (cancelled ones left out), counted on the day it was last due;
	 * it is <i>attempted</i> once dialled, <i>reached</i> when it has an outcome (someone answered the script),
	 * <i>completed</i> when the outcome ended as {@code COMPLETED}, <i>refused</i> when it ended as
	 * {@code REFUSED}; <i>unreachable</i> after the last unanswered attempt, a <i>wrong number</i> when the attempt
	 * ended so. Talk time is the time from opening to finishing the calls that were reached.
	 *
	 * @param key the group (campaign id, call type id, agent, ISO day); "" for calls without one (not reached:
	 *            no agent)
	 * @param label the group for people (the campaign's name; else the key)
	 */
	record CallingRow(String key, String label, long planned, long attempted, long reached, long completed,
			long refused, long unreachable, long wrongNumbers, long attemptsOfCompleted, long talkSeconds) {

		/** The same figures under another label (a name in the reader's language). */
		public CallingRow withLabel(String other) {
			return new CallingRow(key, other, planned, attempted, reached, completed, refused, unreachable, wrongNumbers,
					attemptsOfCompleted, talkSeconds);
		}

		/** Reached per attempted call (0 when none was attempted). */
		public double contactRate() {
			return attempted == 0 ? 0 : (double) reached / attempted;
		}

		/** Completed per reached call. */
		public double completionRate() {
			return reached == 0 ? 0 : (double) completed / reached;
		}

		/** Attempts a completed call took, on average. */
		public double averageAttempts() {
			return completed == 0 ? 0 : (double) attemptsOfCompleted / completed;
		}
	}

	/**
	 * The calling report: one row per group, busiest first, and the total; and, with the same filters but for one
	 * day each, today (in the filter's zone, by the service's clock) and the same weekday a week before, so a
	 * manager sees at a glance whether today runs as last week did.
	 */
	record CallingReport(ReportFilter filter, Dimension by, List<CallingRow> rows, CallingRow total,
			LocalDate today, CallingRow todayRow, CallingRow lastWeekRow) {
	}

	/**
	 * Promised callbacks of one owner or source, due in the period: made on time (its call finished by the
	 * promised moment), late, unreachable (the call ended unanswered after its last attempt), overdue (still owed
	 * and its moment passed), open (still owed, not yet due), superseded (replaced by a new promise).
	 */
	record CallbackRow(String key, long total, long onTime, long late, long unreachable, long overdue, long open,
			long superseded) {

		/** Missed: never made, unreachable or overdue. */
		public long missed() {
			return unreachable + overdue;
		}

		/** The service level: kept on time per promise whose moment has come (superseded ones left out). */
		public double serviceLevel() {
			long due = onTime + late + unreachable + overdue;
			return due == 0 ? 0 : (double) onTime / due;
		}
	}

	/**
	 * One promise: {@code status} is ON_TIME, LATE, UNREACHABLE, OVERDUE, OPEN or SUPERSEDED; {@code minutesLate}
	 * is how late it was made (LATE) or is (OVERDUE), else 0.
	 */
	record CallbackLine(long callbackId, long contactId, String contactName, String owner, String source,
			Instant dueAt, String status, Instant closedAt, long minutesLate) {
	}

	/** The promised-callback report: totals, per owner and per source, and the promises overdue first. */
	record CallbackReport(ReportFilter filter, Instant now, CallbackRow total, List<CallbackRow> byOwner,
			List<CallbackRow> bySource, List<CallbackLine> promises) {
	}

	/** The 1–5 scores given for one aspect (a scored question): {@code counts} has five entries, for 1 to 5. */
	record ScoreRow(String aspect, List<Long> counts, long total, double mean) {
	}

	/** The scores of one aspect in the week that starts on Monday {@code week}. */
	record WeekRow(LocalDate week, String aspect, long count, double mean) {
	}

	/**
	 * How often one answer was given to one question of the scripts (the question as the script says it; the
	 * same question of several script versions counted together).
	 *
	 * @param group the engineer (supervision report), or "" (satisfaction report)
	 * @param callType the call type of the script
	 * @param negative whether the answer is a bad one (dissatisfied; in supervision, one that makes the agent
	 *            write down what went wrong)
	 */
	record AnswerRow(String group, String callType, int step, String question, String answer, boolean negative,
			long count) {
	}

	/** A bad answer or a recorded reason, with the notes of its call. */
	record NoteLine(long outcomeId, long contactId, String contactName, String agent, Instant at, String engineer,
			String question, String answer, String notes) {
	}

	/**
	 * The satisfaction report: the scores per aspect, their weekly trend, the answers to the satisfaction
	 * questions (steps asking whether the customer is satisfied) and the reasons recorded, newest first.
	 */
	record SatisfactionReport(ReportFilter filter, List<ScoreRow> scores, List<WeekRow> weeks,
			List<AnswerRow> answers, List<NoteLine> reasons) {
	}

	/** The supervision calls about one engineer or trainer and one kind of service event. */
	record EngineerRow(String engineer, String kind, long calls, long negativeAnswers, long scores, double meanScore) {
	}

	/** The supervision report: per engineer, their answers per question, and the worst answers with notes. */
	record SupervisionReport(ReportFilter filter, List<EngineerRow> engineers, List<AnswerRow> answers,
			List<NoteLine> worst) {
	}

	/**
	 * Complaints of one category and severity received in the period: how many, marked resolved, closed (their
	 * promised callback made), the mean hours from receipt to that callback, and the follow-ups of their calls.
	 */
	record ComplaintRow(String category, String severity, long complaints, long resolved, long closed,
			double averageHoursToClose, long followUps, long followUpsDone) {
	}

	/** Five or more contacts complaining about the same matter (same category and subject). */
	record CollectiveComplaint(String category, String subject, long contacts, long complaints, Instant first,
			Instant last) {
	}

	/** The complaints report. */
	record ComplaintReport(ReportFilter filter, List<ComplaintRow> rows, ComplaintRow total,
			List<CollectiveComplaint> collective) {
	}

	/**
	 * Reached calls of one agent and how many checked the contact's data: {@code offered} calls had a data-check
	 * step in their script, {@code verified} went through it, {@code corrected} of those recorded a change.
	 */
	record QualityRow(String agent, long calls, long offered, long verified, long corrected) {

		/** Verified per reached call. */
		public double verifiedShare() {
			return calls == 0 ? 0 : (double) verified / calls;
		}

		/** Corrected per verified call. */
		public double correctedShare() {
			return verified == 0 ? 0 : (double) corrected / verified;
		}
	}

	/** The data-quality report. */
	record QualityReport(ReportFilter filter, QualityRow total, List<QualityRow> byAgent) {
	}

	/** A figure whose calls can be listed. */
	enum Figure {
		PLANNED, ATTEMPTED, REACHED, COMPLETED, REFUSED, UNREACHABLE, WRONG_NUMBER, TALKED,
		/** Calls in which {@code aspect} was scored {@code score}. */
		SCORE,
		/** Supervision calls made about engineer {@code key} for events of kind {@code aspect} (null: all kinds). */
		SUPERVISED,
		/** Calls agent {@code key} made in the period (the data-quality report's rows). */
		MADE_BY,
		/** Calls following up complaints of category {@code key} and severity {@code aspect} (null: all). */
		COMPLAINT,
		/** Calls of promised callbacks owned by {@code key} (by null) or from source {@code key} (by non-null). */
		CALLBACK
	}

	/**
	 * Which calls to list: those behind {@code figure} in the group {@code key} of dimension {@code by}
	 * ({@code by} null: all groups), or for {@link Figure#SCORE} those with {@code aspect} scored {@code score};
	 * the figures of the other reports say what {@code key} and {@code aspect} mean there.
	 */
	record Drill(Figure figure, Dimension by, String key, String aspect, int score) {
	}

	/** One call behind a figure: its task (0 when the call had none), outcome (or null), contact. */
	record CallLine(long taskId, Long outcomeId, long contactId, String contactName, Long campaignId, String callType,
			String agent, Instant dueFrom, Instant startedAt, String state, String disposition, int attempts,
			long talkSeconds) {
	}

	/** Calls per campaign, call type, agent or day; filters: all. */
	CallingReport calling(ReportFilter filter, Dimension by);

	/** Promised callbacks due in the period; filters: agent (the owner), engineer (of the complaint). */
	CallbackReport callbacks(ReportFilter filter);

	/** Scores and satisfaction answers of the calls made in the period; filters: all. */
	SatisfactionReport satisfaction(ReportFilter filter);

	/** Supervision calls made in the period, per serviced engineer; filters: all. */
	SupervisionReport supervision(ReportFilter filter);

	/** Complaints received in the period; filters: engineer. */
	ComplaintReport complaints(ReportFilter filter);

	/** Data checks in the calls made in the period; filters: all. */
	QualityReport quality(ReportFilter filter);

	/** The calls behind a figure of the calling report (or a score), {@code limit} from row {@code offset}. */
	List<CallLine> calls(ReportFilter filter, Drill drill, long offset, int limit);

	/**
	 * One reply of the answer library in the answers report: its entry id, its category path and what the customer
	 * says (as in the library in use, or as when it was used if it is no longer there), how often it was used, in
	 * how many finished calls, and how many uses a "dissatisfied" answer followed in the same call.
	 */
	record AnswerUsage(String entryId, String path, String customer, int uses, int finished, int dissatisfiedAfter) {
	}

	/** The replies used in the period, most used first, and those used before a "dissatisfied" answer. */
	record AnswerReport(ReportFilter filter, List<AnswerUsage> mostUsed, List<AnswerUsage> beforeDissatisfied) {
	}

	/** Which replies of the answer library were used in the calls of the period; filters: the period. */
	AnswerReport answers(ReportFilter filter);

	/** The reports (and the list of calls behind a figure), as {@link #exported} names them. */
	enum Report {
		CALLING, CALLBACKS, SATISFACTION, SUPERVISION, COMPLAINTS, QUALITY, CALLS, ANSWERS;

		/** What reading the report needs (and so recording its export). */
		public Permission needs() {
			return switch (this) {
			case SATISFACTION, SUPERVISION, CALLS -> Permission.ALL_OUTCOMES;
			default -> Permission.RESULTS;
			};
		}
	}

	/** How a report left the program. */
	enum ExportForm {
		/** Its tables as a CSV file (the target is the file). */
		CSV,
		/** Its chart as a PNG image (the target is the file). */
		PNG,
		/** Printed (the target is the printer's name). */
		PRINT
	}

	/**
	 * Records in the audit trail (action {@code EXPORT}, entity {@code Report}) that the user took {@code report}
	 * of {@code filter} out of the program as {@code form} to {@code target}: the file's name on the user's
	 * computer, or the printer's (at most 1,000 characters without control characters). The export itself happens
	 * where the user is (the workbench or the command line); it is recorded right after it succeeded. Needs what
	 * reading the report needs ({@link Report#needs()}).
	 */
	void exported(Report report, ReportFilter filter, ExportForm form, String target);

	/**
	 * The report zone: the time zone of the days of the team's report summaries (a team setting, default
	 * Asia/Shanghai). A report whose zone gives the same day as the report zone all through its period is read from
	 * the summaries (fast); one in another zone reads every row of its period, with the same figures, more slowly.
	 * Everyone may read it.
	 */
	String reportZone();

	/**
	 * Makes {@code zone} (a name such as Europe/London or UTC) the report zone ({@link Permission#RESULTS}:
	 * managers; audited). The summaries are computed again with their days in it, which takes minutes on a million
	 * outcomes; reports go on meanwhile in the old zone's summaries and change to the new ones at once when they
	 * are ready. Nothing changes if it is the report zone already.
	 *
	 * @throws ServiceException INVALID if {@code zone} is not a time zone
	 */
	ReportZone setReportZone(String zone);

	/**
	 * A change of the report zone: the zone now and before, the summary rows written, how long it took.
	 */
	record ReportZone(String zone, String before, long rows, long millis) {
	}
}
