package org.revisit.ui.contacts;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.store.ContactFilter;

/**
 * The filters of the contacts table: class, tag, owning agent, status and do-not-call. Each change (typing waits
 * for a pause) hands the narrowed filter to the listener; the database does the filtering.
 */
public final class FilterBar {

	private static final int TYPING_PAUSE_MILLIS = 300;

	private final Combo customerClass;
	private final Text tag;
	private final Text agent;
	private final Combo status;
	private final Combo doNotCall;
	private final Consumer<FilterBar> changed;
	private String typed = ""; //$NON-NLS-1$

	public FilterBar(Composite parent, Consumer<FilterBar> changed) {
		this.changed = changed;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).spacing(6, 0).applyTo(bar);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bar);
		customerClass = combo(bar, Messages.Filter_class, Messages.Filter_any, "A", "B", "C"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		tag = text(bar, Messages.Filter_tag, 90);
		agent = text(bar, Messages.Filter_agent, 90);
		agent.setToolTipText(Messages.Filter_agentTip);
		status = combo(bar, Messages.Filter_status, Messages.Filter_any, Messages.Status_active, Messages.Status_left);
		doNotCall = combo(bar, Messages.Filter_doNotCall, Messages.Filter_any, Messages.Filter_yes, Messages.Filter_no);
	}

	private Combo combo(Composite bar, String label, String... items) {
		new Label(bar, SWT.NONE).setText(label);
		Combo c = new Combo(bar, SWT.DROP_DOWN | SWT.READ_ONLY);
		c.setItems(items);
		c.select(0);
		c.addListener(SWT.Selection, e -> changed.accept(this));
		return c;
	}

	private Text text(Composite bar, String label, int width) {
		new Label(bar, SWT.NONE).setText(label);
		Text t = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
		t.addListener(SWT.Modify, e -> t.getDisplay().timerExec(TYPING_PAUSE_MILLIS, this::typed));
		return t;
	}

	private void typed() {
		if (tag.isDisposed()) {
			return;
		}
		String now = tag.getText() + '\u0000' + agent.getText();
		if (!now.equals(typed)) {
			typed = now;
			changed.accept(this);
		}
	}

	/** {@code filter} narrowed to what the bar shows (its text and sort kept). */
	public ContactFilter applyTo(ContactFilter filter) {
		CustomerClass cls = customerClass.getSelectionIndex() <= 0 ? null
				: CustomerClass.get(customerClass.getSelectionIndex() - 1);
		String t = tag.getText().isBlank() ? null : tag.getText().strip();
		String a = agent.getText().isBlank() ? null : agent.getText().strip();
		if (Messages.Filter_noAgent.equals(a) || "-".equals(a)) { //$NON-NLS-1$
			a = ""; // contacts without an owning agent //$NON-NLS-1$
		}
		ContactStatus s = status.getSelectionIndex() <= 0 ? null : ContactStatus.get(status.getSelectionIndex() - 1);
		Boolean dnc = doNotCall.getSelectionIndex() <= 0 ? null : Boolean.valueOf(doNotCall.getSelectionIndex() == 1);
		return filter.narrowedTo(cls, t, a, s, dnc);
	}

	/** The class filter, for tests (0: any; 1, 2, 3: A, B, C). */
	public Combo getClassCombo() {
		return customerClass;
	}

	/** The tag filter, for tests. */
	public Text getTagText() {
		return tag;
	}

	/** The agent filter, for tests. */
	public Text getAgentText() {
		return agent;
	}

	/** The do-not-call filter, for tests (0: any, 1: yes, 2: no). */
	public Combo getDoNotCallCombo() {
		return doNotCall;
	}
}
