package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.demo.DemoData;
import org.revisit.core.plan.Planner;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.sim.CallChecker;
import org.revisit.core.sim.SimulatedHistory;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.internal.Jdbc;

/** The demo data a first start gets, planned by the real planner with the built-in call types. */
class DemoDataTest {

	/** A Monday. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path dir;

	private record Task(String callType, Instant dueFrom, String zone) {
	}

	private static List<Task> tasks(Store store) {
		return store.read(c -> {
			List<Task> result = new ArrayList<>();
			try (var s = c.createStatement(); var rs = s.executeQuery("SELECT t.call_type, t.due_from, k.time_zone "
					+ "FROM call_task t JOIN contact k ON k.id = t.contact_id WHERE t.state = 'PLANNED'")) {
				while (rs.next()) {
					result.add(new Task(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1),
							Jdbc.getInstant(rs, 2), rs.getString(3)));
				}
			}
			return result;
		});
	}

	@Test
	void seedGivesAFirstScreenOfTodaysCallsOfManyKinds() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.seed(store, TODAY);
			assertEquals(300, store.contacts().count());
			assertEquals(13, store.campaigns().list().size(), "one campaign per built-in call type, one paused, one ended");
			assertTrue(store.campaigns().list().stream().allMatch(c -> c.getNameEn() != null && !c.getNameEn().isBlank()),
					"every demo campaign has an English name for the English workbench");
			java.util.Collection<org.revisit.store.CampaignState> states = store.campaigns().states().values();
			assertEquals(11, states.stream().filter(st -> st == org.revisit.store.CampaignState.ACTIVE).count());
			assertTrue(states.contains(org.revisit.store.CampaignState.PAUSED) && states.contains(org.revisit.store.CampaignState.ENDED));
			List<Contact> all = store.contacts().page(0, 300);
			assertTrue(all.stream().anyMatch(c -> c.getBirthday().getCalendar() == CalendarKind.LUNAR), "lunar birthdays too");
			assertTrue(all.stream().allMatch(c -> c.getName().codePoints().allMatch(Character::isIdeographic)),
					"Chinese names");
			Map<String, Integer> today = new HashMap<>();
			Map<String, Integer> month = new HashMap<>();
			for (Task t : tasks(store)) {
				month.merge(t.callType(), 1, Integer::sum);
				if (t.dueFrom().atZone(CHINA).toLocalDate().equals(TODAY)) {
					today.merge(t.callType(), 1, Integer::sum);
				}
			}
			for (String type : List.of("birthday", "promisedCallback", "hotlineSupervision", "returnVisit")) {
				assertTrue(today.getOrDefault(type, 0) > 0, type + " calls today: " + today);
			}
			for (String type : List.of("firstVisit", "onsiteSupervision", "trainingSupervision", "complaintFollowUp",
					"eventInvitation", "materialNotice")) {
				assertTrue(month.getOrDefault(type, 0) > 0, type + " calls this month: " + month);
			}
			assertTrue(store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery(
						"SELECT COUNT(*) FROM call_task WHERE reason LIKE '%集体投诉%'")) {
					rs.next();
					return rs.getInt(1) > 0;
				}
			}), "the collective complaint is escalated");
			assertEquals(0, new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(TODAY, 30),
					TODAY.atTime(8, 0).atZone(CHINA).toInstant(), "test", null).created(), "planning again adds nothing");
		}
	}

	@Test
	void addingMoreKeepsCampaignsAndAddsDifferentPeople() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.addContacts(store, 100, TODAY);
			DemoData.addContacts(store, 2_500, TODAY);
			assertEquals(2_600, store.contacts().count());
			assertEquals(13, store.counts().campaigns(), "demo campaigns are added once");
			assertThrows(IllegalArgumentException.class, () -> DemoData.addContacts(store, -1, TODAY));
		}
	}

	@Test
	void callsStartInAWindowOfTheContactsOwnZonePromisesToo() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.seed(store, TODAY);
			List<Task> tasks = tasks(store);
			assertTrue(!tasks.isEmpty());
			for (Task t : tasks) {
				LocalTime local = t.dueFrom().atZone(ZoneId.of(t.zone())).toLocalTime();
				if (t.callType().equals("promisedCallback")) {
					// a promise for 10:30 (outside the windows) is called in the window before it, never at 10:30
					assertTrue(!local.isBefore(LocalTime.of(9, 0)) && local.isBefore(LocalTime.of(10, 0))
							|| !local.isBefore(LocalTime.of(14, 0)) && local.isBefore(LocalTime.of(16, 0)), t + " at " + local);
				} else {
					assertTrue(Set.of(LocalTime.of(9, 0), LocalTime.of(14, 0)).contains(local), t + " at " + local);
				}
			}
		}
	}

	@Test
	void aDemoCallSpeaksOfTheTeamAndTheComplaintItFollowsUp() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.seed(store, TODAY);
			long[] task = store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery("SELECT t.id, e.occurred_at FROM call_task t "
						+ "JOIN service_event e ON e.id = t.source_event_id "
						+ "WHERE t.call_type = 'org.revisit.calltype.complaintFollowUp' FETCH FIRST 1 ROWS ONLY")) {
					rs.next();
					return new long[] { rs.getLong(1), Jdbc.getInstant(rs, 2).toEpochMilli() };
				}
			});
			Instant at = TODAY.atTime(9, 5).atZone(CHINA).toInstant();
			assertTrue(store.claims().claim(task[0], "agent1", at, java.time.Duration.ofMinutes(30)).isPresent());
			CallSession call = CallSession.open(CallSessionTest.calls(store, "agent1"), task[0], "zh",
					java.time.Clock.fixed(at, CHINA));
			String said = String.join("\n", call.runner().script().getSteps().stream()
					.map(step -> org.revisit.core.script.Placeholders.fill(step.getUtterance(), call.runner().context()))
					.toList());
			String day = Instant.ofEpochMilli(task[1]).atZone(CHINA).toLocalDate().toString();
			assertTrue(said.contains("瑞信科技") && said.contains(day), said);
			assertTrue(!said.contains("${company}") && !said.contains("${event.date}"), said);
		}
	}

	/**
	 * The history a new demo database gets (the product asks for a quarter, {@link SimulatedHistory#PRODUCT_DAYS};
	 * two weeks here): calls made before today by the team of five, every one within the rules, today's work still
	 * planned, and no contacts but the demo's and the successors named in calls.
	 */
	@Test
	void aHistoryOfSimulatedWorkBeforeTodayWithinTheRules() {
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(java.time.Clock.fixed(
				TODAY.atTime(8, 0).atZone(CHINA).toInstant(), CHINA)))) {
			List<String> days = new ArrayList<>();
			DemoData.addContacts(store, 300, TODAY, 14, days::add);
			assertEquals(14, days.size(), "one line of progress per simulated day: " + days);
			long[] calls = store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT agent), "
						+ "MAX(started_at) FROM call_outcome")) {
					rs.next();
					return new long[] { rs.getLong(1), rs.getLong(2), Jdbc.getInstant(rs, 3).toEpochMilli() };
				}
			});
			assertTrue(calls[0] > 100, "calls in the history: " + calls[0]);
			assertEquals(SimulatedHistory.AGENTS, calls[1], "every agent of the demo team called");
			assertTrue(Instant.ofEpochMilli(calls[2]).isBefore(TODAY.atStartOfDay(CHINA).toInstant()),
					"the history ends before today");
			long successors = store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery(
						"SELECT COUNT(*) FROM contact WHERE successor_id IS NOT NULL")) {
					rs.next();
					return rs.getLong(1);
				}
			});
			assertEquals(300, store.contacts().count() - successors, "the history adds no contacts but successors");
			CallChecker.Verdict v = new CallChecker(store).check();
			assertEquals(0, v.totalViolations(), v.examples().toString());
			Map<String, Integer> today = new HashMap<>();
			for (Task t : tasks(store)) {
				if (t.dueFrom().atZone(CHINA).toLocalDate().equals(TODAY)) {
					today.merge(t.callType(), 1, Integer::sum);
				}
			}
			assertTrue(today.getOrDefault("birthday", 0) > 0 && today.getOrDefault("promisedCallback", 0) > 0,
					"today's birthdays and promised callbacks are still to call: " + today);
		}
	}
}
