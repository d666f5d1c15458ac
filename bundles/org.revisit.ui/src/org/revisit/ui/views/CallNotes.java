package org.revisit.ui.views;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.LintFinding;
import org.revisit.core.script.run.CallSession;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Messages;

/**
 * The notes of the call in the Call view: the box, the language findings under it (checked as they are typed) and
 * saving them with the call a moment after typing stops, in a job under the view's rule.
 */
final class CallNotes {

	/** The longest notes stored with a call. */
	static final int MAX_LENGTH = 4000;
	private static final int LINT_DELAY_MILLIS = 400;

	private final LanguageLint lint = LanguageLint.defaults();
	private final Supplier<CallSession> session;
	private final BooleanSupplier busy;
	private final Background saving;
	private final Runnable relayout;
	private final Display display;
	private final Label label;
	private final Text box;
	private final Label findings;
	private final Runnable later = this::lintAndSave;
	/** The notes as last typed, still known when the widgets are gone. */
	private String typed = ""; //$NON-NLS-1$

	/** Creates the label, box and findings line in {@code parent}, a grid of two columns. */
	CallNotes(Composite parent, Supplier<CallSession> session, BooleanSupplier busy, ISchedulingRule rule,
			Runnable relayout) {
		this.session = session;
		this.busy = busy;
		this.relayout = relayout;
		this.display = parent.getDisplay();
		label = new Label(parent, SWT.NONE);
		label.setText(Messages.CallView_notes);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		box = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(300, 48).applyTo(box);
		box.addListener(SWT.Modify, e -> {
			typed = box.getText();
			if (session.get() != null && !busy.getAsBoolean()) {
				display.timerExec(-1, later);
				display.timerExec(LINT_DELAY_MILLIS, later);
			}
		});
		saving = new Background(box, rule);
		findings = new Label(parent, SWT.WRAP);
		findings.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(findings);
	}

	/** The controls, shown only while a call is open. */
	Control[] controls() {
		return new Control[] { label, box, findings };
	}

	Text box() {
		return box;
	}

	/** The notes as last typed; also after the widgets are gone. */
	String typed() {
		return typed;
	}

	/** The notes in the box now. */
	String text() {
		return box.getText();
	}

	/** Shows the notes of a call just opened and checks them. */
	void show(String text) {
		box.setText(text);
		lintNow();
	}

	/** Empties the box and the findings, for the next call. */
	void clear() {
		box.setText(""); //$NON-NLS-1$
		findings.setText(""); //$NON-NLS-1$
	}

	/** The findings line; for tests. */
	String findings() {
		return findings.getText();
	}

	private void lintAndSave() {
		CallSession s = session.get();
		if (box.isDisposed() || s == null) {
			return;
		}
		lintNow();
		String text = box.getText();
		if (text.equals(s.notes()) || text.length() > MAX_LENGTH) {
			return;
		}
		saving.quietly(Messages.CallView_saveJob, () -> s.notes(text));
	}

	/** Shows the language findings of the notes under the box. */
	void lintNow() {
		List<LintFinding> found = lint.check(box.getText());
		Set<String> lines = new LinkedHashSet<>();
		for (LintFinding f : found) {
			lines.add(f.suggestion().isEmpty() ? NLS.bind(Messages.CallView_lint, f.text())
					: NLS.bind(Messages.CallView_lintSuggestion, f.text(), f.suggestion()));
		}
		if (box.getText().length() > MAX_LENGTH) {
			lines.add(Messages.CallView_notesTooLong);
		}
		String text = String.join(" \u00b7 ", lines); //$NON-NLS-1$
		if (!text.equals(findings.getText())) {
			findings.setText(text);
			relayout.run();
		}
	}

	/** Stops a pending check; the view is closing. */
	void dispose() {
		if (!display.isDisposed()) {
			display.timerExec(-1, later);
		}
	}
}
