package org.revisit.core.script.run;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.Planner;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.text.ImportResult;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.ServiceEvent;
import org.revisit.model.Step;
import org.revisit.model.TaskState;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.CallDrafts.Draft;
import org.revisit.store.StaleDataException;
import org.revisit.store.Store;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * One agent's call on one claimed task, as the Call view runs it: the script of the task's campaign (or the
 * built-in script of its call type), the contact, and a {@link ScriptRunner} whose answers are stored as they are
 * given, each in its own transaction ({@link org.revisit.store.CallDrafts}). Opening a task that has a call in
 * progress resumes it where it stopped. Headless; not thread-safe (one caller at a time, e.g. one Job after the
 * other).
 */
public final class CallSession {

	/** How long an opened call stays the agent's without activity; each answer extends it. */
	public static final Duration LEASE = Duration.ofMinutes(30);

	/** Team-wide placeholder values are app settings named with this prefix, e.g. {@code placeholder.company}. */
	public static final String PLACEHOLDER_SETTING = "placeholder.";

	private final Store store;
	private final String agent;
	private final Clock clock;
	private final ClaimedTask task;
	private final Campaign campaign;
	private final Script script;
	private ScriptRunner runner;
	private final Instant startedAt;
	private final boolean resumed;
	private Contact contact;
	private String notes;
	private CallingHours hours;

	private List<Promise> openPromises = List.of();
	private Long replacing;

	private CallSession(Store store, String agent, Clock clock, ClaimedTask task, Contact contact, Campaign campaign,
			Script script, ScriptRunner runner, Draft draft, boolean resumed) {
		this.store = store;
		this.agent = agent;
		this.clock = clock;
		this.task = task;
		this.contact = contact;
		this.campaign = campaign;
		this.script = script;
		this.runner = runner;
		this.startedAt = draft.startedAt();
		this.notes = draft.notes();
		this.resumed = resumed;
	}

	/**
	 * Opens the call on a task that {@code agent} has claimed: resumes the call in progress on it, if any, else
	 * starts the script of the task's campaign (or the built-in one of its call type in {@code language}) and
	 * stores the new call at once.
	 *
	 * @throws StoreException if the agent does not hold the task, or its script cannot be found
	 */
	public static CallSession open(Store store, long taskId, String agent, String language, Clock clock) {
		ClaimedTask task = store.claims().find(taskId);
		if (task == null) {
			throw new StoreException("Call task " + taskId + " does not exist");
		}
		if (!agent.equals(task.leaseOwner())) {
			throw new StoreException("Call task " + taskId + " is not held by " + agent + "; open it from the queue");
		}
		Contact contact = store.contacts().find(task.contactId());
		Campaign campaign = task.campaignId() == null ? null : store.campaigns().find(task.campaignId());
		Draft draft = store.drafts().find(taskId);
		Script script = draft != null ? script(store, draft.scriptId(), draft.scriptVersion())
				: script(store, campaign, task.callType(), language);
		Map<String, String> event = eventValues(store.events().ofTask(taskId), contact);
		Map<String, String> context = context(store, contact, agent);
		context.putAll(event);
		ScriptRunner runner;
		try {
			runner = draft != null ? ScriptRunner.resume(script, context, draft.state(), clock)
					: new ScriptRunner(script, context, clock);
		} catch (IllegalArgumentException e) {
			throw new StoreException("The call in progress on task " + taskId + " cannot be resumed: "
					+ e.getMessage(), e);
		}
		Draft stored = store.drafts().open(taskId, agent, script.getScriptId(), script.getScriptVersion(),
				runner.state(), clock.instant());
		CallSession session = new CallSession(store, agent, clock, task, contact, campaign, script, runner, stored,
				draft != null);
		// The promises this contact is owed besides the one this call keeps: an agreed callback may replace one.
		session.openPromises = store.callbacks().openPromisesOf(contact.getId()).stream()
				.filter(p -> p.taskId() == null || p.taskId() != taskId).toList();
		return session;
	}

	/**
	 * The script for a call: the campaign's script (the version it names, or the latest when it names none), else
	 * the built-in script of the call type in {@code language} ("zh" or "en").
	 */
	public static Script script(Store store, Campaign campaign, String callType, String language) {
		if (campaign != null && campaign.getScriptId() != null && !campaign.getScriptId().isBlank()) {
			Script s = campaign.getScriptVersion() > 0
					? store.scripts().load(campaign.getScriptId(), campaign.getScriptVersion())
					: store.scripts().loadLatest(campaign.getScriptId());
			if (s == null) {
				throw new StoreException("Campaign '" + campaign.getName() + "' uses script " + campaign.getScriptId()
						+ " version " + campaign.getScriptVersion() + ", which is not stored");
			}
			return s;
		}
		CallTypeDescriptor type = callType == null ? null : CallTypeRegistry.read().get(callType);
		if (type == null || type.scripts().isEmpty()) {
			throw new StoreException("Call type '" + callType + "' has no default script; give its campaign a script");
		}
		String lang = type.scripts().containsKey(language) ? language
				: type.scripts().containsKey("en") ? "en" : type.scripts().keySet().iterator().next(); //$NON-NLS-1$ //$NON-NLS-2$
		return builtin(type, lang);
	}

	/** A script by id and version: a stored one, else the default script of an installed call type with that id. */
	static Script script(Store store, String scriptId, int version) {
		Script s = store.scripts().load(scriptId, version);
		if (s != null) {
			return s;
		}
		for (CallTypeDescriptor type : CallTypeRegistry.read().all()) {
			for (String language : type.scripts().keySet()) {
				if (BuiltinScripts.scriptId(type.id(), language).equals(scriptId)) {
					Script b = builtin(type, language);
					if (b.getScriptVersion() == version) {
						return b;
					}
				}
			}
		}
		throw new StoreException("Script " + scriptId + " version " + version + " is not stored");
	}

	private static Script builtin(CallTypeDescriptor type, String language) {
		ImportResult r = BuiltinScripts.read(type, language);
		if (r.scripts().size() != 1) {
			throw new StoreException("The default script " + BuiltinScripts.source(type, language) + " does not read");
		}
		return r.scripts().get(0);
	}

	/** The placeholder values of a call: the team's settings, then the contact's and the agent's. */
	/** The placeholders of the service event a call follows up: its day (in the contact's zone), subject, engineer. */
	static Map<String, String> eventValues(ServiceEvent event, Contact contact) {
		Map<String, String> values = new LinkedHashMap<>();
		if (event != null) {
			values.put("event.date", event.getOccurredAt().toInstant() //$NON-NLS-1$
					.atZone(PlanningContext.zoneOf(contact == null ? null : contact.getTimeZone())).toLocalDate().toString());
			putIfSet(values, "event.subject", event.getSubject()); //$NON-NLS-1$
			putIfSet(values, "engineer.name", event.getEngineer()); //$NON-NLS-1$
		}
		return values;
	}

	private static void putIfSet(Map<String, String> values, String name, String value) {
		if (value != null && !value.isBlank()) {
			values.put(name, value);
		}
	}

	static Map<String, String> context(Store store, Contact contact, String agent) {
		Map<String, String> values = new LinkedHashMap<>();
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT name, setting_value FROM app_setting WHERE name LIKE ?")) {
				p.setString(1, PLACEHOLDER_SETTING + "%");
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						values.put(rs.getString(1).substring(PLACEHOLDER_SETTING.length()), rs.getString(2));
					}
				}
			}
			return null;
		});
		values.putAll(Placeholders.of(contact));
		values.putIfAbsent("agent.name", agent);
		return values;
	}

	public ClaimedTask task() {
		return task;
	}

	/** The person the call is with: the task's contact, or the successor once the script captured one. */
	public Contact contact() {
		return contact;
	}

	/** The task's campaign, or null. */
	public Campaign campaign() {
		return campaign;
	}

	public Script script() {
		return script;
	}

	public ScriptRunner runner() {
		return runner;
	}

	public String agent() {
		return agent;
	}

	/** Whether this call continues one that was in progress. */
	public boolean resumed() {
		return resumed;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public String notes() {
		return notes == null ? "" : notes;
	}

	/** The contact's time zone (the platform's when the contact names none or an unknown one). */
	public ZoneId contactZone() {
		try {
			return contact.getTimeZone() == null ? ZoneId.systemDefault() : ZoneId.of(contact.getTimeZone());
		} catch (DateTimeException e) {
			return ZoneId.systemDefault();
		}
	}

	/**
	 * When the contact may be called back: the campaign's windows on the working days of the holiday
	 * calendar the planner uses ({@link Planner#workingCalendar}). Read once per call.
	 */
	public CallingHours callingHours() {
		if (hours == null) {
			hours = CallingHours.of(campaign, Planner.workingCalendar(store));
		}
		return hours;
	}

	/** How long the rest of the call takes to say, from the current step: the quickest and the longest way. */
	public SpeakingTime remaining() {
		if (runner.isFinished() || runner.currentStep() == null) {
			return SpeakingTime.ZERO;
		}
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
	 * A {@link Successor} given for a "left the company" answer replaces the contact in the same go
	 * ({@code ContactRepository.replaceWithSuccessor}: the successor gets the pending tasks and callbacks), and
	 * the rest of the script speaks to the successor.
	 *
	 * @throws IllegalArgumentException if the answer or a value is not valid (a callback time outside the
	 *             contact's {@link #callingHours()} included); nothing changes
	 * @throws StoreException if it cannot be stored; the answer is taken back
	 */
	public void answer(Answer answer, Map<String, String> values, Object value) {
		Instant at = value instanceof Instant i ? i : value instanceof Date d ? d.toInstant() : null;
		if (at != null) {
			CallingHours.Verdict verdict = callingHours().check(at, contactZone());
			if (!verdict.allowed()) {
				throw new IllegalArgumentException("the callback time is not allowed (" + verdict.refusal() + "): "
						+ verdict.detail());
			}
		}
		runner.answer(answer, values, value);
		try {
			if (value instanceof Successor s) {
				Contact successor = s.toContact();
				store.contacts().replaceWithSuccessor(contact.getId(), successor, agent);
				contact = store.contacts().find(successor.getId());
				Map<String, String> context = context(store, contact, agent);
				// the call still follows up the same service event
				runner.context().forEach((name, v) -> {
					if (name.startsWith("event.") || name.equals("engineer.name")) { //$NON-NLS-1$ //$NON-NLS-2$
						context.put(name, v);
					}
				});
				runner = ScriptRunner.resume(script, context, runner.state(), clock);
			}
			save();
		} catch (RuntimeException e) {
			runner.undo();
			throw e;
		}
	}

	/** Takes back the last answer and stores that; false when there was none. */
	public boolean undo() {
		if (!runner.undo()) {
			return false;
		}
		save();
		return true;
	}

	private void save() {
		Instant now = clock.instant();
		if (!store.drafts().saveAnswers(task.taskId(), agent, runner.state(), runner.path().size(), now,
				now.plus(LEASE))) {
			throw new StoreException("Call task " + task.taskId() + " was taken over by another agent; the answer was "
					+ "not stored");
		}
	}

	/** Stores the notes (the Call view calls this shortly after typing stops). */
	public void notes(String text) {
		Instant now = clock.instant();
		if (!store.drafts().saveNotes(task.taskId(), agent, text, now, now.plus(LEASE))) {
			throw new StoreException("Call task " + task.taskId() + " was taken over by another agent");
		}
		notes = text;
	}

	/** The promises the contact is owed besides the one this call keeps (read when the call was opened). */
	public List<Promise> openPromises() {
		return openPromises;
	}

	/**
	 * Makes the callback agreed in this call replace the open promise {@code callbackId} when the call is finished
	 * ({@code null}: keep every promise). The replaced promise is closed as superseded and its call cancelled by
	 * the next planning run.
	 *
	 * @throws IllegalArgumentException if {@code callbackId} is not one of {@link #openPromises()}
	 */
	public void replacePromise(Long callbackId) {
		if (callbackId != null && openPromises.stream().noneMatch(p -> p.callback().getId() == callbackId)) {
			throw new IllegalArgumentException("Callback " + callbackId + " is not an open promise of this contact");
		}
		replacing = callbackId;
	}

	/**
	 * Saves the outcome (path, recorded values, scores, follow-ups, agreed callback, notes, disposition) and
	 * completes the task, which releases the lease, in one transaction. Returns the saved outcome.
	 *
	 * @throws IllegalStateException if the script has not reached an end
	 * @throws StoreException if the agent no longer holds the task; nothing is written
	 */
	public CallOutcome finish() {
		if (!runner.isFinished()) {
			throw new IllegalStateException("The call is not over: step " + runner.currentStep().getNumber()
					+ " still waits for an answer");
		}
		// the task's contact as stored now: a successor captured here or elsewhere took the task over
		long contactId = store.claims().find(task.taskId()).contactId();
		Contact callee = contactId == contact.getId() ? contact : store.contacts().find(contactId);
		CallTask stub = RevisitFactory.eINSTANCE.createCallTask();
		stub.setId(task.taskId());
		stub.setContact(callee);
		CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
		outcome.setTask(stub);
		outcome.setAgent(agent);
		outcome.setStartedAt(Date.from(startedAt));
		outcome.setEndedAt(Date.from(clock.instant()));
		outcome.setNotes(notes == null || notes.isBlank() ? null : notes);
		runner.fill(outcome, callee);
		if (!store.drafts().finish(task.taskId(), agent, contactId, outcome, TaskState.COMPLETED, runner.outcome(),
				replacing)) {
			throw new StoreException("Call task " + task.taskId() + " is no longer held by " + agent
					+ "; the outcome was not saved");
		}
		return outcome;
	}

	/**
	 * What became of a call that did not reach the contact: the attempt's result, and whether the dialled number
	 * was marked invalid.
	 */
	public record NotReached(Attempts.Result result, String markedInvalid) {
	}

	/**
	 * Ends the attempt without reaching the contact ({@link Attempts#NO_ANSWER}, {@link Attempts#BUSY},
	 * {@link Attempts#WRONG_NUMBER} or a campaign's own code) through {@link Attempts#finish}: the task is tried
	 * again at the next allowed moment, becomes unreachable after the last attempt, or is completed with the code.
	 * The call in progress is dropped, so the next attempt starts the script afresh. For a wrong number, the
	 * {@code dialled} number (if given and still one of the contact's) is marked invalid.
	 *
	 * @throws StoreException if the agent no longer holds the task; nothing is written
	 */
	public NotReached notReached(String outcomeCode, String dialled) {
		Attempts.Result result;
		try {
			result = new Attempts(store, Planner.workingCalendar(store)).finish(task.taskId(), agent, outcomeCode,
					clock.instant());
		} catch (IllegalStateException e) {
			throw new StoreException("Call task " + task.taskId() + " is no longer held by " + agent, e);
		}
		// the attempt is counted and the lease gone: the answers of this attempt mean nothing to the next one
		store.drafts().discard(task.taskId());
		String invalid = null;
		if (Attempts.WRONG_NUMBER.equals(outcomeCode) && dialled != null && !dialled.isBlank()) {
			invalid = markInvalid(dialled.strip()) ? dialled.strip() : null;
		}
		return new NotReached(result, invalid);
	}

	/** Marks the contact's number invalid with the record's version check, re-reading once if someone saved it meanwhile. */
	private boolean markInvalid(String number) {
		for (int attempt = 0; attempt < 2; attempt++) {
			Contact fresh = store.contacts().find(contact.getId());
			PhoneNumber phone = fresh == null ? null
					: fresh.getPhones().stream().filter(p -> number.equals(p.getNumber())).findFirst().orElse(null);
			if (phone == null) {
				return false;
			}
			if (phone.isInvalid()) {
				return true;
			}
			phone.setInvalid(true);
			try {
				store.contacts().update(fresh, agent);
				contact = fresh;
				return true;
			} catch (StaleDataException e) {
				// saved by someone else between our read and write: read again
			}
		}
		return false;
	}

	/** The number the agent dials: the contact's first number not marked invalid, or null. */
	public String dialledNumber() {
		return contact.getPhones().stream().filter(p -> !p.isInvalid()).map(PhoneNumber::getNumber).findFirst()
				.orElse(null);
	}

	/** Gives the task back to the queue; the answers given so far stay stored and are resumed next time. */
	public boolean release() {
		return store.claims().release(task.taskId(), agent);
	}

	/** The contact as stored now (e.g. after the successor was captured). */
	public Contact reloadContact() {
		contact = store.contacts().find(contact.getId());
		return contact;
	}
}
