package org.revisit.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.store.PlanningBusyException;
import org.revisit.store.Store;
import org.revisit.ui.views.CampaignsView;
import org.revisit.ui.views.QueueView;

/**
 * Plans the next {@value Planner#DEFAULT_DAYS} days in the background, with progress and cancel, then
 * refreshes My Queue and Campaigns. One at a time: the rule serializes runs in this workbench. Runs from
 * other workbenches at the same moment never double a task (plan keys), but may each use a contact's last
 * free budget slot; the daily automatic run is therefore claimed by one workbench only.
 */
public final class PlanJob extends Job {

	/** The family of planning jobs, to find a running one. */
	public static final Object FAMILY = PlanJob.class;

	private static final SerialRule ONE_AT_A_TIME = new SerialRule();

	private final Store store;
	private final boolean report;
	private volatile PlanReport result;

	/**
	 * @param report whether the user asked for it: then the result is shown in a dialog; otherwise (the daily
	 *               run at start-up) it only refreshes the views
	 */
	public PlanJob(Store store, boolean report) {
		super(NLS.bind(Messages.PlanJob_name, Planner.DEFAULT_DAYS));
		this.store = store;
		this.report = report;
		setUser(report);
		setRule(ONE_AT_A_TIME);
	}

	/** Whether a planning job is running or waiting in this workbench. */
	public static boolean busy() {
		return Job.getJobManager().find(FAMILY).length > 0;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The report of the finished run, or {@code null}. */
	public PlanReport result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Planner planner = new Planner(store, CallTypeRegistry.read());
			result = planner.plan(Horizon.of(LocalDate.now(store.clock()), Planner.DEFAULT_DAYS), store.clock().instant(),
					System.getProperty("user.name"), monitor); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (PlanningBusyException e) {
			return Status.warning(Messages.PlanJob_busy, e);
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.PlanJob_failed, e.getMessage()), e);
		}
		PlanReport r = result;
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> finished(r));
		}
		return Status.OK_STATUS;
	}

	private void finished(PlanReport r) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart queue = page.findView(QueueView.ID);
				if (queue instanceof QueueView q) {
					q.refresh();
				}
				IViewPart campaigns = page.findView(CampaignsView.ID);
				if (campaigns instanceof CampaignsView c) {
					c.refresh(store);
				}
			}
		}
		if (report) {
			MessageDialog.openInformation(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					Messages.PlanJob_title, summary(r));
		}
	}

	/** What a run did, for people: created per call type, cancelled, moved, warnings. */
	public static String summary(PlanReport r) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.PlanJob_done,
				new Object[] { r.horizon().from(), r.horizon().to(), r.created(), r.cancelled(), r.moved() }));
		for (Map.Entry<String, Integer> e : r.createdByCallType().entrySet()) {
			text.append("\n  ").append(Labels.callType(e.getKey())).append(": ").append(e.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!r.warnings().isEmpty() || !r.problems().isEmpty()) {
			text.append("\n\n").append(Messages.PlanJob_problems); //$NON-NLS-1$
			r.warnings().forEach(w -> text.append("\n  ").append(w)); //$NON-NLS-1$
			r.problems().forEach(p -> text.append("\n  ").append(p)); //$NON-NLS-1$
		}
		return text.toString();
	}
}
