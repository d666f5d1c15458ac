package org.revisit.ui.scripts;

import java.text.DateFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.service.Services;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;

/** The stored call scripts, each at its latest version: New Script, and a double-click opens the script editor. */
public final class ScriptsView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.scripts"; //$NON-NLS-1$

	private TableViewer viewer;
	private Label summary;
	private Services services;
	private Background reading;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT);
		column(Messages.View_colTitle, 260, ScriptVersion::title);
		column(Messages.View_colId, 220, ScriptVersion::scriptId);
		column(Messages.View_colVersion, 70, v -> String.valueOf(v.version()));
		column(Messages.View_colCreated, 160, v -> v.createdAt() == null ? "" : format.format(v.createdAt())); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		reading = new Background(viewer.getControl());
		services = getSite().getService(Services.class);

		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(action(Messages.Action_new, () -> open(getSite().getPage(), null, null, this::refresh)));
		toolbar.add(action(Messages.Action_refresh, this::refresh));
		MenuManager menu = new MenuManager();
		menu.add(action(Messages.Action_new, () -> open(getSite().getPage(), null, null, this::refresh)));
		menu.add(action(Messages.Action_open, this::openSelected));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> openSelected());
		refresh();
	}

	private void column(String title, int width, Function<ScriptVersion, String> text) {
		Columns.add(viewer, ScriptVersion.class, title, width, text);
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void openSelected() {
		Object o = viewer.getStructuredSelection().getFirstElement();
		if (o instanceof ScriptVersion v) {
			open(getSite().getPage(), v.scriptId(), v.title(), this::refresh);
		}
	}

	/**
	 * Opens the script editor on a stored script ({@code scriptId}) or on a new one ({@code null}); {@code saved}
	 * runs after each save. Returns the editor, or {@code null} if it could not be opened (the user is told).
	 */
	public static ScriptEditor open(IWorkbenchPage page, String scriptId, String title, Runnable saved) {
		try {
			ScriptEditorInput input = scriptId == null ? ScriptEditorInput.fresh() : new ScriptEditorInput(scriptId, title);
			ScriptEditor editor = (ScriptEditor) page.openEditor(input, ScriptEditor.ID);
			if (saved != null) {
				editor.onSaved(saved);
			}
			return editor;
		} catch (PartInitException e) {
			Shell shell = page.getWorkbenchWindow().getShell();
			MessageDialog.openError(shell, Messages.View_title, e.getMessage());
			return null;
		}
	}

	/** Reads the scripts again. */
	public void refresh() {
		if (services == null) {
			return;
		}
		summary.setText(Messages.View_loading);
		reading.latest(Messages.View_job, () -> services.scripts().list(), (List<ScriptVersion> list) -> {
			viewer.setInput(list);
			summary.setText(NLS.bind(Messages.View_summary, list.size()));
		}, e -> summary.setText(e.getMessage()));
	}

	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
