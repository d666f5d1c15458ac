package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.By;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.ReportSummaries;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The day of a call in the report zone does not depend on the computer's zone: with the JVM in
 * America/New_York and the report zone New York, rows at and around New York's midnights of the days its clocks
 * change (and a task due in year 9999) are on their New York days, row by row and in the summaries, before and
 * after a fold; the same with the JVM in Asia/Shanghai and the report zone Europe/London. Renaming the report zone
 * to another name of the same rules (US/Eastern, GB) computes nothing again. Derby's
 * {@code TIMESTAMPADD}, used before, added in the JVM's zone and put New York's first hour of 8 March 2026 on
 * 7 March.
 */
class ReportDayTest {

	@TempDir
	Path dir;

	private TimeZone machine;

	@BeforeEach
	void remember() {
		machine = TimeZone.getDefault();
	}

	@AfterEach
	void restore() {
		TimeZone.setDefault(machine);
	}

	@Test
	void newYorkDaysOnANewYorkComputer() {
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		// New York: EST (-5) until 2026-03-08 07:00 UTC, EDT (-4) until 2026-11-01 06:00 UTC, EST again
		Map<String, String> days = new TreeMap<>(Map.of(
				"2026-03-08T04:59:00Z", "2026-03-07",
				"2026-03-08T05:00:00Z", "2026-03-08",
				"2026-03-08T05:30:00Z", "2026-03-08",
				"2026-03-08T07:30:00Z", "2026-03-08",
				"2026-03-09T03:59:00Z", "2026-03-08",
				"2026-11-01T03:59:00Z", "2026-10-31",
				"2026-11-01T04:00:00Z", "2026-11-01",
				"2026-11-01T06:30:00Z", "2026-11-01",
				"2026-11-02T04:59:00Z", "2026-11-01",
				"2026-11-02T05:00:00Z", "2026-11-02"));
		check(ZoneId.of("America/New_York"), days, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 10));
	}

	@Test
	void londonDaysOnAShanghaiComputer() {
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
		// London: GMT until 2026-03-29 01:00 UTC, BST (+1) until 2026-10-25 01:00 UTC, GMT again
		Map<String, String> days = new TreeMap<>(Map.of(
				"2026-03-28T23:59:00Z", "2026-03-28",
				"2026-03-29T00:00:00Z", "2026-03-29",
				"2026-03-29T01:30:00Z", "2026-03-29",
				"2026-03-29T22:59:00Z", "2026-03-29",
				"2026-03-29T23:00:00Z", "2026-03-30",
				"2026-10-24T22:59:00Z", "2026-10-24",
				"2026-10-24T23:00:00Z", "2026-10-25",
				"2026-10-25T01:30:00Z", "2026-10-25",
				"2026-10-25T23:59:00Z", "2026-10-25",
				"2026-10-26T00:00:00Z", "2026-10-26"));
		check(ZoneId.of("Europe/London"), days, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 11, 1));
	}

	@Test
	void bogotaDaysOnANewYorkComputer() {
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		// Bogota: -5 all year (no change since 1993), a single offset: the day's cheaper form
		Map<String, String> days = new TreeMap<>(Map.of(
				"2026-03-08T04:59:59.500Z", "2026-03-07",
				"2026-03-08T05:00:00Z", "2026-03-08",
				"2026-03-08T07:30:00Z", "2026-03-08",
				"2026-11-01T04:59:00Z", "2026-10-31",
				"2026-11-01T05:00:00Z", "2026-11-01",
				"2026-11-02T04:59:00Z", "2026-11-01"));
		check(ZoneId.of("America/Bogota"), days, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 10));
	}

	/**
	 * With {@code zone} the report zone, a task due and an outcome started (with a score) at each instant of
	 * {@code days}, and a task due in year 9999: the calling report by day and the scores, row by row, give the
	 * expected days; through the summaries, before and after a fold, the same; the summary rows have those days.
	 */
	private void check(ZoneId zone, Map<String, String> days, LocalDate from, LocalDate to) {
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			ReportSummaries.rezone(store, zone);
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, 'one')");
					s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (1, 'rv', 'c1')");
					int id = 1;
					for (String at : days.keySet()) {
						String stamp = "TIMESTAMP('" + at.replace('T', ' ').replace("Z", "") + "')";
						s.executeUpdate("INSERT INTO call_task (id, contact_id, campaign_id, call_type, due_from, due_to, "
								+ "priority, attempts, state) VALUES (" + id + ", 1, 1, 'rv', " + stamp + ", " + stamp
								+ ", 50, 1, 'COMPLETED')");
						s.executeUpdate("INSERT INTO call_outcome (id, task_id, contact_id, agent, started_at, ended_at, "
								+ "disposition) VALUES (" + id + ", " + id + ", 1, 'wang', " + stamp + ", " + stamp
								+ ", 'COMPLETED')");
						s.executeUpdate("INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (" + id
								+ ", 'speed', 5)");
						id++;
					}
					// a far-future placeholder: one offset for it, not a branch per transition up to year 9999
					s.executeUpdate("INSERT INTO call_task (id, contact_id, campaign_id, call_type, due_from, due_to, "
							+ "priority, attempts, state) VALUES (" + id + ", 1, 1, 'rv', TIMESTAMP('9999-12-31 12:00:00'), "
							+ "TIMESTAMP('9999-12-31 13:00:00'), 50, 0, 'UNREACHABLE')");
				}
				return null;
			});
			Map<String, Long> expected = new TreeMap<>();
			days.values().forEach(d -> expected.merge(d, 1L, Long::sum));
			Scope scope = new Scope(from, to, null, null, null, null, zone.getId());
			assertTrue(ReportSummaries.serves(scope, zone));
			assertEquals(expected, byDay(store, scope, false), "calling by day, row by row");
			assertEquals(expected, scoresByDay(store, scope, false), "scores by day, row by row");
			assertEquals(expected, byDay(store, scope, true), "calling by day before a fold");
			ReportSummaries.Folded folded = ReportSummaries.fold(store);
			assertEquals(days.size(), folded.outcomes(), folded.toString());
			assertEquals(days.size() + 1, folded.tasks(), folded.toString());
			assertEquals(expected, byDay(store, scope, true), "calling by day through the summaries");
			assertEquals(expected, scoresByDay(store, scope, true), "scores by day through the summaries");
			assertEquals(expected, byDay(store, scope, false), "calling by day, row by row, after the fold");
			// the summary rows themselves: outcomes and calls on the zone's days, the placeholder on its own day
			assertEquals(expected, summed(store, "SELECT on_day, SUM(calls) FROM report_outcomes GROUP BY on_day"));
			Map<String, Long> calls = new TreeMap<>(expected);
			calls.put("9999-12-31", 1L);
			assertEquals(calls, summed(store, "SELECT on_day, SUM(planned) FROM report_calls GROUP BY on_day"));
			// another name of the same rules: nothing computed again, the name stored, the reports served as before
			ZoneId alias = ZoneId.of(alias(zone));
			assertEquals(zone.getRules(), alias.getRules());
			ReportSummaries.Rezoned renamed = ReportSummaries.rezone(store, alias);
			assertEquals(0, renamed.rows(), renamed.toString());
			assertEquals(alias, ReportSummaries.zone(store));
			assertEquals(expected, byDay(store, scope, true), "calling by day after renaming the zone");
			assertEquals(calls, summed(store, "SELECT on_day, SUM(planned) FROM report_calls GROUP BY on_day"));
		}
	}

	/** Another name of the zone's rules (a tzdb link), or its own. */
	private static String alias(ZoneId zone) {
		return switch (zone.getId()) {
		case "America/New_York" -> "US/Eastern";
		case "Europe/London" -> "GB";
		default -> zone.getId();
		};
	}

	/** The tasks of the calling report by day (its first figure: planned). */
	private static Map<String, Long> byDay(Store store, Scope scope, boolean summaries) {
		return store.reading(tx -> {
			Map<String, Long> n = new TreeMap<>();
			for (ReportQueries.Calling k : ReportQueries.calling(tx, scope, By.DAY, summaries)) {
				n.merge(k.key(), k.figures()[0], Long::sum);
			}
			return n;
		});
	}

	private static Map<String, Long> scoresByDay(Store store, Scope scope, boolean summaries) {
		return store.reading(tx -> {
			Map<String, Long> n = new TreeMap<>();
			for (ReportQueries.ScoreCount s : ReportQueries.scores(tx, scope, summaries)) {
				n.merge(s.day().toString(), s.count(), Long::sum);
			}
			return n;
		});
	}

	private static Map<String, Long> summed(Store store, String sql) {
		return store.read(c -> {
			Map<String, Long> n = new TreeMap<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				while (rs.next()) {
					n.put(rs.getString(1), rs.getLong(2));
				}
			}
			return n;
		});
	}
}
