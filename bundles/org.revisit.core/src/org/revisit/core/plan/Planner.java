package org.revisit.core.plan;

import org.revisit.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.HolidayCalendarRepository;
import org.revisit.store.PlanningData;
import org.revisit.store.PlanningData.NewTask;
import org.revisit.store.PlanningData.TaskRow;
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
		String chosen = store.planning().setting(HOLIDAY_CALENDAR, null);
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
		String value = store.planning().setting(WEEKLY_BUDGET, String.valueOf(DEFAULT_WEEKLY_BUDGET));
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
	 * Plans {@code horizon} as of {@code now}.
	 *
	 * @param who the user or process the run is recorded for
	 * @param monitor progress and cancellation, or {@code null}
	 * @throws OperationCanceledException if {@code monitor} was cancelled
	 */
	public PlanReport plan(Horizon horizon, Instant now, String who, IProgressMonitor monitor) {
		// One run at a time: a second one waits for the first (and then finds its calls planned already).
		try (PlanningData.RunLock lock = store.planning().lockRun()) {
			return planLocked(horizon, now, who, monitor);
		}
	}

	private PlanReport planLocked(Horizon horizon, Instant now, String who, IProgressMonitor monitor) {
		long started = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Plan_progress, horizon.from(), horizon.to()), 100);
		int budget = weeklyBudget();
		PlanningData data = store.planning();
		long run = data.startRun(now, horizon.from(), horizon.to(), who);
		int moved = data.moveToSuccessors();

		List<String> problems = new ArrayList<>();
		LoadedHistory history = new LoadedHistory(data);
		List<CampaignPlan> plans = campaignPlans(horizon, now, history, problems);
		progress.worked(5);
		Set<Long> failed = new HashSet<>();
		List<Candidate> candidates = new ArrayList<>();
		Map<Long, Contact> contacts = new HashMap<>();
		long[] proposals = { 0 };

		List<CampaignPlan> forContacts = plans.stream().filter(p -> p.callType().subjects().contains(Subject.CONTACTS)).toList();
		SubMonitor contactWork = progress.split(45);
		if (!forContacts.isEmpty()) {
			long total = store.contacts().count();
			contactWork.setWorkRemaining((int) Math.max(1, total / 10_000 + 1));
			long[] seen = { 0 };
			data.streamContacts(contact -> {
				boolean wanted = false;
				for (CampaignPlan plan : forContacts) {
					if (!failed.contains(plan.campaign().getId()) && plan.filter().test(contact)) {
						List<Proposal> ps = propose(plan, failed, problems, () -> plan.callType().forContact(contact, plan.context()));
						for (Proposal p : ps) {
							candidates.add(new Candidate(plan, p, true));
						}
						wanted |= !ps.isEmpty();
						proposals[0] += ps.size();
					}
				}
				if (wanted || contact.getStatus() == ContactStatus.LEFT_COMPANY) {
					contacts.put(contact.getId(), contact);
				}
				if (++seen[0] % 10_000 == 0) {
					contactWork.split(1);
				}
			});
		}
		SubMonitor eventWork = progress.split(10);
		List<CampaignPlan> forEvents = plans.stream().filter(p -> p.callType().subjects().contains(Subject.EVENTS)).toList();
		if (!forEvents.isEmpty()) {
			for (ServiceEvent event : history.events(horizon, now)) {
				for (CampaignPlan plan : forEvents) {
					if (!failed.contains(plan.campaign().getId())) {
						List<Proposal> ps = propose(plan, failed, problems, () -> plan.callType().forEvent(event, plan.context()));
						ps.forEach(p -> candidates.add(new Candidate(plan, p, false)));
						proposals[0] += ps.size();
					}
				}
			}
		}
		List<CampaignPlan> forCallbacks = plans.stream().filter(p -> p.callType().subjects().contains(Subject.CALLBACKS)).toList();
		if (!forCallbacks.isEmpty()) {
			for (Callback callback : data.openCallbacks()) {
				for (CampaignPlan plan : forCallbacks) {
					if (!failed.contains(plan.campaign().getId())) {
						List<Proposal> ps = propose(plan, failed, problems, () -> plan.callType().forCallback(callback, plan.context()));
						ps.forEach(p -> candidates.add(new Candidate(plan, p, false)));
						proposals[0] += ps.size();
					}
				}
			}
		}
		eventWork.done();
		checkCancel(progress);
		candidates.removeIf(c -> failed.contains(c.plan().campaign().getId()));
		loadContacts(candidates, contacts);

		Round round = new Round(horizon, now, budget, contacts::get);
		Set<Long> reconciled = new HashSet<>();
		plans.stream().map(p -> p.campaign().getId()).filter(id -> !failed.contains(id)).forEach(reconciled::add);
		Set<Long> paused = store.campaigns().paused();
		for (Campaign campaign : store.campaigns().list()) {
			// A paused campaign keeps its planned calls (they are not handed out until it resumes).
			if (!planned(campaign, horizon) && registry.get(campaign.getCallTypeId()) != null
					&& !paused.contains(campaign.getId())) {
				reconciled.add(campaign.getId()); // an inactive or ended campaign wants nothing: its planned calls go
			}
		}
		List<TaskRow> tasks = data.tasks(weekStart(horizon.from()), horizon.to().plusDays(8).atStartOfDay(ZoneId.systemDefault()).toInstant());
		Round.Outcome outcome = round.decide(candidates, tasks, data::existingKeys, reconciled);
		progress.worked(15);
		checkCancel(progress);

		List<NewTask> fresh = new ArrayList<>();
		Map<Gate, Integer> refused = new EnumMap<>(Gate.class);
		for (Decision d : outcome.decisions()) {
			if (d.accepted()) {
				Proposal p = d.proposal();
				fresh.add(new NewTask(p.contactId(), d.campaign().getId(), d.callTypeId(), d.dueFrom(), d.dueTo(),
						d.priority(), p.reason(), p.sourceEventId(), p.key(), p.callbackId(), p.isPromise() ? p.at() : null));
			} else {
				refused.merge(d.refusal().gate(), 1, Integer::sum);
			}
		}
		// Cancellations first: a call that gives way is gone before the one that outranks it is written, so a
		// run stopped half-way never leaves a contact over its budget (the next run writes what is missing).
		int cancelled = data.cancel(outcome.cancellations());
		SubMonitor write = progress.split(25);
		write.setWorkRemaining(fresh.size() / PlanningData.CHUNK + 2);
		Map<String, Integer> created = new TreeMap<>();
		int inserted = 0;
		for (int from = 0; from < fresh.size(); from += PlanningData.CHUNK) {
			checkCancel(write);
			for (NewTask t : data.insert(fresh.subList(from, Math.min(fresh.size(), from + PlanningData.CHUNK)))) {
				created.merge(t.callType(), 1, Integer::sum);
				inserted++;
			}
			write.worked(1);
		}
		if (inserted < fresh.size()) {
			int others = fresh.size() - inserted;
			problems.add(NLS.bind(Messages.Plan_otherRun, others));
			refused.merge(Gate.ALREADY_PLANNED, others, Integer::sum);
		}
		data.finishRun(run, store.clock().instant(), inserted, cancelled, moved);
		progress.done();
		return new PlanReport(horizon, plans.size(), proposals[0], created, cancelled, moved, refused, problems,
				calendar.decreeWarnings(horizon.from(), horizon.to()), Duration.ofNanos(System.nanoTime() - started));
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
		contacts.putAll(store.planning().contacts(missing));
		Set<Long> successors = new HashSet<>();
		for (Contact k : contacts.values()) {
			if (k.getStatus() == ContactStatus.LEFT_COMPANY && k.getSuccessor() != null && !contacts.containsKey(k.getSuccessor().getId())) {
				successors.add(k.getSuccessor().getId());
			}
		}
		contacts.putAll(store.planning().contacts(successors));
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

	/** The history call types read, loaded from the store on first use, once per run. */
	static final class LoadedHistory implements PlanningHistory {

		private final PlanningData data;
		private final Map<String, Map<Long, LocalDate>> lastCalls = new HashMap<>();
		private final Map<ServiceEventKind, Map<Long, LocalDate>> lastEvents = new EnumMap<>(ServiceEventKind.class);
		private final Map<String, List<ServiceEvent>> complaints = new HashMap<>();
		private List<ServiceEvent> events;

		LoadedHistory(PlanningData data) {
			this.data = data;
		}

		/** The service events offered to call types: the last {@value PlanningContext#LOOKBACK_DAYS} days and the horizon. */
		List<ServiceEvent> events(Horizon horizon, Instant now) {
			if (events == null) {
				ZoneId zone = ZoneId.systemDefault();
				Instant from = horizon.from().minusDays(PlanningContext.LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
				Instant to = horizon.to().plusDays(1).atStartOfDay(zone).toInstant();
				events = data.events(from, to.isAfter(now) ? to : now, EnumSet.allOf(ServiceEventKind.class));
				for (ServiceEvent e : events) {
					if (e.getKind() == ServiceEventKind.COMPLAINT) {
						complaints.computeIfAbsent(matter(e), k -> new ArrayList<>()).add(e);
					}
				}
			}
			return events;
		}

		@Override
		public Optional<LocalDate> lastCompletedCall(long contactId, String callTypeId) {
			return Optional.ofNullable(lastCalls.computeIfAbsent(callTypeId,
					t -> data.lastCompletedCalls(t, PlanningContext.DEFAULT_ZONE)).get(contactId));
		}

		@Override
		public Optional<LocalDate> lastEvent(long contactId, ServiceEventKind kind) {
			return Optional.ofNullable(lastEvents.computeIfAbsent(kind,
					k -> data.lastEvents(k, PlanningContext.DEFAULT_ZONE)).get(contactId));
		}

		@Override
		public List<ServiceEvent> complaintsLike(ServiceEvent complaint, LocalDate from, LocalDate to) {
			List<ServiceEvent> result = new ArrayList<>();
			for (ServiceEvent e : complaints.getOrDefault(matter(complaint), List.of(complaint))) {
				LocalDate day = e.getOccurredAt().toInstant().atZone(PlanningContext.DEFAULT_ZONE).toLocalDate();
				if (!day.isBefore(from) && !day.isAfter(to)) {
					result.add(e);
				}
			}
			return result;
		}

		private static String matter(ServiceEvent e) {
			String subject = e.getSubject() == null ? "" : e.getSubject().strip().toLowerCase(Locale.ROOT);
			return e.getComplaintCategory() + "|" + subject;
		}
	}
}
