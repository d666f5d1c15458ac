package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Script;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;

/** Every shipped script, Chinese and English, imports and validates without a single diagnostic. */
class BuiltinScriptsTest {

	@Test
	void everyBuiltInScriptIsClean() {
		List<String> report = new ArrayList<>();
		LanguageLint lint = LanguageLint.defaults();
		for (String language : BuiltinScripts.LANGUAGES) {
			for (String type : BuiltinScripts.CALL_TYPES) {
				String name = BuiltinScripts.resource(language, type);
				ImportResult r = BuiltinScripts.read(language, type);
				r.problems().forEach(p -> report.add(name + ": " + p.getMessage()));
				assertEquals(1, r.scripts().size(), name);
				Script s = r.scripts().get(0);
				new ScriptValidator().validate(s).getChildren().forEach(d -> report.add(name + ": " + d.getMessage()));
				lint.check(s).getChildren().forEach(d -> report.add(name + ": " + d.getMessage()));
				assertEquals(BuiltinScripts.CALL_TYPE_PREFIX + type, s.getCallTypeId());
				assertEquals(language, ScriptReader.read(BuiltinScripts.text(language, type), type).scripts().get(0)
						.getLanguage(), name + " is detected as written in " + language);
				assertOpening(name, s);
				SpeakingTime t = SpeakingTime.ofScript(s);
				assertTrue(t.minSeconds() > 5 && t.maxSeconds() < 600, name + ": " + t);
				System.out.printf("%-32s %2d steps, speaking time %s%n", name, s.getSteps().size(), t);
			}
		}
		assertEquals(List.of(), report);
		assertEquals(22, BuiltinScripts.all().size());
	}

	/** The opening DOMAIN.md asks for: absent → callback; left the company → successor; not convenient → callback. */
	private static void assertOpening(String name, Script s) {
		assertTrue(s.getSteps().get(1).getAnswers().stream().anyMatch(a -> a.getActions().stream().anyMatch(
				TargetAbsent.class::isInstance) && a.getActions().stream().anyMatch(AgreeCallback.class::isInstance)), name);
		assertTrue(s.getSteps().get(1).getAnswers().stream()
				.anyMatch(a -> a.getActions().stream().anyMatch(TargetLeftCompany.class::isInstance)), name);
		assertTrue(s.getSteps().get(3).getUtterance().contains("${agent.number}"), name);
		assertTrue(s.getSteps().get(3).getAnswers().stream()
				.anyMatch(a -> a.getActions().stream().anyMatch(AgreeCallback.class::isInstance)), name);
		assertTrue(s.getSteps().get(s.getSteps().size() - 1).getAnswers().isEmpty(), name + " ends with a closing step");
	}

	@Test
	void everyBuiltInScriptSurvivesARoundTrip() {
		for (Script s : BuiltinScripts.all()) {
			ImportResult again = ScriptReader.read(ScriptWriter.write(s), "x");
			assertTrue(again.problems().isEmpty(), s.getScriptId() + ": " + again.problems());
			Script copy = again.scripts().get(0);
			copy.setScriptId(s.getScriptId());
			copy.setCallTypeId(s.getCallTypeId());
			assertTrue(EcoreUtil.equals(s, copy), s.getScriptId());
			Diagnostic d = new ScriptValidator().validate(copy);
			assertEquals(Diagnostic.OK, d.getSeverity(), s.getScriptId());
		}
	}
}
