package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Answer;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.AuditEntry;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallOutcome;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.FollowUp;
import org.revisit.model.GoToStep;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordedValue;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.User;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/** Round trips of the repositories for the whole model against a real embedded Derby database. */
class RepositoryTest {

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;
	private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

	@TempDir
	Path dir;

	Store store;
	Contact wang;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir));
		wang = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(wang));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void campaignKeepsScriptWindowsParametersAndAttemptPolicy() {
		Campaign campaign = campaign("季度客户回访");
		store.campaigns().insert(List.of(campaign, campaign("新客户首访")));

		Campaign read = store.campaigns().find(campaign.getId());
		assertNotNull(read);
		assertEquals("org.revisit.calltype.returnVisit", read.getCallTypeId());
		assertEquals("季度客户回访", read.getName());
		assertEquals("returnVisit", read.getScriptId());
		assertEquals(2, read.getScriptVersion());
		assertEquals("class = A", read.getTargetFilter());
		assertEquals(LocalDate.of(2026, 11, 1), read.getActiveFrom());
		assertNull(read.getActiveTo());
		assertEquals("2026-12-05", read.getParameters().get("trainingDate"));
		assertEquals("上海", read.getParameters().get("city"));
		assertEquals(2, read.getCallingWindows().size());
		assertEquals(540, read.getCallingWindows().get(0).getStartMinute());
		assertEquals(1020, read.getCallingWindows().get(1).getEndMinute());
		assertEquals(5, read.getAttemptPolicy().getMaxAttempts());
		assertEquals(2, read.getAttemptPolicy().getRetryRules().size());
		assertEquals("BUSY", read.getAttemptPolicy().getRetryRules().get(0).getOutcomeCode());
		assertEquals(30, read.getAttemptPolicy().getRetryRules().get(0).getIntervalMinutes());
		assertEquals(0, read.getVersion());
		assertEquals(2, store.campaigns().list().size());
		assertNull(store.campaigns().find(999));
	}

	@Test
	void campaignUpdateReplacesItsSettings() {
		Campaign campaign = campaign("季度客户回访");
		store.campaigns().insert(List.of(campaign));
		Campaign edited = store.campaigns().find(campaign.getId());
		edited.getParameters().removeKey("city");
		edited.getCallingWindows().remove(1);
		edited.getAttemptPolicy().setMaxAttempts(2);
		edited.setScriptVersion(3);
		store.campaigns().update(edited, "manager1");

		Campaign read = store.campaigns().find(campaign.getId());
		assertEquals(1, read.getVersion());
		assertEquals(1, read.getParameters().size());
		assertEquals(1, read.getCallingWindows().size());
		assertEquals(2, read.getAttemptPolicy().getMaxAttempts());
		assertEquals(3, read.getScriptVersion());
		assertEquals(2, read.getAttemptPolicy().getRetryRules().size(), "unchanged retry rules are kept");
		Set<String> fields = new HashSet<>();
		store.audit().page("Campaign", campaign.getId(), 0, 50).forEach(a -> fields.add(a.getField()));
		assertEquals(Set.of("parameters", "callingWindows", "maxAttempts", "scriptVersion"), fields);
	}

	@Test
	void callbackRoundTripAndMarkDone() {
		Callback callback = callback(T0.plus(2, ChronoUnit.HOURS));
		callback.setReason("客户在开会，下午三点再打");
		store.callbacks().insert(List.of(callback));

		Callback read = store.callbacks().find(callback.getId());
		assertEquals(wang.getId(), read.getContact().getId());
		assertEquals(Date.from(T0.plus(2, ChronoUnit.HOURS)), read.getDueAt());
		assertEquals("agent1", read.getOwner());
		assertEquals("客户在开会，下午三点再打", read.getReason());
		assertEquals(CallbackSource.CALL, read.getSource());
		assertFalse(read.isDone());

		store.callbacks().markDone(read, "agent1");
		assertTrue(store.callbacks().find(callback.getId()).isDone());
		assertEquals(1, read.getVersion());
		assertTrue(store.callbacks().due(T0, T0.plus(1, ChronoUnit.DAYS), 0, 10).isEmpty(), "a kept promise is not due");
	}

	@Test
	void dueCallbacksArePagedInDueOrderWithinTheRange() {
		List<Callback> all = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			// out of order on purpose, one every 7 minutes across ~35 hours
			all.add(callback(T0.plus((i * 37L) % 300 * 7, ChronoUnit.MINUTES)));
		}
		all.get(5).setDone(true);
		store.callbacks().insert(all);
		Instant from = T0.plus(60, ChronoUnit.MINUTES);
		Instant to = T0.plus(24, ChronoUnit.HOURS);
		long expected = all.stream().filter(c -> !c.isDone() && !c.getDueAt().toInstant().isBefore(from)
				&& c.getDueAt().toInstant().isBefore(to)).count();

		List<Callback> seen = new ArrayList<>();
		int pages = 0;
		for (long offset = 0;; offset += 25) {
			List<Callback> page = store.callbacks().due(from, to, offset, 25);
			assertTrue(page.size() <= 25, "a page holds at most its limit");
			if (page.isEmpty()) {
				break;
			}
			pages++;
			seen.addAll(page);
		}
		assertEquals(expected, seen.size());
		assertEquals((expected + 24) / 25, pages);
		assertEquals(seen.size(), seen.stream().map(Callback::getId).distinct().count(), "no callback twice");
		for (int i = 1; i < seen.size(); i++) {
			assertFalse(seen.get(i).getDueAt().before(seen.get(i - 1).getDueAt()), "earliest first");
		}
		assertFalse(seen.stream().anyMatch(c -> c.getId() == all.get(5).getId()), "done callbacks are not due");
	}

	@Test
	void outcomeIsStoredWholeAndReadBack() {
		CallOutcome outcome = outcome(T0);
		store.outcomes().insert(wang.getId(), outcome);

		CallOutcome read = store.outcomes().find(outcome.getId());
		assertNotNull(read);
		assertEquals("agent1", read.getAgent());
		assertEquals(Date.from(T0), read.getStartedAt());
		assertEquals(Date.from(T0.plus(4, ChronoUnit.MINUTES)), read.getEndedAt());
		assertEquals("SATISFIED", read.getDispositionCode());
		assertEquals("returnVisit", read.getScriptId());
		assertEquals(2, read.getScriptVersion());
		assertEquals("客户很满意", read.getNotes());
		assertEquals(List.of(1, 3), read.getPath().stream().map(PathEntry::getStepNumber).toList());
		assertEquals("满意", read.getPath().get(1).getAnswerLabel());
		assertEquals(1, read.getRecordedValues().size());
		assertEquals("希望多做培训", read.getRecordedValues().get(0).getValue());
		assertEquals(List.of("attitude", "overall"), read.getScores().stream().map(Score::getAspect).toList());
		assertEquals(5, read.getScores().get(0).getValue());
		assertEquals(1, read.getFollowUps().size());
		assertEquals("engineer", read.getFollowUps().get(0).getAssignee());
		assertEquals(1, read.getCallbacks().size(), "the callback agreed in the call");
		assertTrue(read.getCallbacks().get(0).getId() > 0);
		assertEquals(1, store.callbacks().due(T0, T0.plus(2, ChronoUnit.DAYS), 0, 10).size());
		assertNull(store.outcomes().find(outcome.getId() + 1000));
	}

	@Test
	void outcomesOfAContactArePagedNewestFirst() {
		Contact li = StoreTest.contact("李娜", "女士");
		store.contacts().insert(List.of(li));
		for (int i = 0; i < 200; i++) {
			store.outcomes().insert(i % 4 == 0 ? li.getId() : wang.getId(), outcome(T0.plus(i, ChronoUnit.HOURS)));
		}
		List<CallOutcome> seen = new ArrayList<>();
		for (long offset = 0;; offset += 20) {
			List<CallOutcome> page = store.outcomes().pageByContact(wang.getId(), offset, 20);
			assertTrue(page.size() <= 20);
			if (page.isEmpty()) {
				break;
			}
			for (CallOutcome o : page) {
				assertEquals(2, o.getPath().size(), "each outcome of the page has its own contents only");
				assertEquals(2, o.getScores().size());
			}
			seen.addAll(page);
		}
		assertEquals(150, seen.size());
		assertEquals(Date.from(T0.plus(199, ChronoUnit.HOURS)), seen.get(0).getStartedAt(), "newest first");
		for (int i = 1; i < seen.size(); i++) {
			assertTrue(seen.get(i).getStartedAt().before(seen.get(i - 1).getStartedAt()));
		}
		assertEquals(50, store.outcomes().pageByContact(li.getId(), 0, 500).size());
	}

	@Test
	void usersRoundTripAndNamesAreUnique() {
		store.users().insert(List.of(user("wang", "王伟", Role.AGENT), user("li", "李娜", Role.SUPERVISOR)));
		User read = store.users().find("li");
		assertEquals("李娜", read.getDisplayName());
		assertEquals(Role.SUPERVISOR, read.getRole());
		assertTrue(read.getId() > 0);
		assertEquals(List.of("li", "wang"), store.users().list().stream().map(User::getName).toList());
		read.setRole(Role.MANAGER);
		store.users().update(read, "admin");
		assertEquals(Role.MANAGER, store.users().find("li").getRole());
		List<AuditEntry> audit = store.audit().page("User", read.getId(), 0, 10);
		assertEquals(1, audit.size());
		assertEquals("SUPERVISOR", audit.get(0).getOldValue());
		assertEquals("MANAGER", audit.get(0).getNewValue());
		StoreException e = assertThrows(StoreException.class,
				() -> store.users().insert(List.of(user("wang", "另一个王伟", Role.AGENT))));
		assertTrue(e.getMessage().contains("wang"), e.getMessage());
		assertNull(store.users().find("nobody"));
	}

	@Test
	void holidayCalendarIsSavedWholeAndReplaced() {
		HolidayCalendar calendar = F.createHolidayCalendar();
		calendar.setName("中国大陆");
		calendar.getRules().add(rule("春节", CalendarKind.LUNAR, 1, 1, 3));
		calendar.getRules().add(rule("国庆节", CalendarKind.SOLAR, 10, 1, 7));
		calendar.getEntries().add(entry(LocalDate.of(2026, 2, 14), HolidayEntryKind.MAKEUP_WORKDAY, "春节调休上班"));
		calendar.getEntries().add(entry(LocalDate.of(2026, 2, 16), HolidayEntryKind.OFF_DAY, "春节"));
		store.holidays().save(calendar);

		HolidayCalendar read = store.holidays().load("中国大陆");
		assertEquals(calendar.getId(), read.getId());
		assertEquals(2, read.getRules().size());
		assertEquals(CalendarKind.LUNAR, read.getRules().get(0).getCalendar());
		assertEquals(7, read.getRules().get(1).getDaysOff());
		assertEquals(HolidayEntryKind.MAKEUP_WORKDAY, read.getEntries().get(0).getKind());
		assertEquals(LocalDate.of(2026, 2, 16), read.getEntries().get(1).getDate());

		read.getRules().remove(0);
		read.getEntries().clear();
		read.getEntries().add(entry(LocalDate.of(2027, 10, 9), HolidayEntryKind.MAKEUP_WORKDAY, "国庆调休"));
		store.holidays().save(read);
		HolidayCalendar again = store.holidays().load("中国大陆");
		assertEquals(calendar.getId(), again.getId(), "saved under the same name: replaced, not added");
		assertEquals(1, again.getVersion());
		assertEquals(List.of("国庆节"), again.getRules().stream().map(HolidayRule::getName).toList());
		assertEquals(List.of(LocalDate.of(2027, 10, 9)), again.getEntries().stream().map(HolidayEntry::getDate).toList());
		assertEquals(List.of("中国大陆"), store.holidays().names());
		assertNull(store.holidays().load("nowhere"));
	}

	@Test
	void scriptVersionsAreKeptSideBySide() {
		Script v1 = script("returnVisit", "季度回访话术");
		assertEquals(1, store.scripts().insertNewVersion(v1));
		Script v2 = script("returnVisit", "季度回访话术（新）");
		v2.getSteps().get(0).setUtterance("${contact.name}${contact.title}您好，我们想了解一下您对服务的评价。");
		assertEquals(2, store.scripts().insertNewVersion(v2));

		Script first = store.scripts().load("returnVisit", 1);
		assertEquals("季度回访话术", first.getTitle());
		assertEquals(1, first.getScriptVersion());
		assertEquals("${contact.name}${contact.title}您好，我是回访专员。", first.getSteps().get(0).getUtterance());
		Answer yes = first.getSteps().get(0).getAnswers().get(0);
		assertEquals(List.of("有空", "可以"), yes.getKeywords());
		assertEquals(2, ((GoToStep) yes.getActions().get(0)).getTargetStep());
		Script latest = store.scripts().loadLatest("returnVisit");
		assertEquals(2, latest.getScriptVersion());
		assertTrue(latest.getSteps().get(0).getUtterance().contains("评价"));
		assertEquals(List.of(1, 2), store.scripts().versions("returnVisit").stream().map(ScriptVersion::version).toList());

		Script overwrite = script("returnVisit", "覆盖");
		overwrite.setScriptVersion(1);
		StoreException e = assertThrows(StoreException.class, () -> store.scripts().insert(overwrite));
		assertTrue(e.getMessage().contains("returnVisit version 1"), e.getMessage());
		assertEquals("季度回访话术", store.scripts().load("returnVisit", 1).getTitle(), "version 1 is untouched");
		assertNull(store.scripts().loadLatest("unknown"));
		assertNull(store.scripts().load("returnVisit", 3));
	}

	@Test
	void auditEntriesArePagedNewestFirst() {
		List<AuditEntry> entries = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			AuditEntry e = F.createAuditEntry();
			e.setWho("admin");
			e.setAt(Date.from(T0.plus(i, ChronoUnit.MINUTES)));
			e.setEntityType("Contact");
			e.setEntityId(i % 3 == 0 ? 7 : 8);
			e.setField("note");
			e.setNewValue("v" + i);
			entries.add(e);
		}
		store.audit().append(entries);
		List<AuditEntry> page = store.audit().page("Contact", 7, 0, 4);
		assertEquals(List.of("v27", "v24", "v21", "v18"), page.stream().map(AuditEntry::getNewValue).toList());
		assertEquals(10, store.audit().page("Contact", 7, 0, 100).size());
		assertEquals(2, store.audit().page("Contact", 7, 8, 4).size());
	}

	// ---- builders ----

	static Campaign campaign(String name) {
		Campaign campaign = F.createCampaign();
		campaign.setCallTypeId("org.revisit.calltype.returnVisit");
		campaign.setName(name);
		campaign.setPriority(50);
		campaign.setActive(true);
		campaign.setActiveFrom(LocalDate.of(2026, 11, 1));
		campaign.setScriptId("returnVisit");
		campaign.setScriptVersion(2);
		campaign.setTargetFilter("class = A");
		campaign.getParameters().put("trainingDate", "2026-12-05");
		campaign.getParameters().put("city", "上海");
		campaign.getCallingWindows().add(window(540, 690));
		campaign.getCallingWindows().add(window(840, 1020));
		AttemptPolicy policy = F.createAttemptPolicy();
		policy.setMaxAttempts(5);
		policy.getRetryRules().add(retry("BUSY", 30));
		policy.getRetryRules().add(retry("NO_ANSWER", 120));
		campaign.setAttemptPolicy(policy);
		return campaign;
	}

	static CallingWindow window(int start, int end) {
		CallingWindow w = F.createCallingWindow();
		w.setStartMinute(start);
		w.setEndMinute(end);
		return w;
	}

	private static RetryRule retry(String code, int minutes) {
		RetryRule r = F.createRetryRule();
		r.setOutcomeCode(code);
		r.setIntervalMinutes(minutes);
		return r;
	}

	Callback callback(Instant due) {
		Callback callback = F.createCallback();
		callback.setContact(wang);
		callback.setDueAt(Date.from(due));
		callback.setOwner("agent1");
		callback.setSource(CallbackSource.CALL);
		return callback;
	}

	CallOutcome outcome(Instant start) {
		CallOutcome o = F.createCallOutcome();
		o.setAgent("agent1");
		o.setStartedAt(Date.from(start));
		o.setEndedAt(Date.from(start.plus(4, ChronoUnit.MINUTES)));
		o.setDispositionCode("SATISFIED");
		o.setScriptId("returnVisit");
		o.setScriptVersion(2);
		o.setNotes("客户很满意");
		o.getPath().add(pathEntry(1, "有空", start));
		o.getPath().add(pathEntry(3, "满意", start.plus(2, ChronoUnit.MINUTES)));
		RecordedValue v = F.createRecordedValue();
		v.setField("suggestion");
		v.setValue("希望多做培训");
		o.getRecordedValues().add(v);
		o.getScores().add(score("overall", 4));
		o.getScores().add(score("attitude", 5));
		FollowUp f = F.createFollowUp();
		f.setAssignee("engineer");
		f.setText("客户希望上门检查打印机");
		o.getFollowUps().add(f);
		o.getCallbacks().add(callback(start.plus(1, ChronoUnit.DAYS)));
		return o;
	}

	private static PathEntry pathEntry(int step, String answer, Instant at) {
		PathEntry e = F.createPathEntry();
		e.setStepNumber(step);
		e.setAnswerLabel(answer);
		e.setAt(Date.from(at));
		return e;
	}

	private static Score score(String aspect, int value) {
		Score s = F.createScore();
		s.setAspect(aspect);
		s.setValue(value);
		return s;
	}

	static User user(String name, String display, Role role) {
		User u = F.createUser();
		u.setName(name);
		u.setDisplayName(display);
		u.setRole(role);
		return u;
	}

	private static HolidayRule rule(String name, CalendarKind kind, int month, int day, int daysOff) {
		HolidayRule r = F.createHolidayRule();
		r.setName(name);
		r.setCalendar(kind);
		r.setMonth(month);
		r.setDay(day);
		r.setDaysOff(daysOff);
		return r;
	}

	private static HolidayEntry entry(LocalDate date, HolidayEntryKind kind, String name) {
		HolidayEntry e = F.createHolidayEntry();
		e.setDate(date);
		e.setKind(kind);
		e.setName(name);
		return e;
	}

	static Script script(String id, String title) {
		Script script = F.createScript();
		script.setScriptId(id);
		script.setTitle(title);
		script.setLanguage("zh");
		script.setCallTypeId("org.revisit.calltype.returnVisit");
		Step first = F.createStep();
		first.setNumber(1);
		first.setUtterance("${contact.name}${contact.title}您好，我是回访专员。");
		Answer yes = F.createAnswer();
		yes.setLabel("有空");
		yes.getKeywords().addAll(List.of("有空", "可以"));
		GoToStep next = F.createGoToStep();
		next.setTargetStep(2);
		yes.getActions().add(next);
		first.getAnswers().add(yes);
		Step second = F.createStep();
		second.setNumber(2);
		second.setUtterance("您对我们的服务满意吗？");
		script.getSteps().add(first);
		script.getSteps().add(second);
		return script;
	}
}
