package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.model.AuditEntry;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.model.User;
import org.revisit.store.StaleDataException;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.ValidationException;

/**
 * Editing stored records: optimistic locking (two people edit the same record, the second is told to reload),
 * the audit trail of changed fields, and validation before anything is written.
 */
class EditingTest {

	@TempDir
	Path dir;

	Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void secondEditOfAContactIsRefusedAndTheFirstIsKept() {
		Contact stored = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(stored));
		Contact mine = store.contacts().find(stored.getId());
		Contact theirs = store.contacts().find(stored.getId());

		mine.setCompany("上海博达软件有限公司");
		store.contacts().update(mine, "agent1");
		theirs.setCompany("广州恒通网络有限公司");
		StaleDataException e = assertThrows(StaleDataException.class, () -> store.contacts().update(theirs, "agent2"));

		assertEquals("Contact " + stored.getId() + " (王伟) was changed by someone else since you opened it; "
				+ "reload and try again", e.getMessage());
		Contact now = store.contacts().find(stored.getId());
		assertEquals("上海博达软件有限公司", now.getCompany());
		assertEquals(1, now.getVersion());
		assertEquals(1, store.audit().page("Contact", stored.getId(), 0, 10).size(), "the refused edit left no audit");
		// after reloading, the second person can save
		Contact reloaded = store.contacts().find(stored.getId());
		reloaded.setCompany("广州恒通网络有限公司");
		store.contacts().update(reloaded, "agent2");
		assertEquals(2, store.contacts().find(stored.getId()).getVersion());
	}

	@Test
	void anEditOfADeletedContactSaysSo() {
		Contact stored = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(stored));
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("DELETE FROM contact WHERE id = " + stored.getId());
			}
			return null;
		});
		StaleDataException e = assertThrows(StaleDataException.class, () -> store.contacts().update(stored, "agent1"));
		assertTrue(e.getMessage().contains("Contact " + stored.getId() + " (王伟) was deleted"), e.getMessage());
	}

	@Test
	void onlyChangedFieldsAreAudited() {
		Contact stored = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(stored));
		Contact edit = store.contacts().find(stored.getId());
		edit.setTitle("经理");
		edit.setCustomerClass(CustomerClass.A);
		edit.getPhones().get(0).setInvalid(true);
		edit.getPhones().add(StoreTest.phone(PhoneType.OFFICE, "010-62345678"));
		store.contacts().update(edit, "supervisor1");

		Map<String, AuditEntry> byField = new TreeMap<>();
		for (AuditEntry a : store.audit().page("Contact", stored.getId(), 0, 50)) {
			byField.put(a.getField(), a);
		}
		assertEquals(List.of("customerClass", "phones", "title"), List.copyOf(byField.keySet()));
		AuditEntry title = byField.get("title");
		assertEquals("先生", title.getOldValue());
		assertEquals("经理", title.getNewValue());
		assertEquals("supervisor1", title.getWho());
		assertEquals("Contact", title.getEntityType());
		assertEquals("MOBILE 13800138000", byField.get("phones").getOldValue());
		assertEquals("MOBILE 13800138000 (invalid), OFFICE 010-62345678", byField.get("phones").getNewValue());
		Contact read = store.contacts().find(stored.getId());
		assertTrue(read.getPhones().get(0).isInvalid());
		assertEquals("010-62345678", read.getPhones().get(1).getNumber());

		Contact unchanged = store.contacts().find(stored.getId());
		store.contacts().update(unchanged, "supervisor1");
		assertEquals(3, store.audit().page("Contact", stored.getId(), 0, 50).size(), "saving without changes adds none");
	}

	@Test
	void editsOfDoNotCallFaxAndTagsAreSavedAndAudited() {
		Contact stored = StoreTest.contact("李娜", "女士");
		stored.getTags().add("VIP");
		store.contacts().insert(List.of(stored));
		Contact edit = store.contacts().find(stored.getId());
		assertEquals(List.of("VIP"), List.copyOf(edit.getTags()));
		edit.setDoNotCall(true);
		edit.setDoNotCallDate(new java.util.Date(1_795_000_000_000L));
		edit.setDoNotCallSource("客户来电要求");
		edit.setFax("010-62345679");
		edit.getTags().add("投诉客户");
		store.contacts().update(edit, "supervisor1");

		Contact read = store.contacts().find(stored.getId());
		assertTrue(read.isDoNotCall());
		assertEquals("客户来电要求", read.getDoNotCallSource());
		assertEquals(1_795_000_000_000L, read.getDoNotCallDate().getTime());
		assertEquals("010-62345679", read.getFax());
		assertEquals(java.util.Set.of("VIP", "投诉客户"), java.util.Set.copyOf(read.getTags()));
		Map<String, AuditEntry> byField = new TreeMap<>();
		for (AuditEntry a : store.audit().page("Contact", stored.getId(), 0, 50)) {
			byField.put(a.getField(), a);
		}
		assertEquals(List.of("doNotCall", "doNotCallSince", "fax", "tags"), List.copyOf(byField.keySet()));
		assertEquals("VIP, 投诉客户", byField.get("tags").getNewValue());
	}

	@Test
	void secondEditOfACampaignIsRefused() {
		Campaign stored = RepositoryTest.campaign("季度客户回访");
		store.campaigns().insert(List.of(stored));
		Campaign mine = store.campaigns().find(stored.getId());
		Campaign theirs = store.campaigns().find(stored.getId());
		mine.setPriority(80);
		store.campaigns().update(mine, "manager1");
		theirs.setPriority(10);
		StaleDataException e = assertThrows(StaleDataException.class, () -> store.campaigns().update(theirs, "manager2"));
		assertTrue(e.getMessage().startsWith("Campaign " + stored.getId() + " (季度客户回访) was changed"), e.getMessage());
		assertEquals(80, store.campaigns().find(stored.getId()).getPriority());
		List<AuditEntry> audit = store.audit().page("Campaign", stored.getId(), 0, 10);
		assertEquals(1, audit.size());
		assertEquals("priority", audit.get(0).getField());
		assertEquals("50", audit.get(0).getOldValue());
		assertEquals("80", audit.get(0).getNewValue());
	}

	@Test
	void secondEditOfACallbackIsRefused() {
		Contact contact = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(contact));
		Callback stored = RevisitFactory.eINSTANCE.createCallback();
		stored.setContact(contact);
		stored.setDueAt(Date.from(Instant.parse("2026-11-24T06:00:00Z")));
		stored.setSource(CallbackSource.COMPLAINT);
		stored.setOwner("agent1");
		store.callbacks().insert(List.of(stored));
		Callback mine = store.callbacks().find(stored.getId());
		Callback theirs = store.callbacks().find(stored.getId());
		mine.setOwner("agent2");
		store.callbacks().update(mine, "supervisor1");
		StaleDataException e = assertThrows(StaleDataException.class, () -> store.callbacks().markDone(theirs, "agent1"));
		assertTrue(e.getMessage().startsWith("Callback " + stored.getId() + " (contact " + contact.getId()), e.getMessage());
		Callback now = store.callbacks().find(stored.getId());
		assertEquals("agent2", now.getOwner());
		assertEquals(false, now.isDone());
		assertEquals(false, theirs.isDone(), "the refused copy is left as it was");
		assertEquals("owner", store.audit().page("Callback", stored.getId(), 0, 10).get(0).getField());
	}

	@Test
	void secondEditOfAUserIsRefused() {
		store.users().insert(List.of(RepositoryTest.user("wang", "王伟", Role.AGENT)));
		User mine = store.users().find("wang");
		User theirs = store.users().find("wang");
		mine.setRole(Role.SUPERVISOR);
		store.users().update(mine, "admin");
		theirs.setDisplayName("王小伟");
		StaleDataException e = assertThrows(StaleDataException.class, () -> store.users().update(theirs, "admin2"));
		assertTrue(e.getMessage().startsWith("User wang (王小伟) was changed by someone else"), e.getMessage());
		assertEquals("王伟", store.users().find("wang").getDisplayName());
		assertEquals(Role.SUPERVISOR, store.users().find("wang").getRole());
	}

	@Test
	void anEditNeedsTheActingUser() {
		Contact stored = StoreTest.contact("王伟", "先生");
		store.contacts().insert(List.of(stored));
		stored.setTitle("经理");
		StoreException e = assertThrows(StoreException.class, () -> store.contacts().update(stored, " "));
		assertTrue(e.getMessage().contains("user"), e.getMessage());
		assertEquals("先生", store.contacts().find(stored.getId()).getTitle());
	}

	@Test
	void invalidContactsAreRefusedAndNothingIsWritten() {
		Contact good = StoreTest.contact("李娜", "女士");
		Contact bad = StoreTest.contact("王伟", "先生");
		bad.getPhones().get(0).setNumber("12x");
		bad.setTimeZone("Mars/Olympus");
		ValidationException e = assertThrows(ValidationException.class,
				() -> store.contacts().insert(List.of(good, bad)));
		assertTrue(e.getMessage().contains("王伟"), e.getMessage());
		assertTrue(e.getMessage().contains("\"number\""), e.getMessage());
		assertTrue(e.getMessage().contains("\"timeZone\""), e.getMessage());
		assertEquals(2, e.errors().size());
		assertEquals(0, store.contacts().count(), "the valid contact of the refused batch is not stored either");
		assertEquals(0, count("contact_phone"));

		store.contacts().insert(List.of(good));
		Contact edit = store.contacts().find(good.getId());
		edit.setName(" ");
		edit.setCompany("别的公司");
		ValidationException u = assertThrows(ValidationException.class, () -> store.contacts().update(edit, "agent1"));
		assertTrue(u.getMessage().contains("\"name\""), u.getMessage());
		Contact stored = store.contacts().find(good.getId());
		assertEquals("李娜", stored.getName());
		assertEquals("北京华信科技有限公司", stored.getCompany());
		assertEquals(0, stored.getVersion());
		assertEquals(0, count("audit_entry"));
	}

	@Test
	void invalidCampaignsAndScriptsAreRefused() {
		Campaign bad = RepositoryTest.campaign("坏活动");
		bad.getCallingWindows().get(1).setEndMinute(600); // 14:00-10:00
		bad.getAttemptPolicy().setMaxAttempts(0);
		ValidationException e = assertThrows(ValidationException.class, () -> store.campaigns().insert(List.of(bad)));
		assertTrue(e.getMessage().contains("坏活动"), e.getMessage());
		assertTrue(e.getMessage().contains("\"endMinute\""), e.getMessage());
		assertTrue(e.getMessage().contains("\"maxAttempts\""), e.getMessage());
		assertEquals(0, count("campaign"));
		assertEquals(0, count("campaign_window"));

		Script script = RepositoryTest.script("returnVisit", "回访");
		script.getSteps().get(1).setNumber(1);
		ValidationException s = assertThrows(ValidationException.class, () -> store.scripts().insertNewVersion(script));
		assertTrue(s.getMessage().contains("\"number\""), s.getMessage());
		assertEquals(0, count("script"));
		assertTrue(store.scripts().versions("returnVisit").isEmpty());
	}

	@Test
	void anInvalidCampaignEditIsRefused() {
		Campaign stored = RepositoryTest.campaign("季度客户回访");
		store.campaigns().insert(List.of(stored));
		Campaign edit = store.campaigns().find(stored.getId());
		edit.setActiveTo(edit.getActiveFrom().minusDays(1));
		ValidationException e = assertThrows(ValidationException.class, () -> store.campaigns().update(edit, "m"));
		assertTrue(e.getMessage().contains("\"activeTo\""), e.getMessage());
		assertEquals(null, store.campaigns().find(stored.getId()).getActiveTo());
		assertEquals(0, count("audit_entry"));
	}

	@Test
	void demoDataIsValidEvenOnALeapDay() {
		// some demo birthdays fall on "today"; on 29 February they need a leap year of birth
		DemoData.addContacts(store, 200, LocalDate.of(2028, 2, 29));
		assertEquals(200, store.contacts().count());
	}

	private long count(String table) {
		return store.read(c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}
}
