package org.revisit.ui.campaigns;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;

/**
 * Edits a stored campaign: the campaign form with validation as you type (the first problem is shown, naming its
 * field), the dirty state, Save (refused if someone else saved meanwhile), Revert, and a preview. Reading and
 * saving run in the background.
 * <p>
 * Closing it with unsaved changes asks here (not the platform, whose "save changes?" would close the editor as soon
 * as a background save started): Yes starts the save and closes the editor only once it succeeded; a failure is
 * shown on the editor's message line and the editor stays. Previewing with unsaved changes previews them, and
 * Activate saves them first. A change made elsewhere (the Campaigns view, the command line, another manager) is
 * noticed when the editor or its window is activated and right after the Campaigns view's own actions: the editor
 * shows it when it has no unsaved changes, and otherwise says so and lets Save be refused as a conflict.
 */
public final class CampaignEditor extends EditorPart implements ISaveablePart2 {

	public static final String ID = "org.revisit.ui.campaigns.editor"; //$NON-NLS-1$

	private Services services;
	private CampaignForm form;
	private Label state;
	private Label message;
	private Button save;
	private Background background;
	private Campaign stored;
	private CampaignState storedState;
	private boolean dirty;
	private boolean loading;
	private Runnable onSaved;
	private boolean checking;
	/** What changed elsewhere while the editor has unsaved changes, or null. */
	private String elsewhere;
	private Shell window;
	private final Listener windowActivated = e -> recheck();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CampaignEditorInput)) {
			throw new PartInitException("Not a campaign: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		services = site.getService(Services.class);
	}

	private long id() {
		return ((CampaignEditorInput) getEditorInput()).id();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		state = new Label(bar, SWT.NONE);
		message = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		save = button(bar, Messages.Editor_save, () -> doSave(null));
		button(bar, Messages.Editor_revert, this::revert);
		button(bar, Messages.Editor_preview, this::preview);
		button(bar, org.revisit.ui.scripts.Messages.Campaign_editScript, this::openScript);
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
		Composite body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		form = new CampaignForm(body, CallTypeRegistry.read(), services, this::edited);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form.control());
		scroll.setContent(body);
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		background = new Background(parent);
		window = getSite().getShell();
		window.addListener(SWT.Activate, windowActivated);
		revert();
	}

	@Override
	public void dispose() {
		if (window != null && !window.isDisposed()) {
			window.removeListener(SWT.Activate, windowActivated);
		}
		super.dispose();
	}

	/**
	 * Opens the preview of what the editor shows. With unsaved changes it previews them, and its Activate saves them
	 * first (refused like Save on a conflict or a problem, and then nothing is activated): activating never acts on
	 * the stored campaign while the editor shows another one.
	 */
	public PreviewDialog preview() {
		boolean canActivate = storedState == CampaignState.DRAFT || storedState == CampaignState.PAUSED;
		PreviewDialog dialog = new PreviewDialog(getSite().getShell(), services, form.campaign(), canActivate, () -> {
			revert();
			if (onSaved != null) {
				onSaved.run();
			}
		});
		if (dirty) {
			dialog.saveBeforeActivating();
		}
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** Opens the script the form names in the script editor. */
	private void openScript() {
		String scriptId = form.campaign().getScriptId();
		if (scriptId == null || scriptId.isBlank()) {
			message.setText(org.revisit.ui.scripts.Messages.Campaign_noScript);
			message.getParent().layout(true, true);
			return;
		}
		org.revisit.ui.scripts.ScriptsView.open(getSite().getPage(), scriptId.strip(), null, null);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** Reads the campaign again and drops the unsaved changes. */
	public void revert() {
		if (services == null) {
			return;
		}
		loading = true;
		background.run(Messages.Editor_load_job, this::read, l -> {
			show(l.campaign(), l.state());
			message.setText(""); //$NON-NLS-1$
		}, e -> message.setText(Failures.oneLine(e)));
	}

	private Loaded read() {
		return new Loaded(services.campaigns().find(id()), services.campaigns().states().get(id()));
	}

	/**
	 * Reads the campaign's version and state again in the background (a pause, resume, end or edit made elsewhere).
	 * If they changed: without unsaved changes the editor shows the campaign as stored now; with unsaved changes it
	 * keeps them and says what changed, and Save is refused as a conflict.
	 */
	public void recheck() {
		if (services == null || stored == null || loading || checking || message.isDisposed()) {
			return;
		}
		checking = true;
		background.run(Messages.Editor_load_job, this::read, l -> {
			checking = false;
			if (stored == null || loading) {
				return;
			}
			Campaign now = l.campaign();
			if (now == null) {
				elsewhere = Messages.Editor_deletedElsewhere;
				problem(elsewhere);
			} else if (now.getVersion() != stored.getVersion() || l.state() != storedState) {
				if (dirty) {
					elsewhere = NLS.bind(Messages.Editor_changedElsewhere, stateLabel(l.state()), now.getVersion());
					problem(elsewhere);
				} else {
					show(now, l.state());
					message.setText(NLS.bind(Messages.Editor_reloaded, stateLabel(l.state()), now.getVersion()));
					message.getParent().layout(true, true);
				}
			}
		}, e -> checking = false);
	}

	/** Rechecks every open editor of campaign {@code id} on {@code page} (after a change made in the Campaigns view). */
	public static void recheck(IWorkbenchPage page, long id) {
		for (IEditorReference ref : page.getEditorReferences()) {
			IEditorPart part = ref.getEditor(false);
			if (part instanceof CampaignEditor editor && editor.id() == id) {
				editor.recheck();
			}
		}
	}

	private void problem(String text) {
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_RED));
		message.setText(text);
		message.getParent().layout(true, true);
	}

	/** The state and call type line (for tests). */
	public String stateLine() {
		return state.getText();
	}

	private record Loaded(Campaign campaign, CampaignState state) {
	}

	private void show(Campaign campaign, CampaignState st) {
		elsewhere = null;
		stored = campaign;
		storedState = st;
		loading = false;
		if (campaign == null) {
			return;
		}
		form.set(campaign);
		setPartName(Labels.campaign(campaign));
		state.setText(NLS.bind(Messages.Editor_state, stateLabel(st)) + "  " + Labels.callType(campaign.getCallTypeId())); //$NON-NLS-1$
		state.getParent().layout(true, true);
		setDirty(false);
		edited();
		setDirty(false);
	}

	static String stateLabel(CampaignState st) {
		if (st == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (st) {
		case DRAFT -> Messages.State_DRAFT;
		case ACTIVE -> Messages.State_ACTIVE;
		case PAUSED -> Messages.State_PAUSED;
		case ENDED -> Messages.State_ENDED;
		};
	}

	private void edited() {
		if (loading || stored == null) {
			return;
		}
		List<String> problems = form.problems();
		boolean fine = problems.isEmpty() && elsewhere == null;
		message.setText(!problems.isEmpty() ? problems.get(0) : elsewhere == null ? "" : elsewhere); //$NON-NLS-1$
		message.setForeground(message.getDisplay().getSystemColor(fine ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_RED));
		save.setEnabled(problems.isEmpty());
		message.getParent().layout(true, true);
		setDirty(true);
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(IEditorPart.PROP_DIRTY);
		}
	}

	/** The first problem shown, or "" (for tests). */
	public String problem() {
		return message.getText();
	}

	public CampaignForm form() {
		return form;
	}

	/** Runs {@code action} on the UI thread after each save (the Campaigns view refreshes). */
	public void onSaved(Runnable action) {
		onSaved = action;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(null);
	}

	/**
	 * Saves in the background; {@code then} runs on the UI thread once the save succeeded. A failure is shown on one
	 * line and the editor keeps the changes.
	 */
	private void save(Runnable then) {
		if (!form.problems().isEmpty()) {
			problem(form.problems().get(0));
			return;
		}
		Campaign edited = form.campaign();
		save.setEnabled(false);
		background.run(Messages.Editor_save_job, () -> services.campaigns().update(edited), saved -> {
			show(saved, storedState);
			message.setText(NLS.bind(Messages.Editor_saved, saved.getVersion()));
			message.getParent().layout(true, true);
			if (onSaved != null) {
				onSaved.run();
			}
			if (then != null) {
				then.run();
			}
		}, e -> {
			save.setEnabled(true);
			problem(Failures.isConflict(e) ? Messages.Editor_conflict : Failures.oneLine(e));
		});
	}

	/**
	 * Asks whether to save the changes before closing. Yes saves in the background and closes the editor once that
	 * succeeded (so the platform is told to cancel the close meanwhile); No closes without saving.
	 */
	@Override
	public int promptToSaveOnClose() {
		if (!dirty) {
			return ISaveablePart2.NO;
		}
		MessageDialog ask = new MessageDialog(getSite().getShell(), Messages.Editor_close_title, null,
				NLS.bind(Messages.Editor_close_question, getPartName()), MessageDialog.QUESTION,
				new String[] { IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL }, 0);
		int answer = ask.open();
		if (answer == 1) {
			return ISaveablePart2.NO;
		}
		if (answer == 0) {
			save(() -> getSite().getPage().closeEditor(this, false));
		}
		return ISaveablePart2.CANCEL;
	}

	@Override
	public void doSaveAs() {
		// a campaign is saved in place; Copy in the Campaigns view makes another one
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		form.nameField().setFocus();
		recheck();
	}
}
