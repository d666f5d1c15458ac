package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.ComplaintCategory;
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
 * the weekly budget, and complaints about the same matter made by contacts of different chunks; what a run keeps
 * from one chunk to the next holds no promise or event of another chunk; and overdue calls take their place in this
 * week's budget.
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

	/**
	 * Issue 15: a collective complaint (five contacts of five chunks about the same matter, spelt differently in
	 * case and spaces, within a week) is escalated whatever the chunk size, complaints about other matters are not,
	 * and the plan is the same.
	 */
	@Test
	void complaintsAboutTheSameMatterAcrossChunksPlanAsOneChunk() {
		try (Store one = Store.open(StoreConfig.embedded(dir.resolve("one")));
				Store small = Store.open(StoreConfig.embedded(dir.resolve("small")))) {
			List<Long> collective = new ArrayList<>();
			List<Long> others = new ArrayList<>();
			for (Store store : List.of(one, small)) {
				collective.clear();
				others.clear();
				store.campaigns().insert(List.of(PlannerTest.campaign(COMPLAINTS, "投诉跟进", 90, Map.of())));
				List<Contact> all = contacts(store, 30);
				String[] spellings = { "T-88 上门维修迟到", " t-88 上门维修迟到", "T-88 上门维修迟到  ", "t-88 上门维修迟到", "T-88 上门维修迟到" };
				for (int i = 0; i < 5; i++) {
					// contacts 2, 8, 14, 20, 26 (five chunks of 3), 6 to 2 days before the horizon
					Contact c = all.get(2 + 6 * i);
					complaint(store, c, NOW.minusSeconds(86_400L * (6 - i)), ComplaintCategory.SERVICE_DELAY, spellings[i]);
					collective.add(c.getId());
				}
				// another subject, another category, the same matter three weeks earlier
				complaint(store, all.get(5), NOW.minusSeconds(86_400L * 3), ComplaintCategory.SERVICE_DELAY, "发票开错");
				complaint(store, all.get(11), NOW.minusSeconds(86_400L * 3), ComplaintCategory.FEES, "T-88 上门维修迟到");
				complaint(store, all.get(17), NOW.minusSeconds(86_400L * 20), ComplaintCategory.SERVICE_DELAY, "T-88 上门维修迟到");
				others.addAll(List.of(all.get(5).getId(), all.get(11).getId(), all.get(17).getId()));
			}
			PlanReport a = new Planner(one, CallTypeRegistry.read()).chunkSize(1_000_000).plan(HORIZON, NOW, "test", null);
			PlanReport b = new Planner(small, CallTypeRegistry.read()).chunkSize(3).plan(HORIZON, NOW, "test", null);
			assertEquals(summary(a), summary(b));
			List<String> tasks = tasks(small);
			assertEquals(tasks(one), tasks);
			String all = String.join("\n", tasks);
			for (long id : collective) {
				List<String> theirs = tasks.stream().filter(t -> t.startsWith(id + " ")).toList();
				assertTrue(!theirs.isEmpty() && theirs.stream().allMatch(t -> t.contains("集体投诉")), id + " collective:\n" + all);
			}
			for (long id : others) {
				List<String> theirs = tasks.stream().filter(t -> t.startsWith(id + " ")).toList();
				assertTrue(!theirs.isEmpty() && theirs.stream().noneMatch(t -> t.contains("集体投诉")), id + " alone:\n" + all);
			}
		}
	}

	/**
	 * Issue 15: between two chunks a run holds no promised callback and no service event (and no more contacts
	 * than a chunk): a full collection then finds no more of them alive than before the run. A run used to read
	 * every open promise and every complaint of the look-back window, with their contacts, before its first chunk
	 * and to keep them to its end (370 MB at 10,000,000 contacts).
	 */
	@Test
	void betweenChunksARunHoldsNoPromiseOrEventOfAnyChunk() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			store.campaigns().insert(List.of(PlannerTest.campaign(PlannerTest.TICKET, "工单回访", 70, Map.of()),
					PlannerTest.campaign(PlannerTest.PROMISE, "约定回电", 100, Map.of()),
					PlannerTest.campaign(COMPLAINTS, "投诉跟进", 90, Map.of())));
			List<Contact> all = contacts(store, 100);
			for (int i = 0; i < all.size(); i++) {
				callback(store, all.get(i), NOW.plusSeconds(86_400L * (1 + i % 4) + 3_600));
				if (i % 2 == 0) {
					complaint(store, all.get(i), NOW.minusSeconds(86_400L * (1 + i % 20)), ComplaintCategory.SERVICE_DELAY, "上门维修迟到");
				}
			}
			Map<String, Long> before = live();
			List<Map<String, Long>> between = new ArrayList<>();
			NullProgressMonitor monitor = new NullProgressMonitor() {
				@Override
				public boolean isCanceled() {
					between.add(live()); // before each chunk, and when the run starts its chunks
					return false;
				}
			};
			PlanReport report = new Planner(store, CallTypeRegistry.read()).chunkSize(10).plan(HORIZON, NOW, "test", monitor);
			assertEquals(100, report.createdByCallType().get(PlannerTest.PROMISE), summary(report));
			assertTrue(report.createdByCallType().getOrDefault(COMPLAINTS, 0) > 0, summary(report));
			assertTrue(between.size() >= 10, "checked before each of the 11 chunks: " + between.size());
			for (Map<String, Long> now : between) {
				assertTrue(grew(before, now, "CallbackImpl") <= 0, "promises held between chunks: " + now + ", before: " + before);
				assertTrue(grew(before, now, "ServiceEventImpl") <= 0, "events held between chunks: " + now + ", before: " + before);
				assertTrue(grew(before, now, "ContactImpl") <= 10, "contacts held between chunks: " + now + ", before: " + before);
			}
		}
	}

	private static final String COMPLAINTS = "org.revisit.calltype.complaintFollowUp";

	private static long grew(Map<String, Long> before, Map<String, Long> now, String type) {
		return now.getOrDefault(type, 0L) - before.getOrDefault(type, 0L);
	}

	/**
	 * The live instances of the model's classes (after the full collection the JVM's class histogram makes), by
	 * simple name.
	 */
	private static Map<String, Long> live() {
		String histogram;
		try {
			histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
					new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { new String[0] }, new String[] { String[].class.getName() });
		} catch (JMException e) {
			throw new IllegalStateException("no class histogram from this JVM", e);
		}
		String prefix = "org.revisit.model.impl.";
		Map<String, Long> result = new HashMap<>();
		for (String line : histogram.split("\n")) {
			String[] parts = line.strip().split("\\s+");
			if (parts.length >= 4 && parts[3].startsWith(prefix)) {
				result.merge(parts[3].substring(prefix.length()), Long.parseLong(parts[1]), Long::sum);
			}
		}
		if (result.isEmpty()) {
			throw new IllegalStateException("no class of the model in the histogram:\n" + histogram);
		}
		return result;
	}

	/** {@code n} contacts stored one by one, named 客户0, 客户1, ... */
	static List<Contact> contacts(Store store, int n) {
		List<Contact> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Contact c = StoreTest.contact("客户" + i, "先生");
			store.contacts().insert(List.of(c));
			all.add(c);
		}
		return all;
	}

	private static void complaint(Store store, Contact contact, Instant at, ComplaintCategory category, String subject) {
		ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
		e.setKind(ServiceEventKind.COMPLAINT);
		e.setOccurredAt(Date.from(at));
		e.setContact(contact);
		e.setComplaintCategory(category);
		e.setSubject(subject);
		store.transaction(tx -> {
			store.events().insert(tx, List.of(e));
			return null;
		});
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
