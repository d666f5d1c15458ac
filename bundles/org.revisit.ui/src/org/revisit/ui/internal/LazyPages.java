package org.revisit.ui.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Feeds a virtual table one page at a time, each page read in the background: a row whose page has not arrived
 * shows as {@link Loading} ("loading…") and is filled when the page comes. Only the last few pages are kept, so a
 * table over a million rows costs what the screen shows. A new query ({@link #reset}) drops the pages of the old
 * one, and pages of the old one that arrive late are dropped too.
 *
 * @param <T> the rows
 */
public final class LazyPages<T> implements ILazyContentProvider {

	/** Reads one page of rows: a service call, made in a job. */
	@FunctionalInterface
	public interface Reader<T> {
		List<T> read(long offset, int limit);
	}

	/** The row shown at {@code index} until its page arrives (each index its own, for the viewer's hash lookup). */
	public record Loading(int index) {
		@Override
		public String toString() {
			return Messages.View_loadingRow;
		}
	}

	private static final int PAGES_KEPT = 16;

	private final TableViewer viewer;
	private final int pageSize;
	private final String jobName;
	private final Background background;
	private final Map<Long, List<T>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, List<T>> eldest) {
			return size() > PAGES_KEPT;
		}
	};
	private final Set<Long> requested = new HashSet<>();
	private Reader<T> reader;
	/** Which query the pages belong to; a page of an older one is not shown. */
	private volatile long generation;

	public LazyPages(TableViewer viewer, int pageSize, String jobName) {
		this.viewer = viewer;
		this.pageSize = pageSize;
		this.jobName = jobName;
		this.background = new Background(viewer.getControl());
	}

	/**
	 * Starts a new query: rows are read with {@code reader} from now on; {@code first} is its first page when it
	 * was read already (with the row count), else {@code null}. Call {@code setItemCount} and {@code refresh} next.
	 */
	public void reset(Reader<T> reader, List<T> first) {
		this.reader = reader;
		generation++;
		pages.clear();
		requested.clear();
		if (first != null) {
			pages.put(0L, first);
		}
	}

	/** The first page of the current query if it is held (read and not dropped since), else {@code null}. */
	public List<T> first() {
		return pages.get(0L);
	}

	/** Forgets the query: no rows are read until the next {@link #reset}. */
	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		reader = null;
		generation++;
		pages.clear();
		requested.clear();
	}

	@Override
	public void updateElement(int index) {
		long page = index / pageSize;
		List<T> rows = pages.get(page);
		if (rows != null) {
			if (index % pageSize < rows.size()) {
				viewer.replace(rows.get(index % pageSize), index);
			}
			return;
		}
		viewer.replace(new Loading(index), index);
		if (reader != null && requested.add(page)) {
			Reader<T> read = reader;
			long mine = generation;
			background.run(jobName, () -> read.read(page * pageSize, pageSize), r -> arrived(page, r), e -> {
				requested.remove(page); // asked again when the row is shown again
				ILog.of(LazyPages.class).warn(e.getMessage(), e);
			}, () -> generation == mine);
		}
	}

	private void arrived(long page, List<T> rows) {
		requested.remove(page);
		pages.put(page, rows);
		int count = viewer.getTable().getItemCount();
		for (int i = 0; i < rows.size(); i++) {
			long index = page * pageSize + i;
			if (index < count) {
				viewer.replace(rows.get(i), (int) index);
			}
		}
	}
}
