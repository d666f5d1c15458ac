package org.revisit.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Refuses database connections on one thread: a workbench test forbids the UI thread, so that any JDBC a view
 * runs there (instead of in the background) fails the test, with the stack that did it kept for the message.
 * Nothing is forbidden unless a test asks.
 */
public final class ThreadGuard {

	private static volatile Thread forbidden;
	private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

	private ThreadGuard() {
	}

	/** From now on, {@code thread} may not open a connection; {@code null} lifts the ban. Forgets old violations. */
	public static void forbid(Thread thread) {
		VIOLATIONS.clear();
		forbidden = thread;
	}

	/** The stacks of the connections refused since {@link #forbid}. */
	public static List<String> violations() {
		return List.copyOf(VIOLATIONS);
	}

	/** Throws {@link IllegalStateException} (and remembers it) when the current thread is the forbidden one. */
	static void check() {
		Thread banned = forbidden;
		if (banned != null && Thread.currentThread() == banned) {
			IllegalStateException e = new IllegalStateException("JDBC on the thread " + banned.getName()
					+ ", where no database access may run");
			java.io.StringWriter text = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(text));
			VIOLATIONS.add(text.toString());
			throw e;
		}
	}
}
