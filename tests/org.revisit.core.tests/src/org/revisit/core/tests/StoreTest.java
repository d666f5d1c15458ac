package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.internal.Migrations;

/** The store against a real embedded Derby database in a temporary folder. */
class StoreTest {

	@TempDir
	Path dir;

	@Test
	void newDatabaseIsCreatedAtTheLatestSchemaVersion() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertTrue(store.isNew());
			assertEquals(Migrations.latestVersion(), store.schemaVersion());
			assertEquals(0, store.counts().contacts());
		}
		assertTrue(Files.isDirectory(dir.resolve("db")), "the database lives in DIR/db");
		assertFalse(Files.exists(Path.of("derby.log")), "derby.log goes to the data folder, not the working directory");
		try (Store again = Store.open(StoreConfig.embedded(dir))) {
			assertFalse(again.isNew());
			assertEquals(Migrations.latestVersion(), again.schemaVersion());
		}
	}

	@Test
	void contactsRoundTripWithPhonesAndBirthday() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			Contact lunar = contact("李娜", "女士");
			Birthday b = RevisitFactory.eINSTANCE.createBirthday();
			b.setCalendar(CalendarKind.LUNAR);
			b.setMonth(8);
			b.setDay(15);
			b.setLeapMonth(true);
			lunar.setBirthday(b);
			PhoneNumber bad = phone(PhoneType.OFFICE, "010-12345678");
			bad.setInvalid(true);
			lunar.getPhones().add(bad);
			store.contacts().insert(List.of(contact("王伟", "先生"), lunar));

			assertEquals(2, store.contacts().count());
			Contact read = store.contacts().find(lunar.getId());
			assertNotNull(read);
			assertEquals("李娜", read.getName());
			assertEquals("女士", read.getTitle());
			assertEquals(CalendarKind.LUNAR, read.getBirthday().getCalendar());
			assertEquals(8, read.getBirthday().getMonth());
			assertEquals(15, read.getBirthday().getDay());
			assertTrue(read.getBirthday().isLeapMonth());
			assertEquals(2, read.getPhones().size());
			assertEquals(PhoneType.MOBILE, read.getPhones().get(0).getType());
			assertTrue(read.getPhones().get(1).isInvalid());
			assertEquals(CustomerClass.B, read.getCustomerClass());
			assertEquals(ContactStatus.ACTIVE, read.getStatus());
			assertNull(store.contacts().find(999_999));
		}
	}

	/**
	 * The planner and the contact pages read a contact through one mapping (issue 16: they were two, and differed
	 * in stripping the customer class): every field the planner reads is what the contact pages read, by each of
	 * the planner's three ways of reading, and a class that is stored blank reads in both as the model's default
	 * (EMF sets an enum attribute given {@code null} to its default literal).
	 */
	@Test
	void thePlannerReadsAContactAsTheContactPagesDo() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			Contact lunar = contact("李娜", "女士");
			Birthday b = RevisitFactory.eINSTANCE.createBirthday();
			b.setCalendar(CalendarKind.LUNAR);
			b.setMonth(4);
			b.setDay(30);
			b.setLeapMonth(true);
			b.setYear(1980);
			lunar.setBirthday(b);
			lunar.setCustomerClass(CustomerClass.A);
			lunar.setDoNotCall(true);
			lunar.setOwningAgent("zhao");
			lunar.getTags().addAll(List.of("VIP", "华东"));
			Contact plain = contact("王伟", "先生");
			plain.setCustomerClass(null);
			plain.setTimeZone("Asia/Urumqi");
			Contact blank = contact("张三", "先生");
			store.contacts().insert(List.of(lunar, plain, blank));
			Contact heir = contact("李娜的继任", "女士");
			store.successions().replaceWithSuccessor(lunar, heir, "tester");
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					return s.executeUpdate("UPDATE contact SET customer_class = ' ' WHERE id = " + blank.getId());
				}
			});

			List<Long> ids = List.of(lunar.getId(), plain.getId(), blank.getId(), heir.getId());
			java.util.Map<Long, Contact> byIds = store.planningReads().contacts(ids);
			java.util.Map<Long, Contact> streamed = new java.util.HashMap<>();
			store.planningReads().streamContacts(k -> streamed.put(k.getId(), k));
			java.util.Map<Long, Contact> paged = new java.util.HashMap<>();
			store.planningReads().contactsAfter(0, 10).forEach(k -> paged.put(k.getId(), k));
			for (long id : ids) {
				String page = planningFields(store.contacts().find(id));
				assertEquals(page, planningFields(byIds.get(id)), "contacts(ids) of " + id);
				assertEquals(page, planningFields(streamed.get(id)), "streamContacts of " + id);
				assertEquals(page, planningFields(paged.get(id)), "contactsAfter of " + id);
			}
			Contact left = byIds.get(lunar.getId());
			assertEquals(ContactStatus.LEFT_COMPANY, left.getStatus());
			assertEquals(heir.getId(), left.getSuccessor().getId());
			assertTrue(left.getBirthday().isLeapMonth());
			assertEquals(1980, left.getBirthday().getYear());
			assertEquals(CustomerClass.A, left.getCustomerClass());
			assertEquals(List.of("VIP", "华东"), List.copyOf(new java.util.TreeSet<>(left.getTags())));
			CustomerClass none = RevisitFactory.eINSTANCE.createContact().getCustomerClass();
			assertEquals(none, store.contacts().find(blank.getId()).getCustomerClass(), "a blank class: the default");
			assertEquals(none, byIds.get(blank.getId()).getCustomerClass(), "for the planner too");
		}
	}

	/** What the planner reads of a contact, as one line. */
	private static String planningFields(Contact k) {
		assertNotNull(k);
		Birthday b = k.getBirthday();
		return k.getId() + " " + k.getName() + " " + k.getCompany() + " " + k.getTimeZone() + " | "
				+ (b == null ? "-" : (b.getCalendar() == CalendarKind.LUNAR ? "lunar " : "solar ")
						+ (b.isLeapMonth() ? "leap " : "") + b.getMonth() + "/" + b.getDay() + "/" + b.getYear())
				+ " " + k.getCustomerClass() + " " + k.isDoNotCall() + " " + k.getOwningAgent() + " " + k.getStatus()
				+ (k.getSuccessor() == null ? "" : "->" + k.getSuccessor().getId()) + " " + new java.util.TreeSet<>(k.getTags());
	}

	@Test
	void pagesFollowIdOrderAndCoverEveryRowOnce() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			List<Contact> contacts = new ArrayList<>();
			for (int i = 0; i < 450; i++) {
				contacts.add(contact("联系人" + i, "先生"));
			}
			store.contacts().insert(contacts);
			List<String> names = new ArrayList<>();
			for (long offset = 0; offset < 450; offset += 200) {
				store.contacts().page(offset, 200).forEach(c -> names.add(c.getName()));
			}
			assertEquals(450, names.size());
			for (int i = 0; i < 450; i++) {
				assertEquals("联系人" + i, names.get(i));
			}
			assertEquals(1, store.contacts().page(0, 1).get(0).getPhones().size());
			assertTrue(store.contacts().page(450, 200).isEmpty());
		}
	}

	@Test
	void searchFindsNameCompanyOrPhoneAndTakesTheTextLiterally() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			Contact wang = contact("王伟", "先生");
			Contact li = contact("李娜", "女士");
			li.setCompany("上海中盛智能有限公司");
			li.getPhones().get(0).setNumber("13912345678");
			Contact percent = contact("Zhang 100%", "先生");
			store.contacts().insert(List.of(wang, li, percent));
			assertEquals(1, store.contactSearch().count("王伟"));
			assertEquals(1, store.contactSearch().count("中盛"));
			assertEquals(1, store.contactSearch().count("1234567"));
			assertEquals(1, store.contactSearch().count("zhang"), "case does not matter");
			assertEquals(1, store.contactSearch().count("100%"), "% is a character here, not a wildcard");
			assertEquals(0, store.contactSearch().count("_"), "and so is _");
			assertEquals(3, store.contactSearch().count("  "), "a blank search finds everyone");
			assertEquals(List.of("李娜"), store.contactSearch().page("中盛", 0, 10).stream().map(Contact::getName).toList());
		}
	}

	@Test
	void aFailedTransactionLeavesNothingBehind() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			store.contacts().insert(List.of(contact("张三", "先生")));
			// valid for the model, but longer than the name column: the database itself fails the batch
			Contact broken = contact("名".repeat(101), "先生");
			assertThrows(StoreException.class,
					() -> store.contacts().insert(List.of(contact("李四", "先生"), broken)));
			assertEquals(1, store.contacts().count(), "the good row of the failed batch is rolled back too");
			long phones = store.read(c -> {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact_phone")) {
					rs.next();
					return rs.getLong(1);
				}
			});
			assertEquals(1, phones);
		}
	}

	@Test
	void aConnectionGivenBackIsHandedOutAgainCleanAndAClosedOneRefusesWork() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			java.sql.Connection first = store.connect();
			java.sql.Connection real = first.unwrap(java.sql.Connection.class);
			first.setAutoCommit(false);
			try (Statement s = first.createStatement()) {
				s.executeUpdate("INSERT INTO app_setting (name, setting_value) VALUES ('pool.test', 'left open')");
			}
			first.close();
			assertTrue(first.isClosed());
			SQLException refused = assertThrows(SQLException.class, first::createStatement);
			assertEquals("08003", refused.getSQLState());
			first.close(); // a second close is harmless and gives nothing back twice

			java.sql.Connection second = store.connect();
			java.sql.Connection third = store.connect();
			try {
				assertTrue(real == second.unwrap(java.sql.Connection.class), "the connection given back is handed out again");
				assertFalse(real == third.unwrap(java.sql.Connection.class), "one connection is lent to one unit of work at a time");
				assertTrue(second.getAutoCommit(), "handed out in auto-commit mode again");
				try (Statement s = second.createStatement();
						ResultSet r = s.executeQuery("SELECT COUNT(*) FROM app_setting WHERE name = 'pool.test'")) {
					assertTrue(r.next());
					assertEquals(0, r.getInt(1), "the transaction left open was rolled back when given back");
				}
			} finally {
				second.close();
				third.close();
			}
		}
	}

	static Contact contact(String name, String title) {
		Contact c = RevisitFactory.eINSTANCE.createContact();
		c.setName(name);
		c.setTitle(title);
		c.setCompany("北京华信科技有限公司");
		c.setTimeZone("Asia/Shanghai");
		c.setCustomerClass(CustomerClass.B);
		c.setStatus(ContactStatus.ACTIVE);
		c.getPhones().add(phone(PhoneType.MOBILE, "13800138000"));
		return c;
	}

	static PhoneNumber phone(PhoneType type, String number) {
		PhoneNumber p = RevisitFactory.eINSTANCE.createPhoneNumber();
		p.setType(type);
		p.setNumber(number);
		return p;
	}
}
