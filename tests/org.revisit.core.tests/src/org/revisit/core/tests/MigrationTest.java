package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.User;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.internal.Migrations;
import org.revisit.store.internal.Migrations.Migration;

/** Each schema version is tested as an upgrade from the one before, with data in it. */
class MigrationTest {

	@TempDir
	Path dir;

	@Test
	void everyVersionUpgradesFromThePreviousOneKeepingTheData() {
		List<Migration> all = Migrations.all();
		for (int i = 1; i < all.size(); i++) {
			Path data = dir.resolve("v" + i);
			int from = all.get(i - 1).version();
			int to = all.get(i).version();
			try (Store old = Store.open(StoreConfig.embedded(data), from)) {
				assertEquals(from, old.schemaVersion());
				seed(old, from);
			}
			try (Store upgraded = Store.open(StoreConfig.embedded(data), to)) {
				assertFalse(upgraded.isNew());
				assertEquals(to, upgraded.schemaVersion());
				assertEquals(120, upgraded.contacts().count(), "contacts survive the upgrade to " + to);
				Contact first = upgraded.contacts().page(0, 1).get(0);
				assertFalse(first.getName().isBlank());
				if (to == Migrations.latestVersion()) {
					// the repositories speak the newest schema only
					List<Campaign> campaigns = upgraded.campaigns().list();
					assertEquals(5, campaigns.size());
					assertEquals(100, campaigns.get(0).getBudgetShare(), "existing campaigns may use the whole budget");
					assertNull(campaigns.get(0).getNameEn(), "existing campaigns have no English name");
				} else {
					assertEquals(5L, (long) upgraded.read(c -> {
						try (Statement s = c.createStatement();
								ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM campaign")) {
							rs.next();
							return rs.getLong(1);
						}
					}));
				}
				long versions = upgraded.read(c -> {
					try (Statement s = c.createStatement();
							ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
						rs.next();
						return rs.getLong(1);
					}
				});
				assertEquals(all.stream().filter(m -> m.version() <= to).count(), versions,
						"one row per applied version");
				if (from >= 2 && to >= 3) {
					assertEquals(List.of(1L, 2L), upgraded.users().list().stream().map(User::getId).toList(),
							"existing users are numbered by name");
					if (to == Migrations.latestVersion()) {
						// the repositories speak the newest schema only
						User added = RevisitFactory.eINSTANCE.createUser();
						added.setName("zhao");
						added.setRole(Role.AGENT);
						upgraded.users().insert(List.of(added));
						assertEquals(3, added.getId(), "new users continue after the numbered ones");
					} else {
						assertEquals(3L, (long) upgraded.read(c -> {
							try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
									"SELECT next_id FROM id_block WHERE name = 'app_user'")) {
								rs.next();
								return rs.getLong(1);
							}
						}), "new users continue after the numbered ones");
					}
				}
			}
		}
	}

	/**
	 * Fills a database of an older version with plain SQL: the repositories speak the newest schema only. The
	 * columns used exist from version 1 on; users from version 2 on, with numeric ids from version 3 on.
	 */
	private static void seed(Store store, int version) {
		store.inTransaction(c -> {
			try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, name, title, company, "
					+ "birthday_cal, birthday_month, birthday_day) VALUES (?, ?, '先生', '北京华信科技有限公司', 'S', 3, ?)");
					PreparedStatement phone = c.prepareStatement(
							"INSERT INTO contact_phone (contact_id, seq, kind, number) VALUES (?, 0, 'MOBILE', ?)")) {
				for (int i = 1; i <= 120; i++) {
					contact.setLong(1, i);
					contact.setString(2, "联系人" + i);
					contact.setInt(3, 1 + i % 28);
					contact.addBatch();
					phone.setLong(1, i);
					phone.setString(2, "138" + String.format("%08d", i));
					phone.addBatch();
				}
				contact.executeBatch();
				phone.executeBatch();
			}
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE id_block SET next_id = 121 WHERE name = 'contact'");
				for (int i = 1; i <= 5; i++) {
					s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (" + i + ", 'demo', '活动" + i + "')");
				}
				s.executeUpdate("UPDATE id_block SET next_id = 6 WHERE name = 'campaign'");
				if (version == 2) {
					s.executeUpdate("INSERT INTO app_user (name, role) VALUES ('wang', 'AGENT'), ('li', 'SUPERVISOR')");
				} else if (version >= 3) {
					// from version 3 on users have numeric ids, numbered by name when version 3 was applied
					s.executeUpdate("INSERT INTO app_user (id, name, role) VALUES (2, 'wang', 'AGENT'), (1, 'li', 'SUPERVISOR')");
					s.executeUpdate("UPDATE id_block SET next_id = 3 WHERE name = 'app_user'");
				}
			}
			return null;
		});
	}

	@Test
	void aDatabaseNewerThanThisProgramIsRefusedWithAClearMessage() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO schema_version VALUES (999, 'from the future', CURRENT_TIMESTAMP)");
				}
				return null;
			});
		}
		var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
				() -> Store.open(StoreConfig.embedded(dir)).close());
		assertTrue(e.getMessage().contains("999"), e.getMessage());
		assertTrue(e.getMessage().contains("update Revisit"), e.getMessage());
	}

	@Test
	void everyMigrationScriptShipsInTheBundle() {
		for (Migration m : Migrations.all()) {
			if (m.step() == null) {
				assertTrue(Store.class.getResource("/schema/" + m.script()) != null, m.script() + " is in the bundle");
			}
		}
	}

	@Test
	void version28DropsTheContactIndexesNothingReadsAndKeepsTheOthers() {
		Path data = dir.resolve("v25-indexes");
		try (Store old = Store.open(StoreConfig.embedded(data), 25)) {
			assertTrue(contactIndexes(old).containsAll(List.of("CONTACT_NAME", "CONTACT_NAME_ID", "CONTACT_BIRTHDAY")));
		}
		// the upgraded database and a new one have the same named indexes on contact: the ones the contacts view
		// sorts and filters by (name key, company, agent, class, each with the id); the keys' own (the id, the
		// successor) are named by Derby (contact_successor of version 2 duplicated the successor key's and was never
		// made)
		List<String> kept = List.of("CONTACT_AGENT_ID", "CONTACT_CLASS_ID", "CONTACT_COMPANY_ID", "CONTACT_NAME_KEY_ID");
		try (Store upgraded = Store.open(StoreConfig.embedded(data))) {
			assertEquals(kept, contactIndexes(upgraded));
		}
		try (Store fresh = Store.open(StoreConfig.embedded(dir.resolve("v28-new")))) {
			assertEquals(kept, contactIndexes(fresh));
		}
	}

	/** The names of the indexes created by name on table contact (not those Derby names for a key), sorted. */
	private static List<String> contactIndexes(Store store) {
		return store.read(c -> {
			List<String> names = new java.util.ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT g.conglomeratename "
					+ "FROM sys.sysconglomerates g JOIN sys.systables t ON g.tableid = t.tableid "
					+ "WHERE t.tablename = 'CONTACT' AND g.isindex AND g.conglomeratename NOT LIKE 'SQL%' "
					+ "ORDER BY g.conglomeratename")) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			return names;
		});
	}

	@Test
	void version7LinksPromisesToTheirCallsAndClosesTheOnesAlreadyMade() {
		Path data = dir.resolve("v6-promises");
		long made;
		long owed;
		try (Store old = Store.open(StoreConfig.embedded(data), 6)) {
			Contact contact = StoreTest.contact("王伟", "先生");
			// plain SQL: the contact repository writes the columns of the newest schema (the name key, version 18)
			old.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, '王伟')");
					s.executeUpdate("UPDATE id_block SET next_id = 2 WHERE name = 'contact'");
				}
				return null;
			});
			contact.setId(1);
			java.time.Instant due = java.time.Instant.parse("2026-11-25T06:30:00Z");
			List<org.revisit.model.Callback> promises = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				org.revisit.model.Callback cb = RevisitFactory.eINSTANCE.createCallback();
				cb.setContact(contact);
				cb.setDueAt(java.util.Date.from(due));
				cb.setSource(org.revisit.model.CallbackSource.CALL);
				promises.add(cb);
			}
			old.callbacks().insert(promises);
			made = promises.get(0).getId();
			owed = promises.get(1).getId();
			old.inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, call_type, due_from, "
						+ "due_to, priority, attempts, state, plan_key, version) VALUES (?, ?, 'x', ?, ?, 100, 1, ?, ?, 0)")) {
					Object[][] rows = { { 9001L, "COMPLETED", "callback:" + made }, { 9002L, "PLANNED", "callback:" + owed } };
					for (Object[] r : rows) {
						p.setLong(1, (Long) r[0]);
						p.setLong(2, contact.getId());
						p.setTimestamp(3, java.sql.Timestamp.from(due));
						p.setTimestamp(4, java.sql.Timestamp.from(due.plusSeconds(3600)));
						p.setString(5, (String) r[1]);
						p.setString(6, (String) r[2]);
						p.executeUpdate();
					}
				}
				return null;
			});
		}
		try (Store upgraded = Store.open(StoreConfig.embedded(data), 7)) {
			assertEquals(org.revisit.store.CallbackRepository.Closed.DONE, upgraded.callbacks().promise(made).closedAs(),
					"a promise whose call was made is closed");
			assertTrue(upgraded.callbacks().promise(owed).open(), "a promise still owed stays open");
			org.revisit.store.TaskRepository.QueueItem task = upgraded.tasks().openForContact(
					upgraded.callbacks().promise(owed).callback().getContact().getId()).get(0);
			assertEquals(Long.valueOf(owed), task.callbackId());
			assertEquals(java.time.Instant.parse("2026-11-25T06:30:00Z"), task.promisedAt());
		}
	}

	@Test
	void version9KeepsTheFieldChangesAsEditsAndTheUsersWithoutPasswords() {
		Path data = dir.resolve("v8-audit");
		try (Store old = Store.open(StoreConfig.embedded(data).withClock(TestClock.fixed()), 8)) {
			old.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO app_user (id, name, role) VALUES (1, 'wang', 'AGENT')");
					s.executeUpdate("UPDATE id_block SET next_id = 2 WHERE name = 'app_user'");
					s.executeUpdate("INSERT INTO audit_entry (id, who, changed_at, entity_type, entity_id, field, "
							+ "old_value, new_value) VALUES (1, 'li', TIMESTAMP('2026-11-20 01:00:00'), 'Contact', 7, "
							+ "'company', 'A', 'B')");
					s.executeUpdate("UPDATE id_block SET next_id = 2 WHERE name = 'audit_entry'");
				}
				return null;
			});
		}
		try (Store upgraded = Store.open(StoreConfig.embedded(data).withClock(TestClock.fixed()), 9)) {
			var edit = upgraded.audit().find(null, null, null, null, 0, 10);
			assertEquals(List.of(new org.revisit.store.AuditRecord(java.time.Instant.parse("2026-11-20T01:00:00Z"), "li",
					"EDIT", "Contact", 7L, "company", "A", "B", null, null)), edit);
			var wang = upgraded.users().account("wang");
			assertEquals(null, wang.password(), "no password: no login until an administrator sets one");
			assertFalse(wang.disabled());
			assertEquals(0, wang.failedLogins());
			assertEquals(null, wang.createdAt());
			upgraded.audit().record(null, "boss", "LOGIN", null, null, null);
			assertEquals(2, upgraded.audit().count(null, null, null, null), "new entries continue the numbering");
			var refused = org.junit.jupiter.api.Assertions.assertThrows(org.revisit.store.StoreException.class,
					() -> upgraded.inTransaction(c -> {
						try (Statement s = c.createStatement()) {
							return s.executeUpdate("DELETE FROM audit_entry WHERE who = 'li'");
						}
					}));
			assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
		}
	}
}
