package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.internal.Migrations;

/** The command line, run in-process against a real database in a temporary folder. */
class CliTest extends CliTestSupport {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void infoJsonCountsWhatDemoAdded() {
		assertEquals(0, run("info", "--data", dir.toString(), "--json"));
		Map<String, Object> info = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(0.0, info.get("contacts"));
		assertEquals((double) Migrations.latestVersion(), info.get("schemaVersion"));
		assertEquals(dir.resolve("db").toString(), info.get("database"));
		assertEquals("", err());

		assertEquals(0, run("demo", "--contacts", "1000", "--data", dir.toString(), "--json"));
		Map<String, Object> demo = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(1000.0, demo.get("added"));

		assertEquals(0, run("info", "--json", "--data=" + dir));
		info = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(1000.0, info.get("contacts"));
		assertEquals(13.0, info.get("campaigns"));
		assertEquals(demo.get("tasks"), info.get("tasks"));
	}

	@Test
	void infoWithoutJsonIsReadableText() {
		assertEquals(0, run("info", "--data", dir.toString()));
		assertTrue(out().contains("Schema version: " + Migrations.latestVersion()), out());
		assertTrue(out().contains("Contacts:       0"), out());
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("info") && out().contains("demo"), out());
		assertEquals(0, run("demo", "--help"));
		assertTrue(out().contains("--contacts N"), out());
	}

	@Test
	void theOverviewSaysWhichCommandsTakeADataFolder() {
		assertEquals(0, run("--help"));
		String overview = out();
		String dataLine = overview.lines().filter(l -> l.contains("--data DIR")).findFirst().orElseThrow();
		List<String> names = overview.substring(overview.indexOf("Commands:"), overview.indexOf("Options:")).lines()
				.filter(l -> l.startsWith("  ") && l.length() > 20).map(l -> l.substring(2, 20).strip()).toList();
		assertTrue(names.contains("calltypes") && names.contains("import script"), names.toString());
		for (String name : names) {
			List<String> words = List.of(name.split(" "));
			assertEquals(0, run(with(words, "--help")), name);
			boolean takesData = out().contains("--data DIR");
			assertEquals(takesData ? 0 : Cli.USAGE, run(with(words, "--data", dir.toString(), "--help")),
					name + "'s usage says whether it takes --data: " + err());
			assertEquals(!takesData, java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(dataLine).find(),
					"the overview names the commands without --data, and only those: " + name + " in " + dataLine);
		}
	}

	private static String[] with(List<String> words, String... more) {
		List<String> all = new java.util.ArrayList<>(words);
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	@Test
	void theOverviewStatesTheExitCodes() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("1 if it could not be done") && out().contains("2 if the command line is wrong"), out());
	}

	@Test
	void calendarImportOfAFileThatIsNotThereFails() {
		assertEquals(Cli.FAILED, run("calendar", "import", dir.resolve("none.holidays").toString(), "--data",
				dir.toString()));
		assertOneLine("no such file");
	}

	@Test
	void commandsOfTwoWordsAreListedUnderTheirFirstWord() {
		assertEquals(0, run("import", "--help"));
		assertTrue(out().contains("import contacts|events") && out().contains("See also: import script"), out());
		assertEquals(Cli.USAGE, run("import"));
		assertOneLine("import");
		assertEquals(0, run("script", "--help"));
		assertTrue(out().contains("script validate"), out());
	}

	@Test
	void mistakesGiveOneLineOnStandardErrorAndANonZeroCode() {
		assertEquals(Cli.USAGE, run());
		assertOneLine("no command given");
		assertEquals("", out(), "no help text on standard output for a missing command");
		assertEquals(Cli.USAGE, run("frobnicate"));
		assertOneLine("unknown command 'frobnicate'");
		assertEquals(Cli.USAGE, run("demo", "--data", dir.toString()));
		assertOneLine("--contacts N is required");
		assertEquals(Cli.USAGE, run("demo", "--contacts", "many", "--data", dir.toString()));
		assertOneLine("--contacts must be a whole number, not 'many'");
		assertEquals(Cli.USAGE, run("info", "--colour"));
		assertOneLine("unknown option --colour");
		assertEquals(Cli.USAGE, run("info", "--data"));
		assertOneLine("option --data of 'info' needs a value");
		assertEquals("", out(), "nothing on standard output when a command fails");
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsNamed() throws Exception {
		Path file = dir.resolve("plain-file");
		java.nio.file.Files.writeString(file, "not a folder");
		assertEquals(Cli.FAILED, run("info", "--data", file.resolve("sub").toString()));
		assertOneLine(file.resolve("sub").toString());
	}

	@Test
	void aDataFolderThatIsAFileOrHoldsAFileForTheDatabaseIsNamed() throws Exception {
		Path file = Files.writeString(dir.resolve("data-file"), "not a folder");
		assertEquals(Cli.FAILED, run("info", "--data", file.toString()));
		assertEquals("revisit info: Cannot use the data folder " + file + ": it is a file, not a folder", err().strip());
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(data.resolve("db"), "not a database");
		assertEquals(Cli.FAILED, run("info", "--data", data.toString()));
		assertEquals("revisit info: Cannot use the database folder " + data.resolve("db") + ": it is a file, not a folder",
				err().strip());
	}

	@Test
	void anUnreadableOrReadOnlyDataFolderIsNamedInOneLine() throws Exception {
		Path data = dir.resolve("data");
		assertEquals(0, run("info", "--data", data.toString()));
		Set<PosixFilePermission> before = Files.getPosixFilePermissions(data);
		try {
			Files.setPosixFilePermissions(data, Set.of());
			// The super-user reads and writes whatever the permissions say; the checks ask the system, which
			// knows that, so there is nothing to refuse then.
			assumeFalse(Files.isReadable(data), "running as the super-user: chmod 000 does not stop reading");
			assertEquals(Cli.FAILED, run("info", "--data", data.toString()));
			assertEquals("revisit info: Cannot read the data folder " + data + ": permission denied", err().strip());
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
			assertEquals(Cli.FAILED, run("demo", "--contacts", "1", "--data", data.toString()));
			assertEquals("revisit demo: Cannot write the data folder " + data + ": permission denied (it is read-only)",
					err().strip());
		} finally {
			Files.setPosixFilePermissions(data, before);
		}
		assertEquals(0, run("info", "--data", data.toString()), "usable again: " + err());
	}

	private void assertOneLine(String expected) {
		String e = err();
		assertTrue(e.contains(expected), "stderr should mention '" + expected + "': " + e);
		assertEquals(1, e.strip().lines().count(), "one line: " + e);
	}
}
