package org.revisit.ui.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.revisit.core.service.DataService.ImportColumn;
import org.revisit.core.service.DataService.ImportPreview;

/**
 * Which column each field of the file's header row holds: matched from the Chinese or English names, or as
 * chosen the last time a file with the same header was imported; each can be changed or ignored. The page is
 * complete when every required column is mapped, and no column twice.
 */
public final class ImportMappingPage extends WizardPage {

	private final ImportWizard wizard;
	private ScrolledComposite scroll;
	private Composite grid;
	private final List<Combo> combos = new ArrayList<>();
	private List<ImportColumn> columns = List.of();
	/** The preview the combos were made for. */
	private ImportPreview shown;

	ImportMappingPage(ImportWizard wizard) {
		super("mapping"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Import_mappingTitle);
		setDescription(Messages.Import_mappingDescription);
	}

	@Override
	public void createControl(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		grid = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 4).applyTo(grid);
		scroll.setContent(grid);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		setControl(scroll);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && wizard.preview != shown) {
			build(wizard.preview);
		}
		super.setVisible(visible);
	}

	private void build(ImportPreview preview) {
		shown = preview;
		for (Control c : grid.getChildren()) {
			c.dispose();
		}
		combos.clear();
		columns = preview.columns();
		List<String> remembered = ImportMappings.remembered(wizard.kind().name(), preview.header());
		List<String> initial = remembered != null ? remembered : preview.mapping();
		bold(Messages.Import_fileColumn);
		bold(Messages.Import_column);
		bold(Messages.Import_firstValue);
		for (int i = 0; i < preview.header().size(); i++) {
			new Label(grid, SWT.NONE).setText(preview.header().get(i));
			Combo combo = new Combo(grid, SWT.DROP_DOWN | SWT.READ_ONLY);
			combo.add(Messages.Import_ignore);
			int select = 0;
			for (int k = 0; k < columns.size(); k++) {
				ImportColumn c = columns.get(k);
				combo.add(c.english() + " / " + c.chinese() + (c.required() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (c.english().equals(initial.get(i))) {
					select = k + 1;
				}
			}
			combo.select(select);
			combo.addListener(SWT.Selection, e -> check());
			combos.add(combo);
			int field = i;
			String first = preview.rows().isEmpty() || preview.rows().get(0).size() <= field ? "" //$NON-NLS-1$
					: preview.rows().get(0).get(field);
			Label value = new Label(grid, SWT.NONE);
			value.setText(first);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		}
		grid.layout(true, true);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		check();
	}

	private void bold(String text) {
		Label l = new Label(grid, SWT.NONE);
		l.setText(text);
		l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
	}

	/** The chosen column (English name) of each header field, "" where ignored. */
	List<String> mapping() {
		List<String> m = new ArrayList<>();
		for (Combo c : combos) {
			int i = c.getSelectionIndex();
			m.add(i <= 0 ? "" : columns.get(i - 1).english()); //$NON-NLS-1$
		}
		return m;
	}

	private void check() {
		List<String> m = mapping();
		Set<String> seen = new HashSet<>();
		for (String column : m) {
			if (!column.isEmpty() && !seen.add(column)) {
				fail(NLS.bind(Messages.Import_twice, column));
				return;
			}
		}
		for (ImportColumn c : columns) {
			if (c.required() && !seen.contains(c.english())) {
				fail(NLS.bind(Messages.Import_missing, c.english() + " / " + c.chinese())); //$NON-NLS-1$
				return;
			}
		}
		setErrorMessage(null);
		setPageComplete(true);
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	/** The combo of each header field, for tests (0: ignored; k: the k-th column). */
	public List<Combo> getCombos() {
		return combos;
	}
}
