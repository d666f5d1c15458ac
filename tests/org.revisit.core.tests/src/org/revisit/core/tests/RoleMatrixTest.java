package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.service.DataService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.CallTask;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The role matrix of docs/admin-guide.md, cell by cell: every operation that needs more than calling, tried by every role
 * that lacks its permission, is refused with FORBIDDEN and a message saying which role it needs, and changes
 * nothing in the database (the rows of every table, the audit trail included, are the same before and after).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

	/** One operation of the services and the permission it needs. */
	private record Operation(String name, Permission needs, Consumer<Services> call) {
	}

	private LocalServices admin;
	private long task;
	private long supervisionTask;
	private org.revisit.model.Campaign campaign;

	@BeforeAll
	void open(@TempDir Path dir) {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		admin = LocalServices.open(store, CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
		List<CallTask> tasks = TaskFixtures.plan(store, 2, TestClock.NOW.minusSeconds(60), 10);
		task = tasks.get(0).getId();
		supervisionTask = tasks.get(1).getId();
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE call_task SET call_type = '" + DemoData.HOTLINE_SUPERVISION + "' WHERE id = "
						+ supervisionTask);
			}
			return null;
		});
		campaign = admin.campaigns().create(CampaignServiceTest.renewal("matrix"));
	}

	@AfterAll
	void close() {
		admin.close();
	}

	private List<Operation> operations() {
		byte[] csv = "name,mobile\n张三,13800138000\n".getBytes(StandardCharsets.UTF_8);
		List<Operation> all = new ArrayList<>();
		all.add(new Operation("queue.reassign", Permission.REASSIGN, s -> s.queue().reassign(task, null)));
		all.add(new Operation("queue.claim of a supervision call", Permission.SUPERVISION_CALLS,
				s -> s.queue().claim(supervisionTask)));
		all.add(new Operation("calls.open of a supervision call", Permission.SUPERVISION_CALLS,
				s -> s.calls().open(supervisionTask, "zh")));
		all.add(new Operation("planning.plan", Permission.PLAN, s -> s.planning().plan(LocalDate.of(2026, 11, 23), 7)));
		all.add(new Operation("planning.planChanges", Permission.PLAN,
				s -> s.planning().planChanges(LocalDate.of(2026, 11, 23), 7)));
		all.add(new Operation("planning.cancel", Permission.PLAN, s -> s.planning().cancel()));
		all.add(new Operation("planning.claimDailyRun", Permission.PLAN,
				s -> s.planning().claimDailyRun(LocalDate.of(2026, 11, 23))));
		all.add(new Operation("scripts.store", Permission.SCRIPTS,
				s -> s.scripts().store(List.of(RevisitFactory.eINSTANCE.createScript()))));
		all.add(new Operation("calendars.save", Permission.CALENDARS, s -> {
			HolidayCalendar calendar = RevisitFactory.eINSTANCE.createHolidayCalendar();
			calendar.setName("forbidden");
			s.calendars().save(calendar);
		}));
		all.add(new Operation("callbacks.promises of the team", Permission.RESULTS,
				s -> s.callbacks().promises(true, false, false, 10)));
		all.add(new Operation("data.importContacts", Permission.IMPORT,
				s -> s.data().importContacts(csv, "contacts.csv", false, null)));
		all.add(new Operation("data.importEvents", Permission.IMPORT,
				s -> s.data().importEvents(csv, "events.csv", false, null)));
		all.add(new Operation("data.exportContacts", Permission.EXPORT, s -> s.data().exportContacts(null)));
		all.add(new Operation("data.exportEvents", Permission.EXPORT, s -> s.data().exportEvents(null, null, null)));
		all.add(new Operation("data.demo", Permission.IMPORT, s -> s.data().demo(10)));
		all.add(new Operation("admin.backup", Permission.BACKUP, s -> s.admin().backup()));
		all.add(new Operation("admin.backups", Permission.BACKUP, s -> s.admin().backups()));
		all.add(new Operation("admin.setSetting", Permission.SETTINGS,
				s -> s.admin().setSetting("placeholder.company", "别人公司")));
		all.add(new Operation("users.list", Permission.USERS, s -> s.users().list()));
		all.add(new Operation("users.add", Permission.USERS,
				s -> s.users().add("intruder", null, Role.ADMIN, "long enough password".toCharArray())));
		all.add(new Operation("users.disable", Permission.USERS, s -> s.users().disable("admin")));
		all.add(new Operation("users.enable", Permission.USERS, s -> s.users().enable("admin")));
		all.add(new Operation("users.setRole", Permission.USERS, s -> s.users().setRole("admin", Role.AGENT)));
		all.add(new Operation("users.setPassword", Permission.USERS,
				s -> s.users().setPassword("admin", "another long password".toCharArray())));
		all.add(new Operation("audit.read", Permission.AUDIT, s -> s.audit().read(null, null, null, null, 0, 10)));
		all.add(new Operation("audit.count", Permission.AUDIT, s -> s.audit().count(null, null, null, null)));
		all.add(new Operation("campaigns.create", Permission.CAMPAIGNS,
				s -> s.campaigns().create(CampaignServiceTest.renewal("forbidden"))));
		all.add(new Operation("campaigns.update", Permission.CAMPAIGNS, s -> s.campaigns().update(campaign)));
		all.add(new Operation("campaigns.activate", Permission.CAMPAIGNS, s -> s.campaigns().activate(campaign.getId())));
		all.add(new Operation("campaigns.pause", Permission.CAMPAIGNS, s -> s.campaigns().pause(campaign.getId())));
		all.add(new Operation("campaigns.resume", Permission.CAMPAIGNS, s -> s.campaigns().resume(campaign.getId())));
		all.add(new Operation("campaigns.end", Permission.CAMPAIGNS, s -> s.campaigns().end(campaign.getId(), "no")));
		all.add(new Operation("campaigns.copy", Permission.CAMPAIGNS, s -> s.campaigns().copy(campaign.getId())));
		all.add(new Operation("campaigns.delete", Permission.CAMPAIGNS, s -> s.campaigns().delete(campaign.getId())));
		all.add(new Operation("campaigns.preview", Permission.CAMPAIGNS, s -> s.campaigns().preview(campaign, 7)));
		all.add(new Operation("campaigns.check", Permission.CAMPAIGNS, s -> s.campaigns().check(campaign)));
		all.add(new Operation("campaigns.countTargets", Permission.CAMPAIGNS, s -> s.campaigns().countTargets("")));
		ReportService.ReportFilter week = ReportService.ReportFilter.period(LocalDate.of(2026, 11, 16),
				LocalDate.of(2026, 11, 22));
		all.add(new Operation("reports.calling", Permission.RESULTS,
				s -> s.reports().calling(week, ReportService.Dimension.AGENT)));
		all.add(new Operation("reports.callbacks", Permission.RESULTS, s -> s.reports().callbacks(week)));
		all.add(new Operation("reports.complaints", Permission.RESULTS, s -> s.reports().complaints(week)));
		all.add(new Operation("reports.quality", Permission.RESULTS, s -> s.reports().quality(week)));
		all.add(new Operation("reports.setReportZone", Permission.RESULTS,
				s -> s.reports().setReportZone("Europe/London")));
		all.add(new Operation("reports.satisfaction", Permission.ALL_OUTCOMES, s -> s.reports().satisfaction(week)));
		all.add(new Operation("reports.supervision", Permission.ALL_OUTCOMES, s -> s.reports().supervision(week)));
		all.add(new Operation("reports.calls", Permission.ALL_OUTCOMES, s -> s.reports().calls(week,
				new ReportService.Drill(ReportService.Figure.PLANNED, null, null, null, 0), 0, 10)));
		all.add(new Operation("contacts.create", Permission.CONTACTS,
				s -> s.contacts().create(ContactServiceTest.contact("王伟", null, null))));
		all.add(new Operation("contacts.bulk", Permission.CONTACTS, s -> s.contacts().bulk(
				new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "intruder"), null, ContactFilter.all())));
		all.add(new Operation("contacts.cancelBulk", Permission.CONTACTS, s -> s.contacts().cancelBulk()));
		all.add(new Operation("data.previewImport", Permission.IMPORT,
				s -> s.data().previewImport(DataService.ImportKind.CONTACTS, csv, "contacts.csv", null)));
		all.add(new Operation("data.importMapped", Permission.IMPORT, s -> s.data().importMapped(
				DataService.ImportKind.CONTACTS, csv, "contacts.csv", false, null, List.of("name", "mobile"))));
		all.add(new Operation("data.cancelImport", Permission.IMPORT, s -> s.data().cancelImport()));
		all.add(new Operation("data.exportMatching", Permission.EXPORT,
				s -> s.data().exportMatching(ContactFilter.all(), null, null)));
		all.add(new Operation("scripts.save", Permission.SCRIPTS,
				s -> s.scripts().save(RevisitFactory.eINSTANCE.createScript(), 0)));
		all.add(new Operation("scripts.makeCurrent", Permission.SCRIPTS, s -> s.scripts().makeCurrent("matrix", 1)));
		all.add(new Operation("answers.store", Permission.ANSWERS,
				s -> s.answers().store(org.revisit.core.answers.BuiltinAnswers.library(), 0, "forbidden")));
		all.add(new Operation("answers.history", Permission.ANSWERS, s -> s.answers().history()));
		all.add(new Operation("answers.restore", Permission.ANSWERS, s -> s.answers().restore(0, 0)));
		all.add(new Operation("answers.importDocument", Permission.ANSWERS, s -> s.answers().importDocument(
				"(1)客户：你好\n受理人：您好\n".getBytes(StandardCharsets.UTF_8), "answers.txt", false, false)));
		all.add(new Operation("answers.export", Permission.ANSWERS, s -> s.answers().export()));
		all.add(new Operation("reports.answers", Permission.RESULTS, s -> s.reports().answers(week)));
		all.add(new Operation("reports.exported", Permission.RESULTS, s -> s.reports().exported(
				ReportService.Report.CALLING, week, ReportService.ExportForm.CSV, "calling.csv")));
		all.add(new Operation("reports.exported satisfaction", Permission.ALL_OUTCOMES, s -> s.reports().exported(
				ReportService.Report.SATISFACTION, week, ReportService.ExportForm.PRINT, "printer")));
		return all;
	}

	@TestFactory
	Stream<DynamicTest> everyForbiddenCellIsRefusedAndChangesNothing() {
		List<DynamicTest> cells = new ArrayList<>();
		for (Operation operation : operations()) {
			for (Role role : Role.VALUES) {
				if (operation.needs().grantedTo(role)) {
					continue;
				}
				cells.add(DynamicTest.dynamicTest(role.getLiteral().toLowerCase() + " may not " + operation.name(), () -> {
					Services user = admin.as(new Principal("user-" + role.getLiteral().toLowerCase(), null, role));
					Map<String, Object> before = rows();
					ServiceException e = assertThrows(ServiceException.class, () -> operation.call().accept(user));
					assertEquals(ServiceException.Kind.FORBIDDEN, e.kind(), e.getMessage());
					assertTrue(e.getMessage().contains(operation.needs().least().getLiteral().toLowerCase()),
							"the refusal names the role it needs: " + e.getMessage());
					assertEquals(before, rows(), "nothing changed");
				}));
			}
		}
		// + 2: data.exportEvents (issue 12), forbidden to agents and supervisors like the contacts export
		// + 2: planning.planChanges (issue 18, the daily run), forbidden to agents and supervisors like planning.plan
		// + 2: reports.setReportZone (the report zone of the summaries), forbidden to agents and supervisors
		assertEquals(54 + 11 * 2 + 11 + 14 + 2 * 2 + 6 * 2 + 2 + 1 + 2 + 2 + 2, cells.size(),
				"the forbidden cells of the matrix");
		return cells.stream();
	}

	/**
	 * The number of rows of every table of the schema, the claims, and the contents of the users and settings
	 * tables (a forbidden change of a role or a setting would not change a count).
	 */
	private Map<String, Object> rows() {
		return admin.store().read(c -> {
			Map<String, Object> result = new LinkedHashMap<>(TableRows.count(c));
			try (Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery(
						"SELECT COUNT(*) FROM call_task WHERE state = 'CLAIMED' OR lease_owner IS NOT NULL")) {
					rs.next();
					result.put("claimed tasks", rs.getLong(1));
				}
				result.put("users", contents(s, "SELECT * FROM app_user ORDER BY id"));
				result.put("settings", contents(s, "SELECT * FROM app_setting ORDER BY name"));
			}
			return result;
		});
	}

	private static String contents(Statement s, String query) throws java.sql.SQLException {
		StringBuilder text = new StringBuilder();
		try (ResultSet rs = s.executeQuery(query)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					text.append(rs.getString(i)).append('|');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}
}
