package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.Services;
import org.revisit.store.ContactFilter;
import org.revisit.ui.contacts.ContactsExportWizard;
import org.revisit.ui.contacts.ExportJob;
import org.revisit.ui.contacts.Messages;

/**
 * File > Export > Contacts runs in a job with progress and cancel: the file is written whole or not at all;
 * cancelled (while the contacts are read, or half-way through writing) or failed, no partial file is left and a
 * file that was there before is kept as it was.
 */
class ContactsExportUiTest {

	@Test
	void theWizardExportsEveryContactInAJob() throws Exception {
		Services services = AgentDesk.services();
		Path dir = Files.createTempDirectory("export");
		Path file = dir.resolve("联系人.csv");
		ContactsExportWizard wizard = new ContactsExportWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.fileField().setText(file.toString());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		ExportJob job = wizard.job();
		job.join();
		long contacts = services.contacts().countMatching(ContactFilter.all());
		assertEquals(NLS.bind(Messages.Export_done, Long.valueOf(contacts), file), job.outcome());
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 with a BOM");
		assertTrue(new String(bytes, StandardCharsets.UTF_8).lines().count() > contacts, "a header and every contact");
		assertEquals(List.of(file), files(dir), "nothing else left");
	}

	@Test
	void cancelledOrFailedLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
		Services services = AgentDesk.services();
		Path dir = Files.createTempDirectory("export");
		Path file = dir.resolve("contacts.csv");
		Files.writeString(file, "the export of last week");

		ExportJob writing = new ExportJob("export", () -> services.data().exportContacts(null), file, null);
		IStatus status = writing.export(new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				setCanceled(true); // cancel pressed once the first part is done
			}
		});
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertEquals(NLS.bind(Messages.Export_cancelled, file), writing.outcome());
		assertEquals("the export of last week", Files.readString(file), "the old file is kept");
		assertEquals(List.of(file), files(dir), "no partial file");

		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		ExportJob reading = new ExportJob("export", () -> services.data().exportContacts(null), file, null);
		assertEquals(IStatus.CANCEL, reading.export(cancelled).getSeverity());
		assertEquals("the export of last week", Files.readString(file));

		Path nowhere = dir.resolve("missing").resolve("contacts.csv");
		ExportJob failing = new ExportJob("export", () -> services.data().exportContacts(null), nowhere, null);
		status = failing.export(new NullProgressMonitor());
		assertFalse(status.isOK());
		assertTrue(failing.outcome().contains(nowhere.toString()), "names the file: " + failing.outcome());
		assertEquals(List.of(file), files(dir), "nothing written");
	}

	private static List<Path> files(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted().toList();
		}
	}
}
