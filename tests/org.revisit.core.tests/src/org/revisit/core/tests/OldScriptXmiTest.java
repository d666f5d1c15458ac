package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.model.CreateFollowUp;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.Script;
import org.revisit.model.TargetLeftCompany;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Scripts are stored as XMI: a script stored by the first release (the frozen fixture
 * {@code fixtures/script-model-1.0.xmi}, model {@code http://revisit.org/model/1.0}) must still load, validate and
 * run after the model has grown.
 */
class OldScriptXmiTest {

	@TempDir
	Path dir;

	@Test
	void aScriptStoredByTheFirstReleaseLoadsValidatesAndRuns() throws Exception {
		String xmi;
		try (InputStream in = OldScriptXmiTest.class.getResourceAsStream("fixtures/script-model-1.0.xmi")) {
			xmi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			store.inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement("INSERT INTO script (script_id, version, title, "
						+ "language, call_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
					p.setString(1, "old-return-visit");
					p.setInt(2, 3);
					p.setString(3, "回访（旧版）");
					p.setString(4, "zh");
					p.setString(5, "org.revisit.calltypes.returnVisit");
					p.setString(6, xmi);
					p.setTimestamp(7, Timestamp.from(Instant.parse("2026-11-20T01:00:00Z")));
					return p.executeUpdate();
				}
			});
			Script script = store.scripts().loadLatest("old-return-visit");

			assertEquals("回访（旧版）", script.getTitle());
			assertEquals(3, script.getScriptVersion());
			assertEquals("zh", script.getLanguage());
			assertEquals(List.of(1, 2, 3), script.getSteps().stream().map(s -> s.getNumber()).toList());
			assertEquals("您好，请问是{name}吗？", script.getSteps().get(0).getUtterance());
			assertEquals(List.of("是", "对"), script.getSteps().get(0).getAnswers().get(0).getKeywords());
			assertEquals(2, assertInstanceOf(GoToStep.class,
					script.getSteps().get(0).getAnswers().get(0).getActions().get(0)).getTargetStep());
			assertInstanceOf(TargetLeftCompany.class, script.getSteps().get(0).getAnswers().get(2).getActions().get(0));
			RecordField score = assertInstanceOf(RecordField.class,
					script.getSteps().get(1).getAnswers().get(0).getActions().get(0));
			assertEquals("satisfaction", score.getFieldName());
			assertEquals(RecordKind.SCORE, score.getKind());
			CreateFollowUp followUp = assertInstanceOf(CreateFollowUp.class,
					script.getSteps().get(1).getAnswers().get(1).getActions().get(1));
			assertEquals("manager", followUp.getAssignee());
			assertEquals("COMPLAINT", assertInstanceOf(EndCall.class,
					script.getSteps().get(1).getAnswers().get(1).getActions().get(2)).getOutcomeCode());

			Diagnostic check = Diagnostician.INSTANCE.validate(script);
			assertTrue(check.getSeverity() < Diagnostic.ERROR, check.toString());

			ScriptRunner runner = new ScriptRunner(script, Map.of("name", "王先生"),
					Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
			runner.answer(runner.answerFor("是"));
			runner.answer(runner.answers().get(0), Map.of("satisfaction", "5"));
			runner.answer(runner.answerFor("结束"));
			assertEquals("DONE", runner.outcome());
			assertEquals(Map.of("satisfaction", "5"), runner.recorded());
		}
	}
}
