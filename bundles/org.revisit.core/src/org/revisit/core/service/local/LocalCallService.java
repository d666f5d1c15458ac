package org.revisit.core.service.local;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.revisit.core.internal.Messages;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.Planner;
import org.revisit.core.script.run.CallbackRule;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.core.service.CallService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.ServiceEvent;
import org.revisit.model.TaskState;
import org.revisit.model.validation.SafeText;
import org.revisit.store.CallDrafts.Draft;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.StaleDataException;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.ValidationException;

/**
 * {@link CallService} on a {@link Store}, for one {@link Principal}: in the workbench of an embedded desktop, and
 * on the team server for each logged-in user. The principal's user is the agent of everything stored; times come
 * from the store's clock. Supervision calls are recognised by their call type's {@code supervision="true"}
 * ({@link CallTypeDescriptor#supervision()}); a task whose call type is not installed counts as an ordinary call.
 */
public final class LocalCallService extends LocalService implements CallService {

	/** Team-wide placeholder values are app settings named with this prefix, e.g. {@code placeholder.company}. */
	public static final String PLACEHOLDER_SETTING = "placeholder."; //$NON-NLS-1$

	/** The longest outcome code (the disposition column of an outcome). */
	private static final int MAX_CODE = 60;

	/** The entity type of the audit entries of calls: the task the call is on. */
	private static final String TASK = "CallTask"; //$NON-NLS-1$

	private final CallTypeRegistry registry;
	private final CallScripts scripts;

	/** The calls of {@code principal} on {@code store}, with the call types installed in this platform. */
	public LocalCallService(Store store, Principal principal) {
		this(store, CallTypeRegistry.read(), principal);
	}

	public LocalCallService(Store store, CallTypeRegistry registry, Principal principal) {
		super(Objects.requireNonNull(store, "store"), Objects.requireNonNull(principal, "principal")); //$NON-NLS-1$ //$NON-NLS-2$
		this.registry = Objects.requireNonNull(registry, "registry"); //$NON-NLS-1$
		this.scripts = new CallScripts(store, registry);
	}

	/** The agent of the call: the logged-in user, never a name the client sends. */
	private String agent() {
		return user();
	}

	private Clock clock() {
		return store.clock();
	}

	@Override
	public CallStart open(long taskId, String language) {
		return guard(() -> {
			ClaimedTask task = callable(taskId);
			requireHeld(task, Messages.Call_fromQueue);
			Contact contact = store.contacts().find(task.contactId());
			Campaign campaign = task.campaignId() == null ? null : store.campaigns().find(task.campaignId());
			Draft draft = store.drafts().find(taskId);
			Script script;
			try {
				script = draft != null ? scripts.byVersion(draft.scriptId(), draft.scriptVersion())
						: scripts.forCall(campaign, task.callType(), language);
			} catch (StoreException e) {
				throw new ServiceException(Kind.NOT_FOUND, e.getMessage(), e);
			}
			String state;
			try {
				state = draft != null ? ScriptRunner.resume(script, Map.of(), draft.state(), clock()).state()
						: new ScriptRunner(script, Map.of(), clock()).state();
			} catch (IllegalArgumentException e) {
				throw ServiceException.refusal(Kind.FAILED, e, Messages.Call_notResumable, taskId,
						SafeText.echo(e.getMessage(), 300));
			}
			Draft stored;
			try {
				// the draft and its audit entry in one transaction
				stored = store.drafts().open(taskId, agent(), script.getScriptId(), script.getScriptVersion(), state,
						clock().instant(), Audit.entry(store, principal, draft == null ? AuditActions.OPEN
								: AuditActions.RESUME, TASK, taskId, script.getScriptId() + " v" + script.getScriptVersion())); //$NON-NLS-1$
			} catch (StoreException e) {
				requireHeld(callable(taskId), Messages.Call_fromQueue);
				throw e;
			}
			// the promises this contact is owed besides the one this call keeps: an agreed callback may replace one
			List<Promise> promises = store.callbacks().openPromisesOf(contact.getId()).stream()
					.filter(p -> p.taskId() == null || p.taskId() != taskId).toList();
			return new CallStart(task, contact, campaign, script, stored.state(), stored.notes(), stored.startedAt(),
					draft != null, agent(), principal.displayName() == null ? agent() : principal.displayName(),
					teamPlaceholders(), eventPlaceholders(store.events().ofTask(taskId), contact), promises,
					Planner.holidayCalendar(store));
		});
	}

	@Override
	public Contact saveAnswers(long taskId, String state) {
		return guard(() -> {
			ClaimedTask task = callable(taskId);
			requireHeld(task, Messages.Call_answerNotStored);
			Draft draft = draftOf(task);
			Script script = scripts.byVersion(draft.scriptId(), draft.scriptVersion());
			ScriptRunner runner;
			try {
				// the contact's zone as the task's claim read it with the task (no second read of the contact); the
				// campaign's calling hours and the holiday calendar are read only when a callback time is checked
				runner = ScriptRunner.resume(script, Map.of(), state, clock(),
						callbackRule(task.campaignId(), PlanningContext.zoneOf(task.contactZone())));
			} catch (IllegalArgumentException e) {
				throw ServiceException.refusal(Kind.INVALID, e, Messages.Call_answersInvalid, taskId,
						SafeText.echo(e.getMessage(), 300));
			}
			Contact successor = null;
			if (runner.successor() != null && !runner.successor().equals(successorIn(script, draft.state()))) {
				// the target has left the company: the successor takes over the open calls, this one included
				Contact given = runner.successor().toContact();
				try {
					store.successions().replaceWithSuccessor(task.contactId(), given, agent());
				} catch (ValidationException e) {
					throw ServiceException.refusal(Kind.INVALID, e, Messages.Call_successor, e.getMessage());
				} catch (StoreException e) {
					throw ServiceException.refusal(Kind.CONFLICT, e, Messages.Call_notStored, e.getMessage());
				}
				successor = store.contacts().find(given.getId());
			}
			Instant now = clock().instant();
			// the answers and their audit entry in one transaction: one commit per answer
			if (!store.drafts().saveAnswers(taskId, agent(), runner.state(), runner.path().size(), now,
					now.plus(LEASE), Audit.entry(store, principal, AuditActions.ANSWER, TASK, taskId,
							runner.path().size() + " answers" //$NON-NLS-1$
									+ (runner.isFinished() ? ", over: " + runner.outcome() : "")))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw takenOver(taskId, Messages.Call_answerNotStored);
			}
			return successor;
		});
	}

	/**
	 * The rule of the contact's calling hours for the callback times of a call on a task of campaign
	 * {@code campaignId}: the campaign and the holiday calendar are read the first time a time is checked (most
	 * answers agree no callback), then kept for the rest of the request.
	 */
	private CallbackRule callbackRule(Long campaignId, java.time.ZoneId zone) {
		return new CallbackRule() {
			private CallbackRule rule;

			@Override
			public String refusal(Instant at) {
				if (rule == null) {
					Campaign campaign = campaignId == null ? null : store.campaigns().find(campaignId);
					rule = CallbackRule.of(CallingHours.of(campaign, new WorkingCalendar(Planner.holidayCalendar(store))),
							zone);
				}
				return rule.refusal(at);
			}
		};
	}

	/** The successor named in a stored call, or null (also when the stored call no longer fits its script). */
	private Successor successorIn(Script script, String state) {
		try {
			return ScriptRunner.resume(script, Map.of(), state, clock()).successor();
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public void saveNotes(long taskId, String notes) {
		guard(() -> {
			ClaimedTask task = callable(taskId);
			requireHeld(task, Messages.Call_notesNotStored);
			if (notes != null && notes.length() > 4000) {
				throw refusal(Kind.INVALID, Messages.Call_notesTooLong, notes.length());
			}
			Instant now = clock().instant();
			if (!store.drafts().saveNotes(taskId, agent(), notes, now, now.plus(LEASE))) {
				throw takenOver(taskId, Messages.Call_notesNotStored);
			}
			return null;
		});
	}

	@Override
	public Contact contact(long taskId) {
		return guard(() -> {
			ClaimedTask task = callable(taskId);
			requireHeld(task, ""); //$NON-NLS-1$
			return store.contacts().find(task.contactId());
		});
	}

	@Override
	public CallOutcome finish(long taskId, Long replacingCallbackId) {
		return guard(() -> {
			ClaimedTask task = callable(taskId);
			if (task.leaseOwner() == null) {
				// a finish made again (its answer was lost, e.g. in a restart of the server): the outcome stored then
				CallOutcome done = store.outcomes().findFinished(taskId, agent());
				if (done != null) {
					return done;
				}
			}
			requireHeld(task, Messages.Call_outcomeNotSaved);
			Draft draft = draftOf(task);
			Script script = scripts.byVersion(draft.scriptId(), draft.scriptVersion());
			ScriptRunner runner;
			try {
				runner = ScriptRunner.resume(script, Map.of(), draft.state(), clock());
			} catch (IllegalArgumentException e) {
				throw ServiceException.refusal(Kind.INVALID, e, Messages.Call_answersInvalid, taskId,
						SafeText.echo(e.getMessage(), 300));
			}
			if (!runner.isFinished()) {
				throw refusal(Kind.INVALID, Messages.Call_notOver, runner.currentStep().getNumber());
			}
			// the task's contact as stored now: a successor captured in the call took the task over
			Contact callee = store.contacts().find(task.contactId());
			if (replacingCallbackId != null && store.callbacks().openPromisesOf(callee.getId()).stream()
					.noneMatch(p -> p.callback().getId() == replacingCallbackId
							&& (p.taskId() == null || p.taskId() != taskId))) {
				throw refusal(Kind.INVALID, Messages.Call_notOpenPromise, replacingCallbackId, callee.getId());
			}
			CallTask stub = RevisitFactory.eINSTANCE.createCallTask();
			stub.setId(taskId);
			stub.setContact(callee);
			CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
			outcome.setTask(stub);
			outcome.setAgent(agent());
			outcome.setStartedAt(Date.from(draft.startedAt()));
			outcome.setEndedAt(Date.from(clock().instant()));
			outcome.setNotes(draft.notes() == null || draft.notes().isBlank() ? null : draft.notes());
			runner.fill(outcome, callee);
			// the outcome and its audit entry (naming the outcome's id, known once it is inserted) in one transaction
			if (!store.drafts().finish(taskId, agent(), callee.getId(), outcome, TaskState.COMPLETED, runner.outcome(),
					replacingCallbackId, () -> Audit.entry(store, principal, AuditActions.FINISH, TASK, taskId,
							"outcome " + outcome.getId() + ": " + outcome.getDispositionCode() //$NON-NLS-1$ //$NON-NLS-2$
									+ (replacingCallbackId == null ? "" //$NON-NLS-1$
											: ", replacing callback " + replacingCallbackId)))) { //$NON-NLS-1$
				throw takenOver(taskId, Messages.Call_outcomeNotSaved);
			}
			return outcome;
		});
	}

	@Override
	public NotReached notReached(long taskId, String outcomeCode, String dialled) {
		return guard(() -> {
			ClaimedTask task = callable(taskId);
			if (outcomeCode == null || outcomeCode.isBlank()) {
				throw refusal(Kind.INVALID, Messages.Call_outcomeRequired, Attempts.NO_ANSWER);
			}
			if (outcomeCode.strip().length() > MAX_CODE || SafeText.forbidden(outcomeCode.strip()) >= 0) {
				throw refusal(Kind.INVALID, Messages.Call_outcomeBad, MAX_CODE, SafeText.echo(outcomeCode));
			}
			requireHeld(task, ""); //$NON-NLS-1$
			Attempts.Result result;
			try {
				result = new Attempts(store, Planner.workingCalendar(store)).finish(taskId, agent(), outcomeCode.strip(),
						clock().instant());
			} catch (IllegalStateException e) {
				throw takenOver(taskId, ""); //$NON-NLS-1$
			}
			// the attempt is counted and the lease gone: the answers of this attempt mean nothing to the next one
			store.drafts().discard(taskId);
			String invalid = null;
			if (Attempts.WRONG_NUMBER.equals(outcomeCode.strip()) && dialled != null && !dialled.isBlank()) {
				invalid = markInvalid(task.contactId(), dialled.strip()) ? dialled.strip() : null;
			}
			Audit.record(store, principal, AuditActions.NOT_REACHED, TASK, taskId, outcomeCode.strip() + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ result.state() + (invalid == null ? "" : ", number " + invalid + " marked invalid")); //$NON-NLS-1$ //$NON-NLS-2$
			return new NotReached(result, invalid);
		});
	}

	@Override
	public boolean release(long taskId) {
		return guard(() -> {
			require(Permission.CALL);
			if (store.claims().find(taskId) == null) {
				throw notFound(taskId);
			}
			// released and audited in one transaction
			return store.claims().release(taskId, agent(),
					Audit.entry(store, principal, AuditActions.RELEASE, TASK, taskId, null));
		});
	}

	/**
	 * The task, once the principal may call it: {@link Permission#CALL}, and {@link Permission#SUPERVISION_CALLS}
	 * for a supervision call type.
	 */
	private ClaimedTask callable(long taskId) {
		require(Permission.CALL);
		ClaimedTask task = store.claims().find(taskId);
		if (task == null) {
			throw notFound(taskId);
		}
		CallTypeDescriptor type = task.callType() == null ? null : registry.get(task.callType());
		if (type != null && type.supervision()) {
			require(Permission.SUPERVISION_CALLS);
		}
		return task;
	}

	private static ServiceException notFound(long taskId) {
		return refusal(Kind.NOT_FOUND, Messages.Call_noTask, taskId);
	}

	private void requireHeld(ClaimedTask task, String consequence) {
		if (!agent().equals(task.leaseOwner())) {
			throw task.leaseOwner() == null
					? refusal(Kind.CONFLICT, Messages.Call_notHeld, task.taskId(), agent(), consequence)
					: takenOver(task.taskId(), consequence);
		}
	}

	private ServiceException takenOver(long taskId, String consequence) {
		return refusal(Kind.CONFLICT, Messages.Call_takenOver, taskId, agent(), consequence);
	}

	/** The call in progress on a task the principal holds. */
	private Draft draftOf(ClaimedTask task) {
		Draft draft = store.drafts().find(task.taskId());
		if (draft == null || !draft.agent().equals(agent())) {
			throw refusal(Kind.CONFLICT, Messages.Call_noDraft, task.taskId(), agent());
		}
		return draft;
	}

	/** The team's placeholder values: the settings named {@value #PLACEHOLDER_SETTING}..., without the prefix. */
	private Map<String, String> teamPlaceholders() {
		return store.settings().withPrefix(PLACEHOLDER_SETTING);
	}

	/** The placeholders of the service event a call follows up: its day (in the contact's zone), subject, engineer. */
	static Map<String, String> eventPlaceholders(ServiceEvent event, Contact contact) {
		Map<String, String> values = new LinkedHashMap<>();
		if (event != null) {
			values.put("event.date", event.getOccurredAt().toInstant() //$NON-NLS-1$
					.atZone(PlanningContext.zoneOf(contact == null ? null : contact.getTimeZone())).toLocalDate()
					.toString());
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

	/**
	 * Marks the contact's number invalid with the record's version check, re-reading once if someone saved it
	 * meanwhile. False if the number is not (any more) the contact's.
	 */
	private boolean markInvalid(long contactId, String number) {
		for (int attempt = 0; attempt < 2; attempt++) {
			Contact fresh = store.contacts().find(contactId);
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
				store.contacts().update(fresh, agent());
				return true;
			} catch (StaleDataException e) {
				// saved by someone else between our read and write: read again
			}
		}
		return false;
	}
}
