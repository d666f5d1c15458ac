package org.revisit.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Text columns of the views' tables. */
public final class Columns {

	private Columns() {
	}

	/**
	 * Adds a column showing {@code text} of the rows that are {@code type}s; the first column says "loading…" in a
	 * row whose page is still being read; other cells are empty.
	 */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> type, String title, int width,
			Function<T, String> text) {
		boolean first = viewer.getTable().getColumnCount() == 0;
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (first && element instanceof LazyPages.Loading loading) {
					return loading.toString();
				}
				String s = type.isInstance(element) ? text.apply(type.cast(element)) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}
		});
		return column;
	}

	/** Adds a column showing {@code text} and {@code image} (may give null) of the rows that are {@code type}s. */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> type, String title, int width,
			Function<T, String> text, Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = type.isInstance(element) ? text.apply(type.cast(element)) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return type.isInstance(element) ? image.apply(type.cast(element)) : null;
			}
		});
		return column;
	}
}
