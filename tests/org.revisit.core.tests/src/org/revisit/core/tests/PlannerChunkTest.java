package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.internal.Jdbc;

/**
 * The planner walks the contacts chunk by chunk: any chunk size gives the same tasks as one chunk holding
 * everyone, including calls about contacts who left (planned with a successor in another chunk), promises and
 * the weekly budget; and overdue calls take their place in this week's budget.
 */
class PlannerChunkTest {

	/** Monday 23 November 2026, 09:00 in Shanghai. */
	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
	private static final Horizon HORIZON = Horizon.of(LocalDate.of(2026, 11, 23), 30);

	@TempDir
	Path dir;

	@Test
	void smallChunksPlanExactlyWhatOneChunkPlans() {
		try (Store one = Store.open(StoreConfig.embedded(dir.resolve("one")));
				Store small = Store.open(StoreConfig.embedded(dir.resolve("small")))) {
			fill(one);
			fill(small);
			for (int round = 0; round < 3; round++) {
				PlanReport a = new Planner(one, CallTypeRegistry.read()).chunkSize(1_000_000).plan(HORIZON, NOW, "test", null);
				PlanReport b = new Planner(small, CallTypeRegistry.read()).chunkSize(3).plan(HORIZON, NOW, "test", null);
				assertEquals(summary(a), summary(b), "run " + round);
				assertEquals(tasks(one), tasks(small), "run " + round);
				if (round == 0) {
					assertTrue(a.created() > 20, summary(a));
					change(one);
					change(small);
				} else if (round == 1) {
					assertTrue(a.cancelled() >= 2, "a do-not-call, a greeting giving way to a promise: " + summary(a));
				}
			}
		}
	}

	/** 40 contacts: greetings, tickets, promises, some who left (with successors before and after them), do-not-call. */
	private static void fill(Store store) {
		store.settings().setSetting(Planner.WEEKLY_BUDGET, "1");
		store.campaigns().insert(List.of(PlannerTest.campaign(PlannerTest.GREETING, "问候", 30, Map.of("day", "2026-11-25")),
				PlannerTest.campaign(PlannerTest.TICKET, "工单回访", 70, Map.of()),
				PlannerTest.campaign(PlannerTest.PROMISE, "约定回电", 100, Map.of())));
		List<Contact> all = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Contact c = StoreTest.contact("客户" + i, "先生");
			c.setTimeZone(i % 7 == 0 ? "Asia/Urumqi" : "Asia/Shanghai");
			if (i % 2 == 0) {
				c.getTags().add("greet");
			}
			c.setDoNotCall(i == 11);
			store.contacts().insert(List.of(c));
			all.add(c);
		}
		for (int i = 0; i < 40; i += 3) {
			ticket(store, all.get(i), NOW.plusSeconds(60L * i), "T-" + i);
		}
		for (int i = 1; i < 40; i += 5) {
			callback(store, all.get(i), NOW.plusSeconds(86_400L * (1 + i % 4) + 3_600));
		}
		// Left, the successor far ahead (another chunk) and far behind.
		left(store, all.get(3), all.get(37));
		left(store, all.get(36), all.get(2));
		store.successions().replaceWithSuccessor(all.get(9).getId(), StoreTest.contact("新客户", "女士"), "test");
	}

	/** Between runs: a do-not-call, another contact leaving, a new ticket and a promise. */
	private static void change(Store store) {
		List<Long> ids = ids(store);
		store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE contact SET do_not_call = TRUE WHERE id = " + ids.get(4)));
		left(store, contact(store, ids.get(6)), contact(store, ids.get(30)));
		ticket(store, contact(store, ids.get(30)), NOW.plusSeconds(7_200), "T-new");
		callback(store, contact(store, ids.get(12)), NOW.plusSeconds(2 * 86_400L + 1_800));
	}

	private static List<Long> ids(Store store) {
		return store.read(c -> {
			List<Long> result = new ArrayList<>();
			try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM contact ORDER BY id")) {
				while (rs.next()) {
					result.add(rs.getLong(1));
				}
			}
			return result;
		});
	}

	private static Contact contact(Store store, long id) {
		Contact c = RevisitFactory.eINSTANCE.createContact();
		c.setId(id);
		return c;
	}

	private static void left(Store store, Contact left, Contact successor) {
		store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE contact SET status = 'LEFT_COMPANY', "
				+ "successor_id = " + successor.getId() + " WHERE id = " + left.getId()));
	}

	private static void ticket(Store store, Contact contact, Instant at, String ref) {
		ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
		e.setKind(ServiceEventKind.HOTLINE_TICKET);
		e.setOccurredAt(Date.from(at));
		e.setContact(contact);
		e.setExternalRef(ref);
		store.transaction(tx -> {
			store.events().insert(tx, List.of(e));
			return null;
		});
	}

	private static void callback(Store store, Contact contact, Instant at) {
		Callback cb = RevisitFactory.eINSTANCE.createCallback();
		cb.setContact(contact);
		cb.setDueAt(Date.from(at));
		cb.setSource(CallbackSource.CALL);
		cb.setReason("回电");
		store.callbacks().insert(List.of(cb));
	}

	private static String summary(PlanReport r) {
		return r.proposals() + " proposed, " + r.createdByCallType() + " created, " + r.cancelled() + " cancelled, "
				+ r.moved() + " moved, refused " + r.refusedByGate() + ", problems " + r.problems();
	}

	/** Every task, in a fixed order, with what the planner decides (not its id). */
	private static List<String> tasks(Store store) {
		return store.read(c -> {
			List<String> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT contact_id, campaign_id, plan_key, call_type, state, "
					+ "due_from, due_to, priority, reason FROM call_task ORDER BY contact_id, campaign_id, plan_key, state");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
							+ rs.getString(5) + " " + Jdbc.getInstant(rs, 6) + " " + Jdbc.getInstant(rs, 7) + " " + rs.getInt(8)
							+ " " + rs.getString(9));
				}
			}
			return result;
		});
	}

	/** Issue 18: a call still pending from last week, now overdue, counts in this week's budget. */
	@Test
	void anOverdueCallCountsInThisWeeksBudget() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			store.settings().setSetting(Planner.WEEKLY_BUDGET, "1");
			store.campaigns().insert(List.of(PlannerTest.campaign(PlannerTest.GREETING, "问候", 80, Map.of("day", "2026-11-18")),
					PlannerTest.campaign(PlannerTest.TICKET, "工单回访", 70, Map.of())));
			Contact a = StoreTest.contact("王伟", "先生");
			a.setTimeZone("Asia/Shanghai");
			a.getTags().add("greet");
			store.contacts().insert(List.of(a));
			Instant lastMonday = NOW.minusSeconds(7 * 86_400L);
			PlanReport first = new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(LocalDate.of(2026, 11, 16), 30),
					lastMonday, "test", null);
			assertEquals(1, first.created(), "the greeting of Wednesday 18 November");
			// A week later the greeting was not made: it is overdue, still planned, and takes this week's one call.
			ticket(store, a, NOW, "T-1");
			PlanReport second = new Planner(store, CallTypeRegistry.read()).plan(HORIZON, NOW, "test", null);
			assertEquals(0, second.created(), summary(second));
			assertEquals(1, second.refusedByGate().get(Gate.WEEKLY_BUDGET), summary(second));
			assertEquals(0, second.cancelled(), "the overdue greeting (80) outranks the ticket (70)");
		}
	}
}
