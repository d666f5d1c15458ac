package org.revisit.core.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CallType.Subject;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.internal.Messages;
import org.revisit.core.plan.Round.Candidate;
import org.revisit.model.Callback;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PhoneNumber;
import org.revisit.model.ServiceEvent;
import org.revisit.store.PlanningReads;
import org.revisit.store.PlanningReads.TaskRow;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;

/**
 * Why a contact is or is not called: for a moment, the gates that decide whether the contact may be called
 * then, the contact's pending calls, and every call the campaigns would plan for the contact over the next
 * {@value Planner#DEFAULT_DAYS} days with each gate's verdict. It runs the planner's own gates on the
 * contact alone and writes nothing.
 */
public final class Explainer {

	/** A pending call and whether it may be made at the moment explained. */
	public record PendingCall(QueueItem task, List<Check> checks) {
		public boolean callable() {
			return checks.stream().allMatch(Check::passed);
		}
	}

	/**
	 * @param now the gates at the moment explained (status, do-not-call, a phone, working day, hours)
	 * @param pending the contact's pending calls, each with the gates of that moment
	 * @param planned what planning would do for the contact over the horizon
	 * @param problems campaigns that cannot be planned, and why
	 * @param warnings what the explanation rests on, e.g. a year of the horizon without its official holiday
	 *                 arrangement ("no official calendar for 2027 yet; statutory holidays used")
	 */
	public record Explanation(Contact contact, Instant at, ZoneId zone, List<Check> now, List<PendingCall> pending,
			List<Decision> planned, List<String> problems, List<String> warnings) {

		/** Whether the contact may be called at the moment explained (ignoring which call). */
		public boolean callableNow() {
			return now.stream().allMatch(Check::passed);
		}
	}

	private final Store store;
	private final Planner planner;

	public Explainer(Store store, Planner planner) {
		this.store = store;
		this.planner = planner;
	}

	/**
	 * Explains contact {@code contactId} at {@code at}.
	 *
	 * @throws IllegalArgumentException if there is no such contact
	 */
	public Explanation explain(long contactId, Instant at) {
		Contact contact = store.contacts().find(contactId);
		if (contact == null) {
			throw new IllegalArgumentException("There is no contact " + contactId);
		}
		ZoneId zone = Round.zone(contact);
		LocalDate day = at.atZone(zone).toLocalDate();
		Horizon horizon = Horizon.of(day, Planner.DEFAULT_DAYS);
		PlanningReads data = store.planningReads();
		int budget = planner.weeklyBudget();
		List<TaskRow> tasks = data.tasksOf(contactId);

		List<Check> now = new ArrayList<>();
		boolean left = contact.getStatus() == ContactStatus.LEFT_COMPANY;
		now.add(left ? Check.fail(Gate.CONTACT_STATUS, contact.getSuccessor() == null ? Messages.Explain_left
				: NLS.bind(Messages.Explain_leftWithSuccessor, contact.getSuccessor().getName(), contact.getSuccessor().getId()))
				: Check.pass(Gate.CONTACT_STATUS, Messages.Plan_active));
		now.add(contact.isDoNotCall() ? Check.fail(Gate.DO_NOT_CALL, contact.getDoNotCallDate() == null ? Messages.Explain_doNotCall
				: NLS.bind(Messages.Explain_doNotCallSince, contact.getDoNotCallDate().toInstant().atZone(zone).toLocalDate()))
				: Check.pass(Gate.DO_NOT_CALL, Messages.Plan_mayBeCalled));
		long phones = contact.getPhones().stream().filter(p -> !p.isInvalid()).count();
		now.add(phones > 0 ? Check.pass(Gate.PHONE, NLS.bind(Messages.Explain_phones, phones,
				String.join(", ", contact.getPhones().stream().filter(p -> !p.isInvalid()).map(PhoneNumber::getNumber).toList()))) //$NON-NLS-1$
				: Check.fail(Gate.PHONE, Messages.Explain_noPhone));
		var workingDay = planner.calendar().describe(day);
		now.add(new Check(Gate.WORKING_DAY, workingDay.working(), day + " " + zone.getId() + ": " + workingDay.reason()));
		CallingHours defaultHours = new CallingHours(CallingHours.DEFAULT_WINDOWS, planner.calendar());
		CallingHours.Verdict verdict = defaultHours.check(at, zone);
		now.add(new Check(Gate.CALLING_HOURS, verdict.allowed(), verdict.detail()));
		LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long thisWeek = tasks.stream().filter(t -> !"CANCELLED".equals(t.state())
				&& t.dueFrom().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(week)).count();
		now.add(new Check(Gate.WEEKLY_BUDGET, thisWeek < budget, NLS.bind(Messages.Plan_budgetUsed, new Object[] { thisWeek, budget, week })));

		Map<Long, Campaign> campaigns = new HashMap<>();
		store.campaigns().list().forEach(c -> campaigns.put(c.getId(), c));
		List<PendingCall> pending = new ArrayList<>();
		for (QueueItem task : store.tasks().openForContact(contactId)) {
			List<Check> checks = new ArrayList<>();
			Campaign campaign = campaigns.get(task.campaignId());
			int max = campaign == null || campaign.getAttemptPolicy() == null ? 3 : campaign.getAttemptPolicy().getMaxAttempts();
			checks.add(new Check(Gate.ATTEMPTS, task.attempts() < max, NLS.bind(Messages.Explain_attempts, task.attempts(), max)));
			checks.add(new Check(Gate.HORIZON, !task.dueFrom().isAfter(at), task.dueFrom().isAfter(at)
					? NLS.bind(Messages.Explain_dueLater, withOffset(task.dueFrom(), zone))
					: NLS.bind(Messages.Explain_dueSince, withOffset(task.dueFrom(), zone))));
			CallingHours.Verdict v = CallingHours.of(campaign, planner.calendar()).check(at, zone);
			checks.add(new Check(Gate.CALLING_HOURS, v.allowed(), v.detail()));
			boolean leased = "CLAIMED".equals(task.state()) && task.leaseExpiry() != null && task.leaseExpiry().isAfter(at);
			checks.add(new Check(Gate.PENDING_CALL, !leased, leased ? NLS.bind(Messages.Explain_claimedBy,
					task.leaseOwner(), withOffset(task.leaseExpiry(), zone)) : Messages.Explain_free));
			pending.add(new PendingCall(task, checks));
		}

		List<String> problems = new ArrayList<>();
		Planner.LoadedHistory history = new Planner.LoadedHistory(data);
		List<CampaignPlan> plans = planner.campaignPlans(horizon, at, history, problems);
		List<Candidate> candidates = new ArrayList<>();
		Set<Long> failed = new HashSet<>();
		List<ServiceEvent> events = null;
		List<Callback> callbacks = null;
		for (CampaignPlan plan : plans) {
			List<Subject> subjects = plan.callType().subjects();
			if (subjects.contains(Subject.CONTACTS) && plan.filter().test(contact)) {
				add(candidates, plan, true, Planner.propose(plan, failed, problems, () -> plan.callType().forContact(contact, plan.context())));
			}
			if (subjects.contains(Subject.EVENTS)) {
				if (events == null) {
					events = history.events(horizon, at).stream().filter(e -> e.getContact().getId() == contactId).toList();
				}
				for (ServiceEvent e : events) {
					add(candidates, plan, false, Planner.propose(plan, failed, problems, () -> plan.callType().forEvent(e, plan.context())));
				}
			}
			if (subjects.contains(Subject.CALLBACKS)) {
				if (callbacks == null) {
					callbacks = data.openCallbacks(new PlanningReads.ContactRange(0, 0, List.of(contactId)));
				}
				for (Callback c : callbacks) {
					add(candidates, plan, false, Planner.propose(plan, failed, problems, () -> plan.callType().forCallback(c, plan.context())));
				}
			}
		}
		Map<Long, Contact> contacts = new HashMap<>();
		contacts.put(contactId, contact);
		if (contact.getSuccessor() != null) {
			contacts.put(contact.getSuccessor().getId(), store.contacts().find(contact.getSuccessor().getId()));
		}
		Round round = new Round(horizon, at, budget, contacts::get);
		Round.Outcome outcome = round.decide(candidates, tasks, data::existingKeys, Set.of());
		return new Explanation(contact, at, zone, now, pending, outcome.decisions(), problems,
				planner.calendar().decreeWarnings(horizon.from(), horizon.to()));
	}

	/** {@code 2026-11-23T09:00+08:00}: a time in the contact's zone that says its offset. */
	private static String withOffset(Instant at, ZoneId zone) {
		return at.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static void add(List<Candidate> candidates, CampaignPlan plan, boolean aboutThePerson, List<Proposal> proposals) {
		proposals.forEach(p -> candidates.add(new Candidate(plan, p, aboutThePerson)));
	}
}
