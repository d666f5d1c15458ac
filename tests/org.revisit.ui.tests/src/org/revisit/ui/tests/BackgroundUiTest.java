package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.ContactsUiTest.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.statushandlers.StatusManager.INotificationListener;
import org.eclipse.ui.statushandlers.StatusManager.INotificationTypes;
import org.eclipse.ui.statushandlers.StatusAdapter;
import org.eclipse.ui.statushandlers.StatusManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.Services;
import org.revisit.model.Contact;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.ui.contacts.BulkJob;
import org.revisit.ui.contacts.ContactsImportWizard;
import org.revisit.ui.contacts.ExportJob;
import org.revisit.ui.contacts.ImportWizard;
import org.revisit.ui.internal.Background;
import org.revisit.ui.views.ContactsView;

/**
 * Background jobs whose view or wizard closes while they run (issue 16): the job ends, its result is not handed to
 * the disposed widgets (no SWTException "Widget is disposed", nothing of the kind logged), and what it changed is
 * changed. And the helper's own promises: nothing delivered to a disposed owner, an older answer never over a newer
 * one, a result nobody takes handed to {@code otherwise}.
 */
class BackgroundUiTest {

	/** What the platform logged meanwhile about disposed widgets (an SWTException, or the words). */
	private final List<IStatus> disposedLogged = new ArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (aboutDisposed(status)) {
			synchronized (disposedLogged) {
				disposedLogged.add(status);
			}
		}
	};

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	private static boolean aboutDisposed(IStatus status) {
		for (Throwable t = status.getException(); t != null; t = t.getCause()) {
			if (t instanceof SWTException e && e.code == SWT.ERROR_WIDGET_DISPOSED) {
				return true;
			}
		}
		if (String.valueOf(status.getMessage()).contains("disposed")) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (aboutDisposed(child)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Closes a view in every open perspective: hiding it in one leaves it alive while another perspective shows it
	 * (earlier tests may have opened the Contacts view in the Manager perspective too).
	 */
	private static void closeEverywhere(IWorkbenchPage page, String id) {
		org.eclipse.ui.IPerspectiveDescriptor current = page.getPerspective();
		for (org.eclipse.ui.IPerspectiveDescriptor p : page.getOpenPerspectives()) {
			page.setPerspective(p);
			org.eclipse.ui.IViewReference ref = page.findViewReference(id);
			if (ref != null) {
				page.hideView(ref);
			}
		}
		page.setPerspective(current);
	}

	/** Runs what the UI thread has queued until now, including what a job that has ended handed to it. */
	private static void flush() {
		boolean[] reached = new boolean[1];
		Display.getCurrent().asyncExec(() -> reached[0] = true);
		waitFor(() -> reached[0], "the UI thread runs what was queued", 30);
	}

	private void assertNothingDisposedLogged() {
		synchronized (disposedLogged) {
			assertEquals(List.of(), disposedLogged.stream().map(s -> s.getMessage() + " " + s.getException()).toList(),
					"nothing touched a disposed widget");
		}
	}

	@Test
	void aBulkChangeGoesOnWhenItsViewClosesAndTellsNobody() throws Exception {
		Services services = AgentDesk.services();
		IWorkbenchPage page = AgentDesk.page();
		boolean wasOpen = page.findView(ContactsView.ID) != null;
		ContactsView view = (ContactsView) page.showView(ContactsView.ID);
		Table table = view.getViewer().getTable();
		waitFor(() -> table.getItemCount() > 3 && table.getItem(2).getData() instanceof Contact, "rows are shown", 60);
		List<Long> chosen = List.of(0, 1, 2).stream().map(i -> ((Contact) table.getItem(i).getData()).getId()).toList();
		String tag = "关闭后";
		BulkJob[] started = new BulkJob[1];
		BulkJob job;
		try {
			// started and closed in one turn of the UI thread: the job's outcome can only arrive after the close
			job = view.getActions().run(new ContactBulk(ContactBulk.Kind.ADD_TAG, tag), chosen, "tag");
			started[0] = job;
			closeEverywhere(page, ContactsView.ID);
			assertTrue(table.isDisposed(), "the view is closed");
			waitFor(() -> job.getResult() != null, "the tagging ends", 120);
			flush();
			assertTrue(job.getResult().isOK(), job.getResult().getMessage());
			assertEquals(3, job.getReport().changed(), "the change went on after the view closed");
			for (long id : chosen) {
				assertTrue(services.contacts().find(id).getTags().contains(tag));
			}
			assertNothingDisposedLogged();
		} finally {
			// the tagging may still hold the bulk lock if an assertion failed before it ended
			if (started[0] != null) {
				waitFor(() -> started[0].getResult() != null, "the tagging ends before it is taken back", 120);
			}
			services.contacts().bulk(new ContactBulk(ContactBulk.Kind.REMOVE_TAG, tag), chosen, ContactFilter.all());
			if (wasOpen) {
				page.showView(ContactsView.ID);
			}
		}
	}

	@Test
	void theImportWizardClosedDuringItsDryRunIsLeftAlone() throws Exception {
		Path file = Files.createTempDirectory("revisit-background").resolve("名单.csv");
		Files.writeString(file, "姓名,手机\r\n郑爽,13700001111\r\n冯巩,12345\r\n", StandardCharsets.UTF_8);
		List<Job> dryRuns = new ArrayList<>();
		IJobChangeListener scheduled = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob().getName().equals(org.revisit.ui.contacts.Messages.Import_checking)) {
					synchronized (dryRuns) {
						dryRuns.add(event.getJob());
					}
				}
			}
		};
		ImportWizard wizard = new ContactsImportWizard();
		wizard.init(AgentDesk.services());
		Shell shell = AgentDesk.page().getWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Job.getJobManager().addJobChangeListener(scheduled);
		try {
			wizard.getFilePage().getPathText().setText(file.toString());
			waitFor(() -> wizard.getFilePage().isPageComplete(), "the first rows are shown", 30);
			dialog.showPage(wizard.getMappingPage());
			// the dry run starts as its page shows; the wizard closes in the same turn, before its answer
			dialog.showPage(wizard.getCheckPage());
			dialog.close();
		} finally {
			dialog.close();
			Job.getJobManager().removeJobChangeListener(scheduled);
		}
		synchronized (dryRuns) {
			assertEquals(1, dryRuns.size(), "the dry run started");
		}
		Job dryRun = dryRuns.get(0);
		waitFor(() -> dryRun.getResult() != null, "the dry run ends", 60);
		flush();
		assertNull(wizard.getCheckPage().getReport(), "its answer went to nobody");
		assertNothingDisposedLogged();
	}

	@Test
	void theHelperDeliversOnlyToALiveOwnerAndOnlyTheNewestAnswer() throws Exception {
		Shell owner = new Shell(Display.getCurrent());
		Background background = new Background(owner);
		try {
			// the newest of two requests wins, however the answers arrive
			CountDownLatch older = new CountDownLatch(1);
			List<String> shown = new ArrayList<>();
			Job olderJob = background.latest("older", () -> {
				try {
					older.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return "older";
			}, shown::add, null);
			background.latest("newer", () -> "newer", shown::add, null);
			waitFor(() -> shown.contains("newer"), "the newer answer is shown", 30);
			older.countDown();
			olderJob.join();
			flush();
			assertEquals(List.of("newer"), shown, "the older answer, arriving late, is dropped");

			// handed over from another thread
			AtomicReference<String> told = new AtomicReference<>();
			Thread other = new Thread(() -> background.later(told::set).accept("from a job's thread"));
			other.start();
			other.join();
			waitFor(() -> told.get() != null, "the value reaches the UI thread", 30);
			assertEquals("from a job's thread", told.get());
		} finally {
			owner.dispose();
		}

		// the owner is gone: nothing is delivered, and a result that must not be dropped unseen goes to otherwise
		AtomicReference<String> told = new AtomicReference<>();
		boolean[] otherwise = new boolean[1];
		Thread other = new Thread(() -> {
			background.later(told::set).accept("too late");
			background.post(() -> told.set("posted too late"), () -> otherwise[0] = true);
		});
		other.start();
		other.join();
		flush();
		assertNull(told.get(), "nothing reached the disposed owner");
		assertTrue(otherwise[0], "the result nobody took was handed to otherwise");
		boolean[] ran = new boolean[1];
		background.run("after the close", () -> "late", value -> ran[0] = true, null).join();
		flush();
		assertTrue(!ran[0], "a job for a disposed owner delivers nothing");
		// a change the user asked for is made although its owner is gone; only its result is not delivered
		boolean[] made = new boolean[2];
		background.change("a save after the close", () -> made[0] = true, value -> made[1] = true, null).join();
		flush();
		assertTrue(made[0] && !made[1], "the change was made, its result delivered to nobody");
	}

	/**
	 * An export that fails after its view closed reaches the user (issue 16): the platform's status manager shows it
	 * (a dialog prompts: its HANDLED notification) and logs it, as an error of org.revisit.ui naming the job and the
	 * file with the reason in the user's language. The failure is real: the target's folder is a file.
	 */
	@Test
	void anExportThatFailsAfterItsViewClosedReachesTheStatusManager() throws Exception {
		IWorkbenchPage page = AgentDesk.page();
		boolean wasOpen = page.findView(ContactsView.ID) != null;
		Path notAFolder = Files.createTempFile("revisit-background", ".txt");
		Path target = notAFolder.resolve("contacts.csv");
		List<IStatus> shown = new ArrayList<>();
		INotificationListener notified = (type, adapters) -> {
			if (type == INotificationTypes.HANDLED) {
				synchronized (shown) {
					for (StatusAdapter a : adapters) {
						shown.add(a.getStatus());
					}
				}
			}
		};
		List<IStatus> logged = new ArrayList<>();
		ILogListener errors = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR && "org.revisit.ui".equals(status.getPlugin())) {
				synchronized (logged) {
					logged.add(status);
				}
			}
		};
		Display display = Display.getCurrent();
		Set<Shell> before = Set.of(display.getShells());
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false; // the harness may set it, which keeps the status dialog from opening
		StatusManager.getManager().addListener(notified);
		Platform.addLogListener(errors);
		try {
			ContactsView view = (ContactsView) page.showView(ContactsView.ID);
			Table table = view.getViewer().getTable();
			// started and closed in one turn of the UI thread: the job's outcome can only arrive after the close
			ExportJob job = view.getActions().export(null, target);
			closeEverywhere(page, ContactsView.ID);
			assertTrue(table.isDisposed(), "the view is closed");
			waitFor(() -> job.getResult() != null, "the export ends", 120);
			flush();
			assertTrue(!job.getResult().isOK(), "the export failed: " + job.getResult());
			String failure = NLS.bind(org.revisit.ui.contacts.Messages.Export_failed, target + ": "); //$NON-NLS-1$
			String expected = NLS.bind(org.revisit.ui.internal.Messages.Background_failedUnseen,
					org.revisit.ui.contacts.Messages.Export_job, failure);
			// the words around the reason: before it, and after it (the job's name, the view closed)
			String start = expected.substring(0, expected.indexOf(failure) + failure.length());
			String end = expected.substring(expected.indexOf(failure) + failure.length());
			waitFor(() -> {
				synchronized (shown) {
					return !shown.isEmpty();
				}
			}, "the status manager shows the failure", 30);
			synchronized (shown) {
				assertEquals(1, shown.size(), "one failure shown: " + shown);
				IStatus status = shown.get(0);
				assertEquals(IStatus.ERROR, status.getSeverity());
				assertTrue(status.getMessage().startsWith(start) && status.getMessage().endsWith(end)
						&& status.getMessage().length() > start.length() + end.length(),
						"the job, the file and the reason: " + status.getMessage());
			}
			synchronized (logged) {
				assertTrue(logged.stream().anyMatch(l -> l.getMessage().startsWith(start)), "and logged: " + logged);
			}
			assertTrue(!Files.exists(target), "nothing written");
			assertNothingDisposedLogged();
		} finally {
			StatusManager.getManager().removeListener(notified);
			Platform.removeLogListener(errors);
			ErrorDialog.AUTOMATED_MODE = automated;
			for (Shell s : display.getShells()) {
				if (!before.contains(s) && !s.isDisposed()) {
					s.close(); // the status dialog
				}
			}
			Files.deleteIfExists(notAFolder);
			if (wasOpen) {
				page.showView(ContactsView.ID);
			}
		}
	}
}
