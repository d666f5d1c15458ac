package org.revisit.ui.answers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.answers.AnswerBranch;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.BranchText;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.LintFinding;
import org.revisit.core.service.Services;
import org.revisit.model.ComplaintCategory;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * The manager's editor of the answer library: the tree of categories and entries on the left, the selected one's
 * fields on the right (what the customer says, the reply, its branches one a line as {@code (condition) reply},
 * tags, complaint category, language), the language check of the reply as it is typed and a preview with sample
 * placeholders. Save stores the whole library as a new version (old versions are kept), refused if someone stored
 * another version since it was opened; Versions lists them with what changed and restores one; Export writes it
 * as a document the import reads.
 */
public final class LibraryEditorDialog extends Dialog {

	private static final int SAVE = IDialogConstants.CLIENT_ID + 1;
	private static final int EXPORT = IDialogConstants.CLIENT_ID + 2;
	private static final int VERSIONS = IDialogConstants.CLIENT_ID + 3;
	private static final Map<String, String> SAMPLE = Map.of("contact.name", "\u738B\u5148\u751F", //$NON-NLS-1$ //$NON-NLS-2$
			"contact.salutation", "\u738B\u5148\u751F", "agent.number", "1024", "agent.name", "\u674E\u656F"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final Services services;
	private final LanguageLint lint = LanguageLint.defaults();
	private final List<CategoryNode> roots = new ArrayList<>();
	private TreeViewer tree;
	private Label version;
	private Text title;
	private Text customer;
	private Text reply;
	private Text branches;
	private Text tags;
	private Combo complaint;
	private Combo language;
	private Label lintLine;
	private Text preview;
	private Label status;
	private Object editing;
	private boolean filling;
	/** The version the edit started from (0: the built-in library); a save is refused if another was stored. */
	private int basedOn;
	private Background background;
	/** Edits made since the editor opened, and how many of them the library shown or last saved holds. */
	private int edits;
	private int savedEdits;
	/** Whether the editor closes when the save under way succeeds (Save chosen on closing with changes). */
	private boolean closeAfterSave;

	/** A category being edited. */
	static final class CategoryNode {
		String id;
		String title;
		CategoryNode parent;
		final List<CategoryNode> children = new ArrayList<>();
		final List<EntryNode> entries = new ArrayList<>();
	}

	/** An entry being edited. */
	static final class EntryNode {
		String id;
		String customer = ""; //$NON-NLS-1$
		String reply = ""; //$NON-NLS-1$
		String branches = ""; //$NON-NLS-1$
		String tags = ""; //$NON-NLS-1$
		String complaint;
		String language = "zh"; //$NON-NLS-1$
		CategoryNode parent;
	}

	public LibraryEditorDialog(Shell parent, Services services) {
		super(parent);
		this.services = services;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Editor_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		version = new Label(area, SWT.NONE);
		version.setText(Messages.Editor_loading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(version);
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 520).applyTo(sash);

		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(left);
		tree = new TreeViewer(left, SWT.BORDER | SWT.SINGLE);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof CategoryNode c ? c.title : ((EntryNode) element).customer;
			}
		});
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree.getControl());
		button(left, Messages.Editor_addCategory, () -> addCategory(false));
		button(left, Messages.Editor_addSubcategory, () -> addCategory(true));
		button(left, Messages.Editor_addEntry, this::addEntry);
		button(left, Messages.Editor_remove, this::remove);

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
		title = field(right, Messages.Editor_title_label, SWT.SINGLE);
		customer = field(right, Messages.Editor_customer, SWT.MULTI | SWT.WRAP);
		reply = field(right, Messages.Editor_reply, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		height(reply, 70);
		branches = field(right, Messages.Editor_branches, SWT.MULTI | SWT.V_SCROLL);
		height(branches, 60);
		tags = field(right, Messages.Editor_tags, SWT.SINGLE);
		new Label(right, SWT.NONE).setText(Messages.Editor_complaint);
		complaint = new Combo(right, SWT.READ_ONLY);
		complaint.add(""); //$NON-NLS-1$
		for (ComplaintCategory c : ComplaintCategory.VALUES) {
			if (c != ComplaintCategory.NONE) {
				complaint.add(c.getName());
			}
		}
		complaint.addListener(SWT.Selection, e -> store());
		new Label(right, SWT.NONE).setText(Messages.Editor_language);
		language = new Combo(right, SWT.READ_ONLY);
		language.setItems("zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$
		language.addListener(SWT.Selection, e -> store());
		lintLine = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(lintLine);
		new Label(right, SWT.NONE).setText(Messages.Editor_preview);
		preview = new Text(right, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(preview);
		sash.setWeights(2, 3);

		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		tree.addSelectionChangedListener(e -> select(tree.getStructuredSelection().getFirstElement()));
		background = new Background(tree.getControl());
		select(null);
		load();
		return area;
	}

	private static void height(Text text, int pixels) {
		((org.eclipse.swt.layout.GridData) text.getLayoutData()).heightHint = pixels;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
	}

	private Text field(Composite parent, String label, int style) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text t = new Text(parent, style | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
		t.addListener(SWT.Modify, e -> store());
		return t;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, VERSIONS, Messages.Editor_versions, false);
		createButton(parent, EXPORT, Messages.Editor_export, false);
		createButton(parent, SAVE, Messages.Editor_save, true);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE) {
			save();
		} else if (buttonId == EXPORT) {
			export();
		} else if (buttonId == VERSIONS) {
			versions();
		} else {
			closeAsked();
		}
	}

	/** Esc and the window's close box ask too. */
	@Override
	protected void handleShellCloseEvent() {
		closeAsked();
	}

	/** Whether something was changed and not saved; for tests. */
	public boolean isDirty() {
		return edits != savedEdits;
	}

	/**
	 * Closes the editor, asking first when something changed and was not saved: Save stores it as a new version
	 * and closes when stored (stays open with the message when refused), Discard closes, Cancel goes on editing.
	 */
	public void closeAsked() {
		if (!isDirty()) {
			close();
			return;
		}
		MessageDialog ask = new MessageDialog(getShell(), Messages.Editor_unsavedTitle, null, Messages.Editor_unsaved,
				MessageDialog.QUESTION, 0, Messages.Editor_save, Messages.Editor_discard, IDialogConstants.CANCEL_LABEL);
		int answer = ask.open();
		if (answer == 0) {
			closeAfterSave = true;
			save();
		} else if (answer == 1) {
			close();
		}
	}

	private void load() {
		background.run(Messages.Editor_loading, services.answers()::library, this::show,
				e -> status.setText(NLS.bind(Messages.Editor_failed, Failures.oneLine(e))));
	}

	/** Shows the library in the tree. */
	void show(AnswerLibrary library) {
		roots.clear();
		for (AnswerCategory c : library.categories()) {
			roots.add(node(c, null));
		}
		basedOn = library.version();
		savedEdits = edits;
		version.setText(library.version() == 0 ? Messages.Editor_builtin
				: NLS.bind(Messages.Editor_version, Integer.valueOf(library.version())));
		tree.setInput(roots);
	}

	private static CategoryNode node(AnswerCategory c, CategoryNode parent) {
		CategoryNode n = new CategoryNode();
		n.id = c.id();
		n.title = c.title();
		n.parent = parent;
		for (AnswerEntry e : c.entries()) {
			EntryNode en = new EntryNode();
			en.id = e.id();
			en.customer = e.customer();
			en.reply = e.reply() == null ? "" : e.reply(); //$NON-NLS-1$
			en.branches = BranchText.format(e.branches());
			en.tags = String.join(", ", e.tags()); //$NON-NLS-1$
			en.complaint = e.complaintCategory();
			en.language = e.language();
			en.parent = n;
			n.entries.add(en);
		}
		for (AnswerCategory child : c.children()) {
			n.children.add(node(child, n));
		}
		return n;
	}

	/** The library as edited. */
	AnswerLibrary library() {
		return new AnswerLibrary(0, roots.stream().map(LibraryEditorDialog::category).toList());
	}

	private static AnswerCategory category(CategoryNode n) {
		List<AnswerEntry> entries = new ArrayList<>();
		for (EntryNode e : n.entries) {
			entries.add(entry(e));
		}
		return new AnswerCategory(n.id, n.title, n.children.stream().map(LibraryEditorDialog::category).toList(), entries);
	}

	static AnswerEntry entry(EntryNode e) {
		List<AnswerBranch> list = BranchText.parse(e.branches);
		List<String> tagList = Arrays.stream(e.tags.split("[,\uFF0C]")).map(String::strip).filter(t -> !t.isEmpty()) //$NON-NLS-1$
				.toList();
		return new AnswerEntry(e.id, e.customer.strip(), e.reply.strip(), list, tagList,
				e.complaint == null || e.complaint.isEmpty() ? null : e.complaint, e.language);
	}

	private void select(Object node) {
		editing = node;
		filling = true;
		try {
			boolean category = node instanceof CategoryNode;
			boolean entry = node instanceof EntryNode;
			title.setEnabled(category);
			for (Control c : new Control[] { customer, reply, branches, tags, complaint, language }) {
				c.setEnabled(entry);
			}
			title.setText(category ? ((CategoryNode) node).title : ""); //$NON-NLS-1$
			EntryNode e = entry ? (EntryNode) node : new EntryNode();
			customer.setText(entry ? e.customer : ""); //$NON-NLS-1$
			reply.setText(e.reply);
			branches.setText(e.branches);
			tags.setText(e.tags);
			complaint.select(Math.max(0, e.complaint == null ? 0 : complaint.indexOf(e.complaint)));
			language.select(Math.max(0, language.indexOf(e.language)));
		} finally {
			filling = false;
		}
		check();
	}

	/** Puts the fields into the node edited. */
	private void store() {
		if (filling || editing == null) {
			return;
		}
		edits++;
		if (editing instanceof CategoryNode c) {
			c.title = title.getText();
		} else if (editing instanceof EntryNode e) {
			e.customer = customer.getText();
			e.reply = reply.getText();
			e.branches = branches.getText();
			e.tags = tags.getText();
			e.complaint = complaint.getText();
			e.language = language.getText();
		}
		tree.update(editing, null);
		check();
	}

	/** The language check and the preview of the entry edited. */
	private void check() {
		if (!(editing instanceof EntryNode e)) {
			lintLine.setText(""); //$NON-NLS-1$
			preview.setText(""); //$NON-NLS-1$
			return;
		}
		AnswerEntry entry = entry(e);
		List<LintFinding> findings = lint.check(entry.fullReply());
		lintLine.setText(findings.isEmpty() ? Messages.Editor_lintOk
				: NLS.bind(Messages.Editor_lint, String.join("; ", findings.stream().map(LintFinding::message).toList()))); //$NON-NLS-1$
		preview.setText(Placeholders.fill(entry.fullReply(), SAMPLE));
		lintLine.getParent().layout(true);
	}

	private CategoryNode selectedCategory() {
		Object o = tree.getStructuredSelection().getFirstElement();
		return o instanceof CategoryNode c ? c : o instanceof EntryNode e ? e.parent : null;
	}

	private void addCategory(boolean inside) {
		CategoryNode parent = inside ? selectedCategory() : null;
		CategoryNode c = new CategoryNode();
		c.id = "c-" + UUID.randomUUID().toString().substring(0, 8); //$NON-NLS-1$
		c.title = Messages.Editor_newCategory;
		c.parent = parent;
		edits++;
		(parent == null ? roots : parent.children).add(c);
		tree.refresh();
		tree.setSelection(new StructuredSelection(c), true);
		title.setFocus();
		title.selectAll();
	}

	private void addEntry() {
		CategoryNode parent = selectedCategory();
		if (parent == null) {
			return;
		}
		EntryNode e = new EntryNode();
		e.id = "e-" + UUID.randomUUID().toString().substring(0, 8); //$NON-NLS-1$
		e.customer = Messages.Editor_newEntry;
		e.language = org.eclipse.core.runtime.Platform.getNL() != null
				&& org.eclipse.core.runtime.Platform.getNL().startsWith("zh") ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		e.parent = parent;
		edits++;
		parent.entries.add(e);
		tree.refresh();
		tree.setSelection(new StructuredSelection(e), true);
		customer.setFocus();
		customer.selectAll();
	}

	private void remove() {
		Object o = tree.getStructuredSelection().getFirstElement();
		if (o != null) {
			edits++;
		}
		if (o instanceof EntryNode e) {
			e.parent.entries.remove(e);
		} else if (o instanceof CategoryNode c) {
			(c.parent == null ? roots : c.parent.children).remove(c);
		}
		tree.refresh();
		select(null);
	}

	/** Stores the library as a new version, in the background (also for tests). */
	public void save() {
		AnswerLibrary library = library();
		status.setText(""); //$NON-NLS-1$
		int from = basedOn;
		int saving = edits;
		background.change(Messages.Editor_save, () -> Integer.valueOf(services.answers().store(library, from, null)), v -> {
			basedOn = v.intValue();
			savedEdits = saving;
			status.setText(NLS.bind(Messages.Editor_saved, v));
			version.setText(NLS.bind(Messages.Editor_version, v));
			if (closeAfterSave) {
				close();
			}
		}, e -> {
			closeAfterSave = false;
			status.setText(Failures.isConflict(e) ? NLS.bind(Messages.Editor_conflict, Integer.valueOf(from))
					: NLS.bind(Messages.Editor_failed, Failures.oneLine(e)));
		});
	}

	/** Opens the versions of the library; after a restore, shows the library restored. */
	private void versions() {
		LibraryVersionsDialog dialog = new LibraryVersionsDialog(getShell(), services, basedOn);
		if (dialog.open() == OK) {
			status.setText(Messages.Editor_restored);
			load();
		}
	}

	private void export() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName("answers.txt"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		background.change(Messages.Editor_export, () -> {
			try {
				Files.write(Path.of(file), services.answers().export());
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			return file;
		}, f -> status.setText(NLS.bind(Messages.Editor_exported, f)),
				e -> status.setText(NLS.bind(Messages.Editor_failed, Failures.oneLine(e))));
	}

	/** The status line; for tests. */
	public String getStatus() {
		return status.getText();
	}

	/** The tree of categories and entries; for tests. */
	public TreeViewer getTree() {
		return tree;
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof CategoryNode c) {
				List<Object> all = new ArrayList<>(c.entries);
				all.addAll(c.children);
				return all.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof CategoryNode c ? c.parent : ((EntryNode) element).parent;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof CategoryNode c && (!c.entries.isEmpty() || !c.children.isEmpty());
		}
	}
}
