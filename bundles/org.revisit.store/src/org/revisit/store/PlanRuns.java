package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;

import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * The log and the locks of planning runs: the planning lock (one run at a time on a database), the record of each
 * run ({@code plan_run}: when, which horizon, who, what it changed), and the claim of the automatic run of a day
 * (kept as the {@code planner.dailyRun} row of the settings table, so that exactly one workbench runs it).
 */
public final class PlanRuns {

	private final Store store;

	PlanRuns(Store store) {
		this.store = store;
	}

	/** The planning lock, held while a run lasts; closing it releases it. */
	public interface RunLock extends AutoCloseable {
		@Override
		void close();
	}

	/**
	 * Takes the planning lock: one run at a time on a database, from any process. Waits while another run holds
	 * it (up to Derby's lock wait timeout, a minute by default); the lock goes with its connection, so a run that
	 * dies does not keep it.
	 *
	 * @throws StoreException saying that another planning run is in progress, if it is still held after the wait
	 */
	public RunLock lockRun() {
		Connection c;
		try {
			c = store.connect();
		} catch (SQLException e) {
			throw new StoreException("Cannot take the planning lock: " + Store.describe(e), e);
		}
		try {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("LOCK TABLE planning_lock IN EXCLUSIVE MODE");
			}
		} catch (SQLException e) {
			close(c);
			if ("40XL1".equals(e.getSQLState()) || "40XL2".equals(e.getSQLState()) || "X0X02".equals(e.getSQLState())) {
				throw new PlanningBusyException(e, Messages.Store_planningBusy);
			}
			throw new StoreException("Cannot take the planning lock: " + Store.describe(e), e);
		}
		return () -> close(c);
	}

	private static void close(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// closing below releases the lock anyway
		}
		try {
			c.close();
		} catch (SQLException e) {
			// nothing more to release
		}
	}

	/** Records a planning run; returns its id. */
	public long startRun(Instant startedAt, LocalDate from, LocalDate to, String who) {
		return store.inTransaction(c -> {
			long id = Ids.reserve(c, "plan_run", 1);
			try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_run (id, started_at, horizon_from, "
					+ "horizon_to, who) VALUES (?, ?, ?, ?, ?)")) {
				p.setLong(1, id);
				Jdbc.setInstant(p, 2, startedAt);
				Jdbc.setDate(p, 3, from);
				Jdbc.setDate(p, 4, to);
				p.setString(5, who);
				p.executeUpdate();
			}
			return id;
		});
	}

	/** Records the end of run {@code id} and what it changed. */
	public void finishRun(long id, Instant finishedAt, int created, int cancelled, int moved) {
		store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE plan_run SET finished_at = ?, created = ?, "
					+ "cancelled = ?, moved = ? WHERE id = ?")) {
				Jdbc.setInstant(p, 1, finishedAt);
				p.setInt(2, created);
				p.setInt(3, cancelled);
				p.setInt(4, moved);
				p.setLong(5, id);
				return p.executeUpdate();
			}
		});
	}

	/** When the last finished planning run ended, or {@code null}. */
	public Instant lastRun() {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT MAX(finished_at) FROM plan_run");
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return Jdbc.getInstant(rs, 1);
			}
		});
	}

	/**
	 * Claims the automatic planning run of {@code day} for the caller: true for exactly one caller per day,
	 * however many workbenches start at once on a shared database.
	 */
	public boolean claimDailyRun(LocalDate day) {
		String value = day.toString();
		return store.inTransaction(c -> {
			try (PreparedStatement u = c.prepareStatement("UPDATE app_setting SET setting_value = ? "
					+ "WHERE name = 'planner.dailyRun' AND setting_value < ?")) {
				u.setString(1, value);
				u.setString(2, value);
				if (u.executeUpdate() == 1) {
					return true;
				}
			}
			try (PreparedStatement i = c.prepareStatement("INSERT INTO app_setting VALUES ('planner.dailyRun', ?)")) {
				i.setString(1, value);
				i.executeUpdate();
				return true;
			} catch (SQLException e) {
				if ("23505".equals(e.getSQLState())) {
					return false; // someone else holds today (or a later day)
				}
				throw e;
			}
		});
	}
}
