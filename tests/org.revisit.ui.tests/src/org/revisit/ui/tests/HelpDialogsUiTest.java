package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The dialogs behind the Help menu really open: About Revisit, and p2's Install New Software... wizard (not an error
 * saying that software cannot be installed). Each is run as the menu runs it, through its command, and closed.
 * (Installing for real, into the materialized product, is tests/org.revisit.plugins.it.)
 */
class HelpDialogsUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void aboutOpensAndCloses() throws Exception {
		Opened about = openAndClose("org.eclipse.ui.help.aboutAction");
		assertTrue(about.title().contains("Revisit"), "About should name the product: " + about);
	}

	@Test
	void installNewSoftwareOpensP2sWizardAndCloses() throws Exception {
		// The product is a p2 installation (its p2 folder holds its profile); the test runtime is not, so it gets an
		// empty profile under the name the launch gives (-Declipse.p2.profile), which is all p2's handler asks for.
		IProvisioningAgent agent = ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
		IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
		if (profiles.getProfile(IProfileRegistry.SELF) == null) {
			profiles.addProfile(System.getProperty("eclipse.p2.profile")); //$NON-NLS-1$
		}
		Opened install = openAndClose("org.eclipse.equinox.p2.ui.sdk.install");
		assertTrue(install.dialog() instanceof WizardDialog, "Install New Software... should open p2's wizard: " + install);
	}

	/** What opened: the dialog (the shell's data) and the shell's title. */
	private record Opened(Object dialog, String title, List<String> texts) {
	}

	/** The texts of the labels in {@code c} (an error dialog's message), to say what opened instead. */
	private static void collectTexts(org.eclipse.swt.widgets.Control c, List<String> texts) {
		if (c instanceof org.eclipse.swt.widgets.Label l && !l.getText().isBlank()) {
			texts.add(l.getText());
		}
		if (c instanceof org.eclipse.swt.widgets.Composite parent) {
			for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	/** Runs the command {@code id}, waits for the dialog it opens, closes it, and says what it was. */
	private Opened openAndClose(String id) throws Exception {
		Display display = Display.getCurrent();
		Set<Shell> before = new HashSet<>(List.of(display.getShells()));
		Opened[] opened = new Opened[1];
		long deadline = System.nanoTime() + 30_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!before.contains(s) && s.isVisible()) {
					Object data = s.getData();
					List<String> texts = new java.util.ArrayList<>();
					collectTexts(s, texts);
					opened[0] = new Opened(data, s.getText(), texts);
					// let the dialog finish filling itself before it is closed
					display.timerExec(500, () -> {
						if (!s.isDisposed()) {
							s.close();
						}
					});
					return;
				}
			}
			if (System.nanoTime() - deadline < 0) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		workbench.getService(IHandlerService.class).executeCommand(id, null);
		// a dialog that is not modal returns at once: wait until it was seen and closed
		while (opened[0] == null && System.nanoTime() - deadline < 0) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
		assertNotNull(opened[0], id + " opened no dialog within 30 seconds");
		long closing = System.nanoTime() + 10_000_000_000L;
		while (display.getShells().length > before.size() && System.nanoTime() - closing < 0) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
		assertEquals(before.size(), display.getShells().length, "the dialog of " + id + " should be closed");
		return opened[0];
	}
}
