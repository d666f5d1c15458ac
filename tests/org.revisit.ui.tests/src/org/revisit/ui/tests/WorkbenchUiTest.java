package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository;
import org.revisit.ui.views.CampaignsView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.ContactsView;
import org.revisit.ui.views.QueueView;

/**
 * Runs inside the real Revisit application: the workbench window it opened, the embedded Derby database it
 * created in the test's instance area and the demo data it filled in on first start.
 */
class WorkbenchUiTest {

	private static final String AGENT = "org.revisit.rcp.perspectives.agent";
	private static final String MANAGER = "org.revisit.rcp.perspectives.manager";

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void windowIsTitledRevisitAndOpensOnTheAgentPerspective() {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		assertNotNull(window);
		Shell shell = window.getShell();
		assertEquals("Revisit", shell.getText());
		// what a start without a saved layout opens on (the page shows what the tests before this one left)
		assertEquals(AGENT, workbench.getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void contactsViewShowsTheRowsStoredInDerby() throws Exception {
		assertNotNull(AgentDesk.services(), "the application offers the services to the views");
		assertNull(workbench.getService(Store.class), "and not the store: the views go through the services");
		Store store = AgentDesk.store();
		long count = store.contacts().count();
		long successors = store.read(c -> {
			try (var s = c.createStatement();
					var rs = s.executeQuery("SELECT COUNT(*) FROM contact WHERE successor_id IS NOT NULL")) {
				rs.next();
				return rs.getLong(1);
			}
		});
		assertEquals(300, count - successors, "a new database gets the demo contacts (the Call view tests add successors)");

		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		ContactsView view = (ContactsView) page.showView(ContactsView.ID);
		Table table = view.getViewer().getTable();
		waitUntil(() -> table.getItemCount() == count, "the table reaches " + count + " rows");

		List<Contact> first = store.contacts().page(0, 3);
		for (int i = 0; i < first.size(); i++) {
			TableItem item = table.getItem(i);
			final int row = i;
			// reading a cell asks for the row as painting it would; its page may still be on its way
			waitUntil(() -> !item.getText(1).isEmpty() && item.getData() instanceof Contact, "row " + row + " is filled");
			Contact c = first.get(i);
			assertEquals(Long.toString(c.getId()), item.getText(0), "the first column is the contact's id");
			assertEquals(c.getName() + " " + c.getTitle(), item.getText(1));
			assertEquals(c.getCompany(), item.getText(2));
			assertEquals(c.getPhones().get(0).getNumber(), item.getText(4));
		}
		// A row far down the table is read from the database when it is shown.
		Contact last = store.contacts().page(count - 1, 1).get(0);
		TableItem lastItem = table.getItem((int) count - 1);
		table.showItem(lastItem);
		waitUntil(() -> !lastItem.getText(1).isEmpty() && lastItem.getData() instanceof Contact,
				"the last row is filled (first saying " + lastItem.getText(0) + ")");
		assertEquals(last.getName() + " " + last.getTitle(), lastItem.getText(1));
	}

	@Test
	void myQueueShowsTodaysCallsAndOpeningOneClaimsIt() throws Exception {
		Store store = AgentDesk.store();
		java.time.Instant endOfDay = AgentDesk.endOfDay(store);
		long due = store.tasks().queueCounts(endOfDay).values().stream().mapToLong(Long::longValue).sum();
		assertTrue(due > 0, "the demo data has calls due today (promised callbacks at least)");

		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		QueueView view = (QueueView) page.showView(QueueView.ID);
		Table table = view.getViewer().getTable();
		waitUntil(() -> table.getItemCount() == due, "the queue lists the " + due + " calls due today");
		TaskRepository.QueueItem first = store.tasks().queue(endOfDay, null, 0, 1).get(0);
		TableItem item = table.getItem(0);
		waitUntil(() -> !item.getText(1).isEmpty(), "the first row is filled");
		assertEquals(first.contactName() + " " + first.title(), item.getText(1));

		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		String agent = AgentDesk.agent();
		waitUntil(() -> agent.equals(store.claims().find(first.taskId()).leaseOwner()),
				"opening the call claims it for " + agent);
		waitUntil(() -> table.getItem(0).getText(6).contains(":"), "the row shows the lease");
	}

	@Test
	void contactCardFollowsTheQueueAndMarksAPhoneInvalid() throws Exception {
		Store store = AgentDesk.store();
		java.time.Instant endOfDay = AgentDesk.endOfDay(store);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		QueueView queue = (QueueView) page.showView(QueueView.ID);
		ContactCardView card = (ContactCardView) page.showView(ContactCardView.ID);
		Table table = queue.getViewer().getTable();
		waitUntil(() -> table.getItemCount() > 1, "the queue is filled");
		// a row after the first whose contact's first number is not marked yet (a run before, in the other
		// language, may have marked the one of the second row)
		List<TaskRepository.QueueItem> rows = store.tasks().queue(endOfDay, null, 0, 200);
		int index = 1;
		while (index < rows.size() && store.contacts().find(rows.get(index).contactId()).getPhones().get(0).isInvalid()) {
			index++;
		}
		assertTrue(index < rows.size(), "a call in the queue whose contact's first number is not marked invalid");
		TaskRepository.QueueItem second = rows.get(index);
		int row = index;
		table.showItem(table.getItem(row));
		waitUntil(() -> !table.getItem(row).getText(1).isEmpty(), "row " + row + " is filled");
		page.activate(queue); // the selection service follows the active part
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, new Event());
		String heading = second.contactName() + " " + second.title();
		waitUntil(() -> heading.equals(card.getHeading()), "the card shows " + heading);

		Contact before = store.contacts().find(second.contactId());
		Table phones = card.getPhones().getTable();
		waitUntil(() -> phones.getItemCount() == before.getPhones().size(), "the card lists the phones");
		phones.setSelection(0);
		phones.notifyListeners(SWT.Selection, new Event());
		assertTrue(card.getToggle().isEnabled());
		card.getToggle().notifyListeners(SWT.Selection, new Event());
		waitUntil(() -> store.contacts().find(second.contactId()).getPhones().get(0).isInvalid(),
				"the first number is stored as invalid");
		assertEquals(before.getVersion() + 1, store.contacts().find(second.contactId()).getVersion());
		assertTrue(store.audit().page("Contact", second.contactId(), 0, 10).stream()
				.anyMatch(a -> "phones".equals(a.getField())), "the change is audited");
	}

	@Test
	void searchingContactsByPhoneShowsThatContact() throws Exception {
		Store store = AgentDesk.store();
		Contact wanted = store.contacts().page(137, 1).get(0);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		ContactsView view = (ContactsView) page.showView(ContactsView.ID);
		Table table = view.getViewer().getTable();
		String number = wanted.getPhones().get(0).getNumber();
		long matching = store.contactSearch().count(number);
		view.getSearch().setText(number);
		waitUntil(() -> table.getItemCount() == matching, "the table shows the " + matching + " match(es)");
		waitUntil(() -> !table.getItem(0).getText(1).isEmpty(), "the first match is filled");
		assertTrue(java.util.stream.IntStream.range(0, table.getItemCount())
				.anyMatch(i -> table.getItem(i).getText(1).equals(wanted.getName() + " " + wanted.getTitle())));
		view.getSearch().setText("");
		waitUntil(() -> table.getItemCount() == store.contacts().count(), "clearing the search shows everyone");
	}

	@Test
	void aRowWhosePageIsStillComingSaysLoadingAndIsFilledWhenItArrives() throws Exception {
		Store store = AgentDesk.store();
		long all = store.contacts().count();
		// a search with more than one page of matches, fewer than all (so the table visibly changes to it)
		String text = java.util.stream.IntStream.rangeClosed(0, 99).mapToObj(Integer::toString)
				.filter(t -> store.contactSearch().count(t) > 200 && store.contactSearch().count(t) < all).findFirst().orElseThrow();
		long matching = store.contactSearch().count(text);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		ContactsView view = (ContactsView) page.showView(ContactsView.ID);
		Table table = view.getViewer().getTable();
		table.setTopIndex(0); // the rows on screen are those of the first page, which comes with the count
		try {
			view.getSearch().setText(text);
			waitUntil(() -> table.getItemCount() == matching, "the table shows the " + matching + " matches of " + text);
			int last = (int) matching - 1;
			table.showItem(table.getItem(last));
			// nothing has run on the UI thread since: the page of that row is still being read in the background
			assertEquals(org.revisit.ui.internal.Messages.View_loadingRow, table.getItem(last).getText(0));
			Contact expected = store.contactSearch().page(text, last, 1).get(0);
			waitUntil(() -> table.getItem(last).getData() instanceof Contact c && c.getId() == expected.getId(),
					"the row is filled when its page arrives");
			assertEquals(Long.toString(expected.getId()), table.getItem(last).getText(0));
		} finally {
			view.getSearch().setText("");
			waitUntil(() -> table.getItemCount() == store.contacts().count(), "clearing the search shows everyone");
		}
	}

	@Test
	void managerPerspectiveShowsCampaignsWithTheirOpenCalls() throws Exception {
		Store store = AgentDesk.store();
		List<Campaign> campaigns = store.campaigns().list();
		assertEquals(13, campaigns.size(), "one demo campaign per built-in call type, a paused and an ended one");

		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(MANAGER));
		try {
			managerPerspectiveShows(page, store, campaigns);
		} finally {
			page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT));
		}
	}

	private static void managerPerspectiveShows(IWorkbenchPage page, Store store, List<Campaign> campaigns) {
		CampaignsView view = (CampaignsView) page.findView(CampaignsView.ID);
		assertNotNull(view, "the Manager perspective shows the campaigns");
		assertNotNull(page.findView(ContactsView.ID), "and the contacts");
		view.refresh(); // (it may show what it read before an earlier test added or removed a campaign)
		Table table = view.getViewer().getTable();
		waitUntil(() -> table.getItemCount() == campaigns.size(), "all campaigns are listed");
		assertEquals(org.revisit.ui.internal.Labels.campaign(campaigns.get(0)), table.getItem(0).getText(0));
		long openTasks = store.counts().openTasks();
		long shownOpen = 0;
		for (TableItem item : table.getItems()) {
			shownOpen += Long.parseLong(item.getText(4));
		}
		assertEquals(openTasks, shownOpen, "the open calls per campaign add up to the database's count");
		assertTrue(openTasks > 0, "demo data plans birthday calls for this week");
	}

	/** Runs the event loop until the condition holds, or fails after ten seconds. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { /* wakes the loop to check again */ });
				display.sleep();
			}
		}
	}
}
