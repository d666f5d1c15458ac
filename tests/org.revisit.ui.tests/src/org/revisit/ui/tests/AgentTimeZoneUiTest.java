package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.TimeZonePreferencePage;
import org.revisit.ui.views.QueueView;

/**
 * The workbench shows times in the agent's zone (Window &gt; Preferences &gt; Revisit &gt; Time zone, by default
 * this computer's), with the contact's local time beside them when the zones differ; My Queue's "today" is the
 * agent's day. The workbench lives at 09:00 in Shanghai (01:00 UTC); the demo contacts are in China.
 */
class AgentTimeZoneUiTest {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();

	@AfterEach
	void backToThisComputersZone() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(AgentZone.QUALIFIER);
		node.remove(AgentZone.PREFERENCE);
		node.flush();
		assertEquals(ZoneId.systemDefault(), AgentZone.get());
	}

	@Test
	void thePreferencePageUnderWindowPreferencesSetsTheAgentsZone() throws Exception {
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		assertTrue(AgentDesk.windowMenu(shell).stream().anyMatch(t -> t.replace("&", "").startsWith("Preferences")
				|| t.startsWith("\u9996\u9009\u9879")), "Window > Preferences...: " + AgentDesk.windowMenu(shell));

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, TimeZonePreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			TimeZonePreferencePage page = (TimeZonePreferencePage) dialog.getSelectedPage();
			Combo combo = find(page.getControl(), Combo.class);
			assertNotNull(combo, "the page offers the zones in a list");
			assertTrue(combo.getText().contains(ZoneId.systemDefault().getId()), "this computer's zone by default: "
					+ combo.getText());
			int tokyo = Arrays.asList(combo.getItems()).indexOf("Asia/Tokyo");
			assertTrue(tokyo > 0, "Asia/Tokyo can be chosen");
			combo.select(tokyo);
			combo.notifyListeners(SWT.Selection, new Event());
			assertEquals(ZoneId.systemDefault(), AgentZone.get(), "nothing is stored before OK");
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		assertEquals(ZoneId.of("Asia/Tokyo"), AgentZone.get());
	}

	@Test
	void myQueueShowsTheAgentsDayWithTheContactsLocalTimeBeside() throws Exception {
		QueueView view = (QueueView) AgentDesk.page().showView(QueueView.ID);
		Table table = view.getViewer().getTable();

		// New York: 09:00 in Shanghai is 20:00 the evening before, and the agent's day ends at 05:00 UTC
		AgentZone.set(ZoneId.of("America/New_York"));
		long newYork = shownCount(table);
		// Tokyo: 10:00 the same morning, and the agent's day ends at 15:00 UTC
		AgentZone.set(ZoneId.of("Asia/Tokyo"));
		long tokyo = shownCount(table);
		assertNotEquals(newYork, tokyo, "the agent's day decides which calls are today's");
		assertDueShownAsComputed(table, ZoneId.of("Asia/Tokyo"));

		// the "01:00-08:00 Overdue": an agent in UTC sees 01:00-08:00 beside the contact's 09:00-16:00,
		// and at 01:00 UTC that window has not even begun to be over
		ZoneId utc = ZoneId.of("UTC");
		AgentZone.set(utc);
		shownCount(table);
		List<QueueItem> rows = store.tasks().queue(AgentDesk.endOfDay(store), null, 0, 10_000);
		int index = -1;
		for (int i = 0; i < rows.size() && index < 0; i++) {
			QueueItem q = rows.get(i);
			if ("Asia/Shanghai".equals(q.contactZone()) && q.leaseOwner() == null
					&& q.dueFrom().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime().toString().equals("09:00")
					&& q.dueTo().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime().toString().equals("16:00")) {
				index = i;
			}
		}
		assertTrue(index >= 0, "the demo has a call of a Shanghai contact in today's windows");
		int row = index;
		table.showItem(table.getItem(row));
		String expected = NLS.bind(Messages.Time_withContact, new Object[] { "01:00\u201308:00", "09:00\u201316:00",
				"Asia/Shanghai" });
		waitUntil(() -> expected.equals(table.getItem(row).getText(0)), "row " + row + " shows " + expected + ", not "
				+ table.getItem(row).getText(0));
		assertEquals(Messages.QueueView_open, table.getItem(row).getText(6));

		// an agent in Shanghai sees the contact's own times, without a second one beside
		AgentZone.set(ZoneId.of("Asia/Shanghai"));
		shownCount(table);
		assertDueShownAsComputed(table, ZoneId.of("Asia/Shanghai"));
	}

	/** Waits until My Queue shows as many calls as are due by the end of the agent's day; returns how many. */
	private long shownCount(Table table) {
		ZoneId zone = AgentZone.get();
		Instant end = LocalDate.now(store.clock().withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
		long due = store.tasks().queueCounts(end).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> table.getItemCount() == due, "My Queue lists the " + due + " calls of the day in " + zone
				+ " (it shows " + table.getItemCount() + ")");
		return due;
	}

	/** The first rows' due times: the agent's, with the contact's beside when the zones differ. */
	private void assertDueShownAsComputed(Table table, ZoneId agent) {
		List<QueueItem> rows = store.tasks().queue(AgentDesk.endOfDay(store), null, 0, 3);
		LocalDate today = LocalDate.now(store.clock().withZone(agent));
		for (int i = 0; i < rows.size(); i++) {
			QueueItem q = rows.get(i);
			ZoneId contact = ZoneId.of(q.contactZone());
			boolean isToday = q.dueFrom().atZone(agent).toLocalDate().equals(today);
			String mine = isToday ? TIME.format(q.dueFrom().atZone(agent)) + "\u2013" + TIME.format(q.dueTo().atZone(agent))
					: DAY_TIME.format(q.dueFrom().atZone(agent));
			String theirs = isToday
					? TIME.format(q.dueFrom().atZone(contact)) + "\u2013" + TIME.format(q.dueTo().atZone(contact))
					: DAY_TIME.format(q.dueFrom().atZone(contact));
			String expected = agent.getRules().equals(contact.getRules()) ? mine
					: NLS.bind(Messages.Time_withContact, new Object[] { mine, theirs, contact.getId() });
			int row = i;
			table.showItem(table.getItem(row));
			waitUntil(() -> expected.equals(table.getItem(row).getText(0)), "row " + row + " shows " + expected
					+ ", not " + table.getItem(row).getText(0));
		}
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
