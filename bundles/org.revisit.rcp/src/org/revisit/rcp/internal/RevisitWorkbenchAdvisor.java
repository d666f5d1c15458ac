package org.revisit.rcp.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.PlanJob;

/** Opens the Agent perspective first, remembers the layout between sessions, and plans once a day. */
public final class RevisitWorkbenchAdvisor extends WorkbenchAdvisor {

	private final String title;

	/** @param title the window's title */
	public RevisitWorkbenchAdvisor(String title) {
		this.title = title;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	/**
	 * Plans the coming days in the background once a day, if the user may plan: on the first start of a day (by
	 * anyone on this database; one workbench claims the day, so several starting at once do not all plan) the plan
	 * is brought up to date without anybody having to remember it, by the daily run, which decides again only what
	 * changed since the last run ({@link PlanJob#daily}). Whether it is due is asked in a job too: on a team server
	 * each question is a round trip.
	 */
	@Override
	public void postStartup() {
		ProductUpdateSite.remember();
		Services services = getWorkbenchConfigurer().getWorkbench().getService(Services.class);
		if (services == null || !services.principal().may(Permission.PLAN)) {
			return;
		}
		// a failure is logged: the daily run is a convenience, Plan Calls still works and says what is wrong
		Background.workbench().logged(Messages.Daily_check, () -> {
			Instant last = services.planning().lastRun();
			LocalDate today = LocalDate.now(services.clock());
			if ((last == null || last.atZone(ZoneId.systemDefault()).toLocalDate().isBefore(today))
					&& services.planning().claimDailyRun(today)) {
				PlanJob.daily(services).schedule(2_000);
			}
		});
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AgentPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new RevisitWindowAdvisor(configurer, title);
	}
}
