package org.revisit.ui.contacts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ContactService.BulkProgress;
import org.revisit.core.service.ContactService.BulkReport;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * A bulk change of contacts as a job: the service call runs on a thread of its own while the job shows where it
 * stands (asking the services every fifth of a second) and, when the user presses cancel, asks the services to stop
 * it, which rolls it back. The outcome (a sentence for the user) goes to {@code done}, on the job's thread:
 * {@link Background#outcome} takes it to the view if the view is still open, and a failure to the status manager if
 * not (a cancel the user asked for is no failure).
 */
public final class BulkJob extends Job {

	private static final String PLUGIN = "org.revisit.ui"; //$NON-NLS-1$
	private static final int TICKS = 1000;

	private final Services services;
	private final ContactBulk change;
	private final List<Long> ids;
	private final ContactFilter filter;
	private final Background.Outcome done;
	private volatile BulkReport report;

	public BulkJob(Services services, ContactBulk change, List<Long> ids, ContactFilter filter, String label,
			Background.Outcome done) {
		super(NLS.bind(Messages.Bulk_job, label));
		this.services = services;
		this.change = change;
		this.ids = ids;
		this.filter = filter;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), TICKS);
		CompletableFuture<BulkReport> call = CompletableFuture
				.supplyAsync(() -> services.contacts().bulk(change, ids, filter));
		int reported = 0;
		boolean cancelAsked = false;
		while (true) {
			try {
				report = call.get(200, TimeUnit.MILLISECONDS);
				break;
			} catch (TimeoutException e) {
				if (monitor.isCanceled() && !cancelAsked) {
					cancelAsked = true;
					services.contacts().cancelBulk();
				}
				BulkProgress p = services.contacts().bulkProgress();
				if (p != null && p.total() > 0) {
					int now = (int) (p.worked() * TICKS / p.total());
					monitor.worked(now - reported);
					reported = now;
					monitor.subTask(p.worked() + " / " + p.total()); //$NON-NLS-1$
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (ExecutionException e) {
				if (e.getCause() instanceof ServiceException s && cancelAsked
						&& s.kind() == ServiceException.Kind.CONFLICT) {
					done.done(Messages.Bulk_cancelled); // as the user asked
					return Status.CANCEL_STATUS;
				}
				String message = NLS.bind(Messages.Bulk_failed, e.getCause() instanceof RuntimeException r
						? Failures.oneLine(r) : String.valueOf(e.getCause()));
				done.failed(message, e.getCause());
				return Status.warning(message); // told by done (a view, else the status manager)
			}
		}
		monitor.done();
		done.done(NLS.bind(Messages.Bulk_done, Long.valueOf(report.changed()), Long.valueOf(report.matched())));
		return new Status(IStatus.OK, PLUGIN, getName());
	}

	/** What the change did, once it is over (else {@code null}). */
	public BulkReport getReport() {
		return report;
	}
}
