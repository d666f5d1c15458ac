package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.ContactService.BulkReport;
import org.revisit.core.service.DataService.ImportKind;
import org.revisit.core.service.DataService.ImportPreview;
import org.revisit.core.service.ServiceException;
import org.revisit.model.Contact;
import org.revisit.model.CustomerClass;
import org.revisit.remote.RemoteServices;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;

/**
 * The contact operations of issue 12 over HTTPS, as a manager's workbench on a team server makes them: a filtered
 * and sorted page (the filter travels as JSON), a new contact, a stale edit (CONFLICT), a bulk change, the import
 * preview and a mapped import (the file as bytes).
 */
class RemoteContactsTest {

	@TempDir
	Path dir;

	@Test
	void aManagerWorksOnContactsThroughTheServer() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir); RemoteServices boss = f.connect(ServerFixture.MANAGER)) {
			byte[] csv = ("姓名,手机,客户级别,标签\n郑爽,13700001111,A,VIP\n韩梅梅,13700002222,C,\n冯巩,13700003333,A,\n")
					.getBytes(Charset.forName("GBK"));
			ImportPreview preview = boss.data().previewImport(ImportKind.CONTACTS, csv, "客户.csv", null);
			assertEquals("GBK", preview.encoding());
			assertEquals(List.of("name", "mobile", "customer_class", "tags"), preview.mapping());
			assertEquals(3, boss.data().importMapped(ImportKind.CONTACTS, csv, "客户.csv", false, null,
					preview.mapping()).stored());

			ContactFilter classA = ContactFilter.all().narrowedTo(CustomerClass.A, null, null, null, Boolean.FALSE)
					.sortedBy(ContactFilter.Sort.NAME, true);
			assertEquals(2, boss.contacts().countMatching(classA));
			List<Contact> page = boss.contacts().query(classA, 0, 10);
			assertEquals(List.of("郑爽", "冯巩"), page.stream().map(Contact::getName).toList());
			assertEquals(List.of("冯巩"), boss.contacts().queryAfter(classA, page.get(0).getId(), 10).stream()
					.map(Contact::getName).toList(), "a keyset page over the server");

			Contact added = ContactServiceTest.contact("李雷", CustomerClass.B, "agent1", "新客户");
			Contact stored = boss.contacts().create(added);
			assertTrue(stored.getId() > 0);
			Contact stale = boss.contacts().find(stored.getId());
			Contact fresh = boss.contacts().find(stored.getId());
			fresh.setPosition("技术总监");
			boss.contacts().update(fresh);
			stale.setPosition("总经理");
			assertEquals(ServiceException.Kind.CONFLICT,
					assertThrows(ServiceException.class, () -> boss.contacts().update(stale)).kind());

			BulkReport report = boss.contacts().bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "zhou"), null, classA);
			assertEquals(new BulkReport(2, 2), report);
			assertEquals(2, f.services.contacts().countMatching(ContactFilter.all().narrowedTo(null, null, "zhou", null,
					null)));
			assertEquals(1, boss.data().exportMatching(null, List.of(stored.getId()), "gbk").contacts());
		}
	}
}
