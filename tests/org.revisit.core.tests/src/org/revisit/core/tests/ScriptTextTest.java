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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.model.Action;
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
		return resource("training-material.txt");
	}

	/**
	 * A training document laid out like the ones teams bring (six scripts): a preamble, headings {@code 二、首访}
	 * and {@code (一)…}, a heading glued after the last step of the script before it, utterances over several
	 * lines, steps without answers, answers without a step to go to, the usual ways of writing each action, and
	 * one note the reader does not understand.
	 */
	static String trainingDocument() throws IOException {
		return resource("training-document.txt");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = ScriptTextTest.class.getResourceAsStream(name)) {
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
			assertEquals(Diagnostic.WARNING, d.getSeverity(), "a line not understood does not stop the script");
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
	@Test
	void readsEveryScriptOfATrainingDocumentAsItIsLaidOut() throws IOException {
		ImportResult r = ScriptReader.read(trainingDocument(), "培训教材");

		assertEquals(List.of("首访", "热线服务监督话术", "现场服务监督话术", "培训质量监督话术", "节日关怀", "Return visit (English)"),
				r.scripts().stream().map(Script::getTitle).toList());
		assertEquals(List.of(10, 9, 9, 9, 4, 8), r.scripts().stream().map(s -> s.getSteps().size()).toList());
		assertEquals(List.of(7, 35, 63, 90, 112, 121), r.scripts().stream().map(r::lineOf).toList(),
				"a glued heading counts from the line it is on");
		assertEquals(List.of("zh", "zh", "zh", "zh", "zh", "en"), r.scripts().stream().map(Script::getLanguage).toList());
		for (Script s : r.scripts()) {
			assertEquals(List.of(), s.getSteps().stream().map(Step::getNumber).filter(n -> n < 1).toList());
			Diagnostic d = new ScriptValidator().validate(s);
			assertEquals(Diagnostic.OK, d.getSeverity(), s.getTitle() + ": " + d.getChildren());
		}

		// the preamble (document title, a section of rules) and a note inside a script; nothing else
		assertEquals(List.of(1, 2, 4, 5, 53), r.problems().stream().map(ScriptDiagnostics::line).toList());
		Diagnostic note = r.problems().get(4);
		assertEquals(Diagnostic.WARNING, note.getSeverity());
		assertEquals("注：客户情绪激动时先安抚，再继续询问。", note.getData().get(1));
		assertTrue(note.getMessage().startsWith("Line 53: unknown action '客户情绪激动时先安抚'"), note.getMessage());
		Script hotline = r.scripts().get(1);
		assertEquals(List.of(note), r.problems(hotline));
		assertEquals(2, hotline.getSteps().get(4).getAnswers().size(), "the note is skipped, the step kept whole");
		assertEquals(List.of(), r.problems(r.scripts().get(0)));

		// utterances over several lines, and headings glued after the closing quote
		Script first = r.scripts().get(0);
		assertEquals("您好！我是${company}客户服务中心的客服代表，工号${agent.number}。感谢您选用我们的产品，"
				+ "今天给您来电是做一个简短的首次回访，请问您现在方便接听电话吗？", first.getSteps().get(2).getUtterance());
		assertEquals("感谢您对我们工作的监督和支持，再见！", hotline.getSteps().get(8).getUtterance());
		assertEquals("感谢您的支持，祝您工作顺利，再见！", r.scripts().get(2).getSteps().get(8).getUtterance());
		assertEquals("Good morning, this is ${company} customer service, agent number ${agent.number}. "
				+ "Is now a good time for a short call?", r.scripts().get(5).getSteps().get(2).getUtterance());

		// steps said without answers, answers that name no step
		assertEquals(List.of(4, 6, 9, 10), first.getSteps().stream().filter(s -> s.getAnswers().isEmpty())
				.map(Step::getNumber).toList());
		Answer neutral = hotline.getSteps().get(5).getAnswers().get(1);
		assertEquals("不满意或一般", neutral.getLabel());
		assertEquals(List.of("不满意", "一般"), neutral.getKeywords());
		assertEquals("原因", ((RecordField) neutral.getActions().get(0)).getFieldName());
		assertEquals(1, neutral.getActions().size());
	}

	@Test
	void aTrainingDocumentSurvivesExportAndImport() throws IOException {
		List<Script> scripts = ScriptReader.read(trainingDocument(), "培训教材").scripts();
		String text = ScriptWriter.write(scripts);
		ImportResult again = ScriptReader.read(text, "培训教材");
		assertEquals(List.of(), again.problems());
		assertEquals(scripts.size(), again.scripts().size());
		for (int i = 0; i < scripts.size(); i++) {
			assertTrue(EcoreUtil.equals(scripts.get(i), again.scripts().get(i)), "script " + i + " differs:\n" + text);
		}
		assertTrue(text.contains("3、“您好！我是${company}客户服务中心的客服代表，工号${agent.number}。感谢您选用我们的产品，"
				+ "今天给您来电是做一个简短的首次回访，请问您现在方便接听电话吗？”\n方便，转4\n不方便，确定回拨时间，表示感谢，结束(CALLBACK)\n"
				+ "4、“我们的技术支持热线是"), "a step without answers is written without answer lines:\n" + text);
		assertTrue(text.contains("\n如果联系人已离职，联系人已离职，转3\n"), "a label that reads as an action stays a condition:\n" + text);
		assertTrue(text.contains("\n不满意或一般，记录原因\n"), text);
	}

	@Test
	void aHeadingGluedToTheLastStepStartsTheNextScript() {
		ImportResult r = ScriptReader.read("""
				(一)热线服务监督话术
				1、“请问方便吗？”
				是，转2
				2、"谢谢您的支持，再见！"（二）现场服务监督话术
				1、“请问方便吗？”
				是，结束
				""", "x");
		assertEquals(List.of(), r.problems());
		assertEquals(List.of("热线服务监督话术", "现场服务监督话术"), r.scripts().stream().map(Script::getTitle).toList());
		assertEquals("谢谢您的支持，再见！", r.scripts().get(0).getSteps().get(1).getUtterance());
		assertEquals(List.of(1, 4), r.scripts().stream().map(r::lineOf).toList());
	}

	@Test
	void aHeadingOverHeadingsOrInsideAScriptStartsNoScriptOfItsOwn() {
		ImportResult r = ScriptReader.read("""
				三、服务监督回访
				（一）热线服务监督话术
				1、“请问方便吗？”
				是，转2
				（二）满意度部分
				2、“您满意吗？”
				是，结束
				""", "x");
		assertEquals(List.of(), r.problems());
		assertEquals(List.of("热线服务监督话术"), r.scripts().stream().map(Script::getTitle).toList());
		assertEquals(2, r.scripts().get(0).getSteps().size());

		ImportResult rules = ScriptReader.read("""
				一、回访
				1、“请问方便吗？”
				是，结束
				2、“再见！”（二）附录
				坐席应熟悉客户资料，不满意时记录原因。
				""", "x");
		assertEquals(List.of(4, 5), rules.problems().stream().map(ScriptDiagnostics::line).toList());
		assertTrue(rules.problems().get(0).getMessage().contains("a title with no steps after it: '（二）附录'"),
				rules.problems().toString());
		assertTrue(rules.problems().get(1).getMessage().contains("not a step, an answer or a title"),
				"the rules under a heading are no answer to the step above it: " + rules.problems());
		assertEquals("再见！", rules.scripts().get(0).getSteps().get(1).getUtterance());
	}

	/** The actions of an answer in short: {@code label: go 4, record 原因, callback...}. */
	private static String brief(Answer answer) {
		StringBuilder sb = new StringBuilder(answer.getLabel()).append(':');
		for (Action a : answer.getActions()) {
			sb.append(sb.charAt(sb.length() - 1) == ':' ? " " : ", ");
			if (a instanceof GoToStep g) {
				sb.append("go ").append(g.getTargetStep());
			} else if (a instanceof EndCall e) {
				sb.append("end ").append(e.getOutcomeCode());
			} else if (a instanceof AgreeCallback) {
				sb.append("callback");
			} else if (a instanceof TargetAbsent) {
				sb.append("absent");
			} else if (a instanceof TargetLeftCompany) {
				sb.append("left");
			} else if (a instanceof RecordField f) {
				sb.append("record ").append(f.getFieldName());
			} else if (a instanceof CreateFollowUp f) {
				sb.append("follow-up ").append(f.getAssignee());
			} else if (a instanceof Instruction i) {
				sb.append("say ").append(i.getText());
			}
		}
		return sb.toString();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			不方便，确定回拨时间                      | 不方便: callback
			不方便，确定再次回拨时间                  | 不方便: callback
			不方便，约定回拨时间                      | 不方便: callback
			不方便，再次回拨                          | 不方便: callback
			不方便，另约时间                          | 不方便: callback
			不方便，预约回访时间                      | 不方便: callback
			不方便，与客户约定下次致电时间            | 不方便: callback
			不方便，稍后再联系                        | 不方便: callback
			如果不在，确定再次回拨时间                | 不在: callback
			若不在，另约时间                          | 不在: callback
			如不在：约定回拨时间                      | 不在: callback
			假如不在的话，再次回拨                    | 不在: callback
			不在则另约时间                            | 不在: callback
			如果不在确定回拨时间                      | 不在: callback
			如联系人已离职，找到接替人并更新联系人，转2 | 联系人已离职: left, go 2
			是，转2                                   | 是: go 2
			是，直接转2                               | 是: go 2
			是，跳转到2                               | 是: go 2
			是，转到第2步                             | 是: go 2
			是，转至2                                 | 是: go 2
			是，进入2                                 | 是: go 2
			是，进入第二步                            | 是: go 2
			是，转第2题                               | 是: go 2
			是，则转2                                 | 是: go 2
			是 → ２                                  | 是: go 2
			满意转2                                   | 满意: go 2
			否，记录原因并转2                         | 否: record 原因, go 2
			否，进行记录并转2                         | 否: record 情况, go 2
			否，记录问题后转2                         | 否: record 问题, go 2
			否，记录售后问题并转2                     | 否: record 售后问题, go 2
			否，记录原因                              | 否: record 原因
			不满意或一般，记录原因                    | 不满意或一般: record 原因
			否，记录原因并结束                        | 否: record 原因, end COMPLETED
			否，表示感谢并确定回拨时间                | 否: say 表示感谢, callback
			否，致歉并承诺上报，转2                   | 否: say 致歉并承诺上报, go 2
			在，转接目标联系人，转2                   | 在: say 转接目标联系人, go 2
			在，请目标联系人接听，转2                 | 在: say 请目标联系人接听, go 2
			在，转技术支持部门，转2                   | 在: say 转技术支持部门, go 2
			否，转工程师跟进，转2                     | 否: follow-up engineer, go 2
			否，礼貌结束通话                          | 否: end COMPLETED
			否，结束通话(REFUSED)                     | 否: end REFUSED
			否，挂机                                  | 否: end COMPLETED
			目标不在，约定时间                        | : absent, callback
			yes, go to 2                              | yes: go 2
			yes, go straight to 2                     | yes: go 2
			yes, skip to step 2                       | yes: go 2
			yes, proceed to 2                         | yes: go 2
			yes, continue with step 2                 | yes: go 2
			yes, then go to 2                         | yes: go 2
			yes go to 2                               | yes: go 2
			If yes: go to 2                           | yes: go 2
			if absent, agree another time             | absent: callback
			when not convenient, call back later      | not convenient: callback
			no, arrange a callback                    | no: callback
			no, schedule a new time                   | no: callback
			no, record the reason and go to 2         | no: record reason, go 2
			no, note down the reason, then go to 2    | no: record reason, go 2
			no, record the reason                     | no: record reason
			no, record the reason and thank the customer | no: record reason, say thank the customer
			no, hang up politely                      | no: end COMPLETED
			no, end the call (REFUSED)                | no: end REFUSED
			available, transfer to the target person, go to 2 | available: say transfer to the target person, go 2
			has left, find the successor and update the contact, go to 2 | has left: left, go 2
			""")
	void eachWayOfWritingAnActionReadsAsThatAction(String line, String expected) {
		ImportResult r = ScriptReader.read("1、“请问？”\n" + line + "\n2、“再见！”\n", "x");
		assertEquals(List.of(), r.problems(), line);
		List<Answer> answers = r.scripts().get(0).getSteps().get(0).getAnswers();
		assertEquals(1, answers.size(), line);
		assertEquals(expected, brief(answers.get(0)), line);
		Script again = ScriptReader.read(ScriptWriter.write(r.scripts()), "x").scripts().get(0);
		assertTrue(EcoreUtil.equals(r.scripts().get(0), again), ScriptWriter.write(again));
	}

	@Test
	void aLineNotUnderstoodIsReportedWithItsNumberAndTheRestOfTheScriptIsKept() {
		ImportResult r = ScriptReader.read("回访\n1、“请问方便吗？”\n是，转2\n（语气要亲切）\n否，记录原因，稍候片刻\n2、“再见！”\n", "x");
		assertEquals(List.of(4, 5), r.problems().stream().map(ScriptDiagnostics::line).toList());
		assertTrue(r.problems().get(0).getMessage().startsWith("Line 4: a remark, not an answer"), r.problems().toString());
		assertTrue(r.problems().get(1).getMessage().contains("unknown action '稍候片刻'"), r.problems().toString());
		assertEquals(Diagnostic.WARNING, r.diagnostic().getSeverity());
		Script s = r.scripts().get(0);
		assertEquals(2, s.getSteps().size());
		assertEquals(List.of("是"), s.getSteps().get(0).getAnswers().stream().map(Answer::getLabel).toList());
		assertEquals(List.of(r.problems().get(0), r.problems().get(1)), r.problems(s));
	}
}
