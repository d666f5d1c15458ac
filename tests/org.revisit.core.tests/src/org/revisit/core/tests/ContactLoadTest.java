package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.model.Contact;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The import's staged load ({@code ContactLoad}): the first import into an empty contacts table goes Derby's bulk way
 * (the successor's key is dropped and put back in the same transaction), later ones row by row; both store every
 * field as the repository's insert does, keep the key of {@code contact.successor_id} and hand out ids from the same
 * block; a failed first load leaves the key in place too.
 */
class ContactLoadTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@TempDir
	Path dir;

	private Path csv(String name, String... lines) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void firstAndLaterImportsStoreEverythingAndKeepTheSuccessorKey() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(CLOCK))) {
			Path first = csv("first.csv", "name,mobile,office_phone,tags,birthday,lunar,consent_date,do_not_call",
					"张伟,13900000001,010-62345678,VIP;华东;VIP,1980-05-17,no,2024-03-07 14:30,no",
					"李娜,13900000002,,,03-09,yes,,yes", "Anna Müller,13900000003,,新客户,,,,no");
			ImportResult r = ContactImporter.run(store, first, ImportOptions.defaults());
			assertEquals(3, r.stored(), r.firstRejects().toString());

			List<Contact> all = store.contacts().page(0, 100);
			assertEquals(3, all.size());
			Contact zhang = byName(all, "张伟");
			assertEquals(List.of("13900000001", "010-62345678"), zhang.getPhones().stream().map(p -> p.getNumber()).toList());
			assertEquals(PhoneType.OFFICE, zhang.getPhones().get(1).getType());
			assertEquals(java.util.Set.of("VIP", "华东"), java.util.Set.copyOf(zhang.getTags()));
			assertEquals(1980, zhang.getBirthday().getYear());
			assertEquals(17, zhang.getBirthday().getDay());
			// a time without an offset is read in the computer's zone
			assertEquals(java.time.LocalDateTime.parse("2024-03-07T14:30").atZone(ZoneId.systemDefault()).toInstant(),
					zhang.getConsentDate().toInstant());
			Contact li = byName(all, "李娜");
			assertTrue(li.isDoNotCall());
			assertEquals(0, li.getBirthday().getYear());
			assertEquals(org.revisit.model.CalendarKind.LUNAR, li.getBirthday().getCalendar());
			assertEquals(List.of("zhang wei", "li na", "anna muller"), nameKeys(store, "张伟", "李娜", "Anna Müller"));

			assertSuccessorKeyHolds(store);

			// a later import (the table has rows) and the repository's own insert continue the same ids
			ImportResult later = ContactImporter.run(store, csv("later.csv", "name,mobile", "王芳,13900000004"),
					ImportOptions.defaults());
			assertEquals(1, later.stored());
			Contact extra = RevisitFactory.eINSTANCE.createContact();
			extra.setName("赵强");
			org.revisit.model.PhoneNumber mobile = RevisitFactory.eINSTANCE.createPhoneNumber();
			mobile.setType(PhoneType.MOBILE);
			mobile.setNumber("13900000005");
			extra.getPhones().add(mobile);
			store.contacts().insert(List.of(extra));
			List<Long> ids = store.contacts().page(0, 100).stream().map(Contact::getId).sorted().toList();
			assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids);
			assertSuccessorKeyHolds(store);
		}
	}

	@Test
	void aFailedFirstLoadKeepsTheSuccessorKeyAndStoresNothing() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(CLOCK))) {
			try (Connection c = store.connect(); Statement s = c.createStatement()) {
				s.execute("ALTER TABLE contact ADD CONSTRAINT no_boom CHECK (name <> 'Boom')");
			}
			Path file = csv("boom.csv", "name,mobile,tags", "客户1,13900000001,VIP", "Boom,13900000002,VIP");
			ImportException e = assertThrows(ImportException.class,
					() -> ContactImporter.run(store, file, ImportOptions.defaults()));
			assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
			assertEquals(0, store.contacts().count());
			ImportResult r = ContactImporter.run(store, csv("ok.csv", "name,mobile", "客户1,13900000001"),
					ImportOptions.defaults());
			assertEquals(1, r.stored());
			assertSuccessorKeyHolds(store);
		}
	}

	/**
	 * The first import's contacts go into the database while the file is read (the insert reads them from the
	 * importer on a thread of its own); an import stopped in the middle, with thousands of contacts handed over
	 * already and the reading side waiting for the insert, stores nothing, keeps the key and leaves the ids unused.
	 */
	@Test
	void anImportStoppedWhileItsContactsAreStoredStoresNothing() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(CLOCK))) {
			String[] lines = new String[12_001];
			lines[0] = "name,mobile,office_phone,tags";
			for (int i = 1; i < lines.length; i++) {
				lines[i] = "客户" + i + ",139" + String.format("%08d", i) + ",010-6" + String.format("%07d", i) + ",VIP;新客户";
			}
			Path file = csv("big.csv", lines);
			java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
			java.util.concurrent.CancellationException stop = new java.util.concurrent.CancellationException("stop");
			assertThrows(java.util.concurrent.CancellationException.class,
					() -> ContactImporter.run(store, file, ImportOptions.defaults().withProgress(stored -> {
						seen.set(stored);
						if (stored >= 10_000) {
							throw stop;
						}
					})));
			assertEquals(10_000, seen.get());
			assertEquals(0, store.contacts().count());
			assertEquals(0, rows(store, "contact_phone"));
			assertEquals(0, rows(store, "contact_tag"));

			// the same file again, to the end: the ids start where they did, and the key is back
			ImportResult r = ContactImporter.run(store, file, ImportOptions.defaults());
			assertEquals(12_000, r.stored());
			assertEquals(24_000, rows(store, "contact_phone"));
			assertEquals(24_000, rows(store, "contact_tag"));
			assertEquals(1L, store.contacts().page(0, 1).get(0).getId());
			assertEquals("13900012000", byName(store.contacts().page(11_990, 100), "客户12000").getPhones().get(0)
					.getNumber());
			assertSuccessorKeyHolds(store);
		}
	}

	/**
	 * A load staged in files and published at the end (the load's first way, {@code new ContactLoad()} and
	 * {@code ImportTransaction.publish}, which other loaders use) still stores into an empty table in bulk, with the
	 * ids of the block and the key kept.
	 */
	@Test
	void aLoadStagedInFilesStoresAtPublish() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(CLOCK))) {
			long first;
			try (org.revisit.store.ImportTransaction tx = org.revisit.store.ImportTransaction.open(store, false);
					org.revisit.store.ContactLoad load = new org.revisit.store.ContactLoad()) {
				for (int i = 1; i <= 3; i++) {
					Contact c = RevisitFactory.eINSTANCE.createContact();
					c.setName("客户" + i);
					org.revisit.model.PhoneNumber mobile = RevisitFactory.eINSTANCE.createPhoneNumber();
					mobile.setType(PhoneType.MOBILE);
					mobile.setNumber("1390000000" + i);
					c.getPhones().add(mobile);
					c.getTags().add("VIP");
					load.add(c);
				}
				assertEquals(0, store.contacts().count());
				first = tx.publish(load);
				tx.commit();
			}
			assertEquals(1, first);
			assertEquals(3, store.contacts().count());
			assertEquals(3, rows(store, "contact_phone"));
			assertEquals(List.of("13900000002"), byName(store.contacts().page(0, 10), "客户2").getPhones().stream()
					.map(p -> p.getNumber()).toList());
			assertSuccessorKeyHolds(store);
		}
	}

	private static long rows(Store store, String table) throws SQLException {
		try (Connection c = store.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Contact byName(List<Contact> all, String name) {
		return all.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> nameKeys(Store store, String... names) throws SQLException {
		List<String> keys = new java.util.ArrayList<>();
		try (Connection c = store.connect(); var p = c.prepareStatement("SELECT name_key FROM contact WHERE name = ?")) {
			for (String name : names) {
				p.setString(1, name);
				try (ResultSet rs = p.executeQuery()) {
					assertTrue(rs.next(), name);
					keys.add(rs.getString(1));
				}
			}
		}
		return keys;
	}

	/** A successor that does not exist is refused by the database. */
	private static void assertSuccessorKeyHolds(Store store) throws SQLException {
		try (Connection c = store.connect(); Statement s = c.createStatement()) {
			SQLException e = assertThrows(SQLException.class,
					() -> s.executeUpdate("UPDATE contact SET successor_id = 999999 WHERE id = 1"));
			assertEquals("23503", e.getSQLState(), e.getMessage());
		}
	}
}
