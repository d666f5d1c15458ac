package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.Collective;
import org.revisit.store.ReportQueries.ComplaintCount;
import org.revisit.store.ReportQueries.Complaints;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The complaints report's one pass over the period's complaints ({@link ReportQueries#complaints}) gives what the
 * two grouped queries it replaced give ({@link ReportQueries#complaintCounts} with 0, {@link ReportQueries#collective}):
 * random complaints (seeded) with subjects that differ only in case and surrounding blanks, subjects without
 * text, other kinds of event, several engineers, compared over periods, zones and one engineer's complaints, with
 * the complaints grouped in memory and (more than it holds) sorted by Derby. And the closed complaints and the
 * follow-ups, read from the figures schema version 34 keeps on the complaints' rows (the one pass and
 * {@link ReportQueries#complaintCounts} with 1 and 2), equal what the plain joins gave (kept here as the
 * reference) and a small set counted by hand, also after changes written through the repositories and raw SQL
 * after a first read, and after the migration on a database filled before it; Derby's runtime statistics show the
 * complaint index read alone, without a join or a row read.
 */
class ReportComplaintsTest {

	private static final String[] SUBJECTS = { "发票开错", " 发票开错", "发票开错  ", "Late Parts", "late parts",
			" LATE PARTS ", "rude", "Rude\t", "ab", "ab\t", "x", null };
	private static final String[] CATEGORIES = { "SERVICE_DELAY", "ATTITUDE", "FEES" };
	private static final String[] SEVERITIES = { "GENERAL", "MAJOR" };
	private static final String[] ENGINEERS = { "张工", "李工", null };
	private static final Instant FIRST = Instant.parse("2026-10-01T00:00:00Z");
	private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

	@TempDir
	Path dir;

	@Test
	void onePassAndTheFiguresEqualTheGroupedQueries() {
		Random random = new Random(20261203);
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				for (int i = 1; i <= 12; i++) {
					s.executeUpdate("INSERT INTO contact (id, name) VALUES (" + i + ", '客户" + i + "')");
				}
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO service_event (id, kind, occurred_at, contact_id, "
					+ "engineer, subject, complaint_category, severity, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = 1; i <= 600; i++) {
					boolean complaint = random.nextInt(6) > 0;
					p.setLong(1, i);
					p.setString(2, complaint ? "COMPLAINT" : "HOTLINE_TICKET");
					p.setTimestamp(3, Timestamp.from(FIRST.plusSeconds(random.nextInt(30 * 86_400))), UTC);
					p.setLong(4, 1 + random.nextInt(12));
					p.setString(5, ENGINEERS[random.nextInt(ENGINEERS.length)]);
					p.setString(6, SUBJECTS[random.nextInt(SUBJECTS.length)]);
					p.setString(7, complaint ? CATEGORIES[random.nextInt(CATEGORIES.length)] : "NONE");
					p.setString(8, complaint ? SEVERITIES[random.nextInt(SEVERITIES.length)] : "NONE");
					p.setBoolean(9, random.nextBoolean());
					p.addBatch();
				}
				p.executeBatch();
			}
			calls(c, random);
			return null;
		});
		List<Scope> scopes = List.of(scope("2026-10-01", "2026-10-30", null, null),
				scope("2026-10-03", "2026-10-09", null, null), scope("2026-10-01", "2026-10-30", "李工", null),
				scope("2026-10-10", "2026-10-24", null, "UTC"), scope("2026-09-01", "2026-09-20", null, null));
		for (Scope f : scopes) {
			for (int contacts : new int[] { 1, 3, 5 }) {
				// held in memory, and (0 or 40 held) sorted by Derby one subject at a time
				for (int held : new int[] { ReportQueries.HELD, 0, 40 }) {
					Complaints pass = store.reading(tx -> ReportQueries.complaints(tx, f, contacts, held));
					List<ComplaintCount> counts = store.reading(tx -> ReportQueries.complaintCounts(tx, f, 0));
					List<Collective> collective = store.reading(tx -> ReportQueries.collective(tx, f, contacts));
					String at = f + ", " + contacts + " contacts, " + held + " held";
					assertEquals(sorted(counts), sorted(pass.counts()), at);
					assertEquals(sorted(store.read(c -> reference(c, f, 1))), sorted(pass.closed()), at + ", closed");
					assertEquals(sorted(store.read(c -> reference(c, f, 2))), sorted(pass.followUps()), at + ", follow-ups");
					// the same groups in the same order (Derby leaves a category's order among equal subjects open)
					assertEquals(collective.stream().map(g -> g.contacts() + " " + g.subject()).toList(),
							pass.collective().stream().map(g -> g.contacts() + " " + g.subject()).toList(), at);
					assertEquals(sortedGroups(collective), sortedGroups(pass.collective()), at);
				}
			}
			for (int which = 1; which <= 2; which++) {
				int w = which;
				assertEquals(sorted(store.read(c -> reference(c, f, w))),
						sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, f, w))), f + ", counts " + w);
			}
		}
		for (int which = 1; which <= 2; which++) {
			String plan = plan(store, scopes.get(0), which);
			assertTrue(plan.contains("service_event_complaint") || plan.contains("SERVICE_EVENT_COMPLAINT"), plan);
			assertFalse(plan.contains("Table Scan"), "a table is read whole: " + plan);
			assertFalse(plan.contains("Join"), "a join: " + plan);
			assertFalse(plan.contains("Index Row to Base Row"), "rows read besides the index: " + plan);
		}
		assertFalse(store.reading(tx -> ReportQueries.complaintCounts(tx, scopes.get(0), 1)).isEmpty());
		assertFalse(store.reading(tx -> ReportQueries.complaintCounts(tx, scopes.get(0), 2)).isEmpty());
		Complaints month = store.reading(tx -> ReportQueries.complaints(tx, scopes.get(0), 5));
		assertFalse(month.collective().isEmpty(), "the month has collective complaints");
		assertEquals(0, store.reading(tx -> ReportQueries.complaints(tx, scopes.get(4), 1)).counts().size(),
				"a period without complaints");
		store.close();
	}

	/**
	 * Complaints, promises, tasks, calls and follow-ups whose figures are counted by hand: a complaint closed by the
	 * first of its two promises made (an hour after it), one closed by a promise made without a time (0 seconds),
	 * one whose promise was unreachable (not closed); a task that follows a complaint up and keeps its promise counts
	 * once, a task that follows one complaint up and keeps another's promise counts for both; the promises,
	 * follow-ups and calls of a complaint before the period, of a hotline ticket and of no event count nowhere.
	 */
	@Test
	void closedComplaintsAndFollowUpsCountedByHand() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			handCounted(c);
			return null;
		});
		Scope october = scope("2026-10-01", "2026-10-31", null, "UTC");
		assertEquals(List.of(new ComplaintCount("ATTITUDE", "MAJOR", 1, 0), new ComplaintCount("SERVICE_DELAY", "GENERAL", 2, 1)),
				sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, october, 0))), "complaints and resolved");
		assertEquals(List.of(new ComplaintCount("ATTITUDE", "MAJOR", 1, 0), new ComplaintCount("SERVICE_DELAY", "GENERAL", 1, 3600)),
				sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, october, 1))), "closed and seconds to close");
		// complaint 1: task 1 (once), task 3, task 4 by the promise; complaint 2: task 2; complaint 3: task 4
		assertEquals(List.of(new ComplaintCount("ATTITUDE", "MAJOR", 1, 1), new ComplaintCount("SERVICE_DELAY", "GENERAL", 5, 3)),
				sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, october, 2))), "follow-ups and done");
		for (int which = 1; which <= 2; which++) {
			int w = which;
			assertEquals(sorted(store.read(c -> reference(c, october, w))),
					sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, october, w))), "the reference, " + w);
		}
		assertEquals(List.of(), store.reading(tx -> ReportQueries.complaintCounts(tx, scope("2026-11-01", "2026-11-30", null,
				"UTC"), 2)), "a period without complaints");
		store.close();
	}

	/**
	 * The figures kept on the complaints' rows follow what changes after the report's first read, each change
	 * compared with the reference: a follow-up added later through the outcomes' repository and a promise on a
	 * complaint closed by completing the task that kept it (the application's own writes), then raw SQL: a promise
	 * closed and one reopened, a follow-up marked done, moved and deleted, a promise moved to another complaint and
	 * one deleted, a task and a call linked elsewhere, a hotline ticket that becomes a complaint.
	 */
	@Test
	void theFiguresFollowEveryChange() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			handCounted(c);
			try (Statement s = c.createStatement()) {
				// an open promise on complaint 2 and the task keeping it, both due before the clock's now
				s.executeUpdate("INSERT INTO callback (id, contact_id, due_at, source, service_event_id, done) VALUES "
						+ "(8, 2, TIMESTAMP('2026-10-09 10:00:00'), 'COMPLAINT', 2, FALSE)");
				s.executeUpdate("INSERT INTO call_task (id, contact_id, call_type, due_from, due_to, priority, attempts, "
						+ "state, source_event_id, callback_id) VALUES (8, 2, 'rv', TIMESTAMP('2026-10-09 10:00:00'), "
						+ "TIMESTAMP('2099-10-09 10:00:00'), 50, 0, 'PLANNED', NULL, 8)");
				// the repositories' ids after those written here
				s.executeUpdate("UPDATE id_block SET next_id = 1000 WHERE name IN ('call_outcome', 'follow_up', 'callback', "
						+ "'call_task')");
			}
			return null;
		});
		Scope october = scope("2026-10-01", "2026-10-31", null, "UTC");
		check(store, october, "before");
		// the application's writes: a call of task 8 with two follow-ups (one done), then the task completed
		assertTrue(store.claims().claim(8, "li", TestClock.NOW, java.time.Duration.ofMinutes(10)).isPresent());
		org.revisit.model.CallOutcome call = org.revisit.model.RevisitFactory.eINSTANCE.createCallOutcome();
		org.revisit.model.CallTask task = org.revisit.model.RevisitFactory.eINSTANCE.createCallTask();
		task.setId(8);
		call.setTask(task);
		call.setAgent("li");
		call.setStartedAt(java.util.Date.from(TestClock.NOW));
		call.setEndedAt(java.util.Date.from(TestClock.NOW.plusSeconds(300)));
		call.setDispositionCode("SATISFIED");
		call.setScriptId("rv");
		call.setScriptVersion(1);
		for (boolean done : new boolean[] { true, false }) {
			org.revisit.model.FollowUp f = org.revisit.model.RevisitFactory.eINSTANCE.createFollowUp();
			f.setText("上门检查");
			f.setDone(done);
			call.getFollowUps().add(f);
		}
		store.outcomes().insert(2, call);
		List<ComplaintCount> followUps = check(store, october, "a follow-up added later").get(1);
		assertEquals(List.of(new ComplaintCount("ATTITUDE", "MAJOR", 1, 1), new ComplaintCount("SERVICE_DELAY", "GENERAL", 7, 4)),
				followUps, "complaint 2 has two more follow-ups, one done");
		assertTrue(store.claims().complete(8, "li", org.revisit.model.TaskState.COMPLETED, null));
		List<ComplaintCount> closed = check(store, october, "a promise closed after the first read").get(0);
		assertEquals(new ComplaintCount("SERVICE_DELAY", "GENERAL", 2, 3600 + TestClock.NOW.getEpochSecond()
				- Instant.parse("2026-10-06T10:00:00Z").getEpochSecond()), closed.get(1), "complaint 2 closed now");
		String[] changes = { "UPDATE callback SET closed_as = 'DONE' WHERE id = 3", //
				"UPDATE callback SET closed_as = NULL, closed_at = NULL, done = FALSE WHERE id = 2", //
				"UPDATE follow_up SET done = TRUE WHERE id = 2", //
				"UPDATE follow_up SET outcome_id = 6 WHERE id = 1", //
				"DELETE FROM follow_up WHERE id = 4", //
				"UPDATE callback SET service_event_id = 3 WHERE id = 1", //
				"DELETE FROM callback WHERE id = 5", //
				"UPDATE call_task SET source_event_id = 2 WHERE id = 3", //
				"UPDATE call_task SET callback_id = 1 WHERE id = 7", //
				"UPDATE call_outcome SET task_id = 1 WHERE id = 5", //
				"UPDATE service_event SET kind = 'COMPLAINT', complaint_category = 'FEES', severity = 'MAJOR' WHERE id = 5" };
		for (String change : changes) {
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					assertEquals(1, s.executeUpdate(change), change);
				}
				return null;
			});
			check(store, october, change);
		}
		store.close();
	}

	/**
	 * The migration to schema version 34 fills the figures of a database filled before it (at version 32, the
	 * random data of {@link #onePassAndTheFiguresEqualTheGroupedQueries} and the hand-counted one).
	 */
	@Test
	void theMigrationFillsTheFiguresOfADatabaseFilledBefore() {
		Random random = new Random(20261204);
		try (Store old = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()), 32)) {
			old.inTransaction(c -> {
				handCounted(c);
				try (Statement s = c.createStatement()) {
					for (int i = 4; i <= 12; i++) {
						s.executeUpdate("INSERT INTO contact (id, name) VALUES (" + i + ", '客户" + i + "')");
					}
				}
				try (PreparedStatement p = c.prepareStatement("INSERT INTO service_event (id, kind, occurred_at, "
						+ "contact_id, complaint_category, severity) VALUES (?, ?, ?, ?, ?, ?)")) {
					for (int i = 6; i <= 600; i++) {
						boolean complaint = random.nextInt(6) > 0;
						p.setLong(1, i);
						p.setString(2, complaint ? "COMPLAINT" : "HOTLINE_TICKET");
						p.setTimestamp(3, Timestamp.from(FIRST.plusSeconds(random.nextInt(30 * 86_400))), UTC);
						p.setLong(4, 1 + random.nextInt(12));
						p.setString(5, complaint ? CATEGORIES[random.nextInt(CATEGORIES.length)] : "NONE");
						p.setString(6, complaint ? SEVERITIES[random.nextInt(SEVERITIES.length)] : "NONE");
						p.addBatch();
					}
					p.executeBatch();
				}
				calls(c, random, 1000); // ids after the hand-counted ones
				return null;
			});
		}
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			for (Scope f : List.of(scope("2026-10-01", "2026-10-30", null, null), scope("2026-10-03", "2026-10-09", null,
					null), scope("2026-10-01", "2026-11-30", null, "UTC"))) {
				check(store, f, "migrated, " + f);
			}
			long figures = store.read(c -> {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM service_event "
						+ "WHERE complaint_closed_at IS NOT NULL OR follow_ups > 0")) {
					rs.next();
					return rs.getLong(1);
				}
			});
			assertTrue(figures > 100, figures + " complaints with figures");
		}
	}

	/**
	 * The closed complaints and the follow-ups of period {@code f} as the report reads them (the grouped queries and
	 * the one pass) equal the reference; returns them.
	 */
	private static List<List<ComplaintCount>> check(Store store, Scope f, String after) {
		List<List<ComplaintCount>> result = new ArrayList<>();
		Complaints pass = store.reading(tx -> ReportQueries.complaints(tx, f, 5));
		for (int which = 1; which <= 2; which++) {
			int w = which;
			List<ComplaintCount> expected = sorted(store.read(c -> reference(c, f, w)));
			assertFalse(expected.isEmpty(), after);
			assertEquals(expected, sorted(store.reading(tx -> ReportQueries.complaintCounts(tx, f, w))), after + ", " + w);
			assertEquals(expected, sorted(w == 1 ? pass.closed() : pass.followUps()), after + ", one pass, " + w);
			result.add(expected);
		}
		return result;
	}

	/** The complaints, promises, tasks, calls and follow-ups of {@link #closedComplaintsAndFollowUpsCountedByHand}. */
	private static void handCounted(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (int i = 1; i <= 3; i++) {
				s.executeUpdate("INSERT INTO contact (id, name) VALUES (" + i + ", '客户" + i + "')");
			}
			String event = "INSERT INTO service_event (id, kind, occurred_at, contact_id, subject, complaint_category, "
					+ "severity, resolved) VALUES ";
			s.executeUpdate(event + "(1, 'COMPLAINT', TIMESTAMP('2026-10-05 10:00:00'), 1, 'late', 'SERVICE_DELAY', "
					+ "'GENERAL', TRUE), (2, 'COMPLAINT', TIMESTAMP('2026-10-06 10:00:00'), 2, 'late', 'SERVICE_DELAY', "
					+ "'GENERAL', FALSE), (3, 'COMPLAINT', TIMESTAMP('2026-10-07 10:00:00'), 3, 'rude', 'ATTITUDE', "
					+ "'MAJOR', FALSE), (4, 'COMPLAINT', TIMESTAMP('2026-09-10 10:00:00'), 1, 'late', 'SERVICE_DELAY', "
					+ "'GENERAL', FALSE), (5, 'HOTLINE_TICKET', TIMESTAMP('2026-10-05 11:00:00'), 1, NULL, 'NONE', "
					+ "'NONE', FALSE)");
			String promise = "INSERT INTO callback (id, contact_id, due_at, source, service_event_id, done, closed_as, "
					+ "closed_at) VALUES ";
			s.executeUpdate(promise + "(1, 1, TIMESTAMP('2026-10-05 12:00:00'), 'COMPLAINT', 1, TRUE, 'DONE', "
					+ "TIMESTAMP('2026-10-05 12:00:00')), (2, 1, TIMESTAMP('2026-10-05 11:00:00'), 'COMPLAINT', 1, TRUE, "
					+ "'DONE', TIMESTAMP('2026-10-05 11:00:00')), (3, 2, TIMESTAMP('2026-10-07 10:00:00'), 'COMPLAINT', 2, "
					+ "TRUE, 'UNREACHABLE', TIMESTAMP('2026-10-07 10:00:00')), (4, 3, TIMESTAMP('2026-10-08 10:00:00'), "
					+ "'COMPLAINT', 3, TRUE, 'DONE', NULL), (5, 1, TIMESTAMP('2026-09-11 10:00:00'), 'COMPLAINT', 4, TRUE, "
					+ "'DONE', TIMESTAMP('2026-09-11 10:00:00')), (6, 1, TIMESTAMP('2026-10-06 10:00:00'), 'CALL', 5, TRUE, "
					+ "'DONE', TIMESTAMP('2026-10-06 10:00:00')), (7, 2, TIMESTAMP('2026-10-06 10:00:00'), 'CALL', NULL, "
					+ "TRUE, 'DONE', TIMESTAMP('2026-10-06 10:00:00'))");
			// task: source event, promise; its calls; each call's follow-ups (true: done)
			Object[][] tasks = { { 1, 1, 1, new boolean[][] { { true, false } } }, //
					{ 2, null, 3, new boolean[][] { { true } } }, //
					{ 3, 1, null, new boolean[][] { { false }, {} } }, //
					{ 4, 3, 2, new boolean[][] { { true } } }, //
					{ 5, 4, 5, new boolean[][] { { true } } }, //
					{ 6, 5, 6, new boolean[][] { { false } } }, //
					{ 7, null, 7, new boolean[][] { { true } } } };
			int outcome = 0;
			int followUp = 0;
			for (Object[] t : tasks) {
				s.executeUpdate("INSERT INTO call_task (id, contact_id, call_type, due_from, due_to, priority, attempts, "
						+ "state, source_event_id, callback_id) VALUES (" + t[0] + ", 1, 'rv', TIMESTAMP('2026-10-08 "
						+ "10:00:00'), TIMESTAMP('2026-10-08 10:00:00'), 50, 1, 'COMPLETED', " + t[1] + ", " + t[2] + ")");
				for (boolean[] call : (boolean[][]) t[3]) {
					s.executeUpdate("INSERT INTO call_outcome (id, task_id, contact_id, agent, started_at, ended_at, "
							+ "disposition, script_id, script_version) VALUES (" + ++outcome + ", " + t[0] + ", 1, 'li', "
							+ "TIMESTAMP('2026-10-08 10:00:00'), TIMESTAMP('2026-10-08 10:05:00'), 'COMPLETED', 'rv', 1)");
					for (boolean done : call) {
						s.executeUpdate("INSERT INTO follow_up (id, outcome_id, contact_id, text, done, created_at) VALUES ("
								+ ++followUp + ", " + outcome + ", 1, 'call again', " + done + ", TIMESTAMP('2026-10-08 "
								+ "10:05:00'))");
					}
				}
			}
			s.executeUpdate("INSERT INTO follow_up (id, outcome_id, contact_id, text, done, created_at) VALUES (100, "
					+ "NULL, 1, 'no call', TRUE, TIMESTAMP('2026-10-08 10:05:00'))");
		}
	}

	/**
	 * Tasks following up events (complaints or not) or keeping promises made on them (some both, some on two
	 * complaints), their calls, follow-ups (some done, some of no call) and promises (made, unreachable, open; made
	 * twice on one complaint; without a time of closing).
	 */
	private static void calls(Connection c, Random random) throws SQLException {
		calls(c, random, 0);
	}

	/** As {@link #calls(Connection, Random)}, the ids of promises, tasks and follow-ups after {@code base}. */
	private static void calls(Connection c, Random random, int base) throws SQLException {
		Long[] events = new Long[301]; // the event of each promise
		try (PreparedStatement p = c.prepareStatement("INSERT INTO callback (id, contact_id, due_at, owner, source, "
				+ "service_event_id, done, closed_as, closed_at) VALUES (?, ?, ?, 'li', 'COMPLAINT', ?, ?, ?, ?)")) {
			for (int i = 1; i <= 300; i++) {
				String closed = new String[] { "DONE", "DONE", "UNREACHABLE", null }[random.nextInt(4)];
				p.setLong(1, base + i);
				p.setLong(2, 1 + random.nextInt(12));
				p.setTimestamp(3, Timestamp.from(FIRST.plusSeconds(random.nextInt(30 * 86_400))), UTC);
				events[i] = random.nextInt(5) == 0 ? null : Long.valueOf(1 + random.nextInt(600));
				p.setObject(4, events[i]);
				p.setBoolean(5, closed != null);
				p.setString(6, closed);
				p.setTimestamp(7, closed == null || random.nextInt(10) == 0 ? null
						: Timestamp.from(FIRST.plusSeconds(random.nextInt(40 * 86_400))), UTC);
				p.addBatch();
			}
			p.executeBatch();
		}
		try (PreparedStatement t = c.prepareStatement("INSERT INTO call_task (id, contact_id, call_type, due_from, "
				+ "due_to, priority, attempts, state, source_event_id, callback_id) VALUES (?, ?, 'rv', ?, ?, 50, 1, "
				+ "'COMPLETED', ?, ?)");
				PreparedStatement o = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, "
						+ "started_at, ended_at, disposition, script_id, script_version) VALUES (?, ?, ?, 'li', ?, ?, "
						+ "'COMPLETED', 'rv', 1)");
				PreparedStatement fu = c.prepareStatement("INSERT INTO follow_up (id, outcome_id, contact_id, text, "
						+ "done, created_at) VALUES (?, ?, 1, 'call again', ?, ?)")) {
			long followUps = 0;
			for (int i = 1; i <= 400; i++) {
				Timestamp due = Timestamp.from(FIRST.plusSeconds(random.nextInt(30 * 86_400)));
				t.setLong(1, base + i);
				t.setLong(2, 1 + random.nextInt(12));
				t.setTimestamp(3, due, UTC);
				t.setTimestamp(4, due, UTC);
				int promise = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(300);
				Long event = random.nextInt(3) == 0 ? null : Long.valueOf(1 + random.nextInt(600));
				if (promise > 0 && i % 4 == 0) {
					event = events[promise]; // following up the event its promise was made on
				}
				t.setObject(5, event);
				t.setObject(6, promise == 0 ? null : Long.valueOf(base + promise));
				t.addBatch();
				for (int k = random.nextInt(3); k > 0; k--) {
					long outcome = (base + i) * 10L + k;
					o.setLong(1, outcome);
					o.setLong(2, base + i);
					o.setLong(3, 1);
					o.setTimestamp(4, due, UTC);
					o.setTimestamp(5, due, UTC);
					o.addBatch();
					for (int n = random.nextInt(3); n > 0; n--) {
						fu.setLong(1, base + ++followUps);
						fu.setObject(2, random.nextInt(10) == 0 ? null : Long.valueOf(outcome));
						fu.setBoolean(3, random.nextBoolean());
						fu.setTimestamp(4, due, UTC);
						fu.addBatch();
					}
				}
			}
			t.executeBatch();
			o.executeBatch();
			fu.executeBatch();
		}
	}

	/** The queries {@link ReportQueries#complaintCounts} with 1 and 2 ran before: the reference. */
	private static List<ComplaintCount> reference(Connection c, Scope f, int which) throws SQLException {
		String join = which == 1
				? " JOIN (SELECT service_event_id, MIN(closed_at) AS closed FROM callback WHERE closed_as = 'DONE' "
						+ "AND service_event_id IS NOT NULL GROUP BY service_event_id) x ON x.service_event_id = e.id"
				: " JOIN call_task t ON (t.source_event_id = e.id OR t.callback_id IN (SELECT cb.id FROM callback cb "
						+ "WHERE cb.service_event_id = e.id)) JOIN call_outcome o ON o.task_id = t.id "
						+ "JOIN follow_up fu ON fu.outcome_id = o.id";
		String second = which == 1
				? "SUM(CAST(CASE WHEN x.closed IS NULL THEN 0 ELSE {fn TIMESTAMPDIFF(SQL_TSI_SECOND, e.occurred_at, "
						+ "x.closed)} END AS BIGINT))"
				: "SUM(CASE WHEN fu.done THEN 1 ELSE 0 END)";
		String sql = "SELECT e.complaint_category, e.severity, COUNT(*), " + second + " FROM service_event e" + join
				+ " WHERE e.kind = 'COMPLAINT' AND e.occurred_at >= ? AND e.occurred_at < ?"
				+ (f.engineer() == null ? "" : " AND e.engineer = ?") + " GROUP BY e.complaint_category, e.severity";
		List<ComplaintCount> result = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(sql)) {
			p.setTimestamp(1, Timestamp.from(f.start()), UTC);
			p.setTimestamp(2, Timestamp.from(f.end()), UTC);
			if (f.engineer() != null) {
				p.setString(3, f.engineer());
			}
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(new ComplaintCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
				}
			}
		}
		return result;
	}

	/** Derby's runtime statistics of {@link ReportQueries#complaintCounts} with {@code which}: the plan it ran. */
	private static String plan(Store store, Scope f, int which) {
		return store.read(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
				ReportQueries.complaintCounts(store.transactionOn(c), f, which);
				try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
					rs.next();
					return rs.getString(1);
				} finally {
					s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
				}
			}
		});
	}

	private static Scope scope(String from, String to, String engineer, String zone) {
		return new Scope(LocalDate.parse(from), LocalDate.parse(to), null, null, null, engineer, zone);
	}

	private static List<ComplaintCount> sorted(List<ComplaintCount> counts) {
		List<ComplaintCount> list = new ArrayList<>(counts);
		list.sort(Comparator.comparing(ComplaintCount::category).thenComparing(ComplaintCount::severity));
		return list;
	}

	private static List<Collective> sortedGroups(List<Collective> groups) {
		List<Collective> list = new ArrayList<>(groups);
		list.sort(Comparator.comparing(Collective::category).thenComparing(Collective::subject));
		return list;
	}
}
