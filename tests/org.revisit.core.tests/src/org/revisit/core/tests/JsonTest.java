package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.Explainer.PendingCall;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.EndCall;
import org.revisit.model.FollowUp;
import org.revisit.model.GoToStep;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.PathEntry;
import org.revisit.model.PhoneType;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.RecordedValue;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.remote.Json;
import org.revisit.store.CallbackRepository.Closed;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.TaskRepository.QueueItem;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;

/**
 * The JSON of the server's protocol: model objects, records and the JDK's value types go out and come back equal;
 * what does not fit the model is refused with a message saying where.
 */
class JsonTest {

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;
	private static final Instant AT = Instant.parse("2026-11-23T01:30:00Z");

	private static <T> T roundTrip(T value, Type type) {
		return Json.fromJson(Json.toJson(value, type), type);
	}

	private static void assertModelEquals(EObject expected, EObject actual) {
		assertTrue(EcoreUtil.equals(expected, actual), () -> "expected " + Json.toJson(expected, EObject.class)
				+ "\nbut got " + Json.toJson(actual, EObject.class));
	}

	static Contact contact() {
		Contact c = StoreTest.contact("王芳", "女士");
		c.setId(42);
		c.setVersion(3);
		c.getPhones().add(StoreTest.phone(PhoneType.OFFICE, "010-88886666"));
		c.getPhones().get(1).setInvalid(true);
		c.getPhones().get(1).setInvalidReason("空号");
		Birthday b = F.createBirthday();
		b.setCalendar(CalendarKind.LUNAR);
		b.setMonth(8);
		b.setDay(15);
		b.setLeapMonth(true);
		c.setBirthday(b);
		c.getTags().add("VIP");
		c.getTags().add("年会");
		c.setConsent(true);
		c.setConsentDate(Date.from(AT));
		c.setTimeZone(null);
		c.setDoNotCall(false);
		return c;
	}

	@Test
	void aContactTravelsWithItsPhonesBirthdayTagsAndDates() {
		Contact c = contact();
		String json = Json.toJson(c, Contact.class);
		JsonObject tree = JsonParser.parseString(json).getAsJsonObject();
		assertEquals("Contact", tree.get("$type").getAsString());
		assertEquals("LUNAR", tree.getAsJsonObject("birthday").get("calendar").getAsString(), json);
		assertEquals("2026-11-23T01:30:00Z", tree.get("consentDate").getAsString());
		assertTrue(tree.get("timeZone").isJsonNull(), "a null that differs from the default travels: " + json);
		Contact back = Json.fromJson(json, Contact.class);
		assertModelEquals(c, back);
		assertNull(back.getTimeZone());
		assertEquals("空号", back.getPhones().get(1).getInvalidReason());
	}

	@Test
	void aReferenceToAnotherObjectTravelsAsItsTypeAndIdOnly() {
		Contact old = contact();
		Contact successor = StoreTest.contact("李明", "先生");
		successor.setId(77);
		old.setStatus(ContactStatus.LEFT_COMPANY);
		old.setSuccessor(successor);
		CallTask task = F.createCallTask();
		task.setId(5);
		task.setContact(old);
		task.setDueFrom(Date.from(AT));
		JsonObject tree = JsonParser.parseString(Json.toJson(task, CallTask.class)).getAsJsonObject();
		assertEquals(JsonParser.parseString("{\"$type\":\"Contact\",\"id\":42}"), tree.get("contact"));
		CallTask back = Json.fromJson(tree.toString(), CallTask.class);
		assertEquals(42, back.getContact().getId());
		assertNull(back.getContact().getName(), "a stub, not the contact");
		JsonObject contact = JsonParser.parseString(Json.toJson(old, Contact.class)).getAsJsonObject();
		assertEquals(JsonParser.parseString("{\"$type\":\"Contact\",\"id\":77}"), contact.get("successor"));
	}

	@Test
	void aCampaignTravelsWithWindowsRetryRulesAndParameters() {
		Campaign c = F.createCampaign();
		c.setId(3);
		c.setName("生日问候");
		c.setCallTypeId("birthday");
		c.setActiveFrom(LocalDate.of(2026, 1, 1));
		c.setActiveTo(LocalDate.of(2026, 12, 31));
		c.setActive(true);
		c.getParameters().put("trainingDate", "2026-12-01");
		c.getParameters().put("room", "3楼");
		for (int[] w : new int[][] { { 540, 720 }, { 840, 1080 } }) {
			CallingWindow window = F.createCallingWindow();
			window.setStartMinute(w[0]);
			window.setEndMinute(w[1]);
			c.getCallingWindows().add(window);
		}
		AttemptPolicy policy = F.createAttemptPolicy();
		policy.setMaxAttempts(5);
		RetryRule rule = F.createRetryRule();
		rule.setOutcomeCode("NO_ANSWER");
		rule.setIntervalMinutes(120);
		policy.getRetryRules().add(rule);
		c.setAttemptPolicy(policy);
		String json = Json.toJson(c, Campaign.class);
		JsonObject tree = JsonParser.parseString(json).getAsJsonObject();
		assertEquals("2026-01-01", tree.get("activeFrom").getAsString());
		assertEquals("3楼", tree.getAsJsonObject("parameters").get("room").getAsString(), json);
		Campaign back = Json.fromJson(json, Campaign.class);
		assertModelEquals(c, back);
		assertEquals("2026-12-01", back.getParameters().get("trainingDate"));
	}

	static Script script() {
		Script s = F.createScript();
		s.setScriptId("birthday-zh");
		s.setScriptVersion(2);
		s.setTitle("生日问候");
		s.setLanguage("zh");
		Step greet = F.createStep();
		greet.setNumber(1);
		greet.setUtterance("您好，我是华信的客服。");
		Answer yes = F.createAnswer();
		yes.setLabel("方便");
		yes.getKeywords().add("好");
		yes.getKeywords().add("可以");
		GoToStep next = F.createGoToStep();
		next.setTargetStep(2);
		RecordField field = F.createRecordField();
		field.setFieldName("satisfaction");
		field.setKind(RecordKind.SCORE);
		yes.getActions().add(field);
		yes.getActions().add(next);
		Answer later = F.createAnswer();
		later.setLabel("稍后再打");
		later.getActions().add(F.createAgreeCallback());
		EndCall end = F.createEndCall();
		end.setOutcomeCode("CALLBACK");
		later.getActions().add(end);
		greet.getAnswers().add(yes);
		greet.getAnswers().add(later);
		Step bye = F.createStep();
		bye.setNumber(2);
		bye.setUtterance("祝您生日快乐！");
		s.getSteps().add(greet);
		s.getSteps().add(bye);
		return s;
	}

	@Test
	void aScriptTravelsWithStepsAnswersAndActionsOfEveryKind() {
		Script s = script();
		Script back = roundTrip(s, Script.class);
		assertModelEquals(s, back);
		assertTrue(back.getSteps().get(0).getAnswers().get(1).getActions().get(0) instanceof AgreeCallback);
	}

	@Test
	void aCallOutcomeTravelsWithItsPathValuesScoresAndFollowUps() {
		CallOutcome o = F.createCallOutcome();
		o.setId(9);
		CallTask task = F.createCallTask();
		task.setId(5);
		o.setTask(task);
		o.setAgent("王芳");
		o.setStartedAt(Date.from(AT));
		o.setEndedAt(Date.from(AT.plusSeconds(95)));
		o.setDispositionCode("DONE");
		PathEntry p = F.createPathEntry();
		p.setStepNumber(1);
		p.setAnswerLabel("方便");
		p.setAt(Date.from(AT.plusSeconds(10)));
		o.getPath().add(p);
		RecordedValue v = F.createRecordedValue();
		v.setField("satisfaction");
		v.setValue("5");
		o.getRecordedValues().add(v);
		Score score = F.createScore();
		score.setAspect("attitude");
		score.setValue(5);
		o.getScores().add(score);
		FollowUp f = F.createFollowUp();
		f.setAssignee("li");
		f.setText("寄送礼品");
		o.getFollowUps().add(f);
		Callback cb = F.createCallback();
		cb.setId(11);
		o.getCallbacks().add(cb);
		CallOutcome back = roundTrip(o, CallOutcome.class);
		assertEquals(5, back.getTask().getId());
		assertEquals(11, back.getCallbacks().get(0).getId());
		back.setTask(task);
		back.getCallbacks().set(0, cb);
		assertModelEquals(o, back);
	}

	@Test
	void aHolidayCalendarTravelsWithRulesAndEntries() {
		HolidayCalendar c = F.createHolidayCalendar();
		c.setName("中国大陆 2027");
		HolidayRule spring = F.createHolidayRule();
		spring.setName("春节");
		spring.setCalendar(CalendarKind.LUNAR);
		spring.setMonth(1);
		spring.setDay(1);
		spring.setDaysOff(3);
		c.getRules().add(spring);
		HolidayEntry makeup = F.createHolidayEntry();
		makeup.setDate(LocalDate.of(2027, 2, 7));
		makeup.setKind(HolidayEntryKind.MAKEUP_WORKDAY);
		makeup.setName("春节调休");
		c.getEntries().add(makeup);
		assertModelEquals(c, roundTrip(c, HolidayCalendar.class));
	}

	private static QueueItem queueItem() {
		return new QueueItem(5, 42, "王芳", "女士", "华信", "birthday", AT, AT.plusSeconds(3600), 50, 1, "CLAIMED",
				"li", AT.plusSeconds(1800), "生日 11月23日", 3, "Asia/Shanghai", null, Long.valueOf(11));
	}

	@Test
	void recordsTravelThroughTheirConstructors() {
		QueueItem item = queueItem();
		assertEquals(item, roundTrip(item, QueueItem.class));
		List<QueueItem> items = List.of(item, item);
		assertEquals(items, roundTrip(items, new TypeToken<List<QueueItem>>() {
		}.getType()));
		JsonParseException bad = assertThrows(JsonParseException.class,
				() -> Json.fromJson("{\"from\":\"2026-12-02\",\"to\":\"2026-12-01\"}", Horizon.class));
		assertTrue(String.valueOf(bad.getMessage() + bad.getCause()).contains("before it starts"),
				"the record's own check runs: " + bad);
	}

	@Test
	void aPromiseTravelsWithItsCallback() {
		Callback cb = F.createCallback();
		cb.setId(11);
		cb.setVersion(1);
		Contact contact = F.createContact();
		contact.setId(42);
		cb.setContact(contact);
		cb.setDueAt(Date.from(AT));
		cb.setOwner("王芳");
		cb.setReason("客户开会，下午再打");
		cb.setSource(CallbackSource.CALL);
		Promise p = new Promise(cb, Closed.SUPERSEDED, AT.plusSeconds(60), Long.valueOf(12), Long.valueOf(5),
				"PLANNED", AT, AT.plusSeconds(3600));
		Promise back = roundTrip(p, Promise.class);
		assertModelEquals(cb, back.callback());
		assertEquals(Closed.SUPERSEDED, back.closedAs());
		assertEquals(p.taskDueTo(), back.taskDueTo());
		assertEquals(p.dueAt(), back.dueAt());
	}

	@Test
	void aPlanReportKeepsItsMapsKeyedByEnumsAndItsDuration() {
		Map<Gate, Integer> refused = new LinkedHashMap<>();
		refused.put(Gate.values()[0], Integer.valueOf(3));
		refused.put(Gate.values()[Gate.values().length - 1], Integer.valueOf(1));
		PlanReport r = new PlanReport(Horizon.of(LocalDate.of(2026, 11, 23), 14), 2, 120,
				Map.of("birthday", Integer.valueOf(7)), 1, 0, refused, List.of("活动 X: 没有脚本"),
				List.of("no official calendar for 2027 yet"), Duration.ofMillis(1234));
		String json = Json.toJson(r, PlanReport.class);
		assertTrue(json.contains("\"" + Gate.values()[0].name() + "\":3"), json);
		assertTrue(json.contains("\"PT1.234S\""), json);
		assertEquals(r, Json.fromJson(json, PlanReport.class));
	}

	@Test
	void aCampaignPreviewKeepsItsDaysGatesAndAgents() {
		Map<LocalDate, Integer> days = new LinkedHashMap<>();
		days.put(LocalDate.of(2026, 11, 23), Integer.valueOf(29));
		days.put(LocalDate.of(2026, 11, 24), Integer.valueOf(0));
		Map<Gate, Integer> refused = new LinkedHashMap<>();
		refused.put(Gate.DO_NOT_CALL, Integer.valueOf(1));
		org.revisit.core.plan.CampaignPreview p = new org.revisit.core.plan.CampaignPreview(LocalDate.of(2026, 11, 23), 2,
				days, Map.of("wang", Integer.valueOf(20), "", Integer.valueOf(9)), refused, 30, List.of(), List.of("2027"));
		assertEquals(p, Json.fromJson(Json.toJson(p, org.revisit.core.plan.CampaignPreview.class),
				org.revisit.core.plan.CampaignPreview.class));
		Map<Long, org.revisit.store.CampaignState> states = Map.of(Long.valueOf(12), org.revisit.store.CampaignState.PAUSED);
		java.lang.reflect.Type type = new com.google.gson.reflect.TypeToken<Map<Long, org.revisit.store.CampaignState>>() {
		}.getType();
		assertEquals(states, Json.fromJson(Json.toJson(states, type), type));
	}

	@Test
	void anExplanationTravelsWithTheContactChecksAndDecisions() {
		Campaign campaign = F.createCampaign();
		campaign.setId(3);
		campaign.setName("生日问候");
		Proposal proposal = new Proposal(42, LocalDate.of(2026, 11, 23), null, null, Proposal.Shift.EARLIER,
				"birthday:42:2026", "生日 11月23日", null, null);
		Check ok = new Check(Gate.values()[0], true, "active");
		Check no = new Check(Gate.values()[1], false, "outside the horizon");
		Explanation x = new Explanation(contact(), AT, ZoneId.of("Asia/Shanghai"), List.of(ok),
				List.of(new PendingCall(queueItem(), List.of(ok, no))),
				List.of(new Decision(campaign, "birthday", proposal, List.of(ok), AT, AT.plusSeconds(3600), 50)),
				List.of(), List.of("warning"));
		Explanation back = roundTrip(x, Explanation.class);
		assertModelEquals(x.contact(), back.contact());
		assertModelEquals(campaign, back.planned().get(0).campaign());
		assertEquals(x.pending(), back.pending());
		assertEquals(x.now(), back.now());
		assertEquals(proposal, back.planned().get(0).proposal());
		assertEquals(x.zone(), back.zone());
		assertEquals(x.warnings(), back.warnings());
	}

	@Test
	void theJdksValuesTravelAsIsoStringsAndBase64() {
		assertEquals("\"2026-11-23T01:30:00Z\"", Json.toJson(AT, Instant.class));
		assertEquals("\"PT30M\"", Json.toJson(Duration.ofMinutes(30), Duration.class));
		assertEquals("\"Asia/Shanghai\"", Json.toJson(ZoneId.of("Asia/Shanghai"), ZoneId.class));
		assertEquals("\"AQID\"", Json.toJson(new byte[] { 1, 2, 3 }, byte[].class));
		assertArrayEquals(new byte[] { 1, 2, 3 }, Json.fromJson("\"AQID\"", byte[].class));
		assertArrayEquals("密码 secret".toCharArray(), roundTrip("密码 secret".toCharArray(), char[].class));
		assertEquals(LocalTime.of(9, 30), roundTrip(LocalTime.of(9, 30), LocalTime.class));
		assertEquals(LocalDateTime.of(2026, 11, 23, 9, 30), roundTrip(LocalDateTime.of(2026, 11, 23, 9, 30),
				LocalDateTime.class));
		assertEquals(ZoneOffset.ofHours(8), roundTrip(ZoneOffset.ofHours(8), ZoneId.class));
		assertEquals(Charset.forName("GB18030"), roundTrip(Charset.forName("GB18030"), Charset.class));
		assertEquals(new Date(AT.toEpochMilli()), roundTrip(Date.from(AT), Date.class));
		assertEquals(Role.MANAGER, roundTrip(Role.MANAGER, Role.class));
		Map<Long, Integer> byId = Map.of(Long.valueOf(3), Integer.valueOf(7));
		assertEquals(byId, roundTrip(byId, new TypeToken<Map<Long, Integer>>() {
		}.getType()));
	}

	@Test
	void whatDoesNotFitTheModelIsRefusedSayingWhere() {
		assertRefused("{\"$type\":\"Nobody\"}", Contact.class, "unknown model type 'Nobody'");
		assertRefused("{\"$type\":\"Action\"}", EObject.class, "Action is abstract");
		assertRefused("{\"$type\":\"Campaign\"}", Contact.class, "expected a Contact, not a Campaign");
		assertRefused("{\"name\":\"x\"}", Contact.class, "needs its \"$type\"");
		assertRefused("{\"$type\":\"Contact\",\"shoeSize\":42}", Contact.class, "a Contact has no field 'shoeSize'");
		assertRefused("{\"$type\":\"Contact\",\"phones\":[{\"$type\":\"PhoneNumber\",\"type\":\"PAGER\"}]}", Contact.class,
				"$.phones[0].type: \"PAGER\" is not a PhoneType");
		assertRefused("{\"$type\":\"Contact\",\"doNotCall\":\"yes\"}", Contact.class, "$.doNotCall: expected true or false");
		assertRefused("{\"$type\":\"Contact\",\"version\":\"3\"}", Contact.class, "$.version: expected a number");
		assertRefused("{\"$type\":\"Contact\",\"consentDate\":\"yesterday\"}", Contact.class, "'yesterday' is not an instant");
		assertRefused("{\"$type\":\"CallTask\",\"contact\":{\"$type\":\"Contact\",\"id\":4,\"name\":\"x\"}}", CallTask.class,
				"carries only its \"$type\" and \"id\"");
		assertRefused("{\"$type\":\"CallTask\",\"contact\":{\"$type\":\"Campaign\",\"id\":4}}", CallTask.class,
				"expected a Contact, not a Campaign");
		assertRefused("{\"$type\":\"Script\",\"steps\":[{\"$type\":\"Step\",\"answers\":[{\"$type\":\"Answer\","
				+ "\"actions\":[{\"$type\":\"Step\"}]}]}]}", Script.class, "$.steps[0].answers[0].actions[0]: expected an Action");
		JsonParseException e = assertThrows(JsonParseException.class, () -> Json.fromJson("\"SOMETIMES\"", Gate.class));
		assertTrue(e.getMessage().contains("is not a Gate (one of"), e.getMessage());
	}

	private static void assertRefused(String json, Class<?> type, String expected) {
		JsonParseException e = assertThrows(JsonParseException.class, () -> Json.fromJson(json, type), json);
		assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
	}

	@Test
	void onlyTheRevisitModelTravels() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Json.toJson(EcoreUtil.copy(org.eclipse.emf.ecore.EcorePackage.eINSTANCE.getEClass()), EObject.class));
		assertTrue(e.getMessage().contains("only objects of the"), e.getMessage());
	}
}
