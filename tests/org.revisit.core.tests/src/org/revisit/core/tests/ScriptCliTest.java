package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Script;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** {@code import script} and {@code script validate} against a real database in a temporary folder. */
class ScriptCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	private Path material() throws IOException {
		Path file = dir.resolve("话术汇编.txt");
		Files.writeString(file, ScriptTextTest.trainingMaterial());
		return file;
	}

	private List<String> rows(String data) {
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
			return store.read(c -> {
				List<String> rows = new ArrayList<>();
				try (PreparedStatement s = c.prepareStatement(
						"SELECT script_id, version, title, language, call_type FROM script ORDER BY script_id, version");
						ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
								+ rs.getString(5));
					}
				}
				return rows;
			});
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void importStoresEveryScriptAsTheNextVersionAndReportsTheLinesItSkipped() throws IOException {
		String data = dir.resolve("data").toString();
		Path file = material();
		assertEquals(0, run("import", "script", file.toString(), "--call-type", "org.revisit.calltype.hotlineSupervision", "--data", data,
				"--json"), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(3, ((List<?>) json.get("stored")).size());
		List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
		assertEquals(List.of(1.0, 2.0, 18.0, 34.0, 39.0, 49.0), problems.stream().map(p -> p.get("line")).toList());
		assertEquals("", err());

		assertEquals(0, run("import", "script", file.toString(), "--data", data));
		assertTrue(out().contains(file + ":18: warning: unknown action '语气要亲切'"), out());
		assertTrue(out().contains("Stored '热线服务监督回访话术' as 热线服务监督回访话术 version 2 (7 steps, 1 warning(s))"), out());
		assertTrue(out().contains("Stored '节日问候话术' as 节日问候话术 version 2 (3 steps, 1 warning(s))"), out());
		assertEquals(List.of("training-supervision|1|Training supervision|en|org.revisit.calltype.hotlineSupervision",
				"training-supervision|2|Training supervision|en|null", "热线服务监督回访话术|1|热线服务监督回访话术|zh|org.revisit.calltype.hotlineSupervision",
				"热线服务监督回访话术|2|热线服务监督回访话术|zh|null", "节日问候话术|1|节日问候话术|zh|org.revisit.calltype.hotlineSupervision",
				"节日问候话术|2|节日问候话术|zh|null"), rows(data));

		try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
			Script stored = store.scripts().loadLatest("节日问候话术");
			Script read = ScriptReader.read(ScriptTextTest.trainingMaterial(), "x").scripts().get(2);
			read.setScriptVersion(2);
			assertTrue(EcoreUtil.equals(read, stored), "the XMI body holds the whole script");
			assertEquals(1, store.scripts().load("节日问候话术", 1).getScriptVersion());
		}
	}

	@Test
	void aScriptWithErrorsIsNotStoredAndTheOthersAre() throws IOException {
		String data = dir.resolve("data").toString();
		Path file = dir.resolve("two.txt");
		Files.writeString(file, "好脚本\n1、“请问方便吗？”\n是，结束\n\n坏脚本\n1、“请问方便吗？”\n是，转7\n");
		assertEquals(Cli.FAILED, run("import", "script", file.toString(), "--data", data));
		assertTrue(err().contains("1 script(s) not stored because of errors in " + file), err());
		assertEquals(1, err().strip().lines().count());
		assertTrue(out().contains(file + ":7: error: Step 1, answer '是': goes to step 7, which does not exist"), out());
		assertEquals(List.of("好脚本|1|好脚本|zh|null"), rows(data));
	}

	@Test
	@SuppressWarnings("unchecked")
	void validateReportsLinesStepsLanguageAndTime() throws IOException {
		assertEquals(0, run("script", "validate", material().toString(), "--data", dir.toString(), "--json"), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(true, json.get("ok"), "lines not understood are warnings");
		assertEquals(0.0, json.get("errors"));
		assertEquals(6, ((List<?>) json.get("problems")).size());
		assertEquals(3, ((List<?>) json.get("scripts")).size());
		assertEquals("", err());

		Path broken = dir.resolve("broken.txt");
		Files.writeString(broken, "坏脚本\n1、“请问方便吗？”\n是，转7\n否，结束\n");
		assertEquals(Cli.FAILED, run("script", "validate", broken.toString(), "--data", dir.toString()));
		assertTrue(out().contains(broken + ":3: error: Step 1, answer '是': goes to step 7, which does not exist"), out());
		assertTrue(err().contains("1 error(s) in " + broken), err());
		assertEquals(1, err().strip().lines().count());

		// a document saved by a Chinese office suite: GB18030, one filler
		Path gbk = dir.resolve("gbk.txt");
		Files.write(gbk, "问候\n1、“喂，您好，请问是${contact.salutation}吗？”\n是，结束\n".getBytes(Charset.forName("GB18030")));
		assertEquals(0, run("script", "validate", gbk.toString(), "--data", dir.toString()), err());
		assertTrue(out().contains(gbk + ":2: warning: Step 1, at 0: filler '喂'"), out());
		assertTrue(out().contains(gbk + ":1: script '问候' (zh, 1 steps, "), out());

		Files.writeString(dir.resolve("language-rules.txt"), "phrase | 请问 | 麻烦问一下\n");
		assertEquals(0, run("script", "validate", gbk.toString(), "--data", dir.toString()));
		assertTrue(out().contains("impolite phrase '请问'") && !out().contains("filler"), out());

		assertEquals(Cli.USAGE, run("script", "validate", "--data", dir.toString()));
		assertTrue(err().contains("expected one FILE"), err());
		assertEquals(Cli.FAILED, run("script", "validate", dir.resolve("nope.txt").toString(), "--data", dir.toString()));
		assertTrue(err().contains(dir.resolve("nope.txt") + ": no such file"), err());
	}

	@Test
	void anEmptyFileFailsValidationAsItFailsTheImport() throws IOException {
		String data = dir.resolve("data").toString();
		Path empty = Files.writeString(dir.resolve("empty.txt"), "");
		assertEquals(Cli.FAILED, run("import", "script", empty.toString(), "--data", data));
		assertEquals("revisit import script: no script found in " + empty, err().strip());
		assertEquals(Cli.FAILED, run("script", "validate", empty.toString(), "--data", data));
		assertEquals("revisit script validate: no script found in " + empty, err().strip());
		assertEquals(Cli.FAILED, run("script", "validate", empty.toString(), "--data", data, "--json"));
		assertEquals(false, ((Map<?, ?>) JsonCheck.parse(out())).get("ok"));
	}

	@Test
	void anUnknownCallTypeIsRefusedAndTheKnownOnesAreListed() throws IOException {
		String data = dir.resolve("data").toString();
		Path file = Files.writeString(dir.resolve("one.txt"), "问候\n1、“请问方便吗？”\n是，结束\n");
		for (String command : List.of("import script", "script validate")) {
			String[] words = command.split(" ");
			assertEquals(Cli.USAGE, run(words[0], words[1], file.toString(), "--call-type", "org.revisit.calltype.brithday",
					"--data", data));
			assertTrue(err().startsWith("revisit " + command + ": unknown --call-type org.revisit.calltype.brithday; the "
					+ "installed call types are: ") && err().contains("org.revisit.calltype.birthday, ")
					&& err().contains("org.revisit.tests.calltype.renewal"), err());
			assertEquals(1, err().strip().lines().count(), err());
		}
		assertEquals(List.of(), rows(data), "nothing stored");
		assertEquals(0, run("script", "validate", file.toString(), "--call-type", "org.revisit.calltype.birthday",
				"--data", data), err());
	}

	@Test
	void aTitleWithControlOrTextDirectionCharactersFailsValidationAndImportAlike() throws IOException {
		String data = dir.resolve("data").toString();
		Path file = Files.writeString(dir.resolve("rlo.txt"), "问候\u202E语\n1、“请问方便吗？”\n是，结束\n");
		assertEquals(Cli.FAILED, run("script", "validate", file.toString(), "--data", data));
		assertTrue(out().contains("field \"title\" contains the invisible character U+202E (RLO)"), out());
		assertTrue(out().contains("script '问候\\u202E语'") && out().indexOf('\u202E') < 0, out());
		assertEquals(Cli.FAILED, run("import", "script", file.toString(), "--data", data));
		assertTrue(err().contains("1 script(s) not stored because of errors"), err());
		assertEquals(List.of(), rows(data));
	}

	@Test
	void theBuiltInTextsValidateCleanlyThroughTheCommandLine() throws IOException {
		Path file = dir.resolve("builtin.txt");
		StringBuilder all = new StringBuilder();
		for (String type : BuiltinCallTypesTest.IDS) {
			all.append(BuiltinScripts.text("zh", type)).append('\n').append(BuiltinScripts.text("en", type)).append('\n');
		}
		Files.writeString(file, all);
		assertEquals(0, run("script", "validate", file.toString(), "--data", dir.toString()), out());
		assertEquals(22, out().lines().filter(l -> l.contains(": 0 error(s), 0 warning(s)")).count(), out());
	}

	@Test
	@SuppressWarnings("unchecked")
	void builtInScriptsAreStoredOnceAndAgainOnlyWhenTheyChange() {
		String data = dir.resolve("data").toString();
		assertEquals(0, run("import", "script", "--builtin", "--data", data, "--json"), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		// 22 of Revisit's own call types and the test bundle's third-party renewal reminder
		assertEquals(23, ((List<?>) json.get("stored")).size());
		assertEquals(0.0, json.get("unchanged"));
		List<?> skipped = (List<?>) json.get("skipped");
		assertEquals(1, skipped.size(), out());
		assertTrue(skipped.get(0).toString().contains("scripts/missing.txt in org.revisit.core.tests"), out());
		assertEquals(0, run("import", "script", "--builtin", "--data", data));
		assertTrue(out().contains("0 built-in script(s) stored, 23 already up to date."), out());
		assertTrue(out().contains("Skipped: Default script scripts/missing.txt in org.revisit.core.tests"), out());
		assertTrue(rows(data).contains("org.revisit.script.birthday.zh|1|生日祝福话术|zh|org.revisit.calltype.birthday"),
				rows(data).toString());
		assertTrue(rows(data).contains("org.revisit.tests.script.renewal.zh|1|续约提醒话术|zh|org.revisit.tests.calltype.renewal"),
				rows(data).toString());

		// someone edits the stored Chinese birthday script: --builtin puts the shipped words back as version 3
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
			Script edited = store.scripts().loadLatest("org.revisit.script.birthday.zh");
			edited.getSteps().get(4).setUtterance("生日快乐！");
			store.scripts().insertNewVersions(List.of(edited));
			assertEquals(2, edited.getScriptVersion());
		}
		assertEquals(0, run("import", "script", "--builtin", "--data", data));
		assertTrue(out().contains("Stored '生日祝福话术' as org.revisit.script.birthday.zh version 3"), out());
		assertTrue(out().contains("1 built-in script(s) stored, 22 already up to date."), out());
		assertEquals(Cli.USAGE, run("import", "script", "--builtin", "x.txt", "--data", data));
	}
	@Test
	@SuppressWarnings("unchecked")
	void aTrainingDocumentIsStoredWholeWithAWarningForEachLineNotUnderstood() throws IOException {
		String data = dir.resolve("data").toString();
		Path file = dir.resolve("外呼话术培训教材.txt");
		Files.writeString(file, ScriptTextTest.trainingDocument());

		assertEquals(0, run("script", "validate", file.toString(), "--data", data), err());
		String report = out();
		for (int line : List.of(1, 2, 4, 5)) {
			assertTrue(report.contains(file + ":" + line + ": warning: "), report);
		}
		assertTrue(report.contains(file + ":53: warning: unknown action '客户情绪激动时先安抚' in '注：客户情绪激动时先安抚，再继续询问。'"),
				report);
		assertTrue(report.contains(file + ":35: script '热线服务监督话术' (zh, 9 steps, "), report);
		assertEquals(6, report.lines().filter(l -> l.contains(": 0 error(s)")).count(), report);
		assertEquals("", err());

		assertEquals(0, run("import", "script", file.toString(), "--data", data), err());
		assertTrue(out().startsWith(report), "import reports what validate does:\n" + out());
		assertTrue(out().contains("Stored '首访' as 首访 version 1 (10 steps)"), out());
		assertTrue(out().contains("Stored '热线服务监督话术' as 热线服务监督话术 version 1 (9 steps, 1 warning(s))"), out());
		assertTrue(out().contains("Stored 'Return visit (English)' as return-visit-english version 1 (8 steps)"), out());
		assertEquals("", err());

		assertEquals(0, run("import", "script", file.toString(), "--data", data, "--json"), err());
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(6, ((List<?>) json.get("stored")).size());
		assertEquals(List.of(), json.get("refused"));
		assertEquals(List.of(1.0, 2.0, 4.0, 5.0, 53.0),
				((List<Map<String, Object>>) json.get("problems")).stream().map(p -> p.get("line")).toList());
		assertEquals(List.of("培训质量监督话术|2|培训质量监督话术|zh|null", "现场服务监督话术|2|现场服务监督话术|zh|null"),
				rows(data).stream().filter(r -> r.contains("现场") || r.contains("培训质量")).filter(r -> r.contains("|2|"))
						.toList());
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data)))) {
			Script hotline = store.scripts().loadLatest("热线服务监督话术");
			assertEquals(9, hotline.getSteps().size());
			assertEquals(2, hotline.getSteps().get(4).getAnswers().size(), "the step around the note is stored whole");
		}
	}
}
