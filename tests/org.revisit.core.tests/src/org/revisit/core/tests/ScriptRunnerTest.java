package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.run.CallbackRule;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.PathEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.ServiceEvent;

/** A call through a built-in script: placeholders, answers, recorded fields, undo, resume, outcome. */
class ScriptRunnerTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

	private static Script hotline() {
		return BuiltinScripts.read("zh", "org.revisit.calltype.hotlineSupervision").scripts().get(0);
	}

	private static Map<String, String> context() {
		Contact wang = RevisitFactory.eINSTANCE.createContact();
		wang.setName("王建国");
		wang.setTitle("先生");
		wang.setCompany("华信软件");
		Map<String, String> values = new java.util.HashMap<>(Placeholders.of(wang));
		values.put("company", "瑞维特科技");
		values.put("agent.number", "1024");
		return values;
	}

	private static void say(ScriptRunner r, String word) {
		say(r, word, Map.of());
	}

	private static void say(ScriptRunner r, String word, Map<String, String> values) {
		r.answer(r.answerFor(word), values);
	}

	@Test
	void fillsPlaceholdersAndLeavesUnknownOnesVisible() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		assertEquals(1, r.currentStep().getNumber());
		assertEquals("您好，请问是王先生吗？", r.utterance());
		say(r, "是");
		assertEquals(4, r.currentStep().getNumber());
		assertTrue(r.utterance().startsWith("您好，我是瑞维特科技的客服代表，工号1024。"), r.utterance());
		Map<String, String> noAgent = context();
		noAgent.remove("agent.number");
		ScriptRunner r2 = new ScriptRunner(hotline(), noAgent, CLOCK);
		say(r2, "是");
		assertTrue(r2.utterance().contains("工号${agent.number}"), r2.utterance());
		assertEquals("欧阳女士", Placeholders.salutation("欧阳娜娜", "女士"));
		assertEquals("Mr. Smith", Placeholders.salutation("John Smith", "Mr."));

		ServiceEvent visit = RevisitFactory.eINSTANCE.createServiceEvent();
		visit.setOccurredAt(java.util.Date.from(Instant.parse("2026-11-20T16:30:00Z")));
		visit.setSubject("打印机驱动");
		visit.setEngineer("李工");
		Map<String, String> event = Placeholders.of(visit, "zh", ZoneOffset.ofHours(8));
		assertEquals("11月21日", event.get("event.date"), "the day in the contact's zone");
		assertEquals("November 21", Placeholders.of(visit, "en", ZoneOffset.ofHours(8)).get("event.date"));
		Map<String, String> all = context();
		all.putAll(event);
		ScriptRunner onsite = new ScriptRunner(BuiltinScripts.read("zh", "org.revisit.calltype.onsiteSupervision").scripts().get(0), all, CLOCK);
		say(onsite, "是");
		assertTrue(onsite.utterance().contains("我们的工程师李工日前上门为您服务"), onsite.utterance());
	}

	@Test
	void aWholeCallRecordsFieldsPathAndOutcome() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "是");
		say(r, "方便");
		say(r, "否"); // no staff number given
		say(r, "否", Map.of("具体情况", "打印仍然报错")); // not solved: a follow-up for the engineer
		say(r, "满意");
		say(r, "不满意", Map.of("不满意原因", "讲解太快"));
		say(r, "是");
		say(r, "满意", Map.of("满意度", "4"));
		assertFalse(r.isFinished());
		say(r, "有", Map.of("建议", "希望提供远程协助"));
		assertTrue(r.isFinished());
		assertEquals(ScriptRunner.COMPLETED, r.outcome());
		assertEquals("感谢您对我们服务工作的监督和支持，再见！", r.utterance(), "the closing words are still shown");
		assertEquals(List.of(1, 4, 5, 6, 7, 8, 9, 10, 11, 12), r.visited());
		assertEquals(Map.of("具体情况", "打印仍然报错", "不满意原因", "讲解太快", "满意度", "4", "建议", "希望提供远程协助"),
				r.recorded());
		assertEquals(1, r.followUps().size());
		assertEquals("打印仍然报错", r.followUps().get(0).getText());
		assertEquals("engineer", r.followUps().get(0).getAssignee());

		CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
		r.fill(outcome);
		assertEquals("org.revisit.script.hotlineSupervision.zh", outcome.getScriptId());
		assertEquals(ScriptRunner.COMPLETED, outcome.getDispositionCode());
		assertEquals(9, outcome.getPath().size());
		PathEntry first = outcome.getPath().get(0);
		assertEquals(1, first.getStepNumber());
		assertEquals("是", first.getAnswerLabel());
		assertEquals(CLOCK.millis(), first.getAt().getTime());
		assertEquals(4, outcome.getScores().get(0).getValue());
		assertEquals("满意度", outcome.getScores().get(0).getAspect());
		assertEquals(3, outcome.getRecordedValues().size(), "the score is a Score, not a recorded value");
		assertEquals(1, outcome.getFollowUps().size());
	}

	@Test
	void aFieldRecordedTwiceKeepsItsLatestValue() {
		// found by the simulator: going through a step twice recorded its field twice, and the outcome could not
		// be stored (the database keeps one value per field)
		Script script = org.revisit.core.script.text.ScriptReader.read("""
				（一）回访话术
				1、“您满意吗？”
				否，记录原因并转2
				是，转3
				2、“还有其他问题吗？”
				有，转1
				没有，转3
				3、“谢谢您的支持，再见！”
				""", "x").scripts().get(0);
		ScriptRunner r = new ScriptRunner(script, context(), CLOCK);
		say(r, "否", Map.of("原因", "响应慢"));
		say(r, "有");
		say(r, "否", Map.of("原因", "还是响应慢"));
		say(r, "没有");
		assertTrue(r.isFinished());
		CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
		r.fill(outcome);
		assertEquals(1, outcome.getRecordedValues().size(), outcome.getRecordedValues().toString());
		assertEquals("还是响应慢", outcome.getRecordedValues().get(0).getValue());
		assertEquals(4, outcome.getPath().size(), "the path keeps every answer");
	}

	private static final Instant TOMORROW_TEN = Instant.parse("2026-11-24T02:00:00Z");

	@Test
	void anAbsentTargetEndsWithACallback() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "否");
		assertEquals(2, r.currentStep().getNumber());
		Answer absent = r.answerFor("不在");
		assertEquals(ScriptRunner.ValueKind.CALLBACK_TIME, ScriptRunner.valueNeeded(absent));
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> r.answer(absent));
		assertTrue(missing.getMessage().contains("step 2, answer '不在' agrees a callback"), missing.getMessage());
		IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
				() -> r.answer(absent, Instant.parse("2026-11-23T01:59:00Z")));
		assertTrue(past.getMessage().contains("in the past"), past.getMessage());
		IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
				() -> r.answer(absent, "明天上午十点"));
		assertTrue(text.getMessage().contains("String"), text.getMessage());
		assertEquals(2, r.currentStep().getNumber(), "a refused answer changes nothing");
		r.answer(absent, java.util.Date.from(TOMORROW_TEN));
		assertEquals(TOMORROW_TEN, r.callbackAt());
		assertTrue(r.isFinished());
		assertEquals("CALLBACK", r.outcome());
		assertTrue(r.targetAbsent() && r.callbackRequested());
		assertNull(r.currentStep());
		assertEquals("表示感谢", r.instructions().get(0).getText());
		assertThrows(IllegalStateException.class, () -> r.answer(hotline().getSteps().get(0).getAnswers().get(0)));

		Contact wang = RevisitFactory.eINSTANCE.createContact();
		CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
		assertThrows(IllegalStateException.class, () -> r.fill(outcome, wang), "no agent to own the callback");
		outcome.setAgent("alice");
		r.fill(outcome, wang);
		assertEquals(1, outcome.getCallbacks().size());
		Callback cb = outcome.getCallbacks().get(0);
		assertSame(wang, cb.getContact());
		assertEquals(TOMORROW_TEN, cb.getDueAt().toInstant());
		assertEquals("alice", cb.getOwner());
		assertEquals(CallbackSource.CALL, cb.getSource());
		assertTrue(cb.getReason().contains("step 2: 不在"), cb.getReason());

		ScriptRunner resumed = ScriptRunner.resume(hotline(), context(), r.state(), CLOCK);
		assertEquals(TOMORROW_TEN, resumed.callbackAt(), "the agreed time survives a dropped call");
		assertTrue(resumed.undo());
		assertNull(resumed.callbackAt());
	}

	@Test
	void aTargetWhoLeftNamesTheSuccessor() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "否");
		Answer left = r.answerFor("已离职");
		assertEquals(ScriptRunner.ValueKind.SUCCESSOR, ScriptRunner.valueNeeded(left));
		IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> r.answer(left));
		assertTrue(none.getMessage().contains("successor"), none.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> r.answer(left, new Successor(" ", "女士", "12ab", null)));
		assertTrue(bad.getMessage().contains("successor name: required"), bad.getMessage());
		assertTrue(bad.getMessage().contains("successor mobile"), bad.getMessage());
		assertEquals(2, r.currentStep().getNumber());
		r.answer(left, new Successor(" 赵敏 ", "女士", "13912345678", "IT主管"));
		assertEquals(3, r.currentStep().getNumber());
		assertEquals(new Successor("赵敏", "女士", "13912345678", "IT主管"), r.successor());
		Contact next = r.successor().toContact();
		assertEquals("赵敏", next.getName());
		assertEquals("13912345678", next.getPhones().get(0).getNumber());

		ScriptRunner resumed = ScriptRunner.resume(hotline(), context(), r.state(), CLOCK);
		assertEquals(r.successor(), resumed.successor());
		assertEquals(r.state(), resumed.state());
		assertThrows(IllegalArgumentException.class, () -> resumed.answer(resumed.answers().get(0), "x"),
				"an answer without a value takes none");
	}

	@Test
	void undoTakesBackTheLastAnswerOnly() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "否");
		r.answer(r.answerFor("已离职"), new Successor("赵敏", "女士", "13912345678", null));
		assertTrue(r.targetLeftCompany());
		assertEquals(3, r.currentStep().getNumber());
		assertTrue(r.undo());
		assertFalse(r.targetLeftCompany());
		assertNull(r.successor());
		assertEquals(2, r.currentStep().getNumber());
		assertEquals(List.of(1, 2), r.visited());
		r.answer(r.answerFor("不在"), TOMORROW_TEN);
		assertTrue(r.undo());
		assertFalse(r.isFinished());
		assertFalse(r.callbackRequested());
		assertTrue(r.undo());
		assertFalse(r.undo());
		assertEquals(1, r.currentStep().getNumber());
	}

	@Test
	void aDroppedCallResumesWhereItStopped() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "是");
		say(r, "方便");
		say(r, "是");
		say(r, "否", Map.of("具体情况", "仍有\t报错=100%\n第二行"));
		String saved = r.state();

		ScriptRunner again = ScriptRunner.resume(EcoreUtil.copy(hotline()), context(), saved, CLOCK);
		assertEquals(r.currentStep().getNumber(), again.currentStep().getNumber());
		assertEquals(r.recorded(), again.recorded());
		assertEquals(r.visited(), again.visited());
		assertEquals(saved, again.state());
		say(again, "满意");
		assertEquals(8, again.currentStep().getNumber());

		Script other = hotline();
		other.setScriptVersion(2);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ScriptRunner.resume(other, context(), saved, CLOCK));
		assertTrue(e.getMessage().contains("another script or version"), e.getMessage());
	}

	/**
	 * A saved call is replayed as strictly as the answers were given: a state the script does not allow is refused
	 * with the step it goes wrong at, whoever wrote it.
	 */
	@Test
	void aSavedCallTheScriptDoesNotAllowIsRefused() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		say(r, "否");
		String saved = r.state();
		String header = saved.lines().findFirst().orElseThrow();
		long at = CLOCK.millis();
		Map<String, String> forged = new java.util.LinkedHashMap<>();
		forged.put(saved + "2\t9\t" + at + "\n", "step 2 has no answer 9");
		forged.put(saved + "2\t-1\t" + at + "\n", "step 2 has no answer -1");
		forged.put(header + "\n4\t0\t" + at + "\n", "answered step 4 but the script is at step 1");
		forged.put(saved + "2\t0\t" + at + "\t!callbackAt=" + TOMORROW_TEN.toEpochMilli() + "\n", "takes no callback time");
		forged.put(saved + "2\t1\t" + at + "\n", "agrees a callback, but the saved call has no time");
		forged.put(saved + "2\t1\t" + at + "\t!callbackAt=" + (at - 1) + "\n", "was in the past when it was agreed");
		forged.put(saved + "2\t1\t" + at + "\t!callbackAt=" + TOMORROW_TEN.toEpochMilli() + "\t!name=x\n",
				"takes no successor");
		forged.put(saved + "2\t2\t" + at + "\t!name=%E8%B5%B5\n", "successor mobile: required");
		forged.put(saved + "2\t2\t" + at + "\n", "the target has left the company");
		forged.put(saved + "2\t0\t" + at + "\t%E5%8E%9F%E5%9B%A0=x\n", "records no field '原因'");
		forged.put(saved + "2\t0\t" + at + "\t!disposition=DONE\n", "no value named 'disposition'");
		forged.put(saved + "2\t0\n", "cannot be read");
		forged.put(saved + "2\tx\t" + at + "\n", "cannot be read");
		forged.put(saved + "2\t0\t" + at + "\tnoEquals\n", "cannot be read");
		for (Map.Entry<String, String> f : forged.entrySet()) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> ScriptRunner.resume(hotline(), context(), f.getKey(), CLOCK), f.getKey());
			assertTrue(e.getMessage().contains(f.getValue()), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> ScriptRunner.resume(hotline(), context(), null, CLOCK));

		// a score outside 1 to 5, and the step after the end
		ScriptRunner full = new ScriptRunner(hotline(), context(), CLOCK);
		for (String w : List.of("是", "方便", "是", "是", "满意", "满意", "是")) {
			say(full, w);
		}
		say(full, "满意", Map.of("满意度", "5"));
		String five = full.state();
		IllegalArgumentException six = assertThrows(IllegalArgumentException.class,
				() -> ScriptRunner.resume(hotline(), context(), five.replace("=5", "=6"), CLOCK));
		assertTrue(six.getMessage().contains("from 1 to 5"), six.getMessage());
		say(full, "没有");
		assertTrue(full.isFinished());
		String over = full.state() + "12\t-1\t" + at + "\n";
		IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
				() -> ScriptRunner.resume(hotline(), context(), over, CLOCK));
		assertTrue(after.getMessage().contains("after the call was over"), after.getMessage());

		// a rule on callback times (the calling hours, say) holds for the saved ones and for new answers
		String agreed = saved + "2\t1\t" + at + "\t!callbackAt=" + TOMORROW_TEN.toEpochMilli() + "\n";
		assertEquals(TOMORROW_TEN, ScriptRunner.resume(hotline(), context(), agreed, CLOCK).callbackAt());
		CallbackRule noTomorrow = t -> t.equals(TOMORROW_TEN) ? "not tomorrow at ten" : null;
		IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
				() -> ScriptRunner.resume(hotline(), context(), agreed, CLOCK, noTomorrow));
		assertTrue(rule.getMessage().contains("step 2, answer '不在': not tomorrow at ten"), rule.getMessage());
		ScriptRunner ruled = ScriptRunner.resume(hotline(), context(), saved, CLOCK, noTomorrow);
		assertThrows(IllegalArgumentException.class, () -> ruled.answer(ruled.answerFor("不在"), TOMORROW_TEN));
		ruled.answer(ruled.answerFor("不在"), TOMORROW_TEN.plusSeconds(3600));
		assertTrue(ruled.isFinished());

		// an answer given here refuses a field it does not record, as a saved one does
		ScriptRunner fresh = new ScriptRunner(hotline(), context(), CLOCK);
		assertThrows(IllegalArgumentException.class, () -> say(fresh, "是", Map.of("原因", "x")));
		assertEquals(1, fresh.currentStep().getNumber());
	}

	@Test
	void aScoreMustBeOneToFive() {
		ScriptRunner r = new ScriptRunner(hotline(), context(), CLOCK);
		for (String w : List.of("是", "方便", "是", "是", "满意", "满意", "是")) {
			say(r, w);
		}
		assertThrows(IllegalArgumentException.class, () -> say(r, "满意", Map.of("满意度", "6")));
		assertEquals(10, r.currentStep().getNumber());
	}
	private static Script fromDocument(String title) throws java.io.IOException {
		return ScriptReader.read(ScriptTextTest.trainingDocument(), "x").scripts().stream()
				.filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
	}

	@Test
	void aStepWithoutAnswersIsSaidAndTheCallGoesOnWithTheNextStep() throws java.io.IOException {
		Script firstVisit = fromDocument("首访");
		ScriptRunner r = new ScriptRunner(firstVisit, context(), CLOCK);
		say(r, "是");
		say(r, "方便");
		assertEquals(4, r.currentStep().getNumber());
		assertTrue(r.utterance().startsWith("我们的技术支持热线是"), r.utterance());
		assertFalse(r.isFinished(), "a step without answers in the middle of a script does not end the call");
		assertEquals(List.of(r.continuation()), r.answers());
		assertEquals(ScriptRunner.CONTINUE_ZH, r.continuation().getLabel());
		assertSame(r.continuation(), r.answerFor("继续"));
		assertThrows(IllegalArgumentException.class, () -> r.answer(r.continuation(), "x"), "it takes no value");
		r.answer(r.continuation());
		assertEquals(5, r.currentStep().getNumber());
		assertThrows(IllegalArgumentException.class, () -> r.answer(r.continuation()),
				"step 5 has answers of its own");
		say(r, "没有收到", Map.of("客户邮箱", "wang@example.com"));
		assertEquals(6, r.currentStep().getNumber());
		say(r, "继续");
		say(r, "需要", Map.of("培训日期", "2026-12-01"));
		say(r, "有", Map.of("情况", "传真号码已停用"));
		say(r, "继续");
		assertEquals(10, r.currentStep().getNumber());
		assertTrue(r.isFinished(), "the last step without answers closes the call");
		assertEquals(ScriptRunner.COMPLETED, r.outcome());
		assertEquals(List.of(1, 3, 4, 5, 6, 7, 8, 9, 10), r.visited());

		CallOutcome outcome = RevisitFactory.eINSTANCE.createCallOutcome();
		r.fill(outcome);
		assertEquals(List.of("是", "方便", "继续", "没有收到", "继续", "需要", "有", "继续"),
				outcome.getPath().stream().map(PathEntry::getAnswerLabel).toList());
		assertEquals(3, outcome.getRecordedValues().size());

		ScriptRunner resumed = ScriptRunner.resume(firstVisit, context(), r.state(), CLOCK);
		assertEquals(r.state(), resumed.state(), "a dropped call resumes past the steps without answers");
		assertTrue(resumed.isFinished());
		assertTrue(resumed.undo());
		assertEquals(9, resumed.currentStep().getNumber());
		assertEquals(List.of(resumed.continuation()), resumed.answers());

		ScriptRunner english = new ScriptRunner(fromDocument("Return visit (English)"), context(), CLOCK);
		say(english, "yes");
		say(english, "yes");
		assertEquals(4, english.currentStep().getNumber());
		assertEquals(ScriptRunner.CONTINUE_EN, english.answers().get(0).getLabel());
	}

	@Test
	void anAnswerThatNamesNoStepRecordsAndGoesOnWithTheNextStep() throws java.io.IOException {
		ScriptRunner r = new ScriptRunner(fromDocument("热线服务监督话术"), context(), CLOCK);
		for (String w : List.of("是", "方便", "是", "是")) {
			say(r, w);
		}
		assertEquals(6, r.currentStep().getNumber());
		say(r, "一般", Map.of("原因", "等了很久才有人接"));
		assertEquals(7, r.currentStep().getNumber());
		assertEquals(Map.of("原因", "等了很久才有人接"), r.recorded());
	}

	/**
	 * Every step of every script of the training document can be reached from step 1 by answering as the agent
	 * would (with a callback time, a successor or recorded values where an answer needs them).
	 */
	@Test
	void everyStepOfEveryImportedScriptIsReachable() throws java.io.IOException {
		for (Script s : ScriptReader.read(ScriptTextTest.trainingDocument(), "x").scripts()) {
			Map<Integer, String> reached = new java.util.TreeMap<>();
			java.util.Deque<Integer> todo = new java.util.ArrayDeque<>();
			ScriptRunner start = new ScriptRunner(s, context(), CLOCK);
			reached.put(start.currentStep().getNumber(), start.state());
			todo.add(start.currentStep().getNumber());
			java.util.Set<String> outcomes = new java.util.TreeSet<>();
			while (!todo.isEmpty()) {
				String state = reached.get(todo.pop());
				int answers = ScriptRunner.resume(s, context(), state, CLOCK).answers().size();
				for (int i = 0; i < answers; i++) {
					ScriptRunner r = ScriptRunner.resume(s, context(), state, CLOCK);
					Answer a = r.answers().get(i);
					Map<String, String> values = new java.util.HashMap<>();
					ScriptRunner.fieldsOf(a).forEach(f -> values.put(f.getFieldName(),
							f.getKind() == org.revisit.model.RecordKind.SCORE ? "4" : "有"));
					Object value = switch (ScriptRunner.valueNeeded(a)) {
					case CALLBACK_TIME -> TOMORROW_TEN;
					case SUCCESSOR -> new Successor("赵敏", "女士", "13912345678", null);
					case NONE -> null;
					};
					r.answer(a, values, value);
					if (r.isFinished()) {
						outcomes.add(r.outcome());
					}
					if (r.currentStep() != null && reached.putIfAbsent(r.currentStep().getNumber(), r.state()) == null) {
						todo.add(r.currentStep().getNumber());
					}
				}
			}
			assertEquals(s.getSteps().stream().map(step -> step.getNumber()).sorted().toList(),
					List.copyOf(reached.keySet()), s.getTitle());
			assertTrue(outcomes.contains(ScriptRunner.COMPLETED), s.getTitle() + " can be completed: " + outcomes);
		}
	}
}
