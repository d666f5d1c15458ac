package org.revisit.ui.contacts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.revisit.core.service.Services;

/**
 * File > Export > Service events: the service events, all or those of a period (both days included), to a CSV file
 * with the columns of the events import, in UTF-8 (with a byte-order mark, for Excel) or GBK, in a job with
 * progress and cancel ({@link ExportJob}: never a partial file). The same service call as
 * {@code cli export events}.
 */
public final class EventsExportWizard extends Wizard implements IExportWizard {

	private Services services;
	private Text path;
	private Combo encoding;
	private Button period;
	private DateTime from;
	private DateTime to;
	private ExportJob job;

	public EventsExportWizard() {
		setWindowTitle(Messages.EventsExport_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		services = workbench.getService(Services.class);
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("file") { //$NON-NLS-1$
			{
				setTitle(Messages.EventsExport_title);
				setDescription(Messages.EventsExport_description);
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
					files.setFileName("service-events.csv"); //$NON-NLS-1$
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
				GridDataFactory.swtDefaults().span(2, 1).applyTo(encoding);

				// By default this month up to today, in this computer's zone (the days the service reads).
				LocalDate today = LocalDate.now(services.clock().withZone(ZoneId.systemDefault()));
				period = new Button(area, SWT.CHECK);
				period.setText(Messages.EventsExport_period);
				from = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
				set(from, today.withDayOfMonth(1));
				new Label(area, SWT.NONE);
				Label until = new Label(area, SWT.NONE);
				until.setText(Messages.EventsExport_to);
				GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(until);
				to = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
				set(to, today);
				new Label(area, SWT.NONE);

				Runnable check = () -> {
					from.setEnabled(period.getSelection());
					to.setEnabled(period.getSelection());
					boolean backwards = period.getSelection() && day(to).isBefore(day(from));
					setErrorMessage(backwards ? NLS.bind(Messages.EventsExport_backwards, day(to), day(from)) : null);
					setPageComplete(!path.getText().isBlank() && !backwards);
				};
				path.addListener(SWT.Modify, e -> check.run());
				period.addListener(SWT.Selection, e -> check.run());
				from.addListener(SWT.Selection, e -> check.run());
				to.addListener(SWT.Selection, e -> check.run());
				check.run();
				setControl(area);
			}
		});
	}

	private static void set(DateTime field, LocalDate day) {
		field.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	private static LocalDate day(DateTime field) {
		return LocalDate.of(field.getYear(), field.getMonth() + 1, field.getDay());
	}

	@Override
	public boolean performFinish() {
		Path file = Path.of(path.getText().strip());
		String enc = encoding.getSelectionIndex() == 1 ? "gbk" : "utf-8"; //$NON-NLS-1$ //$NON-NLS-2$
		LocalDate first = period.getSelection() ? day(from) : null;
		LocalDate last = period.getSelection() ? day(to) : null;
		Services s = services;
		job = new ExportJob(Messages.EventsExport_job, Messages.EventsExport_reading, Messages.EventsExport_done,
				() -> s.data().exportEvents(first, last, enc), file, null);
		job.schedule();
		return true;
	}

	/** The file field, for tests. */
	public Text fileField() {
		return path;
	}

	/** The "only the events from" check box, for tests. */
	public Button periodButton() {
		return period;
	}

	/** The first and last day of the period, for tests. */
	public DateTime[] periodFields() {
		return new DateTime[] { from, to };
	}

	/** The export started by Finish, or null, for tests. */
	public ExportJob job() {
		return job;
	}
}
