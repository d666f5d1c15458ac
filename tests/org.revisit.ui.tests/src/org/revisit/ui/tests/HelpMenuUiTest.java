package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/**
 * The Help menu of the real application: p2's Check for Updates and Install New Software... (contributed by
 * org.eclipse.equinox.p2.ui.sdk, as in the product), and About Revisit, whose Installation Details list the
 * installed plug-ins.
 */
class HelpMenuUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void helpOffersUpdatesInstallingAndAbout() throws Exception {
		Map<String, MenuItem> items = AgentScreenUiTest
				.menuItems(workbench.getActiveWorkbenchWindow().getShell().getMenuBar());
		List<String> labels = new ArrayList<>(items.keySet());
		ICommandService commands = workbench.getService(ICommandService.class);
		for (String id : List.of("org.eclipse.equinox.p2.ui.sdk.update", "org.eclipse.equinox.p2.ui.sdk.install")) {
			String name = commands.getCommand(id).getName();
			assertNotNull(items.get(AgentScreenUiTest.plain(name)), id + " is not in the menus: " + labels);
		}
		String about = Platform.getResourceBundle(Platform.getBundle("org.revisit.rcp")).getString("command.about");
		assertNotNull(items.get(AgentScreenUiTest.plain(about)), "About Revisit is not in the menus: " + labels);
		assertTrue(commands.getCommand("org.eclipse.equinox.p2.ui.sdk.install").isHandled(),
				"Install New Software... has p2's handler");
		assertTrue(commands.getCommand("org.eclipse.ui.help.aboutAction").isHandled(), "About has a handler");
	}
}
