package org.revisit.ui.contacts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.revisit.core.io.Reject;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;

/**
 * The dry run: every row checked as the import would, nothing stored; the rejects listed by line, column and
 * reason (the first 20; all of them are saved next to the file by the import).
 */
public final class ImportCheckPage extends WizardPage {

	private final ImportWizard wizard;
	private Label summary;
	private Table rejects;
	private Background background;
	private ImportReport report;

	ImportCheckPage(ImportWizard wizard) {
		super("check"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Import_checkTitle);
		setDescription(Messages.Import_checkDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(area);
		summary = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		rejects = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		rejects.setHeaderVisible(true);
		rejects.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 280).applyTo(rejects);
		column(Messages.Import_line, 60);
		column(Messages.Import_rejectColumn, 120);
		column(Messages.Import_reason, 480);
		background = new Background(area);
		setControl(area);
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(rejects, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			check();
		}
	}

	private void check() {
		setPageComplete(false);
		report = null;
		rejects.removeAll();
		summary.setText(Messages.Import_checking);
		byte[] content = wizard.content;
		String name = wizard.file.getFileName().toString();
		String encoding = wizard.encoding();
		var mapping = wizard.mapping();
		background.latest(Messages.Import_checking, () -> wizard.services().data().importMapped(wizard.kind(),
				content, name, true, encoding, mapping), this::show, e -> {
					summary.setText(Failures.oneLine(e));
					setErrorMessage(Failures.oneLine(e));
				});
	}

	private void show(ImportReport r) {
		report = r;
		summary.setText(NLS.bind(Messages.Import_checked, new Object[] { Labels.count(r.read()), Labels.count(r.valid()),
				Labels.count(r.rejected()), r.encoding() })
				+ (r.warnings().isEmpty() ? "" : "\n" + String.join("\n", r.warnings()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Reject reject : r.firstRejects()) {
			TableItem item = new TableItem(rejects, SWT.NONE);
			item.setText(new String[] { Long.toString(reject.line()), reject.column() == null ? "" : reject.column(), //$NON-NLS-1$
					reject.reason() });
		}
		summary.getParent().layout(true, true);
		setErrorMessage(null);
		setPageComplete(r.valid() > 0);
	}

	/** The dry run's report once it is in, for tests. */
	public ImportReport getReport() {
		return report;
	}

	/** The rejects table, for tests. */
	public Table getRejectsTable() {
		return rejects;
	}
}
