package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.core.service.DataService.ImportKind;
import org.revisit.core.service.DataService.ImportPreview;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.CustomerClass;
import org.revisit.model.Role;
import org.revisit.store.ContactFilter;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * What the import wizard asks of the services: the first rows of a file as they decode with the columns matched
 * from its header, and an import with the user's own column mapping (the same engine as {@code cli import});
 * and the export of a filter or of chosen contacts.
 */
class ImportMappingTest {

	@TempDir
	Path dir;

	private LocalServices admin;

	private static final Charset GBK = Charset.forName("GBK");

	@BeforeEach
	void open() {
		admin = LocalServices.open(Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed())),
				CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
	}

	@AfterEach
	void close() {
		admin.close();
	}

	private static final String FILE = "联系人,手机号码,公司名称,等级,备注\r\n"
			+ "郑爽,13700001111,杭州金桥软件有限公司,A,老客户\r\n"
			+ "冯巩,12345,北京天合科技有限公司,B,号码不全\r\n"
			+ "韩梅梅,13700002222,南京远航电子有限公司,C,\r\n";

	@Test
	void thePreviewDecodesAGbkFileAndMatchesChineseHeaders() {
		ImportPreview p = admin.data().previewImport(ImportKind.CONTACTS, FILE.getBytes(GBK), "客户.csv", null);
		assertEquals("GBK", p.encoding());
		assertEquals(List.of("联系人", "手机号码", "公司名称", "等级", "备注"), p.header());
		assertEquals(3, p.rows().size());
		assertEquals("郑爽", p.rows().get(0).get(0));
		assertEquals(List.of("name", "mobile", "company", "", ""), p.mapping(), "等级 and 备注 are no known names");
		assertTrue(p.columns().stream().anyMatch(c -> c.english().equals("mobile") && c.required()));
		ImportPreview forced = admin.data().previewImport(ImportKind.CONTACTS, FILE.getBytes(GBK), "客户.csv", "utf-8");
		assertEquals("UTF-8", forced.encoding());
		assertNotEquals("郑爽", forced.rows().get(0).get(0), "read in the wrong encoding, the user sees it garbled");
		assertEquals(0, admin.contacts().count(null), "a preview stores nothing");
	}

	@Test
	void anImportWithTheUsersMappingUsesItAndReportsRejectsByLine() {
		List<String> mapping = List.of("name", "mobile", "company", "customer_class", "");
		ImportReport dry = admin.data().importMapped(ImportKind.CONTACTS, FILE.getBytes(GBK), "客户.csv", true, null,
				mapping);
		assertEquals(2, dry.valid());
		assertEquals(1, dry.rejected());
		assertEquals(3, dry.firstRejects().get(0).line());
		assertEquals("手机号码", dry.firstRejects().get(0).column(), "the reject names the file's own column");
		assertEquals(List.of(), dry.warnings(), "an ignored column is no warning");
		assertEquals(0, admin.contacts().count(null));

		ImportReport done = admin.data().importMapped(ImportKind.CONTACTS, FILE.getBytes(GBK), "客户.csv", false, null,
				mapping);
		assertEquals(2, done.stored());
		assertTrue(new String(done.rejects(), StandardCharsets.UTF_8).contains("冯巩"));
		assertEquals(1, admin.contacts().countMatching(ContactFilter.all().narrowedTo(CustomerClass.C, null, null,
				null, null)), "等级 mapped to the customer class");
	}

	@Test
	void aBadMappingIsRefusedNamingWhatIsWrong() {
		ServiceException e = assertThrows(ServiceException.class, () -> admin.data().importMapped(ImportKind.CONTACTS,
				FILE.getBytes(GBK), "客户.csv", true, null, List.of("name", "", "company", "", "")));
		assertTrue(e.getMessage().contains("'mobile'"), e.getMessage());
		e = assertThrows(ServiceException.class, () -> admin.data().importMapped(ImportKind.CONTACTS,
				FILE.getBytes(GBK), "客户.csv", true, null, List.of("name", "mobile")));
		assertEquals("客户.csv: the column mapping has 2 entries, but the header row has 5 fields", e.getMessage());
		e = assertThrows(ServiceException.class, () -> admin.data().importMapped(ImportKind.CONTACTS,
				FILE.getBytes(GBK), "客户.csv", true, null, List.of("name", "mobile", "name", "", "")));
		assertTrue(e.getMessage().contains("twice"), e.getMessage());
		assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class,
				() -> admin.as(new Principal("qian", null, Role.SUPERVISOR)).data().previewImport(ImportKind.CONTACTS,
						FILE.getBytes(GBK), "客户.csv", null)).kind());
	}

	@Test
	void anExportOfAFilterOrOfChosenContactsHasThoseOnly() {
		admin.data().importMapped(ImportKind.CONTACTS, FILE.getBytes(GBK), "客户.csv", false, null,
				List.of("name", "mobile", "company", "customer_class", ""));
		ExportReport classA = admin.data().exportMatching(
				ContactFilter.all().narrowedTo(CustomerClass.A, null, null, null, null), null, "gbk");
		assertEquals(1, classA.contacts());
		String text = new String(classA.content(), GBK);
		assertTrue(text.contains("郑爽") && !text.contains("韩梅梅"), text);
		long last = admin.contacts().query(ContactFilter.all(), 1, 1).get(0).getId();
		ExportReport chosen = admin.data().exportMatching(null, List.of(last, 999_999L), null);
		assertEquals(1, chosen.contacts());
		assertTrue(new String(chosen.content(), StandardCharsets.UTF_8).contains("韩梅梅"));
		assertNull(admin.contacts().bulkProgress());
	}
}
