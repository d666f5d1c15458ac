package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.AnswerRow;
import org.revisit.core.service.ReportService.CallLine;
import org.revisit.core.service.ReportService.CallbackReport;
import org.revisit.core.service.ReportService.CallingReport;
import org.revisit.core.service.ReportService.CallingRow;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.ComplaintRow;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.Drill;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.QualityReport;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ReportService.SatisfactionReport;
import org.revisit.core.service.ReportService.SupervisionReport;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** The reports on a known week of calls ({@link ReportFixtures}), every figure counted by hand. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest {

	private static final ReportFilter WEEK = ReportFilter.period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
	private static final ReportFilter EMPTY = ReportFilter.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));

	private LocalServices services;
	private ReportService reports;

	@BeforeAll
	void open(@TempDir Path dir) {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		ReportFixtures.write(store);
		services = LocalServices.open(store, CallTypeRegistry.read(), new Principal("boss", null, Role.MANAGER));
		reports = services.reports();
	}

	@AfterAll
	void close() {
		services.close();
	}

	private static <T> Map<String, T> by(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.toMap(key, r -> r));
	}

	@Test
	void callingPerCampaign() {
		CallingReport r = reports.calling(WEEK, Dimension.CAMPAIGN);
		Map<String, CallingRow> rows = by(r.rows(), CallingRow::key);
		CallingRow rv = rows.get("1");
		assertEquals("Return visits", rv.label());
		// tasks 1, 2, 3, 4, 5, 8 (6 cancelled, 7 before the period)
		assertEquals(6, rv.planned());
		assertEquals(5, rv.attempted());
		assertEquals(3, rv.reached());
		assertEquals(2, rv.completed());
		assertEquals(0, rv.refused());
		assertEquals(1, rv.unreachable());
		assertEquals(1, rv.wrongNumbers());
		assertEquals(2.0, rv.averageAttempts(), 1e-9, "task 1 took three attempts, task 2 one");
		assertEquals(540, rv.talkSeconds());
		assertEquals(0.6, rv.contactRate(), 1e-9);
		CallingRow hs = rows.get("2");
		assertEquals(List.of(1L, 1L, 1L, 1L, 240L), List.of(hs.planned(), hs.attempted(), hs.reached(), hs.completed(),
				hs.talkSeconds()));
		assertEquals(List.of(7L, 6L, 4L, 3L, 780L), List.of(r.total().planned(), r.total().attempted(),
				r.total().reached(), r.total().completed(), r.total().talkSeconds()));
	}

	@Test
	void callingPerAgentAndDay() {
		Map<String, CallingRow> agents = by(reports.calling(WEEK, Dimension.AGENT).rows(), CallingRow::key);
		assertEquals(2, agents.get("wang").completed());
		assertEquals(1, agents.get("li").reached());
		assertEquals(0, agents.get("li").completed());
		assertEquals(3, agents.get("").planned(), "the calls nobody reached have no agent");
		List<CallingRow> days = reports.calling(WEEK, Dimension.DAY).rows();
		assertEquals(List.of("2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21"),
				days.stream().map(CallingRow::key).toList());
		assertEquals(List.of(1L, 2L, 2L, 1L, 1L), days.stream().map(CallingRow::planned).toList());
		CallingReport one = reports.calling(WEEK.withAgent("wang").withCampaign(1L), Dimension.CALL_TYPE);
		assertEquals(2, one.total().planned());
	}

	@Test
	void anEmptyPeriodHasNoRowsAndZeroTotals() {
		CallingReport r = reports.calling(EMPTY, Dimension.CAMPAIGN);
		assertTrue(r.rows().isEmpty());
		assertEquals(0, r.total().planned());
		assertEquals(0, r.total().contactRate());
		assertEquals(0, reports.callbacks(EMPTY).total().total());
		assertTrue(reports.satisfaction(EMPTY).scores().isEmpty());
		assertTrue(reports.supervision(EMPTY).engineers().isEmpty());
		assertEquals(0, reports.complaints(EMPTY).total().complaints());
		assertEquals(0, reports.quality(EMPTY).total().calls());
		assertTrue(reports.calls(EMPTY, new Drill(Figure.PLANNED, null, null, null, 0), 0, 10).isEmpty());
	}

	@Test
	void drillDownToTheCallsAndTheirContacts() {
		List<CallLine> done = reports.calls(WEEK, new Drill(Figure.COMPLETED, Dimension.CAMPAIGN, "1", null, 0), 0, 10);
		assertEquals(List.of(1L, 2L), done.stream().map(CallLine::taskId).toList());
		assertEquals("王五", done.get(1).contactName(), "the call was made with the successor of the contact who left");
		assertEquals(3, done.get(0).attempts());
		List<CallLine> unreached = reports.calls(WEEK, new Drill(Figure.UNREACHABLE, Dimension.AGENT, "", null, 0), 0, 10);
		assertEquals(List.of(3L), unreached.stream().map(CallLine::taskId).toList());
		assertEquals(List.of(4L), reports.calls(WEEK, new Drill(Figure.WRONG_NUMBER, null, null, null, 0), 0, 10).stream()
				.map(CallLine::taskId).toList());
		List<CallLine> day = reports.calls(WEEK, new Drill(Figure.PLANNED, Dimension.DAY, "2026-11-19", null, 0), 0, 10);
		assertEquals(List.of(4L, 5L), day.stream().map(CallLine::taskId).toList());
		assertEquals(List.of(5L), reports.calls(WEEK, new Drill(Figure.PLANNED, Dimension.DAY, "2026-11-19", null, 0), 1, 10)
				.stream().map(CallLine::taskId).toList(), "paged");
		List<CallLine> ones = reports.calls(WEEK, new Drill(Figure.SCORE, null, null, ReportFixtures.SCORE, 1), 0, 10);
		assertEquals(List.of(9L), ones.stream().map(CallLine::outcomeId).toList());
		assertEquals(4, ones.get(0).contactId());
	}

	@Test
	void promisedCallbacks() {
		CallbackReport r = reports.callbacks(WEEK);
		var t = r.total();
		assertEquals(List.of(7L, 2L, 1L, 1L, 1L, 1L, 1L), List.of(t.total(), t.onTime(), t.late(), t.unreachable(),
				t.overdue(), t.open(), t.superseded()));
		assertEquals(0.4, t.serviceLevel(), 1e-9);
		assertEquals(2, t.missed());
		var owners = by(r.byOwner(), ReportService.CallbackRow::key);
		assertEquals(4, owners.get("wang").total());
		assertEquals(1, owners.get("wang").late());
		assertEquals(2, owners.get("li").missed());
		assertEquals(3, by(r.bySource(), ReportService.CallbackRow::key).get("COMPLAINT").total());
		assertEquals(List.of(4L, 5L, 1L, 7L, 2L, 3L, 6L), r.promises().stream().map(ReportService.CallbackLine::callbackId)
				.toList(), "overdue first, then open, then the closed ones by their moment");
		var late = r.promises().get(2);
		assertEquals("LATE", late.status());
		assertEquals(1, late.minutesLate(), "made one minute after the promised moment");
		assertEquals(67 * 60, r.promises().get(0).minutesLate());
	}

	@Test
	void satisfaction() {
		SatisfactionReport r = reports.satisfaction(WEEK);
		assertEquals(1, r.scores().size());
		assertEquals(List.of(1L, 1L, 0L, 0L, 1L), r.scores().get(0).counts());
		assertEquals(8 / 3.0, r.scores().get(0).mean(), 1e-9);
		assertEquals(1, r.weeks().size());
		assertEquals(LocalDate.of(2026, 11, 16), r.weeks().get(0).week());
		assertEquals(3, r.weeks().get(0).count());
		Map<String, Long> answers = r.answers().stream().collect(Collectors.toMap(
				a -> a.callType().substring(a.callType().lastIndexOf('.') + 1) + " " + a.step() + " " + a.answer(),
				AnswerRow::count));
		assertEquals(Map.of("returnVisit 7 satisfied", 1L, "returnVisit 7 dissatisfied", 1L, "returnVisit 13 satisfied", 1L,
				"returnVisit 13 dissatisfied", 1L, "hotlineSupervision 7 dissatisfied", 1L,
				"hotlineSupervision 8 satisfied", 1L, "hotlineSupervision 10 dissatisfied", 1L), answers);
		assertTrue(r.answers().stream().filter(a -> a.answer().equals("dissatisfied")).allMatch(AnswerRow::negative));
		assertTrue(r.answers().get(0).question().contains("?"), r.answers().get(0).question());
		assertEquals(List.of("rude — customer upset", "too slow"), r.reasons().stream().map(n -> n.notes()).toList());
		assertEquals(1, reports.satisfaction(WEEK.withAgent("zhou")).scores().get(0).total());
	}

	@Test
	void supervisionPerEngineer() {
		SupervisionReport r = reports.supervision(WEEK);
		assertEquals(1, r.engineers().size());
		var e = r.engineers().get(0);
		assertEquals("张工", e.engineer());
		assertEquals("HOTLINE_TICKET", e.kind());
		assertEquals(1, e.calls());
		assertEquals(3, e.negativeAnswers(), "no staff number, attitude and overall dissatisfied");
		assertEquals(1.0, e.meanScore(), 1e-9);
		assertEquals(List.of(5, 7, 10), r.worst().stream().map(n -> n.question()).map(q -> r.answers().stream()
				.filter(a -> a.question().equals(q)).findFirst().orElseThrow().step()).toList());
		assertTrue(r.worst().get(0).notes().contains("the reason: rude"), r.worst().get(0).notes());
		assertTrue(r.worst().get(0).notes().endsWith("customer upset"), r.worst().get(0).notes());
		assertTrue(reports.supervision(WEEK.withEngineer("李工")).engineers().isEmpty());
	}

	@Test
	void complaints() {
		ComplaintReport r = reports.complaints(WEEK);
		Map<String, ComplaintRow> rows = by(r.rows(), x -> x.category() + "/" + x.severity());
		ComplaintRow major = rows.get("ATTITUDE/MAJOR");
		assertEquals(List.of(1L, 1L, 1L, 2L, 1L), List.of(major.complaints(), major.resolved(), major.closed(),
				major.followUps(), major.followUpsDone()));
		assertEquals(2.0, major.averageHoursToClose(), 1e-9);
		assertEquals(0, rows.get("SERVICE_DELAY/GENERAL").closed(), "its promise was unreachable, the next one is open");
		assertEquals(6, rows.get("FEES/GENERAL").complaints());
		assertEquals(8, r.total().complaints());
		assertEquals(1, r.collective().size());
		assertEquals("发票开错", r.collective().get(0).subject());
		assertEquals(5, r.collective().get(0).contacts());
		assertEquals(6, r.collective().get(0).complaints());
	}

	@Test
	void dataQuality() {
		QualityReport r = reports.quality(WEEK);
		assertEquals(List.of(4L, 3L, 2L, 1L), List.of(r.total().calls(), r.total().offered(), r.total().verified(),
				r.total().corrected()));
		assertEquals(0.5, r.total().verifiedShare(), 1e-9);
		var wang = by(r.byAgent(), ReportService.QualityRow::agent).get("wang");
		assertEquals(List.of(2L, 2L, 2L, 1L), List.of(wang.calls(), wang.offered(), wang.verified(), wang.corrected()));
	}

	@Test
	void badFiltersAreRefusedNamingTheField() {
		ServiceException e = assertThrows(ServiceException.class, () -> reports.calling(
				ReportFilter.period(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)), Dimension.DAY));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
		assertTrue(e.getMessage().startsWith("to:"), e.getMessage());
		e = assertThrows(ServiceException.class, () -> reports.calling(WEEK.withZone("Mars/Olympus"), Dimension.DAY));
		assertTrue(e.getMessage().startsWith("zone:"), e.getMessage());
	}

	@Test
	void supervisorsReadSatisfactionAndSupervisionButNotTheManagersReports() {
		ReportService supervisor = services.as(new Principal("sue", null, Role.SUPERVISOR)).reports();
		assertEquals(1, supervisor.supervision(WEEK).engineers().size());
		assertEquals(1, supervisor.satisfaction(WEEK).scores().size());
		assertEquals(ServiceException.Kind.FORBIDDEN,
				assertThrows(ServiceException.class, () -> supervisor.calling(WEEK, Dimension.AGENT)).kind());
		ReportService agent = services.as(new Principal("wang", null, Role.AGENT)).reports();
		assertEquals(ServiceException.Kind.FORBIDDEN,
				assertThrows(ServiceException.class, () -> agent.satisfaction(WEEK)).kind());
	}

	@Test
	void drillDownFromTheOtherReports() {
		assertEquals(List.of(9L), taskIds(new Drill(Figure.SUPERVISED, null, "张工", "HOTLINE_TICKET", 0)),
				"the supervision call about the engineer");
		assertTrue(taskIds(new Drill(Figure.SUPERVISED, null, "张工", "ONSITE_VISIT", 0)).isEmpty());
		assertEquals(List.of(1L, 2L), taskIds(new Drill(Figure.MADE_BY, null, "wang", null, 0)),
				"wang's calls in the period (not the one of the week before)");
		assertEquals(List.of(10L), taskIds(new Drill(Figure.COMPLAINT, null, "ATTITUDE", "MAJOR", 0)),
				"the call of the promise that closed the complaint");
		assertEquals(List.of(10L), taskIds(new Drill(Figure.CALLBACK, null, "li", null, 0)));
		assertEquals(List.of(10L), taskIds(new Drill(Figure.CALLBACK, Dimension.AGENT, "COMPLAINT", null, 0)),
				"by source");
		assertTrue(taskIds(new Drill(Figure.CALLBACK, null, "wang", null, 0)).isEmpty(), "wang's promises had no call");
		ServiceException e = assertThrows(ServiceException.class,
				() -> reports.calls(WEEK, new Drill(Figure.MADE_BY, null, null, null, 0), 0, 10));
		assertTrue(e.getMessage().startsWith("drill:"), e.getMessage());
	}

	private List<Long> taskIds(Drill drill) {
		return reports.calls(WEEK, drill, 0, 10).stream().map(CallLine::taskId).toList();
	}

	@Test
	void todayAndTheSameWeekdayLastWeek(@TempDir Path dir) {
		// Thursday 2026-11-26 in Shanghai: a week before, tasks 4 and 5 were due (6 was cancelled)
		Store store = Store.open(StoreConfig.embedded(dir).withClock(
				java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T01:00:00Z"), java.time.ZoneOffset.UTC)));
		ReportFixtures.write(store);
		try (LocalServices other = LocalServices.open(store, CallTypeRegistry.read(),
				new Principal("boss", null, Role.MANAGER))) {
			CallingReport r = other.reports().calling(WEEK, Dimension.CAMPAIGN);
			assertEquals(LocalDate.of(2026, 11, 26), r.today());
			assertEquals(0, r.todayRow().planned());
			assertEquals("2026-11-19", r.lastWeekRow().key());
			assertEquals(List.of(2L, 1L, 0L), List.of(r.lastWeekRow().planned(), r.lastWeekRow().attempted(),
					r.lastWeekRow().reached()));
			assertEquals(0, other.reports().calling(WEEK.withCampaign(2L), Dimension.CAMPAIGN).lastWeekRow().planned(),
					"the filters apply");
			assertEquals(2, org.revisit.core.report.ReportTables.of(r).size(), "the comparison is a table of its own");
		}
	}

	@Test
	void daysFollowTheZonesClockChanges(@TempDir Path dir) {
		// Berlin leaves summer time on 2026-10-25: 22:30 UTC on 17 November is 23:30 there, still the 17th
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			try (java.sql.Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, 'Anna')");
			}
			ReportFixtures.task(c, 1, 1, null, ReportFixtures.RV, "2026-11-17T22:30:00Z", 0, "PLANNED", null, null, null);
			ReportFixtures.task(c, 2, 1, null, ReportFixtures.RV, "2026-10-20T22:30:00Z", 0, "PLANNED", null, null, null);
			return null;
		});
		try (LocalServices other = LocalServices.open(store, CallTypeRegistry.read(),
				new Principal("boss", null, Role.MANAGER))) {
			ReportFilter autumn = ReportFilter.period(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20))
					.withZone("Europe/Berlin");
			List<CallingRow> days = other.reports().calling(autumn, Dimension.DAY).rows();
			assertEquals(List.of("2026-10-21", "2026-11-17"), days.stream().map(CallingRow::key).toList(),
					"00:30 summer time on the 21st; 23:30 winter time on the 17th");
			assertEquals(List.of(1L), other.reports().calls(autumn,
					new Drill(Figure.PLANNED, Dimension.DAY, "2026-11-17", null, 0), 0, 10).stream()
					.map(CallLine::taskId).toList());
		}
	}
	@Test
	void anExportIsAuditedWithWhoWhichReportItsFiltersAndTheFile() {
		long before = services.store().audit().count(null, null, null, "EXPORT");
		ReportFilter filter = WEEK.withCampaign(1L).withAgent("wang").withZone("Asia/Shanghai");
		reports.exported(ReportService.Report.CALLING, filter, ReportService.ExportForm.CSV, "/home/boss/呼叫.csv");
		reports.exported(ReportService.Report.SATISFACTION, WEEK, ReportService.ExportForm.PRINT, "Office printer");
		List<org.revisit.store.AuditRecord> entries = services.store().audit().find(null, null, null, "EXPORT", 0, 2);
		assertEquals(before + 2, services.store().audit().count(null, null, null, "EXPORT"));
		org.revisit.store.AuditRecord csv = entries.get(1);
		assertEquals("boss", csv.user());
		assertEquals("Report", csv.entity());
		assertEquals("calling as csv to /home/boss/呼叫.csv; 2026-11-16 to 2026-11-23 (Asia/Shanghai), campaign 1, "
				+ "agent wang", csv.detail());
		assertEquals("satisfaction as print to Office printer; 2026-11-16 to 2026-11-23 (Asia/Shanghai)",
				entries.get(0).detail());
	}

	@Test
	void anExportNeedsWhatReadingItsReportNeedsAndAClearTarget() {
		long before = services.store().audit().count(null, null, null, "EXPORT");
		ReportService supervisor = services.as(new Principal("sup", null, Role.SUPERVISOR)).reports();
		supervisor.exported(ReportService.Report.SUPERVISION, WEEK, ReportService.ExportForm.PNG, "supervision.png");
		ServiceException e = assertThrows(ServiceException.class,
				() -> supervisor.exported(ReportService.Report.CALLING, WEEK, ReportService.ExportForm.CSV, "c.csv"));
		assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
		for (String target : new String[] { null, " ", "a\nb.csv", "x".repeat(1_001) }) {
			e = assertThrows(ServiceException.class,
					() -> reports.exported(ReportService.Report.CALLING, WEEK, ReportService.ExportForm.CSV, target));
			assertEquals(ServiceException.Kind.INVALID, e.kind());
			assertTrue(e.getMessage().startsWith("target: "), e.getMessage());
		}
		e = assertThrows(ServiceException.class,
				() -> reports.exported(null, WEEK, ReportService.ExportForm.CSV, "c.csv"));
		assertTrue(e.getMessage().startsWith("report: "), e.getMessage());
		e = assertThrows(ServiceException.class, () -> reports.exported(ReportService.Report.CALLING,
				ReportFilter.period(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)), ReportService.ExportForm.CSV,
				"c.csv"));
		assertTrue(e.getMessage().startsWith("to: "), e.getMessage());
		assertEquals(before + 1, services.store().audit().count(null, null, null, "EXPORT"), "only the allowed one");
	}
}
