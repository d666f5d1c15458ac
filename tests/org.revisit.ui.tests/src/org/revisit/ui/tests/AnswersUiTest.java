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

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.store.AnswerRepository.AnswerUse;
import org.revisit.store.Store;
import org.revisit.ui.answers.AnswersView;
import org.revisit.ui.results.ResultsView;
import org.revisit.ui.answers.LibraryEditorDialog;
import org.revisit.ui.answers.Messages;
import org.revisit.ui.views.CallView;

/**
 * The answer library at hand in a call: a complaint follow-up opened in the Call view makes the Answers view beside
 * it suggest replies of the complaint's category first; Enter copies the chosen reply, its placeholders filled, into
 * the call's notes; after the call is finished the reply is recorded with its outcome (and is in the notes of the
 * outcome). Searching by pinyin initials works in the view as typed.
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
		AnswerSearch.Hit first = answers.getHits().get(0);
		CampaignUiTest.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "answers");

		answers.getViewer().setSelection(new StructuredSelection(first), true);
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		answers.getSearch().notifyListeners(SWT.KeyDown, enter);
		String reply = answers.getReply();
		assertTrue(!reply.contains("${"), "the placeholders are filled: " + reply);
		assertTrue(call.getNotes().getText().contains(reply), "the reply is in the notes: " + call.getNotes().getText());
		waitUntil(() -> store.answers().uses(taskId).size() == 1, "the use of the reply is recorded");
		waitUntil(() -> Messages.View_copiedToNotes.equals(answers.getStatus()), "the view says so");

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
		assertEquals(first.entry().id(), uses.get(0).entryId());
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

	@Test
	void aManagerSavesTheLibraryAsANewVersionInTheEditor() {
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
