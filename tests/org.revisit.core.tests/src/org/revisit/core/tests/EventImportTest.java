package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.Encodings;
import org.revisit.core.io.EventImporter;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.core.io.Reject;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** Service-event import: events are linked to stored contacts by mobile number or id. */
class EventImportTest {

	@TempDir
	Path dir;

	Store store;
	long wangId;
	long liId;

	@BeforeEach
	void open() throws Exception {
		store = Store.open(StoreConfig.embedded(dir.resolve("data")));
		Path contacts = dir.resolve("contacts.csv");
		Files.writeString(contacts, "name,mobile\n王伟,13800000001\n李娜,13800000002\n");
		assertEquals(2, ContactImporter.run(store, contacts, ImportOptions.defaults()).stored());
		wangId = store.contacts().page(0, 2).get(0).getId();
		liId = store.contacts().page(0, 2).get(1).getId();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void eventsAreLinkedToTheirContactsAndBadRowsRejected() throws Exception {
		Path file = dir.resolve("events.csv");
		Files.writeString(file, String.join("\n",
				"kind,occurred_at,mobile,contact_id,engineer,subject,external_ref,complaint_category,severity", // 1
				"purchase,2024-03-01 10:00,138 0000 0001,,,购买 ERP 五套,PO-1,,", // 2
				"热线,2024-03-02 14:30:15,,#" + liId + ",张工,打印服务异常,HL-7,,", // 3
				"投诉,2024/3/3 9:05,13800000001,,王工,上门迟到,CP-1,服务延误,重大", // 4
				"training,2024-02-30 09:00,13800000001,,,,TR-1,,", // 5: no 30 February
				"onsite,2024-03-04 09:00,13999999999,,,,OS-1,,", // 6: unknown contact
				"hotline,2024-03-05 09:00,13800000002,,,,HL-7,,", // 7: duplicate ref in file
				"meeting,2024-03-05 09:00,13800000002,,,,MT-1,,", // 8: unknown kind
				"hotline,2024-03-05 09:00,13800000002,,,,HL-8,fees,", // 9: category on a non-complaint
				"complaint,2024-03-05 09:00,13800000002,,,,CP-2,fees,catastrophic", // 10: unknown severity
				"training,2024-03-06 09:00,,,,,TR-2,,") + "\n"); // 11: no contact
		ImportResult result = EventImporter.run(store, file, ImportOptions.defaults());
		assertEquals(10, result.read());
		assertEquals(3, result.stored(), () -> result.firstRejects().toString());
		Map<Long, Reject> rejects = result.firstRejects().stream().collect(Collectors.toMap(Reject::line, r -> r));
		assertEquals("occurred_at", rejects.get(5L).column());
		assertEquals("mobile", rejects.get(6L).column());
		assertTrue(rejects.get(7L).reason().contains("duplicate of line 3"), rejects.get(7L).reason());
		assertEquals("kind", rejects.get(8L).column());
		assertEquals("complaint_category", rejects.get(9L).column());
		assertEquals("severity", rejects.get(10L).column());
		assertTrue(rejects.get(11L).reason().contains("names no contact"), rejects.get(11L).reason());
		assertEquals(3, store.events().count());

		List<ServiceEvent> wang = store.events().pageByContact(wangId, 0, 10);
		assertEquals(2, wang.size());
		ServiceEvent complaint = wang.get(0);
		assertEquals(ServiceEventKind.COMPLAINT, complaint.getKind());
		assertEquals(ComplaintCategory.SERVICE_DELAY, complaint.getComplaintCategory());
		assertEquals(ComplaintSeverity.MAJOR, complaint.getSeverity());
		assertEquals(LocalDateTime.of(2024, 3, 3, 9, 5),
				LocalDateTime.ofInstant(complaint.getOccurredAt().toInstant(), ZoneId.systemDefault()));
		assertEquals(ServiceEventKind.PURCHASE, wang.get(1).getKind());
		List<ServiceEvent> li = store.events().pageByContact(liId, 0, 10);
		assertEquals(1, li.size());
		assertEquals("张工", li.get(0).getEngineer());
		assertEquals(ServiceEventKind.HOTLINE_TICKET, li.get(0).getKind());

		// Importing the same file again: every reference is stored already.
		ImportResult again = EventImporter.run(store, file, ImportOptions.defaults());
		assertEquals(0, again.stored());
		assertTrue(again.firstRejects().get(0).reason().contains("PO-1 is stored already"));
	}

	@Test
	void chineseHeadersInGbk() throws Exception {
		Path file = dir.resolve("events-gbk.csv");
		Files.write(file, "类型,时间,手机,工程师,主题,单号\r\n培训,2024-04-01 09:00,13800000002,刘老师,财务软件培训,T-9\r\n"
				.getBytes(Encodings.GBK));
		ImportResult result = EventImporter.run(store, file, ImportOptions.defaults());
		assertEquals(Encodings.GBK, result.encoding());
		assertEquals(1, result.stored(), () -> result.firstRejects().toString());
		assertEquals("财务软件培训", store.events().pageByContact(liId, 0, 1).get(0).getSubject());
	}

	@Test
	void aFileWithoutMobileOrContactIdColumnIsRefused() throws Exception {
		Path file = dir.resolve("nocontact.csv");
		Files.writeString(file, "kind,occurred_at,subject\npurchase,2024-01-01,x\n", StandardCharsets.UTF_8);
		ImportException e = assertThrows(ImportException.class,
				() -> EventImporter.run(store, file, ImportOptions.defaults()));
		assertTrue(e.getMessage().contains("'mobile'") && e.getMessage().contains(file.toString()), e.getMessage());
	}
}
