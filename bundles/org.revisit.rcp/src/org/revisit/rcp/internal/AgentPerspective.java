package org.revisit.rcp.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.revisit.ui.views.ContactsView;

/** Where an agent works: the contacts (the call queue joins it with the planner). */
public final class AgentPerspective implements IPerspectiveFactory {

	public static final String ID = "org.revisit.rcp.perspectives.agent"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(ContactsView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
		layout.addShowViewShortcut(ContactsView.ID);
		layout.addPerspectiveShortcut(ManagerPerspective.ID);
	}
}
