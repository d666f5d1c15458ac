package org.revisit.ui.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.revisit.core.script.run.TypicalCall;
import org.revisit.core.service.Services;
import org.revisit.model.Script;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;
import org.revisit.ui.internal.Labels;

/**
 * Picks a stored script for a campaign instead of typing its id: each script at its latest version with its title,
 * language, the call type it was written for, version and the typical call's speaking time. Scripts written for the
 * campaign's call type (or for none) are listed; the others only when the manager asks for every script, after them.
 * The scripts are read in a Job; OK hands the chosen row to the caller.
 */
public final class ScriptPicker extends Dialog {

	/** A stored script at its latest version, as the picker lists it. */
	public record Row(String scriptId, String title, String language, String callTypeId, int version, String speaking,
			boolean fits) {
	}

	private final Services services;
	private final String callTypeId;
	private final String selectedId;
	private final Consumer<Row> chosen;
	private TableViewer viewer;
	private Button all;
	private Label summary;
	private List<Row> rows;

	/**
	 * @param callTypeId the campaign's call type (null: every script fits)
	 * @param selectedId the script the campaign names now, selected when listed (may be null)
	 * @param chosen     told the row chosen when OK is pressed
	 */
	public ScriptPicker(Shell parent, Services services, String callTypeId, String selectedId, Consumer<Row> chosen) {
		super(parent);
		this.services = services;
		this.callTypeId = callTypeId;
		this.selectedId = selectedId;
		this.chosen = chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Picker_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
		summary = new Label(area, SWT.WRAP);
		summary.setText(Messages.Picker_reading);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(viewer.getControl());
		Columns.add(viewer, Row.class, Messages.Picker_colTitle, 200, Row::title);
		Columns.add(viewer, Row.class, Messages.Picker_colLanguage, 70, r -> language(r.language()));
		Columns.add(viewer, Row.class, Messages.Picker_colCallType, 150, r -> r.callTypeId() == null
				? Messages.Picker_anyCallType : Labels.callType(r.callTypeId()),
				r -> r.callTypeId() == null ? null : Labels.callTypeImage(r.callTypeId()));
		Columns.add(viewer, Row.class, Messages.Picker_colVersion, 60, r -> String.valueOf(r.version()));
		Columns.add(viewer, Row.class, Messages.Picker_colSpeaking, 110, Row::speaking);
		Columns.add(viewer, Row.class, Messages.Picker_colId, 200, Row::scriptId);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> enableOk());
		viewer.addDoubleClickListener(e -> {
			if (selected() != null) {
				okPressed();
			}
		});
		all = new Button(area, SWT.CHECK);
		all.setText(Messages.Picker_all);
		all.setEnabled(callTypeId != null);
		all.addListener(SWT.Selection, e -> show());
		new Background(viewer.getControl()).run(Messages.Picker_job, this::read, read -> {
			rows = read;
			show();
		}, e -> summary.setText(e.getMessage()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableOk();
	}

	/** Reads every stored script at its latest version (in the Job). */
	private List<Row> read() {
		List<Row> read = new ArrayList<>();
		for (ScriptVersion v : services.scripts().list()) {
			Script s = services.scripts().load(v.scriptId(), v.version());
			if (s == null) {
				continue;
			}
			String type = s.getCallTypeId() == null || s.getCallTypeId().isBlank() ? null : s.getCallTypeId();
			boolean fits = callTypeId == null || type == null || type.equals(callTypeId);
			read.add(new Row(v.scriptId(), s.getTitle() == null ? v.scriptId() : s.getTitle(), s.getLanguage(), type,
					v.version(), TypicalCall.of(s).time().toString(), fits));
		}
		read.sort(Comparator.comparing((Row r) -> !r.fits()).thenComparing(r -> r.callTypeId() == null)
				.thenComparing(Row::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::scriptId));
		return read;
	}

	/** Shows the rows that fit (or all of them), keeping or making the selection. */
	private void show() {
		if (rows == null || viewer.getControl().isDisposed()) {
			return;
		}
		Row before = selected();
		List<Row> shown = all.getSelection() ? rows : rows.stream().filter(Row::fits).toList();
		viewer.setInput(shown);
		long fitting = rows.stream().filter(Row::fits).count();
		summary.setText(callTypeId == null ? NLS.bind(Messages.Picker_summaryAll, rows.size())
				: NLS.bind(Messages.Picker_summary, new Object[] { fitting, Labels.callType(callTypeId), rows.size() }));
		String wanted = before != null ? before.scriptId() : selectedId;
		shown.stream().filter(r -> r.scriptId().equals(wanted)).findFirst()
				.ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
		enableOk();
	}

	private void enableOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && !ok.isDisposed()) {
			ok.setEnabled(selected() != null);
		}
	}

	private Row selected() {
		return viewer == null ? null : (Row) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	@Override
	protected void okPressed() {
		Row row = selected();
		if (row == null) {
			return;
		}
		super.okPressed();
		chosen.accept(row);
	}

	/** A language code in the workbench's language ("zh" as Chinese, 中文 in Chinese). */
	static String language(String code) {
		if (code == null || code.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.getDefault());
		return name.isEmpty() ? code : name;
	}

	/** The scripts read, or null while they are read (for tests). */
	public List<Row> rows() {
		return rows;
	}

	/** The scripts' table (for tests and screenshots). */
	public TableViewer viewer() {
		return viewer;
	}

	/** "Show scripts for every call type" (for tests). */
	public Button allField() {
		return all;
	}

	/** Presses OK as the manager does (for tests). */
	public void choose() {
		okPressed();
	}
}
