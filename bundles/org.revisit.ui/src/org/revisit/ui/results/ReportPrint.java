package org.revisit.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.revisit.core.report.ReportTable;

/**
 * Lays out one report for paper: a title line, the chart (scaled to the page's width, at most a third of its
 * height) and the tables as columns of text, on as many pages as they need. The layout only draws on a
 * {@link GC}; who owns the device (a printer, or an image in a test) starts and ends the pages. The tables come
 * as the reports give them (English names, raw values) and are shown in the workbench's language.
 */
final class ReportPrint {

	/** Draws on one page; called once per page with a fresh or cleared GC. */
	interface Pages {
		/** Starts page {@code number} (from 1) and returns where to draw it. */
		GC start(int number);

		/** Ends the page just drawn. */
		void end(GC gc);
	}

	private final String title;
	private final List<ReportTable> tables;
	private final Image chart;

	ReportPrint(String title, List<ReportTable> tables, Image chart) {
		this.title = title;
		this.tables = tables;
		this.chart = chart;
	}

	/** Prints on pages of {@code area} (the printable part, in the device's pixels); returns the pages used. */
	int print(Pages pages, Rectangle area) {
		int page = 1;
		GC gc = pages.start(page);
		int line = gc.getFontMetrics().getHeight();
		int y = area.y;
		gc.drawText(title, area.x, y, true);
		y += line * 2;
		if (chart != null) {
			Rectangle size = chart.getBounds();
			int width = area.width;
			int height = Math.min(area.height / 3, size.height * width / Math.max(1, size.width));
			gc.drawImage(chart, 0, 0, size.width, size.height, area.x, y, width, height);
			y += height + line;
		}
		for (ReportTable table : tables) {
			List<List<String>> rows = new ArrayList<>();
			rows.add(table.columns().stream().map(Headings::of).toList());
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.size(); c++) {
					cells.add(ReportTab.cell(row.get(c), table.columns().get(c), table.title()));
				}
				rows.add(cells);
			}
			int[] widths = widths(gc, rows, area.width);
			if (y + line * 3 > area.y + area.height) {
				pages.end(gc);
				gc = pages.start(++page);
				y = area.y;
			}
			gc.drawText(Headings.of(table.title()), area.x, y, true);
			y += line + line / 2;
			for (int r = 0; r < rows.size(); r++) {
				if (y + line > area.y + area.height) {
					pages.end(gc);
					gc = pages.start(++page);
					y = area.y;
				}
				int x = area.x;
				for (int c = 0; c < rows.get(r).size() && c < widths.length; c++) {
					gc.drawText(clip(gc, rows.get(r).get(c), widths[c] - line / 2), x, y, true);
					x += widths[c];
				}
				y += line;
			}
			y += line;
		}
		pages.end(gc);
		return page;
	}

	/** Column widths: each as wide as its widest cell, all shrunk evenly to fit the page. */
	private static int[] widths(GC gc, List<List<String>> rows, int available) {
		int columns = rows.get(0).size();
		int[] widths = new int[columns];
		int pad = gc.getFontMetrics().getHeight();
		for (List<String> row : rows) {
			for (int c = 0; c < Math.min(columns, row.size()); c++) {
				widths[c] = Math.max(widths[c], gc.textExtent(row.get(c)).x + pad);
			}
		}
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		if (total > available) {
			for (int c = 0; c < columns; c++) {
				widths[c] = widths[c] * available / total;
			}
		}
		return widths;
	}

	private static String clip(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String s = text;
		while (!s.isEmpty() && gc.textExtent(s + "…").x > width) { //$NON-NLS-1$
			s = s.substring(0, s.length() - 1);
		}
		return s + "…"; //$NON-NLS-1$
	}
}
