package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.store.internal.Jdbc;

/**
 * What the daily planning run needs to decide only the contacts whose calls may have changed (schema version 29):
 * the contacts whose facts changed since a cut ({@code plan_dirty}, kept by triggers on every table the planner
 * reads, whatever writes it), for each contact the day its decision may change by itself and what a settled
 * decision added to the run's figures ({@code plan_wake}), and what the recording run assumed ({@code plan_state}).
 * Only the planner writes here, under the planning lock.
 */
public final class PlanChanges {

	/** What settled decisions add to a run's figures: proposals, and refusals by the gates that keep them. */
	public record Figures(long proposals, long already, long pending, long offList, long inactive) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

		public Figures plus(Figures o) {
			return new Figures(proposals + o.proposals, already + o.already, pending + o.pending, offList + o.offList,
					inactive + o.inactive);
		}

		public Figures minus(Figures o) {
			return new Figures(proposals - o.proposals, already - o.already, pending - o.pending, offList - o.offList,
					inactive - o.inactive);
		}
	}

	/**
	 * What the last recording run assumed: {@code fingerprint} of what every decision reads besides the contacts'
	 * own facts (campaigns, settings, calendar, call types), the horizon's length and first day, the service
	 * events it offered ({@code eventsFrom} to {@code eventsTo}), and the sums of the settled figures.
	 */
	public record State(String fingerprint, int days, LocalDate horizonFrom, Instant eventsFrom, Instant eventsTo,
			Marks marks, Figures settled) {
	}

	/**
	 * Where a run starts from: every change numbered up to {@code dirty} is committed, and so is every service
	 * event, callback, call task and outcome with an id below the watermarks.
	 */
	public record Marks(long dirty, long events, long callbacks, long tasks, long outcomes) {
	}

	/** A contact's record: the first planning day its decision may differ by itself, its chunk's contact, its figures. */
	public record Wake(long contactId, LocalDate wake, long home, Figures figures) {
	}

	private static final int PAGE = 500;

	private final Store store;

	PlanChanges(Store store) {
		this.store = store;
	}

	/** The state of the last recording run, or {@code null} (none, or a run stopped half-way). */
	public State state() {
		return store.read(c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fingerprint, days, horizon_from, "
					+ "events_from, events_to, proposals, already, pending, off_list, inactive, event_ids, callback_ids, "
					+ "task_ids, outcome_ids FROM plan_state WHERE id = 1")) {
				if (!rs.next()) {
					return null;
				}
				return new State(rs.getString(1), rs.getInt(2), Jdbc.getDate(rs, 3), Jdbc.getInstant(rs, 4),
						Jdbc.getInstant(rs, 5), new Marks(0, rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
						new Figures(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
			}
		});
	}

	/**
	 * The cut of the changes a run starts from. The watermarks first: reading a block's next id waits for the
	 * transaction that holds its row (drawing ids and inserting the rows), so every id below it is committed.
	 * Then the changes: the table lock waits for the transactions writing changes (their numbers were drawn
	 * before), so every change up to the cut is committed and every later one is numbered above it. (Two steps,
	 * so that the lock on the changes never waits for a transaction that waits for it.)
	 */
	public Marks cut() {
		Map<String, Long> next = store.inTransaction(c -> {
			Map<String, Long> result = new HashMap<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, next_id FROM id_block "
					+ "WHERE name IN ('service_event', 'callback', 'call_task', 'call_outcome')")) {
				while (rs.next()) {
					result.put(rs.getString(1), rs.getLong(2));
				}
			}
			return result;
		});
		long dirty = store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("LOCK TABLE plan_dirty IN EXCLUSIVE MODE");
				try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM plan_dirty")) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		return new Marks(dirty, next.getOrDefault("service_event", 1L), next.getOrDefault("callback", 1L),
				next.getOrDefault("call_task", 1L), next.getOrDefault("call_outcome", 1L));
	}

	/**
	 * {@code cut} with its task watermark moved past the tasks added since: those a run has just added, which it
	 * recorded its decisions with, so that the next run does not count them as changes. (The contacts given a call
	 * are decided again the next morning all the same: a call accepted leaves the contact's decision open until the
	 * horizon's first day, {@link #due}; this only keeps the run's own tasks out of {@link #changed}.) Only the
	 * planner adds tasks in a working database ({@code TaskRepository#insert} serves tests and benchmarks), one run
	 * at a time, and a run forgets the recorded state before it writes, so the tasks added between a run's cut and
	 * its end are that run's.
	 */
	public Marks withTasksAdded(Marks cut) {
		long next = store.inTransaction(c -> {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT next_id FROM id_block WHERE name = 'call_task'")) {
				return rs.next() ? rs.getLong(1) : cut.tasks();
			}
		});
		return new Marks(cut.dirty(), cut.events(), cut.callbacks(), Math.max(cut.tasks(), next), cut.outcomes());
	}

	/**
	 * The contacts with a change up to {@code cut}, or a service event, callback, call task or outcome added
	 * between the watermarks of {@code since} and those of {@code cut}.
	 */
	public Set<Long> changed(Marks since, Marks cut) {
		Set<Long> result = ids("SELECT DISTINCT contact_id FROM plan_dirty WHERE id <= " + cut.dirty());
		result.addAll(ids("SELECT DISTINCT contact_id FROM service_event WHERE id >= " + since.events() + " AND id < "
				+ cut.events() + " AND contact_id IS NOT NULL"));
		result.addAll(ids("SELECT DISTINCT contact_id FROM callback WHERE id >= " + since.callbacks() + " AND id < "
				+ cut.callbacks() + " AND contact_id IS NOT NULL"));
		result.addAll(ids("SELECT DISTINCT contact_id FROM call_task WHERE id >= " + since.tasks() + " AND id < "
				+ cut.tasks()));
		result.addAll(ids("SELECT DISTINCT contact_id FROM call_outcome WHERE id >= " + since.outcomes() + " AND id < "
				+ cut.outcomes()));
		result.addAll(ids("SELECT DISTINCT t.contact_id FROM call_outcome o JOIN call_task t ON t.id = o.task_id "
				+ "WHERE o.id >= " + since.outcomes() + " AND o.id < " + cut.outcomes()));
		return result;
	}

	/** The contacts whose decision may change by itself on {@code day}: woken on it or before. */
	public Set<Long> due(LocalDate day) {
		return store.read(c -> {
			Set<Long> result = new HashSet<>();
			try (PreparedStatement p = c.prepareStatement("SELECT contact_id FROM plan_wake WHERE wake <= ?")) {
				Jdbc.setDate(p, 1, day);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(rs.getLong(1));
					}
				}
			}
			return result;
		});
	}

	/** The contacts no run has recorded (added since). */
	public Set<Long> unrecorded() {
		return ids("SELECT c.id FROM contact c WHERE NOT EXISTS (SELECT 1 FROM plan_wake w WHERE w.contact_id = c.id)");
	}

	/** The contacts with a service event that occurred in [{@code from}, {@code to}). */
	public Set<Long> withEventsBetween(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			return new HashSet<>();
		}
		return store.read(c -> {
			Set<Long> result = new HashSet<>();
			try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT contact_id FROM service_event "
					+ "WHERE occurred_at >= ? AND occurred_at < ? AND contact_id IS NOT NULL")) {
				Jdbc.setInstant(p, 1, from);
				Jdbc.setInstant(p, 2, to);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(rs.getLong(1));
					}
				}
			}
			return result;
		});
	}

	private Set<Long> ids(String select) {
		return store.read(c -> {
			Set<Long> result = new HashSet<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
				while (rs.next()) {
					result.add(rs.getLong(1));
				}
			}
			return result;
		});
	}

	/** The records of {@code ids} that exist. */
	public Map<Long, Wake> wakes(Collection<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		return store.read(c -> {
			Map<Long, Wake> result = new HashMap<>();
			for (int from = 0; from < all.size(); from += PAGE) {
				List<Long> page = all.subList(from, Math.min(all.size(), from + PAGE));
				try (PreparedStatement p = c.prepareStatement("SELECT contact_id, wake, home, proposals, already, pending, "
						+ "off_list, inactive FROM plan_wake WHERE contact_id IN (" + Jdbc.placeholders(page.size()) + ")")) {
					Jdbc.setLongs(p, 1, page);
					try (ResultSet rs = p.executeQuery()) {
						while (rs.next()) {
							result.put(rs.getLong(1), new Wake(rs.getLong(1), Jdbc.getDate(rs, 2), rs.getLong(3),
									new Figures(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))));
						}
					}
				}
			}
			return result;
		});
	}

	/**
	 * Forgets every record and the state (a full run records them again; a run stopped half-way leaves none, so
	 * the next run is a full one), and the changes up to {@code cut}, which the full run reads anyway: without this,
	 * runs that keep failing (a campaign whose plug-in was uninstalled) would never prune {@code plan_dirty}, which
	 * every change to a contact, task, event, callback or outcome adds to.
	 */
	public void forget(Marks cut) {
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("DELETE FROM plan_state");
				s.execute("TRUNCATE TABLE plan_wake");
				s.executeUpdate("DELETE FROM plan_dirty WHERE id <= " + cut.dirty()); //$NON-NLS-1$
			}
			return null;
		});
	}

	/** Forgets the state only: until a run records it again, the next run is a full one. */
	public void forgetState() {
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("DELETE FROM plan_state");
			}
			return null;
		});
	}

	/**
	 * Writes the records of {@code rows}; with {@code replace}, those of the same contacts and those of
	 * {@code gone} are dropped first (without, there must be none: a full run after {@link #forget()}).
	 */
	public void write(List<Wake> rows, Collection<Long> gone, boolean replace) {
		List<Long> ids = new ArrayList<>(gone);
		if (replace) {
			rows.forEach(w -> ids.add(w.contactId()));
		}
		for (int from = 0; from < ids.size(); from += PlanWrites.CHUNK) {
			int start = from;
			store.inTransaction(c -> {
				List<Long> drop = ids.subList(start, Math.min(ids.size(), start + PlanWrites.CHUNK));
				{
					try (PreparedStatement p = c.prepareStatement("DELETE FROM plan_wake WHERE contact_id = ?")) {
						for (Long id : drop) {
							p.setLong(1, id);
							p.addBatch();
						}
						p.executeBatch();
					}
				}
				return null;
			});
		}
		for (int from = 0; from < rows.size(); from += PlanWrites.CHUNK) {
			List<Wake> chunk = rows.subList(from, Math.min(rows.size(), from + PlanWrites.CHUNK));
			store.inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_wake (contact_id, wake, home, proposals, "
						+ "already, pending, off_list, inactive) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
					for (Wake w : chunk) {
						p.setLong(1, w.contactId());
						Jdbc.setDate(p, 2, w.wake());
						p.setLong(3, w.home());
						p.setInt(4, (int) w.figures().proposals());
						p.setInt(5, (int) w.figures().already());
						p.setInt(6, (int) w.figures().pending());
						p.setInt(7, (int) w.figures().offList());
						p.setInt(8, (int) w.figures().inactive());
						p.addBatch();
					}
					p.executeBatch();
				}
				return null;
			});
		}
	}

	/** Records the state of a run that has written its records, and drops the changes up to its cut (its marks). */
	public void finish(State state) {
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("DELETE FROM plan_state");
				s.executeUpdate("DELETE FROM plan_dirty WHERE id <= " + state.marks().dirty());
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_state (id, fingerprint, days, horizon_from, "
					+ "events_from, events_to, proposals, already, pending, off_list, inactive, event_ids, callback_ids, "
					+ "task_ids, outcome_ids) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				p.setString(1, state.fingerprint());
				p.setInt(2, state.days());
				Jdbc.setDate(p, 3, state.horizonFrom());
				Jdbc.setInstant(p, 4, state.eventsFrom());
				Jdbc.setInstant(p, 5, state.eventsTo());
				p.setLong(6, state.settled().proposals());
				p.setLong(7, state.settled().already());
				p.setLong(8, state.settled().pending());
				p.setLong(9, state.settled().offList());
				p.setLong(10, state.settled().inactive());
				p.setLong(11, state.marks().events());
				p.setLong(12, state.marks().callbacks());
				p.setLong(13, state.marks().tasks());
				p.setLong(14, state.marks().outcomes());
				p.executeUpdate();
			}
			return null;
		});
	}
}
