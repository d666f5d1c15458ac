package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Script;

/** Flow checks of scripts: each finding names its step and carries it. */
class ScriptValidatorTest {

	private static Script script(String text) {
		ImportResult r = ScriptReader.read(text, "test");
		assertTrue(r.problems().isEmpty(), r.problems().toString());
		return r.scripts().get(0);
	}

	private static List<Diagnostic> findings(String text, int code) {
		Script s = script(text);
		Diagnostic d = new ScriptValidator().validate(s);
		assertEquals(ScriptDiagnostics.SOURCE, d.getSource());
		return d.getChildren().stream().filter(c -> c.getCode() == code).toList();
	}

	private static void assertStep(Diagnostic d, int step, int severity, String words) {
		assertEquals(severity, d.getSeverity(), d.getMessage());
		assertEquals(step, ScriptDiagnostics.step(d).getNumber(), d.getMessage());
		assertEquals(step, d.getData().get(1));
		assertTrue(d.getMessage().startsWith("Step " + step), d.getMessage());
		assertTrue(d.getMessage().contains(words), d.getMessage());
	}

	@Test
	void aGoToAMissingStepIsAnError() {
		List<Diagnostic> f = findings("1、“问？”\n是，转9\n否，结束\n", ScriptDiagnostics.MISSING_STEP);
		assertEquals(1, f.size());
		assertStep(f.get(0), 1, Diagnostic.ERROR, "answer '是': goes to step 9, which does not exist");
	}

	@Test
	void aStepNoAnswerLeadsToIsUnreachable() {
		List<Diagnostic> f = findings("1、“问？”\n是，转3\n2、“孤立？”\n是，转3\n3、“再见！”\n",
				ScriptDiagnostics.UNREACHABLE_STEP);
		assertEquals(1, f.size());
		assertStep(f.get(0), 2, Diagnostic.WARNING, "no answer leads here");
	}

	@Test
	void aStepWithNoWayToAnEndAndALoopWithoutExitAreErrors() {
		String text = "1、“一？”\n是，转2\n否，转4\n2、“二？”\n是，转3\n3、“三？”\n是，转2\n4、“四？”\n是，转5\n5、“五？”\n是，转2\n";
		Script s = script(text);
		Diagnostic d = new ScriptValidator().validate(s);
		List<Diagnostic> loops = d.getChildren().stream().filter(c -> c.getCode() == ScriptDiagnostics.CYCLE_WITHOUT_EXIT)
				.toList();
		assertEquals(List.of(2, 3), loops.stream().map(c -> ScriptDiagnostics.step(c).getNumber()).sorted().toList());
		assertStep(loops.get(0), ScriptDiagnostics.step(loops.get(0)).getNumber(), Diagnostic.ERROR,
				"steps 2, 3 go round in a loop");
		List<Diagnostic> noEnd = d.getChildren().stream().filter(c -> c.getCode() == ScriptDiagnostics.NO_WAY_TO_END)
				.toList();
		assertEquals(List.of(1, 4, 5), noEnd.stream().map(c -> ScriptDiagnostics.step(c).getNumber()).toList());
		assertStep(noEnd.get(0), 1, Diagnostic.ERROR, "no way from here to the end");
	}

	@Test
	void aLoopWithAnExitIsFine() {
		Diagnostic d = new ScriptValidator().validate(script("1、“一？”\n是，转2\n2、“二？”\n再说一遍，转2\n好，结束\n"));
		assertEquals(Diagnostic.OK, d.getSeverity(), d.getChildren().toString());
	}

	@Test
	void anAnswerThatNamesNoStepGoesOnWithTheNextStep() {
		Diagnostic d = new ScriptValidator().validate(script("1、“问？”\n是，转2\n否，记录原因\n2、“满意吗？”\n不满意或一般，记录原因\n"));
		assertEquals(Diagnostic.OK, d.getSeverity(), "it goes on with step 2; after the last step the call ends: "
				+ d.getChildren());
		assertTrue(findings("1、“问？”\n不方便，确定回拨时间\n是，结束\n", ScriptDiagnostics.NO_WAY_TO_END).isEmpty(),
				"agreeing a callback ends the call");
	}

	@Test
	void aStepWithoutAnswersGoesOnWithTheNextStep() {
		Diagnostic d = new ScriptValidator().validate(script("1、“您好，我是客服代表。”\n2、“请问方便吗？”\n是，转3\n否，结束\n"
				+ "3、“我们的热线是400-000-0000。”\n4、“再见！”\n"));
		assertEquals(Diagnostic.OK, d.getSeverity(), d.getChildren().toString());
		List<Diagnostic> loop = findings("1、“开场。”\n2、“再说一遍？”\n好，转1\n", ScriptDiagnostics.CYCLE_WITHOUT_EXIT);
		assertEquals(List.of(1, 2), loop.stream().map(c -> ScriptDiagnostics.step(c).getNumber()).sorted().toList(),
				"step 1 goes on to step 2, which only goes back");
	}

	@Test
	void unknownPlaceholdersAreNamed() {
		List<Diagnostic> f = findings("1、“您好${contact.salutation}，${weather}不错？”\n是，结束\n",
				ScriptDiagnostics.UNKNOWN_PLACEHOLDER);
		assertEquals(1, f.size());
		assertStep(f.get(0), 1, Diagnostic.WARNING, "unknown placeholder ${weather}");
	}

	@Test
	void duplicateNumbersAndConflictingActionsAreReported() {
		Script s = script("1、“一？”\n是，转2，结束\n2、“二”\n是，结束\n2、“又是二”\n");
		Diagnostic d = new ScriptValidator().validate(s);
		assertStep(d.getChildren().stream().filter(c -> c.getCode() == ScriptDiagnostics.DUPLICATE_STEP).findFirst()
				.orElseThrow(), 2, Diagnostic.ERROR, "used by another step");
		assertStep(d.getChildren().stream().filter(c -> c.getCode() == ScriptDiagnostics.CONFLICTING_ACTIONS).findFirst()
				.orElseThrow(), 1, Diagnostic.WARNING, "ends the call and also goes to a step");
	}
}
