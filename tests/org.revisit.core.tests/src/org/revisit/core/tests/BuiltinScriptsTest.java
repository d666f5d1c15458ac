package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.model.AgreeCallback;
import org.revisit.model.EndCall;
import org.revisit.model.Script;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;

/**
 * Every shipped script, Chinese and English, read through the call type registry from org.revisit.calltypes,
 * imports and validates without a single diagnostic.
 */
class BuiltinScriptsTest {

	@Test
	void everyBuiltInScriptIsClean() {
		List<String> report = new ArrayList<>();
		LanguageLint lint = LanguageLint.defaults();
		CallTypeRegistry registry = CallTypeRegistry.read();
		for (String language : BuiltinScripts.LANGUAGES) {
			for (String id : BuiltinCallTypesTest.IDS) {
				CallTypeDescriptor type = registry.get(id);
				String name = BuiltinScripts.source(type, language);
				assertEquals("scripts/" + language + "/" + id.substring(id.lastIndexOf('.') + 1) + ".txt",
						type.scripts().get(language));
				ImportResult r = BuiltinScripts.read(type, language);
				r.problems().forEach(p -> report.add(name + ": " + p.getMessage()));
				assertEquals(1, r.scripts().size(), name);
				Script s = r.scripts().get(0);
				new ScriptValidator().validate(s).getChildren().forEach(d -> report.add(name + ": " + d.getMessage()));
				lint.check(s).getChildren().forEach(d -> report.add(name + ": " + d.getMessage()));
				assertEquals(id, s.getCallTypeId());
				assertEquals(BuiltinScripts.scriptId(id, language), s.getScriptId());
				assertEquals(language, ScriptReader.read(BuiltinScripts.text(type, language), id).scripts().get(0)
						.getLanguage(), name + " is detected as written in " + language);
				assertOpening(name, s);
				assertOutcomesDeclared(name, s, type);
				SpeakingTime t = SpeakingTime.ofScript(s);
				assertTrue(t.minSeconds() > 5 && t.maxSeconds() < 600, name + ": " + t);
				System.out.printf("%-32s %2d steps, speaking time %s%n", name, s.getSteps().size(), t);
			}
		}
		assertEquals(List.of(), report);
		BuiltinScripts.Defaults all = BuiltinScripts.all(registry);
		assertEquals(22, all.scripts().stream().filter(s -> s.getCallTypeId().startsWith("org.revisit.calltype.")).count());
		assertTrue(all.scripts().stream().anyMatch(s -> s.getScriptId().equals("org.revisit.tests.script.renewal.zh")),
				"a third party's default script is read from its own bundle");
		assertEquals(1, all.problems().size(), all.problems().toString());
		assertTrue(all.problems().get(0).contains("scripts/missing.txt in org.revisit.core.tests")
				&& all.problems().get(0).contains("org.revisit.tests.calltype.missingClass"), all.problems().toString());
	}

	@Test
	void scriptIdsFollowTheCallTypeId() {
		assertEquals("org.revisit.script.birthday.zh", BuiltinScripts.scriptId("org.revisit.calltype.birthday", "zh"));
		assertEquals("com.example.script.renewal.en", BuiltinScripts.scriptId("com.example.calltype.renewal", "en"));
		assertEquals("com.example.renewal.script.zh", BuiltinScripts.scriptId("com.example.renewal", "zh"));
	}

	/** Every outcome code a script ends with is one its call type declares. */
	private static void assertOutcomesDeclared(String name, Script s, CallTypeDescriptor type) {
		Set<String> declared = new HashSet<>();
		type.outcomes().forEach(o -> declared.add(o.code()));
		s.getSteps().forEach(step -> step.getAnswers().forEach(a -> a.getActions().forEach(action -> {
			if (action instanceof EndCall end) {
				assertTrue(declared.contains(end.getOutcomeCode()), name + " ends with " + end.getOutcomeCode()
						+ ", which " + type.id() + " does not declare: " + declared);
			}
		})));
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
		for (Script s : BuiltinScripts.all().scripts()) {
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
