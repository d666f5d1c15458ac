package org.revisit.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.core.calltype.CallType.Subject;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.plan.Round.Candidate;
import org.revisit.model.Callback;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.store.PlanningReads;
import org.revisit.store.Store;

/**
 * A dry run of the planner for one campaign, stored or not, as if it were active: the same call type, target
 * filter and gates as a planning run, against the calls already planned for the other campaigns (so the weekly
 * budget and pending calls count), writing nothing and taking no planning lock.
 */
public final class Previewer {

	private final Store store;
	private final Planner planner;

	public Previewer(Store store, Planner planner) {
		this.store = store;
		this.planner = planner;
	}

	/** What planning {@code campaign} over {@code horizon} as of {@code now} would do. */
	public CampaignPreview preview(Campaign campaign, Horizon horizon, Instant now) {
		Campaign active = EcoreUtil.copy(campaign);
		active.setActive(true);
		PlanningReads data = store.planningReads();
		List<String> problems = new ArrayList<>();
		Planner.LoadedHistory history = new Planner.LoadedHistory(data);
		CampaignPlan plan = planner.campaignPlan(active, horizon, now, history, problems);
		Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
		for (LocalDate d = horizon.from(); !d.isAfter(horizon.to()); d = d.plusDays(1)) {
			perDay.put(d, 0);
		}
		Map<String, Integer> perAgent = new TreeMap<>();
		Map<Gate, Integer> refused = new EnumMap<>(Gate.class);
		long proposals = 0;
		if (plan != null) {
			List<Candidate> candidates = new ArrayList<>();
			Map<Long, Contact> contacts = new HashMap<>();
			java.util.Set<Long> failed = new java.util.HashSet<>();
			List<Subject> subjects = plan.callType().subjects();
			if (subjects.contains(Subject.CONTACTS)) {
				data.streamContacts(contact -> {
					if (failed.isEmpty() && plan.filter().test(contact)) {
						List<Proposal> ps = Planner.propose(plan, failed, problems,
								() -> plan.callType().forContact(contact, plan.context()));
						ps.forEach(p -> candidates.add(new Candidate(plan, p, true)));
						if (!ps.isEmpty()) {
							contacts.put(contact.getId(), contact);
						}
					}
				});
			}
			if (subjects.contains(Subject.EVENTS) && failed.isEmpty()) {
				for (ServiceEvent event : history.events(horizon, now)) {
					Planner.propose(plan, failed, problems, () -> plan.callType().forEvent(event, plan.context()))
							.forEach(p -> candidates.add(new Candidate(plan, p, false)));
				}
			}
			if (subjects.contains(Subject.CALLBACKS) && failed.isEmpty()) {
				for (Callback callback : data.openCallbacks()) {
					Planner.propose(plan, failed, problems, () -> plan.callType().forCallback(callback, plan.context()))
							.forEach(p -> candidates.add(new Candidate(plan, p, false)));
				}
			}
			if (failed.isEmpty()) {
				proposals = candidates.size();
				planner.loadContacts(candidates, contacts);
				Round round = new Round(horizon, now, planner.weeklyBudget(), contacts::get);
				Instant until = horizon.to().plusDays(8).atStartOfDay(ZoneId.systemDefault()).toInstant();
				List<PlanningReads.TaskRow> tasks = data.tasks(Planner.weekStart(horizon.from()), until);
				Round.Outcome outcome = round.decide(candidates, tasks,
						campaign.getId() == 0 ? (id, keys) -> Set.of() : data::existingKeys, Set.of());
				for (Decision d : outcome.decisions()) {
					if (d.accepted()) {
						Contact contact = contacts.get(d.proposal().contactId());
						ZoneId zone = contact == null ? ZoneId.systemDefault() : Round.zone(contact);
						perDay.merge(d.dueFrom().atZone(zone).toLocalDate(), 1, Integer::sum);
						String agent = contact == null || contact.getOwningAgent() == null ? "" : contact.getOwningAgent(); //$NON-NLS-1$
						perAgent.merge(agent, 1, Integer::sum);
					} else {
						refused.merge(d.refusal().gate(), 1, Integer::sum);
					}
				}
			}
		}
		return new CampaignPreview(horizon.from(), (int) (horizon.to().toEpochDay() - horizon.from().toEpochDay() + 1),
				perDay, perAgent, refused, proposals, problems,
				planner.calendar().decreeWarnings(horizon.from(), horizon.to()));
	}
}
