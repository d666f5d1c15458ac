package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;
import org.revisit.store.ThreadGuard;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.views.QueueView;

/**
 * My Queue over more rows than a few pages, with database access forbidden on the UI thread while the view opens,
 * counts and scrolls to its end: every read runs in the background, the rows come in the queue's order, and the
 * last row is the queue's last.
 */
class QueueViewPagingUiTest {

	@Test
	void myQueuePagesToItsEndWithoutJdbcOnTheUiThread() throws Exception {
		Store store = AgentDesk.store();
		Instant end = AgentDesk.endOfDay(store);
		// more than enough for four pages: a few of these contacts may be off the queue (the demo's month of history
		// marks some numbers invalid and some contacts do-not-call)
		List<Long> added = addDueCalls(store, 1000, store.clock().instant());
		Thread ui = Display.getCurrent().getThread();
		QueueView view = null;
		try {
			long due = store.tasks().queueCounts(end).values().stream().mapToLong(Long::longValue).sum();
			assertTrue(due > 4 * 200, "more than four pages of 200: " + due);
			QueueItem first = store.tasks().queue(end, null, 0, 1).get(0);
			QueueItem last = store.tasks().queue(end, null, due - 1, 1).get(0);

			ThreadGuard.forbid(ui);
			assertThrows(IllegalStateException.class, () -> store.contacts().count(), "the guard is on");
			ThreadGuard.forbid(ui); // forgets the refusal it was tested with
			view = (QueueView) AgentDesk.page().showView(QueueView.ID);
			view.refresh();
			Table table = view.getViewer().getTable();
			waitUntil(() -> table.getItemCount() == due, "the queue lists the " + due + " calls due today");
			waitUntil(() -> table.getItem(0).getData() instanceof QueueItem q && q.taskId() == first.taskId(),
					"the first row is the queue's first");
			TableItem lastItem = table.getItem((int) due - 1);
			table.showItem(lastItem);
			waitUntil(() -> lastItem.getData() instanceof QueueItem q && q.taskId() == last.taskId(),
					"the last row is the queue's last");
			TableItem middle = table.getItem((int) due / 2);
			table.showItem(middle);
			waitUntil(() -> middle.getData() instanceof QueueItem, "a row in the middle is filled");
			ThreadGuard.forbid(null);
			long middleId = ((QueueItem) middle.getData()).taskId();
			assertEquals(store.tasks().queue(end, null, due / 2, 1).get(0).taskId(), middleId,
					"the middle row is where the queue's order puts it");
		} finally {
			List<String> refused = ThreadGuard.violations();
			ThreadGuard.forbid(null);
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					for (long id : added) {
						s.executeUpdate("DELETE FROM call_task WHERE id = " + id);
					}
				}
				return null;
			});
			if (view != null) { // the next tests find My Queue in its place, without the calls added here
				view.refresh();
				Table table = view.getViewer().getTable();
				long due = store.tasks().queueCounts(end).values().stream().mapToLong(Long::longValue).sum();
				waitUntil(() -> table.getItemCount() == due, "My Queue lists the " + due + " calls of the demo again");
			}
			assertEquals(List.of(), refused, "no JDBC on the UI thread");
		}
	}

	/** {@code n} planned calls due over today for the stored contacts; their ids. */
	private static List<Long> addDueCalls(Store store, int n, Instant now) {
		List<Contact> contacts = store.contacts().page(0, 100);
		return store.transaction(tx -> {
			List<CallTask> tasks = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				CallTask t = RevisitFactory.eINSTANCE.createCallTask();
				t.setContact(contacts.get(i % contacts.size()));
				t.setCallTypeId(AgentDesk.BIRTHDAY);
				Instant from = now.minus(Duration.ofMinutes(5L * (i % 40)));
				t.setDueFrom(Date.from(from));
				t.setDueTo(Date.from(from.plus(Duration.ofHours(8))));
				t.setPriority(10 + (i % 5) * 10);
				t.setState(TaskState.PLANNED);
				tasks.add(t);
			}
			store.tasks().insert(tx, tasks);
			return tasks.stream().map(CallTask::getId).toList();
		});
	}
}
