package org.revisit.core.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.CallingHours.Refusal;
import org.revisit.core.plan.Planner;
import org.revisit.model.Campaign;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;
import org.revisit.store.StoredCalls;
import org.revisit.store.StoredCalls.TaskTrailEntry;

/**
 * Checks every stored call against the calling rules, from the database alone: the outcomes of the calls that
 * reached someone, and the attempts that did not (the audit trail's {@code NOT_REACHED} entries, timed by the
 * opening of the call). A call counts against a rule when it was made outside the contact's calling hours (the
 * campaign's windows in the contact's zone), on a day off of the holiday calendar, to a contact marked do-not-call
 * by then, above the weekly budget (calls of the same contact in one week, promised callbacks aside), by an agent
 * who did not hold the task (or a task finished twice), when a promise's moment passed without a call and without
 * its call having been marked late, or when the answers the service confirmed last are not those of the outcome.
 */
public final class CallChecker {

	private static final int KEPT_EXAMPLES = 10;
	/** How long after its moment an appointment's call stays due (as the planner places it). */
	private static final java.time.Duration APPOINTMENT_SLOT = java.time.Duration.ofHours(1);

	/**
	 * The figures and the violations per rule.
	 *
	 * @param calls calls made: reached ones and attempts that did not reach the contact
	 * @param reached calls that reached someone (an outcome is stored)
	 * @param completed reached calls whose script ran to its end
	 * @param promisesDue promises whose moment has passed
	 * @param promisesKept of those, kept in time (called, or closed as replaced or unreachable, by the moment)
	 * @param promisesLateMarked of those, late, but their call was placed after the promised moment and shown late
	 * @param examples a few of the violations, described
	 */
	public record Verdict(long calls, long reached, long completed, long outsideHours, long dayOff, long doNotCall,
			long overBudget, long twoAgents, long promisesMissed, long answersLost, long promisesDue, long promisesKept,
			long promisesLateMarked, List<String> examples) {

		/** The violations per rule, in the order of the report. */
		public Map<String, Long> violations() {
			Map<String, Long> m = new LinkedHashMap<>();
			m.put("outsideCallingHours", outsideHours);
			m.put("onDayOff", dayOff);
			m.put("doNotCall", doNotCall);
			m.put("aboveWeeklyBudget", overBudget);
			m.put("twoAgentsOnOneTask", twoAgents);
			m.put("promiseMissed", promisesMissed);
			m.put("answerLost", answersLost);
			return m;
		}

		public long totalViolations() {
			return violations().values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/** One call as stored: its task, contact and when it was made. */
	private record Call(long taskId, long contactId, Long campaignId, boolean promise, Instant at, String zone,
			boolean doNotCall, Instant dncDate, String what) {
	}

	private final Store store;
	private final WorkingCalendar calendar;
	private final Map<Long, CallingHours> hours = new HashMap<>();
	private final List<String> examples = new ArrayList<>();

	public CallChecker(Store store) {
		this.store = store;
		this.calendar = Planner.workingCalendar(store);
	}

	/** Checks every stored call, with {@code now} (the store's clock) as the end for promises. */
	public Verdict check() {
		Instant now = store.clock().instant();
		int budget = weeklyBudget();
		StoredCalls stored = store.storedCalls();
		Sequence seq = sequence(stored);
		List<Call> calls = new ArrayList<>();
		long[] reached = { 0 };
		long[] completed = { 0 };
		long[] lost = { 0 };
		Set<Long> finishedTasks = new HashSet<>();
		long[] twice = { 0 };
		stored.reachedCalls(r -> {
			long task = r.taskId() == null ? 0 : r.taskId();
			reached[0]++;
			if ("COMPLETED".equals(r.disposition())) {
				completed[0]++;
			}
			if (r.taskId() != null && !finishedTasks.add(task)) {
				twice[0]++;
				example("task " + task + " has more than one outcome");
			}
			Integer confirmed = seq.confirmedAnswers.get(r.outcomeId());
			if (confirmed != null && confirmed != r.answers()) {
				lost[0]++;
				example("outcome " + r.outcomeId() + " holds " + r.answers() + " answers, the service confirmed " + confirmed);
			}
			calls.add(new Call(task, r.contactId(), r.campaignId(), r.promise(), r.startedAt(), r.timeZone(),
					r.doNotCall(), r.doNotCallDate(), "outcome " + r.outcomeId()));
		});
		stored.unreachedAttempts(a -> {
			Instant opened = seq.openedAt.get(a.auditId());
			calls.add(new Call(a.taskId(), a.contactId(), a.campaignId(), a.promise(),
					opened != null ? opened : a.recordedAt(), a.timeZone(), a.doNotCall(), a.doNotCallDate(),
					"attempt on task " + a.taskId()));
		});
		long outside = 0;
		long dayOff = 0;
		long dnc = 0;
		Map<String, Set<Long>> weeks = new HashMap<>();
		for (Call call : calls) {
			ZoneId zone = PlanningContext.zoneOf(call.zone());
			CallingHours.Verdict v = hoursOf(call.campaignId()).check(call.at(), zone);
			if (!v.allowed()) {
				if (v.refusal() == Refusal.NON_WORKING_DAY) {
					dayOff++;
				} else {
					outside++;
				}
				example(call.what() + " at " + call.at().atZone(zone).toLocalDateTime() + " " + zone + ": " + v.detail());
			}
			if (call.doNotCall() && (call.dncDate() == null || !call.dncDate().isAfter(call.at()))) {
				dnc++;
				example(call.what() + " to contact " + call.contactId() + ", who asked not to be called");
			}
			if (!call.promise()) {
				LocalDate week = call.at().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				weeks.computeIfAbsent(call.contactId() + "@" + week, k -> new HashSet<>()).add(call.taskId());
			}
		}
		long over = 0;
		for (Map.Entry<String, Set<Long>> w : weeks.entrySet()) {
			if (w.getValue().size() > budget) {
				over += w.getValue().size() - budget;
				example("contact@week " + w.getKey() + ": " + w.getValue().size() + " calls, budget " + budget);
			}
		}
		long[] promises = promises(stored, now, seq.firstDialled);
		return new Verdict(calls.size(), reached[0], completed[0], outside, dayOff, dnc, over,
				seq.strangers + twice[0], promises[2], lost[0], promises[0], promises[1], promises[3],
				List.copyOf(examples));
	}

	/** What the audit trail of the calls tells, read in the order it was written. */
	private static final class Sequence {
		/** outcome id → the answers the service confirmed last before the call was finished */
		final Map<Long, Integer> confirmedAnswers = new HashMap<>();
		/** audit id of an unreached attempt → when the call was opened */
		final Map<Long, Instant> openedAt = new HashMap<>();
		/** task id → when it was first dialled (opened) */
		final Map<Long, Instant> firstDialled = new HashMap<>();
		long strangers;
	}

	private Sequence sequence(StoredCalls stored) {
		Sequence seq = new Sequence();
		stored.taskTrails(new Consumer<TaskTrailEntry>() {
			long task = -1;
			String holder;
			Instant opened;
			Long answers;

			@Override
			public void accept(TaskTrailEntry e) {
				if (e.taskId() != task) {
					task = e.taskId();
					holder = null;
					opened = null;
					answers = null;
				}
				String who = e.who();
				String action = e.action();
				String detail = e.detail();
				switch (action) {
				case AuditActions.CLAIM -> holder = who;
				case AuditActions.RELEASE -> holder = null;
				case AuditActions.REASSIGN -> holder = detail != null && detail.startsWith("to ") && !detail.equals("to the queue")
						? detail.substring(3) : null;
				case AuditActions.OPEN, AuditActions.RESUME, AuditActions.ANSWER, AuditActions.FINISH,
						AuditActions.NOT_REACHED -> {
					if (!who.equals(holder)) {
						seq.strangers++;
						example(action + " on task " + task + " by " + who + " while " + holder + " held it");
					}
					if (AuditActions.OPEN.equals(action) || AuditActions.RESUME.equals(action)) {
						opened = e.at();
						seq.firstDialled.merge(task, opened, (a, b) -> a.isBefore(b) ? a : b);
					} else if (AuditActions.ANSWER.equals(action)) {
						answers = leadingNumber(detail);
					} else if (AuditActions.FINISH.equals(action)) {
						Long outcome = detail == null || !detail.startsWith("outcome ") ? null : leadingNumber(detail.substring(8));
						if (outcome != null) {
							seq.confirmedAnswers.put(outcome, answers == null ? 0 : answers.intValue());
						}
						holder = null;
						answers = null;
					} else {
						seq.openedAt.put(e.id(), opened);
						holder = null;
						answers = null;
					}
				}
				default -> {
					// other entries say nothing about who held the call
				}
				}
			}
		});
		return seq;
	}

	/**
	 * The promises whose moment has passed: {due, kept in time, missed, late but marked late}. A promise counts as
	 * kept when a call on its task was dialled by its moment (an appointment agreed in a call: within the hour the
	 * planner gives it) or it was closed by then (replaced, unreachable). Promises to contacts who have since
	 * asked not to be called or left are not counted: no call may be made to them.
	 */
	private long[] promises(StoredCalls stored, Instant now, Map<Long, Instant> firstDialled) {
		Map<Long, Boolean> placedLate = new HashMap<>();
		Map<Long, Instant> firstCall = new HashMap<>();
		Map<Long, String> states = new HashMap<>();
		stored.promiseTasks(t -> {
			long id = t.callbackId();
			placedLate.merge(id, t.dueFrom().isAfter(t.promisedAt()), Boolean::logicalOr);
			states.merge(id, t.describe(), (a, b) -> a + "," + b);
			Instant called = firstDialled.get(t.taskId());
			if (called != null) {
				firstCall.merge(id, called, (a, b) -> a.isBefore(b) ? a : b);
			}
		});
		long[] result = new long[4];
		stored.promisesDueBefore(now, b -> {
			result[0]++;
			long id = b.id();
			Instant due = b.dueAt();
			Instant closed = b.closedAt();
			// an appointment agreed in a call is kept in the hour the planner gives it; a deadline, before it
			Instant keptBy = "CALL".equals(b.source()) ? due.plus(APPOINTMENT_SLOT) : due;
			Instant called = firstCall.get(id);
			if (closed != null && !closed.isAfter(keptBy) || called != null && !called.isAfter(keptBy)) {
				result[1]++;
			} else if (Boolean.TRUE.equals(placedLate.get(id))) {
				result[3]++;
			} else {
				result[2]++;
				example("promise " + id + " (" + b.source() + ") due " + due + (closed == null ? " is still owed"
						: " was closed " + b.closedAs() + " only at " + closed) + "; its calls: "
						+ states.getOrDefault(id, "none") + (called == null ? "" : ", first made " + called));
			}
		});
		return result;
	}

	private CallingHours hoursOf(Long campaignId) {
		return hours.computeIfAbsent(campaignId == null ? 0L : campaignId, id -> {
			Campaign campaign = id == 0 ? null : store.campaigns().find(id);
			return CallingHours.of(campaign, calendar);
		});
	}

	private int weeklyBudget() {
		String value = store.settings().setting(Planner.WEEKLY_BUDGET, String.valueOf(Planner.DEFAULT_WEEKLY_BUDGET));
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return Planner.DEFAULT_WEEKLY_BUDGET;
		}
	}

	private static Long leadingNumber(String text) {
		if (text == null) {
			return null;
		}
		int end = 0;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end == 0 || end > 18 ? null : Long.valueOf(text.substring(0, end));
	}

	private void example(String text) {
		if (examples.size() < KEPT_EXAMPLES) {
			examples.add(text);
		}
	}
}
