package org.revisit.ui.contacts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.revisit.core.service.DataService.ImportKind;
import org.revisit.core.service.DataService.ImportPreview;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Background;
import org.revisit.ui.views.ContactsView;

/**
 * File > Import of contacts or service events: pick the file and see its first rows as they decode (the encoding
 * can be changed), map its columns (matched from Chinese or English headers, remembered per header set), check it
 * (a dry run listing the rejects by line and reason), then import it in a job ({@link ImportJob}); the rejected
 * rows are saved next to the file. The same engine as {@code cli import}, through the services.
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
		// the wizard closes now: what the import stored is shown by the Contacts views open when it ends
		Background workbench = Background.workbench();
		job = new ImportJob(services(), kind, content, file, encoding(), mapping(), () -> workbench.post(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					ContactsView.refreshIn(page);
				}
			}
		}));
		job.schedule();
		return true;
	}

	/** The import job of the last finish, for tests. */
	public Job getJob() {
		return job;
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
