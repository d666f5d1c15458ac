package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The command line in the manager's language: {@code --lang zh} (or a Chinese locale) gives the help, the errors and
 * the results of the campaign, import, export and report commands in Chinese, {@code --lang en} in English; the
 * machine-readable output (--json, CSV headers) is the same in both; the JVM's language is left as it was.
 */
class CliLanguageTest extends CliTestSupport {

	@TempDir
	Path dir;
	private String data;

	@BeforeEach
	void contacts() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()))) {
			CampaignServiceTest.renewalContacts(store, 4);
		}
		data = dir.resolve("db").toString();
	}

	private static boolean chinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	@Test
	void theHelpOfTheManagersCommandsInBothLanguages() {
		for (String command : new String[] { "campaign", "import", "export", "report" }) {
			assertEquals(0, run("--lang", "zh", command, "--help"), err());
			assertTrue(out().startsWith("用法：revisit cli " + command), command + ": " + out());
			assertEquals(0, run(command, "--help", "--lang", "en"), err());
			assertTrue(out().startsWith("Usage: revisit cli " + command), command + ": " + out());
			assertFalse(chinese(out()), out());
		}
		assertEquals(0, run("--lang", "zh", "--help"));
		assertTrue(out().startsWith("用法：revisit cli <命令> [选项]"), out());
		assertTrue(out().contains("从 CSV 文件导入联系人或服务事件"), "the summaries of the manager's commands: " + out());
		assertTrue(out().contains("--lang en|zh"), out());
		assertEquals(0, run("--help"));
		assertTrue(out().startsWith("Usage: revisit cli <command> [options]"), "the JVM's language again: " + out());
		assertTrue(out().contains("  --lang en|zh     the language of messages and help"), out());
	}

	@Test
	void errorsAreOneLineInTheChosenLanguage() throws IOException {
		Locale before = Locale.getDefault();
		assertEquals(Cli.USAGE, run("--lang", "zh", "campaign", "show", "abc", "--data", data));
		assertEquals("revisit campaign: 活动编号是大于 0 的数字，不能是 'abc'\n", err());
		assertEquals(Cli.USAGE, run("--lang", "en", "campaign", "show", "abc", "--data", data));
		assertEquals("revisit campaign: a campaign id is a number above 0, not 'abc'\n", err());
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "show", "99", "--data", data));
		assertEquals("revisit campaign: 没有活动 99\n", err());

		String missing = dir.resolve("缺少.csv").toString();
		assertEquals(Cli.FAILED, run("--lang", "zh", "import", "contacts", missing, "--data", data));
		assertEquals("revisit import: 无法读取 " + missing + "：没有此文件\n", err());
		assertEquals(Cli.USAGE, run("--lang", "zh", "export", "contacts", missing, "--from", "2026-01-01", "--data", data));
		assertTrue(err().contains("'export contacts' 导出全部联系人"), err());
		assertEquals(Cli.USAGE, run("--lang", "zh", "report", "calling", "--from", "2026-11-01", "--data", data));
		assertEquals("revisit report: 需要 --to DATE（例如 --to 2026-11-16）\n", err());
		assertEquals(Cli.USAGE, run("--lang", "zh", "report", "nothing", "--data", data));
		assertTrue(err().startsWith("revisit report: 没有报表 'nothing'；"), err());

		assertEquals(Cli.USAGE, run("--lang", "fr", "--help"));
		assertEquals("revisit: --lang must be en or zh, not 'fr'\n", err());
		assertEquals(Cli.USAGE, run("campaign", "list", "--lang"));
		assertEquals("revisit: --lang needs a language: en or zh\n", err());
		assertEquals(Cli.USAGE, run("--lang", "zh", "nothing"));
		assertEquals("revisit: 未知命令 'nothing'；'revisit cli --help' 列出全部命令\n", err());
		assertEquals(before, Locale.getDefault(), "the JVM's language is left as it was");
	}

	@Test
	void resultsInChineseAndMachineReadableOutputUnchanged() throws IOException {
		Path csv = dir.resolve("客户.csv");
		Files.writeString(csv, "姓名,手机\n郑爽,13700001111\n冯巩,12345\n", StandardCharsets.UTF_8);
		assertEquals(0, run("--lang", "zh", "import", "contacts", csv.toString(), "--dry-run", "--data", data), err());
		assertTrue(out().contains("试运行：将存储 1 行，拒绝 1 行；什么都没有存储。"), out());
		assertEquals(0, run("--lang", "en", "import", "contacts", csv.toString(), "--dry-run", "--data", data), err());
		assertTrue(out().contains("Dry run: 1 rows would be stored, 1 rejected; nothing was stored."), out());

		assertEquals(0, run("--lang", "en", "import", "contacts", csv.toString(), "--dry-run", "--json", "--data", data));
		String english = out();
		assertEquals(0, run("--lang", "zh", "import", "contacts", csv.toString(), "--dry-run", "--json", "--data", data));
		assertEquals(english.replaceAll("\"reason\":\"[^\"]*\"", ""), out().replaceAll("\"reason\":\"[^\"]*\"", ""),
				"the same JSON document (the reasons of rejects come from the core)");

		Path exported = dir.resolve("out.csv");
		assertEquals(0, run("--lang", "zh", "export", "contacts", exported.toString(), "--data", data), err());
		assertTrue(out().matches("已将 \\d+ 个联系人导出到 .*。\\s*"), out());
		String zhHeader = Files.readAllLines(exported, StandardCharsets.UTF_8).get(0);
		assertEquals(0, run("--lang", "en", "export", "contacts", exported.toString(), "--data", data), err());
		assertEquals(zhHeader, Files.readAllLines(exported, StandardCharsets.UTF_8).get(0), "the CSV header is the same");

		assertEquals(0, run("--lang", "zh", "campaign", "list", "--data", data), err());
		assertTrue(out().strip().matches("(?s).*共 \\d+ 个活动"), out());
		assertEquals(0, run("--lang", "zh", "campaign", "list", "--json", "--data", data), err());
		String zhList = out();
		assertEquals(0, run("--lang", "en", "campaign", "list", "--json", "--data", data), err());
		assertEquals(out(), zhList, "the same JSON in both languages");
	}
}
