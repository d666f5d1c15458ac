package org.revisit.rcp.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.revisit.ui.results.ResultsView;
import org.revisit.ui.scripts.ScriptsView;
import org.revisit.ui.views.CampaignsView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.ContactsView;

/** Where a manager plans and reads the results: campaigns with their progress and contacts on the left, results on the right. */
public final class ManagerPerspective implements IPerspectiveFactory {

	public static final String ID = "org.revisit.rcp.perspectives.manager"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String area = layout.getEditorArea();
		layout.addView(CampaignsView.ID, IPageLayout.TOP, 0.4f, area);
		layout.addView(ResultsView.ID, IPageLayout.RIGHT, 0.4f, CampaignsView.ID);
		layout.addView(ContactsView.ID, IPageLayout.BOTTOM, 0.4f, CampaignsView.ID);
		// the contact of a call listed in the results opens beside the contacts, not over the results
		layout.addPlaceholder(ContactCardView.ID, IPageLayout.RIGHT, 0.5f, ContactsView.ID);
		layout.addShowViewShortcut(ResultsView.ID);
		layout.addShowViewShortcut(CampaignsView.ID);
		layout.addShowViewShortcut(ContactsView.ID);
		// the scripts open (Window > Show View) as a tab beside the campaigns, whose scripts they are
		layout.addPlaceholder(ScriptsView.ID, IPageLayout.RIGHT, 0.5f, CampaignsView.ID);
		layout.addShowViewShortcut(ScriptsView.ID);
		layout.addPerspectiveShortcut(AgentPerspective.ID);
	}
}
