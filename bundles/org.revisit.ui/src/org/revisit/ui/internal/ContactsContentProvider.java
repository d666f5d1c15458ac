package org.revisit.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.revisit.model.Contact;
import org.revisit.store.Store;

/**
 * Feeds a virtual table with contacts one page at a time, keeping only the last few pages in memory, so a
 * table over a million contacts costs what the screen shows.
 */
public final class ContactsContentProvider implements ILazyContentProvider {

	public static final int PAGE_SIZE = 200;
	private static final int PAGES_KEPT = 16;

	private final TableViewer viewer;
	private Store store;
	private String filter;
	private final Map<Long, List<Contact>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, List<Contact>> eldest) {
			return size() > PAGES_KEPT;
		}
	};

	public ContactsContentProvider(TableViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		store = newInput instanceof Store s ? s : null;
		pages.clear();
	}

	@Override
	public void updateElement(int index) {
		if (store == null) {
			return;
		}
		long page = index / PAGE_SIZE;
		List<Contact> rows = pages.computeIfAbsent(page, p -> store.contacts().page(filter, p * PAGE_SIZE, PAGE_SIZE));
		int offset = index % PAGE_SIZE;
		if (offset < rows.size()) {
			viewer.replace(rows.get(offset), index);
		}
	}

	/** Shows only the contacts matching {@code text} (all when it is null or blank). */
	public void setFilter(String text) {
		filter = text;
		pages.clear();
	}
}
