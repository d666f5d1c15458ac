package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.model.Campaign;
import org.revisit.store.Store;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.results.ResultsView;
import org.revisit.ui.views.ContactCardView;

/**
 * The Results view of the Manager perspective on the demo database: the dashboard fills its chart and table in
 * the background with the figures the database holds, a filter narrows them, a bar leads to the calls behind it
 * and a call to its contact.
 */
class ResultsUiTest {

	private static final String MANAGER = "org.revisit.rcp.perspectives.manager";

	/** The tests after these find the Agent perspective, which the workbench opens on. */
	@AfterEach
	void backToTheAgentPerspective() {
		AgentDesk.page();
	}

	private static ResultsView open() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(workbench.getPerspectiveRegistry().findPerspectiveWithId(MANAGER));
		ResultsView view = (ResultsView) page.showView(ResultsView.ID);
		assertNotNull(view);
		view.show(ResultsView.CALLING);
		return view;
	}

	private static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - end > 0) {
				fail("waited a minute for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
	}

	/** The calls (not cancelled) due in the view's period, optionally of one campaign, counted in the database. */
	private static long planned(ReportFilter f, Long campaign) {
		Store store = AgentDesk.store();
		ZoneId zone = ZoneId.of(f.zone());
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_task WHERE state <> 'CANCELLED' "
					+ "AND due_from >= ? AND due_from < ?" + (campaign == null ? "" : " AND campaign_id = " + campaign))) {
				Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
				p.setTimestamp(1, java.sql.Timestamp.from(f.from().atStartOfDay(zone).toInstant()), utc);
				p.setTimestamp(2, java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()), utc);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** A count in a table, shown with its digits grouped as the workbench's language does (1,234). */
	private static long cell(Table table, int row, int column) throws ParseException {
		String text = table.getItem(row).getText(column);
		ParsePosition at = new ParsePosition(0);
		Number n = NumberFormat.getIntegerInstance(Labels.locale()).parse(text, at);
		if (n == null || at.getIndex() != text.length()) {
			throw new ParseException("not a count: " + text, at.getErrorIndex());
		}
		return n.longValue();
	}

	@Test
	void theDashboardShowsTheCallsOfTheMonthInChartAndTable() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && !view.tables(ResultsView.CALLING).isEmpty());
		ReportFilter f = view.filter();
		assertEquals(LocalDate.of(2026, 11, 1), f.from(), "the current month");
		assertEquals(AgentZone.get().getId(), f.zone());
		long planned = planned(f, null);
		assertTrue(planned > 0, "the demo plans calls this month");
		// the view may show a report read before other tests planned more calls: read it again
		view.refresh();
		until("the report of the calls in the database", () -> view.calling() != null
				&& view.calling().total().planned() == planned);
		Table table = view.tables(ResultsView.CALLING).get(0).getTable();
		int total = table.getItemCount() - 1;
		assertEquals(planned, cell(table, total, 1), "the total row counts every call of the month");
		ISeries<?>[] series = view.chart(ResultsView.CALLING).getSeriesSet().getSeries();
		assertEquals(3, series.length, "planned, reached, completed");
		double bars = 0;
		for (double v : series[0].getYSeries()) {
			bars += v;
		}
		assertEquals(planned, (long) bars, "the planned bars add up to the total");
	}

	/**
	 * The toolbar's report zone: the dialog's check refuses a name that is no time zone with one line naming it;
	 * setting a zone runs in a job through the services and the tab's status says what it did; the figures stay
	 * the same. The zone is set back for the other tests.
	 */
	@Test
	void theReportZoneIsSetInTheBackgroundAndSaysSo() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && !view.tables(ResultsView.CALLING).isEmpty());
		String refused = ResultsView.checkZone("Europe/Londn");
		assertEquals(NLS.bind(org.revisit.ui.results.Messages.Results_reportZoneInvalid, "Europe/Londn"), refused);
		assertEquals(null, ResultsView.checkZone(" Europe/London "));
		long planned = view.calling().total().planned();
		String before = org.revisit.store.ReportSummaries.zone(AgentDesk.store()).getId();
		try {
			org.eclipse.core.runtime.jobs.Job job = view.setReportZone("Europe/London");
			until("the report zone set", () -> job.getResult() != null
					&& view.status(ResultsView.CALLING).startsWith(NLS.bind(
							org.revisit.ui.results.Messages.Results_reportZoneDone, new Object[] { "Europe/London",
									before, "#" }).split("#")[0]));
			assertEquals("Europe/London", org.revisit.store.ReportSummaries.zone(AgentDesk.store()).getId());
			view.refresh();
			until("the report read again", () -> !view.status(ResultsView.CALLING).equals(
					org.revisit.ui.results.Messages.Results_loading) && view.calling() != null);
			assertEquals(planned, view.calling().total().planned(), "the same figures");
		} finally {
			org.eclipse.core.runtime.jobs.Job back = view.setReportZone(before);
			until("the report zone set back", () -> back.getResult() != null);
		}
		assertEquals(before, org.revisit.store.ReportSummaries.zone(AgentDesk.store()).getId());
	}

	/**
	 * Refresh reads the shown report again and the tab's status then says it was read (not "Reading the
	 * results..." left behind): twice on the calling tab (chart and two tables) and on the callbacks tab. Each fill
	 * after the first threw once the tab was laid out, before the status was set.
	 */
	@Test
	void theStatusSaysTheReportWasReadAfterEveryRefresh() throws Exception {
		ResultsView view = open();
		String loading = org.revisit.ui.results.Messages.Results_loading;
		for (int tab : new int[] { ResultsView.CALLING, ResultsView.CALLBACKS }) {
			view.show(tab);
			until("the first report", () -> !view.status(tab).equals(loading) && !view.tables(tab).isEmpty());
			for (int i = 1; i <= 2; i++) {
				view.refresh();
				assertEquals(loading, view.status(tab), "refresh " + i + " reads again");
				until("refresh " + i + " of tab " + tab, () -> !view.status(tab).equals(loading));
				ReportFilter f = view.filter();
				String loaded = NLS.bind(org.revisit.ui.results.Messages.Results_loaded, new Object[] {
						view.getFolder().getItem(tab).getText(), f.from(), f.to(), "#" });
				String status = view.status(tab);
				assertTrue(status.startsWith(loaded.substring(0, loaded.indexOf('#'))),
						"refresh " + i + " of tab " + tab + " ends with the report read: " + status);
			}
		}
	}

	@Test
	void theCallingTablesSpeakTheWorkbenchsLanguage() throws Exception {
		ResultsView view = open();
		until("the calling report with today's table", () -> view.calling() != null
				&& view.calling().by() == ReportService.Dimension.CAMPAIGN && view.tables(ResultsView.CALLING).size() == 2);
		Table first = view.tables(ResultsView.CALLING).get(0).getTable();
		String planned = first.getColumn(1).getText();
		assertTrue(Character.isUpperCase(planned.charAt(0)) || planned.charAt(0) > 127,
				"a heading, not the command line's column name: " + planned);
		Map<String, String> names = new HashMap<>();
		for (Campaign c : AgentDesk.services().campaigns().list()) {
			names.put(String.valueOf(c.getId()), Labels.campaign(c));
		}
		for (int i = 0; i < view.calling().rows().size(); i++) {
			ReportService.CallingRow row = view.calling().rows().get(i);
			if (!row.key().isEmpty()) {
				assertEquals(names.get(row.key()), first.getItem(i).getText(0), "campaign " + row.key() + " as the Campaigns view names it");
			}
		}
		Table days = view.tables(ResultsView.CALLING).get(1).getTable();
		LocalDate today = view.calling().today();
		assertEquals(NLS.bind(org.revisit.ui.results.Messages.Results_today, today.toString()), days.getItem(0).getText(0));
		assertEquals(NLS.bind(org.revisit.ui.results.Messages.Results_sameDayLastWeek, today.minusWeeks(1).toString()),
				days.getItem(1).getText(0));
	}

	@Test
	void complaintsShowTheirKindsByNameAndTheirMomentsInTheAgentsZone() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null);
		LocalDate today = view.calling().today();
		ReportFilter before = view.filter();
		view.setFilter(today.minusDays(45), today, null);
		view.show(ResultsView.COMPLAINTS);
		until("the complaints of the last 45 days", () -> view.complaints() != null
				&& view.complaints().filter().from().equals(today.minusDays(45)) && view.tables(ResultsView.COMPLAINTS).size() == 2);
		ComplaintReport r = view.complaints();
		assertTrue(!r.rows().isEmpty(), "the demo's complaints of the last 40 days");
		Table kinds = view.tables(ResultsView.COMPLAINTS).get(0).getTable();
		for (int i = 0; i < r.rows().size(); i++) {
			ReportService.ComplaintRow row = r.rows().get(i);
			assertEquals(Labels.complaintCategory(row.category()), kinds.getItem(i).getText(0));
			assertNotEquals(row.category(), kinds.getItem(i).getText(0), "the category's name, not its code");
			if (!row.severity().isEmpty()) {
				assertEquals(Labels.complaintSeverity(row.severity()), kinds.getItem(i).getText(1));
				assertNotEquals(row.severity(), kinds.getItem(i).getText(1), "the severity's name, not its code");
			}
		}
		assertTrue(!r.collective().isEmpty(), "the demo's collective complaint (the same matter, five contacts)");
		Table groups = view.tables(ResultsView.COMPLAINTS).get(1).getTable();
		ReportService.CollectiveComplaint first = r.collective().get(0);
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		assertEquals(minute.format(first.first().atZone(AgentZone.get())), groups.getItem(0).getText(4),
				"the first complaint's moment in the agent's zone, to the minute");
		assertEquals(minute.format(first.last().atZone(AgentZone.get())), groups.getItem(0).getText(5));
		view.show(ResultsView.CALLBACKS);
		until("the promised callbacks of the last 45 days", () -> view.tables(ResultsView.CALLBACKS).size() >= 2
				&& view.status(ResultsView.CALLBACKS).contains(today.minusDays(45).toString()));
		Table sources = view.tables(ResultsView.CALLBACKS).get(1).getTable();
		assertTrue(sources.getItemCount() >= 2, "the demo's promises per source and the total");
		for (int i = 0; i < sources.getItemCount() - 1; i++) {
			String source = sources.getItem(i).getText(0);
			assertTrue(List.of(Labels.callbackSource("CALL"), Labels.callbackSource("COMPLAINT"), Labels.callbackSource("MANUAL"))
					.contains(source), "a promise's source by its name: " + source);
		}
		view.setFilter(before.from(), before.to(), before.campaignId());
		view.show(ResultsView.CALLING);
	}

	@Test
	void aCampaignFilterNarrowsTheReport() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null);
		ReportFilter f = view.filter();
		long campaign = Long.parseLong(view.calling().rows().get(0).key());
		view.setFilter(f.from(), f.to(), campaign);
		until("the report of one campaign", () -> view.calling() != null
				&& Long.valueOf(campaign).equals(view.calling().filter().campaignId()));
		Table table = view.tables(ResultsView.CALLING).get(0).getTable();
		assertEquals(2, table.getItemCount(), "the campaign and the total");
		assertEquals(planned(f, campaign), cell(table, 1, 1));
		view.setFilter(f.from(), f.to(), null);
		until("the whole team again", () -> view.calling().filter().campaignId() == null);
	}

	@Test
	void aBarLeadsToItsCallsAndACallToItsContact() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && view.calling().filter().campaignId() == null);
		long first = view.calling().rows().get(0).planned();
		Point bar = view.barCenter(ResultsView.CALLING, 0, 0);
		assertNotNull(bar, "the first bar is drawn");
		Event click = new Event();
		click.x = bar.x;
		click.y = bar.y;
		click.button = 1;
		view.chart(ResultsView.CALLING).getPlotArea().getControl().notifyListeners(SWT.MouseDoubleClick, click);
		until("the calls behind the bar", () -> !view.calls().isEmpty());
		assertEquals(ResultsView.CALLS, view.getFolder().getSelectionIndex(), "the Calls tab is shown");
		assertEquals(Math.min(first, 200), view.calls().size());
		assertEquals(view.calls().size(), view.tables(ResultsView.CALLS).get(0).getTable().getItemCount());
		long contact = view.calls().get(0).contactId();
		view.openContact(0);
		ContactCardView card = (ContactCardView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(ContactCardView.ID);
		assertNotNull(card);
		until("the contact on the card", () -> card.getShown() != null && card.getShown().getId() == contact);
		view.drillCalling(Figure.PLANNED, view.calling().rows().size());
		until("all calls of the month", () -> view.calls().size() == Math.min(200, view.calling().total().planned()));
	}

	@Test
	void theTableGoesToCsvInUtf8AndGbk() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && !view.tables(ResultsView.CALLING).isEmpty());
		Path dir = Files.createTempDirectory("results-ui");
		var tables = view.shownTables(ResultsView.CALLING);
		Path utf8 = dir.resolve("calling.csv");
		Path gbk = dir.resolve("calling-gbk.csv");
		assertTrue(ResultsView.writeCsv(tables, utf8, StandardCharsets.UTF_8).contains(utf8.toString()));
		assertTrue(ResultsView.writeCsv(tables, gbk, Charset.forName("GBK")).contains(gbk.toString()));
		byte[] bytes = Files.readAllBytes(utf8);
		assertEquals((byte) 0xEF, bytes[0]);
		String name = view.calling().rows().get(0).label();
		assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(name));
		String text = new String(Files.readAllBytes(gbk), Charset.forName("GBK"));
		assertTrue(text.contains(name), text);
		assertTrue(text.startsWith(tables.get(0).title() + "\r\n" + tables.get(0).columns().get(0) + ","),
				"the title and headings as shown: " + text);
		Path png = dir.resolve("calling.png");
		view.chart(ResultsView.CALLING).save(png.toString(), SWT.IMAGE_PNG);
		byte[] image = Files.readAllBytes(png);
		assertEquals((byte) 0x89, image[0]);
		assertEquals('P', image[1], "a PNG file");
	}

	@Test
	void anExportOfTheViewIsAuditedWithItsFiltersAndFile() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && !view.tables(ResultsView.CALLING).isEmpty());
		// the Calling tab in front, as when a manager presses PNG on it (an earlier test may have left another one)
		view.getFolder().setSelection(ResultsView.CALLING);
		until("the chart laid out", () -> view.chart(ResultsView.CALLING).getSize().x > 0
				&& view.chart(ResultsView.CALLING).getSize().y > 0);
		Store store = AgentDesk.store();
		long before = store.audit().count(null, null, null, "EXPORT");
		Path dir = Files.createTempDirectory("results-ui-audit");
		Path csv = dir.resolve("calling.csv");
		Path png = dir.resolve("calling.png");
		view.exportCsv(csv, Charset.forName("GBK"));
		view.savePng(png);
		until("two export entries", () -> store.audit().count(null, null, null, "EXPORT") == before + 2);
		assertTrue(Files.size(csv) > 0 && Files.size(png) > 0, "both files written");
		ReportFilter f = view.filter();
		String period = f.from() + " to " + f.to() + " (" + f.zone() + ")";
		// the entries of this export (an earlier run on the same data, in the other language, has its own folder)
		List<String> details = store.audit().find(null, null, null, "EXPORT", 0, 1_000).stream()
				.map(org.revisit.store.AuditRecord::detail).filter(d -> d.contains(dir.toString())).sorted().toList();
		assertEquals(List.of("calling as csv to " + csv + "; " + period, "calling as png to " + png + "; " + period),
				details);
	}

	/** An outcome by {@code agent} on a task due in the view's period (the demo has no history by default). */
	private static void reached(ResultsView view, String agent) {
		ReportFilter f = view.filter();
		Store store = AgentDesk.store();
		store.inTransaction(c -> {
			long task;
			long contact;
			Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			try (PreparedStatement p = c.prepareStatement("SELECT id, contact_id, due_from FROM call_task WHERE "
					+ "state <> 'CANCELLED' AND due_from >= ? ORDER BY due_from, id FETCH FIRST 1 ROWS ONLY")) {
				p.setTimestamp(1, java.sql.Timestamp.from(f.from().atStartOfDay(ZoneId.of(f.zone())).toInstant()), utc);
				try (ResultSet rs = p.executeQuery()) {
					assertTrue(rs.next(), "a call this month");
					task = rs.getLong(1);
					contact = rs.getLong(2);
				}
			}
			// an id far above those the store hands out, so later tests' outcomes do not collide with it
			try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, "
					+ "started_at, ended_at, disposition) VALUES (900000001, ?, ?, ?, ?, ?, 'COMPLETED')")) {
				java.time.Instant at = f.from().plusDays(1).atTime(10, 0).atZone(ZoneId.of(f.zone())).toInstant();
				p.setLong(1, task);
				p.setLong(2, contact);
				p.setString(3, agent);
				p.setTimestamp(4, java.sql.Timestamp.from(at), utc);
				p.setTimestamp(5, java.sql.Timestamp.from(at.plusSeconds(90)), utc);
				p.executeUpdate();
			}
			return null;
		});
	}

	@Test
	void anAgentsRowOfTheDataQualityLeadsToTheAgentsCalls() throws Exception {
		ResultsView view = open();
		reached(view, "qa-agent");
		try {
			anAgentsRowLeadsToTheAgentsCalls(view);
		} finally {
			// the other tests see the demo as it was
			AgentDesk.store().inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement("DELETE FROM call_outcome WHERE id = 900000001")) {
					return p.executeUpdate();
				}
			});
			view.refresh();
		}
	}

	private static void anAgentsRowLeadsToTheAgentsCalls(ResultsView view) {
		view.refresh();
		view.show(ResultsView.QUALITY);
		until("the data-quality report", () -> !view.shownTables(ResultsView.QUALITY).isEmpty()
				&& view.tables(ResultsView.QUALITY).get(0).getTable().getItemCount() > 1);
		Table table = view.tables(ResultsView.QUALITY).get(0).getTable();
		int row = 0;
		while (!"qa-agent".equals(table.getItem(row).getText(0))) {
			row++;
		}
		String agent = table.getItem(row).getText(0);
		table.setSelection(row);
		Event open = new Event();
		open.item = table.getItem(row);
		table.notifyListeners(SWT.DefaultSelection, open);
		until("the agent's calls", () -> !view.calls().isEmpty());
		assertEquals(ResultsView.CALLS, view.getFolder().getSelectionIndex());
		assertTrue(view.calls().stream().allMatch(c -> agent.equals(c.agent())), "only " + agent + "'s calls");
	}

	@Test
	void theReportPrintsOnAsManyPagesAsItNeeds() throws Exception {
		ResultsView view = open();
		until("the calling report", () -> view.calling() != null && !view.tables(ResultsView.CALLING).isEmpty());
		view.getFolder().setSelection(ResultsView.CALLING);
		var one = view.printPreview(1400, 2000);
		assertEquals(1, one.size(), "a tall page holds the report");
		var many = view.printPreview(600, 160);
		assertTrue(many.size() > 1, "short pages: " + many.size());
		var page = many.get(0);
		int white = page.getPixel(0, 0);
		boolean drawn = false;
		for (int y = 0; y < page.height && !drawn; y++) {
			for (int x = 0; x < page.width && !drawn; x++) {
				drawn = page.getPixel(x, y) != white;
			}
		}
		assertTrue(drawn, "the first page has text on it");
		assertTrue(view.calling().todayRow() != null && view.calling().lastWeekRow() != null,
				"today and the same weekday last week come with the report");
		assertEquals(2, view.tables(ResultsView.CALLING).size(), "the comparison has its own table");
	}
}
