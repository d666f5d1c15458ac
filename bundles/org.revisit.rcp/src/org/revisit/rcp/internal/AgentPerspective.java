package org.revisit.rcp.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.ContactsView;
import org.revisit.ui.views.QueueView;

/**
 * Where an agent works: today's call queue with all contacts below it on the left; the call being made with the
 * card of the chosen contact below it on the right.
 */
public final class AgentPerspective implements IPerspectiveFactory {

	public static final String ID = "org.revisit.rcp.perspectives.agent"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(QueueView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
		// the call gets the full height of the right half: it is what the agent reads during a call
		layout.addView(CallView.ID, IPageLayout.RIGHT, 0.5f, QueueView.ID);
		layout.addView(ContactCardView.ID, IPageLayout.BOTTOM, 0.66f, CallView.ID);
		layout.addView(ContactsView.ID, IPageLayout.BOTTOM, 0.55f, QueueView.ID);
		layout.addShowViewShortcut(QueueView.ID);
		layout.addShowViewShortcut(CallView.ID);
		layout.addShowViewShortcut(ContactsView.ID);
		layout.addShowViewShortcut(ContactCardView.ID);
		layout.addPerspectiveShortcut(ManagerPerspective.ID);
	}
}
