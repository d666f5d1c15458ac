package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.core.service.ReportService.SatisfactionReport;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Sums larger than the columns they add up: 7,000 scores of 5 on one day add up to 35,000, more than a SMALLINT
 * holds (the benchmark's million outcomes found it).
 */
class ReportSumsTest {

	@TempDir
	Path dir;

	@Test
	void scoresAddUpBeyondTheirColumnsType() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, '张三')");
			}
			try (PreparedStatement o = c.prepareStatement("INSERT INTO call_outcome (id, contact_id, agent, started_at) "
					+ "VALUES (?, 1, 'wang', TIMESTAMP('2026-11-17 02:00:00'))");
					PreparedStatement s = c.prepareStatement(
							"INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (?, 'overall', 5)")) {
				for (int i = 1; i <= 7_000; i++) {
					o.setLong(1, i);
					o.addBatch();
					s.setLong(1, i);
					s.addBatch();
				}
				o.executeBatch();
				s.executeBatch();
			}
			return null;
		});
		try (LocalServices services = LocalServices.open(store, CallTypeRegistry.read(),
				new Principal("boss", null, Role.MANAGER))) {
			SatisfactionReport r = services.reports().satisfaction(
					ReportFilter.period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
			assertEquals(7_000, r.scores().get(0).total());
			assertEquals(5.0, r.scores().get(0).mean(), 1e-9);
			assertEquals(7_000, r.weeks().get(0).count());
			assertEquals(5.0, r.weeks().get(0).mean(), 1e-9);
		}
	}
}
