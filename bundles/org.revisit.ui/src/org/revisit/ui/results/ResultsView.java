package org.revisit.ui.results;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.report.ReportTable;
import org.revisit.core.report.ReportTables;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.CallLine;
import org.revisit.core.service.ReportService.CallbackReport;
import org.revisit.core.service.ReportService.CallbackRow;
import org.revisit.core.service.ReportService.CallingReport;
import org.revisit.core.service.ReportService.CallingRow;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.ComplaintRow;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.Drill;
import org.revisit.core.service.ReportService.EngineerRow;
import org.revisit.core.service.ReportService.ExportForm;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.QualityReport;
import org.revisit.core.service.ReportService.QualityRow;
import org.revisit.core.service.ReportService.Report;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ReportService.SatisfactionReport;
import org.revisit.core.service.ReportService.ScoreRow;
import org.revisit.core.service.ReportService.SupervisionReport;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.views.ContactCardView;

/**
 * The manager's dashboard of results: the filters (period, campaign, call type, agent, engineer) above, one tab
 * per report with a chart and its tables, and a tab with the calls behind a figure. Each report is read in the
 * background when its tab is shown (again after the filters change); a double-click on a row or a bar of the
 * calling report (or a bar of the scores) lists the calls behind it, and a double-click on a call opens its contact
 * in the Contact Card. The toolbar exports the table of the tab to CSV (UTF-8 with BOM, or GBK) and its chart to PNG.
 */
public class ResultsView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.results"; //$NON-NLS-1$

	/** The tabs, in order. */
	public static final int CALLING = 0, CALLBACKS = 1, SATISFACTION = 2, SUPERVISION = 3, COMPLAINTS = 4, QUALITY = 5,
			CALLS = 6;
	/** The tab of the answer library's report, after the calls. */
	public static final int ANSWERS = 7;

	private static final int PAGE = 200;

	private Services services;
	private DateTime from;
	private DateTime to;
	private Combo campaign;
	private Combo callType;
	private Combo groupBy;
	private Text agent;
	private Text engineer;
	private CTabFolder folder;
	private final List<ReportTab> tabs = new ArrayList<>();
	private final List<Background> readers = new ArrayList<>();
	/** Records the exports in the audit trail. */
	private Background exports;
	private final boolean[] fresh = new boolean[ANSWERS + 1];
	private List<Campaign> campaigns = List.of();
	private List<String> callTypes = List.of();

	private CallingReport calling;
	private SatisfactionReport satisfaction;
	private CallbackReport callbacks;
	private SupervisionReport supervision;
	private ComplaintReport complaints;
	private QualityReport quality;
	private Drill drill;
	private ReportFilter drillFilter;
	private String drillName;
	private final List<CallLine> calls = new ArrayList<>();
	private Button more;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(parent);
		filters(parent);
		folder = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
		exports = new Background(folder);
		String[] names = { Messages.Results_tabCalling, Messages.Results_tabCallbacks, Messages.Results_tabSatisfaction,
				Messages.Results_tabSupervision, Messages.Results_tabComplaints, Messages.Results_tabQuality,
				Messages.Results_tabCalls, Messages.Results_tabAnswers };
		for (int i = 0; i < names.length; i++) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(names[i]);
			ReportTab tab;
			if (i == CALLS) {
				Composite holder = new Composite(folder, SWT.NONE);
				GridLayoutFactory.fillDefaults().applyTo(holder);
				tab = new ReportTab(holder, false);
				GridDataFactory.fillDefaults().grab(true, true).applyTo(tab.control());
				more = new Button(holder, SWT.PUSH);
				more.setText(Messages.Results_more);
				more.setEnabled(false);
				more.addListener(SWT.Selection, e -> loadCalls(false));
				item.setControl(holder);
				tab.status(Messages.Results_drillHint);
			} else {
				tab = new ReportTab(folder, true);
				item.setControl(tab.control());
			}
			tabs.add(tab);
			readers.add(new Background(tab.control()));
		}
		tabs.get(CALLING).onDrill(ReportTab.Drill.of((table, row) -> drillCalling(Figure.PLANNED, row),
				(series, category) -> drillCalling(
						new Figure[] { Figure.PLANNED, Figure.REACHED, Figure.COMPLETED }[series], category)));
		// the score rows have a bar per score: drill from the chart
		tabs.get(SATISFACTION).onDrill(ReportTab.Drill.of((table, row) -> { /* from the chart */ }, this::drillScore));
		tabs.get(CALLBACKS).onDrill(ReportTab.Drill.of(this::drillCallbacks, (series, category) -> drillCallbacks(0, category)));
		tabs.get(SUPERVISION).onDrill(ReportTab.Drill.of(this::drillSupervision,
				(series, category) -> drillSupervision(0, category)));
		tabs.get(COMPLAINTS).onDrill(ReportTab.Drill.of(this::drillComplaints,
				(series, category) -> drillComplaints(0, category)));
		tabs.get(QUALITY).onDrill(ReportTab.Drill.of((table, row) -> drillQuality(row),
				(series, category) -> drillQuality(category)));
		tabs.get(CALLS).onDrill(ReportTab.Drill.of((table, row) -> openContact(row), (series, category) -> { /* no chart */ }));
		folder.addListener(SWT.Selection, e -> show(folder.getSelectionIndex()));
		folder.setSelection(CALLING);
		toolbar();
		services = getSite().getService(Services.class);
		if (services == null) {
			tabs.get(CALLING).status(Messages.Results_failed);
			return;
		}
		LocalDate today = LocalDate.now(services.clock().withZone(zone()));
		from.setDate(today.getYear(), today.getMonthValue() - 1, 1);
		LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
		to.setDate(last.getYear(), last.getMonthValue() - 1, last.getDayOfMonth());
		readers.get(CALLING).run(Messages.Results_loadJob, () -> services.campaigns().list(), list -> {
			campaigns = list;
			callTypes = list.stream().map(Campaign::getCallTypeId).distinct().sorted().toList();
			campaign.setItems(items(list.stream().map(Labels::campaign).toList()));
			campaign.select(0);
			callType.setItems(items(callTypes.stream().map(Labels::callType).toList()));
			callType.select(0);
		}, null);
		show(CALLING);
	}

	private static String[] items(List<String> names) {
		List<String> all = new ArrayList<>();
		all.add(Messages.Results_all);
		all.addAll(names);
		return all.toArray(String[]::new);
	}

	private void filters(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		label(bar, Messages.Results_from);
		from = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		label(bar, Messages.Results_to);
		to = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		label(bar, Messages.Results_campaign);
		campaign = new Combo(bar, SWT.READ_ONLY);
		campaign.setItems(Messages.Results_all);
		campaign.select(0);
		label(bar, Messages.Results_callType);
		callType = new Combo(bar, SWT.READ_ONLY);
		callType.setItems(Messages.Results_all);
		callType.select(0);
		label(bar, Messages.Results_agent);
		agent = new Text(bar, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(agent);
		label(bar, Messages.Results_engineer);
		engineer = new Text(bar, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(engineer);
		label(bar, Messages.Results_groupBy);
		groupBy = new Combo(bar, SWT.READ_ONLY);
		groupBy.setItems(Messages.Results_byCampaign, Messages.Results_byCallType, Messages.Results_byAgent,
				Messages.Results_byDay);
		groupBy.select(0);
		groupBy.addListener(SWT.Selection, e -> {
			fresh[CALLING] = false;
			show(folder.getSelectionIndex());
		});
		Button refresh = new Button(bar, SWT.PUSH);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(refresh);
		refresh.setText(Messages.Results_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());
		agent.addListener(SWT.DefaultSelection, e -> refresh());
		engineer.addListener(SWT.DefaultSelection, e -> refresh());
		for (var c : List.of(from, to, campaign, callType)) {
			c.addListener(SWT.Selection, e -> refresh());
		}
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
	}

	private void toolbar() {
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(new Action("CSV") { //$NON-NLS-1$
			{
				setToolTipText(Messages.Results_exportCsv);
			}

			@Override
			public void run() {
				exportCsv(StandardCharsets.UTF_8);
			}
		});
		bar.add(new Action("CSV (GBK)") { //$NON-NLS-1$
			{
				setToolTipText(Messages.Results_exportCsvGbk);
			}

			@Override
			public void run() {
				exportCsv(Charset.forName("GBK")); //$NON-NLS-1$
			}
		});
		bar.add(new Action("PNG") { //$NON-NLS-1$
			{
				setToolTipText(Messages.Results_savePng);
			}

			@Override
			public void run() {
				savePng();
			}
		});
		Action print = new Action(Messages.Results_print) {
			{
				setToolTipText(Messages.Results_printTip);
			}

			@Override
			public void run() {
				print();
			}
		};
		bar.add(print);
		bar.add(new Action(Messages.Results_reportZone) {
			{
				setToolTipText(Messages.Results_reportZoneTip);
			}

			@Override
			public void run() {
				reportZone();
			}
		});
		// File > Print and Ctrl+P print the report shown while this view is active
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
	}

	private static ZoneId zone() {
		return AgentZone.get();
	}

	/** Reads the report zone, asks for another one (the zone read proposed) and sets it in the background. */
	private void reportZone() {
		if (services == null) {
			return;
		}
		exports.run(Messages.Results_reportZoneReadJob, () -> services.reports().reportZone(), current -> {
			InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Results_reportZoneTitle,
					NLS.bind(Messages.Results_reportZoneMessage, zone().getId()), current, ResultsView::checkZone);
			if (dialog.open() == Window.OK) {
				setReportZone(dialog.getValue().strip());
			}
		}, e -> shownStatus(NLS.bind(Messages.Results_reportZoneReadFailed, Failures.oneLine(e))));
	}

	/** Null if {@code text} names a time zone, else what is wrong (the report zone dialog's check). */
	public static String checkZone(String text) {
		try {
			ZoneId.of(text.strip());
			return null;
		} catch (DateTimeException e) {
			return NLS.bind(Messages.Results_reportZoneInvalid, text.strip());
		}
	}

	/**
	 * Makes {@code zone} the report zone in a job (the summaries are computed again, minutes on a large database;
	 * it goes on if the view is closed); the outcome is shown in the status line of the tab shown. The figures do
	 * not change, so nothing is read again. Returns the job.
	 */
	public Job setReportZone(String zone) {
		return exports.change(NLS.bind(Messages.Results_reportZoneJob, zone), () -> services.reports().setReportZone(zone),
				r -> shownStatus(r.before().equals(r.zone()) ? NLS.bind(Messages.Results_reportZoneSame, r.zone())
						: NLS.bind(Messages.Results_reportZoneDone, new Object[] { r.zone(), r.before(),
								String.format("%.1f", r.millis() / 1000.0) })), //$NON-NLS-1$
				e -> shownStatus(NLS.bind(Messages.Results_reportZoneFailed, Failures.oneLine(e))));
	}

	/** Shows {@code text} in the status line of the tab shown. */
	private void shownStatus(String text) {
		tabs.get(Math.max(0, folder.getSelectionIndex())).status(text);
	}

	/** The filters as set now. */
	public ReportFilter filter() {
		LocalDate f = LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay());
		LocalDate t = LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay());
		int c = campaign.getSelectionIndex();
		int k = callType.getSelectionIndex();
		return new ReportFilter(f, t, c > 0 && c - 1 < campaigns.size() ? campaigns.get(c - 1).getId() : null,
				k > 0 && k - 1 < callTypes.size() ? callTypes.get(k - 1) : null, blank(agent.getText()),
				blank(engineer.getText()), zone().getId());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Sets the period and the campaign (by id, null: all) and reads the shown report again (for tests). */
	public void setFilter(LocalDate first, LocalDate last, Long campaignId) {
		from.setDate(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth());
		to.setDate(last.getYear(), last.getMonthValue() - 1, last.getDayOfMonth());
		int index = 0;
		for (int i = 0; i < campaigns.size(); i++) {
			if (campaigns.get(i).getId() == (campaignId == null ? -1 : campaignId)) {
				index = i + 1;
			}
		}
		campaign.select(index);
		refresh();
	}

	/** Reads the shown report again with the filters as set, the others when they are shown next. */
	public void refresh() {
		java.util.Arrays.fill(fresh, false);
		int shown = folder.getSelectionIndex();
		show(shown == CALLS ? CALLING : shown);
	}

	private Dimension dimension() {
		return Dimension.values()[Math.max(0, groupBy.getSelectionIndex())];
	}

	/** Shows tab {@code index}, reading its report in the background if the filters changed since. */
	public void show(int index) {
		if (folder.getSelectionIndex() != index) {
			folder.setSelection(index);
		}
		if (index == CALLS || services == null || fresh[index]) {
			return;
		}
		fresh[index] = true;
		ReportFilter filter = filter();
		ReportService reports = services.reports();
		ReportTab tab = tabs.get(index);
		tab.status(Messages.Results_loading);
		String name = folder.getItem(index).getText();
		long started = System.nanoTime();
		Function<Object, String> done = x -> NLS.bind(Messages.Results_loaded, new Object[] { name, filter.from(),
				filter.to(), Long.valueOf((System.nanoTime() - started) / 1_000_000) })
				+ (tab.shown().stream().allMatch(t -> t.rows().isEmpty() || t.rows().size() == 1
						&& "Total".equals(t.rows().get(0).get(0))) ? "  " + Messages.Results_noData : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		switch (index) {
		case CALLING -> {
			Dimension by = dimension();
			read(index, () -> reports.calling(filter, by), r -> {
				calling = forPeople(r);
				tab.fill(ReportTables.of(calling), chart(calling.rows(), row -> row.label().isEmpty() ? "-" : row.label(), //$NON-NLS-1$
						List.of(Messages.Results_seriesPlanned, Messages.Results_seriesReached, Messages.Results_seriesCompleted),
						List.of(CallingRow::planned, CallingRow::reached, CallingRow::completed)));
				tab.status(done.apply(r) + "  " + Messages.Results_drillHint); //$NON-NLS-1$
			});
		}
		case CALLBACKS -> read(index, () -> reports.callbacks(filter), (CallbackReport r) -> {
			callbacks = r;
			tab.fill(ReportTables.of(r), chart(r.byOwner(), row -> row.key().isEmpty() ? "-" : row.key(), //$NON-NLS-1$
					List.of(Messages.Results_seriesOnTime, Messages.Results_seriesLate, Messages.Results_seriesMissed,
							Messages.Results_seriesOpen),
					List.of(CallbackRow::onTime, CallbackRow::late, CallbackRow::missed, CallbackRow::open)));
			tab.status(done.apply(r));
		});
		case SATISFACTION -> read(index, () -> reports.satisfaction(filter), r -> {
			satisfaction = r;
			List<String> names = r.scores().stream().map(ScoreRow::aspect).toList();
			List<double[]> values = r.scores().stream()
					.map(s -> s.counts().stream().mapToDouble(Long::doubleValue).toArray()).toList();
			tab.fill(ReportTables.of(r), new ReportTab.ChartData(new String[] { "1", "2", "3", "4", "5" }, names, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					values));
			tab.status(done.apply(r) + "  " + Messages.Results_drillHint); //$NON-NLS-1$
		});
		case SUPERVISION -> read(index, () -> reports.supervision(filter), (SupervisionReport r) -> {
			supervision = r;
			tab.fill(ReportTables.of(r), chart(r.engineers(), e -> e.engineer() + " (" + Labels.serviceEvent(e.kind()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
					List.of(Messages.Results_seriesCalls, Messages.Results_seriesBad),
					List.of(EngineerRow::calls, EngineerRow::negativeAnswers)));
			tab.status(done.apply(r));
		});
		case COMPLAINTS -> read(index, () -> reports.complaints(filter), (ComplaintReport r) -> {
			complaints = r;
			tab.fill(ReportTables.of(r), chart(r.rows(), ResultsView::complaintKind,
					List.of(Messages.Results_seriesComplaints), List.of(ComplaintRow::complaints)));
			tab.status(done.apply(r));
		});
		case ANSWERS -> read(index, () -> reports.answers(filter), (ReportService.AnswerReport r) -> {
			tab.fill(ReportTables.of(r), chart(r.mostUsed(), ReportService.AnswerUsage::customer,
					List.of(Messages.Results_seriesUses, Messages.Results_seriesDissatisfied),
					List.of(ReportService.AnswerUsage::uses, ReportService.AnswerUsage::dissatisfiedAfter)));
			tab.status(done.apply(r));
		});
		default -> read(index, () -> reports.quality(filter), (QualityReport r) -> {
			quality = r;
			List<QualityRow> rows = r.byAgent();
			tab.fill(ReportTables.of(r), new ReportTab.ChartData(rows.stream().map(QualityRow::agent).toArray(String[]::new),
					List.of(Messages.Results_seriesVerified),
					List.of(rows.stream().mapToDouble(q -> q.verifiedShare() * 100).toArray())));
			tab.status(done.apply(r));
		});
		}
	}

	/**
	 * Reads a report in the background and hands it to {@code deliver}; a failure, of the read or of showing what
	 * it read, says so on the tab instead of leaving "Reading the results..." (and is read again when shown next).
	 */
	private <T> void read(int index, Supplier<T> call, java.util.function.Consumer<T> deliver) {
		java.util.function.Consumer<RuntimeException> failed = e -> {
			fresh[index] = false;
			tabs.get(index).status(NLS.bind(Messages.Results_failed, Failures.oneLine(e)));
		};
		readers.get(index).latest(Messages.Results_loadJob, call, r -> {
			try {
				deliver.accept(r);
			} catch (RuntimeException e) {
				ILog.of(ResultsView.class).error(e.getMessage(), e);
				failed.accept(e);
			}
		}, failed);
	}

	/**
	 * The calling report as people read it: campaigns by the name in the workbench's language (the report gives the
	 * stored name), today and last week's day said as such.
	 */
	private CallingReport forPeople(CallingReport r) {
		Map<String, String> names = new HashMap<>();
		for (Campaign c : campaigns) {
			names.put(String.valueOf(c.getId()), Labels.campaign(c));
		}
		List<CallingRow> rows = r.by() == Dimension.CAMPAIGN
				? r.rows().stream().map(row -> row.withLabel(names.getOrDefault(row.key(), row.label()))).toList()
				: r.rows();
		CallingRow today = r.todayRow() == null ? null
				: r.todayRow().withLabel(NLS.bind(Messages.Results_today, r.todayRow().label()));
		CallingRow lastWeek = r.lastWeekRow() == null ? null
				: r.lastWeekRow().withLabel(NLS.bind(Messages.Results_sameDayLastWeek, r.lastWeekRow().label()));
		return new CallingReport(r.filter(), r.by(), rows, r.total(), r.today(), today, lastWeek);
	}

	private static <R> ReportTab.ChartData chart(List<R> rows, Function<R, String> category, List<String> names,
			List<java.util.function.ToLongFunction<R>> values) {
		List<double[]> series = new ArrayList<>();
		for (var v : values) {
			series.add(rows.stream().mapToDouble(r -> v.applyAsLong(r)).toArray());
		}
		return new ReportTab.ChartData(rows.stream().map(category).toArray(String[]::new), names, series);
	}

	// --- drill-down --------------------------------------------------------------------------------------------

	/** Lists the calls behind {@code figure} in row {@code row} of the calling report (the total row: all). */
	public void drillCalling(Figure figure, int row) {
		if (calling == null) {
			return;
		}
		boolean total = row >= calling.rows().size();
		CallingRow r = total ? calling.total() : calling.rows().get(row);
		drill(calling.filter(), new Drill(figure, total ? null : calling.by(), total ? null : r.key(), null, 0),
				Headings.of(figure.name().toLowerCase()) + " — " + (total ? Headings.of("Total") : r.label())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void drillScore(int series, int category) {
		if (satisfaction == null || series >= satisfaction.scores().size()) {
			return;
		}
		String aspect = satisfaction.scores().get(series).aspect();
		drill(satisfaction.filter(), new Drill(Figure.SCORE, null, null, aspect, category + 1), aspect + " = " + (category + 1)); //$NON-NLS-1$
	}

	/** Per owner or source: the calls of those promises; a listed promise: its contact. */
	private void drillCallbacks(int table, int row) {
		if (callbacks == null) {
			return;
		}
		if (table == 2) {
			if (row < callbacks.promises().size()) {
				showContact(callbacks.promises().get(row).contactId());
			}
			return;
		}
		List<CallbackRow> rows = table == 0 ? callbacks.byOwner() : callbacks.bySource();
		if (row >= rows.size() || rows.get(row).key().isEmpty()) {
			return;
		}
		String key = rows.get(row).key();
		drill(callbacks.filter(), new Drill(Figure.CALLBACK, table == 0 ? null : Dimension.AGENT, key, null, 0),
				Headings.of("promises") + " — " + key); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Per engineer: the supervision calls about them; a worst answer: its contact. */
	private void drillSupervision(int table, int row) {
		if (supervision == null) {
			return;
		}
		if (table == 2) {
			if (row < supervision.worst().size()) {
				showContact(supervision.worst().get(row).contactId());
			}
			return;
		}
		if (table != 0 || row >= supervision.engineers().size()) {
			return;
		}
		EngineerRow e = supervision.engineers().get(row);
		drill(supervision.filter(), new Drill(Figure.SUPERVISED, null, e.engineer(), e.kind(), 0),
				e.engineer() + " (" + Labels.serviceEvent(e.kind()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Per category and severity: the follow-up calls of those complaints. */
	private void drillComplaints(int table, int row) {
		if (complaints == null || table != 0 || row >= complaints.rows().size()) {
			return;
		}
		ComplaintRow c = complaints.rows().get(row);
		drill(complaints.filter(), new Drill(Figure.COMPLAINT, null, c.category(), c.severity(), 0),
				complaintKind(c));
	}

	/** A row of the complaints report named by its category and severity in the workbench's language. */
	private static String complaintKind(ComplaintRow c) {
		return Labels.complaintCategory(c.category()) + "/" + Labels.complaintSeverity(c.severity()); //$NON-NLS-1$
	}

	/** Per agent: the calls the agent made. */
	private void drillQuality(int row) {
		if (quality == null || row >= quality.byAgent().size()) {
			return;
		}
		String agent = quality.byAgent().get(row).agent();
		drill(quality.filter(), new Drill(Figure.MADE_BY, null, agent, null, 0), agent);
	}

	private void drill(ReportFilter filter, Drill d, String name) {
		drill = d;
		drillFilter = filter;
		drillName = name;
		calls.clear();
		folder.setSelection(CALLS);
		loadCalls(true);
	}

	private void loadCalls(boolean first) {
		if (drill == null || services == null) {
			return;
		}
		ReportService reports = services.reports();
		Drill d = drill;
		ReportFilter f = drillFilter;
		long offset = calls.size();
		ReportTab tab = tabs.get(CALLS);
		tab.status(Messages.Results_loading);
		more.setEnabled(false);
		readers.get(CALLS).latest(Messages.Results_loadJob, () -> reports.calls(f, d, offset, PAGE), page -> {
			calls.addAll(page);
			tab.fill(List.of(ReportTables.calls(calls)), null);
			tab.status(NLS.bind(Messages.Results_callsOf, drillName, Integer.valueOf(calls.size())) + "  " //$NON-NLS-1$
					+ Messages.Results_openContact);
			more.setEnabled(page.size() == PAGE);
		}, e -> tab.status(NLS.bind(Messages.Results_failed, Failures.oneLine(e))));
	}

	/** Opens the contact of call {@code row} of the Calls tab in the Contact Card. */
	public void openContact(int row) {
		if (row < 0 || row >= calls.size()) {
			return;
		}
		showContact(calls.get(row).contactId());
	}

	private void showContact(long contactId) {
		try {
			ContactCardView card = (ContactCardView) getSite().getPage().showView(ContactCardView.ID);
			card.show(contactId);
		} catch (PartInitException e) {
			tabs.get(folder.getSelectionIndex()).status(e.getMessage());
		}
	}

	// --- export ------------------------------------------------------------------------------------------------

	private void exportCsv(Charset charset) {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		if (tab.shown().isEmpty()) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName(folder.getSelection().getText() + ".csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportCsv(Path.of(file), charset);
		}
	}

	/**
	 * Writes the tables of the tab shown as CSV to {@code file} and records the export in the audit trail (in the
	 * background); a file whose export cannot be recorded is deleted again. The dialog's way, and the tests'.
	 */
	public void exportCsv(Path file, Charset charset) {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		String written = writeCsv(tab.shown(), file, charset);
		tab.status(written);
		if (written.equals(NLS.bind(Messages.Results_saved, file))) {
			record(tab, ExportForm.CSV, file.toString(), file, written);
		}
	}

	/** Writes tables as CSV; returns what to tell the user. */
	public static String writeCsv(List<ReportTable> tables, Path file, Charset charset) {
		try {
			Files.write(file, org.revisit.core.report.ReportCsv.write(tables, charset));
			return NLS.bind(Messages.Results_saved, file);
		} catch (CharacterCodingException e) {
			return NLS.bind(Messages.Results_notSaved, charset.name());
		} catch (IOException e) {
			return NLS.bind(Messages.Results_notSaved, e.getMessage());
		}
	}

	private void savePng() {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		if (tab.chart() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setFileName(folder.getSelection().getText() + ".png"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			savePng(Path.of(file));
		}
	}

	/** Saves the chart of the tab shown as a PNG image and records the export, as {@link #exportCsv(Path, Charset)}. */
	public void savePng(Path file) {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		if (tab.chart() == null) {
			return;
		}
		try {
			tab.chart().save(file.toString(), SWT.IMAGE_PNG);
		} catch (org.eclipse.swt.SWTException e) {
			tab.status(NLS.bind(Messages.Results_notSaved, e.getMessage()));
			return;
		}
		String saved = NLS.bind(Messages.Results_saved, file);
		tab.status(saved);
		record(tab, ExportForm.PNG, file.toString(), file, saved);
	}

	/** The report of the tab shown, as the audit trail names it. */
	private Report report() {
		return Report.values()[folder.getSelectionIndex()];
	}

	/**
	 * Records that the report shown went to {@code target}, in the background; says {@code done} when recorded.
	 * When it cannot be recorded, the exported {@code file} (if any) is deleted, since an export must not happen
	 * unrecorded, and the status line says why.
	 */
	private void record(ReportTab tab, ExportForm form, String target, Path file, String done) {
		Report report = report();
		ReportFilter filter = report == Report.CALLS && drillFilter != null ? drillFilter : filter();
		ReportService reports = services.reports();
		exports.run(Messages.Results_exportJob, () -> {
			reports.exported(report, filter, form, target);
			return Boolean.TRUE;
		}, x -> tab.status(done), e -> {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException again) {
					e.addSuppressed(again);
				}
			}
			tab.status(NLS.bind(Messages.Results_notRecorded, Failures.oneLine(e)));
		});
	}

	/** Prints the report shown (its chart and its tables) on a printer the user picks. */
	private void print() {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		if (tab.english().isEmpty()) {
			return;
		}
		PrintDialog dialog = new PrintDialog(getSite().getShell(), SWT.NONE);
		PrinterData data = dialog.open();
		if (data == null) {
			return;
		}
		String title = NLS.bind(Messages.Results_printTitle, new Object[] { folder.getSelection().getText(),
				filter().from(), filter().to() });
		Printer printer = new Printer(data);
		Image chart = null;
		try {
			chart = tab.chart() == null ? null : snapshot(tab.chart());
			if (!printer.startJob(title)) {
				tab.status(NLS.bind(Messages.Results_notPrinted, data.name));
				return;
			}
			int pages = print(title, tab.english(), chart, printer);
			printer.endJob();
			String printed = NLS.bind(Messages.Results_printed, Integer.valueOf(pages), data.name);
			tab.status(printed);
			record(tab, ExportForm.PRINT, data.name == null || data.name.isBlank() ? "printer" : data.name, null, //$NON-NLS-1$
					printed);
		} finally {
			if (chart != null) {
				chart.dispose();
			}
			printer.dispose();
		}
	}

	/** Draws a report on {@code printer}'s pages (a job must be started); returns the number of pages. */
	static int print(String title, List<ReportTable> tables, Image chart, Printer printer) {
		Rectangle area = printer.getClientArea();
		Point dpi = printer.getDPI();
		// a margin of about 15 mm on every side
		int mx = dpi.x * 6 / 10, my = dpi.y * 6 / 10;
		Rectangle inner = new Rectangle(area.x + mx, area.y + my, area.width - 2 * mx, area.height - 2 * my);
		return new ReportPrint(title, tables, chart).print(new ReportPrint.Pages() {
			@Override
			public GC start(int number) {
				printer.startPage();
				return new GC(printer);
			}

			@Override
			public void end(GC gc) {
				gc.dispose();
				printer.endPage();
			}
		}, inner);
	}

	/** The chart as it is drawn now, as an image. */
	private static Image snapshot(org.eclipse.swtchart.Chart chart) {
		Point size = chart.getSize();
		Image image = new Image(chart.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(chart);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		return image;
	}

	/**
	 * Lays out the report shown on pages of {@code width} × {@code height} pixels drawn into images (what
	 * printing draws, for tests); returns the pages.
	 */
	public List<ImageData> printPreview(int width, int height) {
		ReportTab tab = tabs.get(folder.getSelectionIndex());
		List<ImageData> pages = new ArrayList<>();
		new ReportPrint(folder.getSelection().getText(), tab.english(), null).print(new ReportPrint.Pages() {
			private Image image;

			@Override
			public GC start(int number) {
				image = new Image(folder.getDisplay(), width, height);
				return new GC(image);
			}

			@Override
			public void end(GC gc) {
				gc.dispose();
				pages.add(image.getImageData());
				image.dispose();
			}
		}, new Rectangle(10, 10, width - 20, height - 20));
		return pages;
	}

	// --- for tests ---------------------------------------------------------------------------------------------

	public CTabFolder getFolder() {
		return folder;
	}

	/** The tables of tab {@code index}. */
	public List<org.eclipse.jface.viewers.TableViewer> tables(int index) {
		return tabs.get(index).tables();
	}

	/** The tables of tab {@code index} as shown (column names in the workbench's language): what is exported. */
	public List<ReportTable> shownTables(int index) {
		return tabs.get(index).shown();
	}

	public org.eclipse.swtchart.Chart chart(int index) {
		return tabs.get(index).chart();
	}

	/** The status line of tab {@code index}. */
	public String status(int index) {
		return tabs.get(index).statusText();
	}

	/** The middle of bar {@code category} of series {@code series} of tab {@code index}'s chart. */
	public org.eclipse.swt.graphics.Point barCenter(int index, int series, int category) {
		return tabs.get(index).barCenter(series, category);
	}

	public List<CallLine> calls() {
		return List.copyOf(calls);
	}

	public CallingReport calling() {
		return calling;
	}

	public ComplaintReport complaints() {
		return complaints;
	}

	@Override
	public void setFocus() {
		folder.setFocus();
	}
}
