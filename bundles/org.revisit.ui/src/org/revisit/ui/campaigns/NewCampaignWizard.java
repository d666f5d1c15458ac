package org.revisit.ui.campaigns;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.model.RevisitFactory;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;

/**
 * File &gt; New &gt; Campaign: the call type (chosen among the installed contributions, with their icons and
 * descriptions), then the campaign's settings and the call type's own parameters. Finish stores the campaign as a
 * draft (in a background thread) and opens its preview, from which it can be activated.
 */
public final class NewCampaignWizard extends Wizard implements INewWizard {

	/**
	 * The size of the wizard's pages: the dialog fits a laptop's screen (768 pixels high) with its title and
	 * buttons; the settings page scrolls what does not fit (a call type's parameters).
	 */
	public static final int PAGE_WIDTH = 640;
	public static final int PAGE_HEIGHT = 500;

	private final CallTypeRegistry registry = CallTypeRegistry.read();
	private Services services;
	private TypePage typePage;
	private SettingsPage settingsPage;
	private Campaign created;
	private Runnable onCreated;
	private PreviewDialog preview;

	public NewCampaignWizard() {
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		services = workbench.getService(Services.class);
	}

	/** Runs {@code action} on the UI thread after the campaign was stored (the Campaigns view refreshes). */
	public void onCreated(Runnable action) {
		onCreated = action;
	}

	@Override
	public void addPages() {
		if (services == null) {
			services = PlatformUI.getWorkbench().getService(Services.class);
		}
		typePage = new TypePage();
		settingsPage = new SettingsPage();
		addPage(typePage);
		addPage(settingsPage);
	}

	@Override
	public boolean canFinish() {
		return settingsPage.isPageComplete() && getContainer().getCurrentPage() == settingsPage;
	}

	@Override
	public boolean performFinish() {
		Campaign campaign = settingsPage.form.campaign();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Messages.Finish_job, 1);
				try {
					created = services.campaigns().create(campaign);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			settingsPage.setErrorMessage(e.getCause() instanceof RuntimeException r ? Failures.oneLine(r)
					: String.valueOf(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (onCreated != null) {
			onCreated.run();
		}
		Display display = getShell().getDisplay();
		Campaign stored = created;
		// once the wizard has closed (this shell is gone by then: the workbench is the owner)
		Background.workbench().post(() -> {
			preview = new PreviewDialog(display.getActiveShell(), services, stored, true, onCreated);
			preview.setBlockOnOpen(false);
			preview.open();
		});
		return true;
	}

	/** The preview opened after Finish, or null before (for tests). */
	public PreviewDialog previewDialog() {
		return preview;
	}

	/** The campaign stored by Finish, or null. */
	public Campaign created() {
		return created;
	}

	/** The settings form (for tests and screenshots). */
	public CampaignForm form() {
		return settingsPage.form;
	}

	/** Chooses a call type on the first page (for tests). */
	public void chooseCallType(String id) {
		CallTypeDescriptor d = registry.get(id);
		typePage.viewer.setSelection(d == null ? StructuredSelection.EMPTY : new StructuredSelection(d), true);
	}

	/** The call type page. */
	private final class TypePage extends WizardPage {

		TableViewer viewer;

		TypePage() {
			super("callType"); //$NON-NLS-1$
			setTitle(Messages.TypePage_title);
			setDescription(Messages.TypePage_description);
		}

		@Override
		public void createControl(Composite parent) {
			viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
			viewer.getTable().setHeaderVisible(false);
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setWidth(620);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					CallTypeDescriptor d = (CallTypeDescriptor) element;
					return d.description() == null ? d.name() : d.name() + " \u2014 " + d.description(); //$NON-NLS-1$
				}

				@Override
				public Image getImage(Object element) {
					return Labels.callTypeImage(((CallTypeDescriptor) element).id());
				}

				@Override
				public String getToolTipText(Object element) {
					return ((CallTypeDescriptor) element).id();
				}
			});
			viewer.setContentProvider(ArrayContentProvider.getInstance());
			viewer.setInput(registry.all());
			viewer.addSelectionChangedListener(e -> {
				setPageComplete(!e.getSelection().isEmpty());
				if (!e.getSelection().isEmpty()) {
					settingsPage.callType(((CallTypeDescriptor) ((IStructuredSelection) e.getSelection()).getFirstElement()));
				}
			});
			viewer.addDoubleClickListener(e -> getContainer().showPage(settingsPage));
			setPageComplete(false);
			setControl(viewer.getControl());
		}
	}

	/** The settings page: the campaign form. */
	private final class SettingsPage extends WizardPage {

		CampaignForm form;
		private CallTypeDescriptor type;

		SettingsPage() {
			super("settings"); //$NON-NLS-1$
			setTitle(Messages.SettingsPage_title);
			setDescription(Messages.SettingsPage_description);
			setPageComplete(false);
		}

		void callType(CallTypeDescriptor chosen) {
			if (type != null && type.id().equals(chosen.id())) {
				return; // the same one again (GTK repeats selections): keep what was typed
			}
			CallTypeDescriptor previous = type;
			type = chosen;
			if (form != null) {
				Campaign c = form.campaign();
				// the name follows the call type until the manager types one of their own
				if (c.getName() == null || c.getName().isBlank()
						|| previous != null && c.getName().strip().equals(previous.name())) {
					c.setName(chosen.name());
				}
				c.setPriority(chosen.priority());
				c.getParameters().clear();
				form.set(c);
				form.setCallType(chosen.id());
				check();
			}
		}

		@Override
		public void createControl(Composite parent) {
			ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL) {
				@Override
				public Point computeSize(int wHint, int hHint, boolean changed) {
					// asks for a window of a reasonable height and scrolls the rest: the form with a call type's
					// parameters is taller than many screens, and a dialog as tall as its content is cut off
					Point size = super.computeSize(wHint, hHint, changed);
					return new Point(size.x, Math.min(size.y, PAGE_HEIGHT));
				}
			};
			scroll.setExpandHorizontal(true);
			scroll.setExpandVertical(true);
			Composite body = new Composite(scroll, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(body);
			form = new CampaignForm(body, registry, services, this::check);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(form.control());
			Campaign fresh = RevisitFactory.eINSTANCE.createCampaign();
			if (services != null) {
				LocalDate today = LocalDate.now(services.clock());
				fresh.setActiveFrom(today);
				fresh.setActiveTo(today.plusMonths(1));
			}
			fresh.setAttemptPolicy(RevisitFactory.eINSTANCE.createAttemptPolicy());
			fresh.getAttemptPolicy().setMaxAttempts(3);
			fresh.setPriority(50);
			if (type != null) {
				fresh.setName(type.name());
				fresh.setPriority(type.priority());
				fresh.setCallTypeId(type.id());
			}
			form.set(fresh);
			scroll.setContent(body);
			scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			setControl(scroll);
			check();
		}

		void check() {
			if (form == null) {
				return;
			}
			List<String> problems = form.problems();
			setErrorMessage(problems.isEmpty() ? null : problems.get(0));
			setMessage(problems.isEmpty() ? Messages.Form_ok : null);
			setPageComplete(problems.isEmpty());
		}
	}
}
