package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * The local services: the logged-in user is the agent of every claim, each role may do what the matrix says and
 * is refused the rest with FORBIDDEN, and an agent reads only the contacts they call.
 */
class LocalServicesTest {

	@TempDir
	Path dir;

	private static Principal as(String user, Role role) {
		return new Principal(user, null, role);
	}

	private LocalServices open() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		return LocalServices.open(store, CallTypeRegistry.read(), as("admin", Role.ADMIN));
	}

	@Test
	void theLoggedInUserIsTheAgentOfAClaim() {
		try (LocalServices services = open()) {
			CallTask task = TaskFixtures.plan(services.store(), 1, TestClock.NOW, 10).get(0);
			LocalServices wang = services.as(as("王芳", Role.AGENT));
			ClaimedTask claimed = wang.queue().claim(task.getId());
			assertEquals("王芳", claimed.leaseOwner());
			assertNull(services.as(as("li", Role.AGENT)).queue().claim(task.getId()), "held by someone else");
			assertFalse(services.as(as("li", Role.AGENT)).queue().release(task.getId()), "not li's to release");
			assertTrue(wang.queue().release(task.getId()));
		}
	}

	@Test
	void anAgentIsRefusedWhatNeedsAHigherRoleAndNothingChanges() {
		try (LocalServices services = open()) {
			CallTask task = TaskFixtures.plan(services.store(), 1, TestClock.NOW, 10).get(0);
			LocalServices agent = services.as(as("agent1", Role.AGENT));
			long tasksBefore = services.campaigns().counts().tasks();
			assertForbidden(() -> agent.planning().plan(LocalDate.of(2026, 11, 23), 7));
			assertForbidden(() -> agent.queue().reassign(task.getId(), null));
			assertForbidden(() -> agent.callbacks().promises(true, false, false, 10));
			HolidayCalendar calendar = RevisitFactory.eINSTANCE.createHolidayCalendar();
			calendar.setName("mine");
			assertForbidden(() -> agent.calendars().save(calendar));
			assertForbidden(() -> agent.scripts().store(List.of(RevisitFactory.eINSTANCE.createScript())));
			assertEquals(tasksBefore, services.campaigns().counts().tasks());
			assertTrue(services.calendars().names().isEmpty(), "the calendar was not saved");
			assertNull(services.planning().lastRun(), "nothing was planned");
		}
	}

	@Test
	void aSupervisorReassignsACall() {
		try (LocalServices services = open()) {
			CallTask task = TaskFixtures.plan(services.store(), 1, TestClock.NOW, 10).get(0);
			services.store().users().insert(List.of(user("li")));
			services.as(as("wang", Role.AGENT)).queue().claim(task.getId());
			LocalServices supervisor = services.as(as("zhao", Role.SUPERVISOR));
			assertTrue(supervisor.queue().reassign(task.getId(), "li"));
			assertEquals("li", services.queue().task(task.getId()).leaseOwner());
			ServiceException e = assertThrows(ServiceException.class, () -> supervisor.queue().reassign(task.getId(), "nobody"));
			assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
		}
	}

	@Test
	void anAgentReadsOnlyTheContactsTheyCall() {
		try (LocalServices services = open()) {
			CallTask task = TaskFixtures.plan(services.store(), 1, TestClock.NOW, 10).get(0);
			Contact quiet = StoreTest.contact("没有电话任务", "女士");
			services.store().contacts().insert(List.of(quiet));
			LocalServices agent = services.as(as("agent1", Role.AGENT));
			assertNotNull(agent.contacts().find(task.getContact().getId()), "a contact with a call to make");
			assertNull(agent.contacts().find(quiet.getId()), "a contact nobody is to call");
			assertEquals(1, agent.contacts().count(null));
			assertEquals(2, services.contacts().count(null), "an administrator reads all");
			assertEquals(ServiceException.Kind.NOT_FOUND,
					assertThrows(ServiceException.class, () -> agent.contacts().events(quiet.getId(), 0, 10)).kind());
		}
	}

	@Test
	void supervisionCallsAreNeitherShownNorHandedToAgents() {
		try (LocalServices services = open()) {
			List<CallTask> tasks = TaskFixtures.plan(services.store(), 2, TestClock.NOW.minusSeconds(60), 10);
			CallTask supervision = tasks.get(1);
			services.store().inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE call_task SET call_type = '" + DemoData.HOTLINE_SUPERVISION
							+ "', priority = 99 WHERE id = " + supervision.getId());
				}
				return null;
			});
			java.time.Instant end = TestClock.NOW.plusSeconds(3600);
			LocalServices agent = services.as(as("agent1", Role.AGENT));
			assertEquals(List.of(tasks.get(0).getId()),
					agent.queue().queue(end, null, 0, 10).stream().map(q -> q.taskId()).toList());
			assertFalse(agent.queue().queueCounts(end).containsKey(DemoData.HOTLINE_SUPERVISION));
			assertForbidden(() -> agent.queue().claim(supervision.getId()));
			assertEquals(tasks.get(0).getId(), agent.queue().claimNext(30).taskId(), "the higher priority is not theirs");
			assertNull(agent.queue().claimNext(30), "nothing else is theirs to call");
			LocalServices supervisor = services.as(as("zhao", Role.SUPERVISOR));
			assertEquals(2, supervisor.queue().queue(end, null, 0, 10).size());
			assertEquals(supervision.getId(), supervisor.queue().claimNext(30).taskId());
		}
	}

	private static org.revisit.model.User user(String name) {
		org.revisit.model.User u = RevisitFactory.eINSTANCE.createUser();
		u.setName(name);
		u.setRole(Role.AGENT);
		return u;
	}

	private static void assertForbidden(Runnable operation) {
		ServiceException e = assertThrows(ServiceException.class, operation::run);
		assertEquals(ServiceException.Kind.FORBIDDEN, e.kind(), e.getMessage());
		assertTrue(e.getMessage().contains("may not"), e.getMessage());
	}
}
