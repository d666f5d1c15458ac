package org.revisit.ui.contacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.service.DataService.ImportKind;
import org.revisit.core.service.DataService.ImportPreview;
import org.revisit.core.service.DataService.ImportReport;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Failures;

/**
 * File > Import of contacts or service events: pick the file and see its first rows as they decode (the encoding
 * can be changed), map its columns (matched from Chinese or English headers, remembered per header set), check it
 * (a dry run listing the rejects by line and reason), then import it in a job; the rejected rows are saved next to
 * the file. The same engine as {@code cli import}, through the services.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	private final ImportKind kind;
	private Services services;
	private ImportFilePage filePage;
	private ImportMappingPage mappingPage;
	private ImportCheckPage checkPage;
	/** The file's bytes, its path, and what the services make of it (set by the file page). */
	byte[] content;
	Path file;
	ImportPreview preview;
	private Job job;

	/** Contacts or service events. */
	public ImportWizard(ImportKind kind) {
		this.kind = kind;
		setWindowTitle(kind == ImportKind.EVENTS ? Messages.Import_titleEvents : Messages.Import_titleContacts);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		services = workbench.getService(Services.class);
	}

	/** For tests and callers outside the import wizards' extension point. */
	public void init(Services s) {
		services = s;
	}

	Services services() {
		if (services == null) {
			services = PlatformUI.getWorkbench().getService(Services.class);
		}
		return services;
	}

	ImportKind kind() {
		return kind;
	}

	@Override
	public void addPages() {
		filePage = new ImportFilePage(this);
		mappingPage = new ImportMappingPage(this);
		checkPage = new ImportCheckPage(this);
		addPage(filePage);
		addPage(mappingPage);
		addPage(checkPage);
	}

	/** The encoding chosen on the file page ({@code null}: detected). */
	String encoding() {
		return filePage.encoding();
	}

	/** The mapping chosen on the mapping page. */
	List<String> mapping() {
		return mappingPage.mapping();
	}

	@Override
	public boolean canFinish() {
		return checkPage.isPageComplete() && getContainer().getCurrentPage() == checkPage;
	}

	@Override
	public boolean performFinish() {
		ImportMappings.remember(kind.name(), preview.header(), mapping());
		job = importJob(services(), kind, content, file, encoding(), mapping());
		job.schedule();
		return true;
	}

	/** The import job of the last finish, for tests. */
	public Job getJob() {
		return job;
	}

	/**
	 * The import in a job: one transaction, all or nothing; cancelling before it starts stores nothing. When rows
	 * were rejected, they are written next to the file as {@code NAME.rejects.csv}.
	 */
	static Job importJob(Services services, ImportKind kind, byte[] content, Path file, String encoding,
			List<String> mapping) {
		Job job = new Job(NLS.bind(Messages.Import_job, file.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), TICKS);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					ImportReport r = importWatched(services, monitor, () -> services.data().importMapped(kind, content,
							file.getFileName().toString(), false, encoding, mapping));
					if (r == null) {
						return Status.CANCEL_STATUS;
					}
					String rejects = ""; //$NON-NLS-1$
					if (r.rejects() != null) {
						Path saved = rejectsFile(file);
						Files.write(saved, r.rejects());
						rejects = ' ' + NLS.bind(Messages.Import_rejectsSaved, saved);
					}
					return new Status(IStatus.OK, "org.revisit.ui", NLS.bind(Messages.Import_done, //$NON-NLS-1$
							Long.valueOf(r.stored()), Long.valueOf(r.rejected())) + rejects);
				} catch (RuntimeException | java.io.IOException e) {
					return new Status(IStatus.ERROR, "org.revisit.ui", NLS.bind(Messages.Import_failed, //$NON-NLS-1$
							e instanceof RuntimeException r ? Failures.oneLine(r) : e.getMessage()), e);
				} finally {
					monitor.done();
				}
			}
		};
		job.setUser(true);
		return job;
	}

	private static final int TICKS = 1000;

	/**
	 * Runs the import on a thread of its own while the job shows the rows stored so far and, on cancel, asks the
	 * services to stop it (it then stores nothing); {@code null} when it was cancelled.
	 */
	private static ImportReport importWatched(Services services, IProgressMonitor monitor,
			java.util.function.Supplier<ImportReport> call) {
		java.util.concurrent.CompletableFuture<ImportReport> running = java.util.concurrent.CompletableFuture
				.supplyAsync(call);
		int reported = 0;
		boolean cancelAsked = false;
		while (true) {
			try {
				return running.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				if (monitor.isCanceled() && !cancelAsked) {
					cancelAsked = true;
					services.data().cancelImport();
				}
				var p = services.data().importProgress();
				if (p != null && p.lines() > 0) {
					int now = (int) Math.min(TICKS, p.stored() * TICKS / p.lines());
					monitor.worked(now - reported);
					reported = now;
					monitor.subTask(p.stored() + " / " + p.lines()); //$NON-NLS-1$
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			} catch (java.util.concurrent.ExecutionException e) {
				if (cancelAsked && e.getCause() instanceof org.revisit.core.service.ServiceException s
						&& s.kind() == org.revisit.core.service.ServiceException.Kind.CONFLICT) {
					return null;
				}
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
		}
	}

	/** Where the rejected rows of {@code file} are saved: next to it, {@code NAME.rejects.csv}. */
	public static Path rejectsFile(Path file) {
		String name = file.getFileName().toString();
		String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) //$NON-NLS-1$
				: name;
		return file.resolveSibling(base + ".rejects.csv"); //$NON-NLS-1$
	}

	/** The pages, for tests. */
	public ImportFilePage getFilePage() {
		return filePage;
	}

	public ImportMappingPage getMappingPage() {
		return mappingPage;
	}

	public ImportCheckPage getCheckPage() {
		return checkPage;
	}
}
