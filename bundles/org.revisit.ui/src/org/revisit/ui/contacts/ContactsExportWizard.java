package org.revisit.ui.contacts;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.revisit.core.service.Services;

/**
 * File > Export > Contacts: every contact to a CSV file with the columns of the import, in UTF-8 (with a byte-order
 * mark, for Excel) or GBK, in a job with progress and cancel ({@link ExportJob}: never a partial file). (The
 * Contacts view exports its selection or its filter the same way.)
 */
public final class ContactsExportWizard extends Wizard implements IExportWizard {

	private Services services;
	private Text path;
	private Combo encoding;
	private ExportJob job;

	public ContactsExportWizard() {
		setWindowTitle(Messages.Export_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		services = workbench.getService(Services.class);
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("file") { //$NON-NLS-1$
			{
				setTitle(Messages.Export_title);
				setDescription(Messages.Export_description);
			}

			@Override
			public void createControl(Composite parent) {
				Composite area = new Composite(parent, SWT.NONE);
				GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
				new Label(area, SWT.NONE).setText(Messages.Import_file);
				path = new Text(area, SWT.BORDER | SWT.SINGLE);
				GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(path);
				Button browse = new Button(area, SWT.PUSH);
				browse.setText(Messages.Import_browse);
				browse.addListener(SWT.Selection, e -> {
					FileDialog files = new FileDialog(getShell(), SWT.SAVE);
					files.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
					files.setFileName("contacts.csv"); //$NON-NLS-1$
					files.setOverwrite(true);
					String chosen = files.open();
					if (chosen != null) {
						path.setText(chosen);
					}
				});
				new Label(area, SWT.NONE).setText(Messages.Import_encoding);
				encoding = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
				encoding.setItems("UTF-8", "GBK"); //$NON-NLS-1$ //$NON-NLS-2$
				encoding.select(0);
				path.addListener(SWT.Modify, e -> setPageComplete(!path.getText().isBlank()));
				setPageComplete(false);
				setControl(area);
			}
		});
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(path.getText().strip());
		String enc = encoding.getSelectionIndex() == 1 ? "gbk" : "utf-8"; //$NON-NLS-1$ //$NON-NLS-2$
		Services s = services;
		job = new ExportJob(Messages.Export_job, () -> s.data().exportContacts(enc), file, null);
		job.schedule();
		return true;
	}

	/** The file field, for tests. */
	public Text fileField() {
		return path;
	}

	/** The export started by Finish, or null, for tests. */
	public ExportJob job() {
		return job;
	}
}
