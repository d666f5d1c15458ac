package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.store.CampaignState;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.TaskRepository.QueueKey;
import org.revisit.store.TaskRepository.QueueShape;

/**
 * Claims and My Queue read indexes in their own order (schema version 12): the order they give is the order the
 * plain queries (a join with the contact and the campaign, sorted) give on the same mixed data; keyset pages reach
 * the end; the counts agree; callability follows changes of contacts and campaigns; agents racing get each task once.
 */
class ClaimQueueOrderTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private static final Instant END_OF_DAY = Instant.parse("2026-11-23T16:00:00Z");
	private static final Duration LEASE = Duration.ofMinutes(30);
	private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

	/** The claiming order as the query before schema version 12 gave it: joined and sorted. */
	private static final String OLD_CLAIM_ORDER = "SELECT t.id FROM call_task t JOIN contact k ON k.id = t.contact_id "
			+ "WHERE t.due_from <= ? AND (t.state IN ('PLANNED', 'RESCHEDULED') OR (t.state = 'CLAIMED' AND "
			+ "t.lease_expiry <= ?)) AND NOT k.do_not_call AND k.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM "
			+ "campaign g WHERE g.id = t.campaign_id AND g.lifecycle = 'PAUSED') ORDER BY t.priority DESC, t.due_from, t.id";
	/** The queue as the query before schema version 12 gave it. */
	private static final String OLD_QUEUE = "SELECT t.id, t.call_type, t.due_to FROM call_task t JOIN contact k "
			+ "ON k.id = t.contact_id WHERE t.state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED') AND t.due_from < ? AND NOT "
			+ "k.do_not_call AND k.status = 'ACTIVE' AND (t.state = 'CLAIMED' OR NOT EXISTS (SELECT 1 FROM campaign g "
			+ "WHERE g.id = t.campaign_id AND g.lifecycle = 'PAUSED')) ORDER BY t.due_from, t.priority DESC, t.id";

	@TempDir
	Path dir;

	@Test
	void claimsComeInTheOrderOfTheJoinedAndSortedQuery() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			mixedData(store, 240, new Random(7));
			int claimed = 0;
			for (Instant at = NOW;; at = at.plusSeconds(1)) {
				List<Long> expected = ids(store, OLD_CLAIM_ORDER, at, at);
				Optional<ClaimedTask> next = store.claims().claimNext("agent" + claimed % 3, at, LEASE);
				if (expected.isEmpty()) {
					assertTrue(next.isEmpty(), "nothing due, nothing claimed");
					break;
				}
				// among calls of equal priority and due time each agent starts at a place of its own: the claimed call
				// has the rank of the first one, and is one of those of that rank
				ClaimedTask got = next.orElseThrow();
				List<String> ranks = ranks(store, expected.subList(0, Math.min(40, expected.size())));
				String rank = ranks.get(0);
				assertEquals(rank, got.priority() + "@" + got.dueFrom(), "claim " + claimed);
				assertTrue(expected.subList(0, (int) ranks.stream().takeWhile(rank::equals).count()).contains(got.taskId()),
						"claim " + claimed + " is one of the first rank");
				claimed++;
			}
			assertTrue(claimed > 100, "the data had many claimable tasks: " + claimed);
		}
	}

	@Test
	void keysetPagesGiveTheQueueOfTheJoinedAndSortedQueryToItsEnd() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			mixedData(store, 240, new Random(11));
			List<Long> expected = ids(store, OLD_QUEUE, END_OF_DAY);
			assertTrue(expected.size() > 50, "the queue holds many calls: " + expected.size());

			int page = 7;
			List<Long> paged = new ArrayList<>();
			QueueKey after = null;
			for (List<QueueItem> rows; !(rows = store.tasks().queuePage(END_OF_DAY, null, Set.of(), after, page)).isEmpty();) {
				assertTrue(rows.size() <= page);
				rows.forEach(r -> paged.add(r.taskId()));
				after = QueueKey.of(rows.get(rows.size() - 1));
			}
			assertEquals(expected, paged, "keyset pages, one after the other");
			assertEquals(expected, store.tasks().queue(END_OF_DAY, null, 0, 10_000).stream().map(QueueItem::taskId).toList(),
					"the offset pages");

			QueueShape shape = store.tasks().queueShape(END_OF_DAY, null, Set.of(), NOW, page);
			assertEquals(expected.size(), shape.shown());
			assertEquals(expected.size() / page, shape.marks().size());
			for (int n = 0; n < shape.marks().size(); n++) {
				assertEquals(expected.get((n + 1) * page - 1), shape.marks().get(n).taskId(), "mark " + n);
				List<QueueItem> rows = store.tasks().queuePage(END_OF_DAY, null, Set.of(), shape.marks().get(n), page);
				int from = (n + 1) * page;
				assertEquals(expected.subList(from, Math.min(expected.size(), from + page)),
						rows.stream().map(QueueItem::taskId).toList(), "the page after mark " + n);
			}
			assertEquals(oldCounts(store), shape.perType(), "counts per call type");
			assertEquals(oldCounts(store), store.tasks().queueCounts(END_OF_DAY));
			assertEquals(oldOverdue(store), shape.overdue(), "overdue");
			assertEquals(oldOverdue(store), store.tasks().overdueCount(NOW));

			String type = shape.perType().keySet().iterator().next();
			List<Long> ofType = store.tasks().queue(END_OF_DAY, type, 0, 10_000).stream().map(QueueItem::taskId).toList();
			QueueShape typed = store.tasks().queueShape(END_OF_DAY, type, Set.of(), NOW, 3);
			assertEquals(shape.perType().get(type).longValue(), typed.shown());
			assertEquals(ofType.size(), typed.shown());
			QueueKey last = typed.marks().get(typed.marks().size() - 1);
			List<Long> end = store.tasks().queuePage(END_OF_DAY, type, Set.of(), last, 3).stream().map(QueueItem::taskId)
					.toList();
			assertEquals(ofType.subList(typed.marks().size() * 3, ofType.size()), end, "the last page of one call type");
		}
	}

	@Test
	void callabilityFollowsContactsAndCampaigns() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask task = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 50).get(0);
			long contact = task.getContact().getId();
			sql(store, "UPDATE contact SET do_not_call = TRUE WHERE id = " + contact);
			assertTrue(store.claims().claimNext("alice", NOW, LEASE).isEmpty(), "do not call");
			assertTrue(store.tasks().queue(END_OF_DAY, null, 0, 10).isEmpty());
			sql(store, "UPDATE contact SET do_not_call = FALSE WHERE id = " + contact);
			assertEquals(1, store.tasks().queue(END_OF_DAY, null, 0, 10).size(), "callable again");
			sql(store, "UPDATE contact SET status = 'LEFT_COMPANY' WHERE id = " + contact);
			assertTrue(store.claims().claimNext("alice", NOW, LEASE).isEmpty(), "gone");
			sql(store, "UPDATE contact SET status = 'ACTIVE' WHERE id = " + contact);
			assertEquals(task.getId(), store.claims().claimNext("alice", NOW, LEASE).orElseThrow().taskId());

			Campaign campaign = PlannerTest.campaign(PlannerTest.GREETING, "暂停", 60, Map.of());
			store.campaigns().insert(List.of(campaign));
			List<CallTask> inCampaign = planInCampaign(store, campaign, 3);
			assertEquals(inCampaign.get(0).getId(), store.claims().claimNext("bob", NOW, LEASE).orElseThrow().taskId());
			store.campaigns().changeState(campaign.getId(), CampaignState.PAUSED, null, "admin");
			assertTrue(store.claims().claimNext("bob", NOW, LEASE).isEmpty(), "a paused campaign's calls wait");
			assertEquals(Set.of(task.getId(), inCampaign.get(0).getId()), Set.copyOf(store.tasks()
					.queue(END_OF_DAY, null, 0, 10).stream().map(QueueItem::taskId).toList()),
					"the queue keeps the calls under way, also of the paused campaign");
			List<CallTask> whilePaused = planInCampaign(store, campaign, 1);
			assertTrue(store.claims().claimNext("bob", NOW, LEASE).isEmpty(), "a task written while paused waits too");
			store.campaigns().changeState(campaign.getId(), CampaignState.ACTIVE, null, "admin");
			assertEquals(whilePaused.get(0).getId(), store.claims().claimNext("bob", NOW, LEASE).orElseThrow().taskId(),
					"resumed: the earliest due first");
			assertEquals(inCampaign.get(1).getId(), store.claims().claimNext("bob", NOW, LEASE).orElseThrow().taskId());
			assertEquals(5, store.tasks().queue(END_OF_DAY, null, 0, 10).size());
			assertFalse(store.claims().claimNext("bob", NOW, LEASE).isEmpty());
			assertTrue(store.claims().claimNext("bob", NOW, LEASE).isEmpty(), "all handed out");
		}
	}

	@Test
	void twentyAgentsRacingGetEachTaskOnce() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			ClaimRace.run(store, 20, 600, NOW);
		}
	}

	/**
	 * {@code n} tasks over several priorities, due times (some tomorrow), states (some done, some claimed under a
	 * live or an expired lease, some rescheduled), contacts who may not be called and a paused campaign.
	 */
	private static void mixedData(Store store, int n, Random random) {
		Campaign paused = PlannerTest.campaign(PlannerTest.GREETING, "暂停", 70, Map.of());
		Campaign running = PlannerTest.campaign(PlannerTest.GREETING, "进行", 40, Map.of());
		store.campaigns().insert(List.of(paused, running));
		int[] priorities = { 10, 40, 40, 50, 70, 90 };
		String[] types = { "org.revisit.calltype.birthday", "org.revisit.calltype.returnVisit", PlannerTest.GREETING };
		store.inTransaction(c -> {
			List<Contact> contacts = new ArrayList<>();
			for (int i = 0; i < n / 3; i++) {
				contacts.add(StoreTest.contact("客户" + i, "女士"));
			}
			store.contacts().insert(store.transactionOn(c), contacts);
			List<CallTask> tasks = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				// due times on a coarse grid, so many tasks share a due time and priority
				Instant due = NOW.plus(Duration.ofMinutes(30L * (random.nextInt(40) - 30)));
				CallTask t = TaskFixtures.task(contacts.get(random.nextInt(contacts.size())), due,
						priorities[random.nextInt(priorities.length)]);
				t.setCallTypeId(types[random.nextInt(types.length)]);
				int campaign = random.nextInt(5);
				t.setCampaign(campaign == 0 ? paused : campaign == 1 ? running : null);
				tasks.add(t);
			}
			store.tasks().insert(store.transactionOn(c), tasks);
			try (Statement s = c.createStatement()) {
				for (CallTask t : tasks) {
					int r = random.nextInt(20);
					String set = switch (r) {
					case 0, 1 -> "state = 'COMPLETED'";
					case 2 -> "state = 'CANCELLED'";
					case 3 -> "state = 'RESCHEDULED'";
					case 4 -> "state = 'CLAIMED', lease_owner = 'zoe', lease_expiry = TIMESTAMP('2026-11-23 01:00:00')";
					case 5 -> "state = 'CLAIMED', lease_owner = 'zoe', lease_expiry = TIMESTAMP('2026-11-24 01:00:00')";
					default -> null;
					};
					if (set != null) {
						s.executeUpdate("UPDATE call_task SET " + set + " WHERE id = " + t.getId());
					}
				}
				for (int i = 0; i < contacts.size(); i += 9) {
					s.executeUpdate("UPDATE contact SET " + (i % 2 == 0 ? "do_not_call = TRUE" : "status = 'LEFT_COMPANY'")
							+ " WHERE id = " + contacts.get(i).getId());
				}
			}
			return null;
		});
		store.campaigns().changeState(paused.getId(), CampaignState.PAUSED, null, "admin");
	}

	private static List<CallTask> planInCampaign(Store store, Campaign campaign, int n) {
		return store.transaction(tx -> {
			List<Contact> contacts = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				contacts.add(StoreTest.contact("活动" + i, "先生"));
			}
			store.contacts().insert(tx, contacts);
			List<CallTask> tasks = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				CallTask t = TaskFixtures.task(contacts.get(i), NOW.minus(Duration.ofMinutes(30 - i)), 60);
				t.setCampaign(campaign);
				tasks.add(t);
			}
			store.tasks().insert(tx, tasks);
			return tasks;
		});
	}

	/** "priority@due" of each task, in the order given. */
	private static List<String> ranks(Store store, List<Long> ids) {
		List<String> result = new ArrayList<>();
		for (long id : ids) {
			ClaimedTask t = store.claims().find(id);
			result.add(t.priority() + "@" + t.dueFrom());
		}
		return result;
	}

	private static List<Long> ids(Store store, String sql, Instant... at) {
		return store.read(c -> {
			List<Long> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(sql)) {
				bind(p, at);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(rs.getLong(1));
					}
				}
			}
			return result;
		});
	}

	private static Map<String, Long> oldCounts(Store store) {
		return store.read(c -> {
			Map<String, Long> result = new TreeMap<>();
			try (PreparedStatement p = c.prepareStatement(OLD_QUEUE)) {
				bind(p, END_OF_DAY);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.merge(rs.getString(2), 1L, Long::sum);
					}
				}
			}
			return result;
		});
	}

	private static long oldOverdue(Store store) {
		return store.read(c -> {
			long n = 0;
			try (PreparedStatement p = c.prepareStatement(OLD_QUEUE)) {
				bind(p, END_OF_DAY);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						n += rs.getTimestamp(3, (Calendar) UTC.clone()).toInstant().isBefore(NOW) ? 1 : 0;
					}
				}
			}
			return n;
		});
	}

	private static void bind(PreparedStatement p, Instant... at) throws SQLException {
		for (int i = 0; i < at.length; i++) {
			p.setTimestamp(i + 1, Timestamp.from(at[i]), (Calendar) UTC.clone());
		}
	}

	private static void sql(Store store, String sql) {
		store.inTransaction((Connection c) -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate(sql);
			}
			return null;
		});
	}
}
