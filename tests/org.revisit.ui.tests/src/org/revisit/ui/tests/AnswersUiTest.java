package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.answers.AnswerText;
import org.revisit.core.answers.ImportProblem;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.LintFinding;
import org.revisit.core.service.AnswerService;
import org.revisit.store.AnswerRepository.AnswerUse;
import org.revisit.store.Store;
import org.eclipse.jface.wizard.WizardDialog;
import org.revisit.ui.answers.AnswerLibraryImportWizard;
import org.revisit.ui.answers.AnswersView;
import org.revisit.ui.results.ResultsView;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerBranch;
import org.revisit.ui.answers.LibraryEditorDialog;
import org.revisit.ui.answers.LibraryVersionsDialog;
import org.revisit.ui.answers.Messages;
import org.revisit.ui.views.CallView;

/**
 * The answer library at hand in a call: a complaint follow-up opened in the Call view makes the Answers view beside
 * it suggest replies of the complaint's category first; a reply's placeholders are filled with the call's values;
 * of a reply with branches the agent chooses one (Alt+2), and Enter copies the reply with that branch only into the
 * call's notes; after the call is finished the reply is recorded, with its branch, with its outcome (and is in the
 * notes of the outcome). Searching by pinyin initials works in the view as typed. The Chinese pass of the workbench
 * tests runs this class too (see the pom), so each check holds in both languages.
 */
class AnswersUiTest {

	private static final String FOLLOW_UP = "org.revisit.calltype.complaintFollowUp";

	private final Store store = AgentDesk.store();

	@Test
	void aReplyForTheComplaintsCategoryIsCopiedIntoTheNotesAndRecordedWithTheOutcome() throws Exception {
		long[] found = complaintFollowUp();
		long taskId = found[0];
		String category = store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT complaint_category FROM service_event WHERE id = ?")) {
				p.setLong(1, found[1]);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getString(1);
				}
			}
		});
		AgentDesk.page();
		AgentDesk.services().queue().claim(taskId);
		CallView call = (CallView) AgentDesk.page().showView(CallView.ID);
		call.open(taskId);
		AgentDesk.waitForCall(taskId);

		AnswersView answers = (AnswersView) AgentDesk.page().showView(AnswersView.ID);
		String label = (String) Messages.class.getField("Complaint_" + category).get(null);
		waitUntil(() -> answers.getContext().contains(label) && !answers.getHits().isEmpty()
				&& category.equals(answers.getHits().get(0).entry().complaintCategory()),
				"the Answers view suggests replies for the complaint's category (" + category + ") first");
		CampaignUiTest.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "answers");


		// the hotline delay replies, in the workbench's language: one names the contact, one has two branches
		boolean chinese = Platform.getNL().startsWith("zh");
		answers.getSearch().setText(chinese ? "\u70ED\u7EBF" : "hotline"); // 热线
		// (the suggestions shown before may hold them too, on a service delay complaint: wait for the search's own)
		waitUntil(() -> answers.isUpToDate()
				&& answers.getHits().stream().anyMatch(h -> h.entry().reply().contains("${contact.name}"))
				&& answers.getHits().stream().anyMatch(AnswersUiTest::twoBranchesTheSecondWithTheAgentsNumber),
				"the hotline delay replies are found");
		assertTrue(answers.getHits().stream().allMatch(h -> h.entry().language().equals(chinese ? "zh" : "en")),
				"in the workbench's language only");
		AnswerSearch.Hit named = answers.getHits().stream()
				.filter(h -> h.entry().reply().contains("${contact.name}")).findFirst().orElseThrow();
		answers.getViewer().setSelection(new StructuredSelection(named), true);
		String name = call.getSession().runner().context().get("contact.name");
		assertTrue(name != null && !name.isBlank(), "the call's contact has a name");
		assertEquals(named.entry().reply().replace("${contact.name}", name), answers.getReply(),
				"the placeholder is filled with the contact's name");
		assertTrue(!answers.getBranches().isVisible(), "a reply without branches shows no branch list");

		// a reply with branches: the first is chosen, Alt+2 chooses the second, and only that one is copied
		AnswerSearch.Hit branched = answers.getHits().stream()
				.filter(AnswersUiTest::twoBranchesTheSecondWithTheAgentsNumber).findFirst().orElseThrow();
		answers.getViewer().setSelection(new StructuredSelection(branched), true);
		assertEquals(2, answers.getBranches().getItemCount());
		assertEquals(0, answers.getBranches().getSelectionIndex(), "the first branch is chosen");
		Event alt2 = new Event();
		alt2.keyCode = '2';
		alt2.stateMask = SWT.MOD3;
		answers.getSearch().notifyListeners(SWT.KeyDown, alt2);
		assertEquals(1, answers.getBranches().getSelectionIndex(), "Alt+2 chooses the second branch");
		String reply = answers.getReply();
		org.revisit.core.answers.AnswerBranch chosen = branched.entry().branches().get(1);
		String unchosen = branched.entry().branches().get(0).reply();
		assertTrue(reply.startsWith(branched.entry().reply()), reply);
		assertTrue(!reply.contains(unchosen) && !reply.contains(chosen.condition()), "only the branch chosen: " + reply);
		String agentNumber = call.getSession().runner().context().get("agent.number");
		assertTrue(agentNumber == null ? reply.contains("${agent.number}") : reply.contains(agentNumber)
				&& !reply.contains("${"), "the agent's number is filled when the agent has one: " + reply);

		Event enter = new Event();
		enter.keyCode = SWT.CR;
		answers.getSearch().notifyListeners(SWT.KeyDown, enter);
		assertTrue(call.getNotes().getText().contains(reply), "the reply is in the notes: " + call.getNotes().getText());
		assertTrue(!call.getNotes().getText().contains(unchosen), "not the other branch: " + call.getNotes().getText());
		waitUntil(() -> store.answers().uses(taskId).size() == 1, "the use of the reply is recorded");
		assertEquals(chosen.condition(), store.answers().uses(taskId).get(0).branch(), "with the branch used");
		waitUntil(() -> NLS.bind(Messages.View_copiedBranchToNotes, chosen.condition()).equals(answers.getStatus()),
				"the view says so");
		answers.getSearch().setText("");

		// answer the call to its end and finish it
		for (int i = 0; i < 30 && !call.getSession().runner().isFinished(); i++) {
			for (Map.Entry<String, Text> field : call.getFieldTexts().entrySet()) {
				if (field.getValue().getText().isBlank()) {
					field.getValue().setText("1");
				}
			}
			int before = call.getSession().runner().path().size();
			press(call.getAnswerButtons().get(0));
			waitUntil(() -> !call.isBusy() && (call.getSession().runner().isFinished()
					|| call.getSession().runner().path().size() > before), "the call goes on");
		}
		press(call.getFinishButton());
		waitUntil(() -> call.getSession() == null && !call.isBusy(), "finishing closes the call");

		List<AnswerUse> uses = store.answers().uses(taskId);
		assertEquals(1, uses.size());
		assertEquals(branched.entry().id(), uses.get(0).entryId());
		assertTrue(uses.get(0).outcomeId() > 0, "the use is joined to the call's outcome");
		String notes = store.outcomes().find(uses.get(0).outcomeId()).getNotes();
		assertTrue(notes != null && notes.contains(reply), "the outcome's notes hold the reply: " + notes);

		// the Results view's tab of the replies used
		ResultsView results = (ResultsView) AgentDesk.page().showView(ResultsView.ID);
		results.refresh(); // the period shown by default is the current month
		results.show(ResultsView.ANSWERS);
		waitUntil(() -> !results.tables(ResultsView.ANSWERS).isEmpty()
				&& results.tables(ResultsView.ANSWERS).get(0).getTable().getItemCount() >= 1,
				"the Results view lists the reply used");
		// its filters apply: a period before the call lists none
		org.revisit.core.service.ReportService.ReportFilter shown = results.filter();
		results.setFilter(shown.from().minusYears(1), shown.from().minusYears(1).plusDays(7), null);
		waitUntil(() -> !results.tables(ResultsView.ANSWERS).isEmpty()
				&& results.tables(ResultsView.ANSWERS).get(0).getTable().getItemCount() == 0,
				"a period without the call lists no reply");
		results.setFilter(shown.from(), shown.to(), shown.campaignId());
	}

	@Test
	void searchAsYouTypeByPinyinInitials() throws Exception {
		AgentDesk.page();
		AnswersView answers = (AnswersView) AgentDesk.page().showView(AnswersView.ID);
		answers.getSearch().setText("fwys");
		waitUntil(() -> !answers.getHits().isEmpty() && answers.getHits().stream().allMatch(h -> h.path().contains("服务延时")),
				"pinyin initials find the service delay replies");
		answers.getSearch().setText("who gave");
		waitUntil(() -> !answers.getHits().isEmpty()
				&& answers.getHits().get(0).entry().customer().equals("Who gave you my number?"), "English finds");
		answers.getSearch().setText("");
	}

	/** A manager reaches the library from the Manager perspective: Window > Answers opens it beside the scripts. */
	@Test
	void aManagerOpensTheAnswersFromTheWindowMenuOfTheManagerPerspective() throws Exception {
		org.eclipse.ui.IWorkbench workbench = PlatformUI.getWorkbench();
		org.eclipse.ui.IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId("org.revisit.rcp.perspectives.manager"));
		try {
			org.eclipse.ui.IViewPart shown = page.findView(AnswersView.ID);
			if (shown != null) {
				page.hideView(shown);
			}
			List<String> items = AgentDesk.windowMenu(workbench.getActiveWorkbenchWindow().getShell());
			String name = Platform.getNL().startsWith("zh") ? "\u5e94\u7b54\u5e93" : "Answers";
			assertTrue(items.contains(name), "Window > " + name + ": " + items);
			org.eclipse.core.commands.ParameterizedCommand show = workbench.getService(
					org.eclipse.ui.commands.ICommandService.class).deserialize(
							"org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=" + AnswersView.ID + ")");
			workbench.getService(IHandlerService.class).executeCommand(show, null);
			AnswersView answers = (AnswersView) page.findView(AnswersView.ID);
			assertTrue(answers != null && page.isPartVisible(answers), "the Answers view is open in the Manager perspective");
			assertEquals("org.revisit.rcp.perspectives.manager", page.getPerspective().getId());
		} finally {
			AgentDesk.page();
		}
	}

	@Test
	void aManagerSavesTheLibraryAsANewVersionInTheEditor() {
		// an entry whose branch replies hold steps on lines of their own: a save keeps them whole
		AnswerService answers = AgentDesk.services().answers();
		AnswerLibrary current = answers.library();
		List<AnswerCategory> categories = new java.util.ArrayList<>(current.categories());
		categories.removeIf(c -> c.id().equals("c-steps")); // stored by the pass in the other language
		categories.add(new AnswerCategory("c-steps", "Steps", List.of(), List.of(new AnswerEntry("e-steps",
				"It does not start.", "Let us try this.", List.of(new AnswerBranch("still on the line",
						"Please follow these steps:\n1. Switch it off.\n(wait ten seconds)\n2. Switch it on."),
						new AnswerBranch("hung up", "Call back in an hour.\nNote it.")),
				List.of(), null, "en"))));
		answers.store(new AnswerLibrary(0, categories), current.version(), "with steps in branches");
		int before = AgentDesk.services().answers().versions().size();
		LibraryEditorDialog editor = new LibraryEditorDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentDesk.services());
		editor.setBlockOnOpen(false);
		editor.open();
		try {
			waitUntil(() -> editor.getTree().getTree().getItemCount() > 0, "the editor shows the library's categories");
			editor.save();
			waitUntil(() -> AgentDesk.services().answers().versions().size() == before + 1, "saved as a new version");
			assertEquals(AgentDesk.services().answers().version(before).categories(),
					AgentDesk.services().answers().library().categories(), "unchanged, as it was read");
		} finally {
			editor.close();
		}
	}

	/** Closing the editor (Close, Esc, the close box) with changes not saved asks: cancel, discard or save. */
	@Test
	void closingTheEditorWithUnsavedChangesAsksSaveDiscardOrCancel() {
		AnswerService answers = AgentDesk.services().answers();
		int versions = answers.versions().size();
		LibraryEditorDialog editor = open();
		assertTrue(!editor.isDirty(), "reading the library is no change");
		editor.closeAsked();
		assertTrue(editor.getShell() == null, "nothing changed: closed without a question");

		editor = open();
		try {
			press(button(editor.getShell(), Messages.Editor_addCategory));
			assertTrue(editor.isDirty());
			Answer cancel = Answer.next(IDialogConstants.CANCEL_LABEL);
			editor.getShell().close(); // as Esc and the close box do
			assertEquals(Messages.Editor_unsavedTitle, cancel.asked.get());
			assertTrue(editor.getShell() != null && !editor.getShell().isDisposed(), "Cancel goes on editing");
			Answer discard = Answer.next(Messages.Editor_discard);
			editor.closeAsked();
			assertEquals(Messages.Editor_unsavedTitle, discard.asked.get());
			assertTrue(editor.getShell() == null, "Discard closes");
			assertEquals(versions, answers.versions().size(), "nothing stored");
		} finally {
			editor.close();
		}

		LibraryEditorDialog saving = open();
		try {
			press(button(saving.getShell(), Messages.Editor_addCategory));
			Answer save = Answer.next(Messages.Editor_save);
			saving.closeAsked();
			assertEquals(Messages.Editor_unsavedTitle, save.asked.get());
			waitUntil(() -> saving.getShell() == null, "closed once saved");
			assertEquals(versions + 1, answers.versions().size(), "saved as a new version");
			assertTrue(answers.library().categories().stream().anyMatch(c -> c.title().equals(Messages.Editor_newCategory)));
		} finally {
			saving.close();
		}
	}

	/** Enter typed right after the search text acts on that text's results, not on the ones shown before. */
	@Test
	void enterRightAfterTypingUsesTheResultOfTheTextTyped() throws Exception {
		AgentDesk.page();
		AnswersView answers = (AnswersView) AgentDesk.page().showView(AnswersView.ID);
		answers.getSearch().setText("who gave");
		waitUntil(() -> !answers.getHits().isEmpty()
				&& answers.getHits().get(0).entry().customer().equals("Who gave you my number?"), "English finds");
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(answers.getSearch().getDisplay());
		try {
			clipboard.setContents(new Object[] { "nothing yet" },
					new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
			answers.getSearch().setText("fwys");
			Event enter = new Event();
			enter.keyCode = SWT.CR;
			enter.character = SWT.CR;
			answers.getSearch().notifyListeners(SWT.KeyDown, enter); // at once, before the search is done
			waitUntil(() -> !answers.getHits().isEmpty()
					&& answers.getHits().stream().allMatch(h -> h.path().contains("服务延时")), "the new results");
			waitUntil(() -> !"nothing yet".equals(clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance())),
					"Enter copied a reply");
			assertEquals(answers.getReply(), clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()),
					"the first reply found for the text typed");
			assertTrue(!answers.getReply().isEmpty());
		} finally {
			clipboard.dispose();
			answers.getSearch().setText("");
		}
	}

	/** Finish closes the import wizard; what was imported is then said in a message the manager reads. */
	@Test
	void theImportWizardSaysWhatItImportedAfterItCloses() throws Exception {
		java.nio.file.Path document = java.nio.file.Files.createTempFile("answers", ".txt");
		java.nio.file.Files.writeString(document, "(\u4E00)\u6536\u8D39\n1\u3001\u6536\u8D39\u4E0D\u6E05\n"
				+ "(1)\u5BA2\u6237\uFF1A\u8FD9\u7B14\u8D39\u7528\u6211\u4E0D\u8BA4\u53EF\u3002\n"
				+ "\u53D7\u7406\u4EBA\uFF1A\u6211\u548C\u60A8\u9010\u9879\u6838\u5BF9\u3002\n"
				+ "\u8FD9\u4E00\u884C\u4E0D\u77E5\u9053\u662F\u4EC0\u4E48\n"); // (一)收费 1、收费不清 客户… 受理人… and an odd line
		AnswerLibraryImportWizard wizard = new AnswerLibraryImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			int before = AgentDesk.services().answers().library().version();
			wizard.getFile().setText(document.toString());
			wizard.check();
			waitUntil(wizard::canFinish, "the document is checked");
			Answer ok = Answer.next(IDialogConstants.OK_LABEL);
			press(button(dialog.getShell(), IDialogConstants.FINISH_LABEL));
			int version = AgentDesk.services().answers().library().version();
			assertEquals(before + 1, version, "imported as a new version");
			assertEquals(Messages.Import_doneTitle, ok.asked.get(), "a message says what was imported");
			String[] said = ok.said.get().split("\n");
			assertEquals(NLS.bind(Messages.Import_done, new Object[] { version, 1, 1, 0, 1 }), said[0]);
			assertEquals(2, said.length, ok.said.get());
			assertTrue(said[1].contains("5"), "the line reported, with its number: " + said[1]);
			assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard is closed");
		} finally {
			dialog.close();
			java.nio.file.Files.deleteIfExists(document);
		}
	}

	private static LibraryEditorDialog open() {
		LibraryEditorDialog editor = new LibraryEditorDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentDesk.services());
		editor.setBlockOnOpen(false);
		editor.open();
		waitUntil(() -> editor.getTree().getTree().getItemCount() > 0, "the editor shows the library's categories");
		return editor;
	}

	private static Button button(org.eclipse.swt.widgets.Composite parent, String label) {
		Button found = find(parent, label);
		if (found == null) {
			throw new AssertionError("no button " + label);
		}
		return found;
	}

	private static Button find(org.eclipse.swt.widgets.Composite parent, String label) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite inner) {
				Button found = find(inner, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void aSaveFromAVersionSomeoneElseReplacedIsRefusedWithAClearMessage() {
		LibraryEditorDialog editor = new LibraryEditorDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentDesk.services());
		editor.setBlockOnOpen(false);
		editor.open();
		try {
			waitUntil(() -> editor.getTree().getTree().getItemCount() > 0, "the editor shows the library's categories");
			AnswerLibrary opened = AgentDesk.services().answers().library();
			// meanwhile another manager stores a version
			AgentDesk.services().answers().store(opened, opened.version(), "someone else");
			int versions = AgentDesk.services().answers().versions().size();
			editor.save();
			waitUntil(() -> NLS.bind(Messages.Editor_conflict, opened.version()).equals(editor.getStatus()),
					"the editor says someone stored another version: " + editor.getStatus());
			assertEquals(versions, AgentDesk.services().answers().versions().size(), "nothing was stored");
		} finally {
			editor.close();
		}
	}

	@Test
	void theVersionsSayWhatChangedAndAnOldOneIsRestored() throws Exception {
		AnswerService answers = AgentDesk.services().answers();
		AnswerLibrary base = answers.library();
		AnswerLibrary shorter = new AnswerLibrary(0, base.categories().subList(1, base.categories().size()));
		int removed = base.entries().size() - shorter.entries().size();
		int stored = answers.store(shorter, base.version(), "without the first category");
		LibraryVersionsDialog dialog = new LibraryVersionsDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentDesk.services(), stored);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			waitUntil(() -> dialog.getTable().getTable().getItemCount() == answers.versions().size(), "the versions are listed");
			TableItem newest = dialog.getTable().getTable().getItem(0);
			assertEquals("* " + stored, newest.getText(0), "newest first, the one in use marked");
			assertTrue(newest.getText(3).contains(String.valueOf(removed)), newest.getText(3));
			assertEquals("without the first category", newest.getText(4));
			CampaignUiTest.screenshot(dialog.getShell(), "answers-versions");
			dialog.restore(base.version());
			waitUntil(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), "a restore closes the dialog");
		} finally {
			dialog.close();
		}
		assertEquals(stored + 1, answers.library().version(), "the restore is a new version");
		assertEquals(base.categories(), answers.library().categories());
	}

	@Test
	void f9FocusesTheSearchNotCtrlAltAWhichQqTakes() throws Exception {
		// F9 is bound in the window's context: the agent presses it in the workbench window
		AgentDesk.activateWindow();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding f9 = bindings.getPerfectMatch(KeySequence.getInstance("F9"));
		assertTrue(f9 != null, () -> "F9 is bound in the contexts active now: " + PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.contexts.IContextService.class).getActiveContextIds());
		assertEquals("org.revisit.ui.commands.focusAnswers", f9.getParameterizedCommand().getId());
		Binding old = bindings.getPerfectMatch(KeySequence.getInstance("M1+M3+A"));
		assertTrue(old == null || !"org.revisit.ui.commands.focusAnswers".equals(old.getParameterizedCommand().getId()));
		AgentDesk.page();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.revisit.ui.commands.focusAnswers",
				null);
		AnswersView answers = (AnswersView) AgentDesk.page().findView(AnswersView.ID);
		waitUntil(() -> answers != null && answers.getSearch().isFocusControl(), "the search box has the cursor");
	}

	/** The lines an import reports and the language check of replies speak the workbench's language. */
	@Test
	void importProblemsAndLintFindingsAreInTheWorkbenchsLanguage() {
		boolean chinese = Platform.getNL().startsWith("zh");
		ImportResult r = AgentDesk.services().answers().importDocument(
				"前言\n(一)服务态度\n(1)客户：太慢了\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.txt", false, true);
		assertEquals(2, r.problems().size(), r.problems().toString());
		for (ImportProblem p : r.problems()) {
			assertEquals(chinese, AnswerText.hasHan(p.message()), p.describe());
			assertEquals(chinese, p.describe().startsWith("\u7B2C"), p.describe()); // 第 1 行
		}
		List<LintFinding> findings = LanguageLint.defaults().check("喂，你找谁？");
		assertTrue(!findings.isEmpty());
		for (LintFinding f : findings) {
			assertEquals(!chinese, f.message().startsWith("filler") || f.message().startsWith("impolite"), f.message());
		}
	}

	/** The hotline delay reply promising a callback: found, not found, the second naming the agent's number. */
	private static boolean twoBranchesTheSecondWithTheAgentsNumber(AnswerSearch.Hit h) {
		return h.entry().branches().size() == 2 && h.entry().branches().get(1).reply().contains("${agent.number}");
	}

	private static void press(Button b) {
		assertTrue(b.isEnabled(), b.getText() + " is enabled");
		b.notifyListeners(SWT.Selection, new Event());
	}

	/** A complaint follow-up about a complaint that nobody holds, made due now: its task and its complaint. */
	private long[] complaintFollowUp() {
		return store.inTransaction(c -> {
			long task;
			long event;
			try (PreparedStatement p = c.prepareStatement("SELECT t.id, t.source_event_id FROM call_task t "
					+ "JOIN service_event e ON e.id = t.source_event_id WHERE t.call_type = ? AND t.state = 'PLANNED' "
					+ "AND t.lease_owner IS NULL AND e.complaint_category <> 'NONE' ORDER BY t.id")) {
				p.setString(1, FOLLOW_UP);
				try (ResultSet rs = p.executeQuery()) {
					assertTrue(rs.next(), "the demo data plans complaint follow-ups");
					task = rs.getLong(1);
					event = rs.getLong(2);
				}
			}
			Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			try (PreparedStatement p = c.prepareStatement("UPDATE call_task SET due_from = ?, due_to = ? WHERE id = ?")) {
				p.setTimestamp(1, Timestamp.from(store.clock().instant().minusSeconds(3600)), utc);
				p.setTimestamp(2, Timestamp.from(store.clock().instant().plusSeconds(8 * 3600)), utc);
				p.setLong(3, task);
				p.executeUpdate();
			}
			return new long[] { task, event };
		});
	}
}
