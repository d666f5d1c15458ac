package org.revisit.ui.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs service calls off the UI thread (in team mode each one is a round trip to the server) and hands their
 * results to the UI thread, but only while the control that shows them is alive and, for {@link #latest}, only if
 * no newer request was made meanwhile (a newer search, another contact chosen): an older answer arriving late never
 * overwrites a newer one. With a rule ({@link SerialRule}) the calls of one owner run one after the other. The UI
 * thread's display is taken when the helper is made, on the UI thread: no job ever asks a widget for it.
 * <p>
 * The one place of the workbench that makes jobs and hands work to the UI thread (ArchitectureTest checks it). The
 * long jobs with progress and cancel of their own ({@code ExportJob}, {@code BulkJob}, {@code ImportJob},
 * {@link PlanJob}) tell their outcome through {@link #later} or {@link #post}; results that outlive the view or
 * wizard that asked for them (a plan's report, a preview opened once the wizard has closed) go to
 * {@link #workbench()}; work that must be done even when its view has closed (saving the notes, giving a call
 * back) goes to {@link #quietly}.
 */
public final class Background {

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
	 * Runs {@code work} in a system job (not shown to the user) under this helper's rule, whether or not the owner
	 * is still alive: for what must be done although the view closes (its notes saved, its call given back). Nothing
	 * goes to the UI; a failure is logged. Returns the scheduled job (to wait for it as the workbench closes).
	 */
	public Job quietly(String job, Runnable work) {
		Job j = Job.create(job, (IProgressMonitor monitor) -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				ILog.of(Background.class).warn(e.getMessage(), e);
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

	/**
	 * A consumer for a long job's own thread (one with progress and cancel, such as an export): each value it is
	 * given goes to {@code deliver} on the UI thread if the owner is still alive then (see {@link #post}).
	 */
	public <T> Consumer<T> later(Consumer<T> deliver) {
		return value -> post(() -> deliver.accept(value));
	}
}
