package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.By;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.ReportSummaries;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The reports through the summaries (schema version 26) give the figures of the rows themselves, figure by figure:
 * random tasks, outcomes, answers and scores (seeded), compared before any fold, after a fold, after changes made
 * once the summaries were built (new calls, open tasks finished, rescheduled and cancelled, outcomes recorded late
 * on folded tasks, a campaign deleted), after folding again, and on a database migrated from version 25. The
 * lists of the latest 200 (reasons and worst answers, read latest first along an index until the 200th) equal
 * one query that sorts the whole period.
 */
class ReportSummaryTest {

	private static final String[] TYPES = { "rv", "hs", "onsite" };
	private static final List<String> SUPERVISION = List.of("hs", "onsite");
	private static final String[] AGENTS = { "wang", "li", "zhang", "chen" };
	private static final String[] STATES = { "PLANNED", "RESCHEDULED", "CLAIMED", "COMPLETED", "COMPLETED",
			"UNREACHABLE", "CANCELLED" };
	private static final String[] DISPOSITIONS = { "COMPLETED", "COMPLETED", "REFUSED", "CALLBACK", null };
	private static final String[] LABELS = { "yes", "no", "satisfied", "dissatisfied", null };
	/** The first moment of the data, and how long it lasts (seconds). */
	private Instant first = Instant.parse("2026-10-01T00:00:00Z");
	private long span = 40L * 86_400;
	/** Moments a quarter of the tasks and outcomes are made near (within 90 s), if any. */
	private List<Instant> edges = List.of();

	@TempDir
	Path dir;

	private final Random random = new Random(20261202);
	private long nextTask = 1;
	private long nextOutcome = 1;

	@Test
	void reportsThroughTheSummariesEqualTheRows() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			base(c);
			calls(c, 500);
			return null;
		});
		compare(store, "before any fold");
		// more reasons than a report lists: the windows stop at the 200th
		assertEquals(ReportQueries.LISTED, (int) store.reading(tx -> ReportQueries.reasons(tx,
				new Scope(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 11, 15), null, null, null, null, null), true)
				.size()));
		ReportSummaries.Folded first = ReportSummaries.fold(store);
		assertTrue(first.outcomes() > 0 && first.tasks() > 0, first.toString());
		assertTrue(tailTasks(store) > 0, "open tasks stay out of the summaries");
		compare(store, "after the fold");

		store.inTransaction(c -> {
			changes(c);
			return null;
		});
		compare(store, "after changes");
		ReportSummaries.Folded second = ReportSummaries.fold(store);
		assertTrue(second.refolded() > 0, "tasks with a late outcome are folded again: " + second);
		compare(store, "after folding the changes");

		store.inTransaction(c -> {
			changes(c);
			return null;
		});
		ReportSummaries.fold(store);
		store.inTransaction(c -> {
			changes(c);
			return null;
		});
		compare(store, "after more changes and a third fold");
		// a campaign with tasks but no outcomes is deleted: its folded tasks leave the summaries
		long campaign = store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (9, 'rv', 'gone')");
			}
			for (int i = 0; i < 20; i++) {
				task(c, 9L, "rv", i % 2 == 0 ? "UNREACHABLE" : "COMPLETED", i % 3 == 0 ? "WRONG_NUMBER" : null, null);
			}
			return 9L;
		});
		ReportSummaries.fold(store);
		compare(store, "with the campaign to delete");
		store.campaigns().delete(campaign, "boss");
		compare(store, "after deleting the campaign");
		store.close();
	}

	@Test
	void theMigrationBuildsTheSummaries() {
		StoreConfig config = StoreConfig.embedded(dir).withClock(TestClock.fixed());
		try (Store old = Store.open(config, 25)) {
			old.inTransaction(c -> {
				base(c);
				calls(c, 200);
				String[] closedAs = { null, "DONE", "UNREACHABLE", "SUPERSEDED" };
				for (int i = 1; i <= 300; i++) {
					Instant due = first.plusSeconds(3_600L * random.nextInt((int) (span / 3_600)));
					String closed = closedAs[random.nextInt(closedAs.length)];
					insertPromise(c, i, due, closed, closed == null ? null : due.plusSeconds(600 - random.nextInt(1_200)));
				}
				return null;
			});
		}
		try (Store store = Store.open(config)) {
			ReportSummaries.Mark mark = ReportSummaries.mark(store);
			assertEquals(nextOutcome - 1, mark.outcomeUpto(), "every outcome folded on upgrade");
			assertTrue(mark.fold() > 0);
			compare(store, "after the migration");
			// version 31 folds the promises marked done
			assertEquals(count(store, "SELECT COUNT(*) FROM callback WHERE done"),
					count(store, "SELECT COUNT(*) FROM callback WHERE report_fold > 0"));
			assertTrue(count(store, "SELECT COUNT(*) FROM report_promises") > 0);
			store.reading(tx -> {
				for (Scope f : PROMISE_SCOPES) {
					for (Instant now : PROMISE_NOWS) {
						assertEquals(lines(ReportQueries.promiseCounts(tx, f, now, false), Object::toString),
								lines(ReportQueries.promiseCounts(tx, f, now, true), Object::toString),
								"promise counts after the migration at " + now + ", " + f);
					}
				}
				return null;
			});
		}
	}

	/**
	 * The promised-callback report's list (overdue, open, closed, each by due time and id), read as three ranges of
	 * an index in that order (schema version 27), equals the one query that sorts the period's promises: random
	 * promises, many due at the same moment (the id decides), at moments before, inside and after the period, with
	 * and without the owner and engineer filters. The counts per owner, source and state (grouped by the stored
	 * columns; once folded, the closed promises from the summary of schema version 31 and the others row by row)
	 * equal those grouped by the state's expression over every promise, and the list holds as many as they count,
	 * up to 200: before any fold, after one, after changes (new promises, promises closed, folded ones edited
	 * through the repository: due time moved, owner changed, opened again) and after folding those.
	 */
	@Test
	void thePromisesListedByIndexRangesEqualTheSortedQuery() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			base(c);
			String[] closedAs = { null, "DONE", "DONE", "UNREACHABLE", "SUPERSEDED" };
			for (int i = 1; i <= 900; i++) {
				// due at whole hours, so that many share a moment
				Instant due = first.plusSeconds(3_600L * random.nextInt((int) (span / 3_600)));
				String closed = i % 3 == 0 ? null : closedAs[random.nextInt(closedAs.length)];
				insertPromise(c, 1_000 - i, due, closed,
						closed == null ? null : due.plusSeconds(600 - random.nextInt(1_200)));
			}
			return null;
		});
		comparePromises(store, "before any fold");
		// the list at a moment with overdue, open and closed promises in a short period holds all three
		List<String> states = store.reading(tx -> ReportQueries.promises(tx, PROMISE_SCOPES.get(3), PROMISE_NOWS.get(2), true)
				.stream().map(ReportQueries.Promise::status).distinct().toList());
		assertTrue(states.contains("OVERDUE") && states.contains("OPEN") && states.size() > 2, states.toString());

		// the closed promises in the summaries (schema version 31), the others read row by row
		ReportSummaries.Folded first = ReportSummaries.fold(store);
		assertTrue(first.promises() > 300, "the promises marked done are folded: " + first);
		assertTrue(count(store, "SELECT COUNT(*) FROM report_promises") > 0);
		assertEquals(0, count(store, "SELECT COUNT(*) FROM callback WHERE done AND report_fold = 0"));
		assertTrue(count(store, "SELECT COUNT(*) FROM callback WHERE NOT done AND report_fold = 0") > 100,
				"the promises still owed stay out of the summaries");
		comparePromises(store, "after the fold");
		promiseChanges(store);
		comparePromises(store, "after changes");
		ReportSummaries.fold(store);
		assertEquals(0, count(store, "SELECT COUNT(*) FROM callback WHERE done AND report_fold = 0"));
		comparePromises(store, "after folding the changes");
		promiseChanges(store);
		ReportSummaries.fold(store);
		promiseChanges(store);
		comparePromises(store, "after more changes and a third fold");
		store.close();
	}

	/**
	 * The states of a few promises counted by hand, the same before a fold, through the summaries after it, after
	 * an open promise is closed late (row by row) and after folding that: due in the week of 10 to 16 October at
	 * UTC+08:00, seen on 14 October at 12:00 there.
	 */
	@Test
	void promiseStatesCountedByHandThroughTheSummaries() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			base(c);
			// kept one minute late; kept early; still owed, due after now; owed, due before now (overdue)
			promise(c, 1, "2026-10-11T02:00:00Z", "DONE", "2026-10-11T02:01:00Z");
			promise(c, 2, "2026-10-11T03:00:00Z", "DONE", "2026-10-11T02:59:00Z");
			promise(c, 3, "2026-10-15T02:00:00Z", null, null);
			promise(c, 4, "2026-10-12T02:00:00Z", null, null);
			// due on the last day (18:00 there), kept after the period: late
			promise(c, 5, "2026-10-16T10:00:00Z", "DONE", "2026-10-20T00:00:00Z");
			// due just after the period there (17 October 01:00): not counted
			promise(c, 6, "2026-10-16T17:00:00Z", "DONE", "2026-10-16T16:00:00Z");
			promise(c, 7, "2026-10-13T02:00:00Z", "UNREACHABLE", "2026-10-13T03:00:00Z");
			promise(c, 8, "2026-10-13T05:00:00Z", "SUPERSEDED", "2026-10-12T05:00:00Z");
			// due on the first day (00:30 there), marked done by hand without a closing time: on time
			promise(c, 9, "2026-10-09T16:30:00Z", "", null);
			return null;
		});
		Scope week = new Scope(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 16), null, null, null, null, null);
		Instant now = Instant.parse("2026-10-14T04:00:00Z");
		String before = "{LATE=2, ON_TIME=2, OPEN=1, OVERDUE=1, SUPERSEDED=1, UNREACHABLE=1}";
		assertEquals(before, states(store, week, now, false));
		assertEquals(before, states(store, week, now, true));
		long dirty = count(store, "SELECT COUNT(*) FROM plan_dirty");
		ReportSummaries.Folded folded = ReportSummaries.fold(store);
		assertEquals(7, folded.promises(), "the seven marked done");
		// folding is no change for the planner's daily run (its trigger fires only for the columns it reads)
		assertEquals(dirty, count(store, "SELECT COUNT(*) FROM plan_dirty"), "changes recorded for the daily run");
		assertEquals(before, states(store, week, now, true), "through the summaries");
		// the promise still owed is kept one minute late: read row by row until the next fold
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE callback SET done = TRUE, closed_as = 'DONE', "
						+ "closed_at = TIMESTAMP('2026-10-15 02:01:00') WHERE id = 3");
			}
			return null;
		});
		String after = "{LATE=3, ON_TIME=2, OVERDUE=1, SUPERSEDED=1, UNREACHABLE=1}";
		assertEquals(after, states(store, week, now, false));
		assertEquals(after, states(store, week, now, true));
		assertEquals(1, ReportSummaries.fold(store).promises());
		assertEquals(after, states(store, week, now, true), "through the summaries after the second fold");
		// a folded promise moved out of the period by an edit leaves the summaries with it
		org.revisit.model.Callback moved = store.callbacks().find(1);
		moved.setDueAt(java.util.Date.from(Instant.parse("2026-10-20T02:00:00Z")));
		store.callbacks().update(moved, "boss");
		String edited = "{LATE=2, ON_TIME=2, OVERDUE=1, SUPERSEDED=1, UNREACHABLE=1}";
		assertEquals(edited, states(store, week, now, false));
		assertEquals(edited, states(store, week, now, true));
		ReportSummaries.fold(store);
		assertEquals(edited, states(store, week, now, true));
		store.close();
	}

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/**
	 * London's clocks go forward on 29 March 2026 at 01:00 UTC and back on 25 October at 01:00 UTC; its midnights
	 * are at 00:00 UTC in winter, 23:00 UTC in summer.
	 */
	private void londonData() {
		first = Instant.parse("2026-03-01T00:00:00Z");
		span = 250L * 86_400;
		edges = Stream.of("2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-03-28T00:00:00Z",
				"2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z", "2026-03-30T23:00:00Z", "2026-10-24T23:00:00Z",
				"2026-10-25T00:00:00Z", "2026-10-25T23:00:00Z", "2026-10-26T00:00:00Z").map(Instant::parse).toList();
	}

	/**
	 * The scopes of the London tests: in London (served by summaries kept in London), over the whole data, the
	 * weeks and days of the changes, with filters; in UTC over the October change (rows), in UTC in November
	 * (London's offset is UTC's then: served), in Asia/Shanghai (rows).
	 */
	private static List<Scope> londonScopes() {
		LocalDate from = LocalDate.of(2026, 2, 27);
		LocalDate to = LocalDate.of(2026, 11, 10);
		String london = LONDON.getId();
		return List.of(new Scope(from, to, null, null, null, null, london),
				new Scope(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 2), null, null, null, null, london),
				new Scope(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), null, null, null, null, london),
				new Scope(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), null, null, null, null, london),
				new Scope(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 30), 1L, null, null, null, london),
				new Scope(from, to, null, "hs", "wang", null, london),
				new Scope(from, to, null, null, null, "eng1", london),
				new Scope(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 30), null, null, null, null, "UTC"),
				new Scope(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), null, null, null, null, "UTC"),
				new Scope(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 2), null, null, null, null, "Asia/Shanghai"));
	}

	/** Which of {@link #londonScopes()} summaries kept in London serve. */
	private static final List<Boolean> LONDON_SERVED = List.of(true, true, true, true, true, true, true, false, true,
			false);

	/**
	 * With the report zone Europe/London, folds put each row on its day in London across both changes of 2026
	 * (rows made within 90 s of the changes and of London's midnights): every report of the London scopes through
	 * the summaries equals the rows, before a fold, after folds, after changes, and the promise counts too; the
	 * scopes in other zones are still right (UTC in the October change and Asia/Shanghai read the rows, UTC in
	 * November is served). Grouped by day, the summaries hold days of London.
	 */
	@Test
	void foldsInALondonReportZoneEqualTheRowsAcrossBothChanges() {
		londonData();
		List<Scope> scopes = londonScopes();
		for (int i = 0; i < scopes.size(); i++) {
			assertEquals(LONDON_SERVED.get(i), ReportSummaries.serves(scopes.get(i), LONDON), scopes.get(i).toString());
		}
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		ReportSummaries.Rezoned empty = ReportSummaries.rezone(store, LONDON);
		assertEquals(ReportSummaries.DEFAULT_ZONE, empty.before());
		assertEquals(LONDON, ReportSummaries.zone(store));
		store.inTransaction(c -> {
			base(c);
			calls(c, 600);
			for (int i = 1; i <= 300; i++) {
				Instant due = i % 3 == 0 ? edge() : first.plusSeconds(random.nextLong(span));
				String closed = new String[] { null, "DONE", "UNREACHABLE", "SUPERSEDED" }[random.nextInt(4)];
				insertPromise(c, i, due, closed, closed == null ? null : due.plusSeconds(600 - random.nextInt(1_200)));
			}
			return null;
		});
		compareLondon(store, "before any fold");
		ReportSummaries.Folded folded = ReportSummaries.fold(store);
		assertTrue(folded.outcomes() > 0 && folded.tasks() > 0 && folded.promises() > 0, folded.toString());
		compareLondon(store, "after the fold");
		store.inTransaction(c -> {
			changes(c);
			return null;
		});
		compareLondon(store, "after changes");
		assertTrue(ReportSummaries.fold(store).refolded() > 0);
		promiseChanges(store);
		compareLondon(store, "after folding the changes and changing promises");
		ReportSummaries.fold(store);
		compareLondon(store, "after a third fold");
		// the days of the rows made near the changes and midnights, in the summaries, are London's
		assertEquals(count(store, "SELECT COUNT(*) FROM call_outcome WHERE started_at >= TIMESTAMP('2026-03-28 00:00:00') "
				+ "AND started_at < TIMESTAMP('2026-03-29 00:00:00')"),
				count(store, "SELECT SUM(calls) FROM report_outcomes WHERE on_day = DATE('2026-03-28')"));
		assertEquals(count(store, "SELECT COUNT(*) FROM call_outcome WHERE started_at >= TIMESTAMP('2026-03-29 00:00:00') "
				+ "AND started_at < TIMESTAMP('2026-03-29 23:00:00')"),
				count(store, "SELECT SUM(calls) FROM report_outcomes WHERE on_day = DATE('2026-03-29')"));
		assertEquals(count(store, "SELECT COUNT(*) FROM call_outcome WHERE started_at >= TIMESTAMP('2026-10-24 23:00:00') "
				+ "AND started_at < TIMESTAMP('2026-10-26 00:00:00')"),
				count(store, "SELECT SUM(calls) FROM report_outcomes WHERE on_day = DATE('2026-10-25')"));
		store.close();
	}

	/** The London scopes' reports and promise counts through the summaries against the rows. */
	private static void compareLondon(Store store, String when) {
		compare(store, when, londonScopes());
		store.reading(tx -> {
			for (Scope f : londonScopes()) {
				for (Instant now : List.of(Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"),
						Instant.parse("2026-12-31T00:00:00Z"))) {
					assertEquals(lines(ReportQueries.promiseCounts(tx, f, now, false), Object::toString),
							lines(ReportQueries.promiseCounts(tx, f, now, true), Object::toString),
							"promise counts " + when + " at " + now + ", " + f);
					assertEquals(ReportQueries.promises(tx, f, now, false), ReportQueries.promises(tx, f, now, true),
							"promises " + when + " at " + now + ", " + f);
				}
			}
			return null;
		});
	}

	/** The same calls, changes, folds and promises on a store in its report zone now. */
	private void londonHistory(Store store) {
		store.inTransaction(c -> {
			base(c);
			calls(c, 400);
			for (int i = 1; i <= 200; i++) {
				Instant due = i % 3 == 0 ? edge() : first.plusSeconds(random.nextLong(span));
				String closed = new String[] { null, "DONE", "UNREACHABLE" }[random.nextInt(3)];
				insertPromise(c, i, due, closed, closed == null ? null : due.plusSeconds(600 - random.nextInt(1_200)));
			}
			return null;
		});
		ReportSummaries.fold(store);
		store.inTransaction(c -> {
			changes(c);
			return null;
		});
		ReportSummaries.fold(store);
		promiseChanges(store);
		store.inTransaction(c -> {
			changes(c);
			return null;
		});
	}

	/**
	 * Changing the report zone of a database with folded rows (and a tail: open tasks, late outcomes, edited
	 * promises) from Asia/Shanghai to Europe/London computes the summaries again: they then hold exactly the rows
	 * of the summaries of a database that had the zone from the start and the same history, and every report
	 * equals the rows; setting the same zone again changes nothing; a fold after the change folds in London.
	 */
	@Test
	void changingTheReportZoneGivesTheSummariesOfADatabaseInThatZone() {
		londonData();
		ReportSummaryTest twin = new ReportSummaryTest();
		twin.londonData();
		try (Store changed = Store.open(StoreConfig.embedded(dir.resolve("changed")).withClock(TestClock.fixed()));
				Store fresh = Store.open(StoreConfig.embedded(dir.resolve("fresh")).withClock(TestClock.fixed()))) {
			ReportSummaries.rezone(fresh, LONDON);
			twin.londonHistory(fresh);
			londonHistory(changed);
			assertEquals(ReportSummaries.DEFAULT_ZONE, ReportSummaries.zone(changed));
			assertFalse(summaryRows(changed).equals(summaryRows(fresh)), "the days differ before the change");
			long tail = ReportSummaries.tail(changed);
			ReportSummaries.Rezoned r = ReportSummaries.rezone(changed, LONDON);
			assertEquals(ReportSummaries.DEFAULT_ZONE, r.before());
			assertEquals(LONDON, r.after());
			assertTrue(r.rows() > 100 && r.tries() == 1, r.toString());
			assertEquals(LONDON, ReportSummaries.zone(changed));
			assertEquals(tail, ReportSummaries.tail(changed), "the change folds nothing");
			assertEquals(summaryRows(fresh), summaryRows(changed));
			compareLondon(changed, "after the change");
			assertEquals(0, ReportSummaries.rezone(changed, ZoneId.of("Europe/London")).rows(), "no change");
			ReportSummaries.fold(changed);
			ReportSummaries.fold(fresh);
			assertEquals(summaryRows(fresh), summaryRows(changed), "after a fold in each");
			compareLondon(changed, "after a fold after the change");
			// and back: the reports in Shanghai are served again and equal the rows
			ReportSummaries.rezone(changed, ReportSummaries.DEFAULT_ZONE);
			compare(changed, "back in Asia/Shanghai", List.of(new Scope(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 10),
					null, null, null, null, null), new Scope(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), null, null,
							null, null, LONDON.getId())));
		}
	}

	/** The summary tables: name, group columns, sum columns. */
	private static final String[][] SUMMARY_TABLES = {
			{ "report_calls", "on_day, campaign_id, call_type, agent, engineer", "planned, attempted, reached, completed, "
					+ "refused, unreachable, wrong_number, attempts, talk_seconds" },
			{ "report_outcomes", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version",
					"calls" },
			{ "report_scores", "on_day, campaign_id, call_type, agent, engineer, kind, aspect, score", "scored" },
			{ "report_answers", "on_day, campaign_id, call_type, agent, engineer, kind, script_id, script_version, "
					+ "step_number, answer_label", "answered" },
			{ "report_promises", "on_day, owner, source, engineer, closed_as", "promises, late" } };

	/**
	 * What every summary table holds, group by group (a fold adds rows per group and an edit adds negative ones
	 * until the next compaction): the groups whose sums are not all 0, as text, sorted.
	 */
	private static List<String> summaryRows(Store store) {
		return store.read(c -> {
			List<String> rows = new ArrayList<>();
			for (String[] t : SUMMARY_TABLES) {
				StringBuilder select = new StringBuilder("SELECT ").append(t[1]);
				for (String sum : t[2].split(", ")) {
					select.append(", SUM(").append(sum).append(")");
				}
				select.append(" FROM ").append(t[0]).append(" GROUP BY ").append(t[1]);
				int keys = t[1].split(", ").length;
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select.toString())) {
					int n = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						StringBuilder row = new StringBuilder(t[0]);
						boolean any = false;
						for (int i = 1; i <= n; i++) {
							row.append(' ').append(rs.getString(i));
							any |= i > keys && rs.getLong(i) != 0;
						}
						if (any) {
							rows.add(row.toString());
						}
					}
				}
			}
			rows.sort(null);
			return rows;
		});
	}

	/**
	 * A folded promise edited, or a campaign's folded tasks deleted, counts as a change of what is folded (the
	 * mark's fold number grows: a change of the report zone under way computes its summaries again); an edit of a
	 * promise not folded does not.
	 */
	@Test
	void takingFoldedRowsOutCountsAsAChange() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		store.inTransaction(c -> {
			base(c);
			promise(c, 1, "2026-10-11T02:00:00Z", "DONE", "2026-10-11T02:01:00Z");
			promise(c, 2, "2026-10-12T02:00:00Z", null, null);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (9, 'rv', 'gone')");
			}
			task(c, 9L, "rv", "COMPLETED", null, null);
			return null;
		});
		ReportSummaries.fold(store);
		int fold = ReportSummaries.mark(store).fold();
		org.revisit.model.Callback open = store.callbacks().find(2);
		open.setOwner("li");
		store.callbacks().update(open, "boss");
		assertEquals(fold, ReportSummaries.mark(store).fold(), "a promise not folded");
		org.revisit.model.Callback done = store.callbacks().find(1);
		done.setOwner("li");
		store.callbacks().update(done, "boss");
		assertEquals(fold + 1, ReportSummaries.mark(store).fold(), "a folded promise");
		store.campaigns().delete(9L, "boss");
		assertEquals(fold + 2, ReportSummaries.mark(store).fold(), "a campaign with folded tasks");
		store.close();
	}

	/** The promises of a scope counted per state, in the order of the states' names. */
	private static String states(Store store, Scope f, Instant now, boolean fast) {
		return store.reading(tx -> {
			java.util.TreeMap<String, Long> n = new java.util.TreeMap<>();
			for (ReportQueries.PromiseCount pc : ReportQueries.promiseCounts(tx, f, now, fast)) {
				n.merge(pc.status(), pc.count(), Long::sum);
			}
			return n.toString();
		});
	}

	/** A promise of wang's agreed in a call: closed as {@code closedAs} ("" marked done by hand, null still owed). */
	private static void promise(Connection c, long id, String due, String closedAs, String closedAt) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO callback (id, contact_id, due_at, owner, source, "
				+ "done, closed_as, closed_at) VALUES (?, 1, ?, 'wang', 'CALL', ?, ?, ?)")) {
			p.setLong(1, id);
			p.setTimestamp(2, stamp(Instant.parse(due)), utc());
			p.setBoolean(3, closedAs != null);
			p.setString(4, closedAs == null || closedAs.isEmpty() ? null : closedAs);
			p.setTimestamp(5, closedAt == null ? null : stamp(Instant.parse(closedAt)), utc());
			p.executeUpdate();
		}
	}

	private static final LocalDate PROMISES_FROM = LocalDate.of(2026, 10, 5);
	private static final LocalDate PROMISES_TO = LocalDate.of(2026, 10, 25);
	/** The scopes of the promise comparisons: the summaries serve all but the one in UTC. */
	private static final List<Scope> PROMISE_SCOPES = List.of(new Scope(PROMISES_FROM, PROMISES_TO, null, null, null, null, null),
			new Scope(PROMISES_FROM, PROMISES_TO, null, null, "wang", null, null),
			new Scope(PROMISES_FROM, PROMISES_TO, null, null, null, "eng1", null),
			new Scope(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12), null, null, null, null, "UTC"),
			new Scope(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), null, null, null, null, null),
			new Scope(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12), null, null, null, null, "Asia/Shanghai"));
	private static final List<Instant> PROMISE_NOWS = List.of(Instant.parse("2026-09-01T00:00:00Z"),
			Instant.parse("2026-10-12T07:00:00Z"), Instant.parse("2026-10-12T07:00:01Z"),
			Instant.parse("2026-10-20T16:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"));

	/**
	 * The promise list (index ranges) equals the sorted query, and the counts (through the summaries where they
	 * serve) equal those grouped by the state's expression over every promise of the period.
	 */
	private static void comparePromises(Store store, String when) {
		store.reading(tx -> {
			int listed = 0;
			for (Scope f : PROMISE_SCOPES) {
				for (Instant now : PROMISE_NOWS) {
					String at = when + ", at " + now + ", " + f;
					List<ReportQueries.Promise> sorted = ReportQueries.promises(tx, f, now, false);
					assertEquals(sorted, ReportQueries.promises(tx, f, now, true), "promises " + at);
					listed += sorted.size();
					List<ReportQueries.PromiseCount> counts = ReportQueries.promiseCounts(tx, f, now, true);
					assertEquals(lines(ReportQueries.promiseCounts(tx, f, now, false), Object::toString),
							lines(counts, Object::toString), "promise counts " + at);
					long counted = counts.stream().mapToLong(ReportQueries.PromiseCount::count).sum();
					assertEquals(Math.min(ReportQueries.LISTED, counted), sorted.size(), "listed of " + counted + ", " + at);
				}
			}
			// the whole period lists 200 and mixes the three parts
			List<ReportQueries.Promise> all = ReportQueries.promises(tx, PROMISE_SCOPES.get(4), PROMISE_NOWS.get(2), true);
			assertEquals(ReportQueries.LISTED, all.size());
			assertTrue(listed > 1_000, "listed " + listed);
			return null;
		});
	}

	/**
	 * What happens to promises after a fold: new ones (some closed at once), open ones closed (made, late or on
	 * time, unreachable, superseded), and folded ones edited through the repository (due time moved, owner changed,
	 * opened again).
	 */
	private void promiseChanges(Store store) {
		store.inTransaction(c -> {
			long next = count(c, "SELECT MAX(id) FROM callback") + 1;
			String[] closedAs = { null, "DONE", "UNREACHABLE" };
			for (int i = 0; i < 40; i++) {
				String closed = closedAs[random.nextInt(closedAs.length)];
				Instant due = first.plusSeconds(3_600L * random.nextInt((int) (span / 3_600)));
				insertPromise(c, next + i, due, closed, closed == null ? null : due.plusSeconds(600 - random.nextInt(1_200)));
			}
			for (long id : ids(c, "SELECT id FROM callback WHERE NOT done")) {
				int what = random.nextInt(6);
				if (what < 3) {
					String as = new String[] { "DONE", "UNREACHABLE", "SUPERSEDED" }[what];
					// closed up to ten minutes before or after the promised moment
					update(c, "UPDATE callback SET done = TRUE, closed_as = '" + as + "', closed_at = "
							+ "{fn TIMESTAMPADD(SQL_TSI_SECOND, " + (600 - random.nextInt(1_200)) + ", due_at)} WHERE id = " + id);
				}
			}
			return null;
		});
		List<Long> folded = store.read(c -> ids(c, "SELECT id FROM callback WHERE report_fold > 0"));
		for (int i = 0; i < 25; i++) {
			org.revisit.model.Callback cb = store.callbacks().find(folded.get(random.nextInt(folded.size())));
			switch (i % 3) {
			case 0 -> cb.setDueAt(java.util.Date.from(first.plusSeconds(3_600L * random.nextInt((int) (span / 3_600)))));
			case 1 -> cb.setOwner(AGENTS[random.nextInt(AGENTS.length)]);
			default -> cb.setDone(false);
			}
			store.callbacks().update(cb, "boss");
		}
	}

	private void insertPromise(Connection c, long id, Instant due, String closed, Instant closedAt) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO callback (id, contact_id, due_at, owner, source, "
				+ "service_event_id, done, closed_as, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setLong(2, 1 + random.nextInt(30));
			p.setTimestamp(3, stamp(due), utc());
			p.setString(4, random.nextInt(6) == 0 ? null : AGENTS[random.nextInt(AGENTS.length)]);
			p.setString(5, random.nextBoolean() ? "CALL" : "COMPLAINT");
			p.setObject(6, random.nextInt(3) == 0 ? null : Long.valueOf(1 + random.nextInt(40)));
			p.setBoolean(7, closed != null && !closed.equals("SUPERSEDED") || random.nextInt(10) == 0);
			p.setString(8, closed);
			p.setTimestamp(9, closedAt == null ? null : stamp(closedAt), utc());
			p.executeUpdate();
		}
	}

	private static long count(Store store, String sql) {
		return store.read(c -> count(c, sql));
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Every report query through the summaries against the rows, for scopes the summaries serve and others. */
	private static void compare(Store store, String when) {
		LocalDate from = LocalDate.of(2026, 9, 28);
		LocalDate to = LocalDate.of(2026, 11, 15);
		List<Scope> scopes = new ArrayList<>();
		scopes.add(new Scope(from, to, null, null, null, null, null));
		scopes.add(new Scope(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 20), null, null, null, null,
				"Asia/Shanghai"));
		scopes.add(new Scope(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15), null, null, null, null, null));
		scopes.add(new Scope(from, to, 1L, null, null, null, null));
		scopes.add(new Scope(from, to, null, "hs", null, null, null));
		scopes.add(new Scope(from, to, null, null, "wang", null, null));
		scopes.add(new Scope(from, to, null, null, null, "eng1", null));
		scopes.add(new Scope(from, to, 2L, "rv", "li", null, null));
		scopes.add(new Scope(from, to, null, null, null, null, "Asia/Singapore"));
		scopes.add(new Scope(from, to, null, null, null, null, "Europe/Berlin"));
		scopes.add(new Scope(from, to, null, null, null, null, "UTC"));
		assertTrue(ReportSummaries.serves(scopes.get(0), ReportSummaries.DEFAULT_ZONE));
		assertTrue(ReportSummaries.serves(scopes.get(8), ReportSummaries.DEFAULT_ZONE));
		assertFalse(ReportSummaries.serves(scopes.get(9), ReportSummaries.DEFAULT_ZONE));
		assertFalse(ReportSummaries.serves(scopes.get(10), ReportSummaries.DEFAULT_ZONE));
		compare(store, when, scopes);
	}

	/** Every report query of {@code scopes} through the summaries against the rows. */
	private static void compare(Store store, String when, List<Scope> scopes) {
		store.reading(tx -> {
			for (Scope f : scopes) {
				String at = when + ", " + f;
				List<By> bys = new ArrayList<>(Arrays.asList(By.values()));
				bys.add(null);
				for (By by : bys) {
					List<String> rows = lines(ReportQueries.calling(tx, f, by, false), k -> k.key() + " "
							+ Arrays.toString(k.figures()));
					assertFalse(rows.isEmpty());
					assertEquals(rows, lines(ReportQueries.calling(tx, f, by, true), k -> k.key() + " "
							+ Arrays.toString(k.figures())), "calling by " + by + ", " + at);
				}
				assertEquals(lines(ReportQueries.scores(tx, f, false), Object::toString),
						lines(ReportQueries.scores(tx, f, true), Object::toString), "scores, " + at);
				for (List<String> types : Arrays.asList(null, SUPERVISION, List.<String>of())) {
					for (boolean byAgent : new boolean[] { false, true }) {
						assertEquals(lines(ReportQueries.answers(tx, f, types, byAgent, false), Object::toString),
								lines(ReportQueries.answers(tx, f, types, byAgent, true), Object::toString),
								"answers " + types + " " + byAgent + ", " + at);
					}
				}
				assertEquals(lines(ReportQueries.supervisionCalls(tx, f, SUPERVISION, false), Object::toString),
						lines(ReportQueries.supervisionCalls(tx, f, SUPERVISION, true), Object::toString),
						"supervision calls, " + at);
				assertEquals(lines(ReportQueries.supervisionScores(tx, f, SUPERVISION, false), Object::toString),
						lines(ReportQueries.supervisionScores(tx, f, SUPERVISION, true), Object::toString),
						"supervision scores, " + at);
				assertEquals(lines(ReportQueries.callsByScript(tx, f, false), Object::toString),
						lines(ReportQueries.callsByScript(tx, f, true), Object::toString), "calls by script, " + at);
			}
			// the lists of the latest 200, read latest first along an index, equal one sorting query's
			List<ReportQueries.AnswerKey> bad = new ArrayList<>();
			for (String script : new String[] { "s0", "s1" }) {
				for (int version = 1; version <= 2; version++) {
					for (int step = 1; step <= 4; step++) {
						bad.add(new ReportQueries.AnswerKey(script, version, step, "no"));
						bad.add(new ReportQueries.AnswerKey(script, version, step, "dissatisfied"));
					}
				}
			}
			for (Scope f : scopes) {
				List<ReportQueries.Recorded> reasons = ReportQueries.reasons(tx, f, false);
				assertEquals(reasons, ReportQueries.reasons(tx, f, true), "reasons, " + when + ", " + f);
				List<ReportQueries.BadAnswer> worst = ReportQueries.worst(tx, f, SUPERVISION, bad, false);
				assertEquals(worst, ReportQueries.worst(tx, f, SUPERVISION, bad, true), "worst, " + when + ", " + f);
			}
			assertFalse(ReportQueries.reasons(tx, scopes.get(0), true).isEmpty());
			assertFalse(ReportQueries.worst(tx, scopes.get(0), SUPERVISION, bad, true).isEmpty());
			// the figures are not all empty
			assertNotNull(ReportQueries.calling(tx, scopes.get(0), null, true).get(0));
			assertTrue(ReportQueries.calling(tx, scopes.get(0), null, true).get(0).figures()[2] > 0);
			return null;
		});
	}

	private static <T> List<String> lines(List<T> rows, java.util.function.Function<T, String> text) {
		return rows.stream().map(text).sorted().toList();
	}

	private static long tailTasks(Store store) {
		return store.read(c -> {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM call_task WHERE report_fold = 0")) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	private void base(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (int i = 1; i <= 30; i++) {
				s.executeUpdate("INSERT INTO contact (id, name) VALUES (" + i + ", '客户" + i + "')");
			}
			for (int i = 1; i <= 3; i++) {
				s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (" + i + ", '" + TYPES[i - 1]
						+ "', 'c" + i + "')");
			}
			for (int i = 1; i <= 40; i++) {
				s.executeUpdate("INSERT INTO service_event (id, kind, occurred_at, contact_id, engineer) VALUES (" + i
						+ ", '" + (i % 3 == 0 ? "ONSITE_VISIT" : "HOTLINE_TICKET") + "', TIMESTAMP('2026-10-01 00:00:00'), "
						+ (1 + i % 30) + ", " + (i % 7 == 0 ? "NULL" : "'eng" + (i % 5) + "'") + ")");
			}
		}
	}

	/** {@code n} tasks of random states, most with outcomes, some outcomes without a task. */
	private void calls(Connection c, int n) throws SQLException {
		for (int i = 0; i < n; i++) {
			String state = STATES[random.nextInt(STATES.length)];
			String reason = random.nextInt(4) == 0 ? "WRONG_NUMBER" : random.nextInt(3) == 0 ? "NO_ANSWER" : null;
			Long campaign = random.nextInt(6) == 0 ? null : Long.valueOf(1 + random.nextInt(3));
			Long event = random.nextInt(3) == 0 ? null : Long.valueOf(1 + random.nextInt(40));
			long task = task(c, campaign, TYPES[random.nextInt(TYPES.length)], state, reason, event);
			int outcomes = random.nextInt(5) == 0 ? 2 : random.nextInt(3) == 0 ? 0 : 1;
			for (int k = 0; k < outcomes; k++) {
				outcome(c, task);
			}
		}
		for (int i = 0; i < n / 20; i++) {
			outcome(c, null);
		}
	}

	/** What happens after a fold: new calls, open tasks finished, rescheduled or cancelled, late outcomes. */
	private void changes(Connection c) throws SQLException {
		calls(c, 60);
		List<Long> open = ids(c, "SELECT id FROM call_task WHERE state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')");
		for (long id : open) {
			switch (random.nextInt(5)) {
			case 0 -> {
				update(c, "UPDATE call_task SET state = 'COMPLETED', attempts = attempts + 1 WHERE id = " + id);
				outcome(c, id);
			}
			case 1 -> update(c, "UPDATE call_task SET state = 'UNREACHABLE', reason = 'NO_ANSWER', "
					+ "attempts = attempts + 1 WHERE id = " + id);
			case 2 -> {
				PreparedStatement p = c.prepareStatement("UPDATE call_task SET state = 'RESCHEDULED', due_from = ?, "
						+ "attempts = attempts + 1 WHERE id = ?");
				p.setTimestamp(1, stamp(first.plusSeconds(random.nextLong(span))), utc());
				p.setLong(2, id);
				p.executeUpdate();
				p.close();
			}
			case 3 -> update(c, "UPDATE call_task SET state = 'CANCELLED' WHERE state = 'PLANNED' AND id = " + id);
			default -> {
			}
			}
		}
		// outcomes recorded late on tasks already folded (the store takes an outcome on any task)
		List<Long> folded = ids(c, "SELECT id FROM call_task WHERE report_fold > 0 AND state <> 'CANCELLED'");
		for (int i = 0; i < 15 && !folded.isEmpty(); i++) {
			outcome(c, folded.get(random.nextInt(folded.size())));
		}
	}

	private static List<Long> ids(Connection c, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	private static void update(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	private long task(Connection c, Long campaign, String type, String state, String reason, Long event)
			throws SQLException {
		long id = nextTask++;
		// due times spread over the period, some near midnight at UTC+8 (16:00 UTC)
		Instant due = !edges.isEmpty() && random.nextInt(4) == 0 ? edge()
				: random.nextInt(8) == 0
				? first.plusSeconds(86_400L * random.nextInt((int) (span / 86_400)) + 16 * 3_600 - 30 + random.nextInt(60))
				: first.plusSeconds(random.nextLong(span));
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, "
				+ "due_from, due_to, priority, attempts, state, reason, source_event_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?, 50, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setLong(2, 1 + random.nextInt(30));
			p.setObject(3, campaign);
			p.setString(4, type);
			p.setTimestamp(5, stamp(due), utc());
			p.setTimestamp(6, stamp(due.plusSeconds(3_600)), utc());
			p.setInt(7, state.equals("PLANNED") ? 0 : random.nextInt(4));
			p.setString(8, state);
			p.setString(9, reason);
			p.setObject(10, event);
			p.executeUpdate();
		}
		return id;
	}

	private void outcome(Connection c, Long task) throws SQLException {
		long id = nextOutcome++;
		Instant start = !edges.isEmpty() && random.nextInt(4) == 0 ? edge()
				: random.nextInt(8) == 0
				? first.plusSeconds(86_400L * random.nextInt((int) (span / 86_400)) + 16 * 3_600 - 30 + random.nextInt(60))
				: first.plusSeconds(random.nextLong(span));
		int script = random.nextInt(3);
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, "
				+ "started_at, ended_at, disposition, script_id, script_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setObject(2, task);
			p.setLong(3, 1 + random.nextInt(30));
			p.setString(4, AGENTS[random.nextInt(AGENTS.length)]);
			p.setTimestamp(5, stamp(start), utc());
			p.setTimestamp(6, random.nextInt(6) == 0 ? null : stamp(start.plusSeconds(30 + random.nextInt(600))), utc());
			p.setString(7, DISPOSITIONS[random.nextInt(DISPOSITIONS.length)]);
			p.setString(8, script == 2 ? null : "s" + script);
			p.setObject(9, script == 2 ? null : Integer.valueOf(1 + random.nextInt(2)));
			p.executeUpdate();
		}
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, step_number, "
				+ "answer_label, stepped_at) VALUES (?, ?, ?, ?, ?)")) {
			int steps = random.nextInt(4);
			int first = random.nextInt(2);
			for (int s = 0; s < steps; s++) {
				p.setLong(1, id);
				p.setInt(2, s);
				p.setInt(3, 1 + first + s);
				p.setString(4, LABELS[random.nextInt(LABELS.length)]);
				p.setTimestamp(5, stamp(start), utc());
				p.executeUpdate();
			}
		}
		if (random.nextBoolean()) {
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO call_outcome_value (outcome_id, field, field_value) VALUES (?, ?, ?)")) {
				p.setLong(1, id);
				p.setString(2, random.nextBoolean() ? "the reason" : "不满意原因");
				p.setString(3, "太慢了 " + id);
				p.executeUpdate();
			}
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (?, ?, ?)")) {
			for (String aspect : new String[] { "speed", "attitude" }) {
				if (random.nextBoolean()) {
					p.setLong(1, id);
					p.setString(2, aspect);
					p.setInt(3, 1 + random.nextInt(5));
					p.executeUpdate();
				}
			}
		}
	}

	/** One of the edges, give or take 90 seconds. */
	private Instant edge() {
		return edges.get(random.nextInt(edges.size())).plusSeconds(90 - random.nextInt(181));
	}

	private static Timestamp stamp(Instant at) {
		return Timestamp.from(at);
	}

	private static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}
}
