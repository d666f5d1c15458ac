package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.model.AuditEntry;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.model.TaskState;
import org.revisit.store.StaleDataException;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/** What a call's answers change in the store: an agreed callback, a successor replacing a contact who left. */
class CallEffectsTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
	private static final Instant AGREED = Instant.parse("2026-11-25T06:30:00Z");
	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	@TempDir
	Path dir;

	private static Script hotline() {
		return BuiltinScripts.read("zh", "org.revisit.calltype.hotlineSupervision").scripts().get(0);
	}

	@Test
	void aCallbackAgreedInTheCallIsSavedWithTheOutcome() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask task = TaskFixtures.plan(store, 1, NOW, 5).get(0);
			ScriptRunner r = new ScriptRunner(hotline(), Map.of(), CLOCK);
			r.answer(r.answerFor("否"));
			r.answer(r.answerFor("不在"), AGREED);

			CallOutcome outcome = F.createCallOutcome();
			outcome.setTask(task);
			outcome.setAgent("alice");
			outcome.setStartedAt(Date.from(NOW));
			r.fill(outcome);
			store.outcomes().insert(outcome);

			List<Callback> due = store.callbacks().due(NOW, NOW.plus(Duration.ofDays(7)), 0, 10);
			assertEquals(1, due.size());
			Callback cb = due.get(0);
			assertEquals(AGREED, cb.getDueAt().toInstant());
			assertEquals(task.getContact().getId(), cb.getContact().getId());
			assertEquals("alice", cb.getOwner());
			assertEquals(CallbackSource.CALL, cb.getSource());
			assertFalse(cb.isDone());
			CallOutcome read = store.outcomes().find(outcome.getId());
			assertEquals(ScriptRunner.CALLBACK, read.getDispositionCode());
			assertEquals(List.of(cb.getId()), read.getCallbacks().stream().map(Callback::getId).toList(),
					"the callback is linked to the call it was agreed in");
		}
	}

	@Test
	void aSuccessorTakesOverPendingWorkAndHistoryStays() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			Contact old = StoreTest.contact("王建国", "先生");
			old.setOwningAgent("alice");
			old.setTimeZone("Asia/Urumqi");
			store.contacts().insert(List.of(old));
			CallTask planned = TaskFixtures.task(old, NOW, 5);
			CallTask claimed = TaskFixtures.task(old, NOW, 9);
			CallTask rescheduled = TaskFixtures.task(old, NOW, 1);
			rescheduled.setState(TaskState.RESCHEDULED);
			CallTask done = TaskFixtures.task(old, NOW.minus(Duration.ofDays(3)), 1);
			done.setState(TaskState.COMPLETED);
			ServiceEvent event = F.createServiceEvent();
			event.setKind(ServiceEventKind.HOTLINE_TICKET);
			event.setOccurredAt(Date.from(NOW.minus(Duration.ofDays(2))));
			event.setContact(old);
			event.setExternalRef("T-1");
			store.transaction(tx -> {
				store.tasks().insert(tx, List.of(planned, claimed, rescheduled, done));
				store.events().insert(tx, List.of(event));
				return null;
			});
			ClaimedTask lease = store.claims().claimNext("bob", NOW, Duration.ofMinutes(30)).orElseThrow();
			assertEquals(claimed.getId(), lease.taskId());
			Callback open = callback(old, AGREED, false);
			Callback kept = callback(old, NOW.minus(Duration.ofDays(1)), true);
			store.callbacks().insert(List.of(open, kept));
			CallOutcome earlier = F.createCallOutcome();
			earlier.setTask(done);
			earlier.setAgent("alice");
			earlier.setStartedAt(Date.from(NOW.minus(Duration.ofDays(3))));
			earlier.setDispositionCode(ScriptRunner.COMPLETED);
			store.outcomes().insert(earlier);

			// the call: the target has left, the customer names the successor
			ScriptRunner r = new ScriptRunner(hotline(), Map.of(), CLOCK);
			r.answer(r.answerFor("否"));
			r.answer(r.answerFor("已离职"), new Successor("赵敏", "女士", "13912345678", "IT主管"));
			Contact successor = r.successor().toContact();
			Contact read = store.contacts().find(old.getId());
			store.successions().replaceWithSuccessor(read, successor, "alice");

			assertNotEquals(0, successor.getId());
			Contact left = store.contacts().find(old.getId());
			assertEquals(ContactStatus.LEFT_COMPANY, left.getStatus());
			assertEquals(successor.getId(), left.getSuccessor().getId());
			assertEquals(1, left.getVersion());
			assertEquals(left.getVersion(), read.getVersion(), "the caller's copy is up to date");
			Contact next = store.contacts().find(successor.getId());
			assertEquals("赵敏", next.getName());
			assertEquals("IT主管", next.getPosition());
			assertEquals(old.getCompany(), next.getCompany());
			assertEquals("alice", next.getOwningAgent());
			assertEquals("Asia/Urumqi", next.getTimeZone());
			assertEquals(ContactStatus.ACTIVE, next.getStatus());
			assertEquals("13912345678", next.getPhones().get(0).getNumber());

			for (CallTask t : List.of(planned, claimed, rescheduled)) {
				assertEquals(successor.getId(), store.claims().find(t.getId()).contactId(), "task " + t.getId());
			}
			ClaimedTask stillLeased = store.claims().find(claimed.getId());
			assertEquals("bob", stillLeased.leaseOwner());
			assertEquals(lease.leaseExpiry(), stillLeased.leaseExpiry());
			assertEquals(old.getId(), store.claims().find(done.getId()).contactId(), "a done task is history");
			assertEquals(successor.getId(), store.callbacks().find(open.getId()).getContact().getId());
			assertEquals(old.getId(), store.callbacks().find(kept.getId()).getContact().getId());
			assertEquals(List.of(earlier.getId()),
					store.outcomes().pageByContact(old.getId(), 0, 10).stream().map(CallOutcome::getId).toList());
			assertTrue(store.outcomes().pageByContact(successor.getId(), 0, 10).isEmpty());
			assertEquals(1, store.events().pageByContact(old.getId(), 0, 10).size());
			assertTrue(store.events().pageByContact(successor.getId(), 0, 10).isEmpty());

			List<AuditEntry> contactAudit = store.audit().page("Contact", old.getId(), 0, 50);
			assertTrue(contactAudit.stream().anyMatch(e -> "status".equals(e.getField())
					&& "ACTIVE".equals(e.getOldValue()) && "LEFT_COMPANY".equals(e.getNewValue())
					&& "alice".equals(e.getWho())), contactAudit.toString());
			assertTrue(contactAudit.stream().anyMatch(e -> "successor".equals(e.getField())
					&& Long.toString(successor.getId()).equals(e.getNewValue())));
			for (CallTask t : List.of(planned, claimed, rescheduled)) {
				List<AuditEntry> moved = store.audit().page("CallTask", t.getId(), 0, 10);
				assertEquals(1, moved.size());
				assertEquals(Long.toString(old.getId()), moved.get(0).getOldValue());
				assertEquals(Long.toString(successor.getId()), moved.get(0).getNewValue());
			}
			assertEquals(1, store.audit().page("Callback", open.getId(), 0, 10).size());
			assertTrue(store.audit().page("Callback", kept.getId(), 0, 10).isEmpty());
		}
	}

	@Test
	void aStaleVersionIsRefusedAndNothingIsWritten() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask task = TaskFixtures.plan(store, 1, NOW, 5).get(0);
			Contact stale = store.contacts().find(task.getContact().getId());
			Contact edited = store.contacts().find(stale.getId());
			edited.setPosition("经理");
			store.contacts().update(edited, "bob");
			long contacts = store.contacts().count();
			int auditRows = store.audit().page("Contact", stale.getId(), 0, 100).size();

			Contact successor = new Successor("赵敏", null, "13912345678", null).toContact();
			assertThrows(StaleDataException.class, () -> store.successions().replaceWithSuccessor(stale, successor, "alice"));
			assertEquals(0, successor.getId(), "the successor is not stored");
			assertEquals(contacts, store.contacts().count());
			Contact now = store.contacts().find(stale.getId());
			assertEquals(ContactStatus.ACTIVE, now.getStatus());
			assertEquals(1, now.getVersion());
			assertEquals(stale.getId(), store.claims().find(task.getId()).contactId(), "the task did not move");
			assertEquals(auditRows, store.audit().page("Contact", stale.getId(), 0, 100).size());
			assertTrue(store.audit().page("CallTask", task.getId(), 0, 10).isEmpty());

			// with the latest version (by id) it goes through, and a second replacement is refused
			store.successions().replaceWithSuccessor(stale.getId(), successor, "alice");
			assertEquals(successor.getId(), store.claims().find(task.getId()).contactId());
			Contact another = new Successor("钱多多", null, "13700000000", null).toContact();
			RuntimeException twice = assertThrows(RuntimeException.class,
					() -> store.successions().replaceWithSuccessor(stale.getId(), another, "alice"));
			assertTrue(twice.getMessage().contains("already left"), twice.getMessage());
		}
	}

	private static Callback callback(Contact contact, Instant due, boolean done) {
		Callback cb = F.createCallback();
		cb.setContact(contact);
		cb.setDueAt(Date.from(due));
		cb.setOwner("alice");
		cb.setSource(CallbackSource.CALL);
		cb.setReason("约定回拨");
		cb.setDone(done);
		return cb;
	}
}
