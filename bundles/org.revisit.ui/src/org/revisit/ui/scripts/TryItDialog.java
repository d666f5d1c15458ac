package org.revisit.ui.scripts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.model.Answer;
import org.revisit.model.Script;

/**
 * Walks a script as an agent would in the Call view: the step's words with the placeholders filled (from a sample
 * contact and the team's settings), one button per answer, Undo and Start Again, the path so far and the outcome
 * at the end. Nothing is stored. An answer that agrees a callback takes this time tomorrow; one whose target has
 * left takes a sample successor.
 */
public final class TryItDialog extends Dialog {

	private final Script script;
	private final Map<String, String> placeholders;
	private final String contactNote;
	private final Clock clock;
	private ScriptRunner runner;
	private Label step;
	private Text words;
	private Composite answers;
	private Label path;
	private Label message;

	/**
	 * @param contact the name of the contact the placeholders come from, or {@code null} when there is none
	 */
	public TryItDialog(Shell parent, Script script, Map<String, String> placeholders, String contact, Clock clock) {
		super(parent);
		this.script = script;
		this.placeholders = placeholders;
		this.contactNote = contact == null ? Messages.Try_noContact : NLS.bind(Messages.Try_contact, contact);
		this.clock = clock;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Try_title, script.getTitle()));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(720, 480);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label note = new Label(area, SWT.WRAP);
		note.setText(contactNote + "\n" + Messages.Try_callbackNote); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(note);
		step = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(step);
		words = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 110).applyTo(words);
		answers = new Composite(area, SWT.NONE);
		answers.setLayout(new RowLayout(SWT.HORIZONTAL));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(answers);
		message = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		path = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(path);
		restart();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button undo = createButton(parent, IDialogConstants.BACK_ID, Messages.Try_undo, false);
		undo.addListener(SWT.Selection, e -> {
			runner.undo();
			show();
		});
		Button again = createButton(parent, IDialogConstants.RETRY_ID, Messages.Try_restart, false);
		again.addListener(SWT.Selection, e -> restart());
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	private void restart() {
		runner = new ScriptRunner(script, placeholders, clock);
		show();
	}

	/** Gives the answer with this label (for tests); false when the current step has none. */
	public boolean answer(String label) {
		for (Answer a : runner.answers()) {
			if (label.equals(a.getLabel())) {
				give(a);
				return true;
			}
		}
		return false;
	}

	private void give(Answer a) {
		Object value = switch (ScriptRunner.valueNeeded(a)) {
		case CALLBACK_TIME -> clock.instant().plus(Duration.ofDays(1));
		case SUCCESSOR -> new Successor("zh".equals(script.getLanguage()) ? "\u5f20\u4f1f" : "Alex Morgan", //$NON-NLS-1$ //$NON-NLS-2$
				"zh".equals(script.getLanguage()) ? "\u5148\u751f" : "Mr.", "13800138000", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case NONE -> null;
		};
		try {
			runner.answer(a, Map.of(), value);
			message.setText(""); //$NON-NLS-1$
		} catch (IllegalArgumentException | IllegalStateException e) {
			message.setText(NLS.bind(Messages.Try_failed, e.getMessage()));
		}
		show();
	}

	private void show() {
		for (Control c : answers.getChildren()) {
			c.dispose();
		}
		if (runner.isFinished()) {
			step.setText(NLS.bind(Messages.Try_over, runner.outcome()));
			words.setText(""); //$NON-NLS-1$
		} else {
			step.setText(NLS.bind(Messages.Try_step, runner.currentStep().getNumber()));
			words.setText(runner.utterance());
			for (Answer a : runner.answers()) {
				Button b = new Button(answers, SWT.PUSH);
				b.setText(a.getLabel() == null || a.getLabel().isEmpty() ? "\u2026" : a.getLabel()); //$NON-NLS-1$
				b.addListener(SWT.Selection, e -> give(a));
			}
		}
		List<String> steps = new ArrayList<>();
		runner.visited().forEach(n -> steps.add(String.valueOf(n)));
		path.setText(Messages.Try_path + ": " + String.join(" \u2192 ", steps) //$NON-NLS-1$ //$NON-NLS-2$
				+ (runner.isFinished() ? " \u2192 " + runner.outcome() : "")); //$NON-NLS-1$ //$NON-NLS-2$
		answers.layout(true, true);
		answers.getParent().layout(true, true);
	}

	/** The words shown now (for tests). */
	public String words() {
		return words.getText();
	}

	/** The outcome once the call has ended, else {@code null} (for tests). */
	public String outcome() {
		return runner.isFinished() ? runner.outcome() : null;
	}
}
