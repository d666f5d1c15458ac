package org.revisit.rcp.internal;

import java.util.function.Consumer;

import org.eclipse.jface.action.IStatusLineManager;
import org.revisit.ui.internal.Background;

/**
 * Says that the team server cannot be reached and the workbench keeps trying, and that it can be reached again:
 * in the sign-in dialog while signing in, then in the window's status line. The team server's client reports
 * this from whatever thread waits for the server.
 */
public final class TeamStatus {

	private static volatile IStatusLineManager statusLine;
	private static volatile Background window;
	private static volatile Consumer<String> signIn;
	private static volatile String shown;

	private TeamStatus() {
	}

	/**
	 * The status line to speak in from now on: the workbench window's, once it is open; {@code ui} hands the words
	 * to the UI thread while the window is open.
	 */
	static void attach(Background ui, IStatusLineManager line) {
		window = ui;
		statusLine = line;
		signIn = null;
	}

	/** Where to speak while signing in (before the window opens), or {@code null} when the dialog is gone. */
	static void signingIn(Consumer<String> line) {
		signIn = line;
	}

	/** The server cannot be reached; {@code message} says why and when it is tried again. */
	public static void unreachable(String message) {
		show(message, true);
	}

	/** The server answers again. */
	public static void reachable() {
		if (shown != null) {
			show(Messages.Team_reachable, false);
		}
	}

	/** What is said about an unreachable server now, or {@code null}; for tests. */
	public static String shown() {
		return shown;
	}

	private static void show(String text, boolean error) {
		shown = error ? text : null;
		Consumer<String> dialog = signIn;
		if (dialog != null) {
			dialog.accept(text);
			return;
		}
		Background ui = window;
		IStatusLineManager line = statusLine;
		if (ui == null || line == null) {
			return;
		}
		ui.post(() -> {
			if (error) {
				line.setErrorMessage(text);
			} else {
				line.setErrorMessage(null);
				line.setMessage(text);
			}
		});
	}
}
