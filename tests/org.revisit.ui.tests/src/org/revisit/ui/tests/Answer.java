package org.revisit.ui.tests;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next question a part asks in a {@link MessageDialog} by pressing its button labelled {@code label}
 * (the question runs its own event loop, so the answer is given from a timer inside it); {@link #asked} then holds
 * the question's title, or null if none was asked within ten seconds, and {@link #said} the texts of its labels
 * (its message).
 */
final class Answer {

	final AtomicReference<String> asked = new AtomicReference<>();
	final AtomicReference<String> said = new AtomicReference<>();

	private Answer() {
	}

	static Answer next(String label) {
		return next(label, 10);
	}

	/** As {@link #next(String)}, for a question asked within {@code seconds} (after a background job, say). */
	static Answer next(String label, long seconds) {
		Answer answer = new Answer();
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (s.getData() instanceof MessageDialog && s.isVisible()) {
					Button button = button(s, label);
					if (button != null) {
						answer.said.set(labels(s, new StringBuilder()).toString());
						answer.asked.set(s.getText());
						button.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			if (System.nanoTime() - deadline < 0) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return answer;
	}

	/** The texts of the labels in {@code parent}, one a line. */
	private static StringBuilder labels(Composite parent, StringBuilder b) {
		for (Control c : parent.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Label l && !l.getText().isEmpty()) {
				b.append(b.isEmpty() ? "" : "\n").append(l.getText());
			} else if (c instanceof Composite inner) {
				labels(inner, b);
			}
		}
		return b;
	}

	private static Button button(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite inner) {
				Button found = button(inner, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
