package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The command line in the manager's language: {@code --lang zh} (or a Chinese locale) gives the help, the errors and
 * the results of every command in Chinese (the benchmarks' own errors and figures aside, which are for developers),
 * {@code --lang en} in English; the machine-readable output (--json, CSV headers) is the same in both; the JVM's
 * language is left as it was.
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
		// a refusal of the services (the core's text) follows --lang too, not only the JVM's language
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "pause", "99", "--data", data));
		assertEquals("revisit campaign: 没有编号为 99 的活动\n", err());
		assertEquals(Cli.FAILED, run("--lang", "en", "campaign", "pause", "99", "--data", data));
		assertEquals("revisit campaign: There is no campaign 99\n", err());

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

	/** Every command but the manager's four of {@link #theHelpOfTheManagersCommandsInBothLanguages}. */
	private static final String[] OTHERS = { "info", "demo", "import script", "script validate", "claim", "backup",
			"backups", "restore", "setting", "user add", "user list", "user disable", "user enable", "user passwd",
			"user role", "audit", "audit export", "calendar", "calltypes", "callback add", "callback list", "plugins list",
			"plugins install", "plugins uninstall", "simulate", "answers", "plan", "queue", "explain" };

	@Test
	void theHelpOfEveryOtherCommandInBothLanguages() {
		for (String command : OTHERS) {
			String[] words = (command + " --help").split(" ");
			assertEquals(0, run(concat(new String[] { "--lang", "zh" }, words)), err());
			assertTrue(out().startsWith("用法：revisit cli " + command + " "), command + ": " + out());
			assertEquals(0, run(concat(words, new String[] { "--lang", "en" })), err());
			assertTrue(out().startsWith("Usage: revisit cli " + command + " "), command + ": " + out());
			if (!command.equals("calendar") && !command.equals("answers")) { // their examples are Chinese documents
				assertFalse(chinese(out()), out());
			}
		}
		assertEquals(0, run("--lang", "zh", "--help"));
		List<String> english = out().lines().takeWhile(l -> !l.startsWith("选项")).filter(l -> l.startsWith("  ") && !chinese(l))
				.toList();
		assertEquals(List.of(), english, "every command's summary in Chinese");
		assertEquals(0, run("--lang", "zh", "user", "--help"));
		assertTrue(out().contains("  user passwd        设置用户的密码"), "the group's summaries: " + out());
	}

	@Test
	void theOtherCommandsErrorsInChineseAndEnglishUnchanged() throws IOException {
		// the command line, the command that answers, and the start of its error in Chinese
		String[][] zh = { { "demo", "demo", "需要 --contacts N" },
				{ "import script", "import script", "应给出一个 FILE，实际给了 0 个参数" },
				{ "claim --agent wang", "claim", "claim 不再接受 --agent" }, { "backups x", "backups", "backups 不接受参数" },
				{ "setting", "setting", "应为 'setting NAME' 或 'setting NAME VALUE'" },
				{ "user add bob", "user add", "需要 --role：agent（坐席）、supervisor（班长）、manager（经理）或 admin（管理员）" },
				{ "user list x", "user list", "'user list' 不接受参数" },
				{ "audit --from yesterday", "audit",
						"--from 必须是日期（2026-11-23）或日期加时间（2026-11-23 09:30），不能是 'yesterday'" },
				{ "calendar x", "calendar", "应为 'calendar import FILE' 或 'calendar export FILE'" },
				{ "callback add 1", "callback add", "需要 --due DATETIME（例如 --due \"2026-12-03 14:30\"）" },
				{ "answers x", "answers", "应为 'answers import FILE'、" },
				{ "plan --from tomorrow", "plan", "--from 必须是形如 2026-11-23 的日期，不能是 'tomorrow'" },
				{ "queue --limit 0", "queue", "--limit 必须在 1 到 100000 之间，不能是 0" },
				{ "explain abc", "explain", "CONTACT 必须是联系人编号或电话号码，不能是 'abc'" },
				{ "info --colour", "info", "'info' 没有选项 --colour（见 'revisit cli info --help'）" } };
		for (String[] c : zh) {
			int code = run(concat(concat(new String[] { "--lang", "zh" }, c[0].split(" ")), new String[] { "--data", data }));
			assertEquals(Cli.USAGE, code, c[0] + ": " + err());
			assertTrue(err().startsWith("revisit " + c[1] + ": " + c[2]), c[0] + ": " + err());
			assertEquals(1, err().lines().count(), err());
		}
		assertEquals(Cli.USAGE, run("--lang", "zh", "simulate", "--server", "https://localhost:1", "--user", "x"));
		assertTrue(err().startsWith("revisit simulate: simulate 会拨动所用数据库的时钟"), err());
		assertEquals(Cli.USAGE, run("--lang", "zh", "plugins", "install"));
		assertEquals("revisit plugins install: 需要给出一个 p2 仓库的 URL 或文件夹\n", err());
		assertEquals(Cli.FAILED, run("--lang", "zh", "explain", "#99", "--data", data));
		assertEquals("revisit explain: 没有联系人 #99\n", err());

		// English as it was
		assertEquals(Cli.USAGE, run("--lang", "en", "user", "add", "bob", "--data", data));
		assertEquals("revisit user add: --role is required: agent, supervisor, manager or admin\n", err());
		assertEquals(Cli.USAGE, run("--lang", "en", "queue", "--limit", "0", "--data", data));
		assertEquals("revisit queue: --limit must be between 1 and 100000, not 0\n", err());
		assertEquals(Cli.USAGE, run("--lang", "en", "info", "--colour"));
		assertEquals("revisit info: unknown option --colour for 'info' (see 'revisit cli info --help')\n", err());
		assertEquals(Cli.USAGE, run("--lang", "en", "callback", "add", "1", "--data", data));
		assertEquals("revisit callback add: --due DATETIME is required (e.g. --due \"2026-12-03 14:30\")\n", err());
	}

	@Test
	void theCampaignFilesErrorsNameTheFieldInTheUsersLanguage() throws IOException {
		Path file = dir.resolve("活动.json");
		Files.writeString(file, "{\"name\": \"续约\", \"priority\": \"high\"}", StandardCharsets.UTF_8);
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "create", file.toString(), "--data", data));
		assertEquals("revisit campaign: " + file + ": priority: 必须是整数，不能是 'high'\n", err());
		assertEquals(Cli.FAILED, run("--lang", "en", "campaign", "create", file.toString(), "--data", data));
		assertEquals("revisit campaign: " + file + ": priority: must be a whole number, not 'high'\n", err());

		Files.writeString(file, "{\"callingWindows\": [\"9-10\"], \"colour\": 1}", StandardCharsets.UTF_8);
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "create", file.toString(), "--data", data));
		assertEquals("revisit campaign: " + file + ": callingWindows: '9-10' 不是形如 09:00-10:00 的时段\n", err());
		Files.writeString(file, "{\"colour\": 1}", StandardCharsets.UTF_8);
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "create", file.toString(), "--data", data));
		assertTrue(err().startsWith("revisit campaign: " + file + "：未知字段 'colour'（字段有 id, version, "), err());
		Files.writeString(file, "{\"name\": \"x\",\n \"priority\": }", StandardCharsets.UTF_8);
		assertEquals(Cli.FAILED, run("--lang", "zh", "campaign", "create", file.toString(), "--data", data));
		assertTrue(err().startsWith("revisit campaign: " + file + "：JSON 格式有误（第 2 行第 "), err());
		// the place and the key from Gson, the sentence ours (not Gson's English "Expected value")
		assertTrue(err().endsWith("列），在 'priority' 附近：请检查该处的引号、逗号、冒号和括号\n"), err());
		assertTrue(err().chars().filter(c -> c == '\n').count() == 1 && !err().contains("Expected"), err());
		assertEquals(Cli.FAILED, run("--lang", "en", "campaign", "create", file.toString(), "--data", data));
		assertTrue(err().startsWith("revisit campaign: " + file + ": malformed JSON at line 2, column ")
				&& err().endsWith(", near 'priority': check the quotes, commas, colons and brackets there\n"), err());
		assertEquals(0, run("--lang", "zh", "campaign", "list", "--data", data), err());
		assertTrue(out().strip().endsWith("共 0 个活动"), "nothing stored: " + out());
	}

	@Test
	void theOtherCommandsResultsInChineseAndEnglishUnchanged() throws IOException {
		assertEquals(0, run("--lang", "zh", "info", "--data", data), err());
		assertTrue(out().contains("\n联系人：        4\n"), out());
		assertTrue(out().matches("(?s)数据库：        .*（本机）\n用户：          .*（admin）\n.*呼叫任务：      0（未完成 0 个）\n"), out());
		assertEquals(0, run("--lang", "en", "info", "--data", data), err());
		assertTrue(out().contains("\nContacts:       4\n") && out().contains("Call tasks:     0 (0 open)"), out());

		assertEquals(0, run("--lang", "zh", "calltypes"), err());
		assertTrue(out().lines().anyMatch(l -> l.contains(" 优先级 "))
				&& out().lines().filter(l -> !l.startsWith("已跳过：")).noneMatch(l -> l.contains("priority")), out());
		assertEquals(0, run("--lang", "en", "calltypes"), err());
		assertTrue(out().lines().anyMatch(l -> l.contains(" priority ")) && !out().contains("优先级"), out());

		assertEquals(0, run("--lang", "zh", "setting", "planner.holidayCalendar", "--data", data), err());
		assertEquals("planner.holidayCalendar = （未设置）\n", out());
		assertEquals(0, run("--lang", "zh", "backups", "--data", data), err());
		assertEquals("还没有备份；'revisit cli backup' 可以做一个。\n", out());
		assertEquals(0, run("--lang", "zh", "callback", "list", "--data", data), err());
		assertEquals("没有回电承诺。\n", out());
		assertEquals(0, run("--lang", "zh", "answers", "list", "--data", data), err());
		assertTrue(out().startsWith("应答库第 0 版（内置），"), out());

		assertEquals(0, run("--lang", "zh", "plan", "--data", data), err());
		assertTrue(out().startsWith("已安排 2026-"), out());
		assertEquals(0, run("--lang", "en", "plan", "--data", data), err());
		assertTrue(out().startsWith("Planned 2026-"), out());
		assertEquals(0, run("--lang", "zh", "explain", "1", "--data", data), err());
		assertTrue(out().contains("打电话") && out().contains("[通过]"), out());
		assertTrue(out().contains("没有待拨的电话。") || out().contains("待拨的电话："), out());

		assertEquals(0, run("--lang", "zh", "user", "list", "--data", data), err());
		String users = out();
		assertEquals(0, run("--lang", "zh", "audit", "--data", data), err());
		assertTrue(out().startsWith("时间") || out().equals("没有审计记录。\n"), out());
		assertTrue(users.startsWith("登录名") || users.startsWith("没有用户；"), users);

		Path calendar = dir.resolve("日历.txt");
		assertEquals(0, run("--lang", "zh", "calendar", "export", calendar.toString(), "--data", data), err());
		assertEquals("已写入 " + calendar + "\n", out());
		assertEquals(0, run("--lang", "zh", "calendar", "import", calendar.toString(), "--data", data), err());
		assertTrue(out().startsWith("已导入节假日日历“"), out());
		assertEquals(0, run("--lang", "en", "calendar", "import", calendar.toString(), "--data", data), err());
		assertTrue(out().startsWith("Imported holiday calendar \""), out());
	}

	@Test
	void theCampaignListsHeadingsAndStatesInTheUsersLanguage() throws IOException {
		Path file = dir.resolve("campaign.json");
		Files.writeString(file, "{\"name\": \"续约提醒\", \"callTypeId\": \"" + CampaignServiceTest.RENEWAL
				+ "\", \"targetFilter\": \"tag:renewal\", \"parameters\": {\"renewalDate\": \"2027-01-01\"}}",
				StandardCharsets.UTF_8);
		assertEquals(0, run("--lang", "zh", "campaign", "create", file.toString(), "--data", data), err());
		assertTrue(out().startsWith("已创建活动 1“续约提醒”（草稿，第 "), out());
		assertEquals(0, run("--lang", "zh", "campaign", "list", "--data", data), err());
		List<String> lines = out().lines().toList();
		assertEquals("编号  状态    优先 期间                    未完成/全部 名称（呼叫类型）", lines.get(0), out());
		assertEquals("1     草稿    50   … 至 …                  0/0         续约提醒（org.revisit.tests.calltype.renewal）", lines.get(1), out());
		assertEquals(0, run("--lang", "en", "campaign", "list", "--data", data), err());
		lines = out().lines().toList();
		assertEquals("ID    STATE   PRIO PERIOD                  OPEN/ALL  NAME (CALL TYPE)", lines.get(0), out());
		assertTrue(lines.get(1).startsWith("1     draft   50   … to …                  0/0       续约提醒 ("), out());
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
