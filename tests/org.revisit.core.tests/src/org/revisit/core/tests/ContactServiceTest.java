package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.ContactService.BulkReport;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.AuditEntry;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Contacts through the services: adding and editing with the version check, validation and audit; filtered,
 * sorted pages done in the database; bulk changes on chosen contacts or a whole filter, audited, cancellable.
 */
class ContactServiceTest {

	@TempDir
	Path dir;

	private LocalServices admin;

	@BeforeEach
	void open() {
		admin = LocalServices.open(Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed())),
				CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
	}

	@AfterEach
	void close() {
		admin.close();
	}

	private Services as(String user, Role role) {
		return admin.as(new Principal(user, null, role));
	}

	static Contact contact(String name, CustomerClass cls, String agent, String... tags) {
		Contact c = StoreTest.contact(name, "先生");
		c.setCustomerClass(cls);
		c.setOwningAgent(agent);
		c.getTags().addAll(List.of(tags));
		return c;
	}

	@Test
	void aManagerAddsAContactWithALunarBirthdayAndItIsAudited() {
		Contact c = contact("周杰", CustomerClass.A, "li", "VIP");
		Birthday b = RevisitFactory.eINSTANCE.createBirthday();
		b.setCalendar(CalendarKind.LUNAR);
		b.setMonth(4);
		b.setDay(12);
		b.setLeapMonth(true);
		c.setBirthday(b);
		c.getPhones().add(StoreTest.phone(PhoneType.OFFICE, "010-62345678"));
		Contact stored = as("zhao", Role.MANAGER).contacts().create(c);

		assertTrue(stored.getId() > 0);
		assertEquals(0, stored.getVersion());
		assertTrue(stored.getBirthday().isLeapMonth());
		assertEquals(CalendarKind.LUNAR, stored.getBirthday().getCalendar());
		assertEquals(2, stored.getPhones().size());
		assertEquals(List.of("VIP"), stored.getTags());
		var trail = admin.audit().read(null, null, "zhao", AuditActions.CONTACT_ADDED, 0, 10);
		assertEquals(1, trail.size());
	}

	@Test
	void anInvalidNewContactIsRefusedNamingTheFieldAndNothingIsStored() {
		Contact noName = contact(" ", CustomerClass.A, null);
		ServiceException e = assertThrows(ServiceException.class, () -> admin.contacts().create(noName));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
		assertTrue(e.getMessage().contains("name"), e.getMessage());
		Contact badZone = contact("王伟", CustomerClass.A, null);
		badZone.setTimeZone("Mars/Olympus");
		e = assertThrows(ServiceException.class, () -> admin.contacts().create(badZone));
		assertTrue(e.getMessage().contains("timeZone"), e.getMessage());
		assertEquals(0, admin.contacts().count(null));
		assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class,
				() -> as("wang", Role.SUPERVISOR).contacts().create(contact("王伟", CustomerClass.A, null))).kind());
	}

	@Test
	void aStaleEditIsAConflictAndEachChangedFieldIsAudited() {
		Contact stored = admin.contacts().create(contact("王伟", CustomerClass.B, "li"));
		Contact mine = admin.contacts().find(stored.getId());
		Contact theirs = admin.contacts().find(stored.getId());
		mine.setCompany("上海博达软件有限公司");
		mine.setDoNotCall(true);
		as("zhao", Role.MANAGER).contacts().update(mine);
		theirs.setEmail("wang@example.cn");
		ServiceException e = assertThrows(ServiceException.class, () -> admin.contacts().update(theirs));
		assertEquals(ServiceException.Kind.CONFLICT, e.kind());
		assertTrue(e.getMessage().contains("reload"), e.getMessage());

		List<String> fields = admin.audit().read(null, null, "zhao", AuditActions.EDIT, 0, 10).stream()
				.map(r -> r.field()).sorted().toList();
		assertEquals(List.of("company", "doNotCall"), fields);
		Contact invalid = admin.contacts().find(stored.getId());
		invalid.getPhones().get(0).setNumber("12");
		e = assertThrows(ServiceException.class, () -> admin.contacts().update(invalid));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
		assertTrue(e.getMessage().contains("number"), e.getMessage());
	}

	@Test
	void supervisorsEditButOnlyManagersMoveAContactToAnotherAgent() {
		Contact stored = admin.contacts().create(contact("王伟", CustomerClass.B, "li"));
		Contact edit = admin.contacts().find(stored.getId());
		edit.setPosition("IT主管");
		as("qian", Role.SUPERVISOR).contacts().update(edit);
		Contact move = admin.contacts().find(stored.getId());
		move.setOwningAgent("wang");
		assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class,
				() -> as("qian", Role.SUPERVISOR).contacts().update(move)).kind());
		as("zhao", Role.MANAGER).contacts().update(move);
		assertEquals("wang", admin.contacts().find(stored.getId()).getOwningAgent());
	}

	private List<Contact> seed() {
		List<Contact> all = new ArrayList<>();
		String[] names = { "赵敏", "钱多", "孙立", "李娜", "周杰", "吴昊" };
		for (int i = 0; i < names.length; i++) {
			Contact c = contact(names[i], CustomerClass.get(i % 3), i % 2 == 0 ? "li" : "wang",
					i % 3 == 0 ? new String[] { "VIP" } : new String[0]);
			c.setCompany("公司" + (char) ('F' - i));
			c.setDoNotCall(i == 5);
			all.add(admin.contacts().create(c));
		}
		return all;
	}

	@Test
	void pagesAreFilteredAndSortedInTheDatabase() {
		List<Contact> all = seed();
		ContactFilter byCompany = ContactFilter.all().sortedBy(ContactFilter.Sort.COMPANY, false);
		assertEquals(List.of("吴昊", "周杰", "李娜", "孙立", "钱多", "赵敏"), names(admin.contacts().query(byCompany, 0, 10)));
		assertEquals(List.of("李娜", "孙立"), names(admin.contacts().query(byCompany, 2, 2)));
		ContactFilter liA = ContactFilter.all().narrowedTo(CustomerClass.A, null, "li", null, null);
		assertEquals(List.of("赵敏"), names(admin.contacts().query(liA, 0, 10)));
		ContactFilter vip = ContactFilter.all().narrowedTo(null, "VIP", null, null, null)
				.sortedBy(ContactFilter.Sort.ID, true);
		assertEquals(List.of("李娜", "赵敏"), names(admin.contacts().query(vip, 0, 10)));
		assertEquals(2, admin.contacts().countMatching(vip));
		ContactFilter dnc = ContactFilter.all().narrowedTo(null, null, null, ContactStatus.ACTIVE, Boolean.TRUE);
		assertEquals(List.of("吴昊"), names(admin.contacts().query(dnc, 0, 10)));
		assertEquals(6, admin.contacts().countMatching(ContactFilter.all().withText("公司")));
		assertEquals(1, admin.contacts().countMatching(ContactFilter.all().withText("公司b")));
		assertEquals(0, admin.contacts().countMatching(ContactFilter.all().narrowedTo(null, null, "", null, null)));
		assertEquals(List.of("VIP"), admin.contacts().query(vip, 0, 1).get(0).getTags());
		assertEquals(all.get(0).getPhones().get(0).getNumber(),
				admin.contacts().query(liA, 0, 1).get(0).getPhones().get(0).getNumber());
		// an agent sees none of them: they call none
		assertEquals(0, as("li", Role.AGENT).contacts().countMatching(ContactFilter.all()));
	}

	@Test
	void bulkChangesOnChosenContactsOrAFilterAreAuditedPerContact() {
		List<Contact> all = seed();
		Services zhao = as("zhao", Role.MANAGER);
		ContactFilter classA = ContactFilter.all().narrowedTo(CustomerClass.A, null, null, null, null);
		BulkReport report = zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "zhou"), null, classA);
		assertEquals(new BulkReport(2, 2), report);
		assertEquals(2, admin.contacts().countMatching(classA.narrowedTo(CustomerClass.A, null, "zhou", null, null)));
		Contact first = admin.contacts().find(all.get(0).getId());
		assertEquals(1, first.getVersion(), "a bulk change raises the version, so an open form must reload");

		List<Long> ids = List.of(all.get(0).getId(), all.get(1).getId(), 999_999L);
		report = zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.ADD_TAG, "重点客户"), ids, null);
		assertEquals(new BulkReport(2, 2), report);
		assertEquals(List.of("VIP", "重点客户"), admin.contacts().find(all.get(0).getId()).getTags());
		report = zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.REMOVE_TAG, "VIP"), ids, null);
		assertEquals(new BulkReport(2, 1), report, "the second had no VIP tag");
		report = zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.DO_NOT_CALL, "客户要求"), null,
				ContactFilter.all().narrowedTo(null, null, "wang", null, null));
		assertEquals(new BulkReport(2, 1), report, "wang has two left, one on do-not-call already");
		Contact dnc = admin.contacts().find(all.get(1).getId());
		assertTrue(dnc.isDoNotCall());
		assertEquals("客户要求", dnc.getDoNotCallSource());
		assertEquals(TestClock.NOW, dnc.getDoNotCallDate().toInstant());

		List<AuditEntry> trail = admin.store().audit().page("Contact", all.get(0).getId(), 0, 20);
		assertEquals(List.of("owningAgent", "tags", "tags"), trail.stream().map(AuditEntry::getField)
				.filter(java.util.Objects::nonNull).sorted().toList(), "one entry per contact and field changed");
		assertEquals(4, admin.audit().count(null, null, "zhao", AuditActions.CONTACTS_BULK));
		assertNull(admin.contacts().bulkProgress());
	}

	@Test
	void badBulkChangesAreRefusedNamingWhatIsWrong() {
		seed();
		Services zhao = as("zhao", Role.MANAGER);
		ServiceException e = assertThrows(ServiceException.class,
				() -> zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.ADD_TAG, " "), null, ContactFilter.all()));
		assertEquals("tag must be 1 to 60 characters of plain text", e.getMessage());
		e = assertThrows(ServiceException.class,
				() -> zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.DO_NOT_CALL, null), List.of(1L), null));
		assertTrue(e.getMessage().startsWith("reason"), e.getMessage());
		e = assertThrows(ServiceException.class,
				() -> zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "li"), null, null));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
		assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class, () -> as("qian",
				Role.SUPERVISOR).contacts().bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "li"), null,
						ContactFilter.all())).kind());
	}

	@Test
	void aCancelledBulkChangeChangesNothing() throws Exception {
		ScaleFixtures.insert(admin.store(), 20_000);
		Services zhao = as("zhao", Role.MANAGER);
		CompletableFuture<BulkReport> run = CompletableFuture.supplyAsync(() -> zhao.contacts()
				.bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "zhou"), null, ContactFilter.all()));
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (zhao.contacts().bulkProgress() == null && !run.isDone() && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		assertTrue(zhao.contacts().cancelBulk() || run.isDone());
		ServiceException e = assertThrows(java.util.concurrent.ExecutionException.class, () -> run.get(60,
				TimeUnit.SECONDS)).getCause() instanceof ServiceException s ? s : null;
		assertEquals(ServiceException.Kind.CONFLICT, e.kind(), e.getMessage());
		assertEquals(0, admin.contacts().countMatching(ContactFilter.all().narrowedTo(null, null, "zhou", null, null)));
		assertEquals(0, admin.audit().count(null, null, "zhao", null));
	}

	private static List<String> names(List<Contact> contacts) {
		return contacts.stream().map(Contact::getName).toList();
	}
}
