package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.local.LocalAuditService;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Contact;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.AuditRepository;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.internal.AuditGuard;

/**
 * The audit trail: actions recorded through the store's API, read back newest first with filters, the field
 * changes of edits still recorded, and no way for the application, or for SQL, to change or delete an entry.
 */
class AuditTrailTest {

	@TempDir
	Path dir;

	Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void actionsAreReadBackNewestFirstWithTheirFilters() {
		Instant t = TestClock.NOW;
		store.audit().record(t, "wang", AuditActions.CLAIM, "CallTask", 7L, null);
		store.audit().record(t.plusSeconds(60), "li", AuditActions.LOGIN_FAILED, null, null, "wrong password",
				"198.51.100.4");
		store.audit().record(null, "wang", AuditActions.RELEASE, "CallTask", 7L, "back to the queue");
		store.transaction(tx -> {
			store.audit().record(tx, t.plusSeconds(120), "wang", AuditActions.FINISH, "CallTask", 8L, "reached");
			return null;
		});

		List<AuditRecord> all = store.audit().find(null, null, null, null, 0, 10);
		assertEquals(List.of(AuditActions.FINISH, AuditActions.LOGIN_FAILED, AuditActions.RELEASE, AuditActions.CLAIM),
				all.stream().map(AuditRecord::action).toList(), "newest first; the same time in the order recorded");
		AuditRecord failed = all.get(1);
		assertEquals(new AuditRecord(t.plusSeconds(60), "li", "LOGIN_FAILED", null, null, null, null, null,
				"wrong password", "198.51.100.4"), failed);
		assertEquals(TestClock.NOW, all.get(2).at(), "no time: the store's clock");

		assertEquals(3, store.audit().count(null, null, "wang", null));
		assertEquals(List.of(AuditActions.RELEASE), store.audit().find(null, null, "wang", AuditActions.RELEASE, 0, 10)
				.stream().map(AuditRecord::action).toList());
		assertEquals(2, store.audit().count(t.plusSeconds(60), null, null, null), "from is inclusive");
		assertEquals(2, store.audit().count(null, t.plusSeconds(60), null, null), "to is exclusive");
		assertEquals(List.of(AuditActions.RELEASE, AuditActions.CLAIM),
				store.audit().find(null, null, null, null, 2, 5).stream().map(AuditRecord::action).toList(), "paged");
	}

	@Test
	void anActionNeedsAUserAndAWellFormedName() {
		assertThrows(StoreException.class, () -> store.audit().record(null, " ", AuditActions.LOGIN, null, null, null));
		assertThrows(StoreException.class, () -> store.audit().record(null, "wang", "drop table", null, null, null));
		assertEquals(0, store.audit().count(null, null, null, null));
	}

	@Test
	void fieldChangesOfEditsAreStillRecordedAsEdits() {
		Contact contact = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(contact));
		Contact stored = store.contacts().find(contact.getId());
		stored.setCompany("上海电器");
		store.contacts().update(stored, "li");
		List<AuditRecord> edits = store.audit().find(null, null, "li", AuditActions.EDIT, 0, 10);
		assertEquals(1, edits.size());
		assertEquals("Contact", edits.get(0).entity());
		assertEquals(contact.getId(), edits.get(0).id());
		assertEquals("company", edits.get(0).field());
		assertEquals("上海电器", edits.get(0).after());
		assertEquals(1, store.audit().page("Contact", contact.getId(), 0, 10).size(), "the per-record view too");
		assertEquals(edits, store.audit().pageOf("Contact", contact.getId(), 0, 10));
	}

	@Test
	void sqlCannotChangeOrDeleteAnEntry() throws Exception {
		store.audit().record(null, "wang", AuditActions.LOGIN, null, null, null, "203.0.113.9");
		try (Connection c = store.connect(); Statement s = c.createStatement()) {
			for (String sql : List.of("UPDATE audit_entry SET who = 'someone else'", "DELETE FROM audit_entry",
					"DELETE FROM audit_entry WHERE 1 = 0")) {
				SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
				assertEquals(AuditGuard.SQL_STATE, e.getSQLState(), sql + ": " + e.getMessage());
				assertTrue(e.getMessage().contains("append-only"), e.getMessage());
			}
			// Derby refuses to truncate a table with a delete trigger
			SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE TABLE audit_entry"));
			assertEquals("XCL49", truncate.getSQLState(), truncate.getMessage());
		}
		List<AuditRecord> left = store.audit().find(null, null, null, null, 0, 10);
		assertEquals(1, left.size());
		assertEquals("wang", left.get(0).user());
	}

	@Test
	void neitherTheRepositoryNorTheServiceHasAWayToChangeOrDeleteEntries() {
		for (Class<?> type : List.of(AuditRepository.class, AuditService.class, LocalAuditService.class)) {
			for (Method m : type.getMethods()) {
				if (m.getDeclaringClass() == Object.class || !Modifier.isPublic(m.getModifiers())) {
					continue;
				}
				String name = m.getName().toLowerCase(Locale.ROOT);
				assertTrue(name.startsWith("record") || name.startsWith("append") || name.startsWith("find")
						|| name.startsWith("page") || name.startsWith("count") || name.startsWith("read"),
						type.getSimpleName() + "." + m.getName() + " is neither appending nor reading");
			}
		}
	}

	@Test
	void theLocalServicesRecordWhatTheyDoAsActions() {
		org.revisit.model.CallTask task = TaskFixtures.plan(store, 1, TestClock.NOW, 10).get(0);
		@SuppressWarnings("resource") // the store is closed after the test
		LocalServices services = LocalServices.open(store, CallTypeRegistry.read(), new Principal("boss", null, Role.ADMIN));
		services.as(new Principal("wang", null, Role.AGENT)).queue().claim(task.getId());
		AuditRecord claim = services.audit().read(null, null, "wang", "claim", 0, 10).get(0);
		assertEquals(AuditActions.CLAIM, claim.action());
		assertEquals("CallTask", claim.entity());
		assertEquals(task.getId(), claim.id());
		assertNull(claim.field());
	}
}
