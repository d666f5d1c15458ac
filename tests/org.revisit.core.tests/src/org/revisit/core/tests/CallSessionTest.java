package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalCallService;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordField;
import org.revisit.model.Role;
import org.revisit.store.CallDrafts.Draft;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/** A call run from a claimed task: every answer stored as given, resumed after a close, finished into an outcome. */
class CallSessionTest {

	private static final Instant NOW = TestClock.NOW;
	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;
	/** The store's clock, the service's "now" (leases, the outcome's end). */
	private final TestClock.Settable serverClock = new TestClock.Settable(ZoneOffset.UTC);

	private Store open() {
		return Store.open(StoreConfig.embedded(dir).withClock(serverClock));
	}

	/** The calls of {@code agent} on the embedded store, as the workbench of a desktop makes them. */
	static LocalCallService calls(Store store, String agent) {
		return new LocalCallService(store, new Principal(agent, null, Role.ADMIN));
	}

	private static CallTask claimedTask(Store store, String agent) {
		CallTask task = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 5).get(0);
		assertTrue(store.claims().claim(task.getId(), agent, NOW, LEASE).isPresent());
		return task;
	}

	private static void say(CallSession call, String answer) {
		Answer a = call.runner().answerFor(answer);
		assertNotNull(a, "step " + call.runner().currentStep().getNumber() + " has answer " + answer);
		call.answer(a, Map.of(), null);
	}

	@Test
	void eachAnswerIsStoredAsGivenAndReopeningResumesTheCall() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			assertFalse(call.resumed());
			assertEquals("org.revisit.script.birthday.en", call.script().getScriptId(), "the built-in script");
			assertEquals("Hello, may I speak with 客先生?", call.runner().utterance(), "the contact's salutation is filled in");
			Draft started = store.drafts().find(task.getId());
			assertNotNull(started, "the call is stored when it is opened");
			assertEquals(0, started.answers());

			say(call, "yes");
			assertEquals(1, store.drafts().find(task.getId()).answers(), "the first answer is stored at once");
			say(call, "convenient");
			call.notes("asked for the new catalogue");
			assertEquals(2, store.drafts().find(task.getId()).answers());
			assertTrue(call.release(), "closing the view gives the task back");
			assertEquals(2, store.drafts().find(task.getId()).answers(), "the answers stay");

			assertTrue(store.claims().claim(task.getId(), "alice", NOW, LEASE).isPresent());
			CallSession again = CallSession.open(calls(store, "alice"), task.getId(), "zh", CLOCK);
			assertTrue(again.resumed());
			assertEquals("org.revisit.script.birthday.en", again.script().getScriptId(),
					"the call goes on in the script it began with");
			assertEquals(5, again.runner().currentStep().getNumber());
			assertEquals(List.of(1, 4, 5), again.runner().visited());
			assertEquals("asked for the new catalogue", again.notes());
			assertEquals(started.startedAt(), again.startedAt());
		}
	}

	@Test
	void eachAnswerExtendsTheLeaseSoALongCallKeepsItsTask() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			assertEquals(NOW.plus(LEASE), store.claims().find(task.getId()).leaseExpiry());
			Clock later = Clock.offset(CLOCK, Duration.ofMinutes(25));
			serverClock.set(later.instant());
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", later);
			say(call, "yes");
			assertEquals(later.instant().plus(CallSession.LEASE), store.claims().find(task.getId()).leaseExpiry());
			assertFalse(store.claims().claim(task.getId(), "bob", NOW.plus(LEASE).plusSeconds(1), LEASE).isPresent(),
					"the call in progress is not handed to another agent");
		}
	}

	@Test
	void undoIsStoredToo() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			say(call, "no");
			assertEquals(2, call.runner().currentStep().getNumber());
			assertTrue(call.undo());
			assertFalse(call.undo(), "nothing left to take back");
			assertEquals(0, store.drafts().find(task.getId()).answers());
			CallSession again = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			assertEquals(1, again.runner().currentStep().getNumber());
		}
	}

	@Test
	void finishingSavesTheOutcomeCompletesTheTaskAndReleasesTheLease() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			assertThrows(IllegalStateException.class, call::finish, "a call not over cannot be finished");
			assertEquals(SpeakingTime.ofScript(call.script()), call.remaining(), "at the start: the whole script");
			say(call, "yes");
			SpeakingTime fromStep4 = call.remaining();
			assertTrue(fromStep4.maxSeconds() < SpeakingTime.ofScript(call.script()).maxSeconds()
					&& fromStep4.minSeconds() > 0, fromStep4.toString());
			say(call, "convenient");
			say(call, "thanked");
			Answer dissatisfied = call.runner().answerFor("dissatisfied");
			List<RecordField> fields = ScriptRunner.fieldsOf(dissatisfied);
			assertEquals(1, fields.size());
			String field = fields.get(0).getFieldName();
			assertThrows(IllegalArgumentException.class, () -> call.answer(dissatisfied, Map.of(), NOW),
					"an answer that takes no value refuses one");
			call.answer(dissatisfied, Map.of(field, "engineer came late"), null);
			say(call, "ok");
			say(call, "no");
			say(call, "no");
			assertTrue(call.runner().isFinished());
			assertEquals(SpeakingTime.ZERO, call.remaining());
			call.notes("polite, wants a call in spring");

			CallOutcome saved = call.finish();
			CallOutcome read = store.outcomes().find(saved.getId());
			assertEquals("alice", read.getAgent());
			assertEquals(ScriptRunner.COMPLETED, read.getDispositionCode());
			assertEquals(List.of(1, 4, 5, 6, 7, 8, 9), read.getPath().stream().map(PathEntry::getStepNumber).toList());
			assertEquals("engineer came late", read.getRecordedValues().get(0).getValue());
			assertEquals(1, read.getFollowUps().size());
			assertEquals("polite, wants a call in spring", read.getNotes());
			assertNotNull(read.getEndedAt());
			ClaimedTask after = store.claims().find(task.getId());
			assertNull(after.leaseOwner(), "the lease is released");
			assertEquals("COMPLETED", store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery("SELECT state FROM call_task WHERE id = "
						+ task.getId())) {
					rs.next();
					return rs.getString(1);
				}
			}));
			assertNull(store.drafts().find(task.getId()), "the call is no longer in progress");
		}
	}

	@Test
	void aCallTakenOverByAnotherAgentIsNotSavedTwice() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			say(call, "yes");
			// alice's lease runs out; bob takes the task and the call with it
			assertTrue(store.claims().claim(task.getId(), "bob", NOW.plus(LEASE).plusSeconds(1), LEASE).isPresent());
			CallSession bobs = CallSession.open(calls(store, "bob"), task.getId(), "en", CLOCK);
			assertTrue(bobs.resumed());
			assertEquals(4, bobs.runner().currentStep().getNumber(), "bob goes on where alice stopped");
			ServiceException e = assertThrows(ServiceException.class, () -> say(call, "convenient"));
			assertEquals(ServiceException.Kind.CONFLICT, e.kind());
			assertTrue(e.getMessage().contains("another agent"), e.getMessage());
			assertEquals(4, call.runner().currentStep().getNumber(), "the unsaved answer is taken back");
			assertEquals(ServiceException.Kind.CONFLICT, assertThrows(ServiceException.class,
					() -> CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK)).kind());
		}
	}

	@Test
	void aSuccessorTakesOverThePendingTasksAndTheHistoriesStay() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			long leftId = task.getContact().getId();
			CallTask later = TaskFixtures.task(task.getContact(), NOW.plus(Duration.ofDays(3)), 1);
			store.transaction(tx -> {
				store.tasks().insert(tx, List.of(later));
				return null;
			});
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			say(call, "no");
			Answer left = call.runner().answerFor("has left");
			assertEquals(ScriptRunner.ValueKind.SUCCESSOR, ScriptRunner.valueNeeded(left));
			assertThrows(IllegalArgumentException.class,
					() -> call.answer(left, Map.of(), new Successor("赵敏", "女士", null, null)),
					"the successor's mobile is required");
			assertEquals(ContactStatus.ACTIVE, store.contacts().find(leftId).getStatus(), "nothing was written");
			call.answer(left, Map.of(), new Successor("赵敏", "女士", "13912345678", "IT manager"));

			Contact old = store.contacts().find(leftId);
			assertEquals(ContactStatus.LEFT_COMPANY, old.getStatus());
			long successorId = old.getSuccessor().getId();
			assertEquals("赵敏", store.contacts().find(successorId).getName());
			assertEquals(old.getCompany(), store.contacts().find(successorId).getCompany(), "company prefilled");
			assertEquals(2, store.tasks().openForContact(successorId).size(), "both pending tasks moved");
			assertEquals(0, store.tasks().openForContact(leftId).size());

			assertEquals(successorId, call.contact().getId(), "the call goes on with the successor");
			assertEquals(3, call.runner().currentStep().getNumber());
			say(call, "yes");
			assertEquals(4, call.runner().currentStep().getNumber());
			assertEquals(List.of(1, 2, 3, 4), call.runner().visited());
			assertThrows(IllegalArgumentException.class, () -> say(call, "not convenient"),
					"a callback answer needs the agreed time");
		}
	}

	@Test
	void callbackTimesFollowTheCallingHoursInTheContactsZone() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			ZoneId zone = call.contactZone();
			assertEquals(ZoneId.of("Asia/Shanghai"), zone);
			CallingHours hours = call.callingHours();
			LocalDate monday = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			Instant lunch = monday.atTime(LocalTime.of(12, 30)).atZone(zone).toInstant();
			assertEquals(CallingHours.Refusal.LUNCH_BREAK, hours.check(lunch, zone).refusal());
			Instant saturday = monday.plusDays(5).atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
			assertEquals(CallingHours.Refusal.NON_WORKING_DAY, hours.check(saturday, zone).refusal());
			Instant allowed = monday.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
			assertTrue(hours.check(allowed, zone).allowed());

			say(call, "yes");
			Answer later = call.runner().answerFor("not convenient");
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> call.answer(later, Map.of(), lunch));
			assertTrue(refused.getMessage().contains("LUNCH_BREAK"), refused.getMessage());
			assertEquals(1, store.drafts().find(task.getId()).answers(), "a refused time is not stored");
			call.answer(later, Map.of(), allowed);
			assertTrue(call.runner().isFinished());
			CallOutcome saved = call.finish();
			assertEquals(ScriptRunner.CALLBACK, saved.getDispositionCode());
			assertEquals(1, store.outcomes().find(saved.getId()).getCallbacks().size());
			assertEquals(allowed, store.outcomes().find(saved.getId()).getCallbacks().get(0).getDueAt().toInstant());
		}
	}

	@Test
	void anAgreedCallbackReplacesAnOlderPromiseOnlyWhenTheAgentSaysSo() {
		try (Store store = open()) {
			CallTask task = claimedTask(store, "alice");
			org.revisit.model.Callback older = org.revisit.model.RevisitFactory.eINSTANCE.createCallback();
			older.setContact(task.getContact());
			older.setDueAt(java.util.Date.from(NOW.plus(Duration.ofDays(4))));
			older.setSource(org.revisit.model.CallbackSource.CALL);
			store.callbacks().insert(List.of(older));
			CallSession call = CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK);
			assertEquals(List.of(older.getId()), call.openPromises().stream().map(p -> p.callback().getId()).toList());
			assertThrows(IllegalArgumentException.class, () -> call.replacePromise(older.getId() + 1000));
			say(call, "yes");
			LocalDate monday = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			call.answer(call.runner().answerFor("not convenient"), Map.of(),
					monday.atTime(LocalTime.of(9, 30)).atZone(call.contactZone()).toInstant());
			call.replacePromise(older.getId());
			CallOutcome saved = call.finish();
			long agreed = store.outcomes().find(saved.getId()).getCallbacks().get(0).getId();
			org.revisit.store.CallbackRepository.Promise replaced = store.callbacks().promise(older.getId());
			assertEquals(org.revisit.store.CallbackRepository.Closed.SUPERSEDED, replaced.closedAs());
			assertEquals(Long.valueOf(agreed), replaced.supersededBy());
			assertTrue(store.callbacks().promise(agreed).open(), "the new promise is owed");
		}
	}

	@Test
	void onlyTheAgentHoldingTheTaskCanOpenTheCall() {
		try (Store store = open()) {
			CallTask task = TaskFixtures.plan(store, 1, NOW, 5).get(0);
			ServiceException e = assertThrows(ServiceException.class,
					() -> CallSession.open(calls(store, "alice"), task.getId(), "en", CLOCK));
			assertEquals(ServiceException.Kind.CONFLICT, e.kind());
			assertTrue(e.getMessage().contains("not held by alice"), e.getMessage());
		}
	}
}
