package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.Drill;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.RemoteServices;
import org.revisit.store.ReportSummaries;

/** The reports over the Revisit server come back equal to the local ones (records, instants, lists). */
class ReportRemoteTest {

	@TempDir
	Path dir;

	@Test
	void reportsTravelOverTheServerUnchanged() throws Exception {
		ReportFilter week = ReportFilter.period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
		try (ServerFixture f = ServerFixture.start(dir)) {
			ReportFixtures.write(f.store);
			try (RemoteServices boss = f.connect(ServerFixture.MANAGER)) {
				assertEquals(f.services.reports().calling(week, Dimension.AGENT), boss.reports().calling(week, Dimension.AGENT));
				assertEquals(f.services.reports().callbacks(week), boss.reports().callbacks(week));
				assertEquals(f.services.reports().satisfaction(week), boss.reports().satisfaction(week));
				assertEquals(f.services.reports().supervision(week), boss.reports().supervision(week));
				assertEquals(f.services.reports().complaints(week), boss.reports().complaints(week));
				assertEquals(f.services.reports().quality(week), boss.reports().quality(week));
				Drill drill = new Drill(Figure.COMPLETED, Dimension.CAMPAIGN, "1", null, 0);
				assertEquals(f.services.reports().calls(week, drill, 0, 10), boss.reports().calls(week, drill, 0, 10));
			}
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				assertEquals(ServiceException.Kind.FORBIDDEN,
						assertThrows(ServiceException.class, () -> agent.reports().quality(week)).kind());
			}
		}
	}

	/**
	 * The report zone crosses the server's API: everyone reads it, a manager sets it (the summaries computed again,
	 * the figures unchanged, the change audited), an agent may not, and a name that is no time zone is refused
	 * with a one-line message naming the field.
	 */
	@Test
	void aManagerSetsTheReportZoneOverTheServer() throws Exception {
		ReportFilter london = ReportFilter.period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23))
				.withZone("Europe/London");
		try (ServerFixture f = ServerFixture.start(dir)) {
			ReportFixtures.write(f.store);
			ReportSummaries.fold(f.store);
			ReportService.CallingReport before = f.services.reports().calling(london, Dimension.DAY);
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				assertEquals("Asia/Shanghai", agent.reports().reportZone());
				assertEquals(ServiceException.Kind.FORBIDDEN, assertThrows(ServiceException.class,
						() -> agent.reports().setReportZone("Europe/London")).kind());
			}
			try (RemoteServices boss = f.connect(ServerFixture.MANAGER)) {
				ServiceException bad = assertThrows(ServiceException.class, () -> boss.reports().setReportZone("Europe/Londn"));
				assertEquals(ServiceException.Kind.INVALID, bad.kind());
				assertTrue(bad.getMessage().startsWith("report zone: not a time zone: 'Europe/Londn'"), bad.getMessage());
				assertFalse(bad.getMessage().contains("\n"));
				ReportService.ReportZone changed = boss.reports().setReportZone(" Europe/London ");
				assertEquals("Europe/London", changed.zone());
				assertEquals("Asia/Shanghai", changed.before());
				assertTrue(changed.rows() > 0, changed.toString());
				assertEquals("Europe/London", boss.reports().reportZone());
				assertEquals(before, boss.reports().calling(london, Dimension.DAY), "the same figures");
				assertEquals(0, boss.reports().setReportZone("Europe/London").rows(), "already the report zone");
			}
			assertEquals("Europe/London", ReportSummaries.zone(f.store).getId());
			assertTrue(f.services.audit().read(null, null, null, "SETTINGS", 0, 10).stream()
					.anyMatch(e -> e.detail().startsWith("report.zone: Asia/Shanghai -> Europe/London")));
		}
	}
}
