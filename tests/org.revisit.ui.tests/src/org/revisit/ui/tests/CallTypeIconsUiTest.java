package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.ui.views.CampaignsView;

/** The Campaigns view shows the icon each campaign's call type declares in its contribution, as My Queue does. */
class CallTypeIconsUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void campaignsShowTheirCallTypesIcons() throws Exception {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId("org.revisit.rcp.perspectives.manager"));
		try {
			CampaignsView view = (CampaignsView) page.showView(CampaignsView.ID);
			Table table = view.getViewer().getTable();
			int campaigns = AgentDesk.store().campaigns().list().size();
			WorkbenchUiTest.waitUntil(() -> table.getItemCount() == campaigns, "the campaigns are listed");
			for (TableItem item : table.getItems()) {
				assertNotNull(item.getImage(1), "the call type of " + item.getText(0) + " shows its icon");
			}
		} finally {
			page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId("org.revisit.rcp.perspectives.agent"));
		}
	}
}
