package org.revisit.ui.campaigns;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Labels;

/**
 * Edits a stored campaign: the campaign form with validation as you type (the first problem is shown, naming its
 * field), the dirty state, Save (refused if someone else saved meanwhile), Revert, and a preview. Reading and
 * saving run in the background.
 */
public final class CampaignEditor extends EditorPart {

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
		button(bar, Messages.Editor_preview, () -> new PreviewDialog(getSite().getShell(), services, form.campaign(),
				storedState == CampaignState.DRAFT || storedState == CampaignState.PAUSED, this::revert).open());
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
		revert();
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
		background.run(Messages.Editor_load_job, () -> new Loaded(services.campaigns().find(id()),
				services.campaigns().states().get(id())), l -> {
					show(l.campaign(), l.state());
					message.setText(""); //$NON-NLS-1$
				}, e -> message.setText(e.getMessage()));
	}

	private record Loaded(Campaign campaign, CampaignState state) {
	}

	private void show(Campaign campaign, CampaignState st) {
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
		message.setText(problems.isEmpty() ? "" : problems.get(0)); //$NON-NLS-1$
		message.setForeground(message.getDisplay().getSystemColor(problems.isEmpty() ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_RED));
		save.setEnabled(problems.isEmpty());
		message.getParent().layout(true, true);
		setDirty(true);
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
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
		if (!form.problems().isEmpty()) {
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
		}, e -> {
			save.setEnabled(true);
			message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_RED));
			message.setText(e instanceof ServiceException s && s.kind() == ServiceException.Kind.CONFLICT
					? Messages.Editor_conflict : e.getMessage());
			message.getParent().layout(true, true);
		});
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
	}
}
