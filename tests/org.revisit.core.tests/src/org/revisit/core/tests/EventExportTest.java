package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The service events export: the columns of the events import, so that an exported file imports back into a fresh
 * data folder (with the same contacts) as the same events; the period; the encodings and the formula guard.
 */
class EventExportTest {

	/** Three contacts; the third has no mobile, so its events name it by id. */
	static final String CONTACTS = "name,mobile,office_phone,company\n王伟,13800000001,,=cmd\n李娜,13800000002,,\n"
			+ "张强,,010-66668888,\n";

	/** Events of every kind, a formula-looking subject, a complaint with its promise, a contact named by id. */
	static final String EVENTS = "类型,时间,手机,联系人编号,工程师,主题,单号,投诉类别,严重程度,已解决,承诺回电时间\n"
			+ "购买,2026-03-01 09:15,13800000001,,,\"空调, 一台\",P-1,,,,\n"
			+ "热线,2026-03-15 00:00,138-0000-0002,,李工,=SUM(A1),H-7,,,是,\n"
			+ "投诉,2026-04-02 23:59:30,13800000002,,,维修太慢,C-3,服务延误,重大,否,2026-04-03 18:00\n"
			+ "培训,2026-04-30 10:00,,3,王老师,新系统培训,,,,,\n"
			+ "上门,2026-05-01 00:00,13800000001,,赵工,+更换滤网,,,,,\n";

	@TempDir
	Path dir;

	private LocalServices open(Path folder) {
		Store store = Store.open(StoreConfig.embedded(folder).withClock(TestClock.fixed()));
		return LocalServices.open(store, CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
	}

	private static ImportReport importEvents(LocalServices s, byte[] content) {
		ImportReport r = s.data().importEvents(content, "events.csv", false, null);
		assertEquals(0, r.rejected(), () -> "no reject: " + r.firstRejects());
		return r;
	}

	@Test
	void anExportImportsIntoAFreshFolderAsTheSameEvents() throws Exception {
		try (LocalServices first = open(dir.resolve("first"))) {
			first.data().importContacts(CONTACTS.getBytes(StandardCharsets.UTF_8), "c.csv", false, null);
			assertEquals(5, importEvents(first, EVENTS.getBytes(StandardCharsets.UTF_8)).stored());
			ExportReport contacts = first.data().exportContacts(null);
			ExportReport events = first.data().exportEvents(null, null, null);
			assertEquals(5, events.contacts());
			assertEquals("UTF-8", events.encoding());
			String text = new String(events.content(), StandardCharsets.UTF_8);
			List<String> lines = text.lines().toList();
			assertEquals("\uFEFFkind,occurred_at,mobile,contact_id,engineer,subject,external_ref,complaint_category,"
					+ "severity,resolved,callback_due", lines.get(0), "the English header of the import");
			assertTrue(lines.get(1).startsWith("purchase,2026-03-01T09:15:00"), lines.get(1));
			assertTrue(lines.get(1).contains(",13800000001,,,\"空调, 一台\",P-1,"), lines.get(1));
			assertTrue(lines.get(2).contains(",13800000002,,李工,'=SUM(A1),H-7,"), "numbers as stored, formula neutralised: "
					+ lines.get(2));
			assertTrue(lines.get(3).startsWith("complaint,2026-04-02T23:59:30") && lines.get(3).contains(
					",C-3,service_delay,major,no,2026-04-03T18:00:00"), lines.get(3));
			assertTrue(lines.get(4).contains(",,3,王老师,"), "a contact without a mobile is named by id: " + lines.get(4));
			assertTrue(lines.get(5).contains(",'+更换滤网,"), lines.get(5));
			assertEquals(1, first.audit().read(null, null, null, "EXPORT", 0, 10).stream()
					.filter(e -> e.entity().equals("ServiceEvent") && e.detail().startsWith("5 service events")).count(),
					"the export is audited");

			try (LocalServices second = open(dir.resolve("second"))) {
				assertEquals(3, second.data().importContacts(contacts.content(), "contacts.csv", false, null).stored());
				ImportReport again = importEvents(second, events.content());
				assertEquals(5, again.stored());
				assertTrue(again.warnings().isEmpty(), again.warnings().toString());
				assertArrayEquals(events.content(), second.data().exportEvents(null, null, null).content(),
						"the same events export to the same bytes");
				assertEquals(first.callbacks().promises(true, false, false, 10).size(),
						second.callbacks().promises(true, false, false, 10).size(), "the complaint's promise came along");
				ImportReport twice = second.data().importEvents(events.content(), "events.csv", true, null);
				assertEquals(3, twice.rejected(), "importing the same file again finds the three references stored: "
						+ twice.firstRejects());
			}
		}
	}

	@Test
	void thePeriodIncludesBothDaysAndGbkHoldsChinese() throws Exception {
		try (LocalServices s = open(dir.resolve("data"))) {
			s.data().importContacts(CONTACTS.getBytes(StandardCharsets.UTF_8), "c.csv", false, null);
			importEvents(s, EVENTS.getBytes(StandardCharsets.UTF_8));
			ExportReport march = s.data().exportEvents(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 2), "gbk");
			assertEquals(2, march.contacts(), "from 15 March 00:00 to 2 April 23:59:30");
			assertEquals("GBK", march.encoding());
			String text = new String(march.content(), Charset.forName("GBK"));
			assertFalse(text.startsWith("\uFEFF"), "no byte-order mark in GBK");
			assertTrue(text.contains("H-7") && text.contains("维修太慢") && !text.contains("P-1"), text);
			assertEquals(2, s.data().exportEvents(LocalDate.of(2026, 4, 30), null, null).contacts(), "from a day on");
			assertEquals(1, s.data().exportEvents(null, LocalDate.of(2026, 3, 14), null).contacts(), "up to a day");
			assertEquals(0, s.data().exportEvents(LocalDate.of(2027, 1, 1), null, null).contacts());
			ServiceException backwards = assertThrows(ServiceException.class,
					() -> s.data().exportEvents(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 3, 15), null));
			assertEquals(ServiceException.Kind.INVALID, backwards.kind());
			assertTrue(backwards.getMessage().startsWith("to:"), backwards.getMessage());
			ServiceException encoding = assertThrows(ServiceException.class,
					() -> s.data().exportEvents(null, null, "latin9"));
			assertEquals(ServiceException.Kind.INVALID, encoding.kind());
		}
	}

	@Test
	void aValueGbkCannotHoldIsRefusedNamingTheEventAndColumn() throws Exception {
		try (LocalServices s = open(dir.resolve("data"))) {
			s.data().importContacts(CONTACTS.getBytes(StandardCharsets.UTF_8), "c.csv", false, null);
			importEvents(s, "kind,occurred_at,mobile,subject\npurchase,2026-03-01,13800000001,한국어 설명서\n"
					.getBytes(StandardCharsets.UTF_8));
			List<AuditRecord> before = s.audit().read(null, null, null, "EXPORT", 0, 10);
			ServiceException e = assertThrows(ServiceException.class, () -> s.data().exportEvents(null, null, "gbk"));
			assertEquals(ServiceException.Kind.INVALID, e.kind());
			assertTrue(e.getMessage().contains("column subject") && e.getMessage().contains("UTF-8"), e.getMessage());
			assertEquals(before, s.audit().read(null, null, null, "EXPORT", 0, 10), "a refused export is not audited");
		}
	}
}
