package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.CallPreferences;

/**
 * Window &gt; Preferences has the pages of the agent's settings and the standard Keys page; Help has the user guide
 * and the keys; the preferences of the calls take effect.
 */
class PreferencesAndHelpUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void preferencesHaveTheTimeZoneTheCallsAndTheKeys() {
		PreferenceManager manager = workbench.getPreferenceManager();
		List<String> ids = new ArrayList<>();
		for (IPreferenceNode node : manager.getElements(PreferenceManager.PRE_ORDER)) {
			ids.add(node.getId());
		}
		for (String id : List.of("org.revisit.ui.preferences.timeZone", "org.revisit.ui.preferences.calls",
				"org.eclipse.ui.preferencePages.Keys")) {
			assertTrue(ids.contains(id), id + " is not among the preference pages: " + ids);
		}
	}

	@Test
	void theScriptLanguageAndTheQueueRefreshFollowThePreferences() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(AgentZone.QUALIFIER);
		try {
			node.put(CallPreferences.SCRIPT_LANGUAGE, "zh");
			assertEquals("zh", CallPreferences.scriptLanguage());
			node.put(CallPreferences.SCRIPT_LANGUAGE, "en");
			assertEquals("en", CallPreferences.scriptLanguage());
			node.remove(CallPreferences.SCRIPT_LANGUAGE);
			assertEquals(Platform.getNL().startsWith("zh") ? "zh" : "en", CallPreferences.scriptLanguage(),
					"by default the workbench's language");
			assertEquals(60_000, CallPreferences.queueRefreshMillis());
			node.putInt(CallPreferences.QUEUE_REFRESH, 120);
			assertEquals(120_000, CallPreferences.queueRefreshMillis());
			node.putInt(CallPreferences.QUEUE_REFRESH, 1);
			assertEquals(15_000, CallPreferences.queueRefreshMillis(), "a value out of range is brought into it");
		} finally {
			node.remove(CallPreferences.SCRIPT_LANGUAGE);
			node.remove(CallPreferences.QUEUE_REFRESH);
		}
	}

	@Test
	void windowPreferencesOpensOnRevisitsOwnPages() {
		Map<String, MenuItem> items = AgentScreenUiTest
				.menuItems(workbench.getActiveWorkbenchWindow().getShell().getMenuBar());
		var rcp = Platform.getResourceBundle(Platform.getBundle("org.revisit.rcp"));
		MenuItem preferences = items.get(AgentScreenUiTest.plain(rcp.getString("command.preferences")));
		assertNotNull(preferences, "Preferences is not in the menus: " + items.keySet());
		Display display = Display.getCurrent();
		String[] selected = new String[1];
		// the dialog is modal: look at it from the event loop it runs, then close it
		Runnable probe = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.getData() instanceof PreferenceDialog dialog) {
						Object node = dialog.getTreeViewer().getStructuredSelection().getFirstElement();
						selected[0] = node instanceof IPreferenceNode n ? n.getId() : String.valueOf(node);
						dialog.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, probe);
		try {
			preferences.notifyListeners(SWT.Selection, new Event());
		} finally {
			display.timerExec(-1, probe);
		}
		assertEquals("org.revisit.ui.preferences", selected[0],
				"the dialog opens on Revisit's pages, not on the platform's first (Install/Update)");
	}

	@Test
	void helpHasTheUserGuideAndTheKeys() {
		Map<String, MenuItem> items = AgentScreenUiTest
				.menuItems(workbench.getActiveWorkbenchWindow().getShell().getMenuBar());
		var rcp = Platform.getResourceBundle(Platform.getBundle("org.revisit.rcp"));
		for (String key : List.of("command.userGuide", "command.keyAssist")) {
			assertNotNull(items.get(AgentScreenUiTest.plain(rcp.getString(key))),
					key + " is not in the menus: " + items.keySet());
		}
		ICommandService commands = workbench.getService(ICommandService.class);
		assertTrue(commands.getCommand("org.revisit.rcp.commands.userGuide").isHandled());
		assertTrue(commands.getCommand("org.eclipse.ui.window.showKeyAssist").isHandled());
	}
}
