package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.model.CallTask;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskRepository.QueueItem;

/** An agent's queue: paged, ordered by due time then priority, overdue included, uncallable left out. */
class QueueTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private static final Instant END_OF_DAY = Instant.parse("2026-11-23T16:00:00Z");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;

	@Test
	void queueIsOrderedByDueTimeThenPriorityAndPaged() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask overdue = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofDays(1)), 10).get(0);
			CallTask lowLater = TaskFixtures.plan(store, 1, NOW.plus(Duration.ofHours(3)), 10).get(0);
			CallTask highLater = TaskFixtures.plan(store, 1, NOW.plus(Duration.ofHours(3)), 90).get(0);
			TaskFixtures.plan(store, 1, END_OF_DAY.plus(Duration.ofHours(1)), 99); // tomorrow
			CallTask gone = TaskFixtures.plan(store, 1, NOW, 50).get(0);
			store.inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE contact SET do_not_call = TRUE WHERE id = " + gone.getContact().getId());
				}
				return null;
			});

			List<Long> ids = store.tasks().queue(END_OF_DAY, null, 0, 10).stream().map(QueueItem::taskId).toList();
			assertEquals(List.of(overdue.getId(), highLater.getId(), lowLater.getId()), ids);
			assertEquals(List.of(highLater.getId()),
					store.tasks().queue(END_OF_DAY, null, 1, 1).stream().map(QueueItem::taskId).toList(), "paged");
			assertEquals(Map.of(DemoData.BIRTHDAY, 3L), store.tasks().queueCounts(END_OF_DAY));
			assertEquals(1, store.tasks().overdueCount(NOW), "only yesterday's call has a window that is over");
			assertTrue(store.tasks().queue(END_OF_DAY, "holiday", 0, 10).isEmpty(), "filtered by call type");
			QueueItem first = store.tasks().queue(END_OF_DAY, DemoData.BIRTHDAY, 0, 1).get(0);
			assertEquals("客户0", first.contactName());
			assertEquals("先生", first.title());
		}
	}

	@Test
	void openingATaskClaimsItUnlessSomeoneElseHoldsIt() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask later = TaskFixtures.plan(store, 1, NOW.plus(Duration.ofHours(5)), 10).get(0);
			assertTrue(store.claims().claim(later.getId(), "alice", NOW, LEASE).isPresent(),
					"an agent may open a task due later today");
			assertTrue(store.claims().claim(later.getId(), "bob", NOW, LEASE).isEmpty(), "alice holds it");
			assertEquals(NOW.plus(Duration.ofMinutes(40)).plus(LEASE),
					store.claims().claim(later.getId(), "alice", NOW.plus(Duration.ofMinutes(40)), LEASE).orElseThrow()
							.leaseExpiry(), "opening it again renews alice's lease");
			assertTrue(store.claims().claim(later.getId(), "bob", NOW.plus(Duration.ofHours(2)), LEASE).isPresent(),
					"an expired lease lets bob open it");
			QueueItem item = store.tasks().queue(END_OF_DAY, null, 0, 1).get(0);
			assertEquals("CLAIMED", item.state());
			assertEquals("bob", item.leaseOwner());
		}
	}
}
