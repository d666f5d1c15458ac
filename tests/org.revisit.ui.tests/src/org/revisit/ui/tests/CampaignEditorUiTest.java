package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.ui.campaigns.CampaignEditor;
import org.revisit.ui.campaigns.CampaignEditorInput;
import org.revisit.ui.campaigns.Messages;
import org.revisit.ui.campaigns.PreviewDialog;
import org.revisit.ui.views.CampaignsView;

/**
 * The campaign editor behaves as its users expect when the campaign changes under it or it has unsaved changes:
 * a change made elsewhere (the command line: here the services directly) is shown when the editor is activated, or
 * reported over unsaved changes, which Save then cannot overwrite; Preview of unsaved changes previews them and
 * Activate saves them first (or activates nothing when the save is refused); closing with unsaved changes saves in
 * the background and closes only once saved, and a refused save keeps the editor open with the refusal shown.
 * Each test works on a fresh copy of a demo campaign, deleted afterwards.
 */
class CampaignEditorUiTest {

	private final List<Long> copies = new ArrayList<>();

	@AfterEach
	void deleteCopies() {
		IWorkbenchPage page = AgentDesk.page();
		page.closeAllEditors(false);
		for (long id : copies) {
			if (services().campaigns().find(id) != null) {
				services().campaigns().delete(id);
			}
		}
	}

	@Test
	void aChangeMadeElsewhereIsShownOrReportedOverUnsavedChanges() throws Exception {
		Campaign copy = copy();
		CampaignEditor editor = open(copy);
		services().campaigns().activate(copy.getId()); // as `cli campaign activate` would
		reactivate(editor);
		waitUntil(() -> editor.stateLine().contains(Messages.State_ACTIVE), "the editor shows the new state: " + editor.stateLine());
		assertFalse(editor.isDirty());
		int active = services().campaigns().find(copy.getId()).getVersion();
		assertTrue(editor.problem().contains(Integer.toString(active)), editor.problem());

		editor.form().nameEnField().setText("Edited here");
		assertTrue(editor.isDirty());
		services().campaigns().pause(copy.getId());
		int paused = services().campaigns().find(copy.getId()).getVersion();
		reactivate(editor);
		String told = NLS.bind(Messages.Editor_changedElsewhere, Messages.State_PAUSED, paused);
		waitUntil(() -> told.equals(editor.problem()), "the editor says what changed: " + editor.problem());
		assertTrue(editor.isDirty());
		assertEquals("Edited here", editor.form().nameEnField().getText(), "the unsaved changes are kept");
		editor.doSave(null);
		waitUntil(() -> Messages.Editor_conflict.equals(editor.problem()), "Save is refused: " + editor.problem());
		assertEquals(paused, services().campaigns().find(copy.getId()).getVersion(), "nothing saved");
		editor.revert();
		waitUntil(() -> !editor.isDirty() && editor.stateLine().contains(Messages.State_PAUSED), "reverted");
	}

	@Test
	void previewOfUnsavedChangesSavesThemBeforeActivating() throws Exception {
		Campaign copy = copy();
		CampaignEditor editor = open(copy);
		editor.form().nameEnField().setText("Previewed unsaved");
		PreviewDialog preview = editor.preview();
		try {
			waitUntil(() -> preview.preview() != null, "the preview");
			preview.activate();
			waitUntil(() -> services().campaigns().states().get(copy.getId()) == CampaignState.ACTIVE, "activated");
			assertEquals("Previewed unsaved", services().campaigns().find(copy.getId()).getNameEn(), "saved first");
		} finally {
			preview.close();
		}
		waitUntil(() -> !editor.isDirty() && editor.stateLine().contains(Messages.State_ACTIVE), "the editor shows it");

		Campaign other = copy();
		CampaignEditor second = open(other);
		second.form().nameEnField().setText("Never activated");
		Campaign meanwhile = services().campaigns().find(other.getId());
		meanwhile.setNameEn("Someone else");
		services().campaigns().update(meanwhile); // someone else saves first
		PreviewDialog refused = second.preview();
		try {
			waitUntil(() -> refused.preview() != null, "the preview");
			refused.activate();
			waitUntil(() -> Messages.Editor_conflict.equals(refused.summary()), "the refusal: " + refused.summary());
			assertEquals(CampaignState.DRAFT, services().campaigns().states().get(other.getId()), "nothing activated");
			assertEquals("Someone else", services().campaigns().find(other.getId()).getNameEn(), "nor saved");
		} finally {
			refused.close();
		}
	}

	@Test
	void closingWithUnsavedChangesSavesInTheBackgroundAndKeepsTheEditorUntilSaved() throws Exception {
		IWorkbenchPage page = AgentDesk.page();
		Campaign copy = copy();
		CampaignEditor editor = open(copy);
		editor.form().nameEnField().setText("Saved on close");
		Answer yes = Answer.next(IDialogConstants.YES_LABEL);
		page.closeEditor(editor, true);
		assertEquals(Messages.Editor_close_title, yes.asked.get(), "asked");
		waitUntil(() -> !isOpen(editor), "closed once saved");
		assertEquals("Saved on close", services().campaigns().find(copy.getId()).getNameEn());

		CampaignEditor again = open(copy);
		again.form().nameEnField().setText("Refused on close");
		Campaign meanwhile = services().campaigns().find(copy.getId());
		meanwhile.setNameEn("Someone else");
		services().campaigns().update(meanwhile); // someone else saves first
		Answer yesAgain = Answer.next(IDialogConstants.YES_LABEL);
		page.closeEditor(again, true);
		assertEquals(Messages.Editor_close_title, yesAgain.asked.get());
		waitUntil(() -> Messages.Editor_conflict.equals(again.problem()), "the refusal: " + again.problem());
		assertTrue(isOpen(again), "the editor stays");
		assertTrue(again.isDirty(), "with the changes");
		assertEquals("Someone else", services().campaigns().find(copy.getId()).getNameEn(), "nothing saved");

		Answer no = Answer.next(IDialogConstants.NO_LABEL);
		page.closeEditor(again, true);
		assertEquals(Messages.Editor_close_title, no.asked.get());
		assertFalse(isOpen(again), "No: closed without saving");
		assertEquals("Someone else", services().campaigns().find(copy.getId()).getNameEn());
	}

	private static Services services() {
		return AgentDesk.services();
	}

	/** A new draft copy of a demo campaign. */
	private Campaign copy() {
		Campaign copy = services().campaigns().copy(services().campaigns().list().get(0).getId());
		copies.add(copy.getId());
		return copy;
	}

	private static CampaignEditor open(Campaign c) throws Exception {
		CampaignEditor editor = (CampaignEditor) AgentDesk.page().openEditor(new CampaignEditorInput(c.getId(), c.getName()),
				CampaignEditor.ID);
		waitUntil(() -> c.getName().equals(editor.form().nameField().getText()) && !editor.isDirty(),
				"the editor shows the campaign");
		return editor;
	}

	/** Activates another part and then the editor again, as a user coming back to it does. */
	private static void reactivate(CampaignEditor editor) throws Exception {
		IWorkbenchPage page = AgentDesk.page();
		page.showView(CampaignsView.ID);
		page.activate(editor);
	}

	private static boolean isOpen(CampaignEditor editor) {
		return Arrays.stream(AgentDesk.page().getEditorReferences()).anyMatch(r -> r.getEditor(false) == editor);
	}
}
