package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.AdminService;
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.AuditRecord;
import org.revisit.store.Backups;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The data and admin services: imports from bytes with the rejects back as bytes, exports as bytes, refusals for
 * roles without the permission (nothing stored), and backups into the data folder's own backups folder.
 */
class DataAdminServicesTest {

	private static final String CSV = "姓名,手机,生日\n王伟,13800000001,02-30\n李娜,13800000002,\n";

	@TempDir
	Path dir;

	private LocalServices open() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		return LocalServices.open(store, CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
	}

	private static LocalServices as(LocalServices services, String user, Role role) {
		return services.as(new Principal(user, null, role));
	}

	@Test
	void anImportFromBytesStoresTheGoodRowsAndHandsTheRejectsBack() {
		try (LocalServices services = open()) {
			byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
			ImportReport dry = services.data().importContacts(content, "客户.csv", true, null);
			assertEquals(1, dry.valid());
			assertEquals(0, dry.stored());
			assertEquals(0, services.campaigns().counts().contacts(), "a dry run stores nothing");

			ImportReport r = services.data().importContacts(content, "客户.csv", false, "utf-8");
			assertEquals(2, r.read());
			assertEquals(1, r.stored());
			assertEquals(1, r.rejected());
			assertEquals("UTF-8", r.encoding());
			assertEquals(2, r.firstRejects().get(0).line());
			String rejects = new String(r.rejects(), StandardCharsets.UTF_8);
			assertTrue(rejects.startsWith("\uFEFFline,column,reason,姓名,手机,生日"), rejects);
			assertTrue(rejects.contains("王伟"), rejects);
			assertEquals(1, services.campaigns().counts().contacts());

			ImportReport clean = services.data().importContacts("name,mobile\n赵敏,13800000003\n".getBytes(
					StandardCharsets.UTF_8), "more.csv", false, null);
			assertNull(clean.rejects(), "no rejected row, no rejects");

			ServiceException bad = assertThrows(ServiceException.class, () -> services.data().importContacts(
					"mobile\n13800000009\n".getBytes(StandardCharsets.UTF_8), "noname.csv", false, null));
			assertEquals(ServiceException.Kind.INVALID, bad.kind());
			assertTrue(bad.getMessage().startsWith("noname.csv: the header row has no column 'name'"), bad.getMessage());
			assertEquals(ServiceException.Kind.INVALID, assertThrows(ServiceException.class,
					() -> services.data().importContacts(content, "c.csv", false, "latin9")).kind());

			List<AuditRecord> audit = services.audit().read(null, null, null, "IMPORT", 0, 10);
			assertEquals(2, audit.size(), "the two imports that stored rows, not the dry run");
			assertTrue(audit.stream().anyMatch(e -> "admin".equals(e.user())
					&& e.detail().contains("客户.csv: 1 contacts stored, 1 rejected")), audit.toString());
		}
	}

	@Test
	void anAgentMayNotImportExportOrAddDemoDataAndNothingIsStored() {
		try (LocalServices services = open()) {
			LocalServices agent = as(services, "agent1", Role.AGENT);
			byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
			assertForbidden(() -> agent.data().importContacts(content, "c.csv", false, null));
			assertForbidden(() -> agent.data().importEvents(content, "e.csv", false, null));
			assertForbidden(() -> agent.data().exportContacts(null));
			assertForbidden(() -> agent.data().demo(10));
			assertForbidden(() -> as(services, "zhao", Role.SUPERVISOR).data().importContacts(content, "c.csv", false,
					null));
			assertEquals(0, services.campaigns().counts().contacts(), "nothing was stored");
			assertEquals(0, services.campaigns().counts().campaigns());
			assertTrue(services.audit().read(null, null, null, "IMPORT", 0, 10).isEmpty(), "nothing to audit");

			LocalServices manager = as(services, "qian", Role.MANAGER);
			assertEquals(1, manager.data().importContacts(content, "c.csv", false, null).stored());
			assertForbidden(() -> manager.admin().backup());
			assertForbidden(() -> manager.admin().setSetting("planner.weeklyBudget", "3"));
		}
	}

	@Test
	void anExportIsTheBytesOfACsvFileThatImportsAgain() throws Exception {
		try (LocalServices services = open()) {
			services.data().importContacts("name,mobile,company\n王伟,13800000001,=cmd\n".getBytes(StandardCharsets.UTF_8),
					"c.csv", false, null);
			ExportReport export = services.data().exportContacts(null);
			assertEquals(1, export.contacts());
			assertEquals("UTF-8", export.encoding());
			String text = new String(export.content(), StandardCharsets.UTF_8);
			assertTrue(text.startsWith("\uFEFFname,"), text);
			assertTrue(text.contains("'=cmd"), "a formula is neutralised: " + text);
			ExportReport gbk = services.data().exportContacts("gbk");
			assertEquals("GBK", gbk.encoding());
			assertTrue(new String(gbk.content(), "GBK").contains("王伟"));
			Path other = dir.resolve("other");
			try (LocalServices second = LocalServices.open(Store.open(StoreConfig.embedded(other)), CallTypeRegistry.read(),
					new Principal("admin", null, Role.ADMIN))) {
				assertEquals(1, second.data().importContacts(export.content(), "export.csv", false, null).stored());
				assertArrayEquals(export.content(), second.data().exportContacts("utf-8").content(),
						"the same contacts export to the same bytes");
			}
			assertEquals(2, services.audit().read(null, null, null, "EXPORT", 0, 10).size(),
					"both exports of this database are audited");
		}
	}

	@Test
	void aBackupLandsInTheDataFoldersBackupsFolder() throws Exception {
		try (LocalServices services = open()) {
			services.data().demo(20);
			AdminService.Backup backup = services.admin().backup();
			Path folder = dir.resolve(Backups.FOLDER).resolve(backup.name());
			assertTrue(backup.name().startsWith("revisit-") && backup.complete(), backup.toString());
			assertTrue(Files.isRegularFile(folder.resolve(Backups.MANIFEST)), "a complete backup in " + folder);
			assertTrue(Files.isRegularFile(folder.resolve("db/service.properties")));
			assertTrue(backup.bytes() > 0);
			AdminService.Backup second = services.admin().backup();
			assertEquals(List.of(backup.name(), second.name()),
					services.admin().backups().stream().map(AdminService.Backup::name).toList());
			assertTrue(services.audit().read(null, null, null, "BACKUP", 0, 10).stream()
					.anyMatch(e -> e.detail().startsWith(backup.name())));
			assertForbidden(() -> as(services, "agent1", Role.AGENT).admin().backups());

			Path restored = dir.resolve("restored");
			Backups.restore(folder, restored, false);
			try (Store copy = Store.open(StoreConfig.embedded(restored))) {
				assertEquals(20, copy.contacts().count());
			}
		}
	}

	@Test
	void onlyTheKnownSettingsAreReadOrWritten() {
		try (LocalServices services = open()) {
			AdminService admin = services.admin();
			assertNull(admin.setting("planner.weeklyBudget"));
			admin.setSetting("planner.weeklyBudget", " 4 ");
			assertEquals("4", admin.setting("planner.weeklyBudget"));
			assertEquals(4, services.planning().weeklyBudget());
			admin.setSetting("placeholder.hotline.support", "400-820-1234");
			assertEquals("400-820-1234", as(services, "agent1", Role.AGENT).admin().setting("placeholder.hotline.support"));
			for (String[] bad : new String[][] { { "planner.weeklyBudget", "0" }, { "planner.dailyRun", "2030-01-01" },
					{ "planner.holidayCalendar", "nowhere" }, { "placeholder.", "x" }, { "placeholder.a b", "x" },
					{ "placeholder.company", "a\u202Eb" } }) {
				ServiceException e = assertThrows(ServiceException.class, () -> admin.setSetting(bad[0], bad[1]));
				assertEquals(ServiceException.Kind.INVALID, e.kind(), e.getMessage());
			}
			assertEquals(ServiceException.Kind.INVALID,
					assertThrows(ServiceException.class, () -> admin.setting("planner.dailyRun")).kind());
			assertForbidden(() -> as(services, "agent1", Role.AGENT).admin().setSetting("placeholder.company", "x"));
			assertEquals("4", admin.setting("planner.weeklyBudget"), "the refused changes changed nothing");
		}
	}

	private static void assertForbidden(Runnable operation) {
		ServiceException e = assertThrows(ServiceException.class, operation::run);
		assertEquals(ServiceException.Kind.FORBIDDEN, e.kind(), e.getMessage());
	}
}
