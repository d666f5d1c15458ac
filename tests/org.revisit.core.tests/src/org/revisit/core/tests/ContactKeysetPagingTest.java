package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.Role;
import org.revisit.store.ContactFilter;
import org.revisit.store.NameKeys;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Keyset pages of contacts ({@code ContactService.queryAfter}) give the same rows as offset pages, for every sort
 * in both directions, forwards and backwards, with empty values and ties; names sort by pinyin among Latin names.
 */
class ContactKeysetPagingTest {

	private static final String NAMES = "王李张刘陈杨黄赵吴周";
	private static final String[] LATIN = { "Anna", "Émile", "zoe", "Bob", "Li Na" };

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

	private void seed(int count) {
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = i % 7 == 3 ? LATIN[i % LATIN.length]
					: NAMES.charAt(i * 3 % NAMES.length()) + "" + NAMES.charAt(i / 4 % NAMES.length());
			Contact c = StoreTest.contact(name, "先生");
			c.setCompany(i % 5 == 0 ? null : "公司" + (i % 4));
			c.setOwningAgent(i % 3 == 0 ? null : "agent" + (i % 2));
			c.setCustomerClass(CustomerClass.get(i % 3));
			c.setStatus(i % 11 == 0 ? ContactStatus.LEFT_COMPANY : ContactStatus.ACTIVE);
			c.setTimeZone(i % 2 == 0 ? "Asia/Shanghai" : "Asia/Urumqi");
			contacts.add(c);
		}
		admin.store().contacts().insert(contacts);
	}

	private static List<Long> ids(List<Contact> contacts) {
		return contacts.stream().map(Contact::getId).toList();
	}

	@Test
	void keysetPagesEqualOffsetPagesForEverySortBothWays() {
		seed(90);
		Services s = admin;
		int size = 7;
		List<ContactFilter> filters = List.of(ContactFilter.all(),
				ContactFilter.all().narrowedTo(CustomerClass.B, null, null, null, null),
				ContactFilter.all().narrowedTo(null, null, "", null, null));
		for (ContactFilter base : filters) {
			for (ContactFilter.Sort sort : ContactFilter.Sort.values()) {
				for (boolean desc : new boolean[] { false, true }) {
					ContactFilter f = base.sortedBy(sort, desc);
					String what = sort + (desc ? " descending" : "") + " of " + base;
					long total = s.contacts().countMatching(f);
					List<List<Long>> byOffset = new ArrayList<>();
					for (long offset = 0; offset < total; offset += size) {
						byOffset.add(ids(s.contacts().query(f, offset, size)));
					}
					// forwards: each page after the last row of the one before
					List<Long> page = byOffset.get(0);
					for (int k = 1; k <= byOffset.size(); k++) {
						List<Long> next = ids(s.contacts().queryAfter(f, page.get(page.size() - 1), size));
						assertEquals(k < byOffset.size() ? byOffset.get(k) : List.of(), next, what + ", page " + k);
						page = next;
					}
					// backwards: the reversed order after the first row of the page below
					ContactFilter reversed = f.sortedBy(sort, !desc);
					for (int k = byOffset.size() - 2; k >= 0; k--) {
						List<Long> before = new ArrayList<>(
								ids(s.contacts().queryAfter(reversed, byOffset.get(k + 1).get(0), size)));
						Collections.reverse(before);
						assertEquals(byOffset.get(k), before, what + ", page " + k + " from below");
					}
					// the last page read from the end in the reversed order
					List<Long> last = byOffset.get(byOffset.size() - 1);
					List<Long> fromEnd = new ArrayList<>(ids(s.contacts().query(reversed, 0, last.size())));
					Collections.reverse(fromEnd);
					assertEquals(last, fromEnd, what + ", last page");
				}
			}
		}
	}

	@Test
	void namesSortByPinyinAmongLatinNames() {
		List<Contact> contacts = new ArrayList<>();
		for (String name : List.of("王芳", "Zoe", "李娜", "陈伟", "anna", "欧阳修", "Émile", "李四")) {
			contacts.add(StoreTest.contact(name, "先生"));
		}
		admin.store().contacts().insert(contacts);
		ContactFilter byName = ContactFilter.all().sortedBy(ContactFilter.Sort.NAME, false);
		assertEquals(List.of("anna", "陈伟", "Émile", "李娜", "李四", "欧阳修", "王芳", "Zoe"),
				admin.contacts().query(byName, 0, 20).stream().map(Contact::getName).toList());
		assertEquals("chen wei", NameKeys.of("陈伟"));
		assertEquals("li na", NameKeys.of(" Li  Na "));
		// an edit changes the key
		Contact wang = admin.contacts().query(byName, 6, 1).get(0);
		wang.setName("艾米");
		admin.contacts().update(wang);
		assertEquals("艾米", admin.contacts().query(byName, 0, 1).get(0).getName());
	}

	@Test
	void aContactOutsideTheFilterOrUnseenIsNotFound() {
		seed(20);
		ContactFilter classA = ContactFilter.all().narrowedTo(CustomerClass.A, null, null, null, null)
				.sortedBy(ContactFilter.Sort.NAME, false);
		long b = admin.contacts().query(ContactFilter.all().narrowedTo(CustomerClass.B, null, null, null, null), 0, 1)
				.get(0).getId();
		ServiceException e = assertThrows(ServiceException.class, () -> admin.contacts().queryAfter(classA, b, 5));
		assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
		assertEquals("afterId: contact " + b + " is not among the contacts of this filter", e.getMessage());
		// an agent reads only the contacts they call: none here
		Services li = admin.as(new Principal("li", null, Role.AGENT));
		e = assertThrows(ServiceException.class,
				() -> li.contacts().queryAfter(ContactFilter.all().sortedBy(ContactFilter.Sort.COMPANY, false), b, 5));
		assertEquals(ServiceException.Kind.NOT_FOUND, e.kind());
		e = assertThrows(ServiceException.class, () -> admin.contacts().queryAfter(classA, b, 0));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
	}

	@Test
	void version18FillsTheKeysOfTheContactsAlreadyStored() throws Exception {
		Path data = dir.resolve("v15");
		try (Store old = Store.open(StoreConfig.embedded(data), 15)) {
			old.inTransaction(c -> {
				try (var s = c.createStatement()) {
					s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, '王伟'), (2, '陈静'), (3, 'Bob')");
				}
				return null;
			});
		}
		try (Store upgraded = Store.open(StoreConfig.embedded(data))) {
			List<String> keys = upgraded.read(c -> {
				List<String> k = new ArrayList<>();
				try (PreparedStatement p = c.prepareStatement("SELECT name_key FROM contact ORDER BY name_key, id");
						ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						k.add(rs.getString(1));
					}
				}
				return k;
			});
			assertEquals(List.of("bob", "chen jing", "wang wei"), keys);
		}
	}
}
