package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.ReportService.Dimension;
import org.revisit.core.service.ReportService.Drill;
import org.revisit.core.service.ReportService.Figure;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.RemoteServices;

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
}
