package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.answers.BuiltinAnswers;
import org.revisit.core.answers.ImportProblem;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.answers.LibraryDiff;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.AnswerRepository.AnswerUse;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The answer service on a real database: the built-in library until a team stores its own, imports and edits as
 * new versions (audited; managers only), search in Chinese, pinyin initials and English, suggestions for a
 * complaint follow-up by its complaint's category, and the use of a reply recorded and joined to the call's
 * outcome in the answers report.
 */
class AnswerServiceTest {

	@TempDir
	java.nio.file.Path dir;

	private Store store;
	private LocalServices admin;
	private Services agent;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		admin = LocalServices.open(store, CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
		agent = admin.as(new Principal("wang", null, Role.AGENT));
	}

	@AfterEach
	void close() {
		admin.close();
	}

	@Test
	void builtInUntilStoredThenImportsAndEditsAreVersionsOnlyManagersMake() {
		AnswerLibrary builtin = agent.answers().library();
		assertEquals(0, builtin.version());
		assertTrue(agent.answers().versions().isEmpty(), "reading the built-in library writes nothing");
		byte[] document = AnswerImportTest.ATTITUDE.getBytes(StandardCharsets.UTF_8);
		ServiceException refused = assertThrows(ServiceException.class,
				() -> agent.answers().importDocument(document, "a.txt", false, false));
		assertEquals(ServiceException.Kind.FORBIDDEN, refused.kind());

		ImportResult dry = admin.answers().importDocument(document, "a.txt", false, true);
		assertEquals(0, dry.version());
		assertEquals(3, dry.entries());
		assertEquals(3, dry.problems().size());
		assertTrue(admin.answers().versions().isEmpty(), "a dry run stores nothing");

		ImportResult added = admin.answers().importDocument(document, "a.txt", false, false);
		assertEquals(1, added.version());
		AnswerLibrary one = agent.answers().library();
		assertEquals(1, one.version());
		assertEquals(builtin.entries().size() + 3, one.entries().size(), "added after the built-in entries");

		ImportResult replaced = admin.answers().importDocument(
				AnswerImportTest.DELAYS.getBytes(StandardCharsets.UTF_8), "b.txt", true, false);
		assertEquals(2, replaced.version());
		assertEquals(3, agent.answers().library().entries().size());
		assertEquals(one, agent.answers().version(1), "old versions are kept");
		assertNull(agent.answers().version(9));

		ServiceException stale = assertThrows(ServiceException.class, () -> admin.answers()
				.store(new AnswerLibrary(0, one.categories().subList(0, 1)), 1, "edited from version 1"));
		assertEquals(ServiceException.Kind.CONFLICT, stale.kind(), "version 2 was stored since version 1 was read");
		assertTrue(stale.getMessage().contains("version 2") && stale.getMessage().contains("reload"), stale.getMessage());
		assertEquals(2, admin.answers().versions().size(), "nothing stored");
		int edited = admin.answers().store(new AnswerLibrary(0, one.categories().subList(0, 1)), 2, "only the first");
		assertEquals(3, edited);
		assertEquals(List.of(1, 2, 3), admin.answers().versions().stream().map(v -> v.version()).toList());
		assertEquals("only the first", admin.answers().versions().get(2).note());
		assertEquals(3, admin.audit().count(null, null, "admin", "ANSWERS"));

		String exported = new String(admin.answers().export(), StandardCharsets.UTF_8);
		ImportResult back = admin.answers().importDocument(exported.getBytes(StandardCharsets.UTF_8), "export.txt",
				true, true);
		assertEquals(agent.answers().library().categories(), back.categories(), "an export imports as it was");

		ServiceException bad = assertThrows(ServiceException.class, () -> admin.answers().importDocument(
				"这里什么都没有\n".getBytes(StandardCharsets.UTF_8), "empty.txt", false, false));
		assertEquals(ServiceException.Kind.INVALID, bad.kind());
		assertTrue(bad.getMessage().contains("empty.txt") && bad.getMessage().contains("no entry"), bad.getMessage());
	}

	/** The core's English text of {@code key}, bound as the service binds it. */
	private static String text(String key, Object... args) {
		java.nio.file.Path file = null;
		for (java.nio.file.Path p = java.nio.file.Path.of("").toAbsolutePath(); p != null && file == null; p = p.getParent()) {
			java.nio.file.Path f = p.resolve("bundles/org.revisit.core/src/org/revisit/core/internal/messages.properties");
			if (java.nio.file.Files.isRegularFile(f)) {
				file = f;
			}
		}
		java.util.Properties texts = new java.util.Properties();
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			texts.load(in);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		String text = texts.getProperty(key);
		assertTrue(text != null, key);
		return org.eclipse.osgi.util.NLS.bind(text, args);
	}

	/** The service's refusals are the core's texts (English here, Chinese in a Chinese workbench), not literals. */
	@Test
	void refusalsAreWordedFromTheCoreTexts() {
		assertEquals(text("Answers_noLibrary"), assertThrows(ServiceException.class,
				() -> admin.answers().store(null, 0, null)).getMessage());
		assertEquals(text("Answers_emptyDocument"), assertThrows(ServiceException.class,
				() -> admin.answers().importDocument(new byte[0], "a.txt", false, true)).getMessage());
		assertEquals(text("Answers_limit", 0), assertThrows(ServiceException.class,
				() -> agent.answers().search("x", null, "zh", 0)).getMessage());
		assertEquals(text("Answers_noVersion", 9), assertThrows(ServiceException.class,
				() -> admin.answers().restore(9, 0)).getMessage());
		assertEquals(text("Answers_noCall", 424242), assertThrows(ServiceException.class,
				() -> agent.answers().suggest(424242, null, "zh", 5)).getMessage());
		AnswerLibrary blank = new AnswerLibrary(0, List.of(new AnswerCategory("c1", "服务延时", List.of(),
				List.of(new AnswerEntry("e1", " ", "您好", null, null, null, "zh")))));
		assertEquals(text("Answers_empty", text("Answers_of", text("Answers_entry", "e1"), text("Answers_fieldCustomer"))),
				assertThrows(ServiceException.class, () -> admin.answers().store(blank, 0, null)).getMessage());
		admin.answers().store(BuiltinAnswers.library(), 0, null);
		ServiceException stale = assertThrows(ServiceException.class,
				() -> admin.answers().store(BuiltinAnswers.library(), 0, null));
		assertEquals(ServiceException.Kind.CONFLICT, stale.kind());
		assertEquals(text("Answers_changed", 1, 0), stale.getMessage(), "the store's conflict, worded by the service");
	}

	/** A dry run refuses what the import would, naming the document's line, not an entry's hash id. */
	@Test
	void aDryRunRefusesWhatTheImportWouldNamingTheLine() {
		byte[] document = """
				(一)服务延时
				客户：打了三次热线都没人接。
				受理人：非常抱歉。
				客户：说好的回电\u0007一直没有打来。
				受理人：这是我们的疏忽。
				""".getBytes(StandardCharsets.UTF_8);
		for (boolean dry : new boolean[] { true, false }) {
			ServiceException refused = assertThrows(ServiceException.class,
					() -> admin.answers().importDocument(document, "calls.txt", false, dry));
			assertEquals(ServiceException.Kind.INVALID, refused.kind());
			assertTrue(refused.getMessage().contains("calls.txt line 4") && refused.getMessage().contains("customer"),
					refused.getMessage());
		}
		assertTrue(admin.answers().versions().isEmpty(), "nothing stored");
	}

	@Test
	void versionsSayWhatChangedAndAnOldOneIsRestoredAsANewVersion() {
		int builtinEntries = BuiltinAnswers.library().entries().size();
		admin.answers().importDocument(AnswerImportTest.ATTITUDE.getBytes(StandardCharsets.UTF_8), "a.txt", false, false);
		admin.answers().importDocument(AnswerImportTest.DELAYS.getBytes(StandardCharsets.UTF_8), "b.txt", true, false);
		AnswerLibrary two = admin.answers().library();
		AnswerCategory top = two.categories().get(0);
		AnswerCategory hotline = top.children().get(0);
		AnswerEntry first = hotline.entries().get(0);
		List<AnswerEntry> entries = new ArrayList<>(hotline.entries());
		entries.set(0, new AnswerEntry(first.id(), first.customer(), "非常抱歉，我马上处理。", first.branches(), first.tags(),
				first.complaintCategory(), first.language()));
		entries.remove(1);
		List<AnswerCategory> children = new ArrayList<>(top.children());
		children.set(0, new AnswerCategory(hotline.id(), hotline.title(), List.of(), entries));
		assertEquals(3, admin.answers().store(new AnswerLibrary(0, List.of(new AnswerCategory(top.id(), top.title(),
				children, top.entries()))), 2, "shorter"));

		List<AnswerService.VersionChanges> history = admin.answers().history();
		assertEquals(List.of(1, 2, 3), history.stream().map(h -> h.version().version()).toList());
		assertEquals(List.of(3, 0, 0), counts(history.get(0).changes()), "version 1 added three to the built-in ones");
		assertEquals(List.of(3, 0, builtinEntries + 3), counts(history.get(1).changes()), "version 2 replaced them");
		assertEquals(List.of(0, 1, 1), counts(history.get(2).changes()), "version 3 changed one reply, removed one");
		assertEquals("admin", history.get(2).version().createdBy());
		assertEquals(TestClock.NOW, history.get(2).version().createdAt());
		assertEquals("0 entries added, 1 changed, 1 removed", history.get(2).changes().summary(), "in English here");
		AuditRecord stored = admin.audit().read(null, null, "admin", "ANSWERS", 0, 1).get(0);
		assertTrue(stored.detail().contains("0 added, 1 changed, 1 removed") && stored.detail().contains("~" + first.id())
				&& stored.detail().contains("shorter"), stored.detail());

		assertEquals(4, admin.answers().restore(1, 3));
		assertEquals(admin.answers().version(1).categories(), agent.answers().library().categories());
		assertEquals("restore of version 1", admin.answers().versions().get(3).note());
		AuditRecord restored = admin.audit().read(null, null, "admin", "ANSWERS", 0, 1).get(0);
		assertTrue(restored.detail().contains("version 4 (from 3)") && restored.detail().contains("restore of version 1")
				&& restored.detail().contains(builtinEntries + 3 + " added"), restored.detail());
		assertEquals(ServiceException.Kind.CONFLICT,
				assertThrows(ServiceException.class, () -> admin.answers().restore(2, 3)).kind(), "4 is in use now");
		assertEquals(ServiceException.Kind.NOT_FOUND,
				assertThrows(ServiceException.class, () -> admin.answers().restore(9, 4)).kind());
		assertEquals(5, admin.answers().restore(0, 4), "the built-in library can be restored too");
		assertEquals(BuiltinAnswers.library().categories(), agent.answers().library().categories());
		assertEquals(5, admin.answers().versions().size());
	}

	/**
	 * Through the team server: the reported lines travel as reasons and arguments (the client words them in its own
	 * language), the versions with what changed, a stale store is CONFLICT, and a restore works.
	 */
	@Test
	void throughTheServerReportedLinesVersionsAndConflictsArriveWhole() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir.resolve("server"));
				org.revisit.remote.RemoteServices boss = f.connect(ServerFixture.MANAGER)) {
			ImportResult dry = boss.answers().importDocument(AnswerImportTest.STEPS.getBytes(StandardCharsets.UTF_8),
					"steps.txt", false, true);
			ImportProblem heading = dry.problems().get(1);
			assertEquals(ImportProblem.Reason.STEP_OR_HEADING, heading.reason());
			assertEquals(List.of("3"), heading.args());
			assertTrue(heading.message().startsWith("step 3 of the reply"), heading.message());
			int one = boss.answers().importDocument(AnswerImportTest.STEPS.getBytes(StandardCharsets.UTF_8), "steps.txt",
					true, false).version();
			assertEquals(ServiceException.Kind.CONFLICT, assertThrows(ServiceException.class,
					() -> boss.answers().store(BuiltinAnswers.library(), 0, "stale")).kind());
			assertEquals(2, boss.answers().restore(0, one));
			List<AnswerService.VersionChanges> history = boss.answers().history();
			assertEquals(List.of(5, 0, BuiltinAnswers.library().entries().size()), counts(history.get(0).changes()));
			assertEquals(List.of(BuiltinAnswers.library().entries().size(), 0, 5), counts(history.get(1).changes()));
		}
	}

	private static List<Integer> counts(LibraryDiff diff) {
		return List.of(diff.added().size(), diff.changed().size(), diff.removed().size());
	}

	@Test
	void searchByChineseTextPinyinInitialsAndEnglish() {
		List<AnswerSearch.Hit> chinese = agent.answers().search("热线", null, "zh", 5);
		assertTrue(chinese.get(0).path().contains("热线服务延时"), chinese.get(0).path());

		List<AnswerSearch.Hit> initials = agent.answers().search("fwys", null, "zh", 50);
		assertTrue(!initials.isEmpty() && initials.stream().allMatch(h -> h.path().contains("服务延时")),
				initials.stream().map(AnswerSearch.Hit::path).toList().toString());
		assertEquals("SERVICE_DELAY", initials.get(0).entry().complaintCategory());
		List<AnswerSearch.Hit> synonym = agent.answers().search("fwyc", null, "zh", 50);
		assertEquals(initials.stream().map(h -> h.entry().id()).sorted().toList(),
				synonym.stream().map(h -> h.entry().id()).sorted().toList(),
				"fwyc (服务延迟, the synonym tagged on the category) finds the same entries as fwys");
		assertTrue(agent.answers().search("服务延迟", null, "zh", 50).stream().map(AnswerSearch.Hit::path)
				.allMatch(p -> p.contains("服务延时")), "the synonym in Chinese too");
		assertEquals(initials.size(), agent.answers().search("服务延迟", null, "zh", 50).size());
		List<AnswerSearch.Hit> busy = agent.answers().search("hm", "常见异议", "zh", 5);
		assertTrue(busy.get(0).entry().customer().contains("很忙"), busy.get(0).entry().customer());

		List<AnswerSearch.Hit> english = agent.answers().search("who gave", null, "en", 5);
		assertEquals("Who gave you my number?", english.get(0).entry().customer());
		assertEquals("en", agent.answers().search("busy", null, "en", 5).get(0).entry().language());
		assertTrue(agent.answers().search("data lost", "CONDUCT", null, 5).get(0).path().contains("Conduct"));
		assertTrue(agent.answers().search("xyzzy", null, null, 5).isEmpty());

		// the entries in the user's language only, when any is found in it; another language's when none is
		List<AnswerSearch.Hit> both = agent.answers().search("complaintFollowUp", null, null, 1000);
		assertTrue(both.stream().anyMatch(h -> "en".equals(h.entry().language()))
				&& both.stream().anyMatch(h -> "zh".equals(h.entry().language())), "the tag is on entries in both");
		for (String language : List.of("zh", "en")) {
			List<AnswerSearch.Hit> mine = agent.answers().search("complaintFollowUp", null, language, 1000);
			assertTrue(!mine.isEmpty() && mine.stream().allMatch(h -> language.equals(h.entry().language())),
					language + ": " + mine.stream().map(h -> h.entry().language()).toList());
		}
		assertEquals("Who gave you my number?", agent.answers().search("who gave", null, "zh", 5).get(0).entry()
				.customer(), "English typed in the Chinese workbench finds the English entry");
		assertEquals(ServiceException.Kind.INVALID,
				assertThrows(ServiceException.class, () -> agent.answers().search("x", null, "chinese", 5)).kind());
	}

	@Test
	void aReplyUsedInAComplaintFollowUpIsRecordedWithTheOutcomeAndInTheReport() {
		List<org.revisit.model.CallTask> planned = TaskFixtures.plan(store, 2, TestClock.NOW.minusSeconds(60), 10);
		long task = planned.get(0).getId();
		long birthday = planned.get(1).getId();
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				long contact = 0;
				try (var rs = s.executeQuery("SELECT contact_id FROM call_task WHERE id = " + task)) {
					rs.next();
					contact = rs.getLong(1);
				}
				s.executeUpdate("INSERT INTO service_event (id, kind, occurred_at, contact_id, subject, "
						+ "complaint_category, severity) VALUES (900, 'COMPLAINT', TIMESTAMP('2026-11-20 02:00:00'), "
						+ contact + ", '收费不清', 'FEES', 'GENERAL')");
				s.executeUpdate("UPDATE call_task SET call_type = 'org.revisit.calltype.complaintFollowUp', "
						+ "source_event_id = 900 WHERE id = " + task);
			}
			return null;
		});
		AnswerService.Suggestions unheld = agent.answers().suggest(task, null, "zh", 10);
		assertNull(unheld.complaintCategory(), "what a call says of its customer is for the agent holding it");
		assertNull(unheld.callType());
		assertFalse(unheld.hits().isEmpty(), "the library's general suggestions");
		assertEquals(ServiceException.Kind.CONFLICT, assertThrows(ServiceException.class,
				() -> agent.answers().recordUse(task, unheld.hits().get(0).entry().id(), null)).kind(),
				"only in a call one holds");

		agent.queue().claim(task);
		AnswerService.Suggestions suggested = agent.answers().suggest(task, null, "zh", 10);
		assertEquals("FEES", suggested.complaintCategory());
		assertEquals("org.revisit.calltype.complaintFollowUp", suggested.callType());
		AnswerSearch.Hit first = suggested.hits().get(0);
		assertEquals("FEES", first.entry().complaintCategory(), "the complaint's category first");
		assertEquals("zh", first.entry().language());
		List<String> languages = agent.answers().suggest(task, null, "zh", 1000).hits().stream()
				.map(h -> h.entry().language()).distinct().toList();
		assertEquals(List.of("zh"), languages, "no English entry among the Chinese suggestions");
		agent.answers().recordUse(task, first.entry().id(), null);
		assertEquals(ServiceException.Kind.NOT_FOUND, assertThrows(ServiceException.class,
				() -> agent.answers().recordUse(task, "no-such-entry", null)).kind());
		List<AnswerUse> uses = agent.answers().uses(task);
		assertEquals(1, uses.size());
		assertNull(uses.get(0).branch(), "no branch named");
		assertEquals(0, uses.get(0).outcomeId(), "the call is not finished");

		// the call ends with a dissatisfied answer after the reply
		store.inTransaction(c -> {
			Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, "
					+ "started_at, ended_at) SELECT 77, id, contact_id, 'wang', ?, ? FROM call_task WHERE id = ?")) {
				p.setTimestamp(1, Timestamp.from(TestClock.NOW.minusSeconds(120)), utc);
				p.setTimestamp(2, Timestamp.from(TestClock.NOW), utc);
				p.setLong(3, task);
				p.executeUpdate();
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, "
					+ "step_number, answer_label, stepped_at) VALUES (77, 0, 3, '不满意', ?)")) {
				p.setTimestamp(1, Timestamp.from(TestClock.NOW), utc);
				p.executeUpdate();
			}
			return null;
		});
		assertEquals(77, agent.answers().uses(task).get(0).outcomeId());

		LocalDate day = LocalDate.ofInstant(TestClock.NOW, ZoneId.of("Asia/Shanghai"));
		ReportService.AnswerReport report = admin.reports().answers(ReportService.ReportFilter.period(day, day));
		assertEquals(1, report.mostUsed().size());
		ReportService.AnswerUsage usage = report.mostUsed().get(0);
		assertEquals(first.entry().id(), usage.entryId());
		assertEquals(1, usage.uses());
		assertEquals(1, usage.finished());
		assertEquals(1, usage.dissatisfiedAfter());
		assertEquals(List.of(usage), report.beforeDissatisfied());
		assertTrue(usage.path().contains("收费"), usage.path());
		assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class,
				() -> agent.reports().answers(ReportService.ReportFilter.period(day, day))).kind());

		// the report honours the filters: another agent used the same reply in a birthday call
		store.answers().recordUse(birthday, first.entry().id(), null, 0, first.entry().customer(), "li");
		ReportService.ReportFilter period = ReportService.ReportFilter.period(day, day);
		assertEquals(List.of(2), uses(period));
		assertEquals(List.of(1), uses(period.withAgent("wang")));
		assertEquals(1, admin.reports().answers(period.withAgent("wang")).beforeDissatisfied().size());
		ReportService.AnswerUsage li = admin.reports().answers(period.withAgent("li")).mostUsed().get(0);
		assertEquals(List.of(1, 0, 0), List.of(li.uses(), li.finished(), li.dissatisfiedAfter()));
		assertEquals(List.of(), admin.reports().answers(period.withAgent("li")).beforeDissatisfied());
		assertEquals(List.of(1), uses(period.withCallType("org.revisit.calltype.complaintFollowUp")));
		assertEquals(List.of(1), uses(period.withCallType(DemoData.BIRTHDAY)));
		assertEquals(List.of(), uses(period.withCallType("org.revisit.calltype.survey")));
		assertEquals(List.of(), uses(period.withCampaign(999L)), "neither call is of a campaign");
		assertEquals(List.of(), uses(period.withAgent("wang").withCallType(DemoData.BIRTHDAY)));
		assertEquals(List.of(), uses(ReportService.ReportFilter.period(day.minusDays(3), day.minusDays(1))), "the period");
	}

	/** The use of a reply names the branch the agent chose; a branch the entry does not have is refused. */
	@Test
	void theUseOfAReplyNamesTheBranchRead() {
		long task = TaskFixtures.plan(store, 1, TestClock.NOW.minusSeconds(60), 10).get(0).getId();
		agent.queue().claim(task);
		AnswerEntry branched = BuiltinAnswers.library().entries().stream().map(AnswerLibrary.Placed::entry)
				.filter(e -> e.branches().size() >= 2).findFirst().orElseThrow();
		String second = branched.branches().get(1).condition();
		agent.answers().recordUse(task, branched.id(), second);
		ServiceException none = assertThrows(ServiceException.class,
				() -> agent.answers().recordUse(task, branched.id(), "no such branch"));
		assertEquals(ServiceException.Kind.NOT_FOUND, none.kind());
		assertTrue(none.getMessage().contains(branched.branches().get(0).condition()), "names the branches it has: "
				+ none.getMessage());
		List<AnswerUse> uses = agent.answers().uses(task);
		assertEquals(1, uses.size(), "nothing recorded for the refused one");
		assertEquals(second, uses.get(0).branch());
		assertEquals(branched.id(), uses.get(0).entryId());

		// what is said with a branch chosen: the reply and that branch, not the other branches
		String said = branched.replyWith(second);
		assertTrue(said.startsWith(branched.reply()) && said.endsWith(branched.branches().get(1).reply()), said);
		assertFalse(said.contains(branched.branches().get(0).reply()), said);
		assertFalse(said.contains(second), "the condition is for the agent, not said: " + said);
		assertEquals(branched.fullReply(), branched.replyWith(null));
	}

	private List<Integer> uses(ReportService.ReportFilter filter) {
		return admin.reports().answers(filter).mostUsed().stream().map(ReportService.AnswerUsage::uses).toList();
	}
}
