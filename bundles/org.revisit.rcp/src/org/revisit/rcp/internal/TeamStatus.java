package org.revisit.rcp.internal;

import java.time.Duration;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Says in the window's status line that the team server cannot be reached and the workbench keeps trying (the
 * team server's client reports this from whatever thread waits for the server), and that it can be reached again.
 */
public final class TeamStatus {

	private static volatile IStatusLineManager statusLine;
	private static volatile Display display;
	private static volatile String shown;

	private TeamStatus() {
	}

	/** The status line to speak in: the workbench window's, once it is open. */
	static void attach(Display d, IStatusLineManager line) {
		display = d;
		statusLine = line;
	}

	/** The server cannot be reached ({@code message} says why); the call is tried again in {@code retryIn}. */
	public static void unreachable(String message, Duration retryIn) {
		show(NLS.bind(Messages.Team_unreachable, message, Long.valueOf(Math.max(1, retryIn.toSeconds()))), true);
	}

	/** The server answers again. */
	public static void reachable() {
		if (shown != null) {
			show(Messages.Team_reachable, false);
		}
	}

	/** What the status line says about the server now, or {@code null}; for tests. */
	public static String shown() {
		return shown;
	}

	private static void show(String text, boolean error) {
		shown = error ? text : null;
		Display d = display;
		IStatusLineManager line = statusLine;
		if (d == null || line == null || d.isDisposed()) {
			return;
		}
		d.asyncExec(() -> {
			if (error) {
				line.setErrorMessage(text);
			} else {
				line.setErrorMessage(null);
				line.setMessage(text);
			}
		});
	}
}
