package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.LintFinding;
import org.revisit.core.script.lint.LintRule;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Script;

/** Forbidden words and phrases with their positions, and speaking-time estimates. */
class LanguageLintTest {

	private final LanguageLint lint = LanguageLint.defaults();

	@Test
	void fillersAreFoundAsInterjectionsButNotInsideNames() {
		String note = "喂，您好，是啊，我们会处理。请找李哦然经理。";
		List<LintFinding> f = lint.check(note);
		assertEquals(List.of(0, 6), f.stream().map(LintFinding::offset).toList(), f.toString());
		assertEquals("喂", f.get(0).text());
		assertEquals(1, f.get(0).length());
		assertEquals("您好", f.get(0).suggestion());
		assertEquals("啊", note.substring(f.get(1).offset(), f.get(1).offset() + f.get(1).length()));
		assertEquals(LintRule.Kind.FILLER, f.get(1).rule().kind());
		assertTrue(lint.check("哦，明白了").size() == 1, "at the start of a sentence");
	}

	@Test
	void rudePhrasesAreFoundWithASuggestion() {
		String note = "客户问：你到底什么意思？坐席回答：你有什么事";
		List<LintFinding> f = lint.check(note);
		assertEquals(2, f.size(), f.toString());
		assertEquals(note.indexOf("你到底什么意思"), f.get(0).offset());
		assertEquals(7, f.get(0).length());
		assertTrue(f.get(0).message().contains("请问您的意思是"), f.get(0).message());
		assertEquals(note.indexOf("你有什么事"), f.get(1).offset());

		List<LintFinding> en = lint.check("Um, what do you ACTUALLY mean? The umbrella is here.");
		assertEquals(List.of("Um", "what do you ACTUALLY mean"), en.stream().map(LintFinding::text).toList(),
				"whole words only: 'umbrella' is fine");
	}

	@Test
	void aRulesFileReplacesTheBuiltInList(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("language-rules.txt");
		Files.writeString(file, "# ours\nphrase | 亲 | 您\n");
		LanguageLint ours = LanguageLint.loadOrDefaults(file);
		assertEquals(1, ours.rules().size());
		assertEquals(1, ours.check("亲，喂").size(), "喂 is no longer a rule");
		assertEquals(lint.rules(), LanguageLint.loadOrDefaults(dir.resolve("missing.txt")).rules());

		Files.writeString(file, "phrase | ok\nshout | 喂\n");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageLint.load(file));
		assertTrue(e.getMessage().contains(file + ":2:"), e.getMessage());
	}

	@Test
	void scriptFindingsNameTheStep() {
		Script s = ScriptReader.read("1、“喂，请问是王先生吗？”\n是，结束\n", "t").scripts().get(0);
		Diagnostic d = lint.check(s);
		assertEquals(1, d.getChildren().size());
		Diagnostic w = d.getChildren().get(0);
		assertEquals(Diagnostic.WARNING, w.getSeverity());
		assertEquals(ScriptDiagnostics.LANGUAGE, w.getCode());
		assertEquals(1, ScriptDiagnostics.step(w).getNumber());
		assertTrue(w.getMessage().startsWith("Step 1, at 0: filler '喂'"), w.getMessage());
	}

	@Test
	void speakingTimeFollowsNinetyToAHundredCharactersAMinute() {
		String ninety = "一二三四五六七八九十".repeat(9);
		SpeakingTime t = SpeakingTime.of(ninety + "，。！", "zh");
		assertEquals(54.0, t.minSeconds(), 1e-9);
		assertEquals(60.0, t.maxSeconds(), 1e-9);
		SpeakingTime en = SpeakingTime.of("word ".repeat(150), "en");
		assertEquals(56.25, en.minSeconds(), 1e-9);
		assertEquals(150 * 60 / 140.0, en.maxSeconds(), 1e-9);
		assertEquals(SpeakingTime.of("王先生", "zh"), SpeakingTime.of("${contact.salutation}", "zh"));

		Script s = ScriptReader.read("1、“一二三四五六七八九十”\n是，转2\n否，结束\n2、“一二三四五六七八九十一二三四五六七八九十”\n", "t")
				.scripts().get(0);
		SpeakingTime path = SpeakingTime.ofPath(s, List.of(1, 2));
		assertEquals(18.0, path.minSeconds(), 1e-9);
		assertEquals(20.0, path.maxSeconds(), 1e-9);
		SpeakingTime range = SpeakingTime.ofScript(s);
		assertEquals(6.0, range.minSeconds(), 1e-9, "shortest: step 1 then end");
		assertEquals(20.0, range.maxSeconds(), 1e-9, "longest: steps 1 and 2");
	}
}
