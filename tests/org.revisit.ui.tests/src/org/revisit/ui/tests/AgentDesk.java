package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.QueueView;

/** What the workbench tests do as an agent at the desk: the Agent perspective, My Queue, opening a call. */
final class AgentDesk {

	static final String AGENT_PERSPECTIVE = "org.revisit.rcp.perspectives.agent";
	static final String BIRTHDAY = "org.revisit.calltype.birthday";

	private AgentDesk() {
	}

	/** The services the application offers the views (those of the embedded database in these tests). */
	static Services services() {
		return PlatformUI.getWorkbench().getService(Services.class);
	}

	/**
	 * The store under the local services, for checking what the workbench did and for setting up what the services
	 * do not offer (the tests run on the embedded database; the workbench itself never sees the store).
	 */
	static Store store() {
		return ((LocalServices) services()).store();
	}

	/** The logged-in user, who is the agent of the workbench's claims and calls. */
	static String agent() {
		return services().principal().user();
	}

	/** The active page, switched to the Agent perspective. */
	static IWorkbenchPage page() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(AGENT_PERSPECTIVE));
		return page;
	}

	/** The end of today in the agent's zone: what My Queue shows is due before it. */
	static Instant endOfDay(Store store) {
		ZoneId zone = AgentZone.get();
		return LocalDate.now(store.clock().withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** Opens a birthday call of today that nobody holds, tried or began, from My Queue as the agent does. */
	static CallView openFreshCall(Store store) throws Exception {
		QueueView queue = (QueueView) page().showView(QueueView.ID);
		queue.refresh();
		Table table = queue.getViewer().getTable();
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> table.getItemCount() == total, "the queue shows the " + total + " calls due today");
		List<QueueItem> rows = store.tasks().queue(endOfDay(store), null, 0, (int) total);
		int index = -1;
		for (int i = 0; i < rows.size() && index < 0; i++) {
			QueueItem q = rows.get(i);
			if (BIRTHDAY.equals(q.callType()) && q.leaseOwner() == null && q.attempts() == 0
					&& store.drafts().find(q.taskId()) == null) {
				index = i;
			}
		}
		assertTrue(index >= 0, "the demo data has a free birthday call today");
		return openRow(queue, index, rows.get(index));
	}

	/** Opens row {@code index} of My Queue (task {@code item}) with Enter and waits for the Call view to run it. */
	static CallView openRow(QueueView queue, int index, QueueItem item) {
		Table table = queue.getViewer().getTable();
		table.showItem(table.getItem(index));
		waitUntil(() -> table.getItem(index).getData() instanceof QueueItem q && q.taskId() == item.taskId(),
				"row " + index + " shows task " + item.taskId());
		page().activate(queue);
		table.setSelection(index);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		return waitForCall(item.taskId());
	}

	/** Waits until the Call view runs the call on task {@code taskId}, and returns it. */
	static CallView waitForCall(long taskId) {
		waitUntil(() -> page().findView(CallView.ID) instanceof CallView v && v.getSession() != null
				&& v.getSession().task().taskId() == taskId && !v.isBusy(), "the Call view runs the call on task " + taskId);
		return (CallView) page().findView(CallView.ID);
	}

	/** The state of task {@code taskId} as stored. */
	static String taskState(Store store, long taskId) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT state FROM call_task WHERE id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getString(1);
				}
			}
		});
	}
}
