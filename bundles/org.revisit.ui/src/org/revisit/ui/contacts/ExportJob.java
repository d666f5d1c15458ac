package org.revisit.ui.contacts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * An export of contacts (or service events) to a CSV file as a job with progress and cancel: the service call (which
 * reads and encodes the rows, on the server in team mode) runs on a thread of its own while the job waits for it,
 * answering cancel at once (its result is then dropped); then the bytes are written to a temporary file next to
 * the target, a chunk at a time with the progress shown, and moved onto the target only when complete. Cancelled
 * or failed, the temporary file is removed and the target is not touched: never a partial file, and a file that
 * was there before stays as it was. The outcome (a sentence for the user) goes to {@code tell} on the job's thread:
 * {@link Background#outcome} takes it to the view if the view is still open, and a failure to the status manager
 * if not. Without {@code tell} (a wizard's export: the wizard has closed) a failure is the job's error status,
 * which the platform shows.
 */
public final class ExportJob extends Job {

	private static final String PLUGIN = "org.revisit.ui"; //$NON-NLS-1$
	private static final int CHUNK = 64 * 1024;
	private static final int READING = 40;
	private static final int WRITING = 60;

	private final Supplier<ExportReport> export;
	private final Path file;
	private final Background.Outcome tell;
	private volatile String outcome;
	/** Whether the job failed, and why (for the log), once it is over. */
	private volatile boolean failed;
	private volatile Throwable cause;

	private final String reading;
	private final String done;

	/** An export of contacts. */
	public ExportJob(String name, Supplier<ExportReport> export, Path file, Background.Outcome tell) {
		this(name, Messages.Export_reading, Messages.Export_done, export, file, tell);
	}

	/**
	 * An export of other rows: {@code reading} is shown while the service call runs, {@code done} (with the count
	 * of rows as {0} and the file as {1}) is the outcome.
	 */
	public ExportJob(String name, String reading, String done, Supplier<ExportReport> export, Path file,
			Background.Outcome tell) {
		super(name);
		this.reading = reading;
		this.done = done;
		this.export = export;
		this.file = file;
		this.tell = tell;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IStatus status = export(monitor);
		if (tell != null && failed) {
			tell.failed(outcome, cause);
		} else if (tell != null) {
			tell.done(outcome);
		}
		return status;
	}

	/** Exports and writes the file, reporting to {@code monitor} and stopping when it is cancelled. */
	public IStatus export(IProgressMonitor monitor) {
		monitor.beginTask(getName(), READING + WRITING);
		try {
			monitor.subTask(reading);
			ExportReport report = read(monitor);
			if (report == null) {
				return cancelled();
			}
			monitor.worked(READING);
			monitor.subTask(NLS.bind(Messages.Export_writing, file));
			if (!write(report.content(), monitor)) {
				return cancelled();
			}
			outcome = NLS.bind(done, Long.valueOf(report.contacts()), file);
			return new Status(IStatus.OK, PLUGIN, outcome);
		} catch (RuntimeException e) {
			return failed(Failures.oneLine(e), e);
		} catch (IOException e) {
			return failed(file + ": " + e.getMessage(), e); //$NON-NLS-1$
		} finally {
			monitor.done();
		}
	}

	/** The service's export, or null if cancelled while waiting for it. */
	private ExportReport read(IProgressMonitor monitor) {
		CompletableFuture<ExportReport> call = CompletableFuture.supplyAsync(export);
		while (true) {
			if (monitor.isCanceled()) {
				return null;
			}
			try {
				return call.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// ask the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
		}
	}

	/** Writes {@code content} next to the file, then moves it there; false (and nothing left) if cancelled. */
	private boolean write(byte[] content, IProgressMonitor monitor) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Path part = Files.createTempFile(dir, "." + file.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean done = false;
		try {
			int reported = 0;
			try (OutputStream out = Files.newOutputStream(part)) {
				for (int at = 0; at < content.length; at += CHUNK) {
					out.write(content, at, Math.min(CHUNK, content.length - at));
					int now = (int) ((long) Math.min(content.length, at + CHUNK) * WRITING / Math.max(1, content.length));
					monitor.worked(now - reported);
					reported = now;
					if (monitor.isCanceled()) {
						return false;
					}
				}
			}
			if (monitor.isCanceled()) {
				return false;
			}
			try {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
			}
			done = true;
			return true;
		} finally {
			if (!done) {
				Files.deleteIfExists(part);
			}
		}
	}

	private IStatus cancelled() {
		outcome = NLS.bind(Messages.Export_cancelled, file);
		return Status.CANCEL_STATUS;
	}

	private IStatus failed(String why, Throwable e) {
		outcome = NLS.bind(Messages.Export_failed, why);
		cause = e;
		failed = true;
		// nobody to tell (the wizard has closed): an error, which the platform shows; else a warning, as tell says it
		return new Status(tell == null ? IStatus.ERROR : IStatus.WARNING, PLUGIN, outcome, e);
	}

	/** The sentence for the user once the job is over (else {@code null}), for tests. */
	public String outcome() {
		return outcome;
	}
}
