package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.run.TypicalCall;
import org.revisit.core.script.text.LineDiff;
import org.revisit.core.script.text.ScriptCheck;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * What the script editor stands on: the check of a script's text with each finding on its line, the comparison of
 * two versions, the typical call and its speaking time, and saving with a version check, making an old version
 * current, and the list of scripts, each audited.
 */
class ScriptEditingTest {

	static final String VISIT = """
			首访
			1、“您好，请问是${contact.salutation}吗？”
			是，转2
			否，目标不在，确定回拨时间
			2、“我们的热线是${hotline.support}，您对服务满意吗？”
			满意，转3
			不满意，记录原因，转3
			3、“感谢您的支持，再见！”
			""";

	@TempDir
	Path dir;

	private Store store;
	private LocalServices manager;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		manager = LocalServices.open(store, CallTypeRegistry.read(), new Principal("li", "李经理", Role.MANAGER));
	}

	@AfterEach
	void close() {
		manager.close();
	}

	@Test
	void aGoodTextHasOneScriptAndNoErrors() {
		ScriptCheck.Result r = ScriptCheck.check(VISIT, "untitled");
		assertTrue(r.savable(), r.findings().toString());
		assertEquals("首访", r.script().getTitle());
		assertEquals(3, r.script().getSteps().size());
	}

	@Test
	void findingsNameTheLineTheyAreAbout() {
		String text = VISIT.replace("满意，转3\n", "满意，转9\n").replace("3、“感谢", "这是一条给坐席的说明\n3、“感谢");
		ScriptCheck.Result r = ScriptCheck.check(text, "untitled");
		assertFalse(r.savable());
		ScriptCheck.Finding dangling = r.findings().stream().filter(ScriptCheck.Finding::error).findFirst().orElseThrow();
		assertEquals(6, dangling.line(), "the go-to to a missing step is on line 6: " + dangling);
		assertTrue(dangling.message().contains("9"), dangling.message());
		assertEquals(List.of(8), r.unparsed().stream().map(ScriptCheck.Finding::line).toList(), "the note is not understood");
	}

	@Test
	void noScriptOrTwoScriptsAreErrors() {
		assertFalse(ScriptCheck.check("", "x").savable());
		assertEquals(1, ScriptCheck.check("just a line", "x").findings().stream().filter(ScriptCheck.Finding::error).count());
		ScriptCheck.Result two = ScriptCheck.check(VISIT + "\n# 二访\n1、“再见”\n", "x");
		assertFalse(two.savable());
		assertEquals(10, two.findings().stream().filter(ScriptCheck.Finding::error).findFirst().orElseThrow().line());
	}

	@Test
	void theComparisonKeepsCommonLines() {
		List<LineDiff.Line> d = LineDiff.compare("a\nb\nc\n", "a\nx\nc\nd\n");
		assertEquals(List.of(LineDiff.Change.SAME, LineDiff.Change.REMOVED, LineDiff.Change.ADDED, LineDiff.Change.SAME,
				LineDiff.Change.ADDED), d.stream().map(LineDiff.Line::change).toList());
		assertEquals(4, d.get(4).newLine());
		assertTrue(LineDiff.same(LineDiff.compare(VISIT, VISIT)));
	}

	@Test
	void theTypicalCallIsTheCooperativeWay() {
		Script s = ScriptCheck.check(VISIT, "x").script();
		TypicalCall call = TypicalCall.of(s);
		assertEquals(List.of(1, 2, 3), call.steps());
		SpeakingTime all = SpeakingTime.ofPath(s, List.of(1, 2, 3));
		assertEquals(all, call.time());
		assertTrue(call.time().minSeconds() > 5 && call.time().maxSeconds() < 60, call.time().toString());
		assertEquals(List.of(), TypicalCall.of(null).steps());
	}

	@Test
	void savingChecksTheVersionAndAudits() {
		Script s = ScriptCheck.check(VISIT, "x").script();
		s.setScriptId("visit");
		assertEquals(1, manager.scripts().save(s, 0));
		Script edited = manager.scripts().latest("visit");
		edited.getSteps().get(2).setUtterance("感谢您的支持，祝您生活愉快，再见！");
		assertEquals(2, manager.scripts().save(edited, 1));
		ServiceException stale = assertThrows(ServiceException.class, () -> manager.scripts().save(edited, 1));
		assertEquals(ServiceException.Kind.CONFLICT, stale.kind(), stale.getMessage());
		assertEquals(2, manager.scripts().versions("visit").size(), "nothing stored by the refused save");

		Script dangling = manager.scripts().latest("visit");
		((org.revisit.model.GoToStep) dangling.getSteps().get(0).getAnswers().get(0).getActions().get(0)).setTargetStep(7);
		ServiceException invalid = assertThrows(ServiceException.class, () -> manager.scripts().save(dangling, 2));
		assertEquals(ServiceException.Kind.INVALID, invalid.kind());

		List<AuditRecord> audit = store.audit().find(null, null, null, AuditActions.SCRIPT, 0, 10);
		assertEquals(2, audit.size());
		assertTrue(audit.stream().anyMatch(a -> a.detail().equals("visit (from version 1) version 2")),
				audit.toString());
	}

	@Test
	void anOldVersionIsMadeCurrentAsANewVersion() {
		Script s = ScriptCheck.check(VISIT, "x").script();
		s.setScriptId("visit");
		manager.scripts().save(s, 0);
		Script edited = manager.scripts().latest("visit");
		edited.setTitle("首访（新）");
		manager.scripts().save(edited, 1);
		assertEquals(3, manager.scripts().makeCurrent("visit", 1));
		Script current = manager.scripts().latest("visit");
		assertEquals("首访", current.getTitle());
		assertEquals(ScriptWriter.write(manager.scripts().load("visit", 1)).replace("\n", ""),
				ScriptWriter.write(current).replace("\n", ""));
		assertEquals(3, manager.scripts().makeCurrent("visit", 3), "the current one stays");
		assertEquals(ServiceException.Kind.NOT_FOUND,
				assertThrows(ServiceException.class, () -> manager.scripts().makeCurrent("visit", 9)).kind());
		assertTrue(store.audit().find(null, null, null, AuditActions.SCRIPT, 0, 10).stream()
				.anyMatch(a -> a.detail().equals("visit (version 1 made current) version 3")));

		List<ScriptVersion> list = manager.scripts().list();
		assertEquals(1, list.size());
		assertEquals(3, list.get(0).version());
		assertNull(manager.scripts().latest("other"));
	}

	@Test
	void agentsMayNotSave() {
		Services agent = manager.as(new Principal("wang", null, Role.AGENT));
		Script s = ScriptCheck.check(VISIT, "x").script();
		s.setScriptId("visit");
		assertEquals(ServiceException.Kind.FORBIDDEN,
				assertThrows(ServiceException.class, () -> agent.scripts().save(s, 0)).kind());
		assertTrue(agent.scripts().list().isEmpty(), "reading is allowed");
	}
}
