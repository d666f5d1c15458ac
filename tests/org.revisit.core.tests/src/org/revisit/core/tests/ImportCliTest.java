package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;

/** {@code import}, {@code export} and {@code bench} on the command line, in-process, on real files. */
class ImportCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void importWithRejectsReportsCountsAndExitsZero() throws Exception {
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "姓名,手机,生日\n王伟,13800000001,02-30\n李娜,13800000002,\n");
		String data = dir.resolve("data").toString();
		assertEquals(0, run("import", "contacts", file.toString(), "--dry-run", "--data", data));
		assertTrue(out().contains("Dry run: 1 rows would be stored, 1 rejected; nothing was stored."), out());
		assertTrue(out().contains("line 2, column 生日:"), out());

		Path rejects = dir.resolve("rejects.csv");
		assertEquals(0, run("import", "contacts", file.toString(), "--rejects", rejects.toString(), "--data", data,
				"--json"));
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(2.0, json.get("read"));
		assertEquals(1.0, json.get("stored"));
		assertEquals(1.0, json.get("rejected"));
		assertEquals("UTF-8", json.get("encoding"));
		Map<String, Object> first = (Map<String, Object>) ((List<Object>) json.get("rejects")).get(0);
		assertEquals(2.0, first.get("line"));
		assertTrue(Files.readString(rejects).contains("王伟"));
		assertEquals("", err());

		Path export = dir.resolve("export.csv");
		assertEquals(0, run("export", "contacts", export.toString(), "--data", data));
		assertTrue(out().contains("Exported 1 contacts"), out());
		assertTrue(Files.readString(export).contains("李娜"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void exportEventsWritesAPeriodThatImportsIntoAFreshFolder() throws Exception {
		Path contacts = Files.writeString(dir.resolve("c.csv"), EventExportTest.CONTACTS);
		Path events = Files.writeString(dir.resolve("e.csv"), EventExportTest.EVENTS);
		String data = dir.resolve("data").toString();
		assertEquals(0, run("import", "contacts", contacts.toString(), "--data", data), err());
		assertEquals(0, run("import", "events", events.toString(), "--data", data), err());
		assertTrue(out().contains("Stored 5 events, rejected 0."), out());

		Path all = dir.resolve("all.csv");
		assertEquals(0, run("export", "events", all.toString(), "--data", data), err());
		assertEquals("Exported 5 service events to " + all + ".", out().strip());
		Path spring = dir.resolve("spring.csv");
		assertEquals(0, run("export", "events", spring.toString(), "--from", "2026-03-15", "--to", "2026-04-02",
				"--encoding", "gbk", "--json", "--data", data), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals("events", json.get("kind"));
		assertEquals(2.0, json.get("exported"));
		assertEquals("GBK", json.get("encoding"));
		assertTrue(new String(Files.readAllBytes(spring), java.nio.charset.Charset.forName("GBK")).contains("维修太慢"));

		String other = dir.resolve("other").toString();
		Path contactsOut = dir.resolve("contacts-out.csv");
		assertEquals(0, run("export", "contacts", contactsOut.toString(), "--data", data), err());
		assertEquals(0, run("import", "contacts", contactsOut.toString(), "--data", other), err());
		assertEquals(0, run("import", "events", all.toString(), "--data", other), err());
		assertTrue(out().contains("Stored 5 events, rejected 0."), out());
		Path again = dir.resolve("again.csv");
		assertEquals(0, run("export", "events", again.toString(), "--data", other), err());
		assertEquals(Files.readString(all), Files.readString(again), "the same events in the fresh folder");

		Path untouched = dir.resolve("untouched.csv");
		assertEquals(Cli.USAGE, run("export", "events", untouched.toString(), "--from", "2026-04-02", "--to",
				"2026-03-15", "--data", data));
		assertEquals("revisit export: --to 2026-03-15 is before --from 2026-04-02", err().strip().lines().findFirst()
				.orElseThrow());
		assertEquals(Cli.USAGE, run("export", "events", untouched.toString(), "--from", "15.3.2026", "--data", data));
		assertTrue(err().contains("--from must be a date like 2026-03-01, not '15.3.2026'"), err());
		assertEquals(Cli.USAGE, run("export", "contacts", untouched.toString(), "--from", "2026-03-15", "--data", data));
		assertTrue(err().contains("'export contacts' exports all"), err());
		assertEquals(Cli.USAGE, run("export", "callbacks", untouched.toString(), "--data", data));
		assertTrue(err().contains("can export 'contacts' or 'events', not 'callbacks'"), err());
		assertFalse(Files.exists(untouched), "no file for a refused command");
	}

	@Test
	void unreadableFilesFailWithOneLineNamingTheFileOrColumn() throws Exception {
		String data = dir.resolve("data").toString();
		Path missing = dir.resolve("missing.csv");
		assertEquals(Cli.FAILED, run("import", "contacts", missing.toString(), "--data", data));
		assertTrue(err().contains(missing.toString()) && err().lines().count() == 1, err());
		Path noName = dir.resolve("noname.csv");
		Files.writeString(noName, "mobile\n13800000001\n");
		assertEquals(Cli.FAILED, run("import", "contacts", noName.toString(), "--data", data));
		assertTrue(err().contains("'name'") && err().contains(noName.toString()), err());
		assertEquals(Cli.USAGE, run("import", "vegetables", noName.toString(), "--data", data));
		assertEquals(Cli.USAGE, run("import", "contacts", noName.toString(), "--encoding", "latin9", "--data", data));
	}

	@Test
	@SuppressWarnings("unchecked")
	void benchPrintsBothRates() throws Exception {
		assertEquals(0, run("bench", "import", "--rows", "500", "--data", dir.toString(), "--json"));
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(500.0, json.get("rows"));
		assertTrue((Double) json.get("importRowsPerSecond") > 0 && (Double) json.get("rawRowsPerSecond") > 0, out());
		try (var left = Files.list(dir)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("bench-")),
					"the benchmark removes its files");
		}
	}

	@Test
	void fileProblemsAreReportedAsCannotReadOrWriteWithoutClassNames() throws Exception {
		String data = dir.resolve("data").toString();
		Path missing = dir.resolve("missing.csv");
		assertEquals(Cli.FAILED, run("import", "contacts", missing.toString(), "--data", data));
		assertEquals("revisit import: cannot read " + missing + ": no such file", err().strip());
		Path blocker = dir.resolve("blocker.txt");
		Files.writeString(blocker, "a file where a folder is expected\n");
		Path export = blocker.resolve("export.csv");
		assertEquals(Cli.FAILED, run("export", "contacts", export.toString(), "--data", data));
		assertTrue(err().startsWith("revisit export: cannot write " + export + ": ") && err().lines().count() == 1
				&& !err().contains("Exception"), err());
	}

	@Test
	void rejectsFileThatIsTheInputIsRefusedAndTheInputKept() throws Exception {
		Path file = dir.resolve("c.csv");
		String text = "name,mobile\n王伟,13800000001\n李娜,bad\n";
		Files.writeString(file, text);
		assertEquals(Cli.FAILED, run("import", "contacts", file.toString(), "--rejects", file.toString(), "--data",
				dir.resolve("data").toString()));
		assertTrue(err().contains("the rejects file " + file) && err().lines().count() == 1, err());
		assertEquals(text, Files.readString(file));
	}

	@Test
	void importAndExportWithTheOldServerFormOpenNoDataFolder() throws Exception {
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "name,mobile\n王伟,13800000001\n");
		Path home = dir.resolve("home");
		for (String[] args : List.of(new String[] { "import", "contacts", file.toString() },
				new String[] { "export", "contacts", dir.resolve("e.csv").toString() })) {
			List<String> line = new java.util.ArrayList<>(List.of(args));
			line.addAll(List.of("--server", "127.0.0.1:1527"));
			String old = System.getProperty("user.home");
			System.setProperty("user.home", home.toString());
			try {
				assertEquals(Cli.USAGE, run(line.toArray(String[]::new)));
			} finally {
				System.setProperty("user.home", old);
			}
			assertTrue(err().contains("old Derby Network Server form") && err().lines().count() == 1, err());
		}
		assertFalse(Files.exists(home), "no data folder was opened instead of the server");
		assertFalse(Files.exists(dir.resolve("e.csv")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void noRejectedRowMeansNoRejectsFileAndAGbkExportReadsBack() throws Exception {
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "name,mobile\n王伟,13800000001\n");
		Path rejects = Files.writeString(dir.resolve("rejects.csv"), "of an earlier import");
		String data = dir.resolve("data").toString();
		assertEquals(0, run("import", "contacts", file.toString(), "--rejects", rejects.toString(), "--json", "--data",
				data), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(1.0, json.get("stored"));
		assertNull(json.get("rejectsFile"));
		assertFalse(Files.exists(rejects), "an older rejects file would tell of another import");

		Path export = dir.resolve("gbk.csv");
		assertEquals(0, run("export", "contacts", export.toString(), "--encoding", "gbk", "--data", data), err());
		byte[] bytes = Files.readAllBytes(export);
		assertTrue(new String(bytes, java.nio.charset.Charset.forName("GBK")).contains("王伟"));
		assertTrue((bytes[0] & 0xFF) != 0xEF, "no UTF-8 byte-order mark in a GBK file");
		String other = dir.resolve("other").toString();
		assertEquals(0, run("import", "contacts", export.toString(), "--json", "--data", other), err());
		json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals("GBK", json.get("encoding"));
		assertEquals(1.0, json.get("stored"));
		assertEquals(Cli.USAGE, run("export", "contacts", export.toString(), "--encoding", "latin1", "--data", data));
	}

	@Test
	void badOutputPathsFailInOneLineBeforeAnythingIsStored() throws Exception {
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "name,mobile\n王伟,13800000001\n李娜,bad\n");
		Path data = dir.resolve("data");
		Path folder = Files.createDirectories(dir.resolve("rejects-folder"));
		assertEquals(Cli.FAILED, run("import", "contacts", file.toString(), "--rejects", folder.toString(), "--data",
				data.toString()));
		assertEquals("revisit import: cannot write the rejects file " + folder + ": it is a folder; nothing was read or "
				+ "stored", err().strip());
		Path missing = dir.resolve("missing/rejects.csv");
		assertEquals(Cli.FAILED, run("import", "contacts", file.toString(), "--rejects", missing.toString(), "--data",
				data.toString()));
		assertTrue(err().contains("the folder " + missing.getParent() + " does not exist") && err().lines().count() == 1,
				err());
		assertFalse(Files.exists(data), "the database was not even opened");

		assertEquals(Cli.FAILED, run("export", "contacts", folder.toString(), "--data", data.toString()));
		assertEquals("revisit export: cannot write " + folder + ": it is a folder", err().strip());
		assertEquals(Cli.FAILED, run("export", "contacts", missing.toString(), "--data", data.toString()));
		assertTrue(err().contains("does not exist") && err().lines().count() == 1, err());
		assertFalse(Files.exists(data));

		// with good paths the same import works
		assertEquals(0, run("import", "contacts", file.toString(), "--rejects", folder.resolve("r.csv").toString(),
				"--data", data.toString()));
		assertTrue(out().contains("Stored 1 contacts, rejected 1."), out());
	}

	@Test
	void inputEchoedInErrorsIsShortAndHasNoControlCharacters() throws Exception {
		Path file = dir.resolve("garbage.csv");
		Files.writeString(file, "\u001B[2J\u001B]0;owned\u0007" + "x".repeat(5000) + "\n王伟,13800000001\n");
		assertEquals(Cli.FAILED, run("import", "contacts", file.toString(), "--data", dir.resolve("data").toString()));
		String e = err();
		assertTrue(e.contains("The header read was: \\u001B[2J\\u001B]0;owned\\u0007xxx"), e);
		assertTrue(e.strip().endsWith("…") && e.length() < 600 && e.strip().lines().count() == 1, e);
		assertTrue(e.strip().chars().noneMatch(Character::isISOControl), e);
	}
}
