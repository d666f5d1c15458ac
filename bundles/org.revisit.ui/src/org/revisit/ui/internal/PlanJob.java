package org.revisit.ui.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.PlanningService.PlanProgress;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.ui.views.CampaignsView;
import org.revisit.ui.views.QueueView;

/**
 * Plans the next {@value Planner#DEFAULT_DAYS} days through the planning service in the background, then refreshes
 * My Queue and Campaigns: the daily run at start-up ({@link #daily}) decides again only what changed since the last
 * run ({@code PlanningService.planChanges}), Plan Calls ({@link #asked}) decides every contact. The service call
 * blocks until the run is over (on the team server as here), so the job makes it on a thread of its own and
 * meanwhile asks the service every {@value #POLL_MILLIS} ms where the run stands, for its progress bar; cancelling
 * the job asks the service to stop the run. One at a time: the rule serializes runs in this workbench, and the
 * service refuses a second run while one is under way anywhere.
 */
public final class PlanJob extends Job {

	/** The family of planning jobs, to find a running one. */
	public static final Object FAMILY = PlanJob.class;

	private static final SerialRule ONE_AT_A_TIME = new SerialRule();

	/** How often the job asks where the run stands. */
	static final int POLL_MILLIS = 300;
	/** The progress bar's units: per mille of the run's own work. */
	private static final int UNITS = 1000;

	private final Services services;
	private final boolean report;
	private final boolean changesOnly;
	private volatile PlanReport result;

	/**
	 * @param report      whether the user asked for it: then the result is shown in a dialog; otherwise it only
	 *                    refreshes the views
	 * @param changesOnly whether it is the daily run, which decides again only what changed since the last run
	 */
	private PlanJob(Services services, boolean report, boolean changesOnly) {
		super(NLS.bind(Messages.PlanJob_name, Planner.DEFAULT_DAYS));
		this.services = services;
		this.report = report;
		this.changesOnly = changesOnly;
		setUser(report);
		setRule(ONE_AT_A_TIME);
	}

	/**
	 * The daily run at start-up: decides again only the contacts whose calls may have changed since the last run
	 * (all of them when that cannot be told), with the same calls as a full run; refreshes the views, no dialog.
	 */
	public static PlanJob daily(Services services) {
		return new PlanJob(services, false, true);
	}

	/** Plan Calls, asked by a manager: decides every contact and shows what it did in a dialog. */
	public static PlanJob asked(Services services) {
		return new PlanJob(services, true, false);
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
		monitor.beginTask(getName(), UNITS);
		CompletableFuture<PlanReport> run = CompletableFuture.supplyAsync(
				() -> changesOnly ? services.planning().planChanges(null, Planner.DEFAULT_DAYS)
						: services.planning().plan(null, Planner.DEFAULT_DAYS), task -> {
					Thread thread = new Thread(task, getName());
					thread.setDaemon(true);
					thread.start();
				});
		boolean cancelAsked = false;
		int shown = 0;
		PlanReport r = null;
		while (r == null) {
			try {
				r = run.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				if (monitor.isCanceled() && !cancelAsked) {
					// asked again on the next round if the run had not started yet
					cancelAsked = stopRun();
				}
				shown = progress(monitor, shown);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopRun();
				return Status.CANCEL_STATUS;
			} catch (ExecutionException e) {
				return failed(e.getCause(), monitor.isCanceled());
			}
		}
		monitor.done();
		result = r;
		PlanReport done = r;
		Background.workbench().post(() -> finished(done)); // to the views open by then
		return Status.OK_STATUS;
	}

	/** Asks the service to stop the run under way; whether it was asked. */
	private boolean stopRun() {
		try {
			return services.planning().cancel();
		} catch (RuntimeException e) {
			return false;
		}
	}

	/** Moves the progress bar to where the run stands now; returns the units shown. */
	private int progress(IProgressMonitor monitor, int shown) {
		PlanProgress p;
		try {
			p = services.planning().progress();
		} catch (RuntimeException e) {
			return shown; // the bar waits for the next answer; the run's own result says what went wrong
		}
		if (p == null || p.total() <= 0) {
			return shown;
		}
		if (p.task() != null && !p.task().isEmpty()) {
			monitor.subTask(p.task());
		}
		int now = (int) Math.min(UNITS, (long) UNITS * p.worked() / p.total());
		if (now > shown) {
			monitor.worked(now - shown);
			return now;
		}
		return shown;
	}

	/** The job's status when the run failed: cancelled, another run under way, or the service's one line. */
	private static IStatus failed(Throwable cause, boolean cancelled) {
		if (cause instanceof ServiceException s) {
			if (s.kind() == ServiceException.Kind.BUSY) {
				return Status.warning(Messages.PlanJob_busy, s);
			}
			if (cancelled && s.kind() == ServiceException.Kind.CONFLICT) {
				return Status.CANCEL_STATUS;
			}
		}
		String message = cause instanceof RuntimeException e ? Failures.oneLine(e) : String.valueOf(cause);
		return Status.error(NLS.bind(Messages.PlanJob_failed, message), cause);
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
					c.refresh();
				}
			}
		}
		if (report) {
			IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			MessageDialog.openInformation(active != null ? active.getShell() : Display.getCurrent().getActiveShell(),
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
