package org.revisit.rcp.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: titled "Revisit", with a perspective switcher and a status line. */
final class RevisitWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window title; the product name, the same in every language. */
	static final String TITLE = "Revisit"; //$NON-NLS-1$

	RevisitWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(TITLE);
	}
}
