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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Runs service calls off the UI thread (in team mode each one is a round trip to the server) and hands their
 * results to the UI thread, but only while the control that shows them is alive and, for {@link #latest}, only if
 * no newer request was made meanwhile (a newer search, another contact chosen): an older answer arriving late never
 * overwrites a newer one. With a rule ({@link SerialRule}) the calls of one owner run one after the other. The UI
 * thread's display is taken when the helper is made, on the UI thread: no job ever asks a widget for it.
 */
public final class Background {

	private final Control owner;
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
		this.owner = owner;
		this.display = owner.getDisplay();
		this.rule = rule;
	}

	/**
	 * Runs {@code call} in a job named {@code job}; its result goes to {@code deliver} if this is still the newest
	 * request made with {@code latest}. A failure goes to {@code failed} (or the log when it is null) likewise.
	 */
	public <T> void latest(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed) {
		long ticket = newest.incrementAndGet();
		run(job, call, deliver, failed, () -> newest.get() == ticket);
	}

	/** Runs {@code call} in a job; every result goes to {@code deliver} while the control is alive. */
	public <T> void run(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed) {
		run(job, call, deliver, failed, () -> true);
	}

	/**
	 * Runs {@code call} in a job; its result goes to {@code deliver} on the UI thread if the control is alive and
	 * {@code wanted} still says yes there.
	 */
	public <T> Job run(String job, Supplier<T> call, Consumer<T> deliver, Consumer<RuntimeException> failed,
			BooleanSupplier wanted) {
		Job j = Job.create(job, (IProgressMonitor monitor) -> {
			if (owner.isDisposed() || !wanted.getAsBoolean()) {
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
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!owner.isDisposed() && wanted.getAsBoolean()) {
						then.run();
					}
				});
			}
			return Status.OK_STATUS;
		});
		j.setRule(rule);
		j.schedule();
		return j;
	}
}
