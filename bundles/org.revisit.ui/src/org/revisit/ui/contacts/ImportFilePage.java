package org.revisit.ui.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.service.DataService.ImportPreview;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/** The file to import, the encoding it is read in (detected, or chosen), and its first 20 rows as they decode. */
public final class ImportFilePage extends WizardPage {

	private static final String[] ENCODINGS = { null, "utf-8", "gbk" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final ImportWizard wizard;
	private Text path;
	private Combo encoding;
	private Label detected;
	private Table rows;
	private Background background;

	ImportFilePage(ImportWizard wizard) {
		super("file"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Import_fileTitle);
		setDescription(Messages.Import_fileDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Import_file);
		path = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Import_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog files = new FileDialog(getShell(), SWT.OPEN);
			files.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = files.open();
			if (chosen != null) {
				path.setText(chosen);
			}
		});
		new Label(area, SWT.NONE).setText(Messages.Import_encoding);
		encoding = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
		encoding.setItems(Messages.Import_detect, "UTF-8", "GBK"); //$NON-NLS-1$ //$NON-NLS-2$
		encoding.select(0);
		detected = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detected);
		rows = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		rows.setHeaderVisible(true);
		rows.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(700, 320).applyTo(rows);
		path.addListener(SWT.Modify, e -> read());
		encoding.addListener(SWT.Selection, e -> read());
		background = new Background(area);
		setControl(area);
	}

	/** The encoding chosen, or {@code null} to have it detected. */
	String encoding() {
		return ENCODINGS[Math.max(0, encoding.getSelectionIndex())];
	}

	/** Reads the file and asks the services for its first rows, in the background. */
	private void read() {
		setPageComplete(false);
		String text = path.getText().strip();
		if (text.isEmpty()) {
			return;
		}
		Path file = Path.of(text);
		String enc = encoding();
		background.latest(Messages.Import_reading, () -> {
			try {
				byte[] content = Files.readAllBytes(file);
				return new Read(file, content,
						wizard.services().data().previewImport(wizard.kind(), content, file.getFileName().toString(), enc));
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, this::show, e -> {
			setErrorMessage(e instanceof java.io.UncheckedIOException u ? NLS.bind(Messages.Import_cannotRead, text,
					u.getCause().getMessage()) : Failures.oneLine(e));
			rows.removeAll();
		});
	}

	private record Read(Path file, byte[] content, ImportPreview preview) {
	}

	private void show(Read read) {
		wizard.file = read.file();
		wizard.content = read.content();
		wizard.preview = read.preview();
		ImportPreview p = read.preview();
		detected.setText(NLS.bind(encoding() == null ? Messages.Import_detected : Messages.Import_readAs,
				p.encoding().toUpperCase(java.util.Locale.ROOT)));
		rows.setRedraw(false);
		rows.removeAll();
		for (TableColumn c : rows.getColumns()) {
			c.dispose();
		}
		for (String h : p.header()) {
			TableColumn c = new TableColumn(rows, SWT.NONE);
			c.setText(h);
			c.setWidth(100);
		}
		for (List<String> row : p.rows()) {
			TableItem item = new TableItem(rows, SWT.NONE);
			item.setText(row.subList(0, Math.min(row.size(), p.header().size())).toArray(String[]::new));
		}
		rows.setRedraw(true);
		setErrorMessage(null);
		setMessage(NLS.bind(Messages.Import_previewed, Integer.valueOf(p.rows().size())));
		setPageComplete(true);
	}

	/** The path field, for tests. */
	public Text getPathText() {
		return path;
	}

	/** The encoding choice (0: detect, 1: UTF-8, 2: GBK), for tests. */
	public Combo getEncodingCombo() {
		return encoding;
	}

	/** The label naming the encoding, for tests. */
	public Label getEncodingLabel() {
		return detected;
	}

	/** The table of the first rows, for tests. */
	public Table getRowsTable() {
		return rows;
	}
}
