package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.AgentDesk.endOfDay;
import static org.revisit.ui.tests.AgentDesk.openFreshCall;
import static org.revisit.ui.tests.AgentDesk.page;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.Contrast;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.QueueView;

/**
 * What an agent sees of the workbench window, My Queue and the Contact Card: readable rows in any theme, menus with
 * working mnemonics, a window that fills the screen, the card's tabs within reach, and the card saying whose call
 * it is, whether the contact may be called at all, and the contact's id.
 */
class AgentScreenUiTest {

	private static final String PROMISED_CALLBACK = "org.revisit.calltype.promisedCallback";

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();
	private final String agent = AgentDesk.agent();

	@Test
	void myQueueRowsReadWellOnTheThemesBackgroundAndOnADarkOne() throws Exception {
		QueueView queue = (QueueView) page().showView(QueueView.ID);
		queue.refresh();
		Table table = queue.getViewer().getTable();
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> table.getItemCount() == total, "the queue shows the " + total + " calls due today");
		List<QueueItem> rows = new ArrayList<>(store.tasks().queue(endOfDay(store), null, 0, 300));
		assertTrue(rows.stream().anyMatch(q -> PROMISED_CALLBACK.equals(q.callType())),
				"the demo data has promised callbacks today");
		// every kind of row that stands out, whatever the time of day the test runs at
		Instant now = store.clock().instant();
		Instant past = now.minus(Duration.ofHours(3));
		Instant later = now.plus(Duration.ofHours(3));
		for (String type : List.of(PROMISED_CALLBACK, AgentDesk.BIRTHDAY)) {
			rows.add(row(type, past, now.minus(Duration.ofHours(1)), null)); // overdue
			rows.add(row(type, past, later, null));
			rows.add(row(type, past, now.minus(Duration.ofHours(1)), agent)); // overdue and mine (bold)
		}
		assertReadable(queue.getViewer(), rows, "the theme");

		// a dark theme gives the table a dark background and light text: the dark red on #333333
		table.setBackground(new Color(0x33, 0x33, 0x33));
		table.setForeground(new Color(0xEE, 0xEE, 0xEE));
		try {
			queue.getViewer().refresh();
			assertReadable(queue.getViewer(), rows, "a dark table");
		} finally {
			table.setBackground(null);
			table.setForeground(null);
			queue.getViewer().refresh();
		}
	}

	/** A row of My Queue as the store gives them. */
	private static QueueItem row(String callType, Instant from, Instant to, String leaseOwner) {
		return new QueueItem(-1, -1, "王伟", "先生", "北京华信科技有限公司", callType, from, to, 100, 0,
				leaseOwner == null ? "PLANNED" : "CLAIMED", leaseOwner, leaseOwner == null ? null : to.plusSeconds(7200),
				"测试", -1, "Asia/Shanghai", PROMISED_CALLBACK.equals(callType) ? to : null,
				PROMISED_CALLBACK.equals(callType) ? Long.valueOf(-1) : null);
	}

	/** Each cell's text colour against its background, as the label providers give them, meets WCAG AA. */
	private static void assertReadable(TableViewer viewer, List<QueueItem> rows, String where) {
		Table table = viewer.getTable();
		for (int column = 0; column < table.getColumnCount(); column++) {
			ColumnLabelProvider provider = (ColumnLabelProvider) viewer.getLabelProvider(column);
			for (QueueItem q : rows) {
				Color fg = provider.getForeground(q) != null ? provider.getForeground(q) : table.getForeground();
				Color bg = provider.getBackground(q) != null ? provider.getBackground(q) : table.getBackground();
				double ratio = Contrast.ratio(fg, bg);
				assertTrue(ratio >= Contrast.MINIMUM, String.format(
						"on %s, %s %s: text %s on %s has a contrast of %.2f:1, less than 4.5:1", where, q.callType(),
						q.state(), fg.getRGB(), bg.getRGB(), ratio));
			}
		}
	}

	@Test
	void promisedCallbacksAreMarkedWithTheirIconNotByColourAlone() throws Exception {
		QueueView queue = (QueueView) page().showView(QueueView.ID);
		queue.refresh();
		Table table = queue.getViewer().getTable();
		long total = store.tasks().queueCounts(endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> table.getItemCount() == total, "the queue shows the " + total + " calls due today");
		List<QueueItem> rows = store.tasks().queue(endOfDay(store), null, 0, (int) total);
		int index = -1;
		for (int i = 0; i < rows.size() && index < 0; i++) {
			if (PROMISED_CALLBACK.equals(rows.get(i).callType())) {
				index = i;
			}
		}
		assertTrue(index >= 0, "the demo data has promised callbacks today");
		TableItem item = table.getItem(index);
		table.showItem(item);
		waitUntil(() -> !item.getText(3).isEmpty(), "the callback's row is filled");
		assertNotNull(item.getImage(3), "the call type column shows the call type's icon");
	}

	@Test
	void menusMarkTheirMnemonicsSoAltFThenXExits() {
		Map<String, MenuItem> items = menuItems(workbench.getActiveWorkbenchWindow().getShell().getMenuBar());
		for (MenuItem item : items.values()) {
			assertFalse(label(item).contains("&&"), "a literal & shows in the menu: " + label(item));
		}
		// the labels as plugin.properties (or plugin_zh.properties) writes them, & marking the mnemonic
		ResourceBundle strings = Platform.getResourceBundle(Platform.getBundle("org.revisit.rcp"));
		for (String key : List.of("menu.file", "command.print", "command.exit", "menu.calls", "command.planCalls", "menu.window")) {
			String written = strings.getString(key);
			MenuItem item = items.get(plain(written));
			assertNotNull(item, key + " is in the menus: " + items.keySet());
			assertEquals(written, label(item), "the menu item shows its mnemonic, not a literal &");
		}
		assertEquals('f', mnemonic(label(items.get(plain(strings.getString("menu.file"))))));
		assertEquals('x', mnemonic(label(items.get(plain(strings.getString("command.exit"))))));
	}

	/** The menus' items by their text without mnemonic marks (menus are filled when shown, so each is shown). */
	static Map<String, MenuItem> menuItems(Menu bar) {
		Map<String, MenuItem> items = new java.util.LinkedHashMap<>();
		for (MenuItem top : bar.getItems()) {
			items.put(plain(label(top)), top);
			Menu menu = top.getMenu();
			if (menu != null) {
				menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
				for (MenuItem item : menu.getItems()) {
					if ((item.getStyle() & SWT.SEPARATOR) == 0) {
						items.put(plain(label(item)), item);
					}
				}
				menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
			}
		}
		return items;
	}

	/** The text of a menu item without its accelerator. */
	static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return tab >= 0 ? text.substring(0, tab) : text;
	}

	/** The text as shown: single & marks gone (a doubled one would show as &). */
	static String plain(String label) {
		return label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").replaceAll("\\(.\\)", "").strip();
	}

	/** The key a single & marks, lower case, or 0. */
	static char mnemonic(String label) {
		for (int i = 0; i < label.length() - 1; i++) {
			if (label.charAt(i) == '&') {
				if (label.charAt(i + 1) != '&') {
					return Character.toLowerCase(label.charAt(i + 1));
				}
				i++;
			}
		}
		return 0;
	}

	@Test
	void theWindowFillsTheScreenOnAFreshStart() {
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		Rectangle screen = shell.getMonitor().getClientArea();
		assertTrue(shell.getMaximized() || shell.getSize().x >= screen.width && shell.getSize().y >= screen.height,
				"maximized on the first start (a " + screen.width + "x" + screen.height + " screen), not "
						+ shell.getSize());
	}

	@Test
	void theCardsHistoryAndExplainerTabsAreInSightAt1600x1000() throws Exception {
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		boolean maximized = shell.getMaximized();
		Rectangle bounds = shell.getBounds();
		try {
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1600, 1000);
			ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
			Contact contact = store.contacts().page(3, 1).get(0);
			// the card follows the selection: let the activations above send theirs before choosing a contact here
			settle(shell.getDisplay());
			card.show(contact.getId());
			waitUntil(() -> card.getShown() != null && card.getShown().getId() == contact.getId(), "the card is shown");
			settle(shell.getDisplay());
			Control tabs = card.getTabs();
			Rectangle area = tabs.getParent().getClientArea();
			Rectangle folder = tabs.getBounds();
			assertTrue(area.height < 400, "the card gets about a third of the height: " + area);
			assertTrue(folder.y + folder.height <= area.height, "the tabs end inside the card: " + folder + " in " + area);
			assertTrue(folder.height >= 120, "the tabs and some rows of the chosen one show: " + folder);
			assertEquals(List.of(Messages.ContactCard_phonesTab, Messages.ContactCard_history, Messages.Explain_tab),
					java.util.Arrays.stream(card.getTabs().getItems()).map(i -> i.getText()).toList());
		} finally {
			shell.setBounds(bounds);
			shell.setMaximized(maximized);
		}
	}

	/** Runs the event loop until nothing is left to do (layouts after a resize). */
	private static void settle(Display display) {
		long end = System.nanoTime() + 1_000_000_000L;
		while (System.nanoTime() - end < 0) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
	}

	@Test
	void aCallInTheAgentsHandsSaysSoOnTheCard() throws Exception {
		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		CallView call = openFreshCall(store);
		long taskId = call.getSession().task().taskId();
		long contactId = call.getSession().task().contactId();
		try {
			Table pending = card.getPending().getTable();
			waitUntil(() -> card.getShown() != null && card.getShown().getId() == contactId
					&& stateOf(pending, taskId).equals(Messages.Task_mine), "the card says the call is in my hands");
		} finally {
			call.release();
			waitUntil(() -> call.getSession() == null && !call.isBusy(), "the call is given back");
		}
		Table pending = card.getPending().getTable();
		waitUntil(() -> stateOf(pending, taskId).equals(Messages.Task_PLANNED), "given back, it is planned again");
	}

	/** The State column of the card's pending call {@code taskId}, or "". */
	private static String stateOf(Table pending, long taskId) {
		for (TableItem item : pending.getItems()) {
			if (item.getData() instanceof QueueItem q && q.taskId() == taskId) {
				return item.getText(2);
			}
		}
		return "";
	}

	@Test
	void aDoNotCallContactIsBanneredWithAnIconAndWordsAndTheIdIsShown() throws Exception {
		ContactCardView card = (ContactCardView) page().showView(ContactCardView.ID);
		List<Contact> all = store.contacts().page(0, 1000);
		Contact refuses = all.stream().filter(c -> c.isDoNotCall() && c.getStatus() == ContactStatus.ACTIVE).findFirst()
				.orElseThrow();
		card.show(refuses.getId());
		waitUntil(() -> card.getShown() != null && card.getShown().getId() == refuses.getId(), "the card is shown");
		assertTrue(card.getDoNotCallBanner().isVisible(), "a banner says the contact may not be called");
		Label icon = (Label) card.getDoNotCallBanner().getChildren()[0];
		Label words = (Label) card.getDoNotCallBanner().getChildren()[1];
		assertNotNull(icon.getImage(), "with an icon");
		assertTrue(words.getText().startsWith(Messages.ContactCard_doNotCall.substring(0, 5)), words.getText());
		assertTrue(card.getIdText().contains(Long.toString(refuses.getId())), card.getIdText());

		Contact callable = all.stream().filter(c -> !c.isDoNotCall()).findFirst().orElseThrow();
		card.show(callable.getId());
		waitUntil(() -> card.getShown().getId() == callable.getId(), "the card is shown");
		assertFalse(card.getDoNotCallBanner().isVisible(), "no banner for a contact who may be called");
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.ContactCard_id, Long.toString(callable.getId())),
				card.getIdText());
	}
}
