package org.revisit.ui.scripts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.revisit.core.io.Encodings;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.run.TypicalCall;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.LineDiff;
import org.revisit.core.script.text.ScriptCheck;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Answer;
import org.revisit.model.Contact;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.ui.internal.Background;

/**
 * Edits a call script in its text format (the one {@code import script} reads) with the tree of its steps, answers
 * and actions beside the text, both kept in step as you type; the errors and warnings of the text (lines not
 * understood, dangling go-to, unreachable step, dead end, language) are listed by line and the lines marked; the
 * status line gives the typical call and its speaking time. Save stores a new version if nobody saved another one
 * meanwhile; Try It walks the script as an agent would; Import reads a document into the text. The Versions tab
 * lists the stored versions, compares one with the text, opens one in the text and makes one current again.
 */
public final class ScriptEditor extends EditorPart {

	public static final String ID = "org.revisit.ui.scripts.editor"; //$NON-NLS-1$

	/** How long typing may pause before the text is checked again. */
	private static final int CHECK_DELAY_MS = 250;

	private Services services;
	private Background background;
	private Label status;
	private Label message;
	private Button save;
	private CTabFolder tabs;
	private StyledText text;
	private TreeViewer tree;
	private Table problems;
	private Label problemCount;
	private TableViewer versions;
	private StyledText comparison;
	private Color errorLine;
	private Color warningLine;
	private Color added;
	private Color removed;

	/** The stored script's id; null until a new script is first saved. */
	private String scriptId;
	/** The version the text was read from, which a save must still find the latest (0: none stored). */
	private int basedOn;
	private String callTypeId;
	private ScriptCheck.Result checked;
	/** The text {@link #checked} was made of. */
	private String checkedText;
	private boolean dirty;
	private boolean filling;
	private boolean loaded;
	private int edits;
	private Runnable onSaved;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ScriptEditorInput in)) {
			throw new PartInitException("Not a script: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		scriptId = in.scriptId();
		services = site.getService(Services.class);
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		errorLine = new Color(parent.getDisplay(), 255, 222, 222);
		warningLine = new Color(parent.getDisplay(), 255, 246, 200);
		added = new Color(parent.getDisplay(), 220, 245, 220);
		removed = new Color(parent.getDisplay(), 250, 220, 220);
		parent.addDisposeListener(e -> {
			errorLine.dispose();
			warningLine.dispose();
			added.dispose();
			removed.dispose();
		});

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		save = button(bar, Messages.Editor_save, () -> doSave(null));
		button(bar, Messages.Editor_revert, this::revert);
		button(bar, Messages.Editor_tryIt, this::tryIt);
		button(bar, Messages.Editor_import, this::importFile);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		CTabItem scriptTab = new CTabItem(tabs, SWT.NONE);
		scriptTab.setText(Messages.Editor_tabScript);
		scriptTab.setControl(scriptPage(tabs));
		CTabItem versionsTab = new CTabItem(tabs, SWT.NONE);
		versionsTab.setText(Messages.Editor_tabVersions);
		versionsTab.setControl(versionsPage(tabs));
		tabs.setSelection(scriptTab);

		background = new Background(parent);
		revert();
	}

	private Composite scriptPage(Composite parent) {
		SashForm vertical = new SashForm(parent, SWT.VERTICAL);
		SashForm sash = new SashForm(vertical, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
		tree.setContentProvider(new ScriptTree.Content());
		tree.setLabelProvider(new ScriptTree.Labels());
		tree.setAutoExpandLevel(2);
		tree.addSelectionChangedListener(e -> reveal(((IStructuredSelection) e.getSelection()).getFirstElement()));
		text = new StyledText(sash, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setLeftMargin(6);
		text.addModifyListener(e -> typed());
		sash.setWeights(2, 3);

		Composite bottom = new Composite(vertical, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(bottom);
		problemCount = new Label(bottom, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problemCount);
		problems = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		problems.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(problems);
		column(problems, Messages.Editor_colLine, 50);
		column(problems, Messages.Editor_error + " / " + Messages.Editor_warning, 120); //$NON-NLS-1$
		column(problems, Messages.Editor_colProblem, 700);
		problems.addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TableItem item && item.getData() instanceof ScriptCheck.Finding f) {
				goToLine(f.line());
			}
		});
		vertical.setWeights(4, 1);
		return vertical;
	}

	private Composite versionsPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		versions = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		versions.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(versions.getControl());
		versions.setContentProvider(ArrayContentProvider.getInstance());
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT);
		versionColumn(Messages.View_colVersion, 110, v -> v.version() == basedOn
				? NLS.bind(Messages.Versions_current, v.version()) : String.valueOf(v.version()));
		versionColumn(Messages.View_colTitle, 260, ScriptVersion::title);
		versionColumn(Messages.View_colCreated, 180, v -> v.createdAt() == null ? "" : format.format(v.createdAt())); //$NON-NLS-1$
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridDataFactory.fillDefaults().applyTo(button(buttons, Messages.Versions_compare, this::compareSelected));
		GridDataFactory.fillDefaults().applyTo(button(buttons, Messages.Versions_show, this::openSelected));
		GridDataFactory.fillDefaults().applyTo(button(buttons, Messages.Versions_makeCurrent, this::makeSelectedCurrent));
		comparison = new StyledText(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(comparison);
		return page;
	}

	private void versionColumn(String title, int width, java.util.function.Function<ScriptVersion, String> value) {
		org.revisit.ui.internal.Columns.add(versions, ScriptVersion.class, title, width, value);
	}

	private static void column(Table table, String title, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** Reads the stored script again (a new one starts from a template) and drops the unsaved changes. */
	public void revert() {
		loaded = false;
		if (scriptId == null) {
			show(null, Messages.Editor_newText, List.of());
			return;
		}
		background.run(Messages.Editor_load_job, () -> new Loaded(services.scripts().latest(scriptId),
				services.scripts().versions(scriptId)), l -> {
					if (l.script() == null) {
						message.setText(NLS.bind(Messages.Editor_notFound, scriptId));
						return;
					}
					show(l.script(), ScriptWriter.write(l.script()), l.versions());
				}, e -> message.setText(e.getMessage()));
	}

	private record Loaded(Script script, List<ScriptVersion> versions) {
	}

	private void show(Script script, String body, List<ScriptVersion> stored) {
		basedOn = script == null ? 0 : script.getScriptVersion();
		callTypeId = script == null ? null : script.getCallTypeId();
		filling = true;
		try {
			text.setText(body);
		} finally {
			filling = false;
		}
		versions.setInput(stored);
		check();
		setDirty(false);
		message.setText(""); //$NON-NLS-1$
		loaded = true;
	}

	private void typed() {
		if (filling) {
			return;
		}
		setDirty(true);
		message.setText(""); //$NON-NLS-1$
		int edit = ++edits;
		text.getDisplay().timerExec(CHECK_DELAY_MS, () -> {
			if (!text.isDisposed() && edit == edits && !text.getText().equals(checkedText)) {
				check();
			}
		});
	}

	/** Checks the text now: the findings, the line marks, the tree and the status line. */
	public void check() {
		String defaultTitle = scriptId == null ? Messages.Editor_new : scriptId;
		checkedText = text.getText();
		checked = ScriptCheck.check(checkedText, defaultTitle);
		int lines = text.getLineCount();
		text.setLineBackground(0, lines, null);
		problems.removeAll();
		int errors = 0;
		for (ScriptCheck.Finding f : checked.findings()) {
			TableItem item = new TableItem(problems, SWT.NONE);
			item.setData(f);
			item.setText(new String[] { f.line() == 0 ? "" : String.valueOf(f.line()), //$NON-NLS-1$
					f.error() ? Messages.Editor_error : Messages.Editor_warning, f.message() });
			if (f.error()) {
				errors++;
				item.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
			if (f.line() >= 1 && f.line() <= lines) {
				Color c = text.getLineBackground(f.line() - 1);
				if (c != errorLine) {
					text.setLineBackground(f.line() - 1, 1, f.error() ? errorLine : warningLine);
				}
			}
		}
		int warnings = checked.findings().size() - errors;
		problemCount.setText(checked.findings().isEmpty() ? Messages.Editor_noProblems
				: NLS.bind(Messages.Editor_problems, errors, warnings));
		Object[] expanded = tree.getExpandedElements();
		tree.setInput(checked.script());
		if (expanded.length > 0) {
			tree.expandToLevel(2);
		}
		TypicalCall typical = TypicalCall.of(errors == 0 ? checked.script() : null);
		String steps = typical.steps().stream().map(String::valueOf).collect(Collectors.joining("\u2192")); //$NON-NLS-1$
		String title = checked.script() == null ? "" : checked.script().getTitle(); //$NON-NLS-1$
		status.setText(basedOn == 0 ? NLS.bind(Messages.Editor_statusNew, new Object[] { title, typical.time(), steps })
				: NLS.bind(Messages.Editor_status, new Object[] { title, basedOn, typical.time(), steps }));
		save.setEnabled(checked.savable());
		status.getParent().layout(true, true);
	}

	private void reveal(Object element) {
		if (checked == null || element == null) {
			return;
		}
		ImportResult read = checked.read();
		Object at = element instanceof ScriptTree.Note n ? n.parent() : element;
		while (at instanceof org.eclipse.emf.ecore.EObject o && !(o instanceof Step) && !(o instanceof Answer)) {
			at = o.eContainer();
		}
		if (at instanceof org.eclipse.emf.ecore.EObject o && read.lineOf(o) > 0) {
			goToLine(read.lineOf(o));
		}
	}

	private void goToLine(int line) {
		if (line < 1 || line > text.getLineCount()) {
			return;
		}
		int offset = text.getOffsetAtLine(line - 1);
		text.setSelection(offset);
		text.showSelection();
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** Runs {@code action} on the UI thread after each save (the Scripts view refreshes). */
	public void onSaved(Runnable action) {
		onSaved = action;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		check();
		if (!checked.savable()) {
			message.setText(Messages.Editor_hasErrors);
			return;
		}
		Script script = checked.script();
		String id = scriptId != null ? scriptId : ScriptReader.idFor(script.getTitle());
		script.setScriptId(id);
		script.setCallTypeId(callTypeId);
		int base = basedOn;
		String body = text.getText();
		save.setEnabled(false);
		background.change(Messages.Editor_save_job, () -> {
			int version = services.scripts().save(script, base);
			return new Loaded(services.scripts().load(id, version), services.scripts().versions(id));
		}, l -> {
			scriptId = id;
			setPartName(l.script().getTitle());
			basedOn = l.script().getScriptVersion();
			versions.setInput(l.versions());
			setDirty(!body.equals(text.getText()));
			check();
			message.setText(NLS.bind(Messages.Editor_saved, basedOn));
			if (onSaved != null) {
				onSaved.run();
			}
		}, e -> {
			save.setEnabled(true);
			if (e instanceof ServiceException s && s.kind() == ServiceException.Kind.CONFLICT) {
				Clipboard clipboard = new Clipboard(text.getDisplay());
				clipboard.setContents(new Object[] { body }, new Transfer[] { TextTransfer.getInstance() });
				clipboard.dispose();
				message.setText(Messages.Editor_conflict);
			} else {
				message.setText(e.getMessage());
			}
			message.getParent().layout(true, true);
		});
	}

	private void tryIt() {
		check();
		if (checked.script() == null || checked.errors() > 0) {
			message.setText(Messages.Editor_tryItErrors);
			return;
		}
		Script script = checked.script();
		background.run(Messages.Editor_load_job, this::samplePlaceholders, sample -> new TryItDialog(
				getSite().getShell(), script, sample.values(), sample.contact(), services.clock()).open(),
				e -> message.setText(e.getMessage()));
	}

	/** Placeholder values of a sample contact (the first one stored), the user and the team's settings. */
	private record Sample(Map<String, String> values, String contact) {
	}

	private Sample samplePlaceholders() {
		Map<String, String> values = new LinkedHashMap<>();
		List<Contact> first = services.contacts().search(null, 0, 1);
		Contact contact = first.isEmpty() ? null : first.get(0);
		values.putAll(Placeholders.of(contact));
		values.put("agent.name", services.principal().displayName() != null ? services.principal().displayName() //$NON-NLS-1$
				: services.principal().user());
		for (String key : Placeholders.KNOWN.keySet()) {
			if (!values.containsKey(key) && !key.startsWith("event.") && !key.equals("engineer.name")) { //$NON-NLS-1$ //$NON-NLS-2$
				try {
					String v = services.admin().setting("placeholder." + key); //$NON-NLS-1$
					if (v != null) {
						values.put(key, v);
					}
				} catch (ServiceException e) {
					// a name the settings do not know stays as written
				}
			}
		}
		return new Sample(values, contact == null ? null : contact.getName());
	}

	private void importFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file != null) {
			importFile(Path.of(file));
		}
	}

	/** Reads a document (UTF-8, GB18030 or GBK, detected) into the text and reports its lines not understood. */
	public void importFile(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			Charset charset = Encodings.detect(new ByteArrayInputStream(bytes));
			String body = new String(bytes, charset).replace("\uFEFF", ""); //$NON-NLS-1$ //$NON-NLS-2$
			text.setText(body);
			check();
			message.setText(NLS.bind(Messages.Editor_imported, file.getFileName(), checked.unparsed().size()));
		} catch (IOException | RuntimeException e) {
			message.setText(NLS.bind(Messages.Editor_importFailed, file.getFileName(), e.getMessage()));
		}
		message.getParent().layout(true, true);
	}

	private ScriptVersion selectedVersion() {
		Object o = versions.getStructuredSelection().getFirstElement();
		return o instanceof ScriptVersion v ? v : null;
	}

	private void compareSelected() {
		ScriptVersion v = selectedVersion();
		if (v != null) {
			compare(v.version());
		}
	}

	/** Shows how the text differs from a stored version: removed lines red, added green. */
	public void compare(int version) {
		String now = text.getText();
		background.run(Messages.Versions_job, () -> services.scripts().load(scriptId, version), old -> {
			List<LineDiff.Line> diff = LineDiff.compare(ScriptWriter.write(old), now);
			StringBuilder sb = new StringBuilder();
			List<LineDiff.Change> changes = new ArrayList<>();
			for (LineDiff.Line l : diff) {
				sb.append(switch (l.change()) {
				case SAME -> "  "; //$NON-NLS-1$
				case REMOVED -> "- "; //$NON-NLS-1$
				case ADDED -> "+ "; //$NON-NLS-1$
				}).append(l.text()).append('\n');
				changes.add(l.change());
			}
			comparison.setText(LineDiff.same(diff) ? Messages.Versions_same : sb.toString());
			if (!LineDiff.same(diff)) {
				for (int i = 0; i < changes.size(); i++) {
					comparison.setLineBackground(i, 1, changes.get(i) == LineDiff.Change.ADDED ? added
							: changes.get(i) == LineDiff.Change.REMOVED ? removed : null);
				}
			}
		}, e -> message.setText(e.getMessage()));
	}

	private void openSelected() {
		ScriptVersion v = selectedVersion();
		if (v == null) {
			return;
		}
		background.run(Messages.Versions_job, () -> services.scripts().load(scriptId, v.version()), old -> {
			text.setText(ScriptWriter.write(old));
			tabs.setSelection(0);
			check();
		}, e -> message.setText(e.getMessage()));
	}

	private void makeSelectedCurrent() {
		ScriptVersion v = selectedVersion();
		if (v != null) {
			makeCurrent(v.version());
		}
	}

	/** Makes a stored version current again (stored as the next version), then shows it. */
	public void makeCurrent(int version) {
		background.change(Messages.Versions_job, () -> {
			int made = services.scripts().makeCurrent(scriptId, version);
			return new Loaded(services.scripts().load(scriptId, made), services.scripts().versions(scriptId));
		}, l -> {
			show(l.script(), ScriptWriter.write(l.script()), l.versions());
			message.setText(NLS.bind(Messages.Versions_madeCurrent, version, l.script().getScriptVersion()));
			if (onSaved != null) {
				onSaved.run();
			}
		}, e -> message.setText(e.getMessage()));
	}

	// for tests and for the Campaigns view

	public StyledText text() {
		return text;
	}

	public TreeViewer tree() {
		return tree;
	}

	public ScriptCheck.Result checked() {
		return checked;
	}

	public String message() {
		return message.getText();
	}

	public String status() {
		return status.getText();
	}

	public String comparison() {
		return comparison.getText();
	}

	/** Whether the stored script (or the template) is shown. */
	public boolean isLoaded() {
		return loaded;
	}

	/** The version the text is based on (0 for a script not saved yet). */
	public int basedOn() {
		return basedOn;
	}

	public CTabFolder tabs() {
		return tabs;
	}

	@Override
	public void doSaveAs() {
		// a script is saved as its next version
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
