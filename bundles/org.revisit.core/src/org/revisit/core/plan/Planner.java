package org.revisit.core.plan;

import org.revisit.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.LunarCalendar;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.CallType.Subject;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.PlanningHistory;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.plan.Round.Candidate;
import org.revisit.model.Callback;
import org.revisit.model.Campaign;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.HolidayCalendarRepository;
import org.revisit.store.PlanChanges;
import org.revisit.store.PlanChanges.Figures;
import org.revisit.store.PlanChanges.Wake;
import org.revisit.store.PlanRuns;
import org.revisit.store.PlanWrites.NewTask;
import org.revisit.store.PlanningReads;
import org.revisit.store.PlanningReads.ContactRange;
import org.revisit.store.PlanningReads.TaskRow;
import org.revisit.store.Store;

/**
 * Plans the calls of every active campaign over a horizon: asks each campaign's call type what it wants,
 * passes every proposed call through the {@link Gate}s, and writes only the difference to what is stored —
 * new tasks, and planned tasks that are no longer wanted cancelled with the reason. Running it twice creates
 * nothing new; the plan keys and a UNIQUE constraint keep that true even for two planners at once.
 * <p>
 * Headless and single-threaded; long runs report progress and stop when cancelled (before writing, or
 * between write chunks — what was written is a consistent part of the plan and the next run completes it).
 */
public final class Planner {

	/** The default horizon, in days. */
	public static final int DEFAULT_DAYS = 30;

	/** The setting holding the most calls a contact gets per week, across all call types. */
	public static final String WEEKLY_BUDGET = "planner.weeklyBudget"; //$NON-NLS-1$

	public static final int DEFAULT_WEEKLY_BUDGET = 2;

	/** The setting naming the stored holiday calendar the planner uses ({@code cli calendar import} sets it). */
	public static final String HOLIDAY_CALENDAR = "planner.holidayCalendar"; //$NON-NLS-1$

	private final Store store;
	private final CallTypeRegistry registry;
	private final WorkingCalendar calendar;
	private final LunarCalendar lunar = LunarCalendar.china();

	/** A planner with the team's holiday calendar (see {@link #workingCalendar(Store)}). */
	public Planner(Store store, CallTypeRegistry registry) {
		this(store, registry, workingCalendar(store));
	}

	public Planner(Store store, CallTypeRegistry registry, WorkingCalendar calendar) {
		this.store = store;
		this.registry = registry;
		this.calendar = calendar;
	}

	/** The working days of {@link #holidayCalendar(Store)}. */
	public static WorkingCalendar workingCalendar(Store store) {
		return new WorkingCalendar(holidayCalendar(store));
	}

	/**
	 * The holiday calendar in use: the stored one named by {@value #HOLIDAY_CALENDAR}, else the first stored
	 * one, else the built-in calendar of mainland China.
	 */
	public static HolidayCalendar holidayCalendar(Store store) {
		HolidayCalendarRepository holidays = store.holidays();
		String chosen = store.settings().setting(HOLIDAY_CALENDAR, null);
		HolidayCalendar calendar = chosen == null ? null : holidays.load(chosen);
		if (calendar == null) {
			List<String> names = holidays.names();
			calendar = names.isEmpty() ? null : holidays.load(names.get(0));
		}
		return calendar != null ? calendar : HolidayCalendarText.chinaDefault();
	}

	public WorkingCalendar calendar() {
		return calendar;
	}

	public CallTypeRegistry registry() {
		return registry;
	}

	/**
	 * The most calls a contact gets per week.
	 *
	 * @throws IllegalStateException naming the setting if it holds something else than a positive number
	 */
	public int weeklyBudget() {
		String value = store.settings().setting(WEEKLY_BUDGET, String.valueOf(DEFAULT_WEEKLY_BUDGET));
		try {
			int budget = Integer.parseInt(value.strip());
			if (budget > 0) {
				return budget;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalStateException("Setting " + WEEKLY_BUDGET + " must be a whole number above 0, not '" + value + "'");
	}

	/**
	 * The history a run planning {@code horizon} as of {@code now} gives the call types, with the complaints of
	 * the look-back window and the horizon read as the run reads them (the other facts are read when asked):
	 * for comparing its answers with {@link PlanningHistory}'s defaults.
	 */
	public PlanningHistory history(Horizon horizon, Instant now) {
		LoadedHistory history = new LoadedHistory(store.planningReads());
		history.loadComplaints(horizon, now);
		return history;
	}

	/**
	 * Plans {@code horizon} as of {@code now}, deciding every contact (the manual run); records what the daily
	 * run needs to decide only what changed afterwards ({@link #planChanges}).
	 *
	 * @param who the user or process the run is recorded for
	 * @param monitor progress and cancellation, or {@code null}
	 * @throws OperationCanceledException if {@code monitor} was cancelled
	 */
	public PlanReport plan(Horizon horizon, Instant now, String who, IProgressMonitor monitor) {
		// One run at a time: a second one waits for the first (and then finds its calls planned already).
		try (PlanRuns.RunLock lock = store.planRuns().lockRun()) {
			return planLocked(horizon, now, who, monitor, false);
		}
	}

	/**
	 * As {@link #plan}, with the same tasks and figures, deciding again only the contacts whose decision may
	 * differ from the last recorded run's: those whose facts changed since (the contact, its tags, service events,
	 * promised callbacks, tasks and calls), whose service events entered or left the events offered, and whose
	 * decision was not settled or is settled only until a day that has come (the call types' "stable until", the
	 * gates' own dependence on the day). A full run when there is no recorded run, when the campaigns, settings,
	 * calendar, call types or horizon's length differ from it, when the horizon starts before it, or when a
	 * campaign's target filter depends on the day ({@code notcalled}). The daily run (docs/internals.md).
	 */
	public PlanReport planChanges(Horizon horizon, Instant now, String who, IProgressMonitor monitor) {
		try (PlanRuns.RunLock lock = store.planRuns().lockRun()) {
			return planLocked(horizon, now, who, monitor, true);
		}
	}

	private PlanReport planLocked(Horizon horizon, Instant now, String who, IProgressMonitor monitor, boolean changesOnly) {
		long started = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Plan_progress, horizon.from(), horizon.to()), 100);
		int budget = weeklyBudget();
		PlanningReads data = store.planningReads();
		PlanChanges changes = store.planChanges();
		PlanChanges.Marks cut = changes.cut();
		String fingerprint = fingerprint(horizon, budget);
		PlanChanges.State state = changesOnly ? changes.state() : null;
		long run = store.planRuns().startRun(now, horizon.from(), horizon.to(), who);
		// who left, with their successors: read once, for the move and for the run (the move changes no contact)
		Map<Long, Long> successors = data.successors();
		int moved = store.planWrites().moveToSuccessors(successors);

		List<String> problems = new ArrayList<>();
		LoadedHistory history = new LoadedHistory(data);
		List<CampaignPlan> plans = campaignPlans(horizon, now, history, problems);
		progress.worked(5);
		Run totals = new Run(horizon, now, budget, plans, new HashSet<>(), problems, successors);
		Instant eventsFrom = LoadedHistory.from(horizon);
		Instant eventsTo = LoadedHistory.to(horizon, now);
		boolean incremental = state != null && state.fingerprint().equals(fingerprint) && state.days() == days(horizon)
				&& !horizon.from().isBefore(state.horizonFrom()) && problems.isEmpty()
				&& plans.stream().allMatch(p -> p.filter().notCalledDays() == 0);
		SubMonitor work = progress.split(95);
		Figures settled = Figures.NONE;
		if (incremental) {
			changes.forgetState(); // stopped half-way, the next run is a full one
			Set<Long> chosen = new HashSet<>(changes.changed(state.marks(), cut));
			chosen.addAll(changes.due(horizon.from()));
			chosen.addAll(changes.unrecorded());
			chosen.addAll(changes.withEventsBetween(min(state.eventsFrom(), eventsFrom), max(state.eventsFrom(), eventsFrom)));
			chosen.addAll(changes.withEventsBetween(min(state.eventsTo(), eventsTo), max(state.eventsTo(), eventsTo)));
			Map<Long, Wake> before = changes.wakes(chosen);
			Set<Long> units = new HashSet<>(chosen);
			for (long id : chosen) {
				units.add(totals.home(id));
				Wake w = before.get(id);
				if (w != null) {
					units.add(w.home());
				}
			}
			Set<Long> more = new HashSet<>(units);
			more.removeAll(chosen);
			before.putAll(changes.wakes(more));
			settled = state.settled();
			for (Wake w : before.values()) {
				settled = settled.minus(w.figures());
			}
			totals.carried = settled;
			List<Long> ids = new ArrayList<>(units);
			ids.sort(null);
			work.setWorkRemaining(ids.size() / chunkSize + 2);
			boolean first = true;
			for (int from = 0; from < ids.size() || first; from += chunkSize) {
				checkCancel(work);
				List<Long> part = ids.subList(Math.min(from, ids.size()), Math.min(ids.size(), from + chunkSize));
				Map<Long, Contact> found = data.contacts(part);
				List<Contact> chunk = new ArrayList<>(found.values());
				chunk.sort((a, b) -> Long.compare(a.getId(), b.getId()));
				Set<Long> members = new HashSet<>(part);
				List<Long> extras = new ArrayList<>(part);
				for (long id : part) {
					extras.addAll(totals.predecessors.getOrDefault(id, List.of()));
				}
				List<Long> gone = new ArrayList<>(part);
				gone.removeAll(found.keySet());
				planChunk(totals, history, data, chunk, new ContactRange(0, 0, extras), members::contains, gone);
				first = false;
				work.worked(1);
			}
		} else {
			changes.forget(cut);
			long total = Math.max(1, store.contacts().count());
			work.setWorkRemaining((int) (total / chunkSize + 2));
			long after = Long.MIN_VALUE;
			while (true) {
				checkCancel(work);
				List<Contact> chunk = data.contactsAfter(after, chunkSize);
				boolean last = chunk.size() < chunkSize;
				long upTo = last ? Long.MAX_VALUE : chunk.get(chunk.size() - 1).getId();
				ContactRange range = new ContactRange(after, upTo, totals.extras(after, upTo));
				planChunk(totals, history, data, chunk, range, range::contains, null);
				work.worked(1);
				if (last) {
					break;
				}
				after = upTo;
			}
		}
		if (totals.problems.isEmpty() && totals.failed.isEmpty()) {
			// the tasks this run added are its own decisions, not changes the next run must decide again
			changes.finish(new PlanChanges.State(fingerprint, days(horizon), horizon.from(), eventsFrom, eventsTo,
					changes.withTasksAdded(cut), totals.carried.plus(totals.settledNow)));
		} else {
			changes.forgetState();
		}
		store.planRuns().finishRun(run, store.clock().instant(), totals.inserted, totals.cancelled, moved);
		progress.done();
		Figures carried = totals.carried;
		totals.refused.merge(Gate.ALREADY_PLANNED, (int) carried.already(), Integer::sum);
		totals.refused.merge(Gate.PENDING_CALL, (int) carried.pending(), Integer::sum);
		totals.refused.merge(Gate.DO_NOT_CALL, (int) carried.offList(), Integer::sum);
		totals.refused.merge(Gate.CONTACT_STATUS, (int) carried.inactive(), Integer::sum);
		totals.refused.values().removeIf(v -> v == 0);
		return new PlanReport(horizon, plans.size(), totals.proposals + carried.proposals(), totals.created, totals.cancelled,
				moved, totals.refused, problems, calendar.decreeWarnings(horizon.from(), horizon.to()),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** The values of an EMF object's features, contained objects included, in a stable text. */
	private static void describe(Object value, StringBuilder s, int depth) {
		if (value instanceof org.eclipse.emf.ecore.EObject o && depth < 4) {
			s.append('{');
			for (org.eclipse.emf.ecore.EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
				if (f instanceof org.eclipse.emf.ecore.EReference r && !r.isContainment()) {
					Object target = o.eGet(f);
					s.append(f.getName()).append("->").append(target instanceof org.eclipse.emf.ecore.EObject t
							? t.eClass().getName() + ":" + (t.eClass().getEStructuralFeature("id") == null ? "?" //$NON-NLS-1$ //$NON-NLS-2$
									: t.eGet(t.eClass().getEStructuralFeature("id"))) : String.valueOf(target)); //$NON-NLS-1$
				} else {
					s.append(f.getName()).append('=');
					describe(o.eGet(f), s, depth + 1);
				}
				s.append(';');
			}
			s.append('}');
		} else if (value instanceof java.util.Collection<?> list) {
			s.append('[');
			for (Object v : list) {
				describe(v, s, depth);
				s.append(',');
			}
			s.append(']');
		} else if (value instanceof java.util.Date d) {
			s.append(d.getTime());
		} else {
			s.append(value);
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static int days(Horizon horizon) {
		return (int) ChronoUnit.DAYS.between(horizon.from(), horizon.to()) + 1;
	}

	/**
	 * What every decision reads besides the contacts' own facts and the day: the campaigns (all of their
	 * settings, paused or not), the weekly budget, the holiday calendar, the call types installed. A recorded
	 * run's decisions hold only while it is the same.
	 */
	private String fingerprint(Horizon horizon, int budget) {
		StringBuilder s = new StringBuilder().append(days(horizon)).append('|').append(budget).append('|');
		for (Campaign c : store.campaigns().list()) {
			// whether it is planned for this horizon: a campaign that starts or ends changes every decision
			s.append(planned(c, horizon));
			describe(c, s, 0);
			s.append('\n');
		}
		s.append(store.campaigns().paused()).append('|');
		// The calendar as stored, not the days a moving window gives: the days that differ from the week's rule
		// (holidays, make-up working days) and the holidays, over whole years reaching two years past the 400 days
		// around the horizon that decisions read. A window that moved with the horizon changed with every weekend
		// entering or leaving it, so the daily run fell back to a full one four days of five.
		LocalDate first = LocalDate.of(horizon.from().getYear() - 2, 1, 1);
		LocalDate last = LocalDate.of(horizon.to().getYear() + 2, 12, 31);
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
			boolean working = calendar.isWorkingDay(d);
			if (working != weekday) {
				s.append(d.toEpochDay()).append(working ? 'w' : 'o').append(',');
			}
		}
		s.append('|').append(calendar.holidaysBetween(first, last));
		for (CallTypeDescriptor d : registry.all()) {
			s.append('|').append(d);
			try {
				org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(d.callType().getClass());
				s.append(bundle == null ? "" : bundle.getVersion());
			} catch (CoreException | RuntimeException e) {
				s.append('!'); // reported by the run
			}
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder();
			for (byte b : hash) {
				hex.append(String.format("%02x", b));
			}
			return hex.toString();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The contacts a planning chunk holds at most (its memory is bounded by this, not by the database). */
	public static final int DEFAULT_CHUNK = 20_000;

	private int chunkSize = DEFAULT_CHUNK;

	/** Plans {@code contacts} contacts at a time (the result is the same for any size; tests use small ones). */
	public Planner chunkSize(int contacts) {
		if (contacts < 1) {
			throw new IllegalArgumentException("chunk size must be above 0: " + contacts);
		}
		this.chunkSize = contacts;
		return this;
	}

	/**
	 * What a run keeps across its chunks: the contacts who left with their successors (ids), and its counts. The
	 * promised callbacks are read with each chunk; the complaints of the look-back window, for "the same matter",
	 * are kept in {@link LoadedHistory} as a few numbers each.
	 */
	private final class Run {
		final Horizon horizon;
		final Instant now;
		final int budget;
		final List<CampaignPlan> plans;
		final Set<Long> failed;
		final List<String> problems;
		/** Contacts who left, with their successors: calls about them are planned with the successor. */
		final Map<Long, Long> successors;
		/** The same, by successor. */
		final TreeMap<Long, List<Long>> predecessors = new TreeMap<>();
		long proposals;
		int inserted;
		int cancelled;
		final Map<String, Integer> created = new TreeMap<>();
		final Map<Gate, Integer> refused = new EnumMap<>(Gate.class);
		/** The settled figures of the contacts an incremental run did not decide again. */
		Figures carried = Figures.NONE;
		/** The settled figures of the contacts this run decided. */
		Figures settledNow = Figures.NONE;

		Run(Horizon horizon, Instant now, int budget, List<CampaignPlan> plans, Set<Long> failed, List<String> problems,
				Map<Long, Long> successors) {
			this.horizon = horizon;
			this.now = now;
			this.budget = budget;
			this.plans = plans;
			this.failed = failed;
			this.problems = problems;
			this.successors = successors;
			successors.forEach((left, successor) -> predecessors.computeIfAbsent(successor, k -> new ArrayList<>()).add(left));
		}

		/** The contacts outside the range who left with their successor in it. */
		List<Long> extras(long after, long upTo) {
			List<Long> result = new ArrayList<>();
			predecessors.subMap(after, false, upTo, true).values().forEach(ids -> ids.stream()
					.filter(id -> id <= after || id > upTo).forEach(result::add));
			return result;
		}

		/** The contact a call about {@code contactId} is planned with: the successor of one who left. */
		long home(long contactId) {
			return successors.getOrDefault(contactId, contactId);
		}

		List<CampaignPlan> plansFor(Subject subject) {
			return plans.stream().filter(p -> p.callType().subjects().contains(subject) && !failed.contains(p.campaign().getId()))
					.toList();
		}
	}

	/** Attributed to no contact: an event without a contact, decided at every run. */
	private static final long NO_UNIT = Long.MIN_VALUE;

	/** The last day {@link PlanChanges} stores. */
	private static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

	/**
	 * What one contact's decision is in a run: its own calls and those of the events and promises planned with it
	 * (a successor's, for those who left); settled when every call it proposed was refused for reasons that hold
	 * until {@code until} unless a fact of it changes.
	 */
	private static final class Unit {
		long proposals;
		final Map<Gate, Integer> refused = new EnumMap<>(Gate.class);
		boolean unsettled;
		LocalDate until = LocalDate.MAX;

		void until(LocalDate day) {
			if (day == null) {
				unsettled = true;
			} else if (day.isBefore(until)) {
				until = day;
			}
		}
	}

	/**
	 * Plans the contacts of one range: the calls about them (and about those who left for them) through the
	 * gates with their tasks, then writes the difference. Every gate decides per contact, so a chunk needs no
	 * other chunk's calls.
	 *
	 * @param inChunk whether a contact's calls are planned in this chunk (its own, or those who left for it)
	 * @param gone for an incremental run, the contacts chosen that no longer exist; {@code null} in a full run
	 */
	private void planChunk(Run run, LoadedHistory history, PlanningReads data, List<Contact> chunk,
			ContactRange range, LongPredicate inChunk, List<Long> gone) {
		history.range(range);
		List<Candidate> candidates = new ArrayList<>();
		Map<Candidate, Long> unitOf = new IdentityHashMap<>();
		Map<Long, Unit> units = new HashMap<>();
		Map<Long, Contact> contacts = new HashMap<>();
		List<CampaignPlan> forContacts = run.plansFor(Subject.CONTACTS);
		for (Contact contact : chunk) {
			contacts.put(contact.getId(), contact);
			Unit unit = units.computeIfAbsent(contact.getId(), k -> new Unit());
			for (CampaignPlan plan : forContacts) {
				if (!run.failed.contains(plan.campaign().getId()) && plan.filter().test(contact)) {
					List<Proposal> ps = propose(plan, run.failed, run.problems, () -> plan.callType().forContact(contact, plan.context()));
					for (Proposal p : ps) {
						Candidate c = new Candidate(plan, p, true);
						candidates.add(c);
						unitOf.put(c, contact.getId());
					}
					run.proposals += ps.size();
					unit.proposals += ps.size();
					unit.until(stable(() -> plan.callType().stableUntil(contact, plan.context())));
				}
			}
		}
		List<CampaignPlan> forEvents = run.plansFor(Subject.EVENTS);
		if (!forEvents.isEmpty()) {
			for (ServiceEvent event : history.events(run.horizon, run.now, range)) {
				if (event.getContact() != null && !inChunk.test(run.home(event.getContact().getId()))) {
					continue; // planned with the successor, in the successor's chunk
				}
				long home = event.getContact() == null ? NO_UNIT : run.home(event.getContact().getId());
				Unit unit = home == NO_UNIT ? new Unit() : units.computeIfAbsent(home, k -> new Unit());
				for (CampaignPlan plan : forEvents) {
					if (!run.failed.contains(plan.campaign().getId())) {
						List<Proposal> ps = propose(plan, run.failed, run.problems, () -> plan.callType().forEvent(event, plan.context()));
						for (Proposal p : ps) {
							Candidate c = new Candidate(plan, p, false);
							candidates.add(c);
							unitOf.put(c, home);
						}
						run.proposals += ps.size();
						unit.proposals += ps.size();
						unit.until(stable(() -> plan.callType().stableUntil(event, plan.context())));
					}
				}
			}
		}
		List<CampaignPlan> forCallbacks = run.plansFor(Subject.CALLBACKS);
		// The chunk's own promises (every promise names its contact: callback.contact_id is NOT NULL), read with it.
		for (Callback callback : forCallbacks.isEmpty() ? List.<Callback>of() : data.openCallbacks(range)) {
			if (!inChunk.test(run.home(callback.getContact().getId()))) {
				continue; // planned with the successor, in the successor's chunk
			}
			long home = run.home(callback.getContact().getId());
			Unit unit = units.computeIfAbsent(home, k -> new Unit());
			for (CampaignPlan plan : forCallbacks) {
				if (!run.failed.contains(plan.campaign().getId())) {
					List<Proposal> ps = propose(plan, run.failed, run.problems, () -> plan.callType().forCallback(callback, plan.context()));
					for (Proposal p : ps) {
						Candidate c = new Candidate(plan, p, false);
						candidates.add(c);
						unitOf.put(c, home);
					}
					run.proposals += ps.size();
					unit.proposals += ps.size();
					unit.until(stable(() -> plan.callType().stableUntil(callback, plan.context())));
				}
			}
		}
		candidates.removeIf(c -> run.failed.contains(c.plan().campaign().getId()));
		loadContacts(candidates, contacts);

		Round round = new Round(run.horizon, run.now, run.budget, contacts::get);
		Set<Long> reconciled = new HashSet<>();
		run.plans.stream().map(p -> p.campaign().getId()).filter(id -> !run.failed.contains(id)).forEach(reconciled::add);
		Set<Long> paused = store.campaigns().paused();
		for (Campaign campaign : store.campaigns().list()) {
			// A paused campaign keeps its planned calls (they are not handed out until it resumes).
			if (!planned(campaign, run.horizon) && registry.get(campaign.getCallTypeId()) != null
					&& !paused.contains(campaign.getId())) {
				reconciled.add(campaign.getId()); // an inactive or ended campaign wants nothing: its planned calls go
			}
		}
		List<TaskRow> tasks = data.tasks(weekStart(run.horizon.from()),
				run.horizon.to().plusDays(8).atStartOfDay(ZoneId.systemDefault()).toInstant(), range);
		Map<Long, Set<String>> keysHere = new HashMap<>();
		Round.Keys keys = (campaign, ks) -> {
			if (ks.size() <= 100) {
				return data.existingKeys(campaign, ks);
			}
			if (keysHere.isEmpty()) {
				keysHere.putAll(data.planKeys(range));
				keysHere.putIfAbsent(Long.MIN_VALUE, Set.of()); // loaded
			}
			Set<String> found = new HashSet<>(ks);
			found.retainAll(keysHere.getOrDefault(campaign, Set.of()));
			return found;
		};
		Round.Outcome outcome = round.decide(candidates, tasks, keys, reconciled);

		List<NewTask> fresh = new ArrayList<>();
		List<Decision> decisions = outcome.decisions();
		for (int i = 0; i < decisions.size(); i++) {
			Decision d = decisions.get(i);
			Long home = unitOf.get(outcome.sources().get(i));
			Unit unit = home == null || home == NO_UNIT ? new Unit() : units.computeIfAbsent(home, k -> new Unit());
			if (d.accepted()) {
				Proposal p = d.proposal();
				fresh.add(new NewTask(p.contactId(), d.campaign().getId(), d.callTypeId(), d.dueFrom(), d.dueTo(),
						d.priority(), p.reason(), p.sourceEventId(), p.key(), p.callbackId(), p.isPromise() ? p.at() : null));
				unit.unsettled = true;
			} else {
				Gate gate = d.refusal().gate();
				run.refused.merge(gate, 1, Integer::sum);
				unit.refused.merge(gate, 1, Integer::sum);
				settle(unit, d);
			}
		}
		// A planned call beyond the horizon is cancelled when it enters it and is not wanted any more.
		int days = days(run.horizon);
		for (TaskRow t : tasks) {
			Unit unit = units.get(run.home(t.contactId()));
			if (unit != null && t.pending() && t.dueFrom() != null) {
				LocalDate due = t.dueFrom().atZone(PlanningContext.DEFAULT_ZONE).toLocalDate();
				if (due.isAfter(run.horizon.to().minusDays(1))) {
					unit.until(due.minusDays(days + 1L));
				}
			}
		}
		// Cancellations first: a call that gives way is gone before the one that outranks it is written, so a
		// run stopped half-way never leaves a contact over its budget (the next run writes what is missing).
		run.cancelled += store.planWrites().cancel(outcome.cancellations());
		int inserted = 0;
		for (NewTask t : store.planWrites().insert(fresh)) {
			run.created.merge(t.callType(), 1, Integer::sum);
			inserted++;
		}
		run.inserted += inserted;
		if (inserted < fresh.size()) {
			int others = fresh.size() - inserted;
			run.problems.add(NLS.bind(Messages.Plan_otherRun, others));
			run.refused.merge(Gate.ALREADY_PLANNED, others, Integer::sum);
		}
		record(run, chunk, units, gone);
	}

	/**
	 * Whether a refused call leaves its contact's decision settled: refused for the contact's own facts (not
	 * active, do-not-call), or as planned already or pending, when it is not a promise; then until the day before
	 * the last working day on or before its last day and its campaign's end (from that day on, the day of the
	 * run could make a gate before those refuse it: its windows over, no working day left for it).
	 */
	private void settle(Unit unit, Decision d) {
		Gate gate = d.refusal().gate();
		if (gate == Gate.CONTACT_STATUS || gate == Gate.DO_NOT_CALL) {
			return;
		}
		Proposal p = d.proposal();
		if ((gate == Gate.ALREADY_PLANNED || gate == Gate.PENDING_CALL) && !p.isPromise() && p.at() == null) {
			if (p.latest() != null) {
				unit.until(lastWorkingDayOnOrBefore(p.latest()).minusDays(1));
			}
			if (d.campaign().getActiveTo() != null) {
				unit.until(lastWorkingDayOnOrBefore(d.campaign().getActiveTo()).minusDays(1));
			}
			return;
		}
		unit.unsettled = true;
	}

	/** The last working day of the planner's calendar on or before {@code day} (a year back at most). */
	private LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i < 366 && !calendar.isWorkingDay(d); i++) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** A call type's "stable until"; {@code null} (decided at every run) when it fails. */
	private static LocalDate stable(java.util.function.Supplier<LocalDate> call) {
		try {
			return call.get();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** Records the decisions of a chunk's contacts for the next daily run. */
	private void record(Run run, List<Contact> chunk, Map<Long, Unit> units, List<Long> gone) {
		List<Wake> rows = new ArrayList<>(chunk.size());
		for (Contact contact : chunk) {
			Unit u = units.get(contact.getId());
			LocalDate wake;
			Figures figures = Figures.NONE;
			if (u.unsettled) {
				wake = run.horizon.from();
			} else {
				wake = u.until.isBefore(FOREVER) ? u.until.plusDays(1) : FOREVER;
				figures = new Figures(u.proposals, u.refused.getOrDefault(Gate.ALREADY_PLANNED, 0),
						u.refused.getOrDefault(Gate.PENDING_CALL, 0), u.refused.getOrDefault(Gate.DO_NOT_CALL, 0),
						u.refused.getOrDefault(Gate.CONTACT_STATUS, 0));
			}
			rows.add(new Wake(contact.getId(), wake, run.home(contact.getId()), figures));
			run.settledNow = run.settledNow.plus(figures);
		}
		store.planChanges().write(rows, gone == null ? List.of() : gone, gone != null);
	}

	/** The campaigns to plan, each with its call type created; the others are described in {@code problems}. */
	List<CampaignPlan> campaignPlans(Horizon horizon, Instant now, PlanningHistory history, List<String> problems) {
		List<CampaignPlan> plans = new ArrayList<>();
		for (Campaign campaign : store.campaigns().list()) {
			if (!planned(campaign, horizon)) {
				continue;
			}
			CampaignPlan plan = campaignPlan(campaign, horizon, now, history, problems);
			if (plan != null) {
				plans.add(plan);
			}
		}
		return plans;
	}

	/** One campaign ready to plan, or {@code null} with the reason in {@code problems}. */
	CampaignPlan campaignPlan(Campaign campaign, Horizon horizon, Instant now, PlanningHistory history, List<String> problems) {
		String what = NLS.bind(Messages.Plan_campaign, campaign.getId(), campaign.getName());
		CallTypeDescriptor descriptor = registry.get(campaign.getCallTypeId());
		if (descriptor == null) {
			problems.add(NLS.bind(Messages.Plan_notInstalled, what, campaign.getCallTypeId()));
			return null;
		}
		CallType callType;
		try {
			callType = descriptor.callType();
		} catch (CoreException | RuntimeException e) {
			problems.add(NLS.bind(Messages.Plan_cannotCreate, new Object[] { what, descriptor, e.getMessage() }));
			return null;
		}
		TargetFilter filter;
		try {
			filter = TargetFilter.parse(campaign.getTargetFilter()).withCalls(store.outcomes()::contactsCalledSince, now);
		} catch (IllegalArgumentException e) {
			problems.add(NLS.bind(Messages.Plan_badFilter, what, e.getMessage()));
			return null;
		}
		PlanningContext context = new PlanningContext(horizon, now, campaign, calendar, lunar, history);
		return new CampaignPlan(campaign, descriptor, callType, CallingHours.of(campaign, calendar), filter, context);
	}

	/** Whether a campaign is active for some day of the horizon. */
	private static boolean planned(Campaign campaign, Horizon horizon) {
		return campaign.isActive() && (campaign.getActiveTo() == null || !campaign.getActiveTo().isBefore(horizon.from()))
				&& (campaign.getActiveFrom() == null || !campaign.getActiveFrom().isAfter(horizon.to()));
	}

	/** A call type's proposals; a call type that throws is reported once and its campaign is not planned. */
	static List<Proposal> propose(CampaignPlan plan, Set<Long> failed, List<String> problems,
			java.util.function.Supplier<List<Proposal>> call) {
		try {
			List<Proposal> result = call.get();
			return result == null ? List.of() : result;
		} catch (RuntimeException e) {
			failed.add(plan.campaign().getId());
			problems.add(NLS.bind(Messages.Plan_callTypeFailed, new Object[] {
					NLS.bind(Messages.Plan_campaign, plan.campaign().getId(), plan.campaign().getName()),
					plan.descriptor(), e.getMessage() }));
			return List.of();
		}
	}

	/** Loads the contacts the candidates name, and the successors of those who left. */
	void loadContacts(List<Candidate> candidates, Map<Long, Contact> contacts) {
		Set<Long> missing = new HashSet<>();
		for (Candidate c : candidates) {
			if (!contacts.containsKey(c.proposal().contactId())) {
				missing.add(c.proposal().contactId());
			}
		}
		contacts.putAll(store.planningReads().contacts(missing));
		Set<Long> successors = new HashSet<>();
		for (Contact k : contacts.values()) {
			if (k.getStatus() == ContactStatus.LEFT_COMPANY && k.getSuccessor() != null && !contacts.containsKey(k.getSuccessor().getId())) {
				successors.add(k.getSuccessor().getId());
			}
		}
		contacts.putAll(store.planningReads().contacts(successors));
	}

	static Instant weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1).atStartOfDay(ZoneId.systemDefault())
				.toInstant();
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/**
	 * The history call types read, loaded from the store on first use, once per run (or, while planning chunk
	 * by chunk, once per chunk for the contacts of the chunk).
	 */
	static final class LoadedHistory implements PlanningHistory {

		private final PlanningReads data;
		private final Map<String, Map<Long, LocalDate>> lastCalls = new HashMap<>();
		private final Map<ServiceEventKind, Map<Long, LocalDate>> lastEvents = new EnumMap<>(ServiceEventKind.class);
		/** The complaints of the look-back window and the horizon, by matter, a few numbers each; kept for the run. */
		private Map<String, Matter> complaints;
		private List<ServiceEvent> events;
		private ContactRange range;
		private Set<Long> extras = Set.of();

		LoadedHistory(PlanningReads data) {
			this.data = data;
		}

		/** From now on, the history of the contacts of {@code range} (others are looked up one by one). */
		void range(ContactRange range) {
			this.range = range;
			this.extras = range == null ? Set.of() : new HashSet<>(range.extras());
			lastCalls.clear();
			lastEvents.clear();
			events = null;
		}

		/** The service events offered to call types: the last {@value PlanningContext#LOOKBACK_DAYS} days and the horizon. */
		List<ServiceEvent> events(Horizon horizon, Instant now) {
			if (events == null) {
				events = data.events(from(horizon), to(horizon, now), EnumSet.allOf(ServiceEventKind.class));
				if (complaints == null) {
					Map<String, Matter> byMatter = new HashMap<>();
					events.forEach(e -> add(byMatter, e));
					complaints = byMatter;
				}
			}
			return events;
		}

		/** As {@link #events(Horizon, Instant)}, only of the contacts of {@code range}. */
		List<ServiceEvent> events(Horizon horizon, Instant now, ContactRange range) {
			loadComplaints(horizon, now);
			return data.events(from(horizon), to(horizon, now), EnumSet.allOf(ServiceEventKind.class), range);
		}

		/** Reads the complaints of the look-back window and the horizon, unless they are read already. */
		void loadComplaints(Horizon horizon, Instant now) {
			if (complaints == null) {
				// read one by one, keeping a few numbers of each: not the events with their contacts (issue 15)
				Map<String, Matter> byMatter = new HashMap<>();
				data.eachEvent(from(horizon), to(horizon, now), EnumSet.of(ServiceEventKind.COMPLAINT), e -> add(byMatter, e));
				complaints = byMatter;
			}
		}

		private static Instant from(Horizon horizon) {
			return horizon.from().minusDays(PlanningContext.LOOKBACK_DAYS).atStartOfDay(ZoneId.systemDefault()).toInstant();
		}

		private static Instant to(Horizon horizon, Instant now) {
			Instant to = horizon.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
			return to.isAfter(now) ? to : now;
		}

		/** Adds {@code e} to its matter if it is a complaint (events come earliest first). */
		private static void add(Map<String, Matter> byMatter, ServiceEvent e) {
			if (e.getKind() == ServiceEventKind.COMPLAINT) {
				byMatter.computeIfAbsent(matter(e), k -> new Matter(e.getComplaintCategory())).add(e);
			}
		}

		/** Whether {@code contactId}'s history is in the maps of the current range. */
		private boolean inRange(long contactId) {
			return range == null || range.contains(contactId) || extras.contains(contactId);
		}

		@Override
		public Optional<LocalDate> lastCompletedCall(long contactId, String callTypeId) {
			if (!inRange(contactId)) {
				return Optional.ofNullable(data.lastCompletedCalls(callTypeId, PlanningContext.DEFAULT_ZONE, one(contactId)).get(contactId));
			}
			return Optional.ofNullable(lastCalls.computeIfAbsent(callTypeId, t -> range == null
					? data.lastCompletedCalls(t, PlanningContext.DEFAULT_ZONE)
					: data.lastCompletedCalls(t, PlanningContext.DEFAULT_ZONE, range)).get(contactId));
		}

		@Override
		public Optional<LocalDate> lastEvent(long contactId, ServiceEventKind kind) {
			if (!inRange(contactId)) {
				return Optional.ofNullable(data.lastEvents(kind, PlanningContext.DEFAULT_ZONE, one(contactId)).get(contactId));
			}
			return Optional.ofNullable(lastEvents.computeIfAbsent(kind, k -> range == null
					? data.lastEvents(k, PlanningContext.DEFAULT_ZONE)
					: data.lastEvents(k, PlanningContext.DEFAULT_ZONE, range)).get(contactId));
		}

		private static ContactRange one(long contactId) {
			return new ContactRange(0, 0, List.of(contactId));
		}

		/**
		 * The complaints of the same matter made from {@code from} to {@code to} (days in
		 * {@link PlanningContext#DEFAULT_ZONE}), earliest first, each a new event with what {@link Matter} keeps.
		 */
		@Override
		public List<ServiceEvent> complaintsLike(ServiceEvent complaint, LocalDate from, LocalDate to) {
			List<ServiceEvent> result = new ArrayList<>();
			Matter like = complaints == null ? null : complaints.get(matter(complaint));
			if (like == null) {
				LocalDate day = complaint.getOccurredAt().toInstant().atZone(PlanningContext.DEFAULT_ZONE).toLocalDate();
				if (!day.isBefore(from) && !day.isAfter(to)) {
					result.add(complaint);
				}
				return result;
			}
			long start = from.getYear() < -100_000 ? Long.MIN_VALUE
					: from.atStartOfDay(PlanningContext.DEFAULT_ZONE).toInstant().toEpochMilli();
			long end = to.getYear() > 100_000 ? Long.MAX_VALUE
					: to.plusDays(1).atStartOfDay(PlanningContext.DEFAULT_ZONE).toInstant().toEpochMilli();
			for (int i = like.firstAtOrAfter(start); i < like.size && like.times[i] < end; i++) {
				result.add(like.event(i));
			}
			return result;
		}

		/**
		 * As the default, from the arrays of the complaint's matter without making an event: the answers for every
		 * day of the matter that has a complaint are worked out together, the first time a window length is asked
		 * about, in one pass over the matter (a count of each contact's complaints inside the window as it slides),
		 * and kept for the run. A day without a complaint of the matter (a complaint not read with the others, or a
		 * day in another zone than {@link PlanningContext#DEFAULT_ZONE}) and a complaint on a matter of its own are
		 * answered by the default.
		 */
		@Override
		public int mostContactsOnMatter(ServiceEvent complaint, LocalDate made, int windowDays) {
			if (windowDays < 1) {
				throw new IllegalArgumentException("windowDays must be 1 or more, not " + windowDays);
			}
			Matter like = complaints == null ? null : complaints.get(matter(complaint));
			int most = like == null ? -1 : like.mostContacts(made.toEpochDay(), windowDays);
			return most >= 0 ? most : PlanningHistory.super.mostContactsOnMatter(complaint, made, windowDays);
		}

		/**
		 * The complaints about one matter, earliest first (occurrence, then id, as read), in parallel arrays: id,
		 * contact id, moment, severity and whether resolved, and the subject as spelt (one string for each spelling).
		 * About 30 bytes a complaint, where an event read as EMF objects with its contact and date took several
		 * hundred: at 10,000,000 contacts the look-back window held 200,000 complaints, 14 MB of events alone.
		 * The engineer and the external reference are not kept.
		 */
		private static final class Matter {
			private final ComplaintCategory category;
			private final List<String> spellings = new ArrayList<>(1);
			private long[] ids = new long[4];
			private long[] contacts = new long[4];
			private long[] times = new long[4];
			private byte[] severities = new byte[4];
			private boolean[] resolved = new boolean[4];
			private String[] subjects = new String[4];
			private int size;
			/** The days (epoch days in {@link PlanningContext#DEFAULT_ZONE}) with a complaint, ascending; on first use. */
			private int[] days;
			/** By window length: for each of {@link #days}, the most distinct contacts in a window holding it. */
			private Map<Integer, int[]> mostByWindow;

			Matter(ComplaintCategory category) {
				this.category = category;
			}

			void add(ServiceEvent e) {
				if (size == ids.length) {
					int n = size * 2;
					ids = Arrays.copyOf(ids, n);
					contacts = Arrays.copyOf(contacts, n);
					times = Arrays.copyOf(times, n);
					severities = Arrays.copyOf(severities, n);
					resolved = Arrays.copyOf(resolved, n);
					subjects = Arrays.copyOf(subjects, n);
				}
				ids[size] = e.getId();
				contacts[size] = e.getContact() == null ? NO_CONTACT : e.getContact().getId();
				times[size] = e.getOccurredAt().getTime();
				severities[size] = (byte) e.getSeverity().ordinal();
				resolved[size] = e.isResolved();
				subjects[size] = spelling(e.getSubject());
				size++;
				days = null;
				mostByWindow = null;
			}

			/**
			 * The most distinct contacts with a complaint about this matter within {@code window} consecutive days
			 * that include {@code day} (an epoch day), or -1 if no complaint of the matter was made on {@code day}.
			 */
			int mostContacts(long day, int window) {
				if (days == null) {
					days = distinct(days());
					mostByWindow = new HashMap<>();
				}
				int i = day < Integer.MIN_VALUE || day > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(days, (int) day);
				return i < 0 ? -1 : mostByWindow.computeIfAbsent(window, this::mostContacts)[i];
			}

			/**
			 * For each of {@link #days}: the most distinct contacts in the windows of {@code window} days that
			 * include it. A window that holds a complaint day has as many contacts as at most the one starting on
			 * its first complaint day (moving its start there leaves every complaint in it, and may take in more at
			 * its end), so only the windows starting on a complaint day are counted, in one pass: a contact's
			 * complaints inside the window are counted as its end moves forward and its start follows.
			 */
			private int[] mostContacts(int window) {
				int[] dayOf = days();
				int[] inWindow = new int[days.length];
				Map<Long, Integer> inside = new HashMap<>();
				int first = 0;
				int next = 0;
				for (int d = 0; d < days.length; d++) {
					long last = (long) days[d] + window - 1;
					for (; next < size && dayOf[next] <= last; next++) {
						if (contacts[next] != NO_CONTACT) {
							inside.merge(contacts[next], 1, Integer::sum);
						}
					}
					for (; first < next && dayOf[first] < days[d]; first++) {
						if (contacts[first] != NO_CONTACT) {
							inside.computeIfPresent(contacts[first], (k, n) -> n == 1 ? null : n - 1);
						}
					}
					inWindow[d] = inside.size();
				}
				int[] most = new int[days.length];
				for (int d = 0; d < days.length; d++) {
					long earliest = (long) days[d] - window + 1;
					for (int s = d; s >= 0 && days[s] >= earliest; s--) {
						most[d] = Math.max(most[d], inWindow[s]);
					}
				}
				return most;
			}

			/** The day of each complaint, as an epoch day in {@link PlanningContext#DEFAULT_ZONE} (ascending). */
			private int[] days() {
				int[] result = new int[size];
				for (int i = 0; i < size; i++) {
					result[i] = (int) LocalDate.ofInstant(Instant.ofEpochMilli(times[i]), PlanningContext.DEFAULT_ZONE).toEpochDay();
				}
				return result;
			}

			private static int[] distinct(int[] ascending) {
				int n = 0;
				int[] result = new int[ascending.length];
				for (int day : ascending) {
					if (n == 0 || result[n - 1] != day) {
						result[n++] = day;
					}
				}
				return Arrays.copyOf(result, n);
			}

			/** The one string kept for {@code subject} (a matter has one spelling, or a few). */
			private String spelling(String subject) {
				for (String s : spellings) {
					if (s.equals(subject)) {
						return s;
					}
				}
				if (subject != null) {
					spellings.add(subject);
				}
				return subject;
			}

			/** The first complaint made at {@code millis} or later ({@link #size} if none). */
			int firstAtOrAfter(long millis) {
				int low = 0;
				int high = size;
				while (low < high) {
					int mid = (low + high) >>> 1;
					if (times[mid] < millis) {
						low = mid + 1;
					} else {
						high = mid;
					}
				}
				return low;
			}

			/** Complaint {@code i} as a new event: its id, kind, moment, contact (its id), category, subject, severity, resolved. */
			ServiceEvent event(int i) {
				RevisitFactory f = RevisitFactory.eINSTANCE;
				ServiceEvent e = f.createServiceEvent();
				e.setId(ids[i]);
				e.setKind(ServiceEventKind.COMPLAINT);
				e.setOccurredAt(new Date(times[i]));
				if (contacts[i] != NO_CONTACT) {
					Contact contact = f.createContact();
					contact.setId(contacts[i]);
					e.setContact(contact);
				}
				e.setComplaintCategory(category);
				e.setSubject(subjects[i]);
				e.setSeverity(SEVERITIES[severities[i]]);
				e.setResolved(resolved[i]);
				return e;
			}

			private static final long NO_CONTACT = Long.MIN_VALUE;
			private static final ComplaintSeverity[] SEVERITIES = ComplaintSeverity.values();
		}

		private static String matter(ServiceEvent e) {
			String subject = e.getSubject() == null ? "" : e.getSubject().strip().toLowerCase(Locale.ROOT);
			return e.getComplaintCategory() + "|" + subject;
		}
	}
}
