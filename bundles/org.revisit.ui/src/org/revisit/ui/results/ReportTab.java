package org.revisit.ui.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.revisit.core.report.ReportCsv;
import org.revisit.core.report.ReportTable;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Labels;

/**
 * One report on the dashboard: a bar chart above, its tables below (column names in the workbench's language).
 * Double-clicking a row or a bar hands its position to the view, which lists the calls behind it.
 */
final class ReportTab {

	/** What a chart shows: one bar series per name, one bar per category. */
	record ChartData(String[] categories, List<String> names, List<double[]> values) {
	}

	/** Where a double-click landed: a row of a table, or a bar (series, category). */
	interface Drill {
		void row(int table, int row);

		void bar(int series, int category);

		/** A drill of two actions: {@code row} gets (table, row), {@code bar} gets (series, category). */
		static Drill of(java.util.function.BiConsumer<Integer, Integer> row,
				java.util.function.BiConsumer<Integer, Integer> bar) {
			return new Drill() {
				@Override
				public void row(int table, int r) {
					row.accept(table, r);
				}

				@Override
				public void bar(int series, int category) {
					bar.accept(series, category);
				}
			};
		}
	}

	private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_RED,
			SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN };

	private final Composite root;
	private final SashForm sash;
	private final Label status;
	private final Chart chart;
	private final List<TableViewer> tables = new ArrayList<>();
	private List<ReportTable> shown = List.of();
	private List<ReportTable> english = List.of();
	private Drill drill;

	ReportTab(Composite parent, boolean withChart) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		if (withChart) {
			chart = new Chart(sash, SWT.NONE);
			chart.getTitle().setVisible(false);
			chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
			chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
			chart.getPlotArea().getControl().addListener(SWT.MouseDoubleClick, e -> barClicked(e.x, e.y));
		} else {
			chart = null;
		}
	}

	Control control() {
		return root;
	}

	Chart chart() {
		return chart;
	}

	void onDrill(Drill d) {
		this.drill = d;
	}

	void status(String text) {
		status.setText(text == null ? "" : text); //$NON-NLS-1$
		root.layout(true);
	}

	String statusText() {
		return status.getText();
	}

	/** The tables as shown (translated column names): what is exported. */
	List<ReportTable> shown() {
		return shown;
	}

	List<TableViewer> tables() {
		return tables;
	}

	/** The tables as the report gave them (English names; values not yet formatted). */
	List<ReportTable> english() {
		return english;
	}

	/** Shows the tables (and the chart, if any). */
	void fill(List<ReportTable> data, ChartData bars) {
		while (tables.size() > data.size()) {
			tables.remove(tables.size() - 1).getControl().dispose();
		}
		List<ReportTable> translated = new ArrayList<>();
		for (int i = 0; i < data.size(); i++) {
			ReportTable t = data.get(i);
			List<String> columns = t.columns().stream().map(Headings::heading).toList();
			translated.add(new ReportTable(Headings.heading(t.title()), columns, t.rows()));
			if (i >= tables.size() || tables.get(i).getTable().getColumnCount() != columns.size()
					|| !sameColumns(tables.get(i), columns)) {
				TableViewer v = table(columns, t.columns(), t.title(), i);
				if (i < tables.size()) {
					tables.get(i).getControl().dispose();
					tables.set(i, v);
				} else {
					tables.add(v);
				}
			}
			tables.get(i).getTable().setToolTipText(Headings.heading(t.title()));
			tables.get(i).setInput(t.rows());
			fit(tables.get(i).getTable());
		}
		shown = translated;
		english = List.copyOf(data);
		if (chart != null && bars != null) {
			chart(bars);
		}
		// the chart and the tables: once laid out, the sash form also holds a Sash between each two of them, which
		// its weights do not count (counting its children made every fill after the first throw, before the status
		// was set: "Reading the results..." stayed after Refresh)
		int parts = (chart == null ? 0 : 1) + tables.size();
		int[] weights = new int[parts];
		for (int i = 0; i < parts; i++) {
			weights[i] = chart != null && i == 0 ? 3 : 2;
		}
		sash.setWeights(weights);
		sash.layout(true, true);
	}

	/** Each column as wide as its heading and values need (a moment, a long name), within bounds. */
	private static void fit(org.eclipse.swt.widgets.Table table) {
		for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.max(70, Math.min(260, column.getWidth())));
		}
	}

	private static boolean sameColumns(TableViewer v, List<String> columns) {
		for (int i = 0; i < columns.size(); i++) {
			if (!v.getTable().getColumn(i).getText().equals(columns.get(i))) {
				return false;
			}
		}
		return true;
	}

	private TableViewer table(List<String> columns, List<String> english, String title, int index) {
		TableViewer v = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		v.getTable().setHeaderVisible(true);
		v.getTable().setLinesVisible(true);
		v.setContentProvider(ArrayContentProvider.getInstance());
		for (int c = 0; c < columns.size(); c++) {
			int column = c;
			String name = english.get(c);
			TableViewerColumn col = new TableViewerColumn(v, SWT.NONE);
			col.getColumn().setText(columns.get(c));
			col.getColumn().setWidth(c == 0 ? 160 : Math.max(70, Math.min(260, columns.get(c).length() * 9 + 20)));
			col.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					@SuppressWarnings("unchecked")
					List<Object> row = (List<Object>) element;
					return cell(row.get(column), name, title);
				}
			});
		}
		v.addDoubleClickListener(e -> {
			int row = v.getTable().getSelectionIndex();
			if (drill != null && row >= 0) {
				drill.row(index, row);
			}
		});
		return v;
	}

	static boolean percent(String english) {
		return english.contains("rate") || english.contains("share") || english.equals("service level"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The columns that hold ids (shown as they are, without grouping their digits). */
	private static final Set<String> IDS = Set.of("task", "outcome", "contact", "campaign", "callback", "entry", "step"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/**
	 * A value of the column named {@code column} (its English name) as the workbench shows it: rates as percents,
	 * counts with their digits grouped, moments in the agent's zone to the minute; complaints' categories and
	 * severities, promises' sources and service events' kinds by their names; the English names of the reports in
	 * the workbench's language. (The CSV files and the command line keep the plain values.) {@code title} is the
	 * table's English title: a "category" is a complaint's only in the complaints' tables (the answers' categories
	 * are the answer library's own).
	 */
	static String cell(Object value, String column, String title) {
		if (value instanceof Double d) {
			return percent(column) ? String.format(Locale.ROOT, "%.1f%%", d * 100) : String.format(Locale.ROOT, "%.2f", d); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (value instanceof Long n && !IDS.contains(column)) {
			return Labels.count(n.longValue());
		}
		if (value instanceof Instant at) {
			return Labels.minute(at, AgentZone.get());
		}
		boolean complaints = title != null && title.toLowerCase(Locale.ROOT).contains("complaint"); //$NON-NLS-1$
		if (value instanceof String s && complaints && "category".equals(column) && !s.isEmpty() //$NON-NLS-1$
				&& s.equals(s.toUpperCase(Locale.ROOT))) {
			return Labels.complaintCategory(s);
		}
		if (value instanceof String s && complaints && "severity".equals(column) && !s.isEmpty()) { //$NON-NLS-1$
			return Labels.complaintSeverity(s);
		}
		if (value instanceof String s && "source".equals(column) && !s.isEmpty() && !"Total".equals(s)) { //$NON-NLS-1$ //$NON-NLS-2$
			return Labels.callbackSource(s);
		}
		if (value instanceof String s && "event".equals(column) && !s.isEmpty()) { //$NON-NLS-1$
			return Labels.serviceEvent(s);
		}
		if (value instanceof String s) {
			String heading = Headings.of(s);
			// call types come as their ids: shown by the name their contribution gives
			return (heading.equals(s) && s.indexOf('.') > 0 ? Labels.callType(s) : heading).replace('\n', ' ');
		}
		return ReportCsv.text(value);
	}

	private void chart(ChartData bars) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		String[] categories = Arrays.stream(bars.categories()).map(ReportTab::shortLabel).toArray(String[]::new);
		x.setCategorySeries(categories.length == 0 ? new String[] { "" } : categories); //$NON-NLS-1$
		// many or long names side by side run into each other: slanted, they stay readable
		x.getTick().setTickLabelAngle(categories.length > 4 || Arrays.stream(categories).anyMatch(c -> c.length() > 8) ? 30 : 0);
		for (int i = 0; i < bars.names().size(); i++) {
			IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, "s" + i); //$NON-NLS-1$
			s.setDescription(bars.names().get(i));
			// no rows: one empty bar (SWTChart cannot lay out a series without values)
			s.setYSeries(bars.categories().length == 0 ? new double[] { 0 } : bars.values().get(i));
			Color color = chart.getDisplay().getSystemColor(COLORS[i % COLORS.length]);
			s.setBarColor(color);
		}
		chart.getLegend().setVisible(bars.names().size() > 1);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** A bar's name short enough for the axis (the table beside it has the whole name). */
	static String shortLabel(String name) {
		return name != null && name.codePointCount(0, name.length()) > LABEL_LIMIT
				? name.substring(0, name.offsetByCodePoints(0, LABEL_LIMIT - 1)) + "\u2026" //$NON-NLS-1$
				: name;
	}

	private static final int LABEL_LIMIT = 16;

	/** Which bar is at a point of the plot area, if any. */
	Point barAt(int px, int py) {
		ISeries<?>[] all = chart.getSeriesSet().getSeries();
		for (int s = 0; s < all.length; s++) {
			if (all[s] instanceof IBarSeries<?> bar) {
				Rectangle[] bounds = bar.getBounds();
				for (int i = 0; bounds != null && i < bounds.length; i++) {
					Rectangle r = bounds[i];
					if (r != null && px >= r.x && px <= r.x + Math.max(r.width, 1) && py >= Math.min(r.y, r.y + r.height) - 2
							&& py <= Math.max(r.y, r.y + r.height) + 2) {
						return new Point(s, i);
					}
				}
			}
		}
		return null;
	}

	/** The middle of a bar, in plot-area coordinates, or null (for tests). */
	Point barCenter(int series, int category) {
		ISeries<?> s = chart.getSeriesSet().getSeries()[series];
		Rectangle r = ((IBarSeries<?>) s).getBounds()[category];
		return r == null ? null : new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	private void barClicked(int px, int py) {
		Point hit = barAt(px, py);
		if (hit != null && drill != null) {
			drill.bar(hit.x, hit.y);
		}
	}
}
