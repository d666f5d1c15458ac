package org.revisit.ui.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.DataService.ImportKind;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;

/**
 * The import of the import wizard, as a user job with progress and cancel: one transaction, all or nothing;
 * cancelling stores nothing. The service call runs on a thread of its own while the job shows the rows stored so
 * far and, on cancel, asks the services to stop it. When rows were rejected, they are written next to the file as
 * {@code NAME.rejects.csv}. The outcome is the job's status (a failure is an error, which the platform shows: the
 * wizard has closed); {@code stored}, when given, is run on the job's thread once rows were stored (the wizard
 * hands it to the workbench's {@link org.revisit.ui.internal.Background}, which refreshes the open Contacts views).
 */
public final class ImportJob extends Job {

	private static final String PLUGIN = "org.revisit.ui"; //$NON-NLS-1$
	private static final int TICKS = 1000;

	private final Services services;
	private final ImportKind kind;
	private final byte[] content;
	private final Path file;
	private final String encoding;
	private final List<String> mapping;
	private final Runnable stored;

	ImportJob(Services services, ImportKind kind, byte[] content, Path file, String encoding, List<String> mapping,
			Runnable stored) {
		super(NLS.bind(Messages.Import_job, file.getFileName()));
		this.services = services;
		this.kind = kind;
		this.content = content;
		this.file = file;
		this.encoding = encoding;
		this.mapping = mapping;
		this.stored = stored;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), TICKS);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			ImportReport r = watched(monitor, () -> services.data().importMapped(kind, content,
					file.getFileName().toString(), false, encoding, mapping));
			if (r == null) {
				return Status.CANCEL_STATUS;
			}
			if (stored != null && r.stored() > 0) {
				stored.run();
			}
			String rejects = ""; //$NON-NLS-1$
			if (r.rejects() != null) {
				Path saved = ImportWizard.rejectsFile(file);
				Files.write(saved, r.rejects());
				rejects = ' ' + NLS.bind(Messages.Import_rejectsSaved, saved);
			}
			return new Status(IStatus.OK, PLUGIN, NLS.bind(Messages.Import_done, Labels.count(r.stored()),
					Labels.count(r.rejected())) + rejects);
		} catch (RuntimeException | IOException e) {
			return new Status(IStatus.ERROR, PLUGIN, NLS.bind(Messages.Import_failed,
					e instanceof RuntimeException r ? Failures.oneLine(r) : e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	/**
	 * Runs the import on a thread of its own while the job shows the rows stored so far and, on cancel, asks the
	 * services to stop it (it then stores nothing); {@code null} when it was cancelled.
	 */
	private ImportReport watched(IProgressMonitor monitor, Supplier<ImportReport> call) {
		CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(call);
		int reported = 0;
		boolean cancelAsked = false;
		while (true) {
			try {
				return running.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				if (monitor.isCanceled() && !cancelAsked) {
					cancelAsked = true;
					services.data().cancelImport();
				}
				var p = services.data().importProgress();
				if (p != null && p.lines() > 0) {
					int now = (int) Math.min(TICKS, p.stored() * TICKS / p.lines());
					monitor.worked(now - reported);
					reported = now;
					monitor.subTask(p.stored() + " / " + p.lines()); //$NON-NLS-1$
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			} catch (ExecutionException e) {
				if (cancelAsked && e.getCause() instanceof ServiceException s
						&& s.kind() == ServiceException.Kind.CONFLICT) {
					return null;
				}
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
		}
	}
}
