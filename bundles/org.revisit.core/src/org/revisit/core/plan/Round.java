package org.revisit.core.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.store.PlanningData.TaskRow;

/**
 * The gates of one planning round, as a pure computation: proposed calls in, decisions and cancellations
 * out. The planner feeds it a whole run, the explainer one contact; both see the same verdicts.
 */
final class Round {

	/** A promised callback's task stays open this long after the promised moment. */
	static final Duration PROMISED_SLOT = Duration.ofHours(1);

	/** A proposed call and the campaign it is for. */
	record Candidate(CampaignPlan plan, Proposal proposal, boolean aboutThePerson) {
	}

	/** What a round decided. */
	record Outcome(List<Decision> decisions, Map<Long, String> cancellations) {
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
				unwanted.putIfAbsent(key, refusal.gate() + ": " + refusal.detail());
			}
		}
		Set<String> existing = new HashSet<>();
		toAsk.forEach((campaign, ks) -> keys.existing(campaign, ks).forEach(k -> existing.add(key(campaign, k))));

		Map<Long, List<TaskRow>> byContact = new HashMap<>();
		Map<String, TaskRow> byKey = new HashMap<>();
		for (TaskRow t : tasks) {
			byContact.computeIfAbsent(t.contactId(), k -> new ArrayList<>()).add(t);
			if (t.planKey() != null) {
				byKey.put(key(t.campaignId(), t.planKey()), t);
			}
		}

		Map<Long, String> cancellations = new LinkedHashMap<>();
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
				p.checks().add(Check.fail(Gate.ALREADY_PLANNED, t == null ? "a task with key " + p.proposal().key()
						+ " exists" : "task #" + t.id() + " (" + t.state() + ")"));
				decisions.add(p.decision());
				continue;
			}
			p.checks().add(Check.pass(Gate.ALREADY_PLANNED, "new"));
			TaskRow pending = ledger.pending(p.candidate().plan().callTypeId());
			if (pending != null) {
				p.checks().add(Check.fail(Gate.PENDING_CALL, pending.id() == 0 ? "another call of this type is planned "
						+ "in this run" : "task #" + pending.id() + " of this type is still " + pending.state()));
				decisions.add(p.decision());
				continue;
			}
			p.checks().add(Check.pass(Gate.PENDING_CALL, "none pending"));
			p.checks().add(ledger.book(p));
			decisions.add(p.decision());
		}
		for (TaskRow t : tasks) {
			if (t.planKey() != null && "PLANNED".equals(t.state()) && reconciledCampaigns.contains(t.campaignId())
					&& horizon.contains(t.dueFrom().atZone(ZoneId.systemDefault()).toLocalDate())
					&& !wanted.contains(key(t.campaignId(), t.planKey()))) {
				cancellations.putIfAbsent(t.id(), "no longer planned: "
						+ unwanted.getOrDefault(key(t.campaignId(), t.planKey()), "the call type no longer proposes it"));
			}
		}
		return new Outcome(decisions, cancellations);
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
				if (callType.equals(b.candidate().plan().callTypeId())) {
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
				if (!cancellations.containsKey(t.id()) && week(t.dueFrom()).equals(week)) {
					inWeek.add(t);
				}
			}
			long bookedInWeek = booked.stream().filter(b -> week(b.dueFrom()).equals(week)).count();
			long used = inWeek.size() + bookedInWeek;
			if (used < weeklyBudget) {
				booked.add(p);
				return Check.pass(Gate.WEEKLY_BUDGET, (used + 1) + " of " + weeklyBudget + " calls in the week of " + week);
			}
			// Full: the lowest planned call of the week gives way if this one outranks it.
			TaskRow weakest = null;
			for (TaskRow t : inWeek) {
				if ("PLANNED".equals(t.state()) && t.planKey() != null && t.priority() < p.priority()
						&& (weakest == null || t.priority() < weakest.priority())) {
					weakest = t;
				}
			}
			if (weakest != null) {
				cancellations.put(weakest.id(), "weekly budget: gives way to " + p.candidate().plan().callTypeId()
						+ " (priority " + p.priority() + " over " + weakest.priority() + ")");
				booked.add(p);
				return Check.pass(Gate.WEEKLY_BUDGET, "week of " + week + " was full; task #" + weakest.id() + " ("
						+ weakest.callType() + ", priority " + weakest.priority() + ") gives way");
			}
			return Check.fail(Gate.WEEKLY_BUDGET, "the week of " + week + " already has " + used + " of "
					+ weeklyBudget + " calls of equal or higher priority");
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
			checks.add(Check.fail(Gate.CONTACT_STATUS, "contact #" + p.contactId() + " does not exist"));
			return new Placed(c, p, null, checks, null, null, priority);
		}
		if (contact.getStatus() == ContactStatus.LEFT_COMPANY) {
			Contact successor = contact.getSuccessor() == null ? null : contacts.apply(contact.getSuccessor().getId());
			if (c.aboutThePerson() || successor == null || successor.getStatus() != ContactStatus.ACTIVE) {
				checks.add(Check.fail(Gate.CONTACT_STATUS, contact.getName() + " left the company"
						+ (c.aboutThePerson() ? "" : successor == null ? " and has no successor" : "; the successor left too")));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.CONTACT_STATUS, contact.getName() + " left the company; the call goes to the successor "
					+ successor.getName() + " (#" + successor.getId() + ")"));
			p = p.forContact(successor.getId());
			contact = successor;
		} else {
			checks.add(Check.pass(Gate.CONTACT_STATUS, "active"));
		}
		if (contact.isDoNotCall()) {
			checks.add(Check.fail(Gate.DO_NOT_CALL, contact.getName() + " asked not to be called"));
			return new Placed(c, p, contact, checks, null, null, priority);
		}
		checks.add(Check.pass(Gate.DO_NOT_CALL, "may be called"));
		ZoneId zone = zone(contact);
		CallingHours hours = plan.hours();
		Instant from;
		Instant to;
		LocalDate day;
		if (p.at() != null) {
			day = p.at().atZone(zone).toLocalDate();
			if (day.isAfter(horizon.to())) {
				checks.add(Check.fail(Gate.HORIZON, "promised for " + day + ", after the horizon ends " + horizon.to()));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.HORIZON, day.isBefore(horizon.from()) ? "promised for " + day + ", overdue"
					: "promised for " + day));
			checks.add(Check.pass(Gate.WORKING_DAY, "a promised time is kept"));
			CallingHours.Verdict v = hours.check(p.at(), zone);
			checks.add(Check.pass(Gate.CALLING_HOURS, "promised at " + p.at().atZone(zone).toLocalTime()
					+ " " + zone.getId() + (v.allowed() ? "" : " (outside the usual hours: " + v.detail() + ")")));
			from = p.at();
			to = p.at().plus(PROMISED_SLOT);
		} else {
			day = p.day();
			LocalDate today = now.atZone(zone).toLocalDate();
			LocalDate first = horizon.from().isBefore(today) ? today : horizon.from();
			String late = "";
			if (day.isBefore(first)) {
				if (p.latest() != null && p.latest().isBefore(first)) {
					checks.add(Check.fail(Gate.HORIZON, "due " + day + ", too late after " + p.latest()));
					return new Placed(c, p, contact, checks, null, null, priority);
				}
				late = "due " + day + ", overdue: placed on " + first;
				day = first;
			}
			if (day.isAfter(horizon.to())) {
				checks.add(Check.fail(Gate.HORIZON, "due " + day + ", after the horizon ends " + horizon.to()));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.HORIZON, late.isEmpty() ? "due " + day : late));
			WorkingCalendar calendar = hours.calendar();
			LocalDate working = shift(day, p.shift(), first, calendar);
			List<CallingHours.Slot> slots = working == null ? List.of() : hours.slots(working, zone);
			String moved = working != null && !working.equals(day) ? " moved to " + working : "";
			if (working != null && !slots.isEmpty() && !slots.get(slots.size() - 1).end().toInstant().isAfter(now)) {
				// Today's windows are over: the next working day.
				working = calendar.nextWorkingDay(working.plusDays(1));
				slots = hours.slots(working, zone);
				moved = " moved to " + working + " (today's calling windows are over)";
			}
			if (working == null || working.isAfter(horizon.to()) || (p.latest() != null && working.isAfter(p.latest()))) {
				checks.add(Check.fail(Gate.WORKING_DAY, calendar.describe(day).reason() + " on " + day
						+ "; no working day for it in time"));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			checks.add(Check.pass(Gate.WORKING_DAY, moved.isEmpty() ? working + " is a working day"
					: calendar.describe(day).reason() + " on " + day + ";" + moved));
			if (slots.isEmpty()) {
				checks.add(Check.fail(Gate.CALLING_HOURS, "the campaign has no calling window"));
				return new Placed(c, p, contact, checks, null, null, priority);
			}
			from = slots.get(0).start().toInstant();
			to = slots.get(slots.size() - 1).end().toInstant();
			checks.add(Check.pass(Gate.CALLING_HOURS, working + " " + hours.windows() + " " + zone.getId()));
			day = working;
		}
		Campaign campaign = plan.campaign();
		if (!campaign.isActive()) {
			checks.add(Check.fail(Gate.CAMPAIGN, "campaign \"" + campaign.getName() + "\" is not active"));
		} else if (campaign.getActiveFrom() != null && day.isBefore(campaign.getActiveFrom())
				|| campaign.getActiveTo() != null && day.isAfter(campaign.getActiveTo())) {
			checks.add(Check.fail(Gate.CAMPAIGN, "campaign \"" + campaign.getName() + "\" runs "
					+ (campaign.getActiveFrom() == null ? "" : "from " + campaign.getActiveFrom() + " ")
					+ (campaign.getActiveTo() == null ? "" : "to " + campaign.getActiveTo()) + ", not on " + day));
		} else {
			checks.add(Check.pass(Gate.CAMPAIGN, "campaign \"" + campaign.getName() + "\", priority " + priority));
		}
		return new Placed(c, p, contact, checks, from, to, priority);
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

	private static String key(long campaignId, String planKey) {
		return campaignId + "|" + planKey;
	}
}
