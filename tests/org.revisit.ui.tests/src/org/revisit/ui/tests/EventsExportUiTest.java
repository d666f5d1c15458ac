package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.revisit.ui.contacts.EventsExportWizard;
import org.revisit.ui.contacts.ExportJob;
import org.revisit.ui.contacts.Messages;

/**
 * File > Export > Service events: the wizard writes the service events (all, or of a period) with the columns of
 * the events import in a job, and refuses a period that ends before it starts.
 */
class EventsExportUiTest {

	private static final String HEADER = "kind,occurred_at,mobile,contact_id,engineer,subject,external_ref,"
			+ "complaint_category,severity,resolved,callback_due";

	@Test
	void theWizardIsUnderFileExportAndWritesEveryServiceEvent() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
				.findWizard("org.revisit.ui.export.events");
		assertNotNull(descriptor, "File > Export > Service events");
		Path dir = Files.createTempDirectory("export");
		Path file = dir.resolve("服务事件.csv");
		EventsExportWizard wizard = (EventsExportWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(wizard.canFinish(), "no file yet");
			wizard.fileField().setText(file.toString());
			assertTrue(wizard.canFinish());
			assertFalse(wizard.periodFields()[0].getEnabled(), "all events unless a period is chosen");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		ExportJob job = wizard.job();
		job.join();
		long events = AgentDesk.store().events().count();
		assertTrue(events > 0, "the demo data has service events");
		assertEquals(NLS.bind(Messages.EventsExport_done, Long.valueOf(events), file), job.outcome());
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 with a BOM");
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertEquals("\uFEFF" + HEADER, text.lines().findFirst().orElseThrow(), "the columns of the events import");
		assertEquals(List.of(file), files(dir), "nothing else left");
	}

	@Test
	void aPeriodEndingBeforeItStartsCannotFinishAndAnEmptyPeriodWritesTheHeader() throws Exception {
		Path dir = Files.createTempDirectory("export");
		Path file = dir.resolve("events.csv");
		EventsExportWizard wizard = new EventsExportWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.fileField().setText(file.toString());
			wizard.periodButton().setSelection(true);
			wizard.periodButton().notifyListeners(SWT.Selection, new Event());
			DateTime from = wizard.periodFields()[0];
			DateTime to = wizard.periodFields()[1];
			assertTrue(from.getEnabled() && to.getEnabled());
			from.setDate(2100, 0, 2);
			to.setDate(2100, 0, 1);
			to.notifyListeners(SWT.Selection, new Event());
			assertFalse(wizard.canFinish(), "the period ends before it starts");
			assertEquals(NLS.bind(Messages.EventsExport_backwards, LocalDate.of(2100, 1, 1), LocalDate.of(2100, 1, 2)),
					dialog.getCurrentPage().getErrorMessage());
			to.setDate(2100, 0, 2);
			to.notifyListeners(SWT.Selection, new Event());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		ExportJob job = wizard.job();
		job.join();
		assertEquals(NLS.bind(Messages.EventsExport_done, Long.valueOf(0), file), job.outcome());
		assertEquals("\uFEFF" + HEADER, Files.readString(file).strip(), "no event on 2 January 2100: the header only");
	}

	private static List<Path> files(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted().toList();
		}
	}
}
