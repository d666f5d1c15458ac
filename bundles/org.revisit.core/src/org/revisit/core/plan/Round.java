package org.revisit.core.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.internal.Messages;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.store.PlanningReads.TaskRow;

/**
 * The gates of one planning round, as a pure computation: proposed calls in, decisions and cancellations
 * out. The planner feeds it a whole run, the explainer one contact; both see the same verdicts.
 */
final class Round {

	/** The gates that only say a call cannot be placed in time; they never cancel a task already placed. */
	private static final Set<Gate> TIMING = EnumSet.of(Gate.HORIZON, Gate.WORKING_DAY, Gate.CALLING_HOURS);

	/** A promised callback's task stays open this long after the promised moment. */
	static final Duration PROMISED_SLOT = Duration.ofHours(1);

	/** A proposed call and the campaign it is for. */
	record Candidate(CampaignPlan plan, Proposal proposal, boolean aboutThePerson) {
	}

	/** What a round decided; {@code sources}: the candidate of each decision, in the same order. */
	record Outcome(List<Decision> decisions, Map<Long, String> cancellations, List<Candidate> sources) {
	}

	/** The keys a campaign's tasks already hold; asked once per round for the keys that reached that gate. */
	interface Keys {
		Set<String> existing(long campaignId, Set<String> keys);
	}

	private final Horizon horizon;
	private final Instant now;
	private final int weeklyBudget;
	private final LongFunction<Contact> contacts;

	Round(Horizon horizon, Instant now, int weeklyBudget, LongFunction<Contact> contacts) {
		this.horizon = horizon;
		this.now = now;
		this.weeklyBudget = weeklyBudget;
		this.contacts = contacts;
	}

	/** A call after the gates up to the campaign's period, before the ones that depend on other tasks. */
	private record Placed(Candidate candidate, Proposal proposal, Contact contact, List<Check> checks, Instant dueFrom,
			Instant dueTo, int priority) {
		boolean ok() {
			return checks.stream().allMatch(Check::passed);
		}

		Decision decision() {
			return new Decision(candidate.plan().campaign(), candidate.plan().callTypeId(), proposal, checks,
					ok() ? dueFrom : null, ok() ? dueTo : null, priority);
		}
	}

	Outcome decide(List<Candidate> candidates, List<TaskRow> tasks, Keys keys, Set<Long> reconciledCampaigns) {
		List<Placed> placed = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			placed.add(place(c));
		}
		// Which keys the campaigns still want, and why the others were dropped.
		Map<String, String> unwanted = new HashMap<>();
		Set<String> wanted = new HashSet<>();
		Map<Long, Set<String>> toAsk = new HashMap<>();
		for (Placed p : placed) {
			String key = key(p.candidate().plan().campaign().getId(), p.proposal().key());
			if (p.ok()) {
				wanted.add(key);
				toAsk.computeIfAbsent(p.candidate().plan().campaign().getId(), k -> new HashSet<>()).add(p.proposal().key());
			} else {
				Check refusal = p.checks().get(p.checks().size() - 1);
				if (TIMING.contains(refusal.gate())) {
					// Wanted, but it cannot be placed from now on (today's windows are over): a task that was
					// placed earlier stays, overdue, rather than being cancelled.
					wanted.add(key);
				} else {
					unwanted.putIfAbsent(key, refusal.gate() + ": " + refusal.detail());
				}
			}
		}
		Map<Long, List<TaskRow>> byContact = new HashMap<>();
		Map<String, TaskRow> byKey = new HashMap<>();
		for (TaskRow t : tasks) {
			byContact.computeIfAbsent(t.contactId(), k -> new ArrayList<>()).add(t);
			if (t.planKey() != null) {
				byKey.put(key(t.campaignId(), t.planKey()), t);
			}
		}
		// Keys of the tasks at hand are known; only older ones (a done call of last month) are asked for.
		Set<String> existing = new HashSet<>();
		toAsk.forEach((campaign, ks) -> {
			ks.removeIf(k -> byKey.containsKey(key(campaign, k)) && existing.add(key(campaign, k)));
			keys.existing(campaign, ks).forEach(k -> existing.add(key(campaign, k)));
		});

		// Planned calls no campaign wants any more go first, so that they neither block a corrected call as
		// "pending" nor take a place in the weekly budget.
		Map<Long, String> cancellations = new LinkedHashMap<>();
		for (TaskRow t : tasks) {
			// A promise's call is for the day of its last allowed moment: it may start days before (see
			// beforeDeadline), and goes when its promise is closed even if that start lies before the horizon. A
			// promise whose deadline lies after the horizon is not proposed by this run and keeps its call.
			Instant moment = t.promise() && t.dueTo() != null ? t.dueTo().minusNanos(1) : t.dueFrom();
			LocalDate dueDay = moment.atZone(zoneOf(t.contactId())).toLocalDate();
			if (t.planKey() != null && "PLANNED".equals(t.state()) && reconciledCampaigns.contains(t.campaignId())
					&& horizon.contains(dueDay) && !wanted.contains(key(t.campaignId(), t.planKey()))) {
				cancellations.putIfAbsent(t.id(), NLS.bind(Messages.Plan_noLongerPlanned,
						unwanted.getOrDefault(key(t.campaignId(), t.planKey()), Messages.Plan_noLongerProposed)));
			}
		}
		placed.sort(Comparator.comparingLong((Placed p) -> p.proposal().contactId())
				.thenComparing(Comparator.comparingInt(Placed::priority).reversed())
				.thenComparing(p -> p.proposal().day()));
		List<Decision> decisions = new ArrayList<>(placed.size());
		long contact = Long.MIN_VALUE;
		ContactLedger ledger = null;
		for (Placed p : placed) {
			if (!p.ok()) {
				decisions.add(p.decision());
				continue;
			}
			if (p.proposal().contactId() != contact) {
				contact = p.proposal().contactId();
				ledger = new ContactLedger(byContact.getOrDefault(contact, List.of()), zone(p.contact()), cancellations);
			}
			String key = key(p.candidate().plan().campaign().getId(), p.proposal().key());
			if (existing.contains(key)) {
				TaskRow t = byKey.get(key);
				p.checks().add(Check.fail(Gate.ALREADY_PLANNED, t == null ? NLS.bind(Messages.Plan_alreadyKey, p.proposal().key())
						: NLS.bind(Messages.Plan_alreadyTask, t.id(), Messages.state(t.state()))));
				decisions.add(p.decision());
				continue;
			}
			p.checks().add(Check.pass(Gate.ALREADY_PLANNED, Messages.Plan_newCall));
			if (p.proposal().isPromise()) {
				// Each promise is kept: neither another pending call nor the weekly budget may swallow it.
				p.checks().add(Check.pass(Gate.PENDING_CALL, Messages.Plan_promiseNeverPending));
				p.checks().add(ledger.book(p));
				decisions.add(p.decision());
				continue;
			}
			TaskRow pending = ledger.pending(p.candidate().plan().callTypeId());
			if (pending != null) {
				p.checks().add(Check.fail(Gate.PENDING_CALL, pending.id() == 0 ? Messages.Plan_pendingThisRun
						: NLS.bind(Messages.Plan_pendingTask, pending.id(), Messages.state(pending.state()))));
				decisions.add(p.decision());
				continue;
			}
			p.checks().add(Check.pass(Gate.PENDING_CALL, Messages.Plan_nonePending));
			p.checks().add(ledger.book(p));
			decisions.add(p.decision());
		}
		// one decision per placed call, in their order
		return new Outcome(decisions, cancellations, placed.stream().map(Placed::candidate).toList());
	}

	/** The budget and pending calls of one contact, as this round books new calls. */
	private final class ContactLedger {
		private final List<TaskRow> tasks;
		private final ZoneId zone;
		private final Map<Long, String> cancellations;
		private final List<Placed> booked = new ArrayList<>();

		ContactLedger(List<TaskRow> tasks, ZoneId zone, Map<Long, String> cancellations) {
			this.tasks = new ArrayList<>(tasks);
			this.zone = zone;
			this.cancellations = cancellations;
		}

		TaskRow pending(String callType) {
			for (TaskRow t : tasks) {
				if (t.pending() && callType.equals(t.callType()) && !cancellations.containsKey(t.id())) {
					return t;
				}
			}
			for (Placed b : booked) {
				if (callType.equals(b.candidate().plan().callTypeId()) && !b.proposal().isPromise()) {
					return new TaskRow(0, b.proposal().contactId(), b.candidate().plan().campaign().getId(), callType,
							b.dueFrom(), b.priority(), "PLANNED", b.proposal().key());
				}
			}
			return null;
		}

		Check book(Placed p) {
			LocalDate week = week(p.dueFrom());
			List<TaskRow> inWeek = new ArrayList<>();
			for (TaskRow t : tasks) {
				if (!cancellations.containsKey(t.id()) && week(counted(t)).equals(week)) {
					inWeek.add(t);
				}
			}
			Check share = shareFull(p, week, inWeek);
			if (share != null) {
				return share;
			}
			long bookedInWeek = booked.stream().filter(b -> week(b.dueFrom()).equals(week)).count();
			long used = inWeek.size() + bookedInWeek;
			if (used < weeklyBudget) {
				booked.add(p);
				return Check.pass(Gate.WEEKLY_BUDGET, NLS.bind(Messages.Plan_budgetUsed, new Object[] { used + 1, weeklyBudget, week }));
			}
			// Full: the lowest planned call of the week gives way if this one outranks it.
			TaskRow weakest = null;
			for (TaskRow t : inWeek) {
				if ("PLANNED".equals(t.state()) && t.planKey() != null && !t.promise() && t.priority() < p.priority()
						&& (weakest == null || t.priority() < weakest.priority())) {
					weakest = t;
				}
			}
			if (weakest != null) {
				cancellations.put(weakest.id(), NLS.bind(Messages.Plan_budgetGivesWay,
						new Object[] { p.candidate().plan().callTypeId(), p.priority(), weakest.priority() }));
				booked.add(p);
				return Check.pass(Gate.WEEKLY_BUDGET, NLS.bind(Messages.Plan_budgetBumped,
						new Object[] { week, weakest.id(), weakest.callType(), weakest.priority() }));
			}
			if (p.proposal().isPromise()) {
				booked.add(p);
				return Check.pass(Gate.WEEKLY_BUDGET, NLS.bind(Messages.Plan_budgetPromise, new Object[] { week, used, weeklyBudget }));
			}
			return Check.fail(Gate.WEEKLY_BUDGET, NLS.bind(Messages.Plan_budgetFull, new Object[] { week, used, weeklyBudget }));
		}

		/**
		 * When a task takes its place in a budget: its due time, or now for a pending call whose day has passed
		 * (an overdue call is still to be made, so it counts in the week it will be made in).
		 */
		private Instant counted(TaskRow t) {
			return t.pending() && t.dueFrom().isBefore(now) ? now : t.dueFrom();
		}

		/**
		 * The refusal when the call's campaign already has its share of the contact's week: at most
		 * ceil(share% x budget) of the campaign's calls (a promise is kept all the same); {@code null} otherwise.
		 */
		private Check shareFull(Placed p, LocalDate week, List<TaskRow> inWeek) {
			Campaign campaign = p.candidate().plan().campaign();
			int share = campaign.getBudgetShare();
			if (share >= 100 || p.proposal().isPromise()) {
				return null;
			}
			int limit = (share * weeklyBudget + 99) / 100;
			long id = campaign.getId();
			long used = inWeek.stream().filter(t -> t.campaignId() == id).count() + booked.stream()
					.filter(b -> b.candidate().plan().campaign().getId() == id && week(b.dueFrom()).equals(week)).count();
			if (used < limit) {
				return null;
			}
			return Check.fail(Gate.WEEKLY_BUDGET, NLS.bind(Messages.Plan_budgetShareFull,
					new Object[] { campaign.getName(), share, weeklyBudget, limit, week, used }));
		}

		private LocalDate week(Instant at) {
			return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}
	}

	/** The gates that need only the call itself: contact, do-not-call, horizon, working day, hours, campaign. */
	private Placed place(Candidate c) {
		List<Check> checks = new ArrayList<>();
		Proposal p = c.proposal();
		CampaignPlan plan = c.plan();
		int priority = p.priority() != null ? p.priority() : plan.campaign().getPriority();
		Contact contact = contacts.apply(p.contactId());
		if (contact == null) {
			checks.add(Check.fail(Gate.CONTACT_STATUS, NLS.bind(Messages.Plan_noContact, p.contactId())));
			return new Placed(c, p, null, checks, null, null, priority);
		}
		if (contact.getStatus() == ContactStatus.LEFT_COMPANY) {
			Contact successor = contact.getSuccessor() == null ? null : contacts.apply(contact.getSuccessor().getId());
			if (c.aboutThePerson() || successor == null || successor.getStatus() != ContactStatus.ACTIVE) {
				checks.add(Check.fail(Gate.CONTACT_STATUS, NLS.bind(c.aboutThePerson() ? Messages.Plan_left
						: successor == null ? Messages.Plan_leftNoSuccessor : Messages.Plan_leftSuccessorLeft, contact.getName())));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.CONTACT_STATUS, NLS.bind(Messages.Plan_toSuccessor,
					new Object[] { contact.getName(), successor.getName(), successor.getId() })));
			p = p.forContact(successor.getId());
			contact = successor;
		} else {
			checks.add(Check.pass(Gate.CONTACT_STATUS, Messages.Plan_active));
		}
		if (contact.isDoNotCall()) {
			checks.add(Check.fail(Gate.DO_NOT_CALL, NLS.bind(Messages.Plan_doNotCall, contact.getName())));
			return new Placed(c, p, contact, checks, null, null, priority);
		}
		checks.add(Check.pass(Gate.DO_NOT_CALL, Messages.Plan_mayBeCalled));
		ZoneId zone = zone(contact);
		CallingHours hours = plan.hours();
		Instant from;
		Instant to;
		LocalDate day;
		if (p.at() != null) {
			Instant promised = p.at();
			day = promised.atZone(zone).toLocalDate();
			if (day.isAfter(horizon.to())) {
				checks.add(Check.fail(Gate.HORIZON, NLS.bind(Messages.Plan_promisedAfterHorizon, day, horizon.to())));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.HORIZON, NLS.bind(promised.isBefore(now) ? Messages.Plan_promisedOverdue
					: Messages.Plan_promisedFor, promised.atZone(zone).toLocalDateTime().withNano(0))));
			CallingHours.Verdict v = hours.check(promised, zone);
			CallingHours.Slot slot;
			String placedHow;
			if (p.appointment() && v.allowed() && !promised.isBefore(now)) {
				slot = new CallingHours.Slot(promised.atZone(zone), promised.plus(PROMISED_SLOT).atZone(zone));
				placedHow = Messages.Plan_promisedKept;
			} else if (!p.appointment() && (slot = beforeDeadline(hours, promised, zone)) != null) {
				placedHow = Messages.Plan_deadlineBefore;
			} else if (p.appointment() && (slot = lastSlotBefore(hours, promised, zone)) != null) {
				placedHow = NLS.bind(Messages.Plan_agreedNotAllowed, v.allowed() ? "" : v.detail()); //$NON-NLS-1$
			} else if ((slot = firstSlotAfter(hours, promised.isAfter(now) ? promised : now, zone)) != null) {
				placedHow = Messages.Plan_deadlineLate;
			} else {
				checks.add(Check.fail(Gate.WORKING_DAY, NLS.bind(Messages.Plan_promisedNoSlot, SEARCH_DAYS)));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			from = slot.start().toInstant();
			to = slot.end().toInstant();
			// the day the call is for (its campaign's period): the day of its last allowed moment
			day = slot.end().minusNanos(1).toLocalDate();
			checks.add(Check.pass(Gate.WORKING_DAY, placedHow));
			Object until = slot.end().toLocalDate().equals(slot.start().toLocalDate())
					? slot.end().toLocalTime().withNano(0) : slot.end().toLocalDateTime().withNano(0);
			checks.add(Check.pass(Gate.CALLING_HOURS, NLS.bind(from.isAfter(promised) ? Messages.Plan_promisedPlacedLate
					: Messages.Plan_promisedPlaced, new Object[] { slot.start().toLocalDateTime().withNano(0),
							until, zone.getId() })));
		} else {
			day = p.day();
			LocalDate today = now.atZone(zone).toLocalDate();
			LocalDate first = horizon.from().isBefore(today) ? today : horizon.from();
			String late = "";
			if (day.isBefore(first)) {
				if (p.latest() != null && p.latest().isBefore(first)) {
					checks.add(Check.fail(Gate.HORIZON, NLS.bind(Messages.Plan_tooLate, day, p.latest())));
					return new Placed(c, p, contact, checks, null, null, priority);
				}
				late = NLS.bind(Messages.Plan_overdue, day, first);
				day = first;
			}
			if (day.isAfter(horizon.to())) {
				checks.add(Check.fail(Gate.HORIZON, NLS.bind(Messages.Plan_afterHorizon, day, horizon.to())));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.HORIZON, late.isEmpty() ? NLS.bind(Messages.Plan_due, day) : late));
			WorkingCalendar calendar = hours.calendar();
			LocalDate working = shift(day, p.shift(), first, calendar);
			List<CallingHours.Slot> slots = working == null ? List.of() : hours.slots(working, zone);
			String moved = working != null && !working.equals(day)
					? NLS.bind(Messages.Plan_movedTo, new Object[] { calendar.describe(day).reason(), day, working })
					: "";
			if (working != null && !slots.isEmpty() && !slots.get(slots.size() - 1).end().toInstant().isAfter(now)) {
				// Today's windows are over: the next working day.
				working = calendar.nextWorkingDay(working.plusDays(1));
				slots = hours.slots(working, zone);
				moved = NLS.bind(Messages.Plan_windowsOver, day, working);
			}
			if (working == null || working.isAfter(horizon.to()) || (p.latest() != null && working.isAfter(p.latest()))) {
				checks.add(Check.fail(Gate.WORKING_DAY, NLS.bind(Messages.Plan_noWorkingDay, calendar.describe(day).reason(), day)));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.WORKING_DAY, moved.isEmpty() ? NLS.bind(Messages.Plan_isWorkingDay, working) : moved));
			if (slots.isEmpty()) {
				checks.add(Check.fail(Gate.CALLING_HOURS, Messages.Plan_noWindow));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			from = slots.get(0).start().toInstant();
			to = slots.get(slots.size() - 1).end().toInstant();
			checks.add(Check.pass(Gate.CALLING_HOURS, NLS.bind(Messages.Plan_placed, new Object[] { working, hours.windows(), zone.getId() })));
			day = working;
		}
		Campaign campaign = plan.campaign();
		if (!campaign.isActive()) {
			checks.add(Check.fail(Gate.CAMPAIGN, NLS.bind(Messages.Plan_campaignInactive, campaign.getName())));
		} else if (campaign.getActiveFrom() != null && day.isBefore(campaign.getActiveFrom())
				|| campaign.getActiveTo() != null && day.isAfter(campaign.getActiveTo())) {
			checks.add(Check.fail(Gate.CAMPAIGN, NLS.bind(Messages.Plan_campaignPeriod, new Object[] { campaign.getName(),
					campaign.getActiveFrom() == null ? "…" : campaign.getActiveFrom(), //$NON-NLS-1$
					campaign.getActiveTo() == null ? "…" : campaign.getActiveTo(), day }))); //$NON-NLS-1$
		} else {
			checks.add(Check.pass(Gate.CAMPAIGN, NLS.bind(Messages.Plan_campaignOk, campaign.getName(), priority)));
		}
		Check sampled = Sampling.check(plan, p);
		if (sampled != null) {
			checks.add(sampled);
		}
		return new Placed(c, p, contact, checks, from, to, priority);
	}

	/** How many days a promise looks for an allowed slot, before or after the promised moment. */
	static final int SEARCH_DAYS = 31;

	/**
	 * The last allowed stretch of time before {@code promised} that has not passed: the latest slot that starts
	 * before it, cut off at it. {@code null} if none is left (the promise is due now, or every slot before it is
	 * over).
	 */
	private CallingHours.Slot lastSlotBefore(CallingHours hours, Instant promised, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		for (LocalDate d = promised.atZone(zone).toLocalDate(); !d.isBefore(today); d = d.minusDays(1)) {
			List<CallingHours.Slot> slots = hours.slots(d, zone);
			for (int i = slots.size() - 1; i >= 0; i--) {
				CallingHours.Slot s = slots.get(i);
				Instant start = s.start().toInstant();
				Instant end = s.end().toInstant().isAfter(promised) ? promised : s.end().toInstant();
				if (start.isBefore(promised) && end.isAfter(now)) {
					return new CallingHours.Slot(s.start(), end.atZone(zone));
				}
			}
		}
		return null;
	}

	/**
	 * Where a deadline promise ("we will call you back within 24 hours", "by Friday") goes: the last allowed slot
	 * before the deadline, cut off at it (see {@link #lastSlotBefore}); but when less than {@link #PROMISED_SLOT} of
	 * that slot lies before the deadline (a deadline at 14:06 leaves 14:00-14:06), the call starts at the beginning
	 * of the allowed slot before it (the morning's window, or the last one of the working day before) and runs to
	 * the deadline, so the agents have a whole window to keep the promise and not a few minutes. The calling hours
	 * are checked when the call is made, as for every call (a day's call already spans the lunch break). The slot
	 * before may already be over (a deadline at 09:06 planned that morning): the call is then due since then,
	 * which puts it before the calls of its priority due at 09:00 in the claim order (priority, then the start of
	 * the due time), as its deadline is the nearest. The start does not move from one run to the next, so a daily
	 * run does not rewrite the task; and the call of a deadline that leaves a whole slot is not started earlier, so
	 * calls keep coming to the agents in the order their deadlines fall due. Such a call may start before a later
	 * run's horizon: the run still cancels it when its promise is closed. {@code null} if no allowed slot before the
	 * deadline is left.
	 */
	private CallingHours.Slot beforeDeadline(CallingHours hours, Instant promised, ZoneId zone) {
		CallingHours.Slot last = lastSlotBefore(hours, promised, zone);
		if (last == null || !Duration.between(last.start(), last.end()).minus(PROMISED_SLOT).isNegative()) {
			return last;
		}
		LocalDate d = last.start().toLocalDate();
		for (int i = 0; i < SEARCH_DAYS; i++, d = d.minusDays(1)) {
			List<CallingHours.Slot> slots = hours.slots(d, zone);
			for (int k = slots.size() - 1; k >= 0; k--) {
				if (slots.get(k).start().isBefore(last.start())) {
					return new CallingHours.Slot(slots.get(k).start(), last.end());
				}
			}
		}
		return last;
	}

	/** The first allowed stretch of time from {@code from} on, or {@code null} if none within {@link #SEARCH_DAYS}. */
	private static CallingHours.Slot firstSlotAfter(CallingHours hours, Instant from, ZoneId zone) {
		LocalDate d = from.atZone(zone).toLocalDate();
		for (int i = 0; i < SEARCH_DAYS; i++, d = d.plusDays(1)) {
			for (CallingHours.Slot s : hours.slots(d, zone)) {
				if (s.end().toInstant().isAfter(from)) {
					return s.start().toInstant().isBefore(from) ? new CallingHours.Slot(from.atZone(zone), s.end()) : s;
				}
			}
		}
		return null;
	}

	/** The working day a call on {@code day} goes to, or {@code null}. */
	private static LocalDate shift(LocalDate day, Proposal.Shift shift, LocalDate first, WorkingCalendar calendar) {
		if (calendar.isWorkingDay(day) || shift == Proposal.Shift.NONE) {
			return day;
		}
		if (shift == Proposal.Shift.EARLIER) {
			LocalDate d = day.minusDays(1);
			for (int i = 0; i < 30 && !d.isBefore(first); i++, d = d.minusDays(1)) {
				if (calendar.isWorkingDay(d)) {
					return d;
				}
			}
		}
		return calendar.nextWorkingDay(day);
	}

	static ZoneId zone(Contact contact) {
		return PlanningContext.zoneOf(contact.getTimeZone());
	}

	/** The zone of contact {@code contactId}, whose days the horizon counts (not this computer's). */
	private ZoneId zoneOf(long contactId) {
		Contact contact = contacts.apply(contactId);
		return contact == null ? PlanningContext.DEFAULT_ZONE : zone(contact);
	}

	private static String key(long campaignId, String planKey) {
		return campaignId + "|" + planKey;
	}
}
