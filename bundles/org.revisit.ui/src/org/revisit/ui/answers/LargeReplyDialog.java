package org.revisit.ui.answers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A reply in large letters, to read aloud; what the customer said above it. Esc or Close ends it. */
final class LargeReplyDialog extends Dialog {

	private final String customer;
	private final String reply;
	private Font large;

	LargeReplyDialog(Shell parent, String customer, String reply) {
		super(parent);
		this.customer = customer;
		this.reply = reply;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Large_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label said = new Label(area, SWT.WRAP);
		said.setText(customer);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(said);
		Text text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		FontData[] data = JFaceResources.getDialogFont().getFontData();
		for (FontData d : data) {
			d.setHeight(Math.max(22, d.getHeight() * 2));
		}
		large = new Font(parent.getDisplay(), data);
		text.setFont(large);
		text.setText(reply);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 300).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	@Override
	public boolean close() {
		if (large != null) {
			large.dispose();
		}
		return super.close();
	}
}
