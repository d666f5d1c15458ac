package org.revisit.ui.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.plan.Attempts;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.LintFinding;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.core.service.CallService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.Instruction;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.Step;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.CallbackDialog;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.SerialRule;
import org.revisit.ui.internal.SuccessorDialog;

/**
 * Runs the script of the call the agent opened in My Queue: the words to say with the contact's name filled in,
 * one button per answer (keys 1–9; Alt+1–9 while typing in a box), the fields an answer records, where the call
 * is, Undo (Ctrl+Z), notes checked against the language rules as they are typed, and the time the rest of the
 * script takes to say; No answer (F6), Busy (F7) and Wrong number (F8) end an attempt that did not reach the
 * contact. Every answer is stored as it is given; Finish saves the outcome and closes the task,
 * Release (or closing the view) gives the task back with the answers kept for later.
 */
public class CallView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.call"; //$NON-NLS-1$

	private static final int LINT_DELAY_MILLIS = 400;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	/** Runs the service calls of this view one job after the other: a call session serves one caller at a time. */
	private final SerialRule serial = new SerialRule();
	private final LanguageLint lint = LanguageLint.defaults();
	private Services services;
	private CallSession session;
	private boolean busy;
	/** The notes as last typed, still known when the view's widgets are gone. */
	private String typedNotes = ""; //$NON-NLS-1$

	private Composite root;
	private Label heading;
	private Label position;
	private Label remaining;
	private Label utterance;
	private Label instructions;
	private Composite answerRow;
	private Composite fieldsArea;
	private Button undo;
	private Button finish;
	private Button release;
	/** Ends the attempt without reaching the contact, by outcome code (no answer, busy, wrong number). */
	private final Map<String, Button> notReached = new LinkedHashMap<>();
	private Composite unreached;
	private Label notesLabel;
	private Text notes;
	private Label lintLine;
	private Label status;
	private Font large;
	private final List<Button> answerButtons = new ArrayList<>();
	/** Per answer index of the current step, the value readers of its record fields by field name. */
	private final Map<Integer, Map<String, Supplier<String>>> fieldReaders = new LinkedHashMap<>();
	private final Listener keys = this::key;
	private final Runnable lintLater = this::lintAndSaveNotes;

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		root = new Composite(scroller, SWT.NONE);
		scroller.setContent(root);
		scroller.addListener(SWT.Resize, e -> resize(scroller));
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(6, 6).applyTo(root);

		heading = new Label(root, SWT.WRAP);
		heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		heading.setText(Messages.CallView_none);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		Composite actions = new Composite(root, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).applyTo(actions);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(actions);
		undo = new Button(actions, SWT.PUSH);
		undo.setText(Messages.CallView_undo);
		undo.addListener(SWT.Selection, e -> undo());
		finish = new Button(actions, SWT.PUSH);
		finish.setText(Messages.CallView_finish);
		finish.addListener(SWT.Selection, e -> finish());
		release = new Button(actions, SWT.PUSH);
		release.setText(Messages.CallView_release);
		release.setToolTipText(Messages.CallView_releaseTip);
		release.addListener(SWT.Selection, e -> release());

		position = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(position);
		remaining = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(remaining);
		unreached = new Composite(root, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(unreached);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(unreached);
		for (String[] b : new String[][] { { Attempts.NO_ANSWER, Messages.CallView_noAnswer },
				{ Attempts.BUSY, Messages.CallView_busy }, { Attempts.WRONG_NUMBER, Messages.CallView_wrongNumber } }) {
			Button button = new Button(unreached, SWT.PUSH);
			button.setText(b[1]);
			button.setToolTipText(Messages.CallView_notReachedTip);
			button.addListener(SWT.Selection, e -> notReached(b[0]));
			notReached.put(b[0], button);
		}
		status = new Label(root, SWT.WRAP);
		status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);

		utterance = new Label(root, SWT.WRAP);
		FontData[] data = JFaceResources.getDefaultFont().getFontData();
		for (FontData d : data) {
			d.setHeight(d.getHeight() + 3);
		}
		large = new Font(parent.getDisplay(), data);
		utterance.setFont(large);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(utterance);
		instructions = new Label(root, SWT.WRAP);
		instructions.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(instructions);

		answerRow = new Composite(root, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(answerRow);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(answerRow);
		fieldsArea = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(fieldsArea);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fieldsArea);

		notesLabel = new Label(root, SWT.NONE);
		notesLabel.setText(Messages.CallView_notes);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(notesLabel);
		notes = new Text(root, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(300, 48).applyTo(notes);
		notes.addListener(SWT.Modify, e -> {
			typedNotes = notes.getText();
			if (session != null && !busy) {
				notes.getDisplay().timerExec(-1, lintLater);
				notes.getDisplay().timerExec(LINT_DELAY_MILLIS, lintLater);
			}
		});
		lintLine = new Label(root, SWT.WRAP);
		lintLine.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(lintLine);

		parent.getDisplay().addFilter(SWT.KeyDown, keys);
		services = getSite().getService(Services.class);
		if (services == null) {
			status.setText(NLS.bind(Messages.View_noStore, Services.class.getName()));
		}
		show();
	}

	private void resize(ScrolledComposite scroller) {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(root.computeSize(width, SWT.DEFAULT));
	}

	/** The language of the built-in scripts: the workbench's. */
	private static String language() {
		String nl = Platform.getNL();
		return nl != null && nl.startsWith("zh") ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Opens the call on a task the agent has just claimed: resumes its call in progress or starts its script.
	 * A call still open in the view is given back first, its answers kept.
	 */
	public void open(long taskId) {
		if (services == null) {
			return;
		}
		CallSession previous = session;
		String previousNotes = typedNotes;
		session = null;
		busy = true;
		show();
		status.setText(Messages.CallView_loading);
		run(Messages.CallView_openJob, () -> {
			if (previous != null) {
				if (!previousNotes.equals(previous.notes())) {
					previous.notes(previousNotes);
				}
				if (previous.task().taskId() != taskId) {
					previous.release();
				}
			}
			CallSession opened = CallSession.open(services.calls(), taskId, language(), services.clock());
			opened.callingHours(); // read here, not when the callback picker opens on the UI thread
			return () -> {
				session = opened;
				notes.setText(opened.notes());
				status.setText(opened.resumed() ? NLS.bind(Messages.CallView_resumed,
						Integer.valueOf(opened.runner().path().size())) : ""); //$NON-NLS-1$
				lintNow();
				// the card may have read the call before it was claimed: now it is in the agent's hands
				refreshCard(opened.task().contactId());
			};
		});
	}

	/** The call shown, or null; for tests. */
	public CallSession getSession() {
		return session;
	}

	/** Whether service calls of this view are under way; for tests. */
	public boolean isBusy() {
		return busy;
	}

	/** Runs service calls in a job (one at a time), then applies their result in the UI. */
	private void run(String name, SupplierWithUi work) {
		busy = true;
		updateEnablement();
		Display display = root.getDisplay();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			Runnable then;
			try {
				then = work.run();
			} catch (RuntimeException e) {
				ILog.of(CallView.class).warn(e.getMessage(), e);
				then = () -> status.setText(NLS.bind(Messages.CallView_failed, e.getMessage()));
			}
			Runnable ui = then;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (root.isDisposed()) {
						return;
					}
					busy = false;
					ui.run();
					show();
					keepFocus();
				});
			}
			return Status.OK_STATUS;
		});
		job.setRule(serial);
		job.setUser(false);
		job.schedule();
	}

	/** Service calls returning what to do in the UI afterwards. */
	@FunctionalInterface
	private interface SupplierWithUi {
		Runnable run();
	}

	/** Shows the call as it stands. */
	private void show() {
		if (root.isDisposed()) {
			return;
		}
		answerButtons.forEach(Button::dispose);
		answerButtons.clear();
		for (Control c : fieldsArea.getChildren()) {
			c.dispose();
		}
		fieldReaders.clear();
		CallSession s = session;
		if (s == null) {
			heading.setText(Messages.CallView_none);
			position.setText(""); //$NON-NLS-1$
			remaining.setText(""); //$NON-NLS-1$
			utterance.setText(""); //$NON-NLS-1$
			instructions.setText(""); //$NON-NLS-1$
			updateEnablement();
			layout();
			return;
		}
		ScriptRunner r = s.runner();
		String dial = s.dialledNumber();
		heading.setText(NLS.bind(Messages.CallView_heading, new Object[] { Labels.nameWithTitle(s.contact()),
				s.contact().getCompany(), s.script().getTitle() })
				+ (dial == null ? "" : " \u00b7 " + NLS.bind(Messages.CallView_dial, dial))); //$NON-NLS-1$ //$NON-NLS-2$
		List<Integer> visited = r.visited();
		StringBuilder crumbs = new StringBuilder();
		for (Integer n : visited) {
			crumbs.append(crumbs.isEmpty() ? "" : " \u203a ").append(n); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Step step = r.currentStep();
		if (r.isFinished()) {
			position.setText(NLS.bind(Messages.CallView_over, Labels.outcome(s.task().callType(), r.outcome()), crumbs));
			remaining.setText(""); //$NON-NLS-1$
		} else {
			position.setText(NLS.bind(Messages.CallView_position, new Object[] {
					Integer.valueOf(s.script().getSteps().indexOf(step) + 1),
					Integer.valueOf(s.script().getSteps().size()), crumbs }));
			SpeakingTime rest = s.remaining();
			remaining.setText(NLS.bind(Messages.CallView_remaining, Long.valueOf(Math.round(rest.minSeconds())),
					Long.valueOf(Math.round(rest.maxSeconds()))));
		}
		utterance.setText(r.isFinished() && step == null ? Messages.CallView_finishHint : r.utterance());
		StringBuilder said = new StringBuilder();
		for (Instruction i : r.instructions()) {
			said.append(said.isEmpty() ? "" : " \u00b7 ").append(i.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		instructions.setText(said.toString());
		List<Answer> answers = r.answers();
		for (int i = 0; i < answers.size(); i++) {
			Answer a = answers.get(i);
			Button b = new Button(answerRow, SWT.PUSH);
			b.setText(i < 9 ? (i + 1) + "  " + a.getLabel() : a.getLabel()); //$NON-NLS-1$
			ScriptRunner.ValueKind kind = ScriptRunner.valueNeeded(a);
			if (kind == ScriptRunner.ValueKind.CALLBACK_TIME) {
				b.setText(b.getText() + " \u2026"); //$NON-NLS-1$
				b.setToolTipText(Messages.CallView_callbackTip);
			} else if (kind == ScriptRunner.ValueKind.SUCCESSOR) {
				b.setText(b.getText() + " \u2026"); //$NON-NLS-1$
				b.setToolTipText(Messages.CallView_successorTip);
			}
			int index = i;
			b.addListener(SWT.Selection, e -> answer(index));
			answerButtons.add(b);
			List<RecordField> fields = ScriptRunner.fieldsOf(a);
			Map<String, Supplier<String>> readers = new LinkedHashMap<>();
			for (RecordField f : fields) {
				readers.put(f.getFieldName(), field(a, f, i));
			}
			fieldReaders.put(index, readers);
		}
		updateEnablement();
		layout();
	}

	/** An input for one field an answer records, with a label naming the answer and the field. */
	private Supplier<String> field(Answer answer, RecordField f, int index) {
		Label label = new Label(fieldsArea, SWT.NONE);
		String kind = Labels.recordKind(f.getKind().getName());
		String name = f.getFieldName() == null || f.getFieldName().isBlank() ? kind : f.getFieldName();
		label.setText(NLS.bind(Messages.CallView_field, new Object[] { Integer.valueOf(index + 1), answer.getLabel(),
				name.equalsIgnoreCase(f.getKind().getName()) || name.equals(kind) ? kind
						: NLS.bind(Messages.CallView_fieldKind, name, kind) }));
		if (f.getKind() == RecordKind.DATE) {
			DateTime date = new DateTime(fieldsArea, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
			return () -> LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()).format(DATE);
		}
		if (f.getKind() == RecordKind.SCORE) {
			Combo score = new Combo(fieldsArea, SWT.READ_ONLY | SWT.DROP_DOWN);
			score.setItems("", "1", "2", "3", "4", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			return () -> score.getText().isEmpty() ? null : score.getText();
		}
		Text text = new Text(fieldsArea, SWT.BORDER | SWT.SINGLE);
		text.setData("field", f.getFieldName()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return () -> text.getText().isBlank() ? null : text.getText().strip();
	}

	private void layout() {
		root.layout(true, true);
		if (root.getParent() instanceof ScrolledComposite scroller) {
			resize(scroller);
		}
	}

	private void updateEnablement() {
		boolean open = session != null && !busy;
		boolean running = open && !session.runner().isFinished();
		answerButtons.forEach(b -> b.setEnabled(running));
		undo.setEnabled(open && !session.runner().path().isEmpty());
		finish.setEnabled(open && session.runner().isFinished());
		release.setEnabled(open);
		notReached.values().forEach(b -> b.setEnabled(open));
		notes.setEnabled(session != null);
		// without a call the view shows just how to open one
		for (Control c : new Control[] { unreached, notesLabel, notes, lintLine }) {
			c.setVisible(session != null);
			((GridData) c.getLayoutData()).exclude = session == null;
		}
	}

	/** Keys 1–9 answer, Ctrl+Z undoes: anywhere in the view; while typing in a box, Alt+1–9 answer. */
	private void key(Event e) {
		if (!(e.widget instanceof Control c) || !inView(c) || session == null) {
			return;
		}
		boolean typing = c instanceof Text || c instanceof Combo;
		if (e.character >= '1' && e.character <= '9' && (e.stateMask & (SWT.CTRL | SWT.COMMAND)) == 0
				&& (!typing || (e.stateMask & SWT.ALT) != 0)) {
			e.doit = false;
			answer(e.character - '1');
		} else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'Z') && c != notes) {
			e.doit = false;
			undo();
		} else if (e.stateMask == 0 && (e.keyCode == SWT.F6 || e.keyCode == SWT.F7 || e.keyCode == SWT.F8)) {
			e.doit = false;
			notReached(e.keyCode == SWT.F6 ? Attempts.NO_ANSWER : e.keyCode == SWT.F7 ? Attempts.BUSY
					: Attempts.WRONG_NUMBER);
		}
	}

	/** The answer buttons are rebuilt for each step: keep the focus in the view so that the keys go on working. */
	private void keepFocus() {
		Control focus = root.getDisplay().getFocusControl();
		if ((focus == null || focus.isDisposed() || !inView(focus)) && getSite().getPage().getActivePart() == this) {
			setFocus();
		}
	}

	private boolean inView(Control c) {
		for (Control p = c; p != null; p = p.getParent()) {
			if (p == root) {
				return true;
			}
		}
		return false;
	}

	/** Gives answer {@code index} of the current step, asking first for the callback time or the successor. */
	public void answer(int index) {
		CallSession s = session;
		if (s == null || busy || s.runner().isFinished() || index >= s.runner().answers().size()) {
			return;
		}
		Answer a = s.runner().answers().get(index);
		Map<String, String> values = new LinkedHashMap<>();
		fieldReaders.getOrDefault(index, Map.of()).forEach((name, reader) -> {
			String v = reader.get();
			if (v != null) {
				values.put(name, v);
			}
		});
		Object value = null;
		switch (ScriptRunner.valueNeeded(a)) {
		case CALLBACK_TIME -> {
			CallbackDialog dialog = new CallbackDialog(getSite().getShell(), s.callingHours(), s.contactZone(),
					services.clock().withZone(AgentZone.get()), Labels.nameWithTitle(s.contact()));
			dialog.setOpenPromises(s.openPromises());
			if (dialog.open() != Window.OK) {
				return;
			}
			value = dialog.getChosen();
			s.replacePromise(dialog.getReplacing());
		}
		case SUCCESSOR -> {
			SuccessorDialog dialog = new SuccessorDialog(getSite().getShell(), s.contact());
			if (dialog.open() != Window.OK) {
				return;
			}
			value = dialog.getSuccessor();
		}
		case NONE -> {
			// nothing to ask
		}
		}
		Object given = value;
		status.setText(""); //$NON-NLS-1$
		run(Messages.CallView_saveJob, () -> {
			try {
				s.answer(a, values, given);
			} catch (IllegalArgumentException e) {
				return () -> status.setText(NLS.bind(Messages.CallView_refused, e.getMessage()));
			} catch (ServiceException e) {
				if (e.kind() != ServiceException.Kind.INVALID) {
					throw e;
				}
				return () -> status.setText(NLS.bind(Messages.CallView_refused, e.getMessage()));
			}
			return () -> {
				if (given instanceof Successor who) {
					status.setText(NLS.bind(Messages.CallView_successorSaved, who.name()));
					refreshCard(s.contact().getId());
					ContactsView.refreshIn(getSite().getPage());
				}
			};
		});
	}

	/** Takes back the last answer. */
	public void undo() {
		CallSession s = session;
		if (s == null || busy || s.runner().path().isEmpty()) {
			return;
		}
		run(Messages.CallView_saveJob, () -> {
			s.undo();
			return () -> status.setText(Messages.CallView_undone);
		});
	}

	/** Saves the outcome and closes the task. */
	public void finish() {
		CallSession s = session;
		if (s == null || busy || !s.runner().isFinished()) {
			return;
		}
		String text = notes.getText();
		run(Messages.CallView_finishJob, () -> {
			if (!text.equals(s.notes())) {
				s.notes(text);
			}
			CallOutcome outcome = s.finish();
			return () -> {
				session = null;
				notes.setText(""); //$NON-NLS-1$
				lintLine.setText(""); //$NON-NLS-1$
				status.setText(NLS.bind(Messages.CallView_saved, Labels.nameWithTitle(s.contact()),
						Labels.outcome(s.task().callType(), outcome.getDispositionCode())));
				refreshQueue();
				refreshCard(s.contact().getId());
			};
		});
	}

	/**
	 * Ends the attempt without reaching the contact ({@link Attempts#NO_ANSWER}, {@link Attempts#BUSY},
	 * {@link Attempts#WRONG_NUMBER}): the call is tried again later or closed, its answers dropped; a wrong number
	 * marks the number dialled (the one in the heading) invalid. Says what happened in the status line.
	 */
	public void notReached(String outcomeCode) {
		CallSession s = session;
		if (s == null || busy) {
			return;
		}
		String dialled = s.dialledNumber();
		status.setText(""); //$NON-NLS-1$
		run(Messages.CallView_notReachedJob, () -> {
			CallService.NotReached r = s.notReached(outcomeCode, dialled);
			String said = said(outcomeCode, r, s);
			return () -> {
				session = null;
				notes.setText(""); //$NON-NLS-1$
				lintLine.setText(""); //$NON-NLS-1$
				status.setText(said);
				getViewSite().getActionBars().getStatusLineManager().setMessage(said);
				refreshQueue();
				refreshCard(s.contact().getId());
			};
		});
	}

	/** What became of a call that did not reach the contact, in words. */
	private static String said(String code, CallService.NotReached r, CallSession s) {
		String what = Labels.outcome(s.task().callType(), code);
		what = what.isEmpty() ? what : what.substring(0, 1).toUpperCase(locale()) + what.substring(1);
		Attempts.Result result = r.result();
		String name = Labels.nameWithTitle(s.contact());
		String text = switch (result.state()) {
		case RESCHEDULED -> {
			String when = AgentZone.withContact(result.dueFrom(), AgentZone.get(), s.contactZone(),
					DateTimeFormatter.ofPattern(Messages.CallView_dueFormat, locale()));
			yield NLS.bind(Messages.CallView_retried, new Object[] { what, when, result.attempts(), result.maxAttempts() });
		}
		case UNREACHABLE -> NLS.bind(Messages.CallView_unreachable, new Object[] { what, name, result.attempts(),
				result.maxAttempts() });
		default -> NLS.bind(Messages.CallView_closedCode, what, name);
		};
		return r.markedInvalid() == null ? text : text + " " + NLS.bind(Messages.CallView_markedInvalid, r.markedInvalid()); //$NON-NLS-1$
	}

	private static Locale locale() {
		String nl = Platform.getNL();
		return nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}

	/** The buttons that end the attempt without reaching the contact, by outcome code; for tests. */
	public Map<String, Button> getNotReachedButtons() {
		return Map.copyOf(notReached);
	}

	/** Gives the task back to the queue; the answers stay stored for whoever opens it next. */
	public void release() {
		CallSession s = session;
		if (s == null || busy) {
			return;
		}
		String text = notes.getText();
		run(Messages.CallView_releaseJob, () -> {
			if (!text.equals(s.notes())) {
				s.notes(text);
			}
			s.release();
			return () -> {
				session = null;
				notes.setText(""); //$NON-NLS-1$
				lintLine.setText(""); //$NON-NLS-1$
				status.setText(NLS.bind(Messages.CallView_released, Labels.nameWithTitle(s.contact())));
				refreshQueue();
				refreshCard(s.contact().getId());
			};
		});
	}

	private void lintAndSaveNotes() {
		if (root.isDisposed() || session == null) {
			return;
		}
		lintNow();
		CallSession s = session;
		String text = notes.getText();
		if (text.equals(s.notes()) || text.length() > 4000) {
			return;
		}
		Job job = Job.create(Messages.CallView_saveJob, (IProgressMonitor monitor) -> {
			try {
				s.notes(text);
			} catch (RuntimeException e) {
				ILog.of(CallView.class).warn(e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		job.setRule(serial);
		job.setSystem(true);
		job.schedule();
	}

	/** Shows the language findings of the notes under the box. */
	private void lintNow() {
		List<LintFinding> findings = lint.check(notes.getText());
		Set<String> lines = new LinkedHashSet<>();
		for (LintFinding f : findings) {
			lines.add(f.suggestion().isEmpty() ? NLS.bind(Messages.CallView_lint, f.text())
					: NLS.bind(Messages.CallView_lintSuggestion, f.text(), f.suggestion()));
		}
		if (notes.getText().length() > 4000) {
			lines.add(Messages.CallView_notesTooLong);
		}
		String text = String.join(" \u00b7 ", lines); //$NON-NLS-1$
		if (!text.equals(lintLine.getText())) {
			lintLine.setText(text);
			layout();
		}
	}

	/** The findings line under the notes; for tests. */
	public String getLintText() {
		return lintLine.getText();
	}

	/** The notes box; for tests. */
	public Text getNotes() {
		return notes;
	}

	/** The answer buttons of the current step, in order; for tests. */
	public List<Button> getAnswerButtons() {
		return List.copyOf(answerButtons);
	}

	/** The text inputs of the current step's record fields, by field name; for tests. */
	public Map<String, Text> getFieldTexts() {
		Map<String, Text> texts = new LinkedHashMap<>();
		for (Control c : fieldsArea.getChildren()) {
			if (c instanceof Text t && t.getData("field") instanceof String name) { //$NON-NLS-1$
				texts.put(name, t);
			}
		}
		return texts;
	}

	public Button getUndoButton() {
		return undo;
	}

	public Button getFinishButton() {
		return finish;
	}

	public Button getReleaseButton() {
		return release;
	}

	public String getUtterance() {
		return utterance.getText();
	}

	public String getStatus() {
		return status.getText();
	}

	public String getPosition() {
		return position.getText();
	}

	private void refreshQueue() {
		IWorkbenchPage page = getSite().getPage();
		IViewPart queue = page.findView(QueueView.ID);
		if (queue instanceof QueueView q) {
			q.refresh();
		}
	}

	private void refreshCard(long contactId) {
		IViewPart card = getSite().getPage().findView(ContactCardView.ID);
		if (card instanceof ContactCardView c) {
			c.show(contactId);
		}
	}

	@Override
	public void setFocus() {
		if (!answerButtons.isEmpty() && answerButtons.get(0).isEnabled()) {
			answerButtons.get(0).setFocus();
		} else if (finish.isEnabled()) {
			finish.setFocus();
		} else if (notes.isEnabled()) {
			notes.setFocus();
		} else {
			root.setFocus();
		}
	}

	@Override
	public void dispose() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.removeFilter(SWT.KeyDown, keys);
		display.timerExec(-1, lintLater);
		CallSession s = session;
		session = null;
		if (s != null) {
			String text = typedNotes;
			// closing the view gives the task back; the answers (and the notes) stay for next time
			Job job = Job.create(Messages.CallView_releaseJob, (IProgressMonitor monitor) -> {
				try {
					if (!text.equals(s.notes())) {
						s.notes(text);
					}
					s.release();
				} catch (RuntimeException e) {
					ILog.of(CallView.class).warn(e.getMessage(), e);
				}
				return Status.OK_STATUS;
			});
			job.setRule(serial);
			job.setSystem(true);
			job.schedule();
			if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().isClosing()) {
				try {
					job.join(5000, null); // the services close with the workbench
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		if (large != null) {
			large.dispose();
		}
		super.dispose();
	}
}
