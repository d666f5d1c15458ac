package org.revisit.core.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.PlanningService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Campaign;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Runs a team for a number of days on a database, in simulated time: each working day (of the holiday calendar)
 * starts at 07:00 in China with the day's new contacts, service events, complaints and do-not-call requests
 * ({@link ContactChanges}) and the daily planning run; then the agents ({@link SimulatedAgent}) work their queues
 * until 18:00, interleaved in this one thread in the order of simulated time. Each agent rolls its own dice,
 * seeded from the simulation's seed, the day and the agent, so that the same seed on the same database gives the
 * same result. At the end the {@link CallChecker} checks every stored call against the rules.
 *
 * <p>Everything the team does goes through the services, as the workbench does; the store is only read to check
 * (and written by the demo data that fills an empty database first).</p>
 */
public final class Simulator {

	/** The zone of the team and of most contacts. */
	public static final ZoneId TEAM_ZONE = ZoneId.of("Asia/Shanghai");
	private static final LocalTime MORNING = LocalTime.of(7, 0);
	private static final LocalTime EVENING = LocalTime.of(18, 0);
	private static final String DURABILITY = "derby.system.durability";
	/**
	 * The promised callbacks the demo contacts added at the start bring, per agent: about what the team is promised
	 * on each simulated day (the morning's complaints, N/4,000, and the callbacks agreed in calls), so the month
	 * starts with a day's promises owed, not with the demo's one in twenty contacts (50,000 at 1,000,000 contacts,
	 * due within a week, which no team of 50 could keep and which the checker would count as missed).
	 */
	static final int PROMISES_PER_AGENT = 8;
	private static final Principal MANAGER = new Principal("sim-manager", "Simulated manager", Role.ADMIN);

	/**
	 * What to simulate.
	 *
	 * @param contacts the contacts the database should hold at the start (demo contacts are added up to this)
	 * @param days the days to simulate, working days and days off alike
	 * @param agents the team's size; one in ten (at least one of a team of two or more) is a supervisor, who
	 *            also makes the service-supervision calls
	 * @param from the first day
	 * @param seed the seed of every die
	 * @param newContacts whether new contacts are imported each morning (the demo's history keeps the number of
	 *            contacts asked for: service events, complaints and do-not-call requests still come in)
	 */
	public record Settings(int contacts, int days, int agents, LocalDate from, long seed, boolean newContacts) {

		/** Settings whose mornings bring new contacts too. */
		public Settings(int contacts, int days, int agents, LocalDate from, long seed) {
			this(contacts, days, agents, from, seed, true);
		}

		public Settings {
			if (contacts < 1 || contacts > 5_000_000) {
				throw new IllegalArgumentException("contacts must be 1 to 5000000, not " + contacts);
			}
			if (days < 1 || days > 366) {
				throw new IllegalArgumentException("days must be 1 to 366, not " + days);
			}
			if (agents < 1 || agents > 500) {
				throw new IllegalArgumentException("agents must be 1 to 500, not " + agents);
			}
			if (from == null) {
				throw new IllegalArgumentException("from: the first day is required");
			}
		}
	}

	/** One simulated day: what the team did and how long it took here (planning included). */
	public record Day(LocalDate day, boolean working, int planned, int calls, int reached, int completed,
			long contactsAdded, long eventsAdded, long complaints, int doNotCall, long planMillis, long millis) {
	}

	/**
	 * The simulation's result.
	 *
	 * @param seedMillis the time it took to add the demo contacts at the start (0 when none were needed)
	 * @param errors refusals the agents met (each is a failure of the simulation or of the product)
	 */
	public record Report(Settings settings, long contactsAtStart, List<Day> days, CallChecker.Verdict verdict,
			int errors, List<String> errorSamples, long seedMillis, long checkMillis, long millis) {

		/** The mean time of a simulated working day, in milliseconds. */
		public long millisPerWorkingDay() {
			return Math.round(days.stream().filter(Day::working).mapToLong(Day::millis).average().orElse(0));
		}
	}

	/** The morning's planning run: the daily run ({@link PlanningService#planChanges}) unless a test says otherwise. */
	public interface Planning {
		PlanReport plan(PlanningService planning, LocalDate day);
	}

	/** The daily run of the workbench: only what changed is decided again. */
	public static final Planning DAILY = (planning, day) -> planning.planChanges(day, Planner.DEFAULT_DAYS);

	private final Store store;
	private final SimulationClock clock;
	private final Planning planning;
	private final Settings settings;
	private final Consumer<String> progress;
	private final LocalServices owner;

	private Simulator(Store store, SimulationClock clock, Settings settings, Consumer<String> progress, Planning planning) {
		this.planning = planning;
		if (store.clock() != clock) {
			throw new IllegalArgumentException("the store must be opened with the simulation's clock");
		}
		this.store = store;
		this.clock = clock;
		this.settings = settings;
		this.progress = progress == null ? line -> {
		} : progress;
		this.owner = LocalServices.open(store, CallTypeRegistry.read(), MANAGER);
	}

	/** A clock standing at 07:00 in China on {@code day}, for a store the simulation will run on. */
	public static SimulationClock clockFor(LocalDate day) {
		return new SimulationClock(day.atTime(MORNING).atZone(TEAM_ZONE).toInstant(), TEAM_ZONE);
	}

	/** Simulates on the data folder {@code dataFolder} (created if new), opening and closing its database. */
	public static Report run(Path dataFolder, Settings settings, Consumer<String> progress) {
		SimulationClock clock = clockFor(settings.from());
		StoreConfig config = StoreConfig.embedded(dataFolder).withClock(clock);
		boolean fresh = !Files.exists(config.directory());
		String before = System.getProperty(DURABILITY);
		if (fresh) {
			// a database made for the simulation does not wait for the disk at each commit (Derby's "test"
			// durability); a crash may then leave it unusable, which costs nothing but the run
			System.setProperty(DURABILITY, "test");
		}
		Store opened;
		try {
			opened = Store.open(config);
		} finally {
			if (fresh) {
				if (before == null) {
					System.clearProperty(DURABILITY);
				} else {
					System.setProperty(DURABILITY, before);
				}
			}
		}
		try (Store store = opened) {
			return run(store, clock, settings, progress);
		}
	}

	/** Simulates on a store opened with {@code clock} (see {@link #clockFor}). */
	public static Report run(Store store, SimulationClock clock, Settings settings, Consumer<String> progress) {
		return run(store, clock, settings, progress, DAILY);
	}

	/** As {@link #run(Store, SimulationClock, Settings, Consumer)}, each morning's planning run done by {@code planning}. */
	public static Report run(Store store, SimulationClock clock, Settings settings, Consumer<String> progress,
			Planning planning) {
		return new Simulator(store, clock, settings, progress, planning).run();
	}

	private Report run() {
		long started = System.nanoTime();
		clock.set(settings.from().atTime(MORNING).atZone(TEAM_ZONE).toInstant());
		long existing = store.contacts().count();
		long seedMillis = 0;
		if (existing < settings.contacts()) {
			progress.accept("Adding " + (settings.contacts() - existing) + " demo contacts...");
			long t = System.nanoTime();
			DemoData.addContacts(store, (int) (settings.contacts() - existing), settings.from(), 0, null,
					settings.agents() * PROMISES_PER_AGENT);
			seedMillis = (System.nanoTime() - t) / 1_000_000;
		}
		SimulationStats stats = new SimulationStats();
		List<SimulatedAgent> team = team(stats);
		ContactChanges changes = new ContactChanges(owner, TEAM_ZONE, settings.contacts(), settings.newContacts());
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < settings.days(); i++) {
			days.add(day(settings.from().plusDays(i), team, changes, stats));
			Day d = days.get(days.size() - 1);
			progress.accept(String.format("%s %s: %d calls, %d reached, %d completed in %.1f s (planning %.1f s)",
					d.day(), d.working() ? "working day" : "day off", d.calls(), d.reached(), d.completed(),
					d.millis() / 1000.0, d.planMillis() / 1000.0));
		}
		// the checker's "now": the end of the last day, so that every promise due by then counts
		clock.set(settings.from().plusDays(settings.days()).atStartOfDay(TEAM_ZONE).toInstant());
		long t = System.nanoTime();
		CallChecker.Verdict verdict = new CallChecker(store).check();
		long checkMillis = (System.nanoTime() - t) / 1_000_000;
		return new Report(settings, existing, List.copyOf(days), verdict, stats.errors, List.copyOf(stats.errorSamples),
				seedMillis, checkMillis, (System.nanoTime() - started) / 1_000_000);
	}

	private List<SimulatedAgent> team(SimulationStats stats) {
		int supervisors = settings.agents() < 2 ? 0 : Math.max(1, settings.agents() / 10);
		Map<String, ScriptChooser> choosers = new ConcurrentHashMap<>();
		SimulatedAgent.Team together = new SimulatedAgent.Team();
		List<SimulatedAgent> team = new ArrayList<>();
		for (int i = 1; i <= settings.agents(); i++) {
			boolean supervisor = i > settings.agents() - supervisors;
			String name = "agent" + i;
			Principal who = new Principal(name, (supervisor ? "Supervisor " : "Agent ") + i,
					supervisor ? Role.SUPERVISOR : Role.AGENT);
			team.add(new SimulatedAgent(name, owner.as(who), clock, TEAM_ZONE, choosers, stats, together));
		}
		return team;
	}

	/** A turn of one agent: when, and who (the agent's place in the team breaks ties). */
	private record Turn(Instant at, int agent) {
	}

	private Day day(LocalDate day, List<SimulatedAgent> team, ContactChanges changes, SimulationStats stats) {
		long started = System.nanoTime();
		Instant morning = day.atTime(MORNING).atZone(TEAM_ZONE).toInstant();
		clock.set(morning);
		WorkingCalendar calendar = Planner.workingCalendar(store);
		if (!calendar.isWorkingDay(day)) {
			return new Day(day, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, (System.nanoTime() - started) / 1_000_000);
		}
		ContactChanges.Changes changed = changes.morning(day, morning, new Random(mix(settings.seed(), day, -1)));
		long t = System.nanoTime();
		PlanReport plan = planning.plan(owner.planning(), day);
		long planMillis = (System.nanoTime() - t) / 1_000_000;
		int planned = plan.created();

		Map<Long, CallingHours> hours = new HashMap<>();
		for (Campaign c : owner.campaigns().list()) {
			hours.put(c.getId(), CallingHours.of(c, calendar));
		}
		CallingHours standard = CallingHours.of(null, calendar);
		int attempts = stats.attempts();
		int reached = stats.finished;
		int completed = stats.completed;
		PriorityQueue<Turn> turns = new PriorityQueue<>(
				Comparator.comparing(Turn::at).thenComparingInt(Turn::agent));
		for (int i = 0; i < team.size(); i++) {
			SimulatedAgent agent = team.get(i);
			agent.startDay(new Random(mix(settings.seed(), day, i)), id -> id == null ? standard
					: hours.getOrDefault(id, standard));
			turns.add(new Turn(agent.shiftStart(day, i), i));
		}
		Instant evening = day.atTime(EVENING).atZone(TEAM_ZONE).toInstant();
		try {
			while (!turns.isEmpty()) {
				Turn turn = turns.poll();
				SimulatedAgent agent = team.get(turn.agent());
				clock.set(turn.at());
				Instant next = agent.act(turn.at());
				if (next != null && (next.isBefore(evening) || agent.inCall())) {
					turns.add(new Turn(next, turn.agent()));
				}
			}
		} finally {
			team.forEach(SimulatedAgent::endDay);
		}
		return new Day(day, true, planned, stats.attempts() - attempts, stats.finished - reached,
				stats.completed - completed, changed.contactsAdded(), changed.eventsAdded(), changed.complaints(),
				changed.doNotCall(), planMillis, (System.nanoTime() - started) / 1_000_000);
	}

	/** A seed of its own for each day and agent (agent -1: the day's changes), from the simulation's seed. */
	private static long mix(long seed, LocalDate day, int agent) {
		long h = seed * 0x9E3779B97F4A7C15L + day.toEpochDay() * 0xC2B2AE3D27D4EB4FL + (agent + 2) * 0x165667B19E3779F9L;
		h ^= h >>> 31;
		return h * 0x94D049BB133111EBL;
	}
}
