package org.revisit.ui.answers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.revisit.core.answers.ImportProblem;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * File > Import > Answer library: a training document (UTF-8 or GB18030 text) checked first (a dry run listing
 * every line the reader reports, with its number), then added to the library in use or replacing it, as a new
 * version. Finish closes the wizard, so what was imported (the version it made, what was read, the lines
 * reported) is then said in a message the manager reads before going on.
 */
public final class AnswerLibraryImportWizard extends Wizard implements IImportWizard {

	private Services services;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		services = workbench.getService(Services.class);
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String file = page.file.getText();
		boolean replace = page.replace.getSelection();
		AtomicReference<Object> result = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					result.set(services.answers().importDocument(read(file), Path.of(file).getFileName().toString(),
							replace, false));
				} catch (IOException e) {
					result.set(NLS.bind(Messages.Import_unreadable, file, e.getMessage()));
				} catch (RuntimeException e) {
					result.set(NLS.bind(Messages.Import_failed, Failures.oneLine(e)));
				}
			});
		} catch (InvocationTargetException | InterruptedException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		if (result.get() instanceof ImportResult r) {
			MessageDialog.openInformation(getShell(), Messages.Import_doneTitle, done(r));
			return true;
		}
		page.setErrorMessage(String.valueOf(result.get()));
		return false;
	}

	/** The most lines reported that the message after an import lists. */
	private static final int LINES_SHOWN = 10;

	/** What an import made: the version, what was read, and the first lines reported. */
	static String done(ImportResult r) {
		StringBuilder b = new StringBuilder(NLS.bind(Messages.Import_done, new Object[] { Integer.valueOf(r.version()),
				Integer.valueOf(r.categories().size()), Integer.valueOf(r.entries()), Integer.valueOf(r.branches()),
				Integer.valueOf(r.problems().size()) }));
		for (int i = 0; i < r.problems().size() && i < LINES_SHOWN; i++) {
			b.append('\n').append(r.problems().get(i).describe());
		}
		if (r.problems().size() > LINES_SHOWN) {
			b.append('\n').append(NLS.bind(Messages.Import_more, Integer.valueOf(r.problems().size() - LINES_SHOWN)));
		}
		return b.toString();
	}

	/** The page's document box; for tests. */
	public Text getFile() {
		return page.file;
	}

	/** Checks the document named (a dry run), as the Check button does; for tests. */
	public void check() {
		page.check();
	}

	/** The document as UTF-8 bytes (read as UTF-8, else as GB18030). */
	static byte[] read(String file) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of(file));
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
			return bytes;
		} catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("GB18030")).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		}
	}

	/** The one page: the document, add or replace, and the check. */
	final class Page extends WizardPage {

		Text file;
		Button replace;
		List report;
		Label summary;

		Page() {
			super("answers"); //$NON-NLS-1$
			setTitle(Messages.Import_title);
			setDescription(Messages.Import_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);
			new Label(c, SWT.NONE).setText(Messages.Import_file);
			file = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(350, SWT.DEFAULT).applyTo(file);
			Button browse = new Button(c, SWT.PUSH);
			browse.setText(Messages.Import_browse);
			browse.addListener(SWT.Selection, e -> {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN);
				d.setFilterExtensions(new String[] { "*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
				String chosen = d.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			Button check = new Button(c, SWT.PUSH);
			check.setText(Messages.Import_check);
			check.addListener(SWT.Selection, e -> check());
			replace = new Button(c, SWT.CHECK);
			replace.setText(Messages.Import_replace);
			GridDataFactory.fillDefaults().span(4, 1).applyTo(replace);
			summary = new Label(c, SWT.WRAP);
			GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(summary);
			report = new List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(500, 200).applyTo(report);
			file.addListener(SWT.Modify, e -> setPageComplete(false));
			setPageComplete(false);
			setControl(c);
		}

		/** Reads the document as a dry run, in the background, and lists what the reader reports. */
		void check() {
			String name = file.getText();
			setErrorMessage(null);
			new Background(report).run(Messages.Import_check, () -> {
				try {
					return services.answers().importDocument(read(name), Path.of(name).getFileName().toString(),
							false, true);
				} catch (IOException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.Import_unreadable, name, e.getMessage()));
				}
			}, r -> {
				summary.setText(NLS.bind(Messages.Import_checked, new Object[] { Integer.valueOf(r.categories().size()),
						Integer.valueOf(r.entries()), Integer.valueOf(r.branches()), Integer.valueOf(r.problems().size()) }));
				report.removeAll();
				for (ImportProblem p : r.problems()) {
					report.add(p.describe()); // "第 12 行：推测：…" in the workbench's language
				}
				summary.getParent().layout(true);
				setPageComplete(true);
			}, e -> {
				setErrorMessage(Failures.oneLine(e));
				setPageComplete(false);
			});
		}
	}
}
