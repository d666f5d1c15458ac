package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.AgentDesk.openFreshCall;
import static org.revisit.ui.tests.AgentDesk.page;
import static org.revisit.ui.tests.AgentDesk.taskState;
import static org.revisit.ui.tests.AgentDesk.waitForCall;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.Planner;
import org.revisit.core.script.run.CallSession;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.store.Store;
import org.revisit.ui.internal.ExplainPanel;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.ContactCardView;

/**
 * The explainer on the Contact Card, and calls that do not reach the contact ended from the Call view, in the
 * real workbench and database.
 */
class ExplainUiTest {


	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();
	private final String agent = AgentDesk.agent();

	private static ZoneId zoneOf(Contact c) {
		return c.getTimeZone() == null ? ZoneId.systemDefault() : ZoneId.of(c.getTimeZone());
	}

	/** 14:30 of the next working day (from today) in {@code zone}: inside the default calling windows. */
	private Instant inTheWindows(ZoneId zone) {
		WorkingCalendar calendar = Planner.workingCalendar(store);
		LocalDate day = LocalDate.now(store.clock().withZone(zone));
		while (!calendar.describe(day).working()) {
			day = day.plusDays(1);
		}
		return day.atTime(LocalTime.of(14, 30)).atZone(zone).toInstant();
	}

	/**
	 * Shows {@code contact} on the card with the explainer tab at {@code at}; waits for the explanation. The card
	 * follows the Call view and My Queue, and a call an earlier test ended may still re-show its contact: the
	 * contact is shown again until the card keeps it.
	 */
	private ExplainPanel explain(ContactCardView card, Contact contact, Instant at) {
		ExplainPanel panel = card.getExplainPanel();
		panel.setClock(Clock.fixed(at, zoneOf(contact)));
		card.showExplanation();
		AssertionError last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			card.show(contact.getId());
			try {
				waitUntil(() -> !panel.isBusy() && panel.getExplanation() != null
						&& panel.getExplanation().contact().getId() == contact.getId() && panel.getExplanation().at().equals(at),
						"the explainer explains " + contact.getName() + " at " + at);
				return panel;
			} catch (AssertionError e) {
				Explanation x = panel.getExplanation();
				last = new AssertionError(e.getMessage() + "; busy " + panel.isBusy() + ", explained "
						+ (x == null ? "nothing" : x.contact().getId() + " at " + x.at()) + " (wanted " + contact.getId()
						+ "), headline '" + panel.getHeadline() + "'", e);
				if (x != null && x.contact().getId() == contact.getId()) {
					break; // the right contact, but not the moment: showing it again will not help
				}
			}
		}
		throw last;
	}

	/** The lines under the first line of the tree (the gates of the moment), as shown. */
	private static List<String> nowLines(ExplainPanel panel) {
		TreeItem now = panel.getTree().getTree().getItem(0);
		return Arrays.stream(now.getItems()).map(TreeItem::getText).toList();
	}

	@Test
	void theExplainerShowsTheDoNotCallGateFailingAndACallableContactPassing() throws Exception {
		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		List<Contact> all = store.contacts().page(0, 1000);
		Contact refuses = all.stream().filter(c -> c.isDoNotCall() && c.getStatus() == ContactStatus.ACTIVE).findFirst()
				.orElse(null);
		assertNotNull(refuses, "the demo data has a do-not-call contact");
		ExplainPanel panel = explain(card, refuses, inTheWindows(zoneOf(refuses)));
		assertTrue(panel.getHeadline().startsWith(NLS.bind(Messages.Explain_notCallable, "").strip()),
				panel.getHeadline());
		assertTrue(panel.getHeadline().contains(Labels.gate(Gate.DO_NOT_CALL)), panel.getHeadline());
		String gate = "\u2717 " + Labels.gate(Gate.DO_NOT_CALL) + ":";
		assertTrue(nowLines(panel).stream().anyMatch(l -> l.startsWith(gate)), "a failing do-not-call line: " + nowLines(panel));
		assertTrue(nowLines(panel).stream().anyMatch(l -> l.startsWith("\u2713 " + Labels.gate(Gate.CALLING_HOURS))),
				"14:30 is inside the windows: " + nowLines(panel));

		Contact callable = all.stream().filter(c -> !c.isDoNotCall() && c.getStatus() == ContactStatus.ACTIVE
				&& c.getPhones().stream().anyMatch(p -> !p.isInvalid())).findFirst().orElse(null);
		assertNotNull(callable);
		panel = explain(card, callable, inTheWindows(zoneOf(callable)));
		assertEquals(Messages.Explain_callable, panel.getHeadline());
		assertTrue(panel.getExplanation().callableNow());
		assertTrue(nowLines(panel).stream().noneMatch(l -> l.startsWith("\u2717")), nowLines(panel).toString());
		// the phone gate is named for what it checks, not "Contact status" a second time
		assertTrue(nowLines(panel).stream().anyMatch(l -> l.startsWith("\u2713 " + Messages.Gate_PHONE + ":")),
				nowLines(panel).toString());
		assertEquals(1, nowLines(panel).stream().filter(l -> l.contains(Labels.gate(Gate.CONTACT_STATUS) + ":")).count(),
				nowLines(panel).toString());
		int top = panel.getTree().getTree().getItemCount();
		assertTrue(top >= 3, "the moment, the pending calls and the next 30 days");

		// at 12:30 (the lunch break) the same contact is not callable, for the calling hours
		Instant lunch = inTheWindows(zoneOf(callable)).minus(Duration.ofHours(2));
		panel = explain(card, callable, lunch);
		assertTrue(panel.getHeadline().contains(Labels.gate(Gate.CALLING_HOURS)), panel.getHeadline());
		assertTrue(nowLines(panel).stream().anyMatch(l -> l.startsWith("\u2717 " + Labels.gate(Gate.CALLING_HOURS))));
	}

	@Test
	void theExplainerWarnsWhenTheNext30DaysReachAYearWithoutItsHolidayArrangement() throws Exception {
		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		Contact contact = store.contacts().page(0, 1000).stream().filter(c -> c.getStatus() == ContactStatus.ACTIVE)
				.findFirst().orElseThrow();
		ZoneId zone = zoneOf(contact);
		LocalDate day = LocalDate.of(2026, 12, 21);
		List<String> warnings = Planner.workingCalendar(store).decreeWarnings(day, day.plusDays(Planner.DEFAULT_DAYS - 1));
		assertEquals(1, warnings.size(), "the built-in calendar has no arrangement for 2027: " + warnings);
		ExplainPanel panel = explain(card, contact, day.atTime(LocalTime.of(14, 30)).atZone(zone).toInstant());
		assertEquals(warnings, panel.getExplanation().warnings());
		List<String> top = Arrays.stream(panel.getTree().getTree().getItems()).map(TreeItem::getText).toList();
		assertTrue(top.contains(warnings.get(0)), "a line of the tree: " + top);

		panel = explain(card, contact, LocalDate.of(2026, 11, 23).atTime(LocalTime.of(14, 30)).atZone(zone).toInstant());
		assertEquals(List.of(), panel.getExplanation().warnings(), "23 November to 22 December 2026");
		List<String> lines = Arrays.stream(panel.getTree().getTree().getItems()).map(TreeItem::getText).toList();
		assertTrue(lines.stream().noneMatch(warnings::contains), lines.toString());
	}

	private static void waitUntilEnded(CallView view) {
		waitUntil(() -> view.getSession() == null && !view.isBusy(), "the attempt is ended");
	}

	@Test
	void noAnswerIsTriedAgainInTheWindowsAndTheThirdMakesTheCallUnreachable() throws Exception {
		CallView view = openFreshCall(store);
		CallSession call = view.getSession();
		long task = call.task().taskId();
		Contact contact = call.contact();
		Campaign campaign = call.campaign();
		assertEquals(3, Attempts.maxAttempts(campaign), "the demo campaigns keep the default attempts");
		assertTrue(view.getNotReachedButtons().get(Attempts.NO_ANSWER).getText().contains("F6"));
		Event one = new Event();
		one.character = '1';
		one.keyCode = '1';
		view.getUndoButton().notifyListeners(SWT.KeyDown, one); // an answer given before the line dropped
		waitUntil(() -> !view.isBusy() && store.drafts().find(task) != null && store.drafts().find(task).answers() == 1,
				"the answer is stored");

		Event f6 = new Event();
		f6.keyCode = SWT.F6;
		view.getUndoButton().notifyListeners(SWT.KeyDown, f6);
		waitUntilEnded(view);
		assertEquals("RESCHEDULED", taskState(store, task));
		assertEquals(1, store.claims().find(task).attempts());
		assertNull(store.claims().find(task).leaseOwner(), "the lease is released");
		assertNull(store.drafts().find(task), "the attempt's answers are dropped");
		Instant due = store.claims().find(task).dueFrom();
		assertTrue(due.isAfter(store.clock().instant().plus(Duration.ofMinutes(119))), "not before the 2-hour interval: " + due);
		CallingHours hours = CallingHours.of(campaign, Planner.workingCalendar(store));
		assertTrue(hours.check(due, zoneOf(contact)).allowed(), "due again inside the calling windows: " + due);
		String first = view.getStatus();
		assertTrue(first.contains(Labels.disposition(Attempts.NO_ANSWER).substring(1)) && first.contains("1"), first);

		// the next attempts, opened again (the retry may be due tomorrow, so not from today's queue)
		assertTrue(store.claims().claim(task, agent, store.clock().instant(), CallSession.LEASE).isPresent());
		view.open(task);
		waitForCall(task);
		assertEquals(0, view.getSession().runner().path().size(), "the next attempt starts afresh");
		Button busy = view.getNotReachedButtons().get(Attempts.BUSY);
		busy.notifyListeners(SWT.Selection, new Event());
		waitUntilEnded(view);
		assertEquals(2, store.claims().find(task).attempts());
		assertEquals("RESCHEDULED", taskState(store, task));

		assertTrue(store.claims().claim(task, agent, store.clock().instant(), CallSession.LEASE).isPresent());
		view.open(task);
		waitForCall(task);
		view.getNotReachedButtons().get(Attempts.NO_ANSWER).notifyListeners(SWT.Selection, new Event());
		waitUntilEnded(view);
		assertEquals("UNREACHABLE", taskState(store, task), "the third unanswered attempt is the last (default 3)");
		assertEquals(3, store.claims().find(task).attempts());
		assertTrue(view.getStatus().contains(Labels.nameWithTitle(contact)) && view.getStatus().contains("3"),
				view.getStatus());
		assertTrue(store.claims().claim(task, agent, store.clock().instant(), CallSession.LEASE).isEmpty(), "closed for good");
	}
}
