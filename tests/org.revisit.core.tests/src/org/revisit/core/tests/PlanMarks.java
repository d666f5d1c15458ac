package org.revisit.core.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.revisit.store.Store;

/**
 * Which contacts a planning run decided, told by what every run records for the daily run ({@code plan_wake}, schema
 * version 29): a run writes the record of each contact it decides anew. {@link #mark} gives the records of the
 * decisions settled beyond the run's first day a wake day no run writes ({@link #MARK}; for the run it is beyond
 * that day as before, so the run chooses the same contacts); the records still marked after the run are those of
 * the contacts it left out. A full run decides every contact, so it leaves none marked.
 */
final class PlanMarks {

	/** The day no run writes (the planner's "never" is 9999-12-31). */
	static final LocalDate MARK = LocalDate.of(9999, 12, 30);

	private PlanMarks() {
	}

	/**
	 * Marks the records of the decisions settled beyond {@code day} and returns the contacts that a daily run from
	 * {@code day} leaves out unless something of them changes: the marked contacts whose own chunk plans their
	 * events (not contacts who left) and whose chunk plans no unsettled contact's events (not a successor's).
	 */
	static Set<Long> mark(Store store, LocalDate day) {
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE plan_wake SET wake = ? WHERE wake > ?")) {
				p.setDate(1, java.sql.Date.valueOf(MARK));
				p.setDate(2, java.sql.Date.valueOf(day));
				p.executeUpdate();
			}
			Set<Long> alone = ids(c, "SELECT contact_id FROM plan_wake WHERE wake = ? AND home = contact_id");
			alone.removeAll(ids(c, "SELECT home FROM plan_wake WHERE wake <> ?"));
			return alone;
		});
	}

	/** The contacts whose records are still marked: those the runs since {@link #mark} did not decide. */
	static Set<Long> kept(Store store) {
		return store.read(c -> ids(c, "SELECT contact_id FROM plan_wake WHERE wake = ?"));
	}

	private static Set<Long> ids(Connection c, String select) throws SQLException {
		Set<Long> result = new HashSet<>();
		try (PreparedStatement p = c.prepareStatement(select)) {
			p.setDate(1, java.sql.Date.valueOf(MARK));
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getLong(1));
				}
			}
		}
		return result;
	}
}
