package org.revisit.ui.campaigns;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Labels;

/**
 * What managers do with campaigns in the Campaigns view: New Campaign (toolbar), and in the context menu Edit
 * (also a double-click), Preview, Activate, Pause, Resume, End, Copy and Delete, each offered only in the states it
 * applies to and run in the background; the view is refreshed after each.
 */
public final class CampaignActions {

	private final IViewSite site;
	private final StructuredViewer viewer;
	private final Services services;
	private final Supplier<Map<Long, CampaignState>> states;
	private final Runnable refresh;
	private final Background background;

	/**
	 * @param states the states the view shows, by campaign id
	 * @param refresh reads the view's campaigns again
	 */
	public CampaignActions(IViewSite site, StructuredViewer viewer, Services services,
			Supplier<Map<Long, CampaignState>> states, Runnable refresh) {
		this.site = site;
		this.viewer = viewer;
		this.services = services;
		this.states = states;
		this.refresh = refresh;
		this.background = new Background(viewer.getControl());
	}

	/** Adds the toolbar button, the context menu and the double-click. */
	public void install() {
		IToolBarManager toolbar = site.getActionBars().getToolBarManager();
		toolbar.add(action(Messages.Action_new, this::newCampaign));
		site.getActionBars().updateActionBars();
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> edit());
	}

	private void fill(IMenuManager menu) {
		Campaign c = selected();
		menu.add(action(Messages.Action_new, this::newCampaign));
		if (c == null) {
			return;
		}
		CampaignState state = states.get().get(c.getId());
		menu.add(new Separator());
		menu.add(action(Messages.Action_edit, this::edit));
		menu.add(action(Messages.Action_preview, () -> preview(c, state)));
		if (c.getScriptId() != null && !c.getScriptId().isBlank()) {
			menu.add(action(org.revisit.ui.scripts.Messages.Action_editScript,
					() -> org.revisit.ui.scripts.ScriptsView.open(site.getPage(), c.getScriptId(), null, null)));
		}
		menu.add(new Separator());
		if (state == CampaignState.DRAFT) {
			menu.add(action(Messages.Action_activate, () -> change(c, s -> s.campaigns().activate(c.getId()))));
		}
		if (state == CampaignState.ACTIVE) {
			menu.add(action(Messages.Action_pause, () -> change(c, s -> s.campaigns().pause(c.getId()))));
		}
		if (state == CampaignState.PAUSED) {
			menu.add(action(Messages.Action_resume, () -> change(c, s -> s.campaigns().resume(c.getId()))));
		}
		if (state != CampaignState.ENDED) {
			menu.add(action(Messages.Action_end, () -> end(c)));
		}
		menu.add(action(Messages.Action_copy, () -> change(c, s -> s.campaigns().copy(c.getId()))));
		menu.add(action(Messages.Action_delete, () -> delete(c)));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private Campaign selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Campaign c ? c : null;
	}

	/** A campaign's state in the platform's language. */
	public static String stateLabel(CampaignState state) {
		return CampaignEditor.stateLabel(state);
	}

	/** Opens the New Campaign wizard. */
	public void newCampaign() {
		NewCampaignWizard wizard = new NewCampaignWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		wizard.onCreated(refresh);
		WizardDialog dialog = new WizardDialog(site.getShell(), wizard);
		dialog.setPageSize(NewCampaignWizard.PAGE_WIDTH, NewCampaignWizard.PAGE_HEIGHT);
		dialog.open();
	}

	/** Opens the selected campaign in its editor. */
	public void edit() {
		Campaign c = selected();
		if (c == null) {
			return;
		}
		try {
			CampaignEditor editor = (CampaignEditor) site.getPage().openEditor(new CampaignEditorInput(c.getId(), Labels.campaign(c)),
					CampaignEditor.ID);
			editor.onSaved(refresh);
		} catch (PartInitException e) {
			MessageDialog.openError(site.getShell(), Messages.Failed_title, e.getMessage());
		}
	}

	private void preview(Campaign c, CampaignState state) {
		new PreviewDialog(site.getShell(), services, c, state == CampaignState.DRAFT || state == CampaignState.PAUSED, () -> {
			refresh.run();
			CampaignEditor.recheck(site.getPage(), c.getId());
		}).open();
	}

	private void end(Campaign c) {
		InputDialog reason = new InputDialog(site.getShell(), Messages.End_title, NLS.bind(Messages.End_message, Labels.campaign(c)),
				"", text -> text == null || text.isBlank() ? Messages.End_reasonRequired : null); //$NON-NLS-1$
		if (reason.open() == Window.OK) {
			String why = reason.getValue().strip();
			change(c, s -> s.campaigns().end(c.getId(), why));
		}
	}

	private void delete(Campaign c) {
		if (MessageDialog.openConfirm(site.getShell(), Messages.Delete_title, NLS.bind(Messages.Delete_message, Labels.campaign(c)))) {
			change(c, s -> {
				s.campaigns().delete(c.getId());
				return null;
			});
		}
	}

	/**
	 * Runs a change of {@code c} in the background, then refreshes the view and the campaign's open editors (which
	 * show the new state and version, or say that it changed under their unsaved edits); a refusal is shown in a
	 * dialog.
	 */
	private void change(Campaign c, Function<Services, Object> operation) {
		background.run(Messages.Action_job, () -> operation.apply(services), result -> {
			refresh.run();
			CampaignEditor.recheck(site.getPage(), c.getId());
		}, e -> MessageDialog.openError(site.getShell(), Messages.Failed_title, e.getMessage()));
	}
}
