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
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.plan.Attempts;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.service.CallService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.local.LocalCallService;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordedValue;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.store.CallDrafts.Draft;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * The call service as a team server runs it for each user: it checks the role, that the user holds the task, and
 * every state against the script, and builds the outcome itself; whatever it refuses leaves the data as it was.
 */
class CallServiceTest {

	private static final Instant NOW = TestClock.NOW;
	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	private static final Duration LEASE = Duration.ofMinutes(30);
	private static final String HOTLINE = "org.revisit.calltype.hotlineSupervision";
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
	private static final Instant ALLOWED = MONDAY.atTime(LocalTime.of(9, 30)).atZone(SHANGHAI).toInstant();
	private static final Instant LUNCH = MONDAY.atTime(LocalTime.of(12, 30)).atZone(SHANGHAI).toInstant();

	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir).withClock(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC)));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private CallService calls(String user, Role role) {
		return new LocalCallService(store, CallTypeRegistry.read(), new Principal(user, null, role));
	}

	/** A planned task of {@code callType} ({@code null}: a birthday greeting) claimed by {@code agent}. */
	private long claimed(String callType, String agent) {
		CallTask task = store.transaction(tx -> {
			Contact contact = StoreTest.contact("客户", "先生");
			store.contacts().insert(tx, List.of(contact));
			CallTask t = TaskFixtures.task(contact, NOW.minus(Duration.ofHours(1)), 5);
			if (callType != null) {
				t.setCallTypeId(callType);
			}
			store.tasks().insert(tx, List.of(t));
			return t;
		});
		assertTrue(store.claims().claim(task.getId(), agent, NOW, LEASE).isPresent());
		return task.getId();
	}

	private static void say(CallSession call, String answer) {
		Answer a = call.runner().answerFor(answer);
		assertNotNull(a, "step " + call.runner().currentStep().getNumber() + " has answer " + answer);
		call.answer(a, Map.of(), null);
	}

	private static ServiceException refused(Kind kind, Executable operation) {
		ServiceException e = assertThrows(ServiceException.class, operation);
		assertEquals(kind, e.kind(), e.getMessage());
		return e;
	}

	/** What a refusal must leave alone: the draft, the holder and lease, the attempts, the outcomes, the audit. */
	private record Snapshot(Draft draft, ClaimedTask task, long outcomes, List<String> audit) {
	}

	/** The audit of the task, as "who action". */
	private List<String> audit(long taskId) {
		return store.audit().pageOf("CallTask", taskId, 0, 100).stream().map(e -> e.user() + " " + e.action()).toList();
	}

	private Snapshot snapshot(long taskId) {
		return new Snapshot(store.drafts().find(taskId), store.claims().find(taskId), store.read(c -> {
			try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM call_outcome")) {
				rs.next();
				return rs.getLong(1);
			}
		}), audit(taskId));
	}

	@Test
	void aSupervisionCallIsRefusedToAnAgentAndNothingChanges() {
		long task = claimed(HOTLINE, "alice");
		CallService agent = calls("alice", Role.AGENT);
		Snapshot before = snapshot(task);
		ServiceException e = refused(Kind.FORBIDDEN, () -> agent.open(task, "zh"));
		assertTrue(e.getMessage().contains("supervisor"), e.getMessage());
		assertNull(store.drafts().find(task), "no call was started");
		refused(Kind.FORBIDDEN, () -> agent.saveAnswers(task, "revisit-script-run 1 x 1\n"));
		refused(Kind.FORBIDDEN, () -> agent.saveNotes(task, "notes"));
		refused(Kind.FORBIDDEN, () -> agent.contact(task));
		refused(Kind.FORBIDDEN, () -> agent.finish(task, null));
		refused(Kind.FORBIDDEN, () -> agent.notReached(task, Attempts.NO_ANSWER, null));
		assertEquals(before, snapshot(task));

		// a supervisor makes the call; an agent still makes the ordinary ones
		CallSession call = CallSession.open(calls("alice", Role.SUPERVISOR), task, "zh", CLOCK);
		assertEquals("org.revisit.script.hotlineSupervision.zh", call.script().getScriptId());
		long birthday = claimed(null, "alice");
		assertEquals("org.revisit.script.birthday.en", CallSession.open(agent, birthday, "en", CLOCK).script().getScriptId());
		// an agent can give back a supervision call that came their way
		assertTrue(agent.release(task));
	}

	@Test
	void aForgedStateIsRefusedAndTheStoredCallStaysAsItWas() {
		long task = claimed(null, "alice");
		CallService alice = calls("alice", Role.AGENT);
		CallSession call = CallSession.open(alice, task, "en", CLOCK);
		say(call, "yes");
		String saved = call.runner().state();
		String header = saved.lines().findFirst().orElseThrow();
		String first = saved.lines().skip(1).findFirst().orElseThrow();
		Snapshot before = snapshot(task);
		assertEquals(saved, before.draft().state());
		long at = NOW.toEpochMilli();
		int notConvenient = call.runner().currentStep().getAnswers().indexOf(call.runner().answerFor("not convenient"));

		// a callback in the lunch break, given past the client's own check
		ScriptRunner bypass = ScriptRunner.resume(call.script(), Map.of(), saved, CLOCK);
		bypass.answer(bypass.answerFor("not convenient"), LUNCH);
		Map<String, String> forged = new java.util.LinkedHashMap<>();
		forged.put("an answer step 4 does not have", saved + "4\t7\t" + at + "\n");
		forged.put("a step skipped", header + "\n5\t0\t" + at + "\n");
		forged.put("a step answered twice", saved + first + "\n");
		forged.put("a callback time for an answer that takes none", saved + "4\t0\t" + at + "\t!callbackAt=" + at + "\n");
		forged.put("a callback without its time", saved + "4\t" + notConvenient + "\t" + at + "\n");
		forged.put("a callback time before the answer", saved + "4\t" + notConvenient + "\t" + at + "\t!callbackAt="
				+ (at - 60_000) + "\n");
		forged.put("a callback time outside the calling hours", bypass.state());
		forged.put("a field the answer does not record", header + "\n" + first + "\tdisposition=REFUSED\n");
		forged.put("a value name no answer has", saved + "4\t0\t" + at + "\t!outcome=DONE\n");
		forged.put("an unreadable answer", saved + "4\tzero\t" + at + "\n");
		forged.put("another script", saved.replace("birthday.en", "birthday.zh"));
		forged.put("no header", first + "\n");
		for (Map.Entry<String, String> f : forged.entrySet()) {
			ServiceException e = refused(Kind.INVALID, () -> alice.saveAnswers(task, f.getValue()));
			assertTrue(e.getMessage().contains("task " + task), f.getKey() + ": " + e.getMessage());
			assertEquals(before, snapshot(task), f.getKey() + ": the stored call is unchanged");
		}
		refused(Kind.INVALID, () -> alice.saveAnswers(task, null));
		assertEquals(before, snapshot(task));

		// the client's own answers still go through, and the call goes on
		say(call, "convenient");
		assertEquals(2, store.drafts().find(task).answers());
	}

	@Test
	void finishingStoresExactlyWhatTheScriptPathYields() {
		long task = claimed(null, "alice");
		CallService alice = calls("alice", Role.AGENT);
		CallSession call = CallSession.open(alice, task, "en", CLOCK);
		refused(Kind.INVALID, () -> alice.finish(task, null));
		say(call, "yes");
		say(call, "convenient");
		say(call, "thanked");
		Answer dissatisfied = call.runner().answerFor("dissatisfied");
		String reason = ScriptRunner.fieldsOf(dissatisfied).get(0).getFieldName();
		call.answer(dissatisfied, Map.of(reason, "the engineer came late"), null);
		say(call, "ok");
		say(call, "no");
		Snapshot before = snapshot(task);
		refused(Kind.INVALID, () -> alice.finish(task, null));
		assertEquals(before, snapshot(task), "a call not over is not stored");
		Answer suggestion = call.runner().answerFor("yes");
		call.answer(suggestion, Map.of(ScriptRunner.fieldsOf(suggestion).get(0).getFieldName(), "a hotline on Sundays"),
				null);
		assertTrue(call.runner().isFinished());
		call.notes("friendly");

		Draft draft = store.drafts().find(task);
		refused(Kind.INVALID, () -> alice.finish(task, 424242L));
		assertEquals(draft, store.drafts().find(task), "a promise that is not the contact's is refused");
		CallOutcome expected = RevisitFactory.eINSTANCE.createCallOutcome();
		expected.setAgent("alice");
		ScriptRunner.resume(call.script(), Map.of(), draft.state(), CLOCK).fill(expected, call.contact());

		CallOutcome saved = call.finish();
		CallOutcome read = store.outcomes().find(saved.getId());
		assertSameOutcome(expected, read);
		assertEquals("alice", read.getAgent());
		assertEquals("friendly", read.getNotes());
		assertEquals(draft.startedAt(), read.getStartedAt().toInstant());
		assertEquals(store.clock().instant(), read.getEndedAt().toInstant(), "ended at the server's time");
		assertEquals(List.of("yes", "convenient", "thanked", "dissatisfied", "ok", "no", "yes"),
				read.getPath().stream().map(PathEntry::getAnswerLabel).toList());
		assertNull(store.drafts().find(task));
		List<String> audit = audit(task);
		assertTrue(audit.containsAll(List.of("alice OPEN", "alice ANSWER", "alice FINISH")), audit.toString());
		assertEquals(7, audit.stream().filter("alice ANSWER"::equals).count(), "one entry per answer: " + audit);
	}

	@Test
	void anAgreedCallbackIsStoredAsTheScriptYieldsIt() {
		long task = claimed(null, "alice");
		CallSession call = CallSession.open(calls("alice", Role.AGENT), task, "en", CLOCK);
		say(call, "yes");
		call.answer(call.runner().answerFor("not convenient"), Map.of(), ALLOWED);
		CallOutcome expected = RevisitFactory.eINSTANCE.createCallOutcome();
		expected.setAgent("alice");
		ScriptRunner.resume(call.script(), Map.of(), store.drafts().find(task).state(), CLOCK).fill(expected,
				call.contact());
		CallOutcome read = store.outcomes().find(call.finish().getId());
		assertSameOutcome(expected, read);
		assertEquals(ScriptRunner.CALLBACK, read.getDispositionCode());
		assertEquals(1, read.getCallbacks().size());
	}

	private static void assertSameOutcome(CallOutcome expected, CallOutcome read) {
		assertEquals(expected.getScriptId(), read.getScriptId());
		assertEquals(expected.getScriptVersion(), read.getScriptVersion());
		assertEquals(expected.getDispositionCode(), read.getDispositionCode());
		assertEquals(expected.getPath().stream().map(p -> p.getStepNumber() + " " + p.getAnswerLabel() + " " + p.getAt().getTime())
				.toList(), read.getPath().stream().map(p -> p.getStepNumber() + " " + p.getAnswerLabel() + " "
						+ p.getAt().getTime()).toList());
		assertEquals(expected.getRecordedValues().stream().map(RecordedValue::getField).toList(),
				read.getRecordedValues().stream().map(RecordedValue::getField).toList());
		assertEquals(expected.getRecordedValues().stream().map(RecordedValue::getValue).toList(),
				read.getRecordedValues().stream().map(RecordedValue::getValue).toList());
		assertEquals(expected.getScores().size(), read.getScores().size());
		// (a follow-up without a text of its own reads back with an empty one)
		assertEquals(expected.getFollowUps().stream().map(f -> f.getAssignee() + ": " + Objects.toString(f.getText(), ""))
				.toList(), read.getFollowUps().stream().map(f -> f.getAssignee() + ": " + Objects.toString(f.getText(), ""))
				.toList());
		assertEquals(expected.getCallbacks().stream().map(CallServiceTest::callback).toList(),
				read.getCallbacks().stream().map(CallServiceTest::callback).toList());
	}

	private static String callback(Callback cb) {
		return cb.getDueAt().toInstant() + " " + cb.getOwner() + " " + cb.getSource() + " " + cb.getReason() + " "
				+ cb.getContact().getId();
	}

	@Test
	void aFinishMadeAgainReturnsTheStoredOutcomeAndChangesNothing() {
		long task = claimed(null, "alice");
		CallService alice = calls("alice", Role.AGENT);
		CallSession call = CallSession.open(alice, task, "en", CLOCK);
		for (String a : List.of("yes", "convenient", "thanked", "satisfied", "no", "no")) {
			say(call, a);
		}
		CallOutcome first = call.finish();
		Snapshot after = snapshot(task);
		List<String> audit = audit(task);

		CallOutcome again = alice.finish(task, null);
		assertEquals(first.getId(), again.getId(), "the outcome stored the first time");
		assertEquals(List.of("yes", "convenient", "thanked", "satisfied", "no", "no"),
				again.getPath().stream().map(PathEntry::getAnswerLabel).toList());
		assertEquals(after, snapshot(task), "nothing changed");
		assertEquals(audit, audit(task), "nothing audited");
		assertEquals(1, store.outcomes().pageByContact(first.getTask().getContact().getId(), 0, 10).size());

		ServiceException e = refused(Kind.CONFLICT, () -> calls("bob", Role.AGENT).finish(task, null));
		assertTrue(e.getMessage().contains("not held by bob"), "another agent is refused: " + e.getMessage());
		long open = claimed(null, "carol");
		refused(Kind.CONFLICT, () -> alice.finish(open, null));
	}

	@Test
	void anotherAgentsCallIsAConflictAndStaysAsItWas() {
		long task = claimed(null, "alice");
		CallSession call = CallSession.open(calls("alice", Role.AGENT), task, "en", CLOCK);
		say(call, "yes");
		call.notes("alice's notes");
		Snapshot before = snapshot(task);
		CallService bob = calls("bob", Role.ADMIN);
		ServiceException e = refused(Kind.CONFLICT, () -> bob.open(task, "en"));
		assertTrue(e.getMessage().contains("not held by bob"), e.getMessage());
		refused(Kind.CONFLICT, () -> bob.saveAnswers(task, call.runner().state()));
		refused(Kind.CONFLICT, () -> bob.saveNotes(task, "bob's notes"));
		refused(Kind.CONFLICT, () -> bob.contact(task));
		refused(Kind.CONFLICT, () -> bob.finish(task, null));
		refused(Kind.CONFLICT, () -> bob.notReached(task, Attempts.WRONG_NUMBER, call.dialledNumber()));
		assertFalse(bob.release(task));
		assertEquals(before, snapshot(task));
		assertFalse(store.contacts().find(call.contact().getId()).getPhones().get(0).isInvalid());

		refused(Kind.NOT_FOUND, () -> bob.open(task + 1000, "en"));
		refused(Kind.NOT_FOUND, () -> bob.release(task + 1000));
		refused(Kind.INVALID, () -> calls("alice", Role.AGENT).notReached(task, " ", null));
		assertEquals(before, snapshot(task));

		// alice, who holds it, ends the attempt
		assertEquals(org.revisit.model.TaskState.RESCHEDULED,
				call.notReached(Attempts.NO_ANSWER, call.dialledNumber()).result().state());
		assertTrue(audit(task).contains("alice NOT_REACHED"), audit(task).toString());
		assertFalse(audit(task).stream().anyMatch(a -> a.startsWith("bob")), "bob changed nothing");
	}
}
