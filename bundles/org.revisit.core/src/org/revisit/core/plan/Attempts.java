package org.revisit.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.internal.Messages;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RetryRule;
import org.revisit.model.TaskState;
import org.revisit.store.CallbackRepository;
import org.revisit.store.Store;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * The attempt limits and retry intervals: how a claimed call ends. An outcome with a retry interval (by
 * default no answer and busy) puts the call back in the pool at the first allowed moment after the interval
 * while attempts remain, and marks it unreachable after the last one; any other outcome completes it.
 * Campaigns set their own intervals per outcome code and their maximum attempts.
 */
public final class Attempts {

	/** The phone rang out. */
	public static final String NO_ANSWER = "NO_ANSWER"; //$NON-NLS-1$
	/** The line was busy. */
	public static final String BUSY = "BUSY"; //$NON-NLS-1$
	/** The number does not reach the contact. */
	public static final String WRONG_NUMBER = "WRONG_NUMBER"; //$NON-NLS-1$

	/** Retry intervals, in minutes, of campaigns that set none. */
	public static final Map<String, Integer> DEFAULT_RETRY_MINUTES = Map.of(NO_ANSWER, 120, BUSY, 30);

	/** The attempts of campaigns that set none. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/** How far ahead a retry looks for an allowed moment, in days. */
	private static final int SEARCH_DAYS = 30;

	/** What became of the call: its new state, and when it is due again if it was rescheduled. */
	public record Result(TaskState state, int attempts, int maxAttempts, Instant dueFrom, String detail) {
	}

	private final Store store;
	private final WorkingCalendar calendar;

	public Attempts(Store store, WorkingCalendar calendar) {
		this.store = Objects.requireNonNull(store);
		this.calendar = Objects.requireNonNull(calendar);
	}

	/** The retry interval of {@code outcomeCode} in {@code campaign}, if the outcome is retried at all. */
	public static Optional<Duration> retryInterval(Campaign campaign, String outcomeCode) {
		Map<String, Integer> minutes = new HashMap<>(DEFAULT_RETRY_MINUTES);
		if (campaign != null && campaign.getAttemptPolicy() != null && !campaign.getAttemptPolicy().getRetryRules().isEmpty()) {
			minutes.clear();
			for (RetryRule r : campaign.getAttemptPolicy().getRetryRules()) {
				minutes.put(r.getOutcomeCode(), r.getIntervalMinutes());
			}
		}
		Integer m = minutes.get(outcomeCode);
		return m == null ? Optional.empty() : Optional.of(Duration.ofMinutes(m));
	}

	public static int maxAttempts(Campaign campaign) {
		return campaign == null || campaign.getAttemptPolicy() == null ? DEFAULT_MAX_ATTEMPTS
				: campaign.getAttemptPolicy().getMaxAttempts();
	}

	/**
	 * Ends {@code agent}'s attempt on task {@code taskId} with {@code outcomeCode} at {@code now}.
	 *
	 * @throws IllegalStateException if the agent does not hold the task (any more)
	 */
	public Result finish(long taskId, String agent, String outcomeCode, Instant now) {
		ClaimedTask task = store.claims().find(taskId);
		if (task == null || !agent.equals(task.leaseOwner())) {
			throw new IllegalStateException("Task " + taskId + " is not held by " + agent);
		}
		Campaign campaign = task.campaignId() == null ? null : store.campaigns().find(task.campaignId());
		int max = maxAttempts(campaign);
		int attempts = task.attempts() + 1;
		Optional<Duration> interval = retryInterval(campaign, outcomeCode);
		boolean held;
		Result result;
		if (interval.isEmpty()) {
			// a wrong number ends the call without keeping its promise: the promise is closed as unreachable
			held = store.claims().complete(taskId, agent, TaskState.COMPLETED, outcomeCode,
					WRONG_NUMBER.equals(outcomeCode) ? CallbackRepository.Closed.UNREACHABLE : null);
			result = new Result(TaskState.COMPLETED, attempts, max, null, outcomeCode);
		} else if (attempts >= max) {
			String detail = NLS.bind(Messages.Attempts_unreachable, new Object[] { outcomeCode, attempts, max });
			held = store.claims().complete(taskId, agent, TaskState.UNREACHABLE, detail);
			result = new Result(TaskState.UNREACHABLE, attempts, max, null, detail);
		} else {
			Contact contact = store.contacts().find(task.contactId());
			ZoneId zone = PlanningContext.zoneOf(contact == null ? null : contact.getTimeZone());
			CallingHours hours = CallingHours.of(campaign, calendar);
			Instant due = hours.next(now.plus(interval.get()), zone, SEARCH_DAYS).orElse(now.plus(interval.get()));
			Instant until = hours.slots(due.atZone(zone).toLocalDate(), zone).stream().map(s -> s.end().toInstant())
					.filter(end -> end.isAfter(due)).reduce((a, b) -> b).orElse(due.plus(Duration.ofHours(1)));
			String detail = NLS.bind(Messages.Attempts_again, new Object[] { outcomeCode, attempts, max,
					due.atZone(zone).toLocalDateTime().withNano(0), zone.getId() });
			held = store.claims().reschedule(taskId, agent, due, until, detail);
			result = new Result(TaskState.RESCHEDULED, attempts, max, due, detail);
		}
		if (!held) {
			throw new IllegalStateException("Task " + taskId + " is not held by " + agent);
		}
		return result;
	}
}
