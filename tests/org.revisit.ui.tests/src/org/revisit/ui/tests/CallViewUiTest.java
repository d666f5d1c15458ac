package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.AgentDesk.BIRTHDAY;
import static org.revisit.ui.tests.AgentDesk.endOfDay;
import static org.revisit.ui.tests.AgentDesk.openFreshCall;
import static org.revisit.ui.tests.AgentDesk.openRow;
import static org.revisit.ui.tests.AgentDesk.page;
import static org.revisit.ui.tests.AgentDesk.taskState;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.script.Placeholders;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PathEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.CallbackDialog;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.SuccessorDialog;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.QueueView;

/**
 * The agent's critical path in the real workbench and database: open a call from My Queue, answer the script
 * with the keys and buttons of the Call view, finish, and find everything in Derby; a closed view resumes; the
 * successor flow moves pending calls; the callback picker refuses forbidden times.
 */
class CallViewUiTest {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();
	private final String agent = AgentDesk.agent();
	/** Presses key {@code digit} with the focus on a control of the view. */
	private static void key(CallView view, char digit) {
		Event e = new Event();
		e.character = digit;
		e.keyCode = digit;
		view.getUndoButton().notifyListeners(SWT.KeyDown, e);
	}

	private static void press(Button b) {
		assertTrue(b.isEnabled(), b.getText() + " is enabled");
		b.notifyListeners(SWT.Selection, new Event());
	}

	private void waitForStep(CallView view, int step, int answersStored) {
		long task = view.getSession().task().taskId();
		waitUntil(() -> !view.isBusy() && view.getSession() != null && view.getSession().runner().currentStep() != null
				&& view.getSession().runner().currentStep().getNumber() == step, "the call reaches step " + step);
		assertEquals(answersStored, store.drafts().find(task).answers(), "each answer is stored when it is given");
	}

	private static int stepOf(CallView view) {
		return view.getSession().runner().currentStep().getNumber();
	}

	@Test
	void anAgentOpensACallAnswersTheScriptAndFinishesIt() throws Exception {
		CallView view = openFreshCall(store);
		CallSession call = view.getSession();
		long taskId = call.task().taskId();
		Contact contact = call.contact();
		assertEquals(agent, store.claims().find(taskId).leaseOwner(), "opening the call claimed it");
		assertTrue(view.getUtterance().contains(Placeholders.salutation(contact.getName(), contact.getTitle())),
				"the script greets the contact by surname and title: " + view.getUtterance());
		assertEquals(1, stepOf(view));
		assertNotNull(store.drafts().find(taskId), "the call is stored as soon as it is opened");

		key(view, '1'); // yes, it is the target person
		waitForStep(view, 4, 1);
		press(view.getAnswerButtons().get(0)); // convenient
		waitForStep(view, 5, 2);
		key(view, '1'); // thanked
		waitForStep(view, 6, 3);
		key(view, '1'); // satisfied: taken back with Ctrl+Z
		waitForStep(view, 8, 4);
		Event undo = new Event();
		undo.keyCode = 'z';
		undo.character = 'z' - 'a' + 1; // what GTK gives for Ctrl+Z
		undo.stateMask = SWT.MOD1;
		view.getUndoButton().notifyListeners(SWT.KeyDown, undo);
		waitForStep(view, 6, 3);

		Map<String, Text> fields = view.getFieldTexts();
		assertEquals(1, fields.size(), "'dissatisfied' records its reason inline");
		String field = fields.keySet().iterator().next();
		Text reason = fields.get(field);
		reason.setText("the engineer came late");
		reason.setFocus();
		reason.notifyListeners(SWT.FocusIn, new Event()); // as the window system does, also without a focused shell
		assertFalse(view.getCommands().isAnswering(), "while typing in a box the digits are text");
		Event digit = new Event();
		digit.character = '1';
		digit.keyCode = '1';
		digit.doit = true;
		reason.notifyListeners(SWT.KeyDown, digit);
		assertTrue(digit.doit && !view.isBusy() && stepOf(view) == 6, "a digit typed into a box is text, not an answer");
		Event altTwo = new Event();
		altTwo.character = '2';
		altTwo.keyCode = '2';
		altTwo.stateMask = SWT.ALT;
		reason.notifyListeners(SWT.KeyDown, altTwo); // dissatisfied, with Alt+2 while typing the reason
		waitForStep(view, 7, 4);
		assertTrue(view.getCommands().isAnswering(), "the box went with its step: the digits answer again");
		key(view, '1'); // ok: a follow-up for the service manager
		waitForStep(view, 8, 5);
		key(view, '1'); // no changes
		waitForStep(view, 9, 6);
		key(view, '2'); // no suggestions
		waitUntil(() -> !view.isBusy() && view.getSession().runner().isFinished(), "the script reaches its end");
		assertEquals(7, store.drafts().find(taskId).answers());

		view.getNotes().setText("喂，你到底什么意思");
		waitUntil(() -> !view.getLintText().isEmpty(), "the notes are linted as they are typed");
		view.getNotes().setText("Customer wants the engineer on time next visit.");
		waitUntil(() -> view.getLintText().isEmpty(), "clean notes have no findings");

		press(view.getFinishButton());
		waitUntil(() -> view.getSession() == null && !view.isBusy(), "finishing closes the call");

		List<CallOutcome> outcomes = store.outcomes().pageByContact(contact.getId(), 0, 1);
		assertEquals(1, outcomes.size(), "the outcome is stored");
		CallOutcome outcome = outcomes.get(0);
		assertEquals(taskId, outcome.getTask().getId());
		assertEquals(agent, outcome.getAgent());
		assertEquals(ScriptRunner.COMPLETED, outcome.getDispositionCode());
		assertNotNull(outcome.getEndedAt());
		assertEquals(List.of(1, 4, 5, 6, 7, 8, 9), outcome.getPath().stream().map(PathEntry::getStepNumber).toList(),
				"the steps taken, without the one taken back");
		assertEquals(1, outcome.getRecordedValues().size());
		assertEquals(field, outcome.getRecordedValues().get(0).getField());
		assertEquals("the engineer came late", outcome.getRecordedValues().get(0).getValue());
		assertEquals(1, outcome.getFollowUps().size());
		assertEquals("Customer wants the engineer on time next visit.", outcome.getNotes());
		assertEquals("COMPLETED", taskState(store, taskId));
		assertNull(store.claims().find(taskId).leaseOwner(), "the lease is released");
		assertNull(store.drafts().find(taskId), "nothing is left in progress");
		QueueView queue = (QueueView) page().findView(QueueView.ID);
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> queue.getViewer().getTable().getItemCount() == total, "My Queue no longer lists the call");
	}

	@Test
	void anAnswerSurvivesClosingTheViewAndTheCallResumesWhereItStopped() throws Exception {
		CallView view = openFreshCall(store);
		long taskId = view.getSession().task().taskId();
		key(view, '2'); // not the target person
		waitForStep(view, 2, 1);
		view.getNotes().setText("asked a colleague");

		page().hideView(view);
		waitUntil(() -> store.claims().find(taskId).leaseOwner() == null, "closing the view releases the lease");
		assertEquals(1, store.drafts().find(taskId).answers(), "the answer given is kept");
		assertEquals("asked a colleague", store.drafts().find(taskId).notes(), "and the notes");

		QueueView queue = (QueueView) page().showView(QueueView.ID);
		queue.refresh();
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> queue.getViewer().getTable().getItemCount() == total, "the queue is read again");
		List<QueueItem> rows = store.tasks().queue(endOfDay(store), null, 0, (int) total);
		int index = rows.stream().map(QueueItem::taskId).toList().indexOf(taskId);
		CallView again = openRow(queue, index, rows.get(index));
		assertTrue(again.getSession().resumed());
		assertEquals(2, stepOf(again), "the call goes on at the step where it stopped");
		assertEquals(List.of(1, 2), again.getSession().runner().visited());
		assertEquals("asked a colleague", again.getNotes().getText());
		assertFalse(again.getStatus().isEmpty(), "the agent is told the call was resumed");

		press(again.getReleaseButton());
		waitUntil(() -> store.claims().find(taskId).leaseOwner() == null, "Release gives the call back");
		assertEquals(1, store.drafts().find(taskId).answers(), "still kept for next time");
	}

	@Test
	void whenTheContactHasLeftTheSuccessorTakesOverThePendingCalls() throws Exception {
		CallView view = openFreshCall(store);
		long taskId = view.getSession().task().taskId();
		Contact left = view.getSession().contact();
		int open = store.tasks().openForContact(left.getId()).size();
		CallTask later = RevisitFactory.eINSTANCE.createCallTask();
		later.setContact(left);
		later.setCampaign(store.campaigns().find(view.getSession().task().campaignId()));
		later.setCallTypeId(BIRTHDAY);
		later.setDueFrom(Date.from(store.clock().instant().plus(Duration.ofDays(3))));
		later.setDueTo(Date.from(store.clock().instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(1))));
		later.setPriority(10);
		later.setState(TaskState.PLANNED);
		store.transaction(tx -> {
			store.tasks().insert(tx, List.of(later));
			return null;
		});
		assertEquals(open + 1, store.tasks().openForContact(left.getId()).size());

		key(view, '2'); // not the target person
		waitForStep(view, 2, 1);
		List<String> problemsBeforeMobile = new ArrayList<>();
		whenDialogOpens(SuccessorDialog.class, d -> {
			d.getNameText().setText("赵敏");
			d.getTitleText().setText("女士");
			d.getMobileText().setText("139");
			problemsBeforeMobile.add(String.valueOf(d.getOkButton().isEnabled()));
			d.getMobileText().setText("13912345678");
			press(d.getOkButton());
		});
		key(view, '3'); // has left the company
		waitForStep(view, 3, 2);
		assertEquals(List.of("false"), problemsBeforeMobile, "an invalid mobile is not accepted");

		Contact old = store.contacts().find(left.getId());
		assertEquals(ContactStatus.LEFT_COMPANY, old.getStatus());
		Contact successor = store.contacts().find(old.getSuccessor().getId());
		assertEquals("赵敏", successor.getName());
		assertEquals(left.getCompany(), successor.getCompany(), "the successor works at the same company");
		assertEquals(List.of(), store.tasks().openForContact(left.getId()));
		assertEquals(open + 1, store.tasks().openForContact(successor.getId()).size(),
				"the call in progress and the later one moved to the successor");
		assertEquals(agent, store.claims().find(taskId).leaseOwner(), "the agent keeps the call");

		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		card.show(left.getId());
		waitUntil(() -> card.getShown() != null && card.getShown().getId() == left.getId()
				&& card.getSuccessorLink().isVisible(), "the card of the one who left links to the successor");
		assertTrue(card.getSuccessorLink().getText().contains("赵敏"), card.getSuccessorLink().getText());
		assertFalse(card.getLeftAction().isEnabled(), "someone who left cannot leave again");
		card.getSuccessorLink().notifyListeners(SWT.Selection, new Event());
		waitUntil(() -> card.getShown().getId() == successor.getId(), "the link opens the successor's card");

		CallView callView = (CallView) page().showView(CallView.ID);
		press(callView.getReleaseButton());
		waitUntil(() -> store.claims().find(taskId).leaseOwner() == null, "released");
	}

	@Test
	void leftTheCompanyFromTheContactCardMovesThePendingCalls() throws Exception {
		CallView view = openFreshCall(store);
		long taskId = view.getSession().task().taskId();
		Contact contact = view.getSession().contact();
		press(view.getReleaseButton());
		waitUntil(() -> store.claims().find(taskId).leaseOwner() == null, "released");

		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		card.show(contact.getId());
		waitUntil(() -> card.getShown() != null && card.getShown().getId() == contact.getId(), "the card is shown");
		assertTrue(card.getLeftAction().isEnabled());
		whenDialogOpens(SuccessorDialog.class, d -> {
			d.getNameText().setText("钱进");
			d.getTitleText().setText("先生");
			d.getMobileText().setText("13700001111");
			press(d.getOkButton());
		});
		press(card.getLeftAction());
		waitUntil(() -> store.contacts().find(contact.getId()).getStatus() == ContactStatus.LEFT_COMPANY,
				"the contact is marked as left");
		long successorId = store.contacts().find(contact.getId()).getSuccessor().getId();
		assertTrue(store.tasks().openForContact(successorId).stream().anyMatch(q -> q.taskId() == taskId),
				"the pending call moved to the successor");
		assertEquals(List.of(), store.tasks().openForContact(contact.getId()));
		waitUntil(() -> card.getSuccessorLink().isVisible(), "the card shows the successor");
	}

	@Test
	void theCallbackPickerRefusesAForbiddenTimeAndAcceptsAnAllowedOne() throws Exception {
		CallView view = openFreshCall(store);
		CallSession call = view.getSession();
		long taskId = call.task().taskId();
		ZoneId zone = call.contactZone();
		CallingHours hours = call.callingHours();
		LocalDate day = LocalDate.now(store.clock().withZone(zone)).plusDays(1);
		while (hours.slots(day, zone).isEmpty()) {
			day = day.plusDays(1);
		}
		LocalDate workingDay = day;
		LocalDate firstDayOff = LocalDate.now(store.clock().withZone(zone)).plusDays(1);
		while (hours.calendar().isWorkingDay(firstDayOff)) {
			firstDayOff = firstDayOff.plusDays(1);
		}
		LocalDate dayOff = firstDayOff;
		Instant allowed = hours.slots(workingDay, zone).get(0).start().plusMinutes(30).toInstant();
		String lunch = workingDay.atTime(LocalTime.of(12, 30)).format(TYPED);
		String weekend = dayOff.atTime(LocalTime.of(9, 30)).format(TYPED);
		String evening = workingDay.atTime(LocalTime.of(20, 0)).format(TYPED);

		key(view, '1');
		waitForStep(view, 4, 1);
		List<String> seen = new ArrayList<>();
		List<Boolean> okEnabled = new ArrayList<>();
		List<Boolean> offeredAllowed = new ArrayList<>();
		whenDialogOpens(CallbackDialog.class, d -> {
			offeredAllowed.add(d.getDayList().getItemCount() > 0 && d.getTimeList().getItemCount() > 0);
			for (String t : List.of(lunch, weekend, evening)) {
				d.getTyped().setText(t);
				seen.add(d.getVerdict());
				okEnabled.add(d.getOkButton().isEnabled());
			}
			d.getTyped().setText(allowed.atZone(zone).format(TYPED));
			seen.add(d.getVerdict());
			okEnabled.add(d.getOkButton().isEnabled());
			press(d.getOkButton());
		});
		press(view.getAnswerButtons().get(1)); // not convenient: agree a callback time
		waitUntil(() -> !view.isBusy() && view.getSession().runner().isFinished(), "the callback ends the script");

		assertEquals(List.of(true), offeredAllowed, "the picker offers days and times");
		assertEquals(List.of(false, false, false, true), okEnabled, "only the allowed time can be taken");
		assertTrue(seen.get(0).contains(Labels.refusal("LUNCH_BREAK")) && seen.get(0).contains("12:30"), seen.get(0));
		assertTrue(seen.get(1).contains(Labels.refusal("NON_WORKING_DAY")) && seen.get(1).contains(dayOff.toString()),
				seen.get(1));
		assertTrue(seen.get(2).contains(Labels.refusal("OUTSIDE_WINDOWS")) && seen.get(2).contains("20:00"),
				seen.get(2));
		assertEquals(allowed, view.getSession().runner().callbackAt());

		press(view.getFinishButton());
		waitUntil(() -> view.getSession() == null && !view.isBusy(), "the call is saved");
		CallOutcome outcome = store.outcomes().pageByContact(call.contact().getId(), 0, 1).get(0);
		assertEquals(ScriptRunner.CALLBACK, outcome.getDispositionCode());
		List<Callback> callbacks = outcome.getCallbacks();
		assertEquals(1, callbacks.size());
		assertEquals(allowed, callbacks.get(0).getDueAt().toInstant());
		assertEquals(agent, callbacks.get(0).getOwner());
		assertEquals("COMPLETED", taskState(store, taskId));
	}

	@Test
	void everyOfferedCallbackTimeIsAllowed() throws Exception {
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		ZoneId zone = ZoneId.of("Asia/Urumqi");
		CallingHours hours = CallingHours.of(null, new org.revisit.core.calendar.WorkingCalendar(
				org.revisit.core.calendar.HolidayCalendarText.chinaDefault()));
		List<String> refused = new ArrayList<>();
		int[] offered = { 0 };
		CallbackDialog dialog = new CallbackDialog(shell, hours, zone,
				store.clock().withZone(ZoneId.of("Europe/Berlin")), "王先生");
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			for (int d = 0; d < dialog.getDayList().getItemCount(); d++) {
				dialog.getDayList().select(d);
				dialog.getDayList().notifyListeners(SWT.Selection, new Event());
				for (int t = 0; t < dialog.getTimeList().getItemCount(); t++) {
					dialog.getTimeList().select(t);
					dialog.getTimeList().notifyListeners(SWT.Selection, new Event());
					offered[0]++;
					if (!dialog.getOkButton().isEnabled()) {
						refused.add(dialog.getTyped().getText() + ": " + dialog.getVerdict());
					}
				}
			}
			assertEquals(CallbackDialog.DAYS, dialog.getDayList().getItemCount(), "ten working days are offered");
			assertTrue(offered[0] > 0);
			assertEquals(List.of(), refused, "no offered time is refused");
			assertTrue(dialog.getTimeList().getItem(0).length() > "09:00".length(),
					"both zones are shown when they differ: " + dialog.getTimeList().getItem(0));
		} finally {
			dialog.close();
		}
	}

	@Test
	void theCallbackPickerOffersToReplaceAnOpenPromiseAndKeepsThemAllByDefault() throws Exception {
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		CallingHours hours = CallingHours.of(null, new org.revisit.core.calendar.WorkingCalendar(
				org.revisit.core.calendar.HolidayCalendarText.chinaDefault()));
		org.revisit.model.Callback older = org.revisit.model.RevisitFactory.eINSTANCE.createCallback();
		older.setId(77);
		older.setDueAt(Date.from(store.clock().instant().plus(Duration.ofDays(3))));
		older.setReason("答复维修进度");
		CallbackDialog dialog = new CallbackDialog(shell, hours, zone, store.clock().withZone(zone), "王先生");
		dialog.setOpenPromises(List.of(new org.revisit.store.CallbackRepository.Promise(older, null, null, null, null,
				null, null, null)));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Combo replaces = dialog.getReplacesCombo();
			assertEquals(2, replaces.getItemCount(), "keep all, or replace the one open promise");
			assertEquals(0, replaces.getSelectionIndex());
			assertNull(dialog.getReplacing(), "every promise is kept unless the agent chooses");
			assertTrue(replaces.getItem(1).contains("答复维修进度"), replaces.getItem(1));
			replaces.select(1);
			replaces.notifyListeners(SWT.Selection, new Event());
			assertEquals(Long.valueOf(77), dialog.getReplacing());
		} finally {
			dialog.close();
		}
	}

	/**
	 * Drives the next dialog of this type once it is open (it runs inside the dialog's own event loop, so the
	 * driver only records what it sees; the test asserts afterwards).
	 */
	private static <D> void whenDialogOpens(Class<D> type, Consumer<D> driver) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 10_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (type.isInstance(s.getData()) && s.isVisible()) {
					try {
						driver.accept(type.cast(s.getData()));
					} finally {
						if (!s.isDisposed()) {
							s.close();
						}
					}
					return;
				}
			}
			if (System.nanoTime() - deadline < 0) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}
}
