package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Explainer;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.internal.Jdbc;

/** The planner on a real Derby database, with the small call types of this test bundle's plugin.xml. */
class PlannerTest extends CliTestSupport {

	static final String GREETING = "org.revisit.tests.calltype.greeting";
	static final String TICKET = "org.revisit.tests.calltype.ticket";
	static final String PROMISE = "org.revisit.tests.calltype.promise";
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	/** Monday 23 November 2026, 09:00 in Shanghai. */
	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
	private static final Horizon HORIZON = Horizon.of(LocalDate.of(2026, 11, 23), 30);

	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir.resolve("db")));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private PlanReport plan() {
		return plan(HORIZON, NOW);
	}

	private PlanReport plan(Horizon horizon, Instant now) {
		return new Planner(store, CallTypeRegistry.read()).plan(horizon, now, "test", null);
	}

	static Campaign campaign(String callType, String name, int priority, Map<String, String> params) {
		Campaign c = RevisitFactory.eINSTANCE.createCampaign();
		c.setCallTypeId(callType);
		c.setName(name);
		c.setPriority(priority);
		c.setActive(true);
		c.getParameters().putAll(params);
		return c;
	}

	private Contact contact(String name, String zone, String... tags) {
		Contact c = StoreTest.contact(name, "先生");
		c.setTimeZone(zone);
		c.getTags().addAll(List.of(tags));
		store.contacts().insert(List.of(c));
		return c;
	}

	private ServiceEvent ticket(Contact contact, Instant at, String ref) {
		ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
		e.setKind(ServiceEventKind.HOTLINE_TICKET);
		e.setOccurredAt(Date.from(at));
		e.setContact(contact);
		e.setExternalRef(ref);
		store.transaction(tx -> {
			store.events().insert(tx, List.of(e));
			return null;
		});
		return e;
	}

	private void callback(Contact contact, Instant at) {
		Callback cb = RevisitFactory.eINSTANCE.createCallback();
		cb.setContact(contact);
		cb.setDueAt(Date.from(at));
		cb.setSource(CallbackSource.CALL);
		cb.setReason("客户要求周四上午回电");
		store.callbacks().insert(List.of(cb));
	}

	/** Tasks as "callType contactId state dueFrom(UTC)" lines, ordered by id. */
	private List<String> tasks() {
		return store.read(c -> {
			List<String> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT call_type, contact_id, state, due_from, reason "
					+ "FROM call_task ORDER BY id"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1) + " " + rs.getLong(2)
							+ " " + rs.getString(3) + " " + Jdbc.getInstant(rs, 4) + " " + rs.getString(5));
				}
			}
			return result;
		});
	}

	@Test
	void planningTwiceCreatesNothingNewAndCallsFallInTheContactsMorningWindow() {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		contact("李娜", "Asia/Shanghai"); // no tag: not a target
		PlanReport first = plan();
		assertEquals(Map.of(GREETING, 1), first.createdByCallType());
		assertEquals(List.of("greeting " + a.getId() + " PLANNED 2026-11-25T01:00:00Z 问候 2026-11-25"), tasks(),
				"09:00 in Shanghai is 01:00 UTC");
		PlanReport second = plan();
		assertEquals(0, second.created(), "idempotent");
		assertEquals(0, second.cancelled());
		assertEquals(1, second.refusedByGate().get(Gate.ALREADY_PLANNED));
		assertEquals(1, tasks().size());
	}

	@Test
	void callingWindowsAreReadInTheContactsOwnZoneAcrossTheEndOfDaylightSaving() {
		// New York leaves daylight saving time on Sunday 1 November 2026.
		store.campaigns().insert(List.of(campaign(GREETING, "Before", 30, Map.of("day", "2026-10-30")),
				campaign(GREETING, "After", 30, Map.of("day", "2026-11-02"))));
		contact("Ann", "America/New_York", "greet");
		Contact urumqi = contact("买买提", "Asia/Urumqi", "greet");
		plan(Horizon.of(LocalDate.of(2026, 10, 26), 30), Instant.parse("2026-10-26T00:00:00Z"));
		List<String> tasks = tasks();
		assertTrue(tasks.stream().anyMatch(t -> t.contains("PLANNED 2026-10-30T13:00:00Z")), tasks.toString()); // 09:00 EDT
		assertTrue(tasks.stream().noneMatch(t -> t.contains("2026-11-02")),
				"one pending call per call type: the second greeting waits for the first " + tasks);
		// Asia/Urumqi is UTC+6 in the time zone database: 09:00 there is 03:00 UTC.
		assertTrue(tasks.stream().anyMatch(t -> t.startsWith("greeting " + urumqi.getId()) && t.contains("T03:00:00Z")),
				tasks.toString());
		store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE call_task SET state = 'COMPLETED'"));
		plan(Horizon.of(LocalDate.of(2026, 10, 31), 30), Instant.parse("2026-10-31T00:00:00Z"));
		assertTrue(tasks().stream().anyMatch(t -> t.contains("PLANNED 2026-11-02T14:00:00Z")), tasks().toString()); // 09:00 EST
	}

	@Test
	void callsOnDaysOffMoveToAWorkingDayOrAreDroppedWhenTooLate() {
		// Sunday 29 November: a greeting moves back to Friday 27th.
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-29")),
				campaign(TICKET, "工单回访", 70, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		Contact b = contact("李娜", "Asia/Shanghai");
		// A ticket on Saturday 28th is due that day and pointless after Sunday: no working day in time.
		ticket(b, ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, SHANGHAI).toInstant(), "T-1");
		PlanReport r = plan();
		assertEquals(List.of("greeting " + a.getId() + " PLANNED 2026-11-27T01:00:00Z 问候 2026-11-29"), tasks());
		assertEquals(1, r.refusedByGate().get(Gate.WORKING_DAY));
		Decision d = explain(b.getId()).stream().filter(x -> x.callTypeId().equals(TICKET)).findFirst().orElseThrow();
		assertEquals(Gate.WORKING_DAY, d.refusal().gate());
		assertTrue(d.refusal().detail().contains("weekend"), d.refusal().detail());
	}

	@Test
	void aTicketFromTenDaysAgoIsTooLateButYesterdaysIsPlacedToday() {
		store.campaigns().insert(List.of(campaign(TICKET, "工单回访", 70, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai");
		Contact b = contact("李娜", "Asia/Shanghai");
		ticket(a, NOW.minusSeconds(10 * 86_400), "T-old");
		ticket(b, ZonedDateTime.of(2026, 11, 22, 15, 0, 0, 0, SHANGHAI).toInstant(), "T-sunday");
		PlanReport r = plan();
		assertEquals(List.of("ticket " + b.getId() + " PLANNED 2026-11-23T01:00:00Z 工单 T-sunday"), tasks());
		assertEquals(1, r.refusedByGate().get(Gate.HORIZON));
	}

	@Test
	void aPromisedCallbackTakesTheWeeklyBudgetFromAGreeting() {
		store.settings().setSetting(Planner.WEEKLY_BUDGET, "1");
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25")),
				campaign(TICKET, "工单回访", 70, Map.of()), campaign(PROMISE, "约定回电", 100, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		assertEquals(1, plan().created());
		Instant promised = ZonedDateTime.of(2026, 11, 26, 10, 30, 0, 0, SHANGHAI).toInstant();
		callback(a, promised);
		ticket(a, NOW.plusSeconds(3600), "T-2");
		PlanReport r = plan();
		assertEquals(Map.of(PROMISE, 1), r.createdByCallType());
		assertEquals(1, r.cancelled());
		assertEquals(1, r.refusedByGate().get(Gate.WEEKLY_BUDGET), "the ticket (70) does not outrank the callback (100)");
		List<String> tasks = tasks();
		assertTrue(tasks.get(0).startsWith("greeting " + a.getId() + " CANCELLED") && tasks.get(0).contains("gives way"),
				tasks.toString());
		// 10:30 is outside the windows (09:00-10:00, 14:00-16:00): a deadline, called in the window before it
		assertTrue(tasks.get(1).equals("promise " + a.getId() + " PLANNED "
				+ ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, SHANGHAI).toInstant() + " 约定回电"), tasks.toString());
		assertEquals(0, plan().created(), "and the cancelled greeting is not planned again");
	}

	@Test
	void oneContactGetsOnePendingCallPerCallType() {
		store.campaigns().insert(List.of(campaign(TICKET, "工单回访", 70, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai");
		ticket(a, NOW, "T-1");
		ticket(a, NOW.plusSeconds(600), "T-2");
		PlanReport r = plan();
		assertEquals(1, r.created());
		assertEquals(1, r.refusedByGate().get(Gate.PENDING_CALL));
	}

	@Test
	void callsAboutAContactWhoLeftGoToTheSuccessorAndGreetingsDoNot() {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25")),
				campaign(TICKET, "工单回访", 70, Map.of())));
		Contact left = contact("王伟", "Asia/Shanghai", "greet");
		ticket(left, NOW, "T-1");
		Contact successor = StoreTest.contact("李娜", "女士");
		store.successions().replaceWithSuccessor(left.getId(), successor, "test");
		PlanReport r = plan();
		assertEquals(List.of("ticket " + successor.getId() + " PLANNED 2026-11-23T01:00:00Z 工单 T-1"), tasks());
		assertEquals(1, r.refusedByGate().get(Gate.CONTACT_STATUS));
	}

	@Test
	void pendingTasksOfAContactWhoLeftMoveToTheSuccessor() {
		store.campaigns().insert(List.of(campaign(TICKET, "工单回访", 70, Map.of())));
		Contact left = contact("王伟", "Asia/Shanghai");
		Contact successor = contact("李娜", "Asia/Shanghai");
		ticket(left, NOW, "T-1");
		plan();
		// Marked as left by an import, not through the successor flow: the next run moves the task.
		store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE contact SET status = 'LEFT_COMPANY', "
				+ "successor_id = " + successor.getId() + " WHERE id = " + left.getId()));
		PlanReport r = plan();
		assertEquals(1, r.moved());
		assertEquals(0, r.created());
		assertEquals(List.of("ticket " + successor.getId() + " PLANNED 2026-11-23T01:00:00Z 工单 T-1"), tasks());
	}

	/**
	 * A contact who left for a successor who left in turn: a run moves each pending task one step, to its contact's
	 * own successor (the tasks to move are read before any moves, so a task moved in this run does not move on in
	 * it); a claimed task stays with its agent. The task moved to a successor who left is then cancelled, as a call
	 * whose successor left.
	 */
	@Test
	void pendingTasksMoveOneStepToTheirContactsOwnSuccessor() {
		store.campaigns().insert(List.of(campaign(TICKET, "工单回访", 70, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai");
		Contact b = contact("李娜", "Asia/Shanghai");
		Contact c = contact("张强", "Asia/Shanghai");
		Contact d = contact("刘洋", "Asia/Shanghai");
		ticket(a, NOW, "T-1");
		ticket(b, NOW, "T-2");
		ticket(d, NOW, "T-3");
		plan();
		long claimed = store.read(k -> {
			try (PreparedStatement p = k.prepareStatement("SELECT id FROM call_task WHERE contact_id = " + d.getId());
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
		assertTrue(store.claims().claim(claimed, "agent1", NOW, java.time.Duration.ofMinutes(30)).isPresent());
		store.inTransaction(k -> k.createStatement().executeUpdate("UPDATE contact SET status = 'LEFT_COMPANY', "
				+ "successor_id = CASE WHEN id = " + a.getId() + " THEN " + b.getId() + " ELSE " + c.getId() + " END "
				+ "WHERE id IN (" + a.getId() + ", " + b.getId() + ", " + d.getId() + ")"));
		PlanReport first = plan();
		assertEquals(2, first.moved(), "T-1 to B, T-2 to C; the claimed T-3 stays");
		List<String> expected = List.of(b.getId() + " CANCELLED", c.getId() + " PLANNED", d.getId() + " CLAIMED");
		assertEquals(expected, contactsAndStates());
		PlanReport second = plan();
		assertEquals(0, second.moved());
		assertEquals(0, second.created());
		assertEquals(expected, contactsAndStates());
	}

	private List<String> contactsAndStates() {
		return store.read(k -> {
			List<String> result = new ArrayList<>();
			try (PreparedStatement p = k.prepareStatement("SELECT contact_id, state FROM call_task ORDER BY id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getLong(1) + " " + rs.getString(2));
				}
			}
			return result;
		});
	}

	@Test
	void aContactWhoAsksNotToBeCalledLosesThePlannedCallsWithTheReason() {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		plan();
		Contact stored = store.contacts().find(a.getId());
		stored.setDoNotCall(true);
		store.contacts().update(stored, "test");
		PlanReport r = plan();
		assertEquals(1, r.cancelled());
		String task = tasks().get(0);
		assertTrue(task.contains("CANCELLED") && task.contains("DO_NOT_CALL"), task);
		List<Check> now = new Explainer(store, new Planner(store, CallTypeRegistry.read())).explain(a.getId(), NOW).now();
		assertTrue(now.stream().anyMatch(c -> c.gate() == Gate.DO_NOT_CALL && !c.passed()), now.toString());
	}

	@Test
	void aBrokenOrMissingCallTypeIsReportedAndTheOtherCampaignsArePlanned() {
		store.campaigns().insert(List.of(campaign("org.revisit.tests.calltype.failing", "坏插件", 10, Map.of()),
				campaign("com.example.notInstalled", "未安装", 10, Map.of()),
				campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		contact("王伟", "Asia/Shanghai", "greet");
		PlanReport r = plan();
		assertEquals(1, r.created());
		assertTrue(r.problems().stream().anyMatch(p -> p.contains("坏插件") && p.contains("bug in a third-party")),
				r.problems().toString());
		assertTrue(r.problems().stream().anyMatch(p -> p.contains("com.example.notInstalled") && p.contains("not installed")),
				r.problems().toString());
	}

	@Test
	void aSecondRunWaitsForTheFirstInsteadOfColliding() throws Exception {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		contact("王伟", "Asia/Shanghai", "greet");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<PlanReport> second;
			try (org.revisit.store.PlanRuns.RunLock held = store.planRuns().lockRun()) {
				second = pool.submit(() -> plan());
				Thread.sleep(1_500);
				assertFalse(second.isDone(), "the second run waits while the first holds the planning lock");
			}
			assertEquals(1, second.get().created(), "and runs when the first has finished");
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoPlannersAtOnceCreateEachTaskOnce() throws Exception {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		for (int i = 0; i < 300; i++) {
			contact("客户" + i, "Asia/Shanghai", "greet");
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<PlanReport>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return plan();
				}));
			}
			start.countDown();
			int created = runs.get(0).get().created() + runs.get(1).get().created();
			assertEquals(300, tasks().size());
			assertEquals(300, created, "each task is reported by the run that created it");
		} finally {
			pool.shutdownNow();
		}
	}

	private static final String NO_DECREE_2027 = "no official calendar for 2027 yet; statutory holidays used";

	@Test
	void aHorizonReachingAYearWithoutItsDecreeIsPlannedOnTheStatutoryHolidaysWithAWarning() {
		assertEquals(List.of(), plan().warnings(), "23 November to 22 December 2026: the 2026 decree");
		assertEquals(List.of(NO_DECREE_2027),
				plan(Horizon.of(LocalDate.of(2026, 12, 15), 30), Instant.parse("2026-12-15T01:00:00Z")).warnings());
		// 清明节 2027 falls on Monday 5 April: a greeting for it moves back to Friday 2 April.
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2027-04-05"))));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		PlanReport r = plan(Horizon.of(LocalDate.of(2027, 3, 29), 30), Instant.parse("2027-03-29T01:00:00Z"));
		assertEquals(List.of(NO_DECREE_2027), r.warnings());
		assertEquals(List.of(), r.problems(), "a warning, not a problem");
		assertEquals(List.of("greeting " + a.getId() + " PLANNED 2027-04-02T01:00:00Z 问候 2027-04-05"), tasks());
	}

	@Test
	void planAndExplainWarnUntilTheNoticeOfTheYearIsPasted() throws Exception {
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		store.close();
		String data = dir.resolve("db").toString();
		assertEquals(0, run("plan", "--from", "2026-11-23", "--json", "--data", data), err());
		assertEquals(List.of(), ((Map<?, ?>) JsonCheck.parse(out())).get("warnings"));
		assertEquals(0, run("plan", "--from", "2026-12-15", "--json", "--data", data), err());
		Map<?, ?> json = (Map<?, ?>) JsonCheck.parse(out());
		assertEquals(List.of(NO_DECREE_2027), json.get("warnings"));
		assertEquals(List.of(), json.get("problems"), "the smoke test expects no problems after a demo");
		assertEquals(0, run("plan", "--from", "2026-12-15", "--data", data), err());
		assertTrue(out().contains("Warning: " + NO_DECREE_2027), out());
		String contact = Long.toString(a.getId());
		assertEquals(0, run("explain", contact, "--at", "2026-12-21T10:00+08:00", "--json", "--data", data), err());
		assertEquals(List.of(NO_DECREE_2027), ((Map<?, ?>) JsonCheck.parse(out())).get("warnings"));
		assertEquals(0, run("explain", contact, "--at", "2026-12-21T10:00+08:00", "--data", data), err());
		assertTrue(out().contains("Warning: " + NO_DECREE_2027), out());
		assertEquals(0, run("explain", contact, "--at", "2026-11-25T10:00+08:00", "--json", "--data", data), err());
		assertEquals(List.of(), ((Map<?, ?>) JsonCheck.parse(out())).get("warnings"));

		// The 2026 notice as published gives the built-in calendar again.
		Path notice2026 = dir.resolve("通知2026.txt");
		try (var in = PlannerTest.class.getResourceAsStream("calendar/notice-2026.txt")) {
			java.nio.file.Files.copy(in, notice2026);
		}
		Path builtIn = dir.resolve("built-in.holidays");
		assertEquals(0, run("calendar", "export", builtIn.toString(), "--data", data), err());
		assertEquals(0, run("calendar", "import", notice2026.toString(), "--data", data), err());
		assertEquals("Imported the 2026 holiday arrangement into \"中国大陆 (China mainland)\": 33 days off, 6 make-up "
				+ "working days; the planner uses it from now on.", out().strip());
		Path stored = dir.resolve("stored.holidays");
		assertEquals(0, run("calendar", "export", stored.toString(), "--data", data), err());
		assertEquals(java.nio.file.Files.readString(builtIn), java.nio.file.Files.readString(stored));

		// A bad line: reported with the file and line, exit 1, nothing stored.
		Path notice2027 = dir.resolve("通知2027.txt");
		java.nio.file.Files.writeString(notice2027, """
				国务院办公厅关于2027年部分节假日安排的通知
				一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。
				""");
		assertEquals(1, run("calendar", "import", notice2027.toString(), "--data", data));
		assertEquals("revisit calendar: " + notice2027 + ":2: '1月1日（周四）': 2027-01-01 is a Friday (周五), not 周四; "
				+ "is 2027 the right year?", err().strip());
		assertEquals(0, run("plan", "--from", "2026-12-15", "--json", "--data", data), err());
		assertEquals(List.of(NO_DECREE_2027), ((Map<?, ?>) JsonCheck.parse(out())).get("warnings"));

		// Pasted without its title, with --year (an invented 2027 arrangement: the real notice is not out yet).
		java.nio.file.Files.writeString(notice2027, "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n");
		assertEquals(0, run("calendar", "import", notice2027.toString(), "--year", "2027", "--json", "--data", data), err());
		Map<?, ?> imported = (Map<?, ?>) JsonCheck.parse(out());
		assertEquals(2027, ((Number) imported.get("year")).intValue());
		assertEquals(3, ((Number) imported.get("daysOff")).intValue());
		assertEquals(42, ((Number) imported.get("entries")).intValue(), "2026 is kept");
		assertEquals(0, run("plan", "--from", "2026-12-15", "--json", "--data", data), err());
		assertEquals(List.of(), ((Map<?, ?>) JsonCheck.parse(out())).get("warnings"));
		assertEquals(2, run("calendar", "import", builtIn.toString(), "--year", "2027", "--data", data),
				"--year is for a notice");
		store = Store.open(StoreConfig.embedded(dir.resolve("db")));
	}

	@Test
	void explainShowsEveryGateAsJson() throws Exception {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		store.close();
		String data = dir.resolve("db").toString();
		assertEquals(0, run("plan", "--from", "2026-11-23", "--json", "--data", data), err());
		String json = out();
		assertTrue(json.contains("\"createdByCallType\":{\"" + GREETING + "\":1}") || json.contains("\"" + GREETING + "\": 1"), json);
		assertEquals(0, run("explain", Long.toString(a.getId()), "--at", "2026-11-25T12:30+08:00", "--json", "--data", data), err());
		String explained = out();
		assertTrue(explained.contains("\"callableNow\":false") || explained.contains("\"callableNow\": false"), explained);
		assertTrue(explained.contains("lunch break"), explained);
		assertTrue(explained.contains("ALREADY_PLANNED"), explained);
		assertEquals(0, run("explain", Long.toString(a.getId()), "--at", "2026-11-25T09:30+08:00", "--data", data), err());
		assertTrue(out().contains("may be called"), out());
		assertEquals(2, run("explain", "abc", "--data", data), "not an id nor a phone number: a wrong command line");
		assertEquals(1, run("explain", "999", "--data", data), "no such contact: the command cannot be done");
		assertTrue(err().contains("no contact 999"), err());
		assertEquals(0, run("queue", "--date", "2026-11-25", "--json", "--data", data), err());
		assertTrue(out().contains("问候 2026-11-25"), out());
		store = Store.open(StoreConfig.embedded(dir.resolve("db")));
	}

	private List<Decision> explain(long contactId) {
		return new Explainer(store, new Planner(store, CallTypeRegistry.read())).explain(contactId, NOW).planned();
	}

	@Test
	void theBenchmarkPlansEveryBuiltInCallTypeAndPrintsBothRates() throws Exception {
		assertEquals(0, run("bench", "plan", "--contacts", "2000", "--from", "2026-11-23", "--json", "--data",
				dir.resolve("bench").toString()), err());
		Map<?, ?> result = (Map<?, ?>) JsonCheck.parse(out());
		assertEquals(List.of(), result.get("problems"));
		assertTrue(((Number) result.get("tasks")).intValue() > 100, out());
		assertEquals(result.get("tasks"), result.get("rawRows"), "the raw copy inserts as many rows");
		assertTrue(((Map<?, ?>) result.get("createdByCallType")).size() >= 8, out());
		assertTrue(result.containsKey("planTasksPerSecond") && result.containsKey("rawRowsPerSecond"), out());
	}

	@Test
	void anImportedHolidayCalendarIsWhatThePlannerUses() throws Exception {
		store.campaigns().insert(List.of(campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"))));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		store.close();
		String data = dir.resolve("db").toString();
		Path file = dir.resolve("日历.holidays");
		assertEquals(0, run("calendar", "export", file.toString(), "--data", data), err());
		String text = java.nio.file.Files.readString(file);
		assertTrue(text.contains("春节"), text);
		java.nio.file.Files.writeString(file, text + "\noff 2026-11-25 公司年会\nwork 2026-13-01 坏日期\n");
		assertEquals(1, run("calendar", "import", file.toString(), "--data", data), "bad content is a failure");
		int badLine = (int) text.lines().count() + 3;
		assertTrue(err().contains("日历.holidays:" + badLine + ": '2026-13-01' is not a date"), err());
		java.nio.file.Files.writeString(file, text + "\noff 2026-11-25 公司年会\n");
		assertEquals(0, run("calendar", "import", file.toString(), "--data", data), err());
		store = Store.open(StoreConfig.embedded(dir.resolve("db")));
		plan();
		assertEquals(List.of("greeting " + a.getId() + " PLANNED 2026-11-24T01:00:00Z 问候 2026-11-25"), tasks(),
				"the company's day off moves the greeting to the day before");
	}

	@Test
	void planningAgainInTheEveningKeepsTheCallsPlacedInTheMorning() {
		store.campaigns().insert(List.of(campaign(TICKET, "工单回访", 70, Map.of())));
		Contact a = contact("王伟", "Asia/Shanghai");
		// Friday 27 November: the ticket's check is due that day and pointless after Saturday.
		Instant friday = ZonedDateTime.of(2026, 11, 27, 8, 30, 0, 0, SHANGHAI).toInstant();
		ticket(a, friday, "T-fri");
		Horizon horizon = Horizon.of(LocalDate.of(2026, 11, 27), 30);
		assertEquals(1, plan(horizon, friday.plusSeconds(3600)).created());
		PlanReport evening = plan(horizon, ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, SHANGHAI).toInstant());
		assertEquals(0, evening.cancelled(), "the morning's call is overdue, not unwanted");
		assertEquals(0, evening.created());
		assertEquals(List.of("ticket " + a.getId() + " PLANNED 2026-11-27T01:00:00Z 工单 T-fri"), tasks());
	}

	@Test
	void aCorrectedDayReplacesThePlannedCallInOneRun() {
		Campaign greeting = campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"));
		store.campaigns().insert(List.of(greeting));
		Contact a = contact("王伟", "Asia/Shanghai", "greet");
		plan();
		Campaign stored = store.campaigns().find(greeting.getId());
		stored.getParameters().put("day", "2026-11-27");
		store.campaigns().update(stored, "test");
		PlanReport r = plan();
		assertEquals(1, r.cancelled());
		assertEquals(Map.of(GREETING, 1), r.createdByCallType(), "the old call does not block the corrected one");
		assertTrue(tasks().get(1).equals("greeting " + a.getId() + " PLANNED 2026-11-27T01:00:00Z 问候 2026-11-27"),
				tasks().toString());
	}

	@Test
	void aCorrectedDayReplacesTheCallOfTheContactsFirstDayOnAComputerInNewYork() {
		// 09:00 on the 23rd in Shanghai is the evening of the 22nd in New York: the task is still in the horizon
		TimeZone machine = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		try {
			Campaign greeting = campaign(GREETING, "问候", 30, Map.of("day", "2026-11-23"));
			store.campaigns().insert(List.of(greeting));
			Contact a = contact("王伟", "Asia/Shanghai", "greet");
			plan();
			Campaign stored = store.campaigns().find(greeting.getId());
			stored.getParameters().put("day", "2026-11-27");
			store.campaigns().update(stored, "test");
			PlanReport r = plan();
			assertEquals(1, r.cancelled(), tasks().toString());
			assertEquals(Map.of(GREETING, 1), r.createdByCallType(), "the old call does not block the corrected one");
			assertTrue(tasks().get(1).startsWith("greeting " + a.getId() + " PLANNED 2026-11-27T01:00:00Z"),
					tasks().toString());
		} finally {
			TimeZone.setDefault(machine);
		}
	}

	@Test
	void theCallsOfACampaignThatEndedAreCancelled() {
		Campaign greeting = campaign(GREETING, "问候", 30, Map.of("day", "2026-11-25"));
		store.campaigns().insert(List.of(greeting));
		contact("王伟", "Asia/Shanghai", "greet");
		plan();
		Campaign stored = store.campaigns().find(greeting.getId());
		stored.setActiveTo(LocalDate.of(2026, 11, 20));
		store.campaigns().update(stored, "test");
		assertEquals(1, plan().cancelled());
		assertTrue(tasks().get(0).contains("CANCELLED"), tasks().toString());
	}

	@Test
	void oneCallerClaimsEachDaysAutomaticRun() {
		assertTrue(store.planRuns().claimDailyRun(LocalDate.of(2026, 11, 23)));
		assertFalse(store.planRuns().claimDailyRun(LocalDate.of(2026, 11, 23)));
		assertTrue(store.planRuns().claimDailyRun(LocalDate.of(2026, 11, 24)));
		assertFalse(store.planRuns().claimDailyRun(LocalDate.of(2026, 11, 23)), "a past day is not claimed again");
	}

	@Test
	void aCampaignWithHalfTheBudgetGetsOneCallPerContactAWeek() {
		store.settings().setSetting(Planner.WEEKLY_BUDGET, "2");
		Campaign tickets = campaign(TICKET, "工单回访", 70, Map.of());
		tickets.setBudgetShare(50);
		store.campaigns().insert(List.of(tickets));
		Contact a = contact("王伟", "Asia/Shanghai");
		Contact b = contact("李娜", "Asia/Shanghai");
		ticket(a, NOW, "T-1");
		ticket(b, NOW, "T-2");
		assertEquals(2, plan().created(), "one call of the campaign for each contact");
		store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE call_task SET state = 'COMPLETED'"));
		ticket(a, NOW.plusSeconds(3600), "T-3");
		PlanReport r = plan();
		assertEquals(0, r.created(), "ceil(50% x 2) = 1 call of the campaign per contact per week: " + tasks());
		assertEquals(1, r.refusedByGate().get(Gate.WEEKLY_BUDGET));
		Decision d = explain(a.getId()).stream().filter(x -> x.refusal() != null && x.refusal().gate() == Gate.WEEKLY_BUDGET)
				.findFirst().orElseThrow();
		assertTrue(d.refusal().detail().contains("50%") && d.refusal().detail().contains("at most 1"), d.refusal().detail());
		// With the whole budget the second call of the week is planned.
		tickets.setBudgetShare(100);
		store.campaigns().update(tickets, "test");
		assertEquals(1, plan().created());
	}
}
