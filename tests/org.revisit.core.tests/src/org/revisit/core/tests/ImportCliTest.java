package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
	void importAndExportUseTheServerOfServer() throws Exception {
		int port;
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			port = s.getLocalPort(); // closed again: nothing listens there
		}
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "name,mobile\n王伟,13800000001\n");
		Path data = dir.resolve("data");
		String server = "127.0.0.1:" + port;
		assertEquals(Cli.FAILED, run("import", "contacts", file.toString(), "--server", server, "--data",
				data.toString()));
		assertEquals(Cli.FAILED, run("export", "contacts", dir.resolve("e.csv").toString(), "--server", server,
				"--data", data.toString()));
		assertFalse(Files.exists(data), "no embedded database was opened instead of the server");
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
