package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.revisit.model.Campaign;
import org.revisit.model.RevisitFactory;
import org.revisit.ui.internal.Messages;
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
			view.refresh(); // the view may have been open before other tests added or deleted campaigns
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

	/** A campaign whose call type's plug-in was uninstalled stays, and says so in the call type column. */
	@Test
	void aCampaignWhoseCallTypeIsNotInstalledSaysSo() throws Exception {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId("org.revisit.rcp.perspectives.manager"));
		Campaign gone = RevisitFactory.eINSTANCE.createCampaign();
		gone.setName("Uninstalled plug-in");
		gone.setCallTypeId("com.example.calltype.gone");
		gone.setPriority(10);
		// stored as a plug-in's campaign was before the plug-in went (the services refuse unknown call types)
		AgentDesk.store().campaigns().insert(List.of(gone));
		try {
			CampaignsView view = (CampaignsView) page.showView(CampaignsView.ID);
			view.refresh();
			Table table = view.getViewer().getTable();
			String expected = NLS.bind(Messages.CampaignsView_callTypeNotInstalled, "com.example.calltype.gone");
			WorkbenchUiTest.waitUntil(() -> row(table, "Uninstalled plug-in").isPresent(), "the campaign is listed");
			TableItem row = row(table, "Uninstalled plug-in").orElseThrow();
			assertEquals(expected, row.getText(1));
			assertNull(row.getImage(1), "no icon for a call type that is not installed");
		} finally {
			AgentDesk.store().campaigns().delete(gone.getId(), "test");
			((CampaignsView) page.showView(CampaignsView.ID)).refresh();
			page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId("org.revisit.rcp.perspectives.agent"));
		}
	}

	private static Optional<TableItem> row(Table table, String name) {
		for (TableItem item : table.getItems()) {
			if (name.equals(item.getText(0))) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}
}
