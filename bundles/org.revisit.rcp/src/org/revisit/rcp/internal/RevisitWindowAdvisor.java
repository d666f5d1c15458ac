package org.revisit.rcp.internal;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.views.IViewDescriptor;
import org.revisit.ui.internal.Background;

/**
 * The main window: titled "Revisit" (in team mode with the user and the server), with a perspective switcher and a
 * status line. It opens maximized the first
 * time (later starts keep the size the agent left it at), and the names of perspectives and views follow the
 * language of each start, not the one the window layout was saved in.
 */
final class RevisitWindowAdvisor extends WorkbenchWindowAdvisor {

	private final String title;

	/** Whether the window was restored from a saved layout (the workbench says so before {@link #postWindowCreate}). */
	private boolean restored;

	RevisitWindowAdvisor(IWorkbenchWindowConfigurer configurer, String title) {
		super(configurer);
		this.title = title;
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(title);
	}

	@Override
	public void postWindowRestore() {
		restored = true;
		relabel(getWindowConfigurer().getWindow());
	}

	@Override
	public void postWindowOpen() {
		TeamStatus.attach(new Background(getWindowConfigurer().getWindow().getShell()),
				getWindowConfigurer().getActionBarConfigurer().getStatusLineManager());
	}

	@Override
	public void postWindowCreate() {
		if (!restored) {
			// an agent works in this window all day: the whole screen, also where no window manager maximizes
			Shell shell = getWindowConfigurer().getWindow().getShell();
			shell.setBounds(shell.getMonitor().getClientArea());
			shell.setMaximized(true);
		}
	}

	/**
	 * Sets the labels of the window's perspectives and views from their contributions: the saved layout holds them
	 * in the language of the start that saved it, and the perspective switcher shows the saved ones.
	 */
	static void relabel(IWorkbenchWindow window) {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model == null || models == null) {
			return;
		}
		for (MPerspective perspective : models.findElements(model, null, MPerspective.class, null)) {
			IPerspectiveDescriptor d = window.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(perspective.getElementId());
			if (d != null) {
				perspective.setLabel(d.getLabel());
				perspective.setTooltip(d.getDescription() == null || d.getDescription().isEmpty() ? d.getLabel()
						: d.getDescription());
			}
		}
		for (MPart part : models.findElements(model, null, MPart.class, null)) {
			IViewDescriptor d = window.getWorkbench().getViewRegistry().find(part.getElementId());
			if (d != null) {
				part.setLabel(d.getLabel());
			}
		}
	}
}
