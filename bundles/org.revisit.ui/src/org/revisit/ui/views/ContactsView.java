package org.revisit.ui.views;

import java.util.function.Function;

import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.service.Services;
import org.revisit.model.Contact;
import org.revisit.store.ContactFilter;
import org.revisit.ui.contacts.ContactActions;
import org.revisit.ui.contacts.ContactPageReader;
import org.revisit.ui.contacts.FilterBar;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.LazyPages;
import org.revisit.ui.internal.Messages;

/**
 * All contacts (an agent: those they call) in a virtual table, read through the services a page at a time in the
 * background, filtered (search, class, tag, agent, status, do-not-call) and sorted (click a column header) in the
 * database. Managers add and edit contacts and change or export many at once (the context menu).
 */
public class ContactsView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.contacts"; //$NON-NLS-1$

	private TableViewer viewer;
	private Label summary;
	private LazyPages<Contact> content;
	private Background counting;
	private Services services;
	private Text search;
	private String filter;
	private FilterBar filterBar;
	private ContactFilter query = ContactFilter.all();
	private long matching;
	private ContactActions actions;

	private static final int SEARCH_DELAY_MILLIS = 300;
	private static final int PAGE_SIZE = 200;

	/** What a count reads: how many match, how many there are, and the first page of the matches. */
	private record Counted(long count, long all, List<Contact> first) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		summary.setText(Messages.ContactsView_loading);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.ContactsView_search);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(search);
		// Searching waits for a pause in typing, so a fast typist does not start a query per key.
		search.addModifyListener(e -> search.getDisplay().timerExec(SEARCH_DELAY_MILLIS, this::searchNow));

		filterBar = new FilterBar(parent, bar -> refresh());

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
		// the id names the contact in cli explain and in imported service events
		column(Messages.ContactsView_colId, 60, c -> Long.toString(c.getId()), ContactFilter.Sort.ID);
		column(Messages.ContactsView_colName, 140, Labels::nameWithTitle, ContactFilter.Sort.NAME);
		column(Messages.ContactsView_colCompany, 240, Contact::getCompany, ContactFilter.Sort.COMPANY);
		column(Messages.ContactsView_colPosition, 110, Contact::getPosition, null);
		column(Messages.ContactsView_colPhone, 130, Labels::phone, null);
		column(Messages.ContactsView_colBirthday, 120, c -> Labels.birthday(c.getBirthday()), null);
		column(Messages.ContactsView_colClass, 70, c -> c.getCustomerClass() == null ? "" : c.getCustomerClass().getLiteral(), //$NON-NLS-1$
				ContactFilter.Sort.CUSTOMER_CLASS);
		column(Messages.ContactsView_colTimeZone, 120, Contact::getTimeZone, ContactFilter.Sort.TIME_ZONE);
		column(Messages.ContactsView_colAgent, 80, Contact::getOwningAgent, ContactFilter.Sort.OWNING_AGENT);
		column(Messages.ContactsView_colStatus, 90, Labels::status, ContactFilter.Sort.STATUS);
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
		viewer.getTable().setSortDirection(SWT.UP);
		content = new LazyPages<>(viewer, PAGE_SIZE, Messages.ContactsView_loadJob);
		viewer.setContentProvider(content);
		getSite().setSelectionProvider(viewer);
		counting = new Background(viewer.getControl());

		services = getSite().getService(Services.class);
		if (services == null) {
			summary.setText(NLS.bind(Messages.View_noStore, Services.class.getName()));
			return;
		}
		actions = new ContactActions(services, new Table());
		MenuManager menu = new MenuManager();
		actions.contribute(getViewSite().getActionBars().getToolBarManager(), menu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> actions.edit());
		viewer.setInput(services);
		refresh();
	}

	private void column(String title, int width, Function<Contact, String> text, ContactFilter.Sort sort) {
		TableViewerColumn column = Columns.add(viewer, Contact.class, title, width, text);
		if (sort != null) {
			column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), sort));
		}
	}

	/** Sorts by the column (in the database); a second click on the same column reverses the order. */
	private void sortBy(TableColumn column, ContactFilter.Sort sort) {
		boolean descending = query.sort() == sort && !query.descending();
		query = query.sortedBy(sort, descending);
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refresh();
	}

	/** What the contact actions see of this view. */
	private final class Table implements ContactActions.Table {
		@Override
		public Shell shell() {
			return getSite().getShell();
		}

		@Override
		public List<Contact> selected() {
			// Not viewer.getSelection(): on this lazy table it asks for every selected row, which after Select All
			// of 100,000 contacts reads them all on the UI thread. The rows already read are enough here.
			org.eclipse.swt.widgets.Table table = viewer.getTable();
			List<Contact> loaded = new java.util.ArrayList<>();
			for (int i : table.getSelectionIndices()) {
				if (table.getItem(i).getData() instanceof Contact c) {
					loaded.add(c);
				}
			}
			return loaded;
		}

		@Override
		public int selectedCount() {
			return viewer.getTable().getSelectionCount();
		}

		@Override
		public ContactFilter filter() {
			return query;
		}

		@Override
		public long filterCount() {
			return matching;
		}

		@Override
		public void refresh() {
			ContactsView.this.refresh();
		}

		@Override
		public void tell(String message) {
			if (!summary.isDisposed()) {
				summary.setText(message);
				summary.getParent().layout();
			}
		}

		@Override
		public Background background() {
			return counting;
		}
	}

	private void searchNow() {
		if (search.isDisposed() || search.getText().equals(filter == null ? "" : filter)) { //$NON-NLS-1$
			return;
		}
		filter = search.getText();
		refresh();
	}

	/** Refreshes the Contacts view of {@code page}, if it is open (e.g. after a successor was added). */
	public static void refreshIn(org.eclipse.ui.IWorkbenchPage page) {
		if (page.findView(ID) instanceof ContactsView view) {
			view.refresh();
		}
	}

	/**
	 * Counts the contacts (matching the search) and reads the first page in the background, then shows them; a
	 * newer search supersedes one still under way.
	 */
	public void refresh() {
		if (services == null) {
			return;
		}
		String text = filter == null || filter.isBlank() ? null : filter;
		ContactFilter q = filterBar.applyTo(query.withText(text));
		query = q;
		counting.latest(Messages.ContactsView_loadJob, () -> {
			long all = services.contacts().countMatching(ContactFilter.all());
			long count = q.equals(ContactFilter.all().sortedBy(q.sort(), q.descending())) ? all
					: services.contacts().countMatching(q);
			return new Counted(count, all, services.contacts().query(q, 0, PAGE_SIZE));
		}, counted -> {
			matching = counted.count();
			viewer.getTable().deselectAll(); // the rows are others now
			content.reset(new ContactPageReader(services.contacts(), q, counted.count(), counted.first()), counted.first());
			viewer.setItemCount((int) Math.min(counted.count(), Integer.MAX_VALUE));
			viewer.refresh();
			summary.setText(counted.count() == counted.all() ? NLS.bind(Messages.ContactsView_summary, Labels.count(counted.count()))
					: NLS.bind(Messages.ContactsView_found, Labels.count(counted.count()), Labels.count(counted.all())));
		}, e -> summary.setText(e.getMessage()));
	}

	/** The search field, for tests. */
	public Text getSearch() {
		return search;
	}

	/** The filters, for tests. */
	public FilterBar getFilterBar() {
		return filterBar;
	}

	/** The actions on contacts, for tests. */
	public ContactActions getActions() {
		return actions;
	}

	/** The filter and sort the table shows now, for tests. */
	public ContactFilter getQuery() {
		return query;
	}

	/** The table, for tests and for views that follow the selection. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
