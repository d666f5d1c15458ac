package org.revisit.ui.contacts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.revisit.core.service.DataService.ExportReport;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Failures;

/**
 * File > Export > Contacts: every contact to a CSV file with the columns of the import, in UTF-8 (with a byte-order
 * mark, for Excel) or GBK, in a job. (The Contacts view exports its selection or its filter.)
 */
public final class ContactsExportWizard extends Wizard implements IExportWizard {

	private Services services;
	private Text path;
	private Combo encoding;

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
		Job job = Job.create(Messages.Export_job, monitor -> {
			try {
				ExportReport report = s.data().exportContacts(enc);
				Files.write(file, report.content());
				return new Status(IStatus.OK, "org.revisit.ui", //$NON-NLS-1$
						NLS.bind(Messages.Export_done, Long.valueOf(report.contacts()), file));
			} catch (RuntimeException | java.io.IOException e) {
				return new Status(IStatus.ERROR, "org.revisit.ui", NLS.bind(Messages.Export_failed, //$NON-NLS-1$
						e instanceof RuntimeException r ? Failures.oneLine(r) : e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return true;
	}
}
