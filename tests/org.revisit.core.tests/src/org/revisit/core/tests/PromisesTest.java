package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.io.EventImporter;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.AuditEntry;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.store.CallbackRepository.Closed;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.internal.Jdbc;

/**
 * Promised callbacks are kept: never swallowed by another pending call or the weekly budget, placed in an allowed
 * slot (an agreed time when it is allowed, else the last allowed slot before the promise, else the first after it,
 * marked late), closed when their call ends or when they are replaced. With the built-in call type, on Derby.
 */
class PromisesTest extends CliTestSupport {

	private static final String PROMISED = "org.revisit.calltype.promisedCallback";
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final Horizon HORIZON = Horizon.of(LocalDate.of(2026, 11, 23), 30);

	@TempDir
	Path dir;
	private Store store;
	private Campaign campaign;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()));
		campaign = PlannerTest.campaign(PROMISED, "承诺回电", 100, Map.of());
		store.campaigns().insert(List.of(campaign));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static Instant shanghai(int month, int day, int hour, int minute) {
		return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
	}

	private PlanReport plan(Instant now) {
		return new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(now.atZone(SHANGHAI).toLocalDate(), 30), now,
				"test", null);
	}

	private Contact contact(String name, String mobile) {
		Contact c = StoreTest.contact(name, "先生");
		c.getPhones().get(0).setNumber(mobile);
		store.contacts().insert(List.of(c));
		return c;
	}

	private Callback promise(Contact contact, Instant at, CallbackSource source) {
		Callback cb = RevisitFactory.eINSTANCE.createCallback();
		cb.setContact(contact);
		cb.setDueAt(Date.from(at));
		cb.setSource(source);
		cb.setReason("答复维修进度");
		store.callbacks().insert(List.of(cb));
		return cb;
	}

	/** The planned calls keeping promises, as "callbackId dueFrom–dueTo state". */
	private List<String> promiseTasks() {
		return store.read(c -> {
			List<String> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT callback_id, due_from, due_to, state FROM call_task "
					+ "WHERE callback_id IS NOT NULL ORDER BY callback_id, id"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getLong(1) + " " + Jdbc.getInstant(rs, 2) + "–" + Jdbc.getInstant(rs, 3) + " " + rs.getString(4));
				}
			}
			return result;
		});
	}

	private String line(Callback cb, Instant from, Instant to, String state) {
		return cb.getId() + " " + from + "–" + to + " " + state;
	}

	@Test
	void aNewPromiseIsPlannedBesideAnOlderOpenOne() {
		Contact a = contact("王伟", "13900000001");
		// The older promise is for Saturday (no calls at weekends): a deadline, so Friday's afternoon window.
		Callback saturday = promise(a, shanghai(11, 28, 10, 0), CallbackSource.COMPLAINT);
		assertEquals(1, plan(TestClock.NOW).created());
		// Agreed in a call for Wednesday 14:30: allowed, so called at that moment.
		Callback agreed = promise(a, shanghai(11, 25, 14, 30), CallbackSource.CALL);
		PlanReport r = plan(TestClock.NOW);
		assertEquals(1, r.created(), "the new promise is not swallowed by the pending one: " + r.refusedByGate());
		assertNull(r.refusedByGate().get(Gate.PENDING_CALL));
		assertEquals(List.of(line(saturday, shanghai(11, 27, 14, 0), shanghai(11, 27, 16, 0), "PLANNED"),
				line(agreed, shanghai(11, 25, 14, 30), shanghai(11, 25, 15, 30), "PLANNED")), promiseTasks());
		assertEquals(0, plan(TestClock.NOW).created(), "planning again creates nothing");
	}

	@Test
	void deadlinesGoToTheLastAllowedSlotBeforeThePromise() {
		Contact a = contact("王伟", "13900000001");
		Callback sunday = promise(a, shanghai(11, 29, 10, 0), CallbackSource.COMPLAINT);
		Callback lunch = promise(a, shanghai(11, 24, 12, 30), CallbackSource.COMPLAINT);
		Callback outsideWindows = promise(a, shanghai(11, 26, 10, 30), CallbackSource.CALL);
		Callback byHand = promise(a, shanghai(11, 25, 15, 0), CallbackSource.MANUAL);
		// "Within 24 hours" of a complaint at 14:06: the deadline falls six minutes into the afternoon window.
		// Before, the call was placed in that window cut at the deadline (14:00-14:06) and the simulated month
		// missed such promises; now less than an hour left of the slot starts the call at the window before.
		Callback sixMinutes = promise(a, shanghai(11, 25, 14, 6), CallbackSource.COMPLAINT);
		store.settings().setSetting(Planner.WEEKLY_BUDGET, "1");
		PlanReport r = plan(TestClock.NOW);
		assertEquals(5, r.created(), "a full weekly budget refuses no promise: " + r.refusedByGate());
		assertEquals(List.of(line(sunday, shanghai(11, 27, 14, 0), shanghai(11, 27, 16, 0), "PLANNED"),
				line(lunch, shanghai(11, 24, 9, 0), shanghai(11, 24, 10, 0), "PLANNED"),
				// agreed with the customer for 10:30, outside the windows: the window just before it
				line(outsideWindows, shanghai(11, 26, 9, 0), shanghai(11, 26, 10, 0), "PLANNED"),
				line(byHand, shanghai(11, 25, 14, 0), shanghai(11, 25, 15, 0), "PLANNED"),
				line(sixMinutes, shanghai(11, 25, 9, 0), shanghai(11, 25, 14, 6), "PLANNED")), promiseTasks());
	}

	@Test
	void aCallStartedBeforeTheHorizonGoesWhenItsPromiseIsClosed() {
		Contact a = contact("王伟", "13900000001");
		// Planned on Friday 13:00 for Monday 09:06: 09:00-09:06 is too short, so from Friday's afternoon window
		Callback monday = promise(a, shanghai(11, 30, 9, 6), CallbackSource.COMPLAINT);
		plan(shanghai(11, 27, 13, 0));
		assertEquals(List.of(line(monday, shanghai(11, 27, 14, 0), shanghai(11, 30, 9, 6), "PLANNED")), promiseTasks());
		// Closed over the weekend (the customer called in); Monday's run, whose horizon starts on Monday, cancels it
		monday.setDone(true);
		store.callbacks().update(monday, "supervisor1");
		PlanReport r = plan(shanghai(11, 30, 8, 0));
		assertEquals(1, r.cancelled(), r.toString());
		assertEquals(List.of(line(monday, shanghai(11, 27, 14, 0), shanghai(11, 30, 9, 6), "CANCELLED")), promiseTasks());
	}

	@Test
	void aRunWhoseHorizonEndsBeforeTheDeadlineLeavesThePromisesCallAlone() {
		Contact a = contact("王伟", "13900000001");
		Callback monday = promise(a, shanghai(11, 30, 9, 6), CallbackSource.COMPLAINT);
		plan(shanghai(11, 27, 13, 0));
		// Saturday, a plan of Saturday alone: the promise is after its horizon and is not proposed, and its call
		// (started on Friday, before the horizon) is for Monday: it stays
		PlanReport r = new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(LocalDate.of(2026, 11, 28), 1),
				shanghai(11, 28, 10, 0), "test", null);
		assertEquals(0, r.cancelled(), r.toString());
		assertEquals(List.of(line(monday, shanghai(11, 27, 14, 0), shanghai(11, 30, 9, 6), "PLANNED")), promiseTasks());
	}

	@Test
	void aPromiseOnAPublicHolidayIsCalledOnTheLastWorkingDayBefore() {
		Contact a = contact("王伟", "13900000001");
		Instant now = shanghai(9, 21, 9, 0);
		Callback nationalDay = promise(a, shanghai(10, 2, 10, 0), CallbackSource.COMPLAINT);
		Callback midAutumn = promise(a, shanghai(9, 25, 10, 0), CallbackSource.CALL);
		plan(now);
		WorkingCalendar calendar = Planner.workingCalendar(store);
		CallingHours hours = CallingHours.of(campaign, calendar);
		for (QueueItem q : store.tasks().openForContact(a.getId())) {
			assertTrue(hours.check(q.dueFrom(), SHANGHAI).allowed(), "placed in an allowed moment: " + q);
			assertTrue(!q.dueFrom().isAfter(q.promisedAt()) && !q.dueTo().isAfter(q.promisedAt()), "before the promise: " + q);
			LocalDate day = q.dueFrom().atZone(SHANGHAI).toLocalDate();
			for (LocalDate d = day.plusDays(1); d.isBefore(q.promisedAt().atZone(SHANGHAI).toLocalDate()); d = d.plusDays(1)) {
				assertFalse(calendar.isWorkingDay(d), "the last working day before the promise: " + q + ", " + d);
			}
		}
		assertEquals(2, store.tasks().openForContact(a.getId()).size());
		assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 2)), "国庆节");
		assertNotNull(nationalDay);
		assertNotNull(midAutumn);
	}

	@Test
	void aPromiseWithNoAllowedMomentLeftIsCalledAtTheFirstOneAfterAndShownLate() {
		Contact a = contact("王伟", "13900000001");
		Instant eleven = shanghai(11, 23, 11, 0);
		Callback passed = promise(a, shanghai(11, 23, 10, 30), CallbackSource.COMPLAINT);
		Callback coming = promise(a, shanghai(11, 24, 9, 30), CallbackSource.COMPLAINT);
		plan(eleven);
		assertEquals(List.of(line(passed, shanghai(11, 23, 14, 0), shanghai(11, 23, 16, 0), "PLANNED"),
				// 09:00-09:30 is less than an hour: from the window before (this afternoon's)
				line(coming, shanghai(11, 23, 14, 0), shanghai(11, 24, 9, 30), "PLANNED")), promiseTasks());
		List<QueueItem> open = store.tasks().openForContact(a.getId());
		assertTrue(open.get(1).late(eleven) || open.get(0).late(eleven));
		assertEquals(List.of(true, false), open.stream().sorted((x, y) -> Long.compare(x.callbackId(), y.callbackId()))
				.map(q -> q.late(eleven)).toList());

		store.close();
		String data = dir.resolve("db").toString();
		assertEquals(0, run("--now", "2026-11-23T11:00+08:00", "queue", "--date", "2026-11-24", "--json", "--data", data), err());
		Map<?, ?> json = (Map<?, ?>) JsonCheck.parse(out());
		List<?> tasks = (List<?>) json.get("tasks");
		assertEquals(2, tasks.size(), out());
		// Both are due from 14:00 today: found by their promises.
		Map<?, ?> late = (Map<?, ?>) tasks.stream().filter(t -> ((Map<?, ?>) t).get("callback").equals((double) passed.getId()))
				.findFirst().orElseThrow();
		Map<?, ?> inTime = (Map<?, ?>) tasks.stream().filter(t -> ((Map<?, ?>) t).get("callback").equals((double) coming.getId()))
				.findFirst().orElseThrow();
		assertEquals(Boolean.TRUE, late.get("late"), out());
		assertEquals("2026-11-23T02:30:00Z", late.get("promisedAt"), out());
		assertEquals(Boolean.FALSE, inTime.get("late"), out());
		assertEquals(0, run("--now", "2026-11-23T11:00+08:00", "queue", "--date", "2026-11-24", "--data", data), err());
		assertTrue(out().lines().anyMatch(l -> l.contains("LATE") && l.contains("promised by 2026-11-23")), out());
		assertEquals(0, run("--now", "2026-11-23T11:00+08:00", "explain", Long.toString(a.getId()), "--json", "--data", data), err());
		assertTrue(out().contains("\"late\": true") || out().contains("\"late\":true"), out());
		assertEquals(0, run("--now", "2026-11-23T11:00+08:00", "callback", "list", "--overdue", "--json", "--data", data), err());
		List<?> overdue = (List<?>) ((Map<?, ?>) JsonCheck.parse(out())).get("callbacks");
		assertEquals(1, overdue.size(), out());
		assertEquals((double) passed.getId(), ((Map<?, ?>) overdue.get(0)).get("id"));
		store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()));
	}

	@Test
	void endingTheCallClosesThePromise() {
		Contact a = contact("王伟", "13900000001");
		Contact b = contact("李娜", "13900000002");
		AttemptPolicy once = RevisitFactory.eINSTANCE.createAttemptPolicy();
		once.setMaxAttempts(1);
		campaign.setAttemptPolicy(once);
		store.campaigns().update(campaign, "test");
		Callback kept = promise(a, shanghai(11, 23, 9, 45), CallbackSource.CALL);
		Callback missed = promise(b, shanghai(11, 23, 9, 50), CallbackSource.CALL);
		plan(TestClock.NOW);
		Attempts attempts = new Attempts(store, Planner.workingCalendar(store));
		Instant at = shanghai(11, 23, 9, 46);
		for (QueueItem q : store.tasks().openForContact(a.getId())) {
			assertTrue(store.claims().claim(q.taskId(), "agent1", at, Duration.ofMinutes(15)).isPresent());
			attempts.finish(q.taskId(), "agent1", "COMPLETED", at);
		}
		for (QueueItem q : store.tasks().openForContact(b.getId())) {
			assertTrue(store.claims().claim(q.taskId(), "agent1", at, Duration.ofMinutes(15)).isPresent());
			attempts.finish(q.taskId(), "agent1", Attempts.NO_ANSWER, at);
		}
		assertEquals(Closed.DONE, store.callbacks().promise(kept.getId()).closedAs());
		assertEquals(Closed.UNREACHABLE, store.callbacks().promise(missed.getId()).closedAs());
		assertEquals(List.of(), store.callbacks().promises(true, false, at, 100), "no promise is owed any more");
		assertEquals(0, plan(at).created(), "and none is planned again");
	}

	@Test
	void aWrongNumberEndsTheCallWithoutKeepingThePromise() {
		Contact a = contact("王伟", "13900000001");
		Callback promised = promise(a, shanghai(11, 23, 9, 45), CallbackSource.CALL);
		plan(TestClock.NOW);
		Instant at = shanghai(11, 23, 9, 46);
		QueueItem q = store.tasks().openForContact(a.getId()).get(0);
		assertTrue(store.claims().claim(q.taskId(), "agent1", at, Duration.ofMinutes(15)).isPresent());
		new Attempts(store, Planner.workingCalendar(store)).finish(q.taskId(), "agent1", Attempts.WRONG_NUMBER, at);
		assertEquals(Closed.UNREACHABLE, store.callbacks().promise(promised.getId()).closedAs(), "not done: nobody was reached");
	}

	@Test
	void aHigherPriorityCallNeverPushesAPromiseOutOfTheWeek() {
		store.settings().setSetting(Planner.WEEKLY_BUDGET, "1");
		campaign.setPriority(10);
		store.campaigns().update(campaign, "test");
		Contact a = contact("王伟", "13900000001");
		a.getTags().add("greet");
		store.contacts().update(a, "test");
		Callback promised = promise(a, shanghai(11, 25, 14, 30), CallbackSource.CALL);
		assertEquals(1, plan(TestClock.NOW).created());
		store.campaigns().insert(List.of(PlannerTest.campaign(PlannerTest.GREETING, "问候", 90, Map.of("day", "2026-11-26"))));
		PlanReport r = plan(TestClock.NOW);
		assertEquals(0, r.cancelled(), "the promise (priority 10) does not give way to the greeting (90)");
		assertEquals(List.of(line(promised, shanghai(11, 25, 14, 30), shanghai(11, 25, 15, 30), "PLANNED")), promiseTasks());

		// a promise whose call was cancelled (the contact asked not to be called) is planned again when it can be
		a = store.contacts().find(a.getId());
		a.setDoNotCall(true);
		store.contacts().update(a, "test");
		assertEquals(1, plan(TestClock.NOW).cancelled());
		a = store.contacts().find(a.getId());
		a.setDoNotCall(false);
		store.contacts().update(a, "test");
		plan(TestClock.NOW);
		assertEquals(1, store.tasks().openForContact(a.getId()).stream().filter(QueueItem::promise).count(),
				"the promise, still owed, has its call again");
	}

	@Test
	void theCommandLineAddsListsAndReplacesPromises() throws Exception {
		Contact a = contact("王伟", "13900000001");
		contact("李娜", "13900000002");
		store.close();
		String data = dir.resolve("db").toString();
		assertEquals(0, run("callback", "add", "+86 139-0000-0001", "--due", "2026-11-28 10:00", "--reason", "回复维修进度",
				"--json", "--data", data), err());
		Map<?, ?> added = (Map<?, ?>) JsonCheck.parse(out());
		long first = ((Number) added.get("id")).longValue();
		assertEquals((double) a.getId(), added.get("contactId"));
		assertEquals("2026-11-28T02:00:00Z", added.get("due"));
		assertEquals("Asia/Shanghai", added.get("timeZone"));
		assertEquals(0, run("plan", "--json", "--data", data), err());
		assertEquals(0, run("callback", "add", Long.toString(a.getId()), "--due", "2026-11-25 14:30", "--replaces",
				Long.toString(first), "--data", data), err());
		assertTrue(out().contains("replacing callback " + first), out());
		assertEquals(0, run("plan", "--json", "--data", data), err());
		Map<?, ?> report = (Map<?, ?>) JsonCheck.parse(out());
		assertEquals(1.0, report.get("created"), out());
		assertEquals(1.0, report.get("cancelled"), "the replaced promise's call goes: " + out());
		assertEquals(0, run("callback", "list", "--all", "--json", "--data", data), err());
		List<?> all = (List<?>) ((Map<?, ?>) JsonCheck.parse(out())).get("callbacks");
		assertEquals(2, all.size(), out());
		Map<?, ?> old = (Map<?, ?>) all.stream().filter(m -> ((Map<?, ?>) m).get("id").equals((double) first)).findFirst()
				.orElseThrow();
		assertEquals("SUPERSEDED", old.get("closedAs"));
		assertNotNull(old.get("supersededBy"));

		assertEquals(1, run("callback", "add", Long.toString(a.getId()), "--due", "2026-11-20 10:00", "--data", data));
		assertTrue(err().contains("in the past"), err());
		assertEquals(1, run("callback", "add", "99999", "--due", "2026-11-25 10:00", "--data", data));
		assertTrue(err().contains("no contact 99999"), err());
		assertEquals(1, run("callback", "add", "13900000009", "--due", "2026-11-25 10:00", "--data", data));
		assertEquals(2, run("callback", "add", Long.toString(a.getId()), "--due", "next week", "--data", data));
		assertEquals(1, err().lines().count(), err());
		assertEquals(2, run("callback", "add", Long.toString(a.getId()), "--data", data));
		assertEquals(1, run("callback", "add", Long.toString(a.getId()), "--due", "2026-11-26 10:00", "--replaces",
				Long.toString(first), "--data", data));
		assertTrue(err().contains("no longer open"), err());
		assertEquals(0, run("callback", "add", "13900000002", "--due", "2026-11-26 10:00", "--json", "--data", data), err());
		long others = ((Number) ((Map<?, ?>) JsonCheck.parse(out())).get("id")).longValue();
		assertEquals(1, run("callback", "add", Long.toString(a.getId()), "--due", "2026-11-26 10:00", "--replaces",
				Long.toString(others), "--data", data));
		assertTrue(err().contains("not to contact " + a.getId()), "another customer's promise is not replaced: " + err());
		assertEquals(0, run("callback", "list", "--data", data), err());
		assertTrue(out().contains("2026-11-25T14:30+08:00"), "times in the contact's zone with the offset: " + out());

		store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()));
		List<AuditEntry> audit = store.audit().page("Callback", first, 0, 10);
		assertTrue(audit.stream().anyMatch(e -> "closedAs".equals(e.getField()) && e.getNewValue().startsWith("SUPERSEDED")),
				audit.toString());
		Promise replaced = store.callbacks().promise(first);
		assertFalse(replaced.open());
	}

	@Test
	void theListSaysWhyAnOwedPromiseHasNoCallWhenItsContactAskedNotToBeCalled() throws Exception {
		Contact a = contact("王伟", "13900000001");
		Contact b = contact("李娜", "13900000002");
		promise(a, TestClock.NOW.plus(Duration.ofHours(4)), CallbackSource.COMPLAINT);
		promise(b, TestClock.NOW.plus(Duration.ofHours(5)), CallbackSource.COMPLAINT);
		b = store.contacts().find(b.getId());
		b.setDoNotCall(true);
		store.contacts().update(b, "test");
		store.close();
		String data = dir.resolve("db").toString();
		assertEquals(0, run("plan", "--json", "--data", data), err());
		assertEquals(0, run("callback", "list", "--data", data), err());
		String line = out().lines().filter(l -> l.contains("2026-11-23T14:00+08:00")).findFirst().orElseThrow();
		assertTrue(line.contains("do not call"), "the promise of a do-not-call contact cannot be planned: " + out());
		assertFalse(out().contains("not yet planned"), out());
		assertEquals(0, run("callback", "list", "--json", "--data", data), err());
		List<?> all = (List<?>) ((Map<?, ?>) JsonCheck.parse(out())).get("callbacks");
		assertEquals(List.of(Boolean.FALSE, Boolean.TRUE),
				all.stream().map(m -> ((Map<?, ?>) m).get("contactDoNotCall")).toList(), out());
		assertEquals(0, run("callback", "list", "--lang", "zh", "--data", data), err());
		assertTrue(out().contains("要求不再来电"), out());
	}

	@Test
	void aComplaintImportedWithAPromisedCallbackIsPlannedByItsDeadline() throws Exception {
		Contact a = contact("王伟", "13900000001");
		Path file = dir.resolve("events.csv");
		Files.writeString(file, "类型,时间,手机,主题,承诺回电时间\n"
				+ "投诉,2026-11-23 08:00,13900000001,工程师迟到,2026-11-24 08:00\n"
				+ "热线,2026-11-23 08:10,13900000001,打印机,2026-11-24 10:00\n"
				+ "投诉,2026-11-23 08:20,13900000001,费用,2026-11-22 10:00\n");
		ImportResult result = EventImporter.run(store, file, ImportOptions.defaults());
		assertEquals(1, result.stored(), result.toString());
		assertEquals(2, result.firstRejects().size(), result.firstRejects().toString());
		assertTrue(result.firstRejects().get(0).toString().contains("only a complaint"), result.firstRejects().toString());
		assertTrue(result.firstRejects().get(1).toString().contains("before the complaint"), result.firstRejects().toString());
		List<Promise> owed = store.callbacks().promises(true, false, TestClock.NOW, 10);
		assertEquals(1, owed.size());
		assertEquals(CallbackSource.COMPLAINT, owed.get(0).callback().getSource());
		assertNotNull(owed.get(0).callback().getServiceEvent(), "linked to the complaint");
		plan(TestClock.NOW);
		QueueItem call = store.tasks().openForContact(a.getId()).stream().filter(QueueItem::promise).findFirst().orElseThrow();
		assertFalse(call.dueTo().isAfter(call.promisedAt()), "called by the deadline: " + call);
		assertTrue(CallingHours.of(campaign, Planner.workingCalendar(store)).check(call.dueFrom(), SHANGHAI).allowed());
		assertEquals(Clock.fixed(TestClock.NOW, SHANGHAI).instant(), store.clock().instant());
	}
}
