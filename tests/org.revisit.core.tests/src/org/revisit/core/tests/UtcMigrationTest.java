package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.internal.Jdbc;
import org.revisit.store.internal.UtcTimestamps;

/**
 * Schema version 8 converts the times an older version stored in the local time of the machine to UTC: a
 * database written at the version before, in a zone with daylight saving, reads the same instants afterwards.
 */
class UtcMigrationTest {

	private static final Instant T0 = Instant.parse("2026-03-07T14:00:00Z");
	/** The row counts cross the migration's chunks of {@link #CHUNK} rows. */
	private static final int CHUNK = 2_000;
	/** The columns versions 1 to 6 store times in, by table with its primary key. */
	private static final Map<String, String> ORDER = new LinkedHashMap<>();
	private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		columns("contact", "id", "consent_date", "dnc_date");
		columns("call_task", "id", "due_from", "due_to", "lease_expiry");
		columns("service_event", "id", "occurred_at");
		columns("script", "script_id, version", "created_at");
		columns("call_outcome", "id", "started_at", "ended_at");
		columns("call_outcome_step", "outcome_id, seq", "stepped_at");
		columns("follow_up", "id", "created_at");
		columns("callback", "id", "due_at");
		columns("audit_entry", "id", "changed_at");
		columns("plan_run", "id", "started_at", "finished_at");
		columns("call_draft", "task_id", "started_at", "updated_at");
		columns("schema_version", "version", "applied_at");
	}

	private static void columns(String table, String key, String... columns) {
		ORDER.put(table, key);
		COLUMNS.put(table, List.of(columns));
	}

	/** Columns the promised-callbacks version (7) adds; converted too when they are there. */
	private static final Set<String> VERSION_7 = Set.of("CALL_TASK.PROMISED_AT", "CALLBACK.CLOSED_AT");

	@TempDir
	Path dir;

	private final TimeZone machineZone = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(machineZone);
		System.clearProperty(UtcTimestamps.ZONE_PROPERTY);
	}

	@Test
	void timesWrittenInNewYorkReadAsTheSameInstantsAfterTheMigration() throws Exception {
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		StoreConfig config = StoreConfig.embedded(dir).withClock(Clock.fixed(T0, ZoneId.of("America/New_York")));
		Map<String, List<Instant>> before;
		try (Store old = Store.open(config, UtcTimestamps.VERSION - 1)) {
			assertTrue(old.schemaVersion() < UtcTimestamps.VERSION);
			old.inTransaction(c -> {
				seed(c, null);
				return null;
			});
			before = old.read(c -> read(c, null));
			Set<String> found = old.read(UtcMigrationTest::timestampColumns);
			Set<String> expected = new TreeSet<>();
			COLUMNS.forEach((t, cs) -> cs.forEach(col -> expected.add((t + "." + col).toUpperCase())));
			assertTrue(found.containsAll(expected), "every known TIMESTAMP column: " + found);
			found.removeAll(expected);
			assertTrue(VERSION_7.containsAll(found), "no TIMESTAMP column this test does not know: " + found);
		}
		assertTrue(before.get("call_task.due_from").size() > CHUNK, "tasks span more than one chunk");
		assertTrue(before.get("call_outcome_step.stepped_at").size() > CHUNK, "steps too (a two-column key)");

		// up to version 8 only: the versions after it add rows of their own to schema_version
		try (Store store = Store.open(config, UtcTimestamps.VERSION)) {
			assertEquals(UtcTimestamps.VERSION, store.schemaVersion());
			Map<String, List<Instant>> after = store.read(c -> read(c, Jdbc.utc()));
			List<Instant> applied = after.get("schema_version.applied_at");
			assertEquals(T0, applied.remove(applied.size() - 1), "version 8 itself is recorded in UTC");
			for (String column : before.keySet()) {
				assertEquals(before.get(column), after.get(column), column);
			}
			String description = store.read(c -> {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
						"SELECT description FROM schema_version WHERE version = " + UtcTimestamps.VERSION)) {
					rs.next();
					return rs.getString(1);
				}
			});
			assertTrue(description.contains("from America/New_York"), description);
			// the same instant in New York's wall-clock time and in UTC differs: the values did change
			assertNotEquals(store.read(c -> read(c, null)).get("call_task.due_from"), after.get("call_task.due_from"));
		}
	}

	@Test
	void theZoneTheOldTimesWereWrittenInCanBeNamed() {
		// a team server in UTC whose agents' machines, which wrote the times, are in Shanghai
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		Calendar shanghai = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
		StoreConfig config = StoreConfig.embedded(dir).withClock(Clock.fixed(T0, ZoneId.of("UTC")));
		Map<String, List<Instant>> written;
		try (Store old = Store.open(config, UtcTimestamps.VERSION - 1)) {
			old.inTransaction(c -> {
				seed(c, shanghai);
				return null;
			});
			written = old.read(c -> read(c, shanghai));
		}
		System.setProperty(UtcTimestamps.ZONE_PROPERTY, "Mars/Olympus");
		StoreException bad = assertThrows(StoreException.class, () -> Store.open(config).close());
		assertTrue(bad.getMessage().contains(UtcTimestamps.ZONE_PROPERTY) && bad.getMessage().contains("Mars/Olympus"),
				bad.getMessage());

		System.setProperty(UtcTimestamps.ZONE_PROPERTY, "Asia/Shanghai");
		try (Store store = Store.open(config)) {
			Map<String, List<Instant>> after = store.read(c -> read(c, Jdbc.utc()));
			for (String column : written.keySet()) {
				if (!column.equals("schema_version.applied_at")) { // written by the migrations, in UTC's wall clock
					assertEquals(written.get(column), after.get(column), column);
				}
			}
		}
	}

	/**
	 * Fills every table with a time column as versions before 8 did: plain {@code setTimestamp}, which writes the
	 * wall-clock time of the JVM's zone, or of {@code calendar}'s.
	 */
	private static void seed(Connection c, Calendar calendar) throws SQLException {
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < CHUNK + 300; i++) {
			// every 17 hours across the start of daylight saving (8 March 2026 in New York), and 1 November's hour
			times.add(T0.plus(Duration.ofHours(17L * (i % 40) - 100)));
		}
		times.set(0, Instant.parse("2026-11-01T05:30:00Z"));
		times.set(1, Instant.parse("2026-11-01T06:30:00Z"));
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, '王伟'), (2, '李娜')");
			s.executeUpdate("INSERT INTO script (script_id, version, title, body, created_at) VALUES ('s', 1, 'T', 'x', "
					+ "'2026-03-08 03:30:00')");
			s.executeUpdate("INSERT INTO call_outcome (id, contact_id, agent, started_at) VALUES (1, 1, 'a', "
					+ "'2026-03-08 01:59:59'), (2, 2, 'a', '2026-03-08 03:00:00')");
			s.executeUpdate("INSERT INTO plan_run (id, started_at, horizon_from, horizon_to, who) VALUES "
					+ "(1, '2026-03-07 09:00:00', '2026-03-07', '2026-04-06', 'demo')");
		}
		execute(c, "UPDATE contact SET consent_date = ? WHERE id = 1", calendar, times.get(0));
		execute(c, "UPDATE contact SET dnc_date = ? WHERE id = 2", calendar, times.get(1));
		execute(c, "UPDATE call_outcome SET ended_at = ? WHERE id = 1", calendar, times.get(2));
		execute(c, "UPDATE plan_run SET finished_at = ? WHERE id = 1", calendar, times.get(3));
		try (PreparedStatement task = c.prepareStatement("INSERT INTO call_task (id, contact_id, call_type, due_from, "
				+ "due_to, priority, lease_expiry) VALUES (?, 1, 'birthday', ?, ?, 40, ?)");
				PreparedStatement step = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, step_number, "
						+ "stepped_at) VALUES (?, ?, 1, ?)")) {
			for (int i = 0; i < times.size(); i++) {
				task.setLong(1, i + 1);
				set(task, 2, times.get(i), calendar);
				set(task, 3, times.get(i).plus(Duration.ofHours(7)), calendar);
				if (i % 3 == 0) {
					set(task, 4, times.get(i).plus(Duration.ofMinutes(30)), calendar);
				} else {
					task.setNull(4, java.sql.Types.TIMESTAMP);
				}
				task.addBatch();
				step.setLong(1, i < 1_500 ? 1 : 2);
				step.setInt(2, i);
				set(step, 3, times.get(i), calendar);
				step.addBatch();
			}
			task.executeBatch();
			step.executeBatch();
		}
		execute(c, "INSERT INTO service_event (id, kind, contact_id, occurred_at) VALUES (1, 'HOTLINE_TICKET', 1, ?)",
				calendar, times.get(4));
		execute(c, "INSERT INTO follow_up (id, contact_id, text, created_at) VALUES (1, 1, 'x', ?)", calendar, times.get(5));
		execute(c, "INSERT INTO callback (id, contact_id, source, due_at) VALUES (1, 1, 'CALL', ?)", calendar, times.get(6));
		execute(c, "INSERT INTO audit_entry (id, who, entity_type, entity_id, changed_at) VALUES (1, 'a', 'CONTACT', 1, ?)",
				calendar, times.get(7));
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_draft (task_id, agent, script_id, script_version, "
				+ "run_state, started_at, updated_at) VALUES (1, 'a', 's', 1, '{}', ?, ?)")) {
			set(p, 1, times.get(8), calendar);
			set(p, 2, times.get(9), calendar);
			p.executeUpdate();
		}
	}

	/** Runs {@code sql} with {@code value} as its one parameter. */
	private static void execute(Connection c, String sql, Calendar calendar, Instant value) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			set(p, 1, value, calendar);
			p.executeUpdate();
		}
	}

	private static void set(PreparedStatement p, int index, Instant value, Calendar calendar) throws SQLException {
		if (calendar == null) {
			p.setTimestamp(index, Timestamp.from(value));
		} else {
			p.setTimestamp(index, Timestamp.from(value), calendar);
		}
	}

	/**
	 * Every value of every known time column, in key order, read in the JVM's zone (as versions before 8 read
	 * them) or with {@code calendar}.
	 */
	private static Map<String, List<Instant>> read(Connection c, Calendar calendar) throws SQLException {
		Map<String, List<Instant>> result = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
				for (String column : table.getValue()) {
					List<Instant> values = new ArrayList<>();
					try (ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table.getKey() + " ORDER BY "
							+ ORDER.get(table.getKey()))) {
						while (rs.next()) {
							Timestamp t = calendar == null ? rs.getTimestamp(1) : rs.getTimestamp(1, calendar);
							values.add(t == null ? null : t.toInstant());
						}
					}
					result.put(table.getKey() + "." + column, values);
				}
			}
		}
		return result;
	}

	private static Set<String> timestampColumns(Connection c) throws SQLException {
		Set<String> result = new TreeSet<>();
		UtcTimestamps.timestampColumns(c).forEach((t, cs) -> cs.forEach(col -> result.add(t + "." + col)));
		return result;
	}
}
