package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactExporter;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.Encodings;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.core.io.Reject;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneType;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** Contact import and export against a real embedded Derby database and real files. */
class ContactImportTest {

	static final String HEADER = "name,title,company,position,mobile,office_phone,email,address,fax,birthday,lunar,"
			+ "time_zone,customer_class,tags,do_not_call";

	@TempDir
	Path dir;

	Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir.resolve("data")));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
		Path file = dir.resolve(name);
		byte[] body = text.getBytes(charset);
		if (bom) {
			byte[] withBom = new byte[body.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(body, 0, withBom, 3, body.length);
			body = withBom;
		}
		Files.write(file, body);
		return file;
	}

	private Path write(String name, String... lines) throws IOException {
		return write(name, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, false);
	}

	private ImportResult run(Path file) throws ImportException {
		return ContactImporter.run(store, file, ImportOptions.defaults());
	}

	private static Map<Long, Reject> byLine(ImportResult result) {
		return result.firstRejects().stream().collect(Collectors.toMap(Reject::line, r -> r));
	}

	@Test
	void goodFileIsStoredWithEveryColumn() throws Exception {
		Path file = write("good.csv", HEADER,
				"王伟,先生,北京华信科技有限公司,信息部经理,138 1234 5678,010-61234567,wang@example.cn,北京市朝阳区1号,010-61234568,"
						+ "1980-03-07,no,Asia/Shanghai,A,VIP;重点客户,no",
				"李娜,女士,上海中盛软件有限公司,IT主管,13912345678,,li@example.cn,\"上海市, 浦东新区\",,闰04-15,是,,b,,否",
				"\"张 \"\"小\"\" 强\",先生,,,13712345678,,,\"多行\n地址\",,,,Asia/Urumqi,,,yes");
		ImportResult result = run(file);
		assertEquals(3, result.read());
		assertEquals(3, result.stored());
		assertEquals(0, result.rejected(), () -> result.firstRejects().toString());
		assertEquals(StandardCharsets.UTF_8, result.encoding());
		List<Contact> contacts = store.contacts().page(0, 10);
		assertEquals(3, contacts.size());
		Contact wang = contacts.get(0);
		assertEquals("王伟", wang.getName());
		assertEquals("13812345678", wang.getPhones().get(0).getNumber(), "spaces are taken out of mobile numbers");
		assertEquals(PhoneType.OFFICE, wang.getPhones().get(1).getType());
		assertEquals("010-61234568", wang.getFax());
		assertEquals(1980, wang.getBirthday().getYear());
		assertEquals(CustomerClass.A, wang.getCustomerClass());
		assertEquals(List.of("VIP", "重点客户"), wang.getTags());
		Contact li = contacts.get(1);
		assertEquals("上海市, 浦东新区", li.getAddress());
		assertEquals(CalendarKind.LUNAR, li.getBirthday().getCalendar());
		assertTrue(li.getBirthday().isLeapMonth());
		assertEquals(4, li.getBirthday().getMonth());
		assertEquals(CustomerClass.B, li.getCustomerClass());
		Contact zhang = contacts.get(2);
		assertEquals("张 \"小\" 强", zhang.getName());
		assertEquals("多行\n地址", zhang.getAddress());
		assertEquals("Asia/Urumqi", zhang.getTimeZone());
		assertTrue(zhang.isDoNotCall());
	}

	@Test
	void badRowsAreRejectedWithLineColumnAndReasonAndTheRestIsStored() throws Exception {
		Path file = write("bad.csv", HEADER, // line 1
				"赵敏,女士,,,13800000001,,,,,02-30,no,,,,", // 2: February 30
				"钱多,先生,,,13800000002,,,,,08-31,yes,,,,", // 3: lunar day 31
				"孙丽,女士,,,12ab,,,,,,,,,,", // 4: invalid phone
				"周全,先生,,,13800000004,,,,,,,,D,,", // 5: unknown class
				"吴用,先生,,,13800000005,,,,,,,Mars/Olympus,,,", // 6: unknown zone
				"郑和,先生,,,13800000006,,,,", // 7: too few fields
				"冯巩,先生,,,\"13800000007\"x,,,,,,,,,,", // 8: bad quotes
				"陈明,先生,,,13800000008,,,,,,,,,,", // 9: good
				"陈明,先生,,,138-0000-0008,,,,,,,,,,", // 10: duplicate of line 9
				"褚红,女士,,,13800000010,,not-an-email,,,,,,,,", // 11: bad e-mail
				",先生,,,13800000011,,,,,,,,,,", // 12: no name
				"卫青,先生,,,13800000012,,,,,2023-02-29,no,,,,"); // 13: no 29 February in 2023
		ImportResult result = run(file);
		assertEquals(12, result.read());
		assertEquals(1, result.stored());
		assertEquals(11, result.rejected());
		Map<Long, Reject> rejects = byLine(result);
		assertEquals("birthday", rejects.get(2L).column());
		assertTrue(rejects.get(2L).reason().contains("day"), rejects.get(2L).reason());
		assertEquals("birthday", rejects.get(3L).column());
		assertEquals("mobile", rejects.get(4L).column());
		assertTrue(rejects.get(4L).reason().contains("12ab"), rejects.get(4L).reason());
		assertEquals("customer_class", rejects.get(5L).column());
		assertTrue(rejects.get(5L).reason().contains("'D'"), rejects.get(5L).reason());
		assertEquals("time_zone", rejects.get(6L).column());
		assertTrue(rejects.get(6L).reason().contains("Mars/Olympus"), rejects.get(6L).reason());
		assertNull(rejects.get(7L).column());
		assertTrue(rejects.get(7L).reason().contains("has 9 fields; the header has 15"), rejects.get(7L).reason());
		assertEquals("mobile", rejects.get(8L).column());
		assertTrue(rejects.get(8L).reason().startsWith("bad quotes"), rejects.get(8L).reason());
		assertFalse(rejects.containsKey(9L));
		assertTrue(rejects.get(10L).reason().contains("duplicate of line 9"), rejects.get(10L).reason());
		assertEquals("email", rejects.get(11L).column());
		assertEquals("name", rejects.get(12L).column());
		assertEquals("birthday", rejects.get(13L).column());
		assertEquals(1, store.contacts().count());
		assertEquals("陈明", store.contacts().page(0, 1).get(0).getName());
	}

	@Test
	void unclosedQuoteRejectsItsLineAndTheFollowingLinesAreStillRead() throws Exception {
		Path file = write("unclosed.csv", "name,mobile", "\"王伟,13800000001", "李娜,13800000002", "张强,13800000003");
		ImportResult result = run(file);
		assertEquals(1, result.rejected());
		assertEquals(2L, result.firstRejects().get(0).line());
		assertTrue(result.firstRejects().get(0).reason().contains("never closed"));
		assertEquals(2, result.stored());
	}

	@Test
	void lineNumbersArePhysicalLinesAfterMultiLineFields() throws Exception {
		Path file = write("multi.csv", "name,address,mobile", "王伟,\"第一行\n第二行\n第三行\",13800000001",
				"李娜,,bad-phone");
		ImportResult result = run(file);
		assertEquals(5L, result.firstRejects().get(0).line(), "the header is line 1, the 3-line row lines 2 to 4");
	}

	@Test
	void duplicatesOfStoredContactsAreRejected() throws Exception {
		assertEquals(2, run(write("first.csv", "name,mobile", "王伟,13800000001", "李娜,13800000002")).stored());
		ImportResult second = run(write("second.csv", "name,mobile", "王伟,13800000001", "张强,+86 138 0000 0002",
				"赵敏,13800000003"));
		assertEquals(1, second.stored());
		assertEquals(2, second.rejected());
		assertTrue(second.firstRejects().get(0).reason().contains("already has mobile number 13800000001"));
		assertTrue(second.firstRejects().get(1).reason().startsWith("duplicate"));
		assertEquals(3, store.contacts().count());
	}

	@Test
	void gbkFileWithChineseHeadersIsDetected() throws Exception {
		Path file = write("gbk.csv", "姓名,称呼,单位,职务,手机,办公电话,邮箱,地址,传真,生日,农历,时区,客户级别,标签,勿扰\r\n"
				+ "王伟,先生,北京华信科技有限公司,经理,13812345678,,,北京市,,1980-03-07,否,,A,重点客户,否\r\n",
				Encodings.GBK, false);
		ImportResult result = run(file);
		assertEquals(Encodings.GBK, result.encoding());
		assertEquals(1, result.stored(), () -> result.firstRejects().toString());
		Contact c = store.contacts().page(0, 1).get(0);
		assertEquals("王伟", c.getName());
		assertEquals("北京华信科技有限公司", c.getCompany());
		assertEquals(List.of("重点客户"), c.getTags());
	}

	@Test
	void utf8WithBomIsReadAndTheBomIsNotPartOfTheFirstColumn() throws Exception {
		Path file = write("bom.csv", "姓名,手机\r\n李娜,13912345678\r\n", StandardCharsets.UTF_8, true);
		ImportResult result = run(file);
		assertEquals(StandardCharsets.UTF_8, result.encoding());
		assertEquals(1, result.stored());
		assertEquals("李娜", store.contacts().page(0, 1).get(0).getName());
	}

	@Test
	void forcedEncodingIsUsed() throws Exception {
		Path file = write("gbk2.csv", "姓名,手机\n李娜,13912345678\n", Encodings.GBK, false);
		ImportResult result = ContactImporter.run(store, file,
				ImportOptions.defaults().withEncoding(Encodings.named("gbk")));
		assertEquals(1, result.stored());
		assertEquals("李娜", store.contacts().page(0, 1).get(0).getName());
	}

	@Test
	void missingFileAndMissingRequiredColumnFailNamingFileAndColumn() throws Exception {
		Path missing = dir.resolve("nope.csv");
		ImportException e = assertThrows(ImportException.class, () -> run(missing));
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
		Path noMobile = write("nomobile.csv", "name,company", "王伟,华信");
		e = assertThrows(ImportException.class, () -> run(noMobile));
		assertTrue(e.getMessage().contains(noMobile.toString()) && e.getMessage().contains("'mobile'"), e.getMessage());
		Path empty = write("empty.csv", "");
		assertThrows(ImportException.class, () -> run(empty));
		assertEquals(0, store.contacts().count());
	}

	@Test
	void dryRunStoresNothingButReportsTheSame() throws Exception {
		Path file = write("dry.csv", "name,mobile", "王伟,13800000001", "李娜,bad", "张强,13800000003");
		ImportResult dry = ContactImporter.run(store, file, ImportOptions.defaults().withDryRun(true));
		assertEquals(3, dry.read());
		assertEquals(2, dry.valid());
		assertEquals(0, dry.stored());
		assertEquals(1, dry.rejected());
		assertEquals(0, store.contacts().count());
		ImportResult real = run(file);
		assertEquals(2, real.stored());
		assertEquals(dry.firstRejects(), real.firstRejects());
	}

	@Test
	void rejectsFileListsLineReasonAndOriginalFieldsInUtf8WithBom() throws Exception {
		Path file = write("rej.csv", "姓名,手机,生日", "王伟,13800000001,02-30", "李娜,13800000002,03-08",
				"\"张,强\",13800000003,13-01");
		Path rejects = Files.createDirectories(dir.resolve("out")).resolve("rejects.csv");
		ImportResult result = ContactImporter.run(store, file, ImportOptions.defaults().withRejects(rejects));
		assertEquals(2, result.rejected());
		byte[] bytes = Files.readAllBytes(rejects);
		assertEquals((byte) 0xEF, bytes[0]);
		assertEquals((byte) 0xBB, bytes[1]);
		assertEquals((byte) 0xBF, bytes[2]);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVParser.parse(text, CSVFormat.RFC4180).getRecords();
		assertEquals(List.of("line", "column", "reason", "姓名", "手机", "生日"), records.get(0).toList());
		assertEquals("2", records.get(1).get(0));
		assertEquals("生日", records.get(1).get(1));
		assertEquals(List.of("王伟", "13800000001", "02-30"), records.get(1).toList().subList(3, 6));
		assertEquals("4", records.get(2).get(0));
		assertEquals("张,强", records.get(2).get(3));
		assertEquals(3, records.size());
	}

	@Test
	void aFailingStoreLeavesTheDatabaseAsItWas() throws Exception {
		assertEquals(1, run(write("before.csv", "name,mobile", "老客户,13900000000")).stored());
		// A constraint the import does not know about makes a late batch fail inside the transaction.
		try (Connection c = store.connect(); Statement s = c.createStatement()) {
			s.execute("ALTER TABLE contact ADD CONSTRAINT no_boom CHECK (name <> 'Boom')");
		}
		StringBuilder csv = new StringBuilder("name,mobile\n");
		int rows = 5000;
		for (int i = 0; i < rows; i++) {
			csv.append(i == rows - 10 ? "Boom" : "客户" + i).append(",138").append(String.format("%08d", i)).append('\n');
		}
		Path file = write("boom.csv", csv.toString(), StandardCharsets.UTF_8, false);
		ImportException e = assertThrows(ImportException.class, () -> run(file));
		assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
		assertEquals(1, store.contacts().count());
		try (Connection c = store.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact_phone")) {
			rs.next();
			assertEquals(1, rs.getInt(1), "no phone rows of the failed import remain");
		}
		assertEquals("老客户", store.contacts().page(0, 1).get(0).getName());
	}

	@Test
	void exportThenImportRoundTrips() throws Exception {
		Path file = write("source.csv", "name,title,company,mobile,office_phone,home_phone,fax,birthday,lunar,tags,"
				+ "customer_class,do_not_call,dnc_date,dnc_source,consent,consent_date,consent_source,status,owning_agent,"
				+ "email,address,time_zone,position",
				"王伟,先生,华信,13800000001,010-61234567,,010-1,1980-03-07,no,VIP;新客户,A,yes,2024-05-01 10:30:00,电话要求,"
						+ "no,,,active,agent7,w@example.cn,\"北京, 朝阳\",Asia/Shanghai,经理",
				"李娜,女士,中盛,13800000002,,021-7654321,,闰04-15,yes,,C,no,,,yes,2024-01-02,展会,left,,,,Asia/Urumqi,");
		assertEquals(2, run(file).stored());
		Path exported = dir.resolve("export1.csv");
		assertEquals(2, ContactExporter.export(store, exported));
		byte[] bytes = Files.readAllBytes(exported);
		assertEquals((byte) 0xEF, bytes[0], "UTF-8 with BOM");

		try (Store other = Store.open(StoreConfig.embedded(dir.resolve("other")))) {
			ImportResult again = ContactImporter.run(other, exported, ImportOptions.defaults());
			assertEquals(2, again.stored(), () -> again.firstRejects().toString());
			Path exported2 = dir.resolve("export2.csv");
			ContactExporter.export(other, exported2);
			assertEquals(Files.readString(exported), Files.readString(exported2));
			Contact li = other.contacts().page(0, 2).get(1);
			assertEquals(ContactStatus.LEFT_COMPANY, li.getStatus());
			assertTrue(li.isConsent());
			assertNotNull(li.getConsentDate());
			assertEquals("展会", li.getConsentSource());
			Contact wang = other.contacts().page(0, 1).get(0);
			assertEquals("电话要求", wang.getDoNotCallSource());
			assertNotNull(wang.getDoNotCallDate());
		}
	}

	@Test
	void rejectsFileThatIsTheInputIsRefusedBeforeAnythingIsReadOrWritten() throws Exception {
		Path file = write("same.csv", "name,mobile", "王伟,13800000001", "李娜,bad");
		byte[] before = Files.readAllBytes(file);
		ImportException e = assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(file)));
		assertTrue(e.getMessage().contains("rejects file " + file) && e.getMessage().contains("imported " + file)
				&& e.getMessage().lines().count() == 1, e.getMessage());
		// the same file under another spelling of its path
		Path other = dir.resolve("sub/../same.csv");
		Files.createDirectories(dir.resolve("sub"));
		assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(other)));
		assertEquals(List.of(before.length), List.of(Files.readAllBytes(file).length));
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
		assertEquals(0, store.contacts().count());
		assertFalse(Files.exists(dir.resolve("same.csv.partial")));
	}

	@Test
	void aFailedImportKeepsTheEarlierRejectsFileAndLeavesNoPartialOne() throws Exception {
		Path rejects = dir.resolve("rejects.csv");
		Files.writeString(rejects, "the rejects of an earlier import\n");
		try (Connection c = store.connect(); Statement s = c.createStatement()) {
			s.execute("ALTER TABLE contact ADD CONSTRAINT no_boom CHECK (name <> 'Boom')");
		}
		StringBuilder csv = new StringBuilder("name,mobile\n李娜,bad\n");
		for (int i = 0; i < 3000; i++) {
			csv.append(i == 2990 ? "Boom" : "客户" + i).append(",138").append(String.format("%08d", i)).append('\n');
		}
		Path file = write("boom.csv", csv.toString(), StandardCharsets.UTF_8, false);
		assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(rejects)));
		assertEquals("the rejects of an earlier import\n", Files.readString(rejects));
		assertFalse(Files.exists(dir.resolve("rejects.csv.partial")));
		assertEquals(0, store.contacts().count());
		// a successful import replaces it
		ContactImporter.run(store, write("ok.csv", "name,mobile", "王伟,13800000001", "李娜,bad"),
				ImportOptions.defaults().withRejects(rejects));
		assertTrue(Files.readString(rejects).contains("李娜"));
		assertFalse(Files.exists(dir.resolve("rejects.csv.partial")));
	}

	@Test
	void aQuoteClosingBadlyOnALaterLineRejectsOnlyItsLineAndTheRowsBetweenAreRead() throws Exception {
		Path file = write("quotes.csv", "name,mobile,address", // 1
				"王伟,13800000001,\"北京", // 2: opens a quote ...
				"李娜,13800000002,上海", // 3: good
				"张强,13800000003,广州\" 天河", // 4: ... that closes badly here; on its own a stray quote
				"赵敏,13800000004,深圳", // 5: good
				"钱多,1380000\"0005,杭州", // 6: stray quote
				"孙丽,13800000006,南京"); // 7: good
		ImportResult result = run(file);
		assertEquals(3, result.stored(), () -> result.firstRejects().toString());
		assertEquals(3, result.rejected());
		Map<Long, Reject> rejects = byLine(result);
		assertEquals(List.of(2L, 4L, 6L), rejects.keySet().stream().sorted().toList());
		assertEquals("address", rejects.get(2L).column());
		assertTrue(rejects.get(2L).reason().startsWith("bad quotes"), rejects.get(2L).reason());
		assertEquals(List.of("王伟,13800000001,\"北京"), rejects.get(2L).fields());
		assertEquals("address", rejects.get(4L).column());
		assertTrue(rejects.get(4L).reason().startsWith("bad quotes"), rejects.get(4L).reason());
		assertEquals("mobile", rejects.get(6L).column());
		assertEquals(List.of("李娜", "赵敏", "孙丽"),
				store.contacts().page(0, 10).stream().map(Contact::getName).toList());
	}

	@Test
	void theMobileColumnTakesOnlyMainlandChinaMobileNumbers() throws Exception {
		Path file = write("mobiles.csv", "name,mobile,office_phone", // 1
				"王伟,+86 139-1234-5678,010-61234567", // 2: good, stored as 13912345678
				"李娜,0086 13712345678,", // 3: good
				"张强,8613612345678,", // 4: good
				"赵敏,12345678,", // 5: a landline-length number
				"钱多,12012345678,", // 6: 12 is no mobile prefix
				"孙丽,1381234567,", // 7: 10 digits
				"周全,+1 415 555 0100,", // 8: not mainland China
				"王伟,139 1234 5678,", // 9: duplicate of line 2, written otherwise
				"吴用,,0571-88886666"); // 10: no mobile, an office number: good
		ImportResult result = run(file);
		Map<Long, Reject> rejects = byLine(result);
		assertEquals(List.of(5L, 6L, 7L, 8L, 9L), rejects.keySet().stream().sorted().toList(),
				() -> result.firstRejects().toString());
		for (long line = 5; line <= 8; line++) {
			Reject r = rejects.get(line);
			assertEquals("mobile", r.column());
			assertTrue(r.reason().contains("mobile '" + r.fields().get(1) + "'")
					&& r.reason().contains("mainland China"), r.reason());
		}
		assertTrue(rejects.get(9L).reason().contains("duplicate of line 2"), rejects.get(9L).reason());
		assertEquals(4, result.stored());
		List<Contact> stored = store.contacts().page(0, 10);
		assertEquals("13912345678", stored.get(0).getPhones().get(0).getNumber());
		assertEquals("13712345678", stored.get(1).getPhones().get(0).getNumber());
		assertEquals("13612345678", stored.get(2).getPhones().get(0).getNumber());
		assertEquals(PhoneType.OFFICE, stored.get(3).getPhones().get(0).getType());
		// an import after that finds the stored number however it is written
		ImportResult again = run(write("again.csv", "name,mobile", "王伟,86-139-1234-5678"));
		assertTrue(again.firstRejects().get(0).reason().contains("already has mobile number 13912345678"),
				() -> again.firstRejects().toString());
	}

	@Test
	void rowsThatCannotBeDecodedWithTheChosenEncodingAreRejected() throws Exception {
		Path file = write("gbk-forced-utf8.csv", "name,mobile\n张三,13800000001\nLi Lei,13800000002\n", Encodings.GBK,
				false);
		ImportResult result = ContactImporter.run(store, file,
				ImportOptions.defaults().withEncoding(StandardCharsets.UTF_8));
		assertEquals(1, result.stored());
		assertEquals(1, result.rejected());
		Reject r = result.firstRejects().get(0);
		assertEquals(2L, r.line());
		assertEquals("name", r.column());
		assertTrue(r.reason().contains("could not be decoded as UTF-8"), r.reason());
		assertEquals("Li Lei", store.contacts().page(0, 10).get(0).getName());
	}

	/** Bytes of UTF-8 and GBK lines, one file: what a copy and paste between two spreadsheets gives. */
	private Path mixed(String name, Object... lines) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < lines.length; i += 2) {
			bytes.writeBytes((lines[i + 1] + "\n").getBytes((Charset) lines[i]));
		}
		Path file = dir.resolve(name);
		Files.write(file, bytes.toByteArray());
		return file;
	}

	@Test
	void aUtf8RowAndAGbkRowInOneFileStoreNoMojibake() throws Exception {
		Charset utf8 = StandardCharsets.UTF_8;
		Charset gbk = Encodings.GBK;
		Path file = mixed("one-each.csv", utf8, "name,mobile", utf8, "李明,13800000001", gbk, "王伟,13800000002");
		ImportResult result = run(file);
		assertEquals(utf8, result.encoding(), "a tie is read as UTF-8");
		assertEquals(1, result.stored());
		assertEquals(1, result.rejected());
		Reject r = result.firstRejects().get(0);
		assertEquals(3L, r.line());
		assertTrue(r.reason().startsWith("not valid UTF-8 text") && r.reason().contains("a GBK row in a UTF-8 file?"),
				r.reason());
		assertEquals(List.of("李明"), names());
	}

	@Test
	void aMostlyUtf8FileWithOneGbkRowIsReadAsUtf8AndTheGbkRowRejected() throws Exception {
		Charset utf8 = StandardCharsets.UTF_8;
		Path file = mixed("mostly-utf8.csv", utf8, "姓名,手机,单位", utf8, "李明,13800000001,华信", utf8,
				"张强,13800000002,中盛", Encodings.GBK, "王伟,13800000003,北京华信科技有限公司", utf8, "赵敏,13800000004,");
		ImportResult result = run(file);
		assertEquals(utf8, result.encoding());
		assertEquals(3, result.stored());
		assertEquals(List.of(4L), result.firstRejects().stream().map(Reject::line).toList());
		assertEquals(List.of("李明", "张强", "赵敏"), names());
	}

	@Test
	void aMostlyGbkFileWithOneUtf8RowIsReadAsGbkAndTheUtf8RowRejected() throws Exception {
		Charset gbk = Encodings.GBK;
		Path file = mixed("mostly-gbk.csv", gbk, "姓名,手机,单位", gbk, "李明,13800000001,华信", gbk,
				"张强,13800000002,中盛", StandardCharsets.UTF_8, "王伟,13800000003,北京华信科技有限公司", gbk,
				"赵敏,13800000004,");
		ImportResult result = run(file);
		assertEquals(gbk, result.encoding());
		assertEquals(3, result.stored(), () -> result.firstRejects().toString());
		Reject r = result.firstRejects().get(0);
		assertEquals(4L, r.line());
		assertTrue(r.reason().startsWith("not valid GBK text") && r.reason().contains("UTF-8 row in a GBK file"),
				r.reason());
		assertEquals(List.of("李明", "张强", "赵敏"), names());
	}

	@Test
	void gbkRowsOfRealisticNamesAreNeverTakenForUtf8() throws Exception {
		String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
				+ "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马";
		String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯鑫晶婷雪琳颖倩慧燕霖瑶璐翊珩堃犇淼鑫";
		String[] companies = { "北京华信科技有限公司", "上海中盛软件有限公司", "广州天河网络科技", "深圳市南山区创新大厦", "杭州西湖区文三路" };
		StringBuilder csv = new StringBuilder("姓名,手机,单位\n");
		int n = 0;
		for (int i = 0; i < surnames.length(); i++) {
			for (int j = 0; j < given.length(); j++) {
				for (int k = 0; k < given.length(); k += 7) {
					String name = surnames.charAt(i) + "" + given.charAt(j) + (k == 0 ? "" : given.charAt(k));
					csv.append(name).append(",13").append(String.format("%09d", n)).append(',')
							.append(k % 2 == 0 ? companies[n % companies.length] : "").append('\n');
					n++;
				}
			}
		}
		Path file = write("many-gbk.csv", csv.toString(), Encodings.GBK, false);
		ImportResult result = ContactImporter.run(store, file, ImportOptions.defaults().withDryRun(true));
		assertEquals(Encodings.GBK, result.encoding());
		assertEquals(n, result.read());
		assertEquals(0, result.rejected(), () -> result.firstRejects().toString());
	}

	@Test
	void exportNeutralisesFormulasAndTheImportTakesTheQuoteOffAgain() throws Exception {
		Path file = write("formulas.csv", "name,company,position,mobile,office_phone,tags,address",
				"\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",+公司,-经理,13800000001,+86 10 6123 4567,@VIP;普通,"
						+ "\"=1+2\"",
				"李娜,'普通的引号,'-已带引号,13800000002,,,北京");
		assertEquals(2, run(file).stored());
		List<Contact> stored = store.contacts().page(0, 2);
		Contact evil = stored.get(0);
		assertEquals("=HYPERLINK(\"http://evil.example\",\"点我\")", evil.getName());
		assertEquals("+公司", evil.getCompany());
		assertEquals("13800000001", evil.getPhones().get(0).getNumber(), "a mobile is stored as 11 digits");
		Contact li = stored.get(1);
		assertEquals("'普通的引号", li.getCompany(), "a quote before anything else stays");
		assertEquals("-已带引号", li.getPosition(), "the quote of a neutralised value is taken off");

		Path exported = dir.resolve("formulas-export.csv");
		ContactExporter.export(store, exported);
		String text = Files.readString(exported);
		List<CSVRecord> records = CSVParser.parse(text.substring(1), CSVFormat.RFC4180).getRecords();
		Map<String, Integer> at = records.get(0).toList().stream()
				.collect(Collectors.toMap(h -> h, h -> records.get(0).toList().indexOf(h)));
		CSVRecord row = records.get(1);
		assertEquals("'=HYPERLINK(\"http://evil.example\",\"点我\")", row.get(at.get("name")));
		assertEquals("'+公司", row.get(at.get("company")));
		assertEquals("'-经理", row.get(at.get("position")));
		assertEquals("'+86 10 6123 4567", row.get(at.get("office_phone")));
		assertEquals("'@VIP;普通", row.get(at.get("tags")));
		assertEquals("'=1+2", row.get(at.get("address")));
		assertEquals("13800000001", row.get(at.get("mobile")), "mobile numbers never start with +");
		assertEquals("'-已带引号", records.get(2).get(at.get("position")));
		for (CSVRecord r : records.subList(1, records.size())) {
			for (String cell : r) {
				assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell starts a formula: " + cell);
			}
		}

		try (Store other = Store.open(StoreConfig.embedded(dir.resolve("other")))) {
			ImportResult again = ContactImporter.run(other, exported, ImportOptions.defaults());
			assertEquals(2, again.stored(), () -> again.firstRejects().toString());
			Contact back = other.contacts().page(0, 1).get(0);
			assertEquals(evil.getName(), back.getName());
			assertEquals("+公司", back.getCompany());
			assertEquals("-经理", back.getPosition());
			assertEquals("+86 10 6123 4567", back.getPhones().get(1).getNumber());
			assertEquals(List.of("@VIP", "普通"), back.getTags());
			assertEquals("=1+2", back.getAddress());
			Path exported2 = dir.resolve("formulas-export2.csv");
			ContactExporter.export(other, exported2);
			assertEquals(text, Files.readString(exported2), "export, import, export gives the same file");
		}
	}

	@Test
	void aRejectsFileThatCannotBeWrittenFailsBeforeAnythingIsReadOrStored() throws Exception {
		Path file = write("r.csv", "name,mobile", "王伟,13800000001", "李娜,bad");
		Path folder = Files.createDirectories(dir.resolve("a-folder"));
		ImportException e = assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(folder)));
		assertEquals("cannot write the rejects file " + folder + ": it is a folder; nothing was read or stored",
				e.getMessage());
		Path missing = dir.resolve("no-such-folder/rejects.csv");
		e = assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(missing)));
		assertEquals("cannot write the rejects file " + missing + ": the folder " + missing.getParent()
				+ " does not exist; nothing was read or stored", e.getMessage());
		Path inAFile = file.resolve("rejects.csv");
		e = assertThrows(ImportException.class,
				() -> ContactImporter.run(store, file, ImportOptions.defaults().withRejects(inAFile)));
		assertTrue(e.getMessage().contains(file + " is not a folder"), e.getMessage());
		assertEquals(0, store.contacts().count(), "nothing stored");
		assertFalse(Files.exists(missing.getParent()), "no folder made either");
	}

	@Test
	void aRejectsFileInAReadOnlyFolderFailsBeforeAnythingIsStored() throws Exception {
		Path file = write("r.csv", "name,mobile", "王伟,13800000001", "李娜,bad");
		Path readOnly = Files.createDirectories(dir.resolve("read-only"));
		readOnly.toFile().setWritable(false, false);
		try {
			assumeTrue(!Files.isWritable(readOnly),
					"the super-user may write anywhere, so a read-only folder cannot be made here");
			ImportException e = assertThrows(ImportException.class, () -> ContactImporter.run(store, file,
					ImportOptions.defaults().withRejects(readOnly.resolve("rejects.csv"))));
			assertTrue(e.getMessage().contains("the folder " + readOnly + " is not writable"), e.getMessage());
			assertEquals(0, store.contacts().count());
		} finally {
			readOnly.toFile().setWritable(true, false);
		}
	}

	@Test
	void aHugeOrGarbledHeaderIsQuotedShortAndWithoutControlCharacters() throws Exception {
		StringBuilder huge = new StringBuilder();
		while (huge.length() < 10_000_000) {
			huge.append("没有表头的一行\u001B[2J,");
		}
		Path file = write("huge.csv", huge + "\n王伟,13800000001\n", StandardCharsets.UTF_8, false);
		ImportException e = assertThrows(ImportException.class, () -> run(file));
		assertTrue(e.getMessage().length() < 600, () -> e.getMessage().length() + " characters");
		assertTrue(e.getMessage().contains("The header read was: 没有表头的一行\\u001B[2J,") && e.getMessage().endsWith("…"),
				e.getMessage());
		assertEquals(-1, e.getMessage().indexOf('\u001B'), "no ESC reaches the terminal");

		Path garbled = write("garbled.csv", "name,mobile,\u001B]0;pwned\u0007\u001B[31m", "王伟,13800000001,x",
				"李娜,\u001B[2J,x");
		ImportResult result = run(garbled);
		assertEquals(1, result.stored());
		String warning = result.warnings().get(0);
		assertTrue(warning.startsWith("column '\\u001B]0;pwned\\u0007\\u001B[31m' (field 3"), warning);
		Reject r = result.firstRejects().get(0);
		assertTrue(r.describe().contains("mobile '\\u001B[2J' is not"), r.describe());
		for (String text : List.of(warning, r.describe())) {
			assertTrue(text.chars().noneMatch(Character::isISOControl), text);
		}
	}

	@Test
	void namesWithControlOrTextDirectionCharactersAreRejected() throws Exception {
		Path file = write("names.csv", "name,title,mobile", "李\u202E明,先生,13800000001", "王\u0000伟,,13800000002",
				"张强,女\u0007士,13800000003", "赵敏,女士,13800000004");
		ImportResult result = run(file);
		assertEquals(1, result.stored());
		Map<Long, Reject> rejects = byLine(result);
		assertEquals("name", rejects.get(2L).column());
		assertTrue(rejects.get(2L).reason().contains("U+202E (RLO)"), rejects.get(2L).reason());
		assertEquals("name", rejects.get(3L).column());
		assertTrue(rejects.get(3L).reason().contains("U+0000 (NUL)"), rejects.get(3L).reason());
		assertEquals("title", rejects.get(4L).column());
		assertEquals(List.of("赵敏"), names());
	}

	private List<String> names() {
		return store.contacts().page(0, 100).stream().map(Contact::getName).toList();
	}
}
