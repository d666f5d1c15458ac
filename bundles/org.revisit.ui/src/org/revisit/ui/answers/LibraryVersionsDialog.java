package org.revisit.ui.answers;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.revisit.core.service.AnswerService.VersionChanges;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * The stored versions of the answer library, newest first: who stored each, when, what changed in it (entries
 * added, changed, removed) and its note; Restore makes the selected one (or the built-in library) the one in use
 * again as a new version, refused if someone stored another version since {@code inUse}. Closes with OK after a
 * restore, so that the editor reloads.
 */
public final class LibraryVersionsDialog extends Dialog {

	static final int RESTORE = IDialogConstants.CLIENT_ID + 1;
	static final int RESTORE_BUILTIN = IDialogConstants.CLIENT_ID + 2;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private final Services services;
	private final int inUse;
	private TableViewer table;
	private Label status;
	private Background background;

	public LibraryVersionsDialog(Shell parent, Services services, int inUse) {
		super(parent);
		this.services = services;
		this.inUse = inUse;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Versions_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(Messages.Versions_hint);
		table = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Versions_version, 70, v -> (v.version().version() == inUse ? "* " : "") //$NON-NLS-1$ //$NON-NLS-2$
				+ v.version().version());
		column(Messages.Versions_by, 90, v -> v.version().createdBy());
		column(Messages.Versions_when, 130, v -> v.version().createdAt() == null ? "" //$NON-NLS-1$
				: WHEN.format(v.version().createdAt().atZone(AgentZone.get())));
		column(Messages.Versions_changes, 260, v -> v.changes().summary());
		column(Messages.Versions_note, 220, v -> v.version().note() == null ? "" : v.version().note()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(780, 260).applyTo(table.getControl());
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		background = new Background(table.getControl());
		table.addSelectionChangedListener(e -> getButton(RESTORE).setEnabled(!table.getStructuredSelection().isEmpty()));
		background.run(Messages.Versions_title, services.answers()::history, (List<VersionChanges> h) -> {
			table.setInput(h.reversed());
			status.setText(h.isEmpty() ? Messages.Versions_none : ""); //$NON-NLS-1$
		}, e -> status.setText(Failures.oneLine(e)));
		return area;
	}

	private void column(String title, int width, java.util.function.Function<VersionChanges, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((VersionChanges) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RESTORE_BUILTIN, Messages.Versions_restoreBuiltin, false);
		createButton(parent, RESTORE, Messages.Versions_restore, false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == RESTORE) {
			Object selected = table.getStructuredSelection().getFirstElement();
			if (selected instanceof VersionChanges v) {
				restore(v.version().version());
			}
		} else if (buttonId == RESTORE_BUILTIN) {
			restore(0);
		} else {
			setReturnCode(CANCEL);
			close();
		}
	}

	/** Restores a version in the background (also for tests); closes with OK when it is stored. */
	public void restore(int version) {
		status.setText(""); //$NON-NLS-1$
		background.change(Messages.Versions_restore, () -> Integer.valueOf(services.answers().restore(version, inUse)),
				stored -> {
					setReturnCode(OK);
					close();
				}, e -> status.setText(Failures.isConflict(e) ? NLS.bind(Messages.Editor_conflict, Integer.valueOf(inUse))
						: NLS.bind(Messages.Versions_failed, Failures.oneLine(e))));
	}

	/** The versions shown, newest first; for tests. */
	public TableViewer getTable() {
		return table;
	}

	/** The status line; for tests. */
	public String getStatus() {
		return status.getText();
	}
}
