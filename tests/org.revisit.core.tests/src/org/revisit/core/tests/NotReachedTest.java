package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.Planner;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.service.CallService;
import org.revisit.core.service.ServiceException;
import org.revisit.model.CallTask;
import org.revisit.model.TaskState;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** Calls that do not reach the contact, as the Call view ends them: the attempt counted, the draft dropped. */
class NotReachedTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;

	private static Instant shanghai(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
	}

	/** The store's clock, the service's "now" (the attempt's time). */
	private final TestClock.Settable serverClock = new TestClock.Settable(SHANGHAI);

	private Store open() {
		return Store.open(StoreConfig.embedded(dir).withClock(serverClock));
	}

	/** Claims the task at {@code at}, opens the call and gives the first answer, as an agent does before hanging up. */
	private CallSession openAndAnswer(Store store, long task, Instant at) {
		serverClock.set(at);
		assertTrue(store.claims().claim(task, "alice", at, LEASE).isPresent());
		CallSession call = CallSession.open(CallSessionTest.calls(store, "alice"), task, "en", Clock.fixed(at, SHANGHAI));
		call.answer(call.runner().answerFor("yes"), Map.of(), null);
		assertNotNull(store.drafts().find(task));
		return call;
	}

	private static String state(Store store, long task) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT state FROM call_task WHERE id = ?")) {
				p.setLong(1, task);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getString(1);
				}
			}
		});
	}

	@Test
	void noAnswerIsTriedAgainInTheWindowsWithoutTheDraftUntilTheThirdAttempt() {
		try (Store store = open()) {
			long task = TaskFixtures.plan(store, 1, shanghai(23, 9, 0), 40).get(0).getId();
			CallSession call = openAndAnswer(store, task, shanghai(23, 9, 30));
			CallService.NotReached first = call.notReached(Attempts.NO_ANSWER, call.dialledNumber());
			assertEquals(TaskState.RESCHEDULED, first.result().state());
			assertNull(first.markedInvalid(), "no answer leaves the number alone");
			assertEquals("RESCHEDULED", state(store, task));
			assertEquals(1, store.claims().find(task).attempts());
			assertNull(store.claims().find(task).leaseOwner(), "the lease is released");
			assertNull(store.drafts().find(task), "the answers of the attempt are dropped");
			Instant due = store.claims().find(task).dueFrom();
			assertEquals(shanghai(23, 14, 0), due, "09:30 + 2 hours falls in the lunch break: the 14:00 window");
			assertTrue(CallingHours.of(null, Planner.workingCalendar(store)).check(due, SHANGHAI).allowed());

			CallSession again = openAndAnswer(store, task, shanghai(23, 14, 5));
			assertFalse(again.resumed(), "the next attempt starts the script afresh");
			assertEquals(1, again.runner().path().size());
			again.notReached(Attempts.BUSY, null);
			assertEquals(2, store.claims().find(task).attempts());
			CallService.NotReached third = openAndAnswer(store, task, shanghai(23, 15, 0))
					.notReached(Attempts.NO_ANSWER, null);
			assertEquals(TaskState.UNREACHABLE, third.result().state());
			assertEquals("UNREACHABLE", state(store, task));
			assertEquals(3, store.claims().find(task).attempts());
			assertNull(store.drafts().find(task));
		}
	}

	@Test
	void aWrongNumberClosesTheCallAndMarksTheDialledNumberInvalid() {
		try (Store store = open()) {
			CallTask t = TaskFixtures.plan(store, 1, shanghai(23, 9, 0), 40).get(0);
			long task = t.getId();
			long contact = t.getContact().getId();
			CallSession call = openAndAnswer(store, task, shanghai(23, 9, 30));
			assertEquals("13800138000", call.dialledNumber());
			CallService.NotReached r = call.notReached(Attempts.WRONG_NUMBER, call.dialledNumber());
			assertEquals(TaskState.COMPLETED, r.result().state());
			assertEquals("13800138000", r.markedInvalid());
			assertEquals("COMPLETED", state(store, task));
			assertNull(store.drafts().find(task));
			assertTrue(store.contacts().find(contact).getPhones().get(0).isInvalid());
			assertTrue(store.audit().page("Contact", contact, 0, 10).stream().anyMatch(a -> "phones".equals(a.getField())),
					"the change is audited as the agent's");
		}
	}

	@Test
	void aCallNoLongerHeldIsNotEndedAndKeepsItsDraft() {
		try (Store store = open()) {
			long task = TaskFixtures.plan(store, 1, shanghai(23, 9, 0), 40).get(0).getId();
			CallSession call = openAndAnswer(store, task, shanghai(23, 9, 30));
			assertTrue(store.claims().claim(task, "bob", shanghai(23, 10, 30), LEASE).isPresent(), "the lease ran out");
			assertEquals(ServiceException.Kind.CONFLICT,
					assertThrows(ServiceException.class, () -> call.notReached(Attempts.NO_ANSWER, null)).kind());
			assertEquals("bob", store.claims().find(task).leaseOwner());
			assertEquals(0, store.claims().find(task).attempts());
			assertNotNull(store.drafts().find(task), "bob resumes where alice stopped");
		}
	}
}
