package org.revisit.rcp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.revisit.store.Store;
import org.revisit.ui.internal.PlanJob;

/** Opens the Agent perspective first, remembers the layout between sessions, and plans once a day. */
public final class RevisitWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	/**
	 * Plans the coming days in the background once a day: on the first start of a day (by anyone on this
	 * database; one workbench claims the day, so several starting at once do not all plan) the plan is brought
	 * up to date without anybody having to remember it.
	 */
	@Override
	public void postStartup() {
		Store store = getWorkbenchConfigurer().getWorkbench().getService(Store.class);
		if (store == null) {
			return;
		}
		Instant last = store.planning().lastRun();
		LocalDate today = LocalDate.now(store.clock());
		if ((last == null || last.atZone(ZoneId.systemDefault()).toLocalDate().isBefore(today))
				&& store.planning().claimDailyRun(today)) {
			new PlanJob(store, false).schedule(2_000);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AgentPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new RevisitWindowAdvisor(configurer);
	}
}
