package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.model.CallTask;
import org.revisit.model.TaskState;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;

/** Claiming call tasks under a lease, embedded Derby. */
class ClaimTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;

	@Test
	void claimsTheHighestPriorityThenTheEarliestDueAndNothingNotYetDue() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask low = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(5)), 10).get(0);
			CallTask highLate = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 90).get(0);
			CallTask highEarly = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(2)), 90).get(0);
			TaskFixtures.plan(store, 1, NOW.plus(Duration.ofMinutes(1)), 99); // not due yet

			ClaimedTask first = store.claims().claimNext("alice", NOW, LEASE).orElseThrow();
			assertEquals(highEarly.getId(), first.taskId());
			assertEquals("alice", first.leaseOwner());
			assertEquals(NOW.plus(LEASE), first.leaseExpiry());
			assertEquals("客户0", first.contactName());
			assertEquals(highEarly.getContact().getId(), first.contactId());
			assertEquals(DemoData.BIRTHDAY, first.callType());
			assertEquals(1, first.version());
			assertEquals(highLate.getId(), store.claims().claimNext("bob", NOW, LEASE).orElseThrow().taskId());
			assertEquals(low.getId(), store.claims().claimNext("bob", NOW, LEASE).orElseThrow().taskId());
			assertTrue(store.claims().claimNext("carol", NOW, LEASE).isEmpty(), "the fourth task is not due yet");
			assertEquals("CLAIMED", state(store, first.taskId()));
		}
	}

	@Test
	void contactsMarkedDoNotCallOrGoneAreNeverHandedOut() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask doNotCall = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(3)), 90).get(0);
			CallTask left = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(2)), 80).get(0);
			CallTask callable = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 10).get(0);
			store.inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE contact SET do_not_call = TRUE WHERE id = " + doNotCall.getContact().getId());
					s.executeUpdate("UPDATE contact SET status = 'LEFT_COMPANY' WHERE id = " + left.getContact().getId());
				}
				return null;
			});
			assertEquals(callable.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId(),
					"the lower-priority task of a callable contact comes first");
			assertTrue(store.claims().claimNext("alice", NOW, LEASE).isEmpty());
			assertEquals("PLANNED", state(store, doNotCall.getId()));
		}
	}

	@Test
	void anExpiredLeaseReturnsTheTaskToThePool() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask task = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 50).get(0);
			assertEquals(task.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId());
			Instant beforeExpiry = NOW.plus(LEASE).minusSeconds(1);
			assertTrue(store.claims().claimNext("bob", beforeExpiry, LEASE).isEmpty(), "alice's lease still holds");
			assertEquals(0, store.claims().returnExpiredLeases(beforeExpiry));

			Instant afterExpiry = NOW.plus(LEASE);
			ClaimedTask bobs = store.claims().claimNext("bob", afterExpiry, LEASE).orElseThrow();
			assertEquals(task.getId(), bobs.taskId());
			assertEquals("bob", bobs.leaseOwner());
			assertFalse(store.claims().complete(task.getId(), "alice", TaskState.COMPLETED, "too late"),
					"alice lost the task with her lease");
			assertFalse(store.claims().release(task.getId(), "alice"));

			Instant later = afterExpiry.plus(LEASE).plusSeconds(1);
			assertEquals(1, store.claims().returnExpiredLeases(later));
			assertEquals("PLANNED", state(store, task.getId()));
			assertEquals(task.getId(), store.claims().claimNext("carol", later, LEASE).orElseThrow().taskId());
		}
	}

	@Test
	void releaseAndCompleteNeedTheLeaseHolder() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			List<CallTask> tasks = TaskFixtures.plan(store, 2, NOW.minus(Duration.ofHours(1)), 50);
			long a = store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId();
			assertFalse(store.claims().release(a, "bob"));
			assertTrue(store.claims().release(a, "alice"));
			assertEquals("PLANNED", state(store, a));

			long again = store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId();
			assertEquals(a, again);
			assertTrue(store.claims().complete(a, "alice", TaskState.COMPLETED, "called"));
			assertEquals("COMPLETED", state(store, a));
			ClaimedTask done = store.claims().find(a);
			assertEquals(1, done.attempts());
			assertEquals(null, done.leaseOwner());
			long b = store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId();
			assertEquals(tasks.get(1).getId(), b);
			assertTrue(store.claims().claimNext("alice", NOW, LEASE).isEmpty(), "completed tasks are not handed out");
		}
	}

	@Test
	void theOrderHoldsAcrossPlannedRescheduledAndExpiredClaimsWhateverIsFinished() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			// many finished calls ahead of everything in the claiming order: a claim does not read its way through them
			List<CallTask> done = TaskFixtures.plan(store, 2000, NOW.minus(Duration.ofDays(30)), 99);
			store.inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE call_task SET state = 'COMPLETED' WHERE id <= " + done.get(done.size() - 1).getId());
				}
				return null;
			});
			CallTask planned = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(3)), 50).get(0);
			CallTask rescheduled = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 60).get(0);
			CallTask expired = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(2)), 60).get(0);
			CallTask later = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(4)), 20).get(0);
			TaskFixtures.plan(store, 1, NOW.plus(Duration.ofHours(1)), 99); // not due yet
			store.inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE call_task SET state = 'RESCHEDULED' WHERE id = " + rescheduled.getId());
				}
				return null;
			});
			assertTrue(store.claims().claim(expired.getId(), "zoe", NOW.minus(Duration.ofHours(1)), LEASE).isPresent());

			assertEquals(expired.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId(),
					"priority 60, due first: the claim whose lease ran out");
			assertEquals(rescheduled.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId());
			assertEquals(planned.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId());
			assertEquals(later.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId());
			assertTrue(store.claims().claimNext("alice", NOW, LEASE).isEmpty());
		}
	}

	@Test
	void agentsStartAtAPlaceOfTheirOwnAmongCallsOfEqualRankButNeverBeforeAHigherOne() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			List<Long> tied = TaskFixtures.plan(store, 16, NOW.minus(Duration.ofHours(1)), 40).stream().map(CallTask::getId)
					.toList();
			List<Long> claimed = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				claimed.add(store.claims().claimNext("agent" + i, NOW, LEASE).orElseThrow().taskId());
			}
			assertTrue(tied.containsAll(claimed));
			assertFalse(claimed.equals(tied.subList(0, 8)), "not all in the order of their ids: " + claimed);
			CallTask urgent = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofMinutes(5)), 41).get(0);
			assertEquals(urgent.getId(), store.claims().claimNext("agent9", NOW, LEASE).orElseThrow().taskId());
		}
	}

	@Test
	void manyThreadsClaimEveryTaskExactlyOnce() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			ClaimRace.run(store, 8, 400, NOW);
		}
	}

	static String state(Store store, long taskId) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT state FROM call_task WHERE id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? rs.getString(1) : null;
				}
			}
		});
	}
}
