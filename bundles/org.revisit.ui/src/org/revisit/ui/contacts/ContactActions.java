package org.revisit.ui.contacts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.model.Contact;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * What a manager does with the contacts table: add a contact, edit one, and change or export many: the selected
 * ones or every contact of the filter (asked each time). Changes run in jobs with progress and cancel.
 */
public final class ContactActions {

	/** What the actions work on: the table's selection and filter. */
	public interface Table {
		Shell shell();

		/** The selected contacts that are loaded (a virtual table's rows still loading are not among them). */
		List<Contact> selected();

		/** How many rows are selected, loaded or not. */
		int selectedCount();

		ContactFilter filter();

		/** How many contacts the filter matches. */
		long filterCount();

		/** Reads the table again (after a change). */
		void refresh();

		/** Tells the user how a change went (the view's summary line). */
		void tell(String message);

		Background background();
	}

	private final Services services;
	private final Table table;
	private final IAction add;
	private final IAction edit;
	private final IAction assign;
	private final IAction addTag;
	private final IAction removeTag;
	private final IAction doNotCall;
	private final IAction export;

	public ContactActions(Services services, Table table) {
		this.services = services;
		this.table = table;
		add = action(Messages.Action_add, this::add);
		edit = action(Messages.Action_edit, this::edit);
		assign = action(Messages.Action_assign, () -> bulk(ContactBulk.Kind.ASSIGN_AGENT, Messages.Action_assign,
				Messages.Bulk_agentPrompt, true));
		addTag = action(Messages.Action_addTag,
				() -> bulk(ContactBulk.Kind.ADD_TAG, Messages.Action_addTag, Messages.Bulk_tagPrompt, false));
		removeTag = action(Messages.Action_removeTag,
				() -> bulk(ContactBulk.Kind.REMOVE_TAG, Messages.Action_removeTag, Messages.Bulk_tagPrompt, false));
		doNotCall = action(Messages.Action_doNotCall, () -> bulk(ContactBulk.Kind.DO_NOT_CALL,
				Messages.Action_doNotCall, Messages.Bulk_reasonPrompt, false));
		export = action(Messages.Action_export, this::export);
		boolean manager = services.principal().may(Permission.CONTACTS);
		for (IAction a : List.of(add, assign, addTag, removeTag, doNotCall)) {
			a.setEnabled(manager);
		}
		export.setEnabled(services.principal().may(Permission.EXPORT));
	}

	private static IAction action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Adds the actions to the view's toolbar (add, edit) and the table's context menu (all). */
	public void contribute(IToolBarManager toolbar, IMenuManager menu) {
		toolbar.add(add);
		toolbar.add(edit);
		menu.add(add);
		menu.add(edit);
		menu.add(new Separator());
		menu.add(assign);
		menu.add(addTag);
		menu.add(removeTag);
		menu.add(doNotCall);
		menu.add(new Separator());
		menu.add(export);
	}

	/** Opens the form on a new contact. */
	public void add() {
		ContactDialog dialog = new ContactDialog(table.shell(), services, null);
		if (dialog.open() == Window.OK) {
			table.refresh();
		}
	}

	/** Opens the form on the first selected contact, read afresh. */
	public void edit() {
		List<Contact> chosen = table.selected();
		if (chosen.isEmpty()) {
			return;
		}
		long id = chosen.get(0).getId();
		table.background().run(Messages.Form_reading, () -> services.contacts().find(id), contact -> {
			if (contact != null && new ContactDialog(table.shell(), services, contact).open() == Window.OK) {
				table.refresh();
			}
		}, e -> table.tell(Failures.oneLine(e)));
	}

	/**
	 * Which contacts to work on: the loaded selected ones or the whole filter; {@code null} when the user
	 * cancels. An empty selection means the filter.
	 */
	private Scope scope(String title) {
		List<Contact> selected = table.selected();
		String filterChoice = NLS.bind(Messages.Bulk_filter, Long.valueOf(table.filterCount()));
		if (selected.isEmpty()) {
			return MessageDialog.open(MessageDialog.QUESTION, table.shell(), title, filterChoice + "?", SWT.NONE) //$NON-NLS-1$
					? new Scope(null, filterChoice) : null;
		}
		String selectedChoice = NLS.bind(Messages.Bulk_selected, Integer.valueOf(selected.size()));
		MessageDialog ask = new MessageDialog(table.shell(), title, null, Messages.Bulk_scopeTitle,
				MessageDialog.QUESTION, 0, selectedChoice, filterChoice, IDialogConstants.CANCEL_LABEL);
		return switch (ask.open()) {
		case 0 -> new Scope(selected.stream().map(Contact::getId).toList(), selectedChoice);
		case 1 -> new Scope(null, filterChoice);
		default -> null;
		};
	}

	/** The chosen contacts' ids, or {@code null} for the whole filter; and how to name them. */
	private record Scope(List<Long> ids, String label) {
	}

	private void bulk(ContactBulk.Kind kind, String title, String prompt, boolean emptyAllowed) {
		Scope scope = scope(title);
		if (scope == null) {
			return;
		}
		IInputValidator check = text -> !emptyAllowed && text.isBlank() ? prompt : null;
		InputDialog input = new InputDialog(table.shell(), title, scope.label() + "\n\n" + prompt, "", check); //$NON-NLS-1$ //$NON-NLS-2$
		if (input.open() != Window.OK) {
			return;
		}
		run(new ContactBulk(kind, input.getValue().strip()), scope.ids(), title.replace("\u2026", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Runs a bulk change in a job; the table is read again when it is over, if the view is still open (the change
	 * goes on when it closes).
	 */
	public BulkJob run(ContactBulk change, List<Long> ids, String label) {
		ContactFilter filter = table.filter();
		BulkJob job = new BulkJob(services, change, ids, filter, label,
				table.background().outcome(NLS.bind(Messages.Bulk_job, label), message -> {
					table.tell(message);
					table.refresh();
				}));
		job.schedule();
		return job;
	}

	private void export() {
		Scope scope = scope(Messages.Export_title);
		if (scope == null) {
			return;
		}
		FileDialog files = new FileDialog(table.shell(), SWT.SAVE);
		files.setText(Messages.Export_title);
		files.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		files.setFileName("contacts.csv"); //$NON-NLS-1$
		files.setOverwrite(true);
		String path = files.open();
		if (path == null) {
			return;
		}
		export(scope.ids(), Path.of(path));
	}

	/**
	 * Exports the contacts {@code ids} ({@code null}: all the filter's) to {@code file} in a job; its outcome goes to
	 * the view, or a failure to the status manager if the view has closed meanwhile.
	 */
	public ExportJob export(List<Long> ids, Path file) {
		ContactFilter filter = table.filter();
		ExportJob job = new ExportJob(Messages.Export_job, () -> services.data().exportMatching(filter, ids, null), file,
				table.background().outcome(Messages.Export_job, table::tell));
		job.schedule();
		return job;
	}

	/** "Assign Agent…" of the context menu: asks which contacts (the selection or the whole filter) and the agent. */
	public IAction assignAction() {
		return assign;
	}

	/** The edit action (enabled with a selection), for the view's double-click. */
	public IAction editAction() {
		return edit;
	}
}
