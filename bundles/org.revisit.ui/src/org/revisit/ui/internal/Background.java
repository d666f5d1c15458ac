package org.revisit.ui.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Runs service calls off the UI thread (in team mode each one is a round trip to the server) and hands their
 * results to the UI thread, but only while the control that shows them is alive and, for {@link #latest}, only if
 * no newer request was made meanwhile (a newer search, another contact chosen): an older answer arriving late never
 * overwrites a newer one. With a rule ({@link SerialRule}) the calls of one owner run one after the other. The UI
 * thread's display is taken when the helper is made, on the UI thread: no job ever asks a widget for it.
 * <p>
 * The one place of the workbench that makes jobs and hands work to the UI thread (ArchitectureTest checks it). The
 * long jobs with progress and cancel of their own ({@code ExportJob}, {@code BulkJob}, {@code ImportJob},
 * {@link PlanJob}) tell their outcome through {@link #outcome}, {@link #later} or {@link #post}; results that
 * outlive the view or wizard that asked for them (a plan's report, a preview opened once the wizard has closed) go
 * to {@link #workbench()}; work that must be done even when its view has closed (saving the notes, giving a call
 * back) goes to {@link #quietly}.
 * <p>
 * What becomes of a result whose owner is gone (issue 16): a <em>failure of something the user asked to be done</em>
 * (an export, a bulk change, a save, the notes saved as the view closed) is never dropped: it goes to the
 * platform's {@link StatusManager} (shown and logged) with the job's name and the reason in the user's language
 * ({@link #outcome}, {@link #change}, {@link #quietly}). A <em>success</em> whose owner is gone stays silent: the user closed the
 * view that would have said it, the progress view showed the job end, and what it did is there to see (the file
 * written, the contacts changed); a dialog for every success would only interrupt. An answer to a <em>read</em>
 * (a search, a page, a preview: {@link #run}, {@link #latest}) is dropped, failed or not, when its owner is gone:
 * nobody waits for it and nothing was lost; a change the user asked for is made with {@link #change}, which makes
 * it even when the owner has closed before its job started. A convenience nobody asked for ({@link #logged}: the daily planning
 * check, remembering the update site) only logs its failure.
 */
public final class Background {

	private static final String PLUGIN = "org.revisit.ui"; //$NON-NLS-1$

	/** Whether the owner is alive; asked from any thread ({@code Widget.isDisposed} may be). */
	private final BooleanSupplier alive;
	/** The UI thread's display, or {@code null} when there is none (no workbench). */
	private final Display display;
	private final AtomicLong newest = new AtomicLong();
	private final ISchedulingRule rule;

	/** Results go to {@code owner}'s display while {@code owner} is not disposed. */
	public Background(Control owner) {
		this(owner, null);
	}

	/**
	 * As {@link #Background(Control)}, with every job under {@code rule} ({@code null}: none), so that jobs sharing
	 * it run one at a time in the order they were made.
	 */
	public Background(Control owner, ISchedulingRule rule) {
		this(owner.getDisplay(), () -> !owner.isDisposed(), rule);
	}

	private Background(Display display, BooleanSupplier alive, ISchedulingRule rule) {
		this.display = display;
		this.alive = () -> display != null && !display.isDisposed() && alive.getAsBoolean();
		this.rule = rule;
	}

	/**
	 * A helper whose owner is the workbench: results go to the UI thread while the workbench runs, whichever views
	 * and wizards are open by then (they are looked up when the result arrives). May be made on any thread; without
	 * a running workbench (headless) nothing is delivered.
	 */
	public static Background workbench() {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		return new Background(display, PlatformUI::isWorkbenchRunning, null);
	}

	/**
	 * Runs {@code call} in a job named {@code job}; its result goes to {@code deliver} if this is still the newest
	 * request made with {@code latest}. A failure goes to {@code failed} (or the log when it is null) likewise.
	 * Returns the scheduled job.
	 */
	public <T> Job latest(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed) {
		long ticket = newest.incrementAndGet();
		return run(job, call, deliver, failed, () -> newest.get() == ticket);
	}

	/**
	 * Runs {@code call} in a job; every result goes to {@code deliver} while the control is alive. Returns the
	 * scheduled job.
	 */
	public <T> Job run(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed) {
		return run(job, call, deliver, failed, () -> true);
	}

	/**
	 * Runs {@code call} in a job; its result goes to {@code deliver} on the UI thread if the control is alive and
	 * {@code wanted} still says yes there.
	 */
	public <T> Job run(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed,
			BooleanSupplier wanted) {
		Job j = Job.create(job, (IProgressMonitor monitor) -> {
			if (!alive.getAsBoolean() || !wanted.getAsBoolean()) {
				return Status.CANCEL_STATUS; // nobody waits for it any more
			}
			Runnable ui;
			try {
				T result = call.get();
				ui = () -> deliver.accept(result);
			} catch (RuntimeException e) {
				ui = () -> {
					if (failed != null) {
						failed.accept(e);
					} else {
						ILog.of(Background.class).warn(e.getMessage(), e);
					}
				};
			}
			Runnable then = ui;
			post(() -> {
				if (wanted.getAsBoolean()) {
					then.run();
				}
			});
			return Status.OK_STATUS;
		});
		j.setRule(rule);
		j.schedule();
		return j;
	}

	/**
	 * Runs {@code call}, a change the user asked for (a save, a restore, an export), in a job named {@code job}, even
	 * if the owner has closed by the time the job starts (unlike {@link #run}, which then skips a read nobody waits
	 * for). Its result goes to {@code deliver} and its failure to {@code failed} on the UI thread while the owner is
	 * alive; a failure whose owner is gone goes to the status manager ({@link #unseen}, with the job's name), a
	 * result whose owner is gone is dropped (see the class comment). Returns the scheduled job.
	 */
	public <T> Job change(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed) {
		Job j = Job.create(job, (IProgressMonitor monitor) -> {
			try {
				T result = call.get();
				post(() -> deliver.accept(result));
			} catch (RuntimeException e) {
				post(() -> failed.accept(e),
						() -> unseen(NLS.bind(Messages.Background_failedUnseen, job, Failures.oneLine(e)), e));
			}
			return Status.OK_STATUS;
		});
		j.setRule(rule);
		j.schedule();
		return j;
	}

	/**
	 * Runs {@code work} in a system job (not shown to the user) under this helper's rule, whether or not the owner
	 * is still alive: for what must be done although the view closes (its notes saved, its call given back). Nothing
	 * goes to the view; a failure goes to the status manager ({@link #unseen}: the user would otherwise believe the
	 * notes saved), or only to the log while the workbench closes. Returns the scheduled job (to wait for it as the
	 * workbench closes).
	 */
	public Job quietly(String job, Runnable work) {
		return quietly(job, work, true);
	}

	/**
	 * As {@link #quietly}, for a convenience nobody asked for (the daily planning check, remembering the update
	 * site): a failure is only logged, as the user can do what it does by hand and is told there.
	 */
	public Job logged(String job, Runnable work) {
		return quietly(job, work, false);
	}

	private Job quietly(String job, Runnable work, boolean tell) {
		Job j = Job.create(job, (IProgressMonitor monitor) -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				if (tell) {
					unseen(NLS.bind(Messages.Background_notDone, job, Failures.oneLine(e)), e);
				} else {
					ILog.of(Background.class).warn(e.getMessage(), e);
				}
			}
			return Status.OK_STATUS;
		});
		j.setRule(rule);
		j.setSystem(true);
		j.schedule();
		return j;
	}

	/**
	 * Runs {@code ui} on the UI thread, later, if the owner is still alive then; does nothing if it is gone. May be
	 * called from any thread (a job's, a listener's).
	 */
	public void post(Runnable ui) {
		post(ui, null);
	}

	/**
	 * As {@link #post(Runnable)}, running {@code otherwise} (when not null) if the owner is gone by then, for a
	 * result that must not be dropped unseen (a connection nobody takes must be closed): on the calling thread if
	 * the owner is gone already, else on the UI thread.
	 */
	public void post(Runnable ui, Runnable otherwise) {
		Runnable gone = otherwise == null ? () -> {
			// nobody to tell
		} : otherwise;
		if (!alive.getAsBoolean()) {
			gone.run();
			return;
		}
		try {
			display.asyncExec(() -> {
				if (alive.getAsBoolean()) {
					ui.run();
				} else {
					gone.run();
				}
			});
		} catch (SWTException e) {
			gone.run(); // the display was disposed between the question and the call
		}
	}

	/** Where a long job (one with progress and cancel, such as an export) tells its outcome, from its own thread. */
	public interface Outcome {

		/** It did what was asked, or was cancelled: {@code message} says what, for the user. */
		void done(String message);

		/** It failed: {@code message} says why, for the user; {@code cause} (may be null) is logged with it. */
		void failed(String message, Throwable cause);
	}

	/**
	 * The outcome of the long job named {@code job}: its sentence goes to {@code deliver} on the UI thread while the
	 * owner is alive. If the owner is gone by then, a failure goes to the status manager ({@link #unseen}, with the
	 * job's name) and a success is dropped (see the class comment).
	 */
	public Outcome outcome(String job, Consumer<String> deliver) {
		return new Outcome() {
			@Override
			public void done(String message) {
				post(() -> deliver.accept(message));
			}

			@Override
			public void failed(String message, Throwable cause) {
				post(() -> deliver.accept(message),
						() -> unseen(NLS.bind(Messages.Background_failedUnseen, job, message), cause));
			}
		};
	}

	/**
	 * Tells the user {@code message} (an error, in the user's language) through the platform's status manager,
	 * which shows it and logs it: for a failure whose view is gone. May be called from any thread. While the
	 * workbench closes or without one (headless), the message is only logged.
	 */
	public static void unseen(String message, Throwable cause) {
		IStatus status = new Status(IStatus.ERROR, PLUGIN, message, cause);
		if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
			StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
		} else {
			ILog.of(Background.class).log(status);
		}
	}

	/**
	 * A consumer for a long job's own thread (one with progress and cancel, such as an export): each value it is
	 * given goes to {@code deliver} on the UI thread if the owner is still alive then (see {@link #post}); dropped
	 * otherwise (for a failure use {@link #outcome}).
	 */
	public <T> Consumer<T> later(Consumer<T> deliver) {
		return value -> post(() -> deliver.accept(value));
	}
}
