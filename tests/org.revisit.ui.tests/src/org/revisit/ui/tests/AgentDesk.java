package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.revisit.core.service.Services;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
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

	/**
	 * Makes the workbench window the active shell, as it is while the agent works in it, and waits until the
	 * window's contexts (and so its keys, F9 among them) are active. Under Xvfb no window manager hands the focus
	 * back to the window when a dialog closes: a test that opened one leaves no shell active, and the keys bound in
	 * the window's context are then not bound at all.
	 */
	static Shell activateWindow() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Shell shell = workbench.getWorkbenchWindows()[0].getShell();
		if (shell.getDisplay().getActiveShell() != shell) {
			shell.forceActive();
			waitUntil(() -> shell.getDisplay().getActiveShell() == shell,
					"the workbench window is the active shell (not " + shell.getDisplay().getActiveShell() + ")");
		}
		IContextService contexts = workbench.getService(IContextService.class);
		waitUntil(() -> contexts.getActiveContextIds().contains(IContextService.CONTEXT_ID_WINDOW),
				"the window's context is active: " + contexts.getActiveContextIds());
		return shell;
	}

	/** The texts of the items of {@code shell}'s Window menu (窗口(W) in Chinese), filled as it is when shown. */
	static List<String> windowMenu(Shell shell) {
		List<String> result = new ArrayList<>();
		for (MenuItem top : shell.getMenuBar().getItems()) {
			Menu menu = top.getMenu();
			if (menu != null && top.getText().replace("&", "").matches("Window|\u7a97\u53e3\\(W\\)")) {
				menu.notifyListeners(SWT.Show, new Event());
				for (MenuItem item : menu.getItems()) {
					result.add(item.getText());
				}
				menu.notifyListeners(SWT.Hide, new Event());
			}
		}
		return result;
	}

	/** The end of today in the agent's zone: what My Queue shows is due before it. */
	static Instant endOfDay(Store store) {
		ZoneId zone = AgentZone.get();
		return LocalDate.now(store.clock().withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * Opens a birthday call of today that nobody holds, tried or began, from My Queue as the agent does. The demo
	 * plans a few for today and the tests use them up (a call finished, tried or begun is not fresh any more): when
	 * none is left, one is added first, so that a test finds its call whatever ran before it.
	 */
	static CallView openFreshCall(Store store) throws Exception {
		QueueView queue = (QueueView) page().showView(QueueView.ID);
		List<QueueItem> rows = queueOfToday(store);
		int index = freshBirthdayCall(store, rows);
		if (index < 0) {
			addBirthdayCall(store);
			rows = queueOfToday(store);
			index = freshBirthdayCall(store, rows);
			assertTrue(index >= 0, "the birthday call added is in the queue");
		}
		queue.refresh();
		Table table = queue.getViewer().getTable();
		int total = rows.size();
		waitUntil(() -> table.getItemCount() == total, "the queue shows the " + total + " calls due today");
		return openRow(queue, index, rows.get(index));
	}

	/** The calls of My Queue, as stored. */
	private static List<QueueItem> queueOfToday(Store store) {
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		return store.tasks().queue(endOfDay(store), null, 0, (int) total);
	}

	/** The row of the first birthday call in {@code rows} that nobody holds, tried or began, or -1. */
	private static int freshBirthdayCall(Store store, List<QueueItem> rows) {
		for (int i = 0; i < rows.size(); i++) {
			QueueItem q = rows.get(i);
			if (BIRTHDAY.equals(q.callType()) && q.leaseOwner() == null && q.attempts() == 0
					&& store.drafts().find(q.taskId()) == null) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Adds a birthday call of the demo's birthday campaign, due now, for a contact in Shanghai who can be called
	 * (active, not do-not-call, a valid number) and has no call pending; returns its task's id.
	 */
	static long addBirthdayCall(Store store) {
		Campaign campaign = store.campaigns().list().stream().filter(c -> BIRTHDAY.equals(c.getCallTypeId()))
				.findFirst().orElseThrow(() -> new AssertionError("the demo has a birthday campaign"));
		Contact contact = store.contacts().page(0, 1000).stream()
				.filter(c -> c.getStatus() == ContactStatus.ACTIVE && !c.isDoNotCall()
						&& "Asia/Shanghai".equals(c.getTimeZone()) && c.getPhones().stream().anyMatch(p -> !p.isInvalid()))
				.filter(c -> store.tasks().openForContact(c.getId()).isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("a contact who can be called and has no call pending"));
		Instant now = store.clock().instant();
		return store.transaction(tx -> {
			CallTask task = RevisitFactory.eINSTANCE.createCallTask();
			task.setContact(contact);
			task.setCampaign(campaign);
			task.setCallTypeId(BIRTHDAY);
			task.setDueFrom(Date.from(now.minus(Duration.ofHours(1))));
			task.setDueTo(Date.from(now.plus(Duration.ofHours(8))));
			task.setPriority(campaign.getPriority());
			task.setState(TaskState.PLANNED);
			store.tasks().insert(tx, List.of(task));
			return task.getId();
		});
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
