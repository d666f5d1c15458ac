package org.revisit.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.core.plan.Attempts;
import org.revisit.core.script.Placeholders;
import org.revisit.model.CallOutcome;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.Script;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * A call in progress on a claimed task: what the Call view needs to run its script, and every answer, note and
 * outcome stored as it is given. The client-side {@link org.revisit.core.script.run.CallSession} runs the script
 * and calls these; the service checks each state against the script again and builds the outcome itself, so an
 * outcome can only be one the script allows.
 *
 * <p>Every operation needs {@link Permission#CALL}, and a call whose type is service supervision (its call type
 * contribution says {@code supervision="true"}) also {@link Permission#SUPERVISION_CALLS}, except
 * {@link #release}, which gives back whatever the user holds. The agent of every draft, outcome and change is the
 * logged-in user. Refusals ({@link ServiceException}): {@link ServiceException.Kind#NOT_FOUND} when the task does
 * not exist, {@link ServiceException.Kind#CONFLICT} when the user does not hold the task (never claimed it, or
 * another agent took it over after the lease ran out), {@link ServiceException.Kind#INVALID} when the answers are
 * not ones the script allows; nothing is changed then.</p>
 */
public interface CallService {

	/** How long a claimed call stays the agent's without activity; each answer and note extends it. */
	Duration LEASE = Duration.ofMinutes(30);

	/**
	 * Everything a client needs to run a call.
	 *
	 * @param task the task as claimed (holder and lease included)
	 * @param contact the task's contact as stored
	 * @param campaign the task's campaign, or {@code null}
	 * @param script the script of the call: the one the call in progress began with, else the campaign's (the
	 *            version it names, or the latest), else the built-in script of the call type
	 * @param state the answers given so far ({@link org.revisit.core.script.run.ScriptRunner#state()})
	 * @param notes the notes typed so far, or {@code null}
	 * @param startedAt when the call was first opened
	 * @param resumed whether a call was already in progress on the task
	 * @param agent the logged-in user, the agent of the call
	 * @param agentName the name the script calls the agent by ({@code agent.name}, unless the team sets one)
	 * @param teamPlaceholders the team's placeholder values (settings {@code placeholder.*}, without the prefix)
	 * @param eventPlaceholders the placeholders of the service event the call follows up ({@code event.date} in
	 *            the contact's zone, {@code event.subject}, {@code engineer.name}); empty when there is none
	 * @param openPromises the promises the contact is owed besides the one this call keeps (one of them may be
	 *            replaced by a callback agreed in this call)
	 * @param holidays the holiday calendar the planner uses: with the campaign's windows, the calling hours a
	 *            callback time must fall in ({@code CallingHours.of(campaign, new WorkingCalendar(holidays))})
	 */
	record CallStart(ClaimedTask task, Contact contact, Campaign campaign, Script script, String state, String notes,
			Instant startedAt, boolean resumed, String agent, String agentName, Map<String, String> teamPlaceholders,
			Map<String, String> eventPlaceholders, List<Promise> openPromises, HolidayCalendar holidays) {

		/**
		 * The placeholder values of the call when it speaks to {@code with}: the team's, then the contact's, the
		 * agent's name, and the service event's.
		 */
		public Map<String, String> placeholders(Contact with) {
			Map<String, String> values = new LinkedHashMap<>(teamPlaceholders);
			values.putAll(Placeholders.of(with));
			values.putIfAbsent("agent.name", agentName); //$NON-NLS-1$
			values.putAll(eventPlaceholders);
			return values;
		}
	}

	/**
	 * What became of a call that did not reach the contact: the attempt's result, and the dialled number if it was
	 * marked invalid (else {@code null}).
	 */
	record NotReached(Attempts.Result result, String markedInvalid) {
	}

	/**
	 * Opens the call on a task the user holds: takes up the call in progress on it (passing it to this user if
	 * another agent began it), else starts its script ({@code language} "zh" or "en" chooses the built-in script
	 * of a call type whose campaign names none) and stores the new call at once.
	 *
	 * @throws ServiceException NOT_FOUND if the task or its script does not exist; CONFLICT if the user does not
	 *             hold the task; FAILED if the call in progress no longer fits its script
	 */
	CallStart open(long taskId, String language);

	/**
	 * Stores the answers given so far ({@code state}, as {@link org.revisit.core.script.run.ScriptRunner#state()}
	 * writes it, after an answer or an undo) and extends the lease to {@link #LEASE} from now. The state is first
	 * replayed on the call's script: every answer must be one its step has, in the order the script goes, with
	 * the fields and the value (callback time within the contact's calling hours, successor with name and mobile)
	 * the answer takes. When the state names a successor the stored call did not have (the target has left the
	 * company), the successor is stored too: they take over the contact's open calls and promises, this one
	 * included.
	 *
	 * @return the successor as stored when this state named a new one, else {@code null}
	 * @throws ServiceException INVALID if the state is not one the script allows; CONFLICT if the user no longer
	 *             holds the task or the contact changed meanwhile; nothing is stored then
	 */
	Contact saveAnswers(long taskId, String state);

	/**
	 * Stores the notes of the call (at most 4000 characters; {@code null} clears them) and extends the lease.
	 *
	 * @throws ServiceException INVALID if they are too long; CONFLICT if the user no longer holds the task
	 */
	void saveNotes(long taskId, String notes);

	/**
	 * The task's contact as stored now (after a successor took over, the successor).
	 *
	 * @throws ServiceException CONFLICT if the user does not hold the task
	 */
	Contact contact(long taskId);

	/**
	 * Ends the call that was answered to its end: builds the outcome from the stored answers and notes (path,
	 * recorded values, scores, follow-ups, the agreed callback, disposition; started when the call was opened,
	 * ended now, the user as agent) and, in one transaction, stores it and completes the task, which releases the
	 * lease. When {@code replacingCallbackId} is not {@code null} the callback agreed in the call replaces that
	 * open promise of the contact (one of {@link CallStart#openPromises()}), which is closed as superseded.
	 * Finishing a call this user has already finished changes nothing and returns the outcome stored then: a
	 * client whose answer was lost (the server restarted before it arrived) asks again.
	 *
	 * @return the outcome as stored
	 * @throws ServiceException INVALID if the stored answers have not reached an end of the script, or the promise
	 *             is not an open one of the contact; CONFLICT if the user no longer holds the task; nothing is
	 *             stored then
	 */
	CallOutcome finish(long taskId, Long replacingCallbackId);

	/**
	 * Ends the attempt without reaching the contact ({@link Attempts#NO_ANSWER}, {@link Attempts#BUSY},
	 * {@link Attempts#WRONG_NUMBER} or a campaign's own code) as {@link Attempts#finish} does: the task is tried
	 * again at the next allowed moment, becomes unreachable after the last attempt, or is completed with the code.
	 * The call in progress is dropped, so the next attempt starts the script afresh. For a wrong number, the
	 * {@code dialled} number ({@code null}: none) is marked invalid if it is still one of the contact's.
	 *
	 * @throws ServiceException INVALID without an outcome code; CONFLICT if the user no longer holds the task;
	 *             nothing is changed then
	 */
	NotReached notReached(long taskId, String outcomeCode, String dialled);

	/**
	 * Gives the task back to the queue; the answers and notes stay stored and are taken up by whoever opens it
	 * next. Needs {@link Permission#CALL} only.
	 *
	 * @return false if the user did not hold the task
	 * @throws ServiceException NOT_FOUND if the task does not exist
	 */
	boolean release(long taskId);
}
