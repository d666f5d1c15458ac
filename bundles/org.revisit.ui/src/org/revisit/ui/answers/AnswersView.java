package org.revisit.ui.answers;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.answers.AnswerBranch;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.views.CallView;

/**
 * The answer library at hand during a call (beside the Call view in the Agent perspective): a search box (search
 * as you type, in Chinese, English or pinyin initials), the replies suggested for the call open in the Call view
 * (on a complaint follow-up its complaint's category first, then replies tagged with its call type; with no call
 * open, the call selected in My Queue, else the whole library) and the chosen reply with its placeholders filled
 * as in the call's script.
 *
 * <p>A reply with branches ({@code (已找到解决办法)…} / {@code (没有找到解决办法)…}) is used one branch at a time: the
 * branches are listed under the reply, the first chosen; a click or Alt+1&hellip;9 chooses another, and the reply
 * shown, copied and read aloud is the reply with that branch only.</p>
 *
 * <p>Enter copies the reply into the notes of the call open in the Call view (through the Call view's notes box,
 * which saves them as typed, so the reply ends in the call's outcome) and records its use on the call, with the
 * branch chosen, with {@link AnswerService#recordUse}; with no call open it goes to the clipboard. Ctrl+Enter
 * shows the reply large, to read aloud. The view learns which call is open from the Call view itself (its session, looked at when a part is
 * activated and every second while the view is shown) and from the selection of My Queue; it adds nothing to the
 * Call view.</p>
 */
public class AnswersView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.answers"; //$NON-NLS-1$

	private static final int LIMIT = 100;
	private static final int POLL_MILLIS = 1000;

	private Services services;
	private Text search;
	private Label context;
	private TableViewer viewer;
	private Text reply;
	private Label branchLabel;
	private org.eclipse.swt.widgets.List branches;
	private Label status;
	private Button edit;
	private Background reading;
	private Background recording;
	/** The task the suggestions are for (0: none) and whether it is the call open in the Call view. */
	private long taskId;
	private boolean callOpen;
	/**
	 * The number of the newest search asked for, of the one whose results are shown, and of the one Enter in the
	 * search box waits for (0: none): Enter acts on the results of the text in the box, never on older ones.
	 */
	private long requested;
	private long shown;
	private long useWhenShown;
	private final ISelectionListener listener = this::selectionChanged;
	private final Runnable poll = this::poll;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(3).applyTo(parent);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.View_search);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(search);
		context = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(context);

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, AnswerSearch.Hit.class, Messages.View_colCategory, 150, AnswerSearch.Hit::path);
		Columns.add(viewer, AnswerSearch.Hit.class, Messages.View_colCustomer, 220, h -> h.entry().customer());
		Columns.add(viewer, AnswerSearch.Hit.class, Messages.View_colReply, 300, h -> h.entry().fullReply());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(300, 120).applyTo(viewer.getControl());

		reply = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, 70).applyTo(reply);
		branchLabel = new Label(parent, SWT.NONE);
		branchLabel.setText(Messages.View_branch);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(branchLabel);
		branches = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(branches);
		branches.addListener(SWT.Selection, e -> showBranch());
		branches.addListener(SWT.DefaultSelection, e -> use());
		branches.addListener(SWT.KeyDown, this::keys);
		showBranches(null);

		// the buttons wrap to a second line in a narrow view instead of being cut off
		Composite buttons = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.marginLeft = rows.marginRight = rows.marginTop = rows.marginBottom = 0;
		buttons.setLayout(rows);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(buttons);
		Button use = new Button(buttons, SWT.PUSH);
		use.setText(Messages.View_use);
		use.addListener(SWT.Selection, e -> use());
		Button large = new Button(buttons, SWT.PUSH);
		large.setText(Messages.View_large);
		large.addListener(SWT.Selection, e -> showLarge());
		edit = new Button(buttons, SWT.PUSH);
		edit.setText(Messages.View_edit);
		edit.addListener(SWT.Selection, e -> new LibraryEditorDialog(getSite().getShell(), services).open());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);

		reading = new Background(viewer.getControl());
		recording = new Background(viewer.getControl());
		search.addListener(SWT.Modify, e -> refresh());
		search.addListener(SWT.KeyDown, this::keys);
		viewer.getTable().addListener(SWT.KeyDown, this::keys);
		viewer.getTable().addListener(SWT.DefaultSelection, e -> use());
		viewer.addSelectionChangedListener(e -> showReply());

		services = getSite().getService(Services.class);
		edit.setVisible(services != null && services.principal().may(Permission.ANSWERS));
		getSite().getPage().addSelectionListener(listener);
		poll();
		refresh();
	}

	private void keys(Event e) {
		if ((e.stateMask & SWT.MOD3) != 0 && e.keyCode >= '1' && e.keyCode <= '9') {
			chooseBranch(e.keyCode - '1');
			e.doit = false;
			return;
		}
		if (e.widget == branches && e.keyCode != SWT.CR && e.keyCode != SWT.KEYPAD_CR) {
			return; // the arrows move in the list
		}
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			if ((e.stateMask & SWT.MOD1) != 0) {
				showLarge();
			} else if (e.widget == search) {
				if (shown == requested) {
					use();
				} else {
					useWhenShown = requested; // the results of the text typed are not there yet
				}
			} else {
				return; // the table's and the branch list's default selection copies it
			}
			e.doit = false;
		} else if (e.widget == search && e.keyCode == SWT.ARROW_DOWN && viewer.getTable().getItemCount() > 0) {
			viewer.getTable().setFocus();
			if (viewer.getStructuredSelection().isEmpty()) {
				viewer.setSelection(new StructuredSelection(viewer.getElementAt(0)), true);
			}
			e.doit = false;
		}
	}

	/** The Call view of the page, or {@code null}. */
	private CallView callView() {
		return getSite().getPage().findView(CallView.ID) instanceof CallView v ? v : null;
	}

	private CallSession session() {
		CallView v = callView();
		return v == null ? null : v.getSession();
	}

	/** Follows the call open in the Call view. */
	private void poll() {
		if (search == null || search.isDisposed()) {
			return;
		}
		CallSession s = session();
		long open = s == null ? 0 : s.task().taskId();
		if (open != 0 && (open != taskId || !callOpen)) {
			taskId = open;
			callOpen = true;
			refresh();
		} else if (open == 0 && callOpen) {
			callOpen = false;
			taskId = 0;
			refresh();
		}
		search.getDisplay().timerExec(POLL_MILLIS, poll);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || callOpen || !(selection instanceof IStructuredSelection s)
				|| !(s.getFirstElement() instanceof QueueItem q) || q.taskId() == taskId) {
			return;
		}
		taskId = q.taskId();
		refresh();
	}

	/** Reads the suggestions (or the search results) again, in the background. */
	public void refresh() {
		if (services == null || search.isDisposed()) {
			return;
		}
		String text = search.getText().strip();
		long task = taskId;
		String language = language();
		long request = ++requested;
		reading.latest(Messages.View_searchJob, () -> {
			if (task != 0) {
				return services.answers().suggest(task, text.isEmpty() ? null : text, language, LIMIT);
			}
			return new AnswerService.Suggestions(null, null,
					services.answers().search(text.isEmpty() ? null : text, null, language, LIMIT));
		}, found -> {
			show(found);
			shown = request;
			if (useWhenShown == request) {
				useWhenShown = 0;
				use();
			}
		}, e -> status.setText(NLS.bind(Messages.View_failed, Failures.oneLine(e))));
	}

	private void show(AnswerService.Suggestions found) {
		String count = NLS.bind(Messages.View_count, Integer.valueOf(found.hits().size()));
		if (found.complaintCategory() != null) {
			context.setText(NLS.bind(Messages.View_forComplaint, complaint(found.complaintCategory())) + " \u00B7 " + count); //$NON-NLS-1$
		} else if (found.callType() != null) {
			context.setText(NLS.bind(Messages.View_forCall, Labels.callType(found.callType())) + " \u00B7 " + count); //$NON-NLS-1$
		} else {
			context.setText(Messages.View_noCall + " \u00B7 " + count); //$NON-NLS-1$
		}
		viewer.setInput(found.hits());
		if (!found.hits().isEmpty()) {
			viewer.setSelection(new StructuredSelection(found.hits().get(0)), true);
		} else {
			reply.setText(""); //$NON-NLS-1$
		}
		context.getParent().layout(true);
	}

	/** The complaint category in the workbench's language. */
	static String complaint(String name) {
		String label = name;
		try {
			Object value = Messages.class.getField("Complaint_" + name).get(null); //$NON-NLS-1$
			return value instanceof String s ? s : label;
		} catch (ReflectiveOperationException e) {
			return label;
		}
	}

	private AnswerSearch.Hit selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof AnswerSearch.Hit h ? h : null;
	}

	private void showReply() {
		AnswerSearch.Hit h = selected();
		showBranches(h);
		reply.setText(h == null ? "" : filled(h)); //$NON-NLS-1$
	}

	/** Lists the branches of the entry of {@code h}, the first chosen; hides the list for an entry without any. */
	private void showBranches(AnswerSearch.Hit h) {
		List<AnswerBranch> all = h == null ? List.of() : h.entry().branches();
		branches.removeAll();
		for (int i = 0; i < all.size(); i++) {
			branches.add(i < 9 ? (i + 1) + "  " + all.get(i).condition() : all.get(i).condition()); //$NON-NLS-1$
		}
		if (!all.isEmpty()) {
			branches.select(0);
		}
		boolean shown = !all.isEmpty();
		for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { branchLabel, branches }) {
			c.setVisible(shown);
			((org.eclipse.swt.layout.GridData) c.getLayoutData()).exclude = !shown;
		}
		branches.getParent().layout(true);
	}

	private void showBranch() {
		AnswerSearch.Hit h = selected();
		reply.setText(h == null ? "" : filled(h)); //$NON-NLS-1$
	}

	/** Chooses branch {@code index} (from 0) of the reply shown, if it has one. */
	public void chooseBranch(int index) {
		if (index >= 0 && index < branches.getItemCount()) {
			branches.select(index);
			showBranch();
		}
	}

	/** The condition of the branch chosen, or {@code null} when the reply shown has no branches. */
	private String branch(AnswerSearch.Hit h) {
		int i = branches.getSelectionIndex();
		return h == null || i < 0 || i >= h.entry().branches().size() ? null : h.entry().branches().get(i).condition();
	}

	/**
	 * The reply, with only the branch chosen, with the placeholders of the open call filled (the contact's name,
	 * the agent's number...).
	 */
	private String filled(AnswerSearch.Hit h) {
		CallSession s = session();
		Map<String, String> values = s == null ? Map.of() : s.runner().context();
		return Placeholders.fill(h.entry().replyWith(branch(h)), values);
	}

	/** Copies the selected reply into the notes of the open call and records its use; else to the clipboard. */
	public void use() {
		AnswerSearch.Hit h = selected();
		if (h == null) {
			return;
		}
		String text = filled(h);
		CallView call = callView();
		CallSession s = session();
		if (call != null && s != null && call.getNotes() != null && call.getNotes().isEnabled()) {
			Text notes = call.getNotes();
			String before = notes.getText();
			notes.setText(before.isEmpty() ? text : before + (before.endsWith("\n") ? "" : "\n") + text); //$NON-NLS-1$ //$NON-NLS-2$
			long task = s.task().taskId();
			String entry = h.entry().id();
			String branch = branch(h);
			recording.run(Messages.View_recordJob, () -> {
				services.answers().recordUse(task, entry, branch);
				return Boolean.TRUE;
			}, done -> status.setText(branch == null ? Messages.View_copiedToNotes
					: NLS.bind(Messages.View_copiedBranchToNotes, branch)),
					e -> status.setText(NLS.bind(Messages.View_recordFailed, Failures.oneLine(e))));
		} else {
			Clipboard clipboard = new Clipboard(search.getDisplay());
			try {
				clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			status.setText(Messages.View_copiedToClipboard);
		}
	}

	/** Shows the selected reply in large letters, to read it aloud. */
	public void showLarge() {
		AnswerSearch.Hit h = selected();
		if (h != null) {
			new LargeReplyDialog(getSite().getShell(), h.entry().customer(), filled(h)).open();
		}
	}

	private static String language() {
		String nl = Platform.getNL();
		return nl != null && nl.startsWith("zh") ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Puts the cursor into the search box (the Focus Answer Search command). */
	public void focusSearch() {
		search.setFocus();
		search.selectAll();
	}

	/** For tests. */
	public Text getSearch() {
		return search;
	}

	/** The branch list (empty and hidden for a reply without branches); for tests. */
	public org.eclipse.swt.widgets.List getBranches() {
		return branches;
	}

	/** For tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** Whether the replies shown are those of the text in the search box (no search pending); for tests. */
	public boolean isUpToDate() {
		return shown == requested;
	}

	/** The line saying what the replies are for; for tests. */
	public String getContext() {
		return context.getText();
	}

	/** For tests. */
	public String getStatus() {
		return status.getText();
	}

	/** For tests. */
	public String getReply() {
		return reply.getText();
	}

	/** The replies shown; for tests. */
	@SuppressWarnings("unchecked")
	public List<AnswerSearch.Hit> getHits() {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<AnswerSearch.Hit>) input;
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(listener);
		super.dispose();
	}
}
