package org.revisit.core.sim;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.revisit.store.Store;

/**
 * The history of the demo data: the weeks of work a team of five would have done before today, simulated on the
 * new demo contacts, so that the results, a contact's history and the queue look like a team's third month.
 */
public final class SimulatedHistory {

	/**
	 * The system property that gives a new demo database this many days of history (unset or 0: none). The
	 * product sets it to {@value #PRODUCT_DAYS} in its launcher's arguments, so that the first start of the
	 * workbench and {@code revisit cli demo} on an empty data folder get a history; the library's default stays
	 * none, so that the tests that seed demo data stay fast (see docs/benchmarks.md for what a history costs).
	 * {@code revisit cli simulate --days D} adds a history to any data folder.
	 */
	public static final String DAYS_PROPERTY = "revisit.demo.historyDays";
	/** The largest demo (in contacts) that gets a history: beyond it the simulation would take too long. */
	public static final int MAX_CONTACTS = 5_000;
	/** The demo team: agent1 to agent4 and a supervisor, agent5 (the demo contacts' owners). */
	public static final int AGENTS = 5;
	/** The history the product gives a new demo database: a quarter, some 63 working days of the team of five. */
	public static final int PRODUCT_DAYS = 90;
	private static final long SEED = 20261123L;

	private SimulatedHistory() {
	}

	/**
	 * The history days for {@code count} new demo contacts: those of {@link #DAYS_PROPERTY} (at most 120) on an
	 * empty database, else none.
	 */
	public static int daysFor(Store store, int count) {
		int days;
		try {
			days = Math.min(120, Math.max(0, Integer.parseInt(System.getProperty(DAYS_PROPERTY, "0").strip())));
		} catch (NumberFormatException e) {
			days = 0;
		}
		return days > 0 && count > 0 && count <= MAX_CONTACTS && store.contacts().count() == 0 ? days : 0;
	}

	/**
	 * Simulates {@code days} days before {@code today} on the database of {@code store}. The simulation works on a
	 * second store on the same database whose clock it moves; that store is not closed, since closing would shut
	 * the database down under {@code store} (it holds no connection between units of work).
	 */
	public static Simulator.Report run(Store store, LocalDate today, int days) {
		return run(store, today, days, null);
	}

	/**
	 * As {@link #run(Store, LocalDate, int)}, telling {@code progress} (may be {@code null}) each simulated day.
	 * The history keeps the demo's contacts: its mornings bring service events, complaints and do-not-call
	 * requests, but no new contacts, so that the database holds the number of contacts asked for (and the
	 * successors named in calls).
	 */
	public static Simulator.Report run(Store store, LocalDate today, int days, Consumer<String> progress) {
		if (days <= 0) {
			return null;
		}
		LocalDate from = today.minusDays(days);
		SimulationClock clock = Simulator.clockFor(from);
		@SuppressWarnings("resource")
		Store simulated = Store.open(store.config().withClock(clock));
		int contacts = (int) Math.max(1, store.contacts().count());
		return Simulator.run(simulated, clock, new Simulator.Settings(contacts, days, AGENTS, from, SEED, false),
				progress);
	}
}
