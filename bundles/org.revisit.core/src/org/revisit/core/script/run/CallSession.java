package org.revisit.core.script.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.core.internal.Messages;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.service.CallService;
import org.revisit.core.service.CallService.CallStart;
import org.revisit.core.service.CallService.NotReached;
import org.revisit.core.service.ServiceException;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * One agent's call on one claimed task, as the Call view runs it: the script of the task's campaign (or the
 * built-in script of its call type), the contact, and a {@link ScriptRunner} for display, whose answers are sent
 * to the {@link CallService} as they are given (which checks them against the script again and stores them).
 * Opening a task that has a call in progress resumes it where it stopped. Works the same on the data of this
 * computer and on a team server; it holds no database. Not thread-safe (one caller at a time, e.g. one Job after
 * the other).
 */
public final class CallSession {

	/** How long an opened call stays the agent's without activity; each answer extends it. */
	public static final Duration LEASE = CallService.LEASE;

	private final CallService calls;
	private final Clock clock;
	private final CallStart start;
	private ScriptRunner runner;
	private Contact contact;
	private String notes;
	private CallingHours hours;
	private Long replacing;

	private CallSession(CallService calls, Clock clock, CallStart start, ScriptRunner runner) {
		this.calls = calls;
		this.clock = clock;
		this.start = start;
		this.runner = runner;
		this.contact = start.contact();
		this.notes = start.notes();
	}

	/**
	 * Opens the call on a task that the user of {@code calls} has claimed: resumes the call in progress on it, if
	 * any, else starts the script of the task's campaign (or the built-in one of its call type in
	 * {@code language}) and stores the new call at once. {@code clock} stamps the answers given here.
	 *
	 * @throws ServiceException if the user does not hold the task (CONFLICT), it or its script does not exist
	 *             (NOT_FOUND), or the user may not make this call (FORBIDDEN)
	 */
	public static CallSession open(CallService calls, long taskId, String language, Clock clock) {
		CallStart start = calls.open(taskId, language);
		ScriptRunner runner;
		try {
			runner = ScriptRunner.resume(start.script(), start.placeholders(start.contact()), start.state(), clock);
		} catch (IllegalArgumentException e) {
			throw ServiceException.refusal(ServiceException.Kind.FAILED, e, Messages.Call_notResumable, taskId, e.getMessage());
		}
		return new CallSession(calls, clock, start, runner);
	}

	public ClaimedTask task() {
		return start.task();
	}

	/** The person the call is with: the task's contact, or the successor once the script captured one. */
	public Contact contact() {
		return contact;
	}

	/** The task's campaign, or null. */
	public Campaign campaign() {
		return start.campaign();
	}

	public Script script() {
		return start.script();
	}

	public ScriptRunner runner() {
		return runner;
	}

	/** The agent making the call: the logged-in user. */
	public String agent() {
		return start.agent();
	}

	/** Whether this call continues one that was in progress. */
	public boolean resumed() {
		return start.resumed();
	}

	public Instant startedAt() {
		return start.startedAt();
	}

	public String notes() {
		return notes == null ? "" : notes;
	}

	/**
	 * The contact's time zone; when the contact names none or an unknown one, the zone the planner and the
	 * service assume ({@link PlanningContext#zoneOf}), so that a callback time allowed here is allowed there.
	 */
	public ZoneId contactZone() {
		return PlanningContext.zoneOf(contact.getTimeZone());
	}

	/**
	 * When the contact may be called back: the campaign's windows on the working days of the holiday calendar
	 * the planner uses (sent when the call was opened).
	 */
	public CallingHours callingHours() {
		if (hours == null) {
			hours = CallingHours.of(start.campaign(), new WorkingCalendar(start.holidays()));
		}
		return hours;
	}

	/** How long the rest of the call takes to say, from the current step: the quickest and the longest way. */
	public SpeakingTime remaining() {
		if (runner.isFinished() || runner.currentStep() == null) {
			return SpeakingTime.ZERO;
		}
		Script script = start.script();
		Script rest = RevisitFactory.eINSTANCE.createScript();
		rest.setLanguage(script.getLanguage());
		List<Step> steps = script.getSteps();
		int from = steps.indexOf(runner.currentStep());
		// copies of the steps from here on, so that the walk starts at the current step (a go-to back to an earlier
		// step counts as the end: the estimate is for the way forward)
		for (int i = from; i < steps.size(); i++) {
			rest.getSteps().add(EcoreUtil.copy(steps.get(i)));
		}
		return SpeakingTime.ofScript(rest);
	}

	/**
	 * Gives the customer's answer (see {@link ScriptRunner#answer(Answer, Map, Object)}) and stores it at once.
	 * A {@link Successor} given for a "left the company" answer replaces the contact in the same go (the
	 * successor gets the pending tasks and callbacks), and the rest of the script speaks to the successor.
	 *
	 * @throws IllegalArgumentException if the answer or a value is not valid (a callback time outside the
	 *             contact's {@link #callingHours()} included); nothing changes
	 * @throws ServiceException if it cannot be stored (e.g. CONFLICT: another agent took the call over); the
	 *             answer is taken back
	 */
	public void answer(Answer answer, Map<String, String> values, Object value) {
		Instant at = value instanceof Instant i ? i : value instanceof Date d ? d.toInstant() : null;
		if (at != null) {
			String refused = CallbackRule.of(callingHours(), contactZone()).refusal(at);
			if (refused != null) {
				throw new IllegalArgumentException(refused);
			}
		}
		runner.answer(answer, values, value);
		try {
			Contact successor = calls.saveAnswers(start.task().taskId(), runner.state());
			if (successor != null) {
				contact = successor;
				// the rest of the script speaks to the successor; the call still follows up the same service event
				runner = ScriptRunner.resume(start.script(), start.placeholders(successor), runner.state(), clock);
			}
		} catch (RuntimeException e) {
			runner.undo();
			throw e;
		}
	}

	/** Takes back the last answer and stores that; false when there was none. */
	public boolean undo() {
		String before = runner.state();
		if (!runner.undo()) {
			return false;
		}
		try {
			calls.saveAnswers(start.task().taskId(), runner.state());
		} catch (RuntimeException e) {
			runner = ScriptRunner.resume(start.script(), runner.context(), before, clock);
			throw e;
		}
		return true;
	}

	/** Stores the notes (the Call view calls this shortly after typing stops). */
	public void notes(String text) {
		calls.saveNotes(start.task().taskId(), text);
		notes = text;
	}

	/** The promises the contact is owed besides the one this call keeps (read when the call was opened). */
	public List<Promise> openPromises() {
		return start.openPromises();
	}

	/**
	 * Makes the callback agreed in this call replace the open promise {@code callbackId} when the call is finished
	 * ({@code null}: keep every promise). The replaced promise is closed as superseded and its call cancelled by
	 * the next planning run.
	 *
	 * @throws IllegalArgumentException if {@code callbackId} is not one of {@link #openPromises()}
	 */
	public void replacePromise(Long callbackId) {
		if (callbackId != null && openPromises().stream().noneMatch(p -> p.callback().getId() == callbackId)) {
			throw new IllegalArgumentException("Callback " + callbackId + " is not an open promise of this contact");
		}
		replacing = callbackId;
	}

	/**
	 * Saves the outcome (the service builds it from the stored answers and notes: path, recorded values, scores,
	 * follow-ups, agreed callback, disposition) and completes the task, which releases the lease, in one
	 * transaction. Returns the saved outcome.
	 *
	 * @throws IllegalStateException if the script has not reached an end
	 * @throws ServiceException if the agent no longer holds the task (CONFLICT); nothing is written
	 */
	public CallOutcome finish() {
		if (!runner.isFinished()) {
			throw new IllegalStateException("The call is not over: step " + runner.currentStep().getNumber()
					+ " still waits for an answer");
		}
		return calls.finish(start.task().taskId(), replacing);
	}

	/**
	 * Ends the attempt without reaching the contact (see {@link CallService#notReached}): the task is tried
	 * again at the next allowed moment, becomes unreachable after the last attempt, or is completed with the code;
	 * the call in progress is dropped. For a wrong number, the {@code dialled} number (if given and still one of
	 * the contact's) is marked invalid.
	 *
	 * @throws ServiceException if the agent no longer holds the task (CONFLICT); nothing is written
	 */
	public NotReached notReached(String outcomeCode, String dialled) {
		NotReached result = calls.notReached(start.task().taskId(), outcomeCode, dialled);
		if (result.markedInvalid() != null) {
			contact.getPhones().stream().filter(p -> result.markedInvalid().equals(p.getNumber()))
					.forEach(p -> p.setInvalid(true));
		}
		return result;
	}

	/** The number the agent dials: the contact's first number not marked invalid, or null. */
	public String dialledNumber() {
		return contact.getPhones().stream().filter(p -> !p.isInvalid()).map(PhoneNumber::getNumber).findFirst()
				.orElse(null);
	}

	/** Gives the task back to the queue; the answers given so far stay stored and are resumed next time. */
	public boolean release() {
		return calls.release(start.task().taskId());
	}

	/** The contact as stored now (e.g. after the successor was captured). */
	public Contact reloadContact() {
		contact = calls.contact(start.task().taskId());
		return contact;
	}
}
