package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.revisit.cli.internal.Cli;
import org.revisit.core.calendar.LunarCalendar;
import org.revisit.core.calendar.LunarDate;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.PlanningHistory;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.CustomerClass;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * The eleven call types of org.revisit.calltypes, created through the registry as the planner creates them and
 * asked with real calendars: who gets a call, on which day, until when, with which key, reason and priority.
 */
class BuiltinCallTypesTest extends CliTestSupport {

	/** Revisit's own call types, as DemoData and the default scripts name them. */
	static final List<String> IDS = List.of("org.revisit.calltype.firstVisit", "org.revisit.calltype.returnVisit",
			"org.revisit.calltype.birthday", "org.revisit.calltype.holiday", "org.revisit.calltype.eventInvitation",
			"org.revisit.calltype.materialNotice", "org.revisit.calltype.hotlineSupervision",
			"org.revisit.calltype.onsiteSupervision", "org.revisit.calltype.trainingSupervision",
			"org.revisit.calltype.promisedCallback", "org.revisit.calltype.complaintFollowUp");

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;
	private static final WorkingCalendar CHINA = new WorkingCalendar(HolidayCalendarText.chinaDefault());
	/** Monday; the horizon runs to 2026-12-22. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	// ---- fixtures

	/** What the planner would know about the past, held in memory. */
	private static final class History implements PlanningHistory {
		final Map<String, LocalDate> calls = new HashMap<>();
		final Map<String, LocalDate> events = new HashMap<>();
		final List<ServiceEvent> complaints = new ArrayList<>();

		History call(long contactId, String callTypeId, String day) {
			calls.put(contactId + "|" + callTypeId, LocalDate.parse(day));
			return this;
		}

		History event(long contactId, ServiceEventKind kind, String day) {
			events.put(contactId + "|" + kind, LocalDate.parse(day));
			return this;
		}

		@Override
		public Optional<LocalDate> lastCompletedCall(long contactId, String callTypeId) {
			return Optional.ofNullable(calls.get(contactId + "|" + callTypeId));
		}

		@Override
		public Optional<LocalDate> lastEvent(long contactId, ServiceEventKind kind) {
			return Optional.ofNullable(events.get(contactId + "|" + kind));
		}

		@Override
		public List<ServiceEvent> complaintsLike(ServiceEvent complaint, LocalDate from, LocalDate to) {
			List<ServiceEvent> like = new ArrayList<>();
			for (ServiceEvent e : complaints) {
				LocalDate day = LocalDate.ofInstant(e.getOccurredAt().toInstant(), PlanningContext.DEFAULT_ZONE);
				if (e.getComplaintCategory() == complaint.getComplaintCategory()
						&& e.getSubject().equals(complaint.getSubject()) && !day.isBefore(from) && !day.isAfter(to)) {
					like.add(e);
				}
			}
			return like;
		}
	}

	private static Campaign campaign(String... params) {
		Campaign c = F.createCampaign();
		c.setId(42);
		c.setName("测试活动");
		for (int i = 0; i < params.length; i += 2) {
			c.getParameters().put(params[i], params[i + 1]);
		}
		return c;
	}

	private static PlanningContext context(LocalDate from, int days, PlanningHistory history, String... params) {
		return new PlanningContext(Horizon.of(from, days), from.atStartOfDay(PlanningContext.DEFAULT_ZONE).toInstant(),
				campaign(params), CHINA, LunarCalendar.china(), history);
	}

	private static PlanningContext context(String... params) {
		return context(MONDAY, 30, PlanningHistory.NONE, params);
	}

	private static CallType type(String name) throws CoreException {
		CallTypeDescriptor d = CallTypeRegistry.read().get("org.revisit.calltype." + name);
		assertNotNull(d, name + " is contributed");
		return d.callType();
	}

	private static Contact contact(long id) {
		Contact c = StoreTest.contact("王伟", "先生");
		c.setId(id);
		return c;
	}

	private static Contact withBirthday(long id, CalendarKind calendar, int month, int day, boolean leap) {
		Contact c = contact(id);
		Birthday b = F.createBirthday();
		b.setCalendar(calendar);
		b.setMonth(month);
		b.setDay(day);
		b.setLeapMonth(leap);
		c.setBirthday(b);
		return c;
	}

	/** An event of contact {@code contactId} at a local time in Shanghai, e.g. "2026-11-20T10:00". */
	private static ServiceEvent event(long id, long contactId, ServiceEventKind kind, String shanghaiTime) {
		ServiceEvent e = F.createServiceEvent();
		e.setId(id);
		e.setKind(kind);
		e.setOccurredAt(Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(shanghaiTime),
				PlanningContext.DEFAULT_ZONE).toInstant()));
		e.setContact(contact(contactId));
		e.setExternalRef("T-" + id);
		return e;
	}

	private static ServiceEvent complaint(long id, long contactId, String shanghaiTime) {
		ServiceEvent e = event(id, contactId, ServiceEventKind.COMPLAINT, shanghaiTime);
		e.setComplaintCategory(ComplaintCategory.SERVICE_DELAY);
		e.setSubject("打印机维修超期");
		e.setSeverity(ComplaintSeverity.GENERAL);
		return e;
	}

	private static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	private static Proposal only(List<Proposal> proposals) {
		assertEquals(1, proposals.size(), proposals.toString());
		return proposals.get(0);
	}

	/** Where the planner lands a call that shifts earlier: the last working day on or before its day. */
	private static LocalDate greetedOn(Proposal p) {
		LocalDate day = p.day();
		while (!CHINA.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	// ---- the registry

	@Test
	void allElevenAreContributedByTheBuiltInBundleWithIconsOutcomesAndScripts() throws IOException {
		CallTypeRegistry registry = CallTypeRegistry.read();
		Bundle bundle = Platform.getBundle("org.revisit.calltypes");
		assertNotNull(bundle);
		for (String id : IDS) {
			CallTypeDescriptor d = registry.get(id);
			assertNotNull(d, id);
			assertEquals("org.revisit.calltypes", d.contributor());
			URL icon = bundle.getEntry(d.icon());
			assertNotNull(icon, id + " icon " + d.icon());
			try (InputStream in = icon.openStream()) {
				byte[] png = in.readNBytes(24);
				assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII), d.icon());
				assertEquals(16, ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff));
				assertEquals(16, ((png[20] & 0xff) << 24) | ((png[21] & 0xff) << 16) | ((png[22] & 0xff) << 8) | (png[23] & 0xff));
			}
			List<String> codes = d.outcomes().stream().map(CallTypeDescriptor.Outcome::code).toList();
			assertTrue(codes.containsAll(List.of("COMPLETED", "CALLBACK", "NO_ANSWER")), id + ": " + codes);
			d.outcomes().forEach(o -> assertTrue(!o.name().isBlank() && !o.name().startsWith("%"), id + ": " + o));
			assertEquals(2, d.scripts().size(), id);
		}
		assertEquals(IDS.size(), registry.all().stream().filter(d -> d.contributor().equals("org.revisit.calltypes")).count());
	}

	@Test
	void namesAreTranslatedToEnglishAndChinese() throws IOException {
		Bundle bundle = Platform.getBundle("org.revisit.calltypes");
		Properties en = properties(bundle, "plugin.properties");
		Properties zh = properties(bundle, "plugin_zh.properties");
		// the untranslated %keys, from plugin.xml itself (the registry hands out translated values only)
		Map<String, String> keys = new HashMap<>();
		String xml;
		try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher m = Pattern.compile("<callType id=\"([^\"]+)\" name=\"%([^\"]+)\"").matcher(xml);
		while (m.find()) {
			keys.put(m.group(1), m.group(2));
		}
		Matcher outcome = Pattern.compile("<outcome code=\"[^\"]+\" name=\"%([^\"]+)\"").matcher(xml);
		int outcomes = 0;
		while (outcome.find()) {
			outcomes++;
			assertTrue(en.containsKey(outcome.group(1)) && zh.containsKey(outcome.group(1)), outcome.group(1));
		}
		assertTrue(outcomes >= IDS.size() * 3);
		assertEquals(IDS.size(), keys.size());
		boolean chinese = Platform.getNL() != null && Platform.getNL().startsWith("zh");
		for (String id : IDS) {
			String key = keys.get(id);
			String english = en.getProperty(key);
			String chineseName = zh.getProperty(key);
			assertNotNull(english, id);
			assertNotNull(chineseName, id);
			assertTrue(english.chars().allMatch(c -> c < 128), english);
			assertTrue(chineseName.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					chineseName);
			assertEquals(chinese ? chineseName : english, CallTypeRegistry.read().get(id).name());
		}
		assertEquals("Birthday greeting", en.getProperty(keys.get("org.revisit.calltype.birthday")));
		assertEquals("生日祝福", zh.getProperty(keys.get("org.revisit.calltype.birthday")));
		assertEquals("承诺回电", zh.getProperty(keys.get("org.revisit.calltype.promisedCallback")));
	}

	private static Properties properties(Bundle bundle, String path) throws IOException {
		Properties p = new Properties();
		try (InputStream in = bundle.getEntry(path).openStream()) {
			p.load(in); // ISO 8859-1 with \\u escapes, as the platform reads them
		}
		return p;
	}

	@Test
	void aPromisedCallbackOutranksEveryOtherAndABirthdayGreeting() {
		CallTypeRegistry r = CallTypeRegistry.read();
		int promised = r.get("org.revisit.calltype.promisedCallback").priority();
		for (String id : IDS) {
			if (!id.endsWith("promisedCallback")) {
				assertTrue(promised > r.get(id).priority(), id);
			}
		}
		// and so does an escalated complaint's follow-up (major or collective), which overrides its campaign's
		assertTrue(promised > 95, "an escalated complaint has priority 95");
		assertTrue(r.get("org.revisit.calltype.complaintFollowUp").priority() > r.get("org.revisit.calltype.hotlineSupervision").priority());
		assertTrue(r.get("org.revisit.calltype.hotlineSupervision").priority() > r.get("org.revisit.calltype.firstVisit").priority());
		assertTrue(r.get("org.revisit.calltype.firstVisit").priority() > r.get("org.revisit.calltype.returnVisit").priority());
		assertTrue(r.get("org.revisit.calltype.birthday").priority() > r.get("org.revisit.calltype.holiday").priority());
	}

	@Test
	void eachTypeReadsOnlyItsSubjects() throws CoreException {
		Map<String, List<CallType.Subject>> expected = Map.ofEntries(
				Map.entry("firstVisit", List.of(CallType.Subject.EVENTS)),
				Map.entry("returnVisit", List.of(CallType.Subject.CONTACTS)),
				Map.entry("birthday", List.of(CallType.Subject.CONTACTS)),
				Map.entry("holiday", List.of(CallType.Subject.CONTACTS)),
				Map.entry("eventInvitation", List.of(CallType.Subject.CONTACTS)),
				Map.entry("materialNotice", List.of(CallType.Subject.CONTACTS)),
				Map.entry("hotlineSupervision", List.of(CallType.Subject.EVENTS)),
				Map.entry("onsiteSupervision", List.of(CallType.Subject.EVENTS)),
				Map.entry("trainingSupervision", List.of(CallType.Subject.EVENTS)),
				Map.entry("promisedCallback", List.of(CallType.Subject.CALLBACKS)),
				Map.entry("complaintFollowUp", List.of(CallType.Subject.EVENTS)));
		for (Map.Entry<String, List<CallType.Subject>> e : expected.entrySet()) {
			assertEquals(e.getValue(), type(e.getKey()).subjects(), e.getKey());
		}
		// an event of another kind is not a supervision type's business
		ServiceEvent training = event(1, 7, ServiceEventKind.TRAINING, "2026-11-23T10:00");
		assertEquals(List.of(), type("hotlineSupervision").forEvent(training, context()));
		assertEquals(List.of(), type("firstVisit").forEvent(training, context()));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCommandLineListsAllElevenWithNamesAndPriorities() {
		assertEquals(Cli.OK, run("calltypes", "--json"));
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		List<Map<String, Object>> types = (List<Map<String, Object>>) json.get("callTypes");
		for (String id : IDS) {
			Map<String, Object> t = types.stream().filter(x -> id.equals(x.get("id"))).findFirst().orElse(null);
			assertNotNull(t, id + " in " + out());
			assertEquals("org.revisit.calltypes", t.get("contributor"));
			assertTrue(!((String) t.get("name")).isBlank() && !((String) t.get("name")).startsWith("%"), t.toString());
			assertTrue(((Map<String, Object>) t.get("scripts")).containsKey("zh"), t.toString());
		}
		assertEquals(100.0, types.stream().filter(x -> x.get("id").equals("org.revisit.calltype.promisedCallback"))
				.findFirst().orElseThrow().get("priority"));
	}

	// ---- after an event

	@Test
	void firstVisitFollowsAPurchaseAfterThreeDaysUntilTwoWeeks() throws CoreException {
		CallType t = type("firstVisit");
		Proposal p = only(t.forEvent(event(11, 7, ServiceEventKind.PURCHASE, "2026-11-20T10:00"), context()));
		assertEquals(7, p.contactId());
		assertEquals(d("2026-11-23"), p.day());
		assertEquals(d("2026-12-04"), p.latest());
		assertEquals("event:11", p.key());
		assertEquals(Long.valueOf(11), p.sourceEventId());
		assertEquals(Proposal.Shift.LATER, p.shift());
		assertNull(p.at());
		assertTrue(p.reason().startsWith("首访：11月20日购买 T-11"), p.reason());

		// just after midnight in Shanghai it is that day there, though UTC still says the day before
		Proposal evening = only(t.forEvent(event(12, 7, ServiceEventKind.PURCHASE, "2026-11-21T00:30"), context()));
		assertEquals(d("2026-11-24"), evening.day());

		// overdue but still worth it: proposed with its due day, the planner places it first
		Proposal overdue = only(t.forEvent(event(13, 7, ServiceEventKind.PURCHASE, "2026-11-10T10:00"), context()));
		assertEquals(d("2026-11-13"), overdue.day());
		assertEquals(d("2026-11-24"), overdue.latest());
		// too late: the two weeks ended before the horizon
		assertEquals(List.of(), t.forEvent(event(14, 7, ServiceEventKind.PURCHASE, "2026-11-01T10:00"), context()));
		// due after the horizon: a later run proposes it
		assertEquals(List.of(), t.forEvent(event(15, 7, ServiceEventKind.PURCHASE, "2026-12-21T10:00"), context()));

		Proposal custom = only(t.forEvent(event(16, 7, ServiceEventKind.PURCHASE, "2026-11-20T10:00"),
				context("daysAfter", "5", "withinDays", "10")));
		assertEquals(d("2026-11-25"), custom.day());
		assertEquals(d("2026-11-30"), custom.latest());
	}

	@Test
	void supervisionCallsFollowHotlineTicketsOnsiteVisitsAndTrainings() throws CoreException {
		Proposal hotline = only(type("hotlineSupervision").forEvent(
				event(21, 7, ServiceEventKind.HOTLINE_TICKET, "2026-11-23T09:10"), context()));
		assertEquals(d("2026-11-23"), hotline.day());
		assertEquals(d("2026-11-24"), hotline.latest());
		assertEquals("热线工单 T-21 当日回访", hotline.reason());
		assertEquals(List.of(), type("hotlineSupervision").forEvent(
				event(22, 7, ServiceEventKind.HOTLINE_TICKET, "2026-11-21T09:10"), context()), "too late on Monday");

		Proposal onsite = only(type("onsiteSupervision").forEvent(
				event(23, 7, ServiceEventKind.ONSITE_VISIT, "2026-11-23T15:00"), context()));
		assertEquals(d("2026-11-24"), onsite.day());
		assertEquals(d("2026-11-25"), onsite.latest(), "within 48 hours");
		Proposal onsiteOverdue = only(type("onsiteSupervision").forEvent(
				event(24, 7, ServiceEventKind.ONSITE_VISIT, "2026-11-21T15:00"), context()));
		assertEquals(d("2026-11-22"), onsiteOverdue.day());
		assertEquals(d("2026-11-23"), onsiteOverdue.latest(), "still in time on the horizon's first day");
		assertEquals(List.of(), type("onsiteSupervision").forEvent(
				event(25, 7, ServiceEventKind.ONSITE_VISIT, "2026-11-20T15:00"), context()));

		Proposal training = only(type("trainingSupervision").forEvent(
				event(26, 7, ServiceEventKind.TRAINING, "2026-11-20T09:00"), context()));
		assertEquals(d("2026-11-27"), training.day());
		assertEquals(d("2026-12-11"), training.latest());
		assertEquals(d("2026-11-30"), only(type("trainingSupervision").forEvent(
				event(27, 7, ServiceEventKind.TRAINING, "2026-11-20T09:00"), context("daysAfter", "10"))).day());
	}

	// ---- contacts

	@Test
	void returnVisitComesEveryIntervalAfterThePurchaseOrTheLastCompletedVisit() throws CoreException {
		CallType t = type("returnVisit");
		String id = "org.revisit.calltype.returnVisit";
		assertEquals(List.of(), t.forContact(contact(7), context()), "no purchase, no return visit");

		History bought = new History().event(7, ServiceEventKind.PURCHASE, "2026-08-25");
		Proposal p = only(t.forContact(contact(7), context(MONDAY, 30, bought)));
		assertEquals(d("2026-11-23"), p.day());
		assertEquals("7@2026-11-23", p.key());
		assertTrue(p.reason().contains("2026-08-25") && p.reason().contains("90"), p.reason());

		History visited = new History().event(7, ServiceEventKind.PURCHASE, "2026-08-25").call(7, id, "2026-09-01");
		assertEquals(d("2026-11-30"), only(t.forContact(contact(7), context(MONDAY, 30, visited))).day());

		History boughtAgain = new History().event(7, ServiceEventKind.PURCHASE, "2026-10-01").call(7, id, "2026-09-01");
		assertEquals(d("2026-12-30"), only(t.forContact(contact(7), context(MONDAY, 60, boughtAgain))).day(),
				"a newer purchase restarts the interval");
		assertEquals(List.of(), t.forContact(contact(7), context(MONDAY, 30, boughtAgain)), "due after the horizon");

		// overdue: proposed anyway with its day (the planner places it on the first day), once
		History longAgo = new History().event(7, ServiceEventKind.PURCHASE, "2026-05-01");
		assertEquals(d("2026-07-30"), only(t.forContact(contact(7), context(MONDAY, 30, longAgo))).day());

		assertEquals(d("2026-09-24"), only(t.forContact(contact(7), context(MONDAY, 30, bought, "intervalDays", "30"))).day());
	}

	@Test
	void badParametersAreNamedWithTheCampaign() throws CoreException {
		History bought = new History().event(7, ServiceEventKind.PURCHASE, "2026-08-25");
		IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
				() -> type("returnVisit").forContact(contact(7), context(MONDAY, 30, bought, "intervalDays", "0")));
		assertEquals("Campaign 42 \"测试活动\": parameter intervalDays must be at least 1, not 0", zero.getMessage());
		IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
				() -> type("returnVisit").forContact(contact(7), context(MONDAY, 30, bought, "intervalDays", "三个月")));
		assertTrue(words.getMessage().contains("Campaign 42") && words.getMessage().contains("intervalDays")
				&& words.getMessage().contains("三个月"), words.getMessage());
		IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
				() -> type("firstVisit").forEvent(event(1, 7, ServiceEventKind.PURCHASE, "2026-11-20T10:00"),
						context("daysAfter", "5", "withinDays", "3")));
		assertTrue(window.getMessage().contains("withinDays must be at least 5"), window.getMessage());
	}

	@Test
	void birthdaysSolarAndLunarAreGreetedOnOrBeforeTheDay() throws CoreException {
		CallType t = type("birthday");
		assertEquals(List.of(), t.forContact(contact(7), context()), "no birthday, no greeting");

		Proposal solar = only(t.forContact(withBirthday(7, CalendarKind.SOLAR, 12, 1, false), context()));
		assertEquals(d("2026-12-01"), solar.day());
		assertEquals(d("2026-12-01"), solar.latest(), "never after the birthday");
		assertEquals(Proposal.Shift.EARLIER, solar.shift());
		assertEquals("7@2026-12-01:birthday", solar.key());
		assertEquals("生日 12月1日", solar.reason());

		// born on the 23rd of the 10th lunar month: 1 December in 2026 (十月初一 is 9 November)
		Proposal lunar = only(t.forContact(withBirthday(7, CalendarKind.LUNAR, 10, 23, false), context()));
		assertEquals(LunarCalendar.china().toSolar(LunarDate.of(2026, 10, 23)), lunar.day());
		assertEquals(d("2026-12-01"), lunar.day());
		assertEquals("生日 12月1日（农历十月廿三）", lunar.reason());

		// a Sunday birthday right after a horizon that ends on Friday 25 December is greeted on that Friday
		PlanningContext toFriday = context(MONDAY, 33, PlanningHistory.NONE);
		Proposal sunday = only(t.forContact(withBirthday(7, CalendarKind.SOLAR, 12, 27, false), toFriday));
		assertEquals(d("2026-12-27"), sunday.day());
		assertEquals(d("2026-12-25"), greetedOn(sunday));
		assertEquals(List.of(), t.forContact(withBirthday(7, CalendarKind.SOLAR, 12, 28, false), toFriday));

		// a horizon of over a year holds two celebrations, each its own proposal
		List<Proposal> twice = t.forContact(withBirthday(7, CalendarKind.SOLAR, 12, 1, false), context(MONDAY, 400,
				PlanningHistory.NONE));
		assertEquals(List.of(d("2026-12-01"), d("2027-12-01")), twice.stream().map(Proposal::day).toList());
	}

	@Test
	void leapMonthAnd29FebruaryBirthdays() throws CoreException {
		CallType t = type("birthday");
		// born in the leap 6th lunar month: 2025 has one (闰六月初一 = 25 July 2025), so the 10th is 3 August
		Proposal leapYear = only(t.forContact(withBirthday(7, CalendarKind.LUNAR, 6, 10, true),
				context(d("2025-07-28"), 30, PlanningHistory.NONE)));
		assertEquals(d("2025-08-03"), leapYear.day());
		assertEquals("生日 8月3日（农历闰六月初十）", leapYear.reason());
		// 2026 has no leap 6th month: kept in the regular 6th month
		LocalDate regular = LunarCalendar.china().toSolar(LunarDate.of(2026, 6, 10));
		Proposal commonYear = only(t.forContact(withBirthday(7, CalendarKind.LUNAR, 6, 10, true),
				context(regular.minusDays(5), 30, PlanningHistory.NONE)));
		assertEquals(regular, commonYear.day());
		assertTrue(commonYear.reason().contains("生于闰六月，今年无闰六月"), commonYear.reason());
		// a regular 6th-month birthday is not greeted a second time in the leap month of 2025
		List<Proposal> regularIn2025 = t.forContact(withBirthday(7, CalendarKind.LUNAR, 6, 10, false),
				context(d("2025-07-01"), 60, PlanningHistory.NONE));
		assertEquals(List.of(LunarCalendar.china().toSolar(LunarDate.of(2025, 6, 10))),
				regularIn2025.stream().map(Proposal::day).toList());

		// 29 February: on the 28th in common years (a Sunday in 2027: greeted on Friday the 26th), on the day in 2028
		Proposal common = only(t.forContact(withBirthday(7, CalendarKind.SOLAR, 2, 29, false),
				context(d("2027-02-15"), 30, PlanningHistory.NONE)));
		assertEquals(d("2027-02-28"), common.day());
		assertEquals(d("2027-02-26"), greetedOn(common));
		assertEquals("生日 2月28日（2月29日生，平年提前一天）", common.reason());
		assertEquals(d("2028-02-29"), only(t.forContact(withBirthday(7, CalendarKind.SOLAR, 2, 29, false),
				context(d("2028-02-15"), 30, PlanningHistory.NONE))).day());
	}

	@Test
	void holidayGreetingsComeOnTheWorkingDayBeforeTheDaysOff() throws CoreException {
		CallType t = type("holiday");
		// Spring Festival 2027 is Saturday 6 February, New Year's Eve Friday the 5th is already off: one greeting
		// for both, on Thursday the 4th; then the Lantern Festival (Saturday 20 February) on Friday the 19th
		List<Proposal> spring = t.forContact(contact(7), context(d("2027-01-25"), 30, PlanningHistory.NONE));
		assertEquals(2, spring.size(), spring.toString());
		Proposal festival = spring.get(0);
		assertEquals(d("2027-02-05"), festival.day());
		assertEquals(d("2027-02-06"), festival.latest());
		assertEquals(Proposal.Shift.EARLIER, festival.shift());
		assertEquals(d("2027-02-04"), greetedOn(festival));
		assertEquals("7@2027-02-05:除夕+春节", festival.key());
		assertEquals("节日问候：除夕（2月5日）、春节（2月6日）", festival.reason());
		assertEquals(d("2027-02-19"), greetedOn(spring.get(1)));
		assertTrue(spring.get(1).reason().contains("元宵节"), spring.get(1).reason());

		// only the Spring Festival: due on the holiday itself, the planner moves it to Thursday
		Proposal only = only(t.forContact(contact(7), context(d("2027-01-25"), 30, PlanningHistory.NONE,
				"holidays", "春节")));
		assertEquals(d("2027-02-06"), only.day());
		assertEquals(d("2027-02-04"), greetedOn(only));

		// National Day 2026 (1-7 October off) on Wednesday 30 September, Mid-Autumn (25-27 off) on Thursday the 24th
		List<Proposal> autumn = t.forContact(contact(7), context(d("2026-09-15"), 30, PlanningHistory.NONE));
		assertEquals(List.of(d("2026-09-24"), d("2026-09-30")), autumn.stream().map(BuiltinCallTypesTest::greetedOn).toList());
		assertTrue(autumn.get(1).reason().contains("国庆节"), autumn.get(1).reason());
		// the greeting of a holiday just after the horizon is proposed when its working day is inside it
		assertEquals(List.of(d("2026-09-30")), t.forContact(contact(7), context(d("2026-09-28"), 3, PlanningHistory.NONE))
				.stream().map(BuiltinCallTypesTest::greetedOn).toList());
	}

	@Test
	void holidayGreetingsCanBeLimitedToHolidaysAndCustomerClasses() throws CoreException {
		CallType t = type("holiday");
		Contact b = contact(7);
		Contact c = contact(8);
		c.setCustomerClass(CustomerClass.C);
		PlanningContext ab = context(d("2026-09-15"), 30, PlanningHistory.NONE, "customerClasses", "A,B",
				"holidays", "国庆节");
		assertEquals(1, t.forContact(b, ab).size());
		assertEquals(List.of(), t.forContact(c, ab));

		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> t.forContact(b,
				context(d("2026-09-15"), 30, PlanningHistory.NONE, "holidays", "国庆节,圣诞节")));
		assertTrue(unknown.getMessage().startsWith("Campaign 42 \"测试活动\": parameter holidays names '圣诞节'")
				&& unknown.getMessage().contains("春节"), unknown.getMessage());
		IllegalArgumentException badClass = assertThrows(IllegalArgumentException.class, () -> t.forContact(b,
				context(d("2026-09-15"), 30, PlanningHistory.NONE, "customerClasses", "A,VIP")));
		assertTrue(badClass.getMessage().contains("customerClasses") && badClass.getMessage().contains("'VIP'"),
				badClass.getMessage());
	}

	@Test
	void eventInvitationsComeTwoWeeksBeforeTheEvent() throws CoreException {
		CallType t = type("eventInvitation");
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> t.forContact(contact(7), context()));
		assertEquals("Campaign 42 \"测试活动\": parameter eventDate is required (the day of the event, a date like 2026-12-31)",
				missing.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> t.forContact(contact(7), context("eventDate", "2026/12/20")));
		assertTrue(bad.getMessage().contains("eventDate") && bad.getMessage().contains("2026/12/20"), bad.getMessage());

		Proposal p = only(t.forContact(contact(7), context("eventDate", "2026-12-20")));
		assertEquals(d("2026-12-06"), p.day());
		assertEquals(d("2026-12-19"), p.latest());
		assertTrue(p.reason().contains("测试活动") && p.reason().contains("12月20日"), p.reason());

		// invitation day passed: the first day of the horizon, keyed by the day it was due
		Proposal late = only(t.forContact(contact(7), context("eventDate", "2026-11-30")));
		assertEquals(MONDAY, late.day());
		assertEquals("7@2026-11-16", late.key());
		assertEquals(late.key(), only(t.forContact(contact(7), context(MONDAY.plusDays(1), 30, PlanningHistory.NONE,
				"eventDate", "2026-11-30"))).key(), "the next day's run proposes the same call");
		assertEquals(List.of(), t.forContact(contact(7), context("eventDate", "2026-11-23")), "the event is today");
		assertEquals(d("2026-12-13"), only(t.forContact(contact(7),
				context("eventDate", "2026-12-20", "inviteDaysBefore", "7"))).day());
	}

	@Test
	void materialNoticesFollowTheMailing() throws CoreException {
		CallType t = type("materialNotice");
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> t.forContact(contact(7), context()));
		assertTrue(missing.getMessage().contains("Campaign 42") && missing.getMessage().contains("mailedOn is required"),
				missing.getMessage());
		Proposal p = only(t.forContact(contact(7), context("mailedOn", "2026-11-21")));
		assertEquals(d("2026-11-24"), p.day());
		assertEquals(d("2026-12-05"), p.latest());
		assertEquals(MONDAY, only(t.forContact(contact(7), context("mailedOn", "2026-11-15"))).day());
		assertEquals(List.of(), t.forContact(contact(7), context("mailedOn", "2026-11-01")), "too late");
	}

	// ---- callbacks and complaints

	@Test
	void promisedCallbacksAreDueAtTheMomentPromised() throws CoreException {
		CallType t = type("promisedCallback");
		ServiceEvent complaint = complaint(31, 7, "2026-11-23T09:00");
		Callback cb = F.createCallback();
		cb.setId(5);
		Contact proxy = F.createContact(); // the planner offers an id-only contact
		proxy.setId(7);
		cb.setContact(proxy);
		cb.setDueAt(Date.from(Instant.parse("2026-11-25T06:30:00Z")));
		cb.setReason("答复维修进度");
		cb.setSource(CallbackSource.COMPLAINT);
		cb.setServiceEvent(complaint);
		Proposal p = only(t.forCallback(cb, context()));
		assertEquals(d("2026-11-25"), p.day());
		assertEquals(Instant.parse("2026-11-25T06:30:00Z"), p.at());
		assertEquals("callback:5", p.key());
		assertEquals(Proposal.Shift.NONE, p.shift());
		assertEquals(Long.valueOf(31), p.sourceEventId());
		assertEquals("投诉承诺回电：答复维修进度", p.reason());
		assertEquals(Long.valueOf(5), p.callbackId());
		assertFalse(p.appointment(), "a complaint's promise is a deadline");
		cb.setSource(CallbackSource.CALL);
		assertTrue(only(t.forCallback(cb, context())).appointment(), "a time agreed in a call is an appointment");
		cb.setSource(CallbackSource.COMPLAINT);

		// 03:00 UTC is still the evening before in New York: the day is the contact's when the zone is known
		cb.setDueAt(Date.from(Instant.parse("2026-11-25T03:00:00Z")));
		assertEquals(d("2026-11-25"), only(t.forCallback(cb, context())).day(), "Shanghai by default");
		proxy.setTimeZone("America/New_York");
		assertEquals(d("2026-11-24"), only(t.forCallback(cb, context())).day());

		proxy.setTimeZone(null);
		cb.setDueAt(Date.from(Instant.parse("2026-11-20T02:00:00Z")));
		assertEquals(d("2026-11-20"), only(t.forCallback(cb, context())).day(), "an overdue promise is never dropped");
		cb.setDueAt(Date.from(Instant.parse("2027-01-20T02:00:00Z")));
		assertEquals(List.of(), t.forCallback(cb, context()), "after the horizon: a later run");
		cb.setDueAt(Date.from(Instant.parse("2026-11-25T06:30:00Z")));
		cb.setDone(true);
		assertEquals(List.of(), t.forCallback(cb, context()));
		cb.setDone(false);
		cb.setSource(CallbackSource.CALL);
		cb.setReason(null);
		assertEquals("约定回电", only(t.forCallback(cb, context())).reason());
	}

	@Test
	void complaintsAreFollowedUpWeeklyUntilResolvedAndBecomeMajorAfterAMonth() throws CoreException {
		CallType t = type("complaintFollowUp");
		ServiceEvent c = complaint(41, 7, "2026-11-10T09:00");
		List<Proposal> ps = t.forEvent(c, context());
		// #1 on 17 November is overdue (the one overdue follow-up), then every week to the horizon's end
		assertEquals(List.of(d("2026-11-17"), d("2026-11-24"), d("2026-12-01"), d("2026-12-08"), d("2026-12-15"),
				d("2026-12-22")), ps.stream().map(Proposal::day).toList());
		assertEquals(List.of("event:41#1", "event:41#2", "event:41#3", "event:41#4", "event:41#5", "event:41#6"),
				ps.stream().map(Proposal::key).toList());
		assertEquals(Long.valueOf(41), ps.get(0).sourceEventId());
		assertNull(ps.get(3).priority(), "28 days: not yet major");
		assertTrue(ps.get(3).reason().startsWith("投诉跟进 第4次：服务延误 T-41（打印机维修超期），投诉于 11月10日"),
				ps.get(3).reason());
		assertEquals(Integer.valueOf(95), ps.get(4).priority(), "35 days unresolved: major");
		assertTrue(ps.get(4).reason().startsWith("【重大投诉：超过30天未解决】"), ps.get(4).reason());

		// a follow-up completed since the overdue one's day: only the ones in the horizon
		History followed = new History().call(7, "org.revisit.calltype.complaintFollowUp", "2026-11-18");
		assertEquals(d("2026-11-24"), t.forEvent(c, context(MONDAY, 30, followed)).get(0).day());
		// several overdue: only the latest of them
		ServiceEvent old = complaint(42, 7, "2026-10-01T09:00");
		List<Proposal> olds = t.forEvent(old, context());
		assertEquals("event:42#7", olds.get(0).key());
		assertEquals(d("2026-11-19"), olds.get(0).day());
		assertEquals(d("2026-11-26"), olds.get(1).day());

		c.setResolved(true);
		assertEquals(List.of(), t.forEvent(c, context()));
		c.setResolved(false);
		c.setSeverity(ComplaintSeverity.MAJOR);
		assertTrue(t.forEvent(c, context()).stream().allMatch(p -> p.priority() == 95 && p.reason().startsWith("【重大投诉】")),
				"recorded as major: every follow-up");
		assertEquals(d("2026-11-20"), t.forEvent(complaint(43, 7, "2026-11-10T09:00"),
				context("intervalDays", "10", "majorAfterDays", "60")).get(0).day());
	}

	@Test
	void fiveContactsOnTheSameMatterWithinAWeekMakeACollectiveComplaint() throws CoreException {
		CallType t = type("complaintFollowUp");
		History h = new History();
		ServiceEvent first = complaint(51, 1, "2026-11-16T09:00");
		h.complaints.add(first);
		h.complaints.add(complaint(52, 2, "2026-11-17T09:00"));
		h.complaints.add(complaint(53, 3, "2026-11-19T09:00"));
		h.complaints.add(complaint(54, 3, "2026-11-20T09:00")); // the same contact again: still three contacts
		ServiceEvent other = complaint(55, 4, "2026-11-20T10:00");
		other.setSubject("发票开错");
		h.complaints.add(other); // another matter
		PlanningContext four = context(MONDAY, 14, h);
		assertTrue(t.forEvent(first, four).stream().allMatch(p -> p.priority() == null), "three contacts: general");

		h.complaints.add(complaint(56, 5, "2026-11-21T09:00"));
		h.complaints.add(complaint(57, 6, "2026-11-28T09:00")); // 13 days after the first: outside its window
		assertTrue(t.forEvent(first, context(MONDAY, 14, h)).stream().allMatch(p -> p.priority() == null),
				"four contacts within the first one's week");
		h.complaints.add(complaint(58, 7, "2026-11-22T09:00"));
		List<Proposal> collective = t.forEvent(first, context(MONDAY, 14, h));
		assertTrue(collective.stream().allMatch(p -> p.priority() == 95), collective.toString());
		assertTrue(collective.get(0).reason().startsWith("【集体投诉：7天内5位客户投诉同一问题】"), collective.get(0).reason());
		// a smaller threshold or a narrower window, per campaign
		assertTrue(t.forEvent(first, context(MONDAY, 14, h, "collectiveWindowDays", "3")).stream()
				.allMatch(p -> p.priority() == null));
		assertTrue(t.forEvent(other, context(MONDAY, 14, h, "collectiveCount", "2")).stream()
				.allMatch(p -> p.priority() == null), "alone on its matter");
		assertTrue(t.forEvent(complaint(52, 2, "2026-11-17T09:00"), context(MONDAY, 14, h, "collectiveCount", "2"))
				.stream().allMatch(p -> p.priority() == 95));
		// a window of a year and a day at most (a campaign stored with a longer one is named when planned)
		List<Proposal> year = t.forEvent(first, context(MONDAY, 14, h, "collectiveWindowDays", "366"));
		assertTrue(year.stream().allMatch(p -> p.priority() == 95), year.toString());
		assertTrue(year.get(0).reason().startsWith("【集体投诉：366天内6位客户"), year.get(0).reason());
		IllegalArgumentException long_ = assertThrows(IllegalArgumentException.class,
				() -> t.forEvent(first, context(MONDAY, 14, h, "collectiveWindowDays", "367")));
		assertEquals("Campaign 42 \"测试活动\": parameter collectiveWindowDays must be at most 366, not 367",
				long_.getMessage());
	}
}
