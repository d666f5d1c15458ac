package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.model.Contact;
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
				if (from == 1) {
					addVersion1Contacts(old, 120);
				} else {
					DemoData.addContacts(old, 120, LocalDate.of(2026, 11, 23));
				}
			}
			try (Store upgraded = Store.open(StoreConfig.embedded(data), to)) {
				assertFalse(upgraded.isNew());
				assertEquals(to, upgraded.schemaVersion());
				assertEquals(120, upgraded.contacts().count(), "contacts survive the upgrade to " + to);
				Contact first = upgraded.contacts().page(0, 1).get(0);
				assertFalse(first.getName().isBlank());
				assertEquals(5, upgraded.campaigns().list().size());
				long versions = upgraded.read(c -> {
					try (Statement s = c.createStatement();
							ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
						rs.next();
						return rs.getLong(1);
					}
				});
				assertEquals(to, versions, "one row per applied version");
			}
		}
	}

	/**
	 * Fills a version-1 database with the columns version 1 has: today's ContactRepository writes the columns of
	 * the latest version (fax, consent, ...), which a version-1 table lacks.
	 */
	private static void addVersion1Contacts(Store store, int count) {
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				for (int i = 1; i <= count; i++) {
					s.executeUpdate("INSERT INTO contact (id, name, title, birthday_cal, birthday_month, birthday_day) "
							+ "VALUES (" + i + ", '客户" + i + "', '先生', 'S', 3, 7)");
					s.executeUpdate("INSERT INTO contact_phone (contact_id, seq, kind, number) VALUES (" + i
							+ ", 0, 'MOBILE', '1380000" + String.format("%04d", i) + "')");
				}
				s.executeUpdate("UPDATE id_block SET next_id = " + (count + 1) + " WHERE name = 'contact'");
			}
			return null;
		});
		DemoData.addContacts(store, 0, LocalDate.of(2026, 11, 23)); // the demo campaigns
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
			assertTrue(Store.class.getResource("/schema/" + m.script()) != null, m.script() + " is in the bundle");
		}
	}
}
