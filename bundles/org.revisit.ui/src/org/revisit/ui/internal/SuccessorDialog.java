package org.revisit.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.script.run.Successor;
import org.revisit.model.Contact;

/**
 * The person now in charge, when the contact has left the company: name, title, mobile and position; the company
 * is the old contact's. OK is enabled once the details can be stored (name and a valid mobile).
 */
public final class SuccessorDialog extends Dialog {

	private final Contact left;
	private Text name;
	private Text title;
	private Text mobile;
	private Text position;
	private Label problems;
	private Successor successor;

	public SuccessorDialog(Shell parent, Contact left) {
		super(parent);
		this.left = left;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Successor_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Successor_intro, Labels.nameWithTitle(left)));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
		Text company = text(area, Messages.Successor_company);
		company.setText(left.getCompany() == null ? "" : left.getCompany()); //$NON-NLS-1$
		company.setEditable(false);
		name = text(area, Messages.Successor_name);
		title = text(area, Messages.Successor_titleField);
		title.setMessage(Messages.Successor_titleHint);
		mobile = text(area, Messages.Successor_mobile);
		position = text(area, Messages.Successor_position);
		position.setText(left.getPosition() == null ? "" : left.getPosition()); //$NON-NLS-1$
		problems = new Label(area, SWT.WRAP);
		problems.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(problems);
		for (Text t : List.of(name, title, mobile, position)) {
			t.addListener(SWT.Modify, e -> check());
		}
		return area;
	}

	private static Text text(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
		return t;
	}

	private void check() {
		Successor s = new Successor(name.getText(), title.getText(), mobile.getText(), position.getText());
		List<String> found = s.problems();
		successor = found.isEmpty() ? s : null;
		boolean typedSomething = !name.getText().isBlank() || !mobile.getText().isBlank();
		problems.setText(typedSomething && !found.isEmpty() ? String.join("\n", found) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		problems.getParent().layout(true, true);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(successor != null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	/** The successor's details, once OK was pressed. */
	public Successor getSuccessor() {
		return successor;
	}

	public Text getNameText() {
		return name;
	}

	public Text getTitleText() {
		return title;
	}

	public Text getMobileText() {
		return mobile;
	}

	public Text getPositionText() {
		return position;
	}

	public Button getOkButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
