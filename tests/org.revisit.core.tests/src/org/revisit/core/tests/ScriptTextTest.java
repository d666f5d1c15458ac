package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.CreateFollowUp;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.Instruction;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;

/** Import and export of the numbered-step script text, on a document in the training-material style. */
class ScriptTextTest {

	static String trainingMaterial() throws IOException {
		try (InputStream in = ScriptTextTest.class.getResourceAsStream("training-material.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void readsEveryScriptOfTheDocumentAndReportsEachLineItDidNotUnderstand() throws IOException {
		ImportResult r = ScriptReader.read(trainingMaterial(), "training-material");

		List<Integer> lines = new ArrayList<>();
		for (Diagnostic d : r.problems()) {
			assertEquals(ScriptDiagnostics.SOURCE, d.getSource());
			assertEquals(ScriptDiagnostics.LINE_NOT_UNDERSTOOD, d.getCode());
			assertTrue(d.getMessage().startsWith("Line " + ScriptDiagnostics.line(d) + ": "), d.getMessage());
			lines.add(ScriptDiagnostics.line(d));
		}
		assertEquals(List.of(1, 2, 18, 34, 39, 49), lines);
		assertEquals("注意：语气要亲切", r.problems().get(2).getData().get(1));
		assertTrue(r.problems().get(2).getMessage().contains("语气要亲切"), r.problems().get(2).getMessage());
		assertTrue(r.problems().get(4).getMessage().contains("'perhaps'"), r.problems().get(4).getMessage());

		assertEquals(List.of("热线服务监督回访话术", "Training supervision", "节日问候话术"),
				r.scripts().stream().map(Script::getTitle).toList());
		assertEquals(List.of("zh", "en", "zh"), r.scripts().stream().map(Script::getLanguage).toList());
		assertEquals(List.of(7, 4, 3), r.scripts().stream().map(s -> s.getSteps().size()).toList());
		assertEquals(List.of(4, 27, 42), r.scripts().stream().map(r::lineOf).toList());

		Script hotline = r.scripts().get(0);
		Step two = hotline.getSteps().get(1);
		assertEquals("请问${contact.salutation}在吗？", two.getUtterance(), "half-width quotes come off");
		assertEquals(8, r.lineOf(two));
		assertEquals("您好，我是${company}客服代表，工号${agent.number}，请问现在方便吗？",
				hotline.getSteps().get(2).getUtterance(), "「」 come off too");

		Answer absent = two.getAnswers().get(1);
		assertEquals("不在", absent.getLabel());
		assertInstanceOf(TargetAbsent.class, absent.getActions().get(0));
		assertInstanceOf(AgreeCallback.class, absent.getActions().get(1));
		assertEquals("CALLBACK", ((EndCall) absent.getActions().get(2)).getOutcomeCode());

		Answer left = two.getAnswers().get(2);
		assertEquals("已离职", left.getLabel(), "； separates too");
		assertInstanceOf(TargetLeftCompany.class, left.getActions().get(0));
		assertEquals("接替人", ((RecordField) left.getActions().get(1)).getFieldName());
		assertEquals(3, ((GoToStep) left.getActions().get(2)).getTargetStep());

		assertInstanceOf(Instruction.class, two.getAnswers().get(0).getActions().get(0), "转目标联系人");
		assertEquals(2, ((GoToStep) hotline.getSteps().get(0).getAnswers().get(1).getActions().get(0)).getTargetStep(),
				"否：转2 with a full-width colon");
		assertEquals("COMPLETED", ((EndCall) hotline.getSteps().get(2).getAnswers().get(1).getActions().get(2))
				.getOutcomeCode());

		RecordField details = (RecordField) hotline.getSteps().get(3).getAnswers().get(1).getActions().get(0);
		assertEquals("具体情况", details.getFieldName());
		assertEquals(RecordKind.REASON, details.getKind());
		assertEquals(RecordKind.SUGGESTION,
				((RecordField) hotline.getSteps().get(5).getAnswers().get(0).getActions().get(0)).getKind());
		assertTrue(hotline.getSteps().get(6).getAnswers().isEmpty(), "the closing step has no answers");

		Script training = r.scripts().get(1);
		assertEquals("Can you now work on your own?", training.getSteps().get(2).getUtterance(),
				"an utterance continues until its closing quote");
		assertEquals(List.of(1, 2, 3, 4), training.getSteps().stream().map(Step::getNumber).toList());
		Answer yes = training.getSteps().get(1).getAnswers().get(0);
		assertEquals("yes", yes.getLabel(), "'If yes:' loses its 'if'");
		Answer no = training.getSteps().get(2).getAnswers().get(1);
		assertEquals(List.of(RecordField.class, CreateFollowUp.class, GoToStep.class),
				no.getActions().stream().map(a -> (Class<?>) a.eClass().getInstanceClass()).toList());
		assertEquals("trainer", ((CreateFollowUp) no.getActions().get(1)).getAssignee());
		assertEquals(2, training.getSteps().get(2).getAnswers().size(), "the line not understood adds no answer");

		Answer thanks = r.scripts().get(2).getSteps().get(0).getAnswers().get(0);
		assertEquals("好的/谢谢", thanks.getLabel());
		assertEquals(List.of("好的", "谢谢"), thanks.getKeywords());
		assertEquals(RecordKind.SCORE,
				((RecordField) r.scripts().get(2).getSteps().get(1).getAnswers().get(0).getActions().get(0)).getKind());

		for (Script s : r.scripts()) {
			Diagnostic d = new ScriptValidator().validate(s);
			assertEquals(Diagnostic.OK, d.getSeverity(), s.getTitle() + ": " + d.getChildren());
		}
	}

	@Test
	void exportThenImportGivesTheSameModel() throws IOException {
		List<Script> scripts = ScriptReader.read(trainingMaterial(), "training-material").scripts();
		String text = ScriptWriter.write(scripts);
		ImportResult again = ScriptReader.read(text, "training-material");
		assertTrue(again.problems().isEmpty(), again.problems().toString());
		assertEquals(scripts.size(), again.scripts().size());
		for (int i = 0; i < scripts.size(); i++) {
			assertTrue(EcoreUtil.equals(scripts.get(i), again.scripts().get(i)),
					"script " + i + " differs after the round trip:\n" + text);
		}
		assertEquals(text, ScriptWriter.write(again.scripts()), "writing is stable");
		assertTrue(text.contains("2、“请问${contact.salutation}在吗？”\n在，转目标联系人，转3\n"), text);
		assertTrue(text.contains("no, record help needed, create follow-up (trainer), go to 4"), text);
	}

	@Test
	void modelsBuiltInCodeRoundTripWithTheirKindsAndTexts() {
		String text = "Kinds\n1. \"Rate us?\"\nyes, record mood[score], create follow-up (sales: call about the offer), (smile), end (NO_INTEREST)\n";
		Script s = ScriptReader.read(text, "x").scripts().get(0);
		Answer a = s.getSteps().get(0).getAnswers().get(0);
		assertEquals(RecordKind.SCORE, ((RecordField) a.getActions().get(0)).getKind());
		CreateFollowUp f = (CreateFollowUp) a.getActions().get(1);
		assertEquals("sales", f.getAssignee());
		assertEquals("call about the offer", f.getText());
		assertEquals("smile", ((Instruction) a.getActions().get(2)).getText());
		assertEquals("NO_INTEREST", ((EndCall) a.getActions().get(3)).getOutcomeCode());
		Script again = ScriptReader.read(ScriptWriter.write(s), "x").scripts().get(0);
		assertTrue(EcoreUtil.equals(s, again), ScriptWriter.write(s));
	}

	@Test
	void aDocumentWithoutTitlesUsesTheDefaultTitleAndStartsANewScriptAtStepOne() {
		ImportResult r = ScriptReader.read("1、“甲？”\n是，结束\n1、“乙？”\n是，结束\n", "文件");
		assertEquals(List.of("文件", "文件 (2)"), r.scripts().stream().map(Script::getTitle).toList());
		assertTrue(r.problems().isEmpty());
	}

	@Test
	void acceptsTheOtherWaysMaterialWritesStepsAndAnswers() {
		ImportResult r = ScriptReader.read("话术：回访\n第１步：“请问方便吗？”\n· 方便 → ２\na) 不方便，另约时间\n第2步 「谢谢，再见。」\n",
				"x");
		assertTrue(r.problems().isEmpty(), r.problems().toString());
		Script s = r.scripts().get(0);
		assertEquals("回访", s.getTitle());
		assertEquals(List.of(1, 2), s.getSteps().stream().map(Step::getNumber).toList());
		assertEquals("请问方便吗？", s.getSteps().get(0).getUtterance());
		assertEquals(2, ((GoToStep) s.getSteps().get(0).getAnswers().get(0).getActions().get(0)).getTargetStep());
		assertEquals("方便", s.getSteps().get(0).getAnswers().get(0).getLabel());
		assertEquals("谢谢，再见。", s.getSteps().get(1).getUtterance());
	}
}
