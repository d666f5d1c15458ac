package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.revisit.model.CallTask;
import org.revisit.store.Store;
import org.revisit.store.TaskClaims.ClaimedTask;

/** Agents on many threads claiming from one pool until it is empty. */
final class ClaimRace {

	private ClaimRace() {
	}

	/**
	 * Plans {@code taskCount} tasks (all of one priority and due time, so every agent races for the same rows),
	 * lets {@code agents} threads claim until nothing is due, and checks that each task went to exactly one agent
	 * and that the database agrees.
	 */
	static void run(Store store, int agents, int taskCount, Instant now) throws Exception {
		List<CallTask> planned = TaskFixtures.plan(store, taskCount, now.minus(Duration.ofHours(1)), 50);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(agents);
		try {
			List<Future<List<ClaimedTask>>> results = new ArrayList<>();
			for (int a = 0; a < agents; a++) {
				String agent = "agent" + a;
				Callable<List<ClaimedTask>> claimer = () -> {
					start.await();
					List<ClaimedTask> mine = new ArrayList<>();
					for (Optional<ClaimedTask> t; (t = store.claims().claimNext(agent, now, Duration.ofMinutes(30)))
							.isPresent();) {
						assertEquals(agent, t.get().leaseOwner());
						mine.add(t.get());
					}
					return mine;
				};
				results.add(pool.submit(claimer));
			}
			start.countDown();
			Set<Long> seen = new HashSet<>();
			int handedOut = 0;
			int busyAgents = 0;
			for (Future<List<ClaimedTask>> f : results) {
				List<ClaimedTask> mine = f.get(5, TimeUnit.MINUTES);
				handedOut += mine.size();
				busyAgents += mine.isEmpty() ? 0 : 1;
				for (ClaimedTask t : mine) {
					assertTrue(seen.add(t.taskId()), "task " + t.taskId() + " was handed out twice");
				}
			}
			assertEquals(taskCount, handedOut, "every task handed out once");
			Set<Long> expected = new HashSet<>();
			planned.forEach(t -> expected.add(t.getId()));
			assertEquals(expected, seen, "no task lost");
			assertTrue(busyAgents > 1, "the agents really raced (" + busyAgents + " got tasks)");
			long[] db = store.read(c -> {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
						"SELECT COUNT(*), COUNT(DISTINCT lease_owner) FROM call_task WHERE state = 'CLAIMED' "
								+ "AND lease_owner IS NOT NULL AND version = 1")) {
					rs.next();
					return new long[] { rs.getLong(1), rs.getLong(2) };
				}
			});
			assertEquals(taskCount, db[0], "each task claimed exactly once in the database (version 1)");
		} finally {
			pool.shutdownNow();
		}
	}
}
