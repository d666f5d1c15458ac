package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.sim.CallChecker;
import org.revisit.core.sim.SimulationClock;
import org.revisit.core.sim.Simulator;
import org.revisit.core.sim.Simulator.Day;
import org.revisit.core.sim.Simulator.Report;
import org.revisit.core.sim.Simulator.Settings;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.internal.Jdbc;

/** Two weeks of a simulated team: the calling rules hold over every stored call, and the same seed gives the same. */
class SimulationTest {

	/** A Monday. */
	private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path dir;

	@Test
	void twoWeeksKeepEveryRule() {
		Settings settings = new Settings(1_500, 14, 8, FROM, 42);
		Report first = Simulator.run(dir, settings, System.out::println);
		CallChecker.Verdict v = first.verdict();
		System.out.println("simulation: " + v + " in " + first.millis() + " ms, " + first.millisPerWorkingDay()
				+ " ms per working day; errors " + first.errorSamples());
		assertEquals(0, first.errors(), "refusals met by the agents: " + first.errorSamples());
		assertEquals(Map.of("outsideCallingHours", 0L, "onDayOff", 0L, "doNotCall", 0L, "aboveWeeklyBudget", 0L,
				"twoAgentsOnOneTask", 0L, "promiseMissed", 0L, "answerLost", 0L), v.violations(), v.examples().toString());
		assertEquals(10, first.days().stream().filter(Day::working).count(), "two weeks of five working days");
		assertTrue(v.calls() > 500 && v.reached() > 300 && v.completed() > 100, v.toString());
		assertTrue(v.calls() > v.reached() && v.reached() >= v.completed(), v.toString());
		assertTrue(v.promisesDue() > 0, "promises fell due: " + v);
	}

	@Test
	void theSameSeedGivesTheSameDatabase() {
		Settings settings = new Settings(300, 4, 3, FROM, 42);
		Report first = Simulator.run(dir.resolve("a"), settings, null);
		Report again = Simulator.run(dir.resolve("b"), settings, null);
		assertTrue(first.verdict().calls() > 20, first.verdict().toString());
		assertEquals(figures(first), figures(again), "the same seed gives the same figures");
		assertEquals(first.verdict().toString(), again.verdict().toString());
		assertEquals(content(dir.resolve("a")), content(dir.resolve("b")), "and the same calls stored");
		Report other = Simulator.run(dir.resolve("c"), new Settings(300, 4, 3, FROM, 43), null);
		assertTrue(!figures(first).equals(figures(other)), "another seed, other calls");
	}

	/** The stored calls: who called whom when, with what answers. */
	private static List<String> content(Path folder) {
		try (Store store = Store.open(StoreConfig.embedded(folder))) {
			return store.read(c -> {
				List<String> rows = new java.util.ArrayList<>();
				try (var s = c.createStatement(); var rs = s.executeQuery("SELECT o.id, o.task_id, o.contact_id, o.agent, "
						+ "o.started_at, o.ended_at, o.disposition, (SELECT COUNT(*) FROM call_outcome_step p "
						+ "WHERE p.outcome_id = o.id) FROM call_outcome o ORDER BY o.id")) {
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= 8; i++) {
							row.append(rs.getString(i)).append(' ');
						}
						rows.add(row.toString());
					}
				}
				return rows;
			});
		}
	}

	private static List<String> figures(Report r) {
		return r.days().stream().map(d -> d.day() + " " + d.planned() + " " + d.calls() + " " + d.reached() + " "
				+ d.completed() + " " + d.contactsAdded() + " " + d.eventsAdded() + " " + d.complaints() + " "
				+ d.doNotCall()).toList();
	}

	@Test
	void theCheckerCountsACallMadeAgainstTheRules() {
		Settings settings = new Settings(300, 3, 3, FROM, 7);
		Report report = Simulator.run(dir, settings, null);
		assertEquals(0, report.verdict().totalViolations(), report.verdict().examples().toString());
		SimulationClock clock = Simulator.clockFor(FROM.plusDays(3));
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(clock))) {
			long before = new CallChecker(store).check().calls();
			// a rogue call at 22:00 on a Monday, and one on Sunday, to a contact who asked not to be called,
			// written straight into the database (no service would store them)
			long contact = store.read(c -> {
				try (var s = c.createStatement(); var rs = s.executeQuery(
						"SELECT MIN(id) FROM contact WHERE status = 'ACTIVE' AND time_zone = 'Asia/Shanghai'")) {
					rs.next();
					return rs.getLong(1);
				}
			});
			store.inTransaction(c -> {
				try (var p = c.prepareStatement("UPDATE contact SET do_not_call = TRUE, dnc_date = ? WHERE id = ?")) {
					Jdbc.setInstant(p, 1, FROM.atTime(8, 0).atZone(CHINA).toInstant());
					p.setLong(2, contact);
					p.executeUpdate();
				}
				insertCall(c, 900_001, contact, FROM.plusDays(1).atTime(22, 0).atZone(CHINA).toInstant());
				insertCall(c, 900_002, contact, FROM.minusDays(1).atTime(9, 30).atZone(CHINA).toInstant());
				return null;
			});
			CallChecker.Verdict v = new CallChecker(store).check();
			assertEquals(before + 2, v.calls());
			assertEquals(1, v.outsideHours(), v.examples().toString());
			assertEquals(1, v.dayOff(), v.examples().toString());
			assertTrue(v.doNotCall() >= 1, v.examples().toString());
			assertTrue(v.examples().stream().anyMatch(e -> e.contains("900001")), v.examples().toString());
		}
	}

	private static void insertCall(java.sql.Connection c, long id, long contact, Instant at) throws java.sql.SQLException {
		try (var p = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, started_at, ended_at, "
				+ "disposition) VALUES (?, NULL, ?, 'rogue', ?, ?, 'COMPLETED')")) {
			p.setLong(1, id);
			p.setLong(2, contact);
			Jdbc.setInstant(p, 3, at);
			Jdbc.setInstant(p, 4, at.plusSeconds(120));
			p.executeUpdate();
		}
	}
}
