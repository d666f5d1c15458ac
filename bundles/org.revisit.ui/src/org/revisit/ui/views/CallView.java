package org.revisit.ui.views;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.plan.Attempts;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.Successor;
import org.revisit.core.service.CallService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.Step;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.CallPreferences;
import org.revisit.ui.internal.CallbackDialog;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.SerialRule;
import org.revisit.ui.internal.SuccessorDialog;

/**
 * Runs the script of the call the agent opened in My Queue: the words to say with the contact's name filled in,
 * one button per answer with the fields it records ({@link AnswerPanel}), where the call is, Undo, the notes
 * ({@link CallNotes}) and the time the rest of the script takes to say; No answer, Busy and Wrong number end an
 * attempt that did not reach the contact. The keys (by default 1–9, Alt+1–9 while typing in a box, Ctrl+Z, F6–F8)
 * are commands bound in the view's own contexts ({@link CallCommands}). Every answer is stored as it is given;
 * Finish saves the outcome and closes the task, Release (or closing the view) gives the task back with the answers
 * kept for later.
 */
public class CallView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.call"; //$NON-NLS-1$

	/** Runs the service calls of this view one job after the other: a call session serves one caller at a time. */
	private final SerialRule serial = new SerialRule();
	private Services services;
	private CallSession session;
	private boolean busy;
	private CallCommands commands;
	private AnswerPanel panel;
	private CallNotes notes;
	private Background background;

	private Composite root;
	private Label heading;
	private Label position;
	private Label remaining;
	private Button undo;
	private Button finish;
	private Button release;
	/** Ends the attempt without reaching the contact, by outcome code (no answer, busy, wrong number). */
	private final Map<String, Button> notReached = new LinkedHashMap<>();
	private Composite unreached;
	private Label status;

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		root = new Composite(scroller, SWT.NONE);
		scroller.setContent(root);
		commands = new CallCommands(getSite());
		root.addListener(SWT.Dispose, e -> commands.close());
		background = new Background(root, serial);
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
		undo.setText(commands.withKey(Messages.CallView_undo, CallCommands.UNDO));
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
		for (String[] b : new String[][] { { Attempts.NO_ANSWER, Messages.CallView_noAnswer, CallCommands.NO_ANSWER },
				{ Attempts.BUSY, Messages.CallView_busy, CallCommands.BUSY },
				{ Attempts.WRONG_NUMBER, Messages.CallView_wrongNumber, CallCommands.WRONG_NUMBER } }) {
			Button button = new Button(unreached, SWT.PUSH);
			button.setText(commands.withKey(b[1], b[2]));
			button.setToolTipText(Messages.CallView_notReachedTip);
			button.addListener(SWT.Selection, e -> notReached(b[0]));
			notReached.put(b[0], button);
		}
		status = new Label(root, SWT.WRAP);
		status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);

		panel = new AnswerPanel(root, commands, this::answer);
		notes = new CallNotes(root, () -> session, () -> busy, serial, this::layout);
		commands.typingIn(notes.box());
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

	/** The language of the built-in scripts: the agent's choice (Window > Preferences > Revisit > Calls). */
	private static String language() {
		return CallPreferences.scriptLanguage();
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
		String previousNotes = notes.typed();
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
				notes.show(opened.notes());
				status.setText(opened.resumed() ? NLS.bind(Messages.CallView_resumed,
						Integer.valueOf(opened.runner().path().size())) : ""); //$NON-NLS-1$
				// the card may have read the call before it was claimed: now it is in the agent's hands
				refreshCard(opened.task().contactId());
			};
		});
	}

	/** The call shown, or null; for tests. */
	public CallSession getSession() {
		return session;
	}

	/** The view's commands and key contexts; for tests. */
	public CallCommands getCommands() {
		return commands;
	}

	/** Whether service calls of this view are under way; for tests. */
	public boolean isBusy() {
		return busy;
	}

	/**
	 * Runs service calls in a job (one at a time, under the view's rule), then applies their result in the UI if
	 * the view is still open.
	 */
	private void run(String name, SupplierWithUi work) {
		busy = true;
		updateEnablement();
		background.run(name, work::run, this::ran, e -> {
			ILog.of(CallView.class).warn(e.getMessage(), e);
			ran(() -> status.setText(NLS.bind(Messages.CallView_failed, e.getMessage())));
		});
	}

	private void ran(Runnable ui) {
		busy = false;
		ui.run();
		show();
		keepFocus();
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
		CallSession s = session;
		panel.show(s == null ? null : s.runner());
		if (s == null) {
			heading.setText(Messages.CallView_none);
			position.setText(""); //$NON-NLS-1$
			remaining.setText(""); //$NON-NLS-1$
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
		updateEnablement();
		layout();
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
		panel.setEnabled(running);
		undo.setEnabled(open && !session.runner().path().isEmpty());
		finish.setEnabled(open && session.runner().isFinished());
		release.setEnabled(open);
		notReached.values().forEach(b -> b.setEnabled(open));
		notes.box().setEnabled(session != null);
		// without a call the view shows just how to open one
		List<Control> hidden = new ArrayList<>(List.of(notes.controls()));
		hidden.add(0, unreached);
		for (Control c : hidden) {
			c.setVisible(session != null);
			((GridData) c.getLayoutData()).exclude = session == null;
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
		Map<String, String> values = panel.values(index);
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
		String text = notes.text();
		run(Messages.CallView_finishJob, () -> {
			if (!text.equals(s.notes())) {
				s.notes(text);
			}
			CallOutcome outcome = s.finish();
			return () -> {
				session = null;
				notes.clear();
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
				notes.clear();
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
		String text = notes.text();
		run(Messages.CallView_releaseJob, () -> {
			if (!text.equals(s.notes())) {
				s.notes(text);
			}
			s.release();
			return () -> {
				session = null;
				notes.clear();
				status.setText(NLS.bind(Messages.CallView_released, Labels.nameWithTitle(s.contact())));
				refreshQueue();
				refreshCard(s.contact().getId());
			};
		});
	}

	/** The findings line under the notes; for tests. */
	public String getLintText() {
		return notes.findings();
	}

	/** The notes box; for tests. */
	public Text getNotes() {
		return notes.box();
	}

	/** The answer buttons of the current step, in order; for tests. */
	public List<Button> getAnswerButtons() {
		return panel.buttons();
	}

	/** The text inputs of the current step's record fields, by field name; for tests. */
	public Map<String, Text> getFieldTexts() {
		return panel.fieldTexts();
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
		return panel.utterance();
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
		if (panel.focusFirst()) {
			return;
		}
		if (finish.isEnabled()) {
			finish.setFocus();
		} else if (notes.box().isEnabled()) {
			notes.box().setFocus();
		} else {
			root.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (notes != null) {
			notes.dispose();
		}
		CallSession s = session;
		session = null;
		if (s != null) {
			String text = notes.typed();
			// closing the view gives the task back; the answers (and the notes) stay for next time
			Job job = background.quietly(Messages.CallView_releaseJob, () -> {
				if (!text.equals(s.notes())) {
					s.notes(text);
				}
				s.release();
			});
			if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().isClosing()) {
				try {
					job.join(5000, null); // the services close with the workbench
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		super.dispose();
	}
}
