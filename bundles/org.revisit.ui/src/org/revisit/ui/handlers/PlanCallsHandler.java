package org.revisit.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.PlanJob;

/**
 * Calls, Plan Calls: plans the coming days in a background job, deciding every contact (the daily run at start-up
 * decides only what changed), and reports what it did. Enabled only for a user whose role may plan.
 */
public final class PlanCallsHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Services services = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(Services.class) : null;
		setBaseEnabled(services != null && services.principal().may(Permission.PLAN));
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (PlanJob.busy()) {
			MessageDialog.openInformation(window.getShell(), Messages.PlanJob_title, Messages.PlanJob_running);
			return null;
		}
		PlanJob.asked(window.getService(Services.class)).schedule();
		return null;
	}
}
