package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

	/**
	 * A refresh while the queue is counted again (its shape: a pass over the whole queue, about 25 s at 10,000,000
	 * contacts) keeps the table's length and the agent's place, and a refresh meanwhile starts no second pass beside
	 * the first. The pass is held up by a real row lock: another transaction's update of the queue's last call,
	 * which the pass must read and the first page never reaches.
	 */
	@Test
	void aRefreshKeepsTheQueuesLengthWhileItCountsAgainAndNeverCountsTwiceAtOnce() throws Exception {
		Store store = AgentDesk.store();
		Instant end = AgentDesk.endOfDay(store);
		List<Long> added = addDueCalls(store, 1000, store.clock().instant());
		QueueView view = (QueueView) AgentDesk.page().showView(QueueView.ID);
		Table table = view.getViewer().getTable();
		Connection lock = null;
		try {
			long due = store.tasks().queueCounts(end).values().stream().mapToLong(Long::longValue).sum();
			assertTrue(due > 4 * 200, "more than four pages of 200: " + due);
			view.refresh();
			waitUntil(() -> table.getItemCount() == due, "the queue lists the " + due + " calls due today");
			table.setTopIndex(0);
			waitUntil(() -> table.getItem(0).getData() instanceof QueueItem, "the first row is shown");
			waitUntil(() -> waiting(store) == 0, "no pass under way");

			long last = store.tasks().queue(end, null, due - 1, 1).get(0).taskId();
			lock = store.connect();
			lock.setAutoCommit(false);
			try (PreparedStatement p = lock.prepareStatement("UPDATE call_task SET attempts = attempts WHERE id = ?")) {
				p.setLong(1, last);
				assertEquals(1, p.executeUpdate());
			}

			Object before = table.getItem(0).getData();
			view.refresh();
			waitUntil(() -> waiting(store) == 1, "the pass waits for the last call's lock");
			waitUntil(() -> table.getItem(0).getData() != before, "the refresh's first page is shown");
			assertEquals(due, table.getItemCount(), "the table keeps its length while the queue is counted again");

			Object again = table.getItem(0).getData();
			view.refresh(); // as a finished call does while the pass still waits
			waitUntil(() -> table.getItem(0).getData() != again, "the second refresh's first page is shown");
			long until = System.nanoTime() + 1_000_000_000L; // time for a second pass to start and reach the lock
			waitUntil(() -> System.nanoTime() - until > 0, "a second");
			assertEquals(1, waiting(store), "one pass at a time: the second refresh's pass waits for the first");
			assertEquals(due, table.getItemCount(), "the table keeps its length");

			lock.rollback();
			lock.close();
			lock = null;
			waitUntil(() -> waiting(store) == 0, "the pass goes on");
			waitUntil(() -> table.getItemCount() == due && table.getItem(0).getData() instanceof QueueItem,
					"the queue lists the " + due + " calls after its count");
		} finally {
			if (lock != null) {
				lock.rollback();
				lock.close();
			}
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					for (long id : added) {
						s.executeUpdate("DELETE FROM call_task WHERE id = " + id);
					}
				}
				return null;
			});
			view.refresh();
			long due = store.tasks().queueCounts(end).values().stream().mapToLong(Long::longValue).sum();
			waitUntil(() -> table.getItemCount() == due, "My Queue lists the " + due + " calls of the demo again");
		}
	}

	/** How many transactions wait for a lock on a call (Derby's lock table). */
	private static int waiting(Store store) {
		return store.read(c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT xid) FROM "
					+ "SYSCS_DIAG.LOCK_TABLE WHERE state = 'WAIT' AND tablename = 'CALL_TASK'")) {
				rs.next();
				return rs.getInt(1);
			}
		});
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
