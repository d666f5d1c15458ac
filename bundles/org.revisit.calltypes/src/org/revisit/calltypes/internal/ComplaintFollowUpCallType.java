package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * Complaint follow-up (投诉跟进): while a complaint is not resolved, a follow-up call every {@code intervalDays}
 * after the day it was made (the first one {@code intervalDays} after it; the promise made in the complaint itself
 * is a promised callback). Each follow-up has its own key, {@code event:<id>#<n>}. Proposed are the follow-ups in
 * the horizon and the latest one already due before it, unless a follow-up call was completed since that day.
 * <p>
 * Escalation: a follow-up gets priority 100 and its reason says 重大投诉 or 集体投诉 when
 * <ul>
 * <li>the complaint is recorded as {@code MAJOR}, or it is still unresolved more than {@code majorAfterDays} after
 * it was made (major: unresolved after one month);</li>
 * <li>{@code collectiveCount} or more distinct contacts complained about the same matter (same category and
 * subject) within {@code collectiveWindowDays} consecutive days that include the day of this complaint
 * (collective; {@link org.revisit.core.calltype.PlanningHistory#mostContactsOnMatter}, which the planner answers
 * once per matter, day and window length, not once per complaint).</li>
 * </ul>
 * A complaint classed as not our responsibility ({@code NOT_OUR_RESPONSIBILITY}) is not followed up.
 * <p>
 * Campaign parameters: {@code intervalDays} (default 7), {@code majorAfterDays} (default 30),
 * {@code collectiveCount} (default 5), {@code collectiveWindowDays} (default 7, at most 366).
 */
public class ComplaintFollowUpCallType implements CallType {

	static final String ID = "org.revisit.calltype.complaintFollowUp"; //$NON-NLS-1$
	/**
	 * The priority of an escalated (major or collective) complaint's follow-up: before every other call but the
	 * promised callbacks (100). With both at 100, a backlog of escalated follow-ups, older, came first and pushed
	 * the promises past their moment (a simulated month at 1,000,000 contacts kept 4 of 8,735 in time).
	 */
	static final int ESCALATED = 95;

	/**
	 * The longest {@code collectiveWindowDays} (a year and a day; the campaign's parameter declares the same
	 * {@code max}): the planner counts the contacts on a matter for each day of the window.
	 */
	static final int MAX_WINDOW_DAYS = 366;

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.EVENTS);
	}

	/**
	 * Not known for a complaint it follows up (whether it is collective depends on the complaints of others):
	 * decided at every run; for ever for every other event, which it never proposes anything for.
	 */
	@Override
	public LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.COMPLAINT) || event.isResolved()
				|| event.getSeverity() == ComplaintSeverity.NOT_OUR_RESPONSIBILITY) {
			return LocalDate.MAX;
		}
		return null;
	}

	@Override
	public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.COMPLAINT) || event.isResolved()
				|| event.getSeverity() == ComplaintSeverity.NOT_OUR_RESPONSIBILITY) {
			return List.of();
		}
		int interval = Support.atLeast(context, "intervalDays", 7, 1);
		int majorAfter = Support.atLeast(context, "majorAfterDays", 30, 1);
		int collectiveCount = Support.atLeast(context, "collectiveCount", 5, 2);
		int window = Support.between(context, "collectiveWindowDays", 7, 1, MAX_WINDOW_DAYS);

		LocalDate made = Support.day(event);
		LocalDate from = context.horizon().from();
		LocalDate to = context.horizon().to();
		long contactId = event.getContact().getId();

		List<Integer> occurrences = new ArrayList<>();
		long daysToFrom = ChronoUnit.DAYS.between(made, from);
		int firstInHorizon = (int) Math.max(1, Math.ceilDiv(daysToFrom, interval));
		if (firstInHorizon > 1) {
			int overdue = firstInHorizon - 1;
			Optional<LocalDate> done = context.history().lastCompletedCall(contactId, ID);
			if (done.isEmpty() || done.get().isBefore(made.plusDays((long) overdue * interval))) {
				occurrences.add(overdue);
			}
		}
		for (int n = firstInHorizon; !made.plusDays((long) n * interval).isAfter(to); n++) {
			occurrences.add(n);
		}
		if (occurrences.isEmpty()) {
			return List.of();
		}

		int collective = context.history().mostContactsOnMatter(event, made, window);
		String matter = matter(event);
		List<Proposal> result = new ArrayList<>();
		for (int n : occurrences) {
			LocalDate day = made.plusDays((long) n * interval);
			List<String> escalation = new ArrayList<>();
			if (event.getSeverity() == ComplaintSeverity.MAJOR) {
				escalation.add("重大投诉");
			} else if (ChronoUnit.DAYS.between(made, day) > majorAfter) {
				escalation.add("重大投诉：超过" + majorAfter + "天未解决");
			}
			if (collective >= collectiveCount) {
				escalation.add("集体投诉：" + window + "天内" + collective + "位客户投诉同一问题");
			}
			StringBuilder reason = new StringBuilder();
			escalation.forEach(e -> reason.append('【').append(e).append('】'));
			reason.append("投诉跟进 第").append(n).append("次：").append(matter).append("，投诉于 ")
					.append(Support.chinese(made));
			Proposal p = new Proposal(contactId, day, null, null, Proposal.Shift.LATER,
					"event:" + event.getId() + "#" + n, reason.toString(), event.getId(), null);
			result.add(escalation.isEmpty() ? p : p.withPriority(ESCALATED));
		}
		return result;
	}

	/** "服务延误 T-88（打印机卡纸）" */
	private static String matter(ServiceEvent event) {
		ComplaintCategory category = event.getComplaintCategory();
		String name = category == null ? "" : switch (category) {
			case SERVICE_DELAY -> "服务延误 ";
			case SERVICE_QUALITY -> "服务质量 ";
			case ATTITUDE -> "服务态度 ";
			case CONDUCT -> "服务规范 ";
			case FEES -> "收费 ";
			case PRODUCT_FAULT -> "产品故障 ";
			case PRESALES_OVERPROMISE -> "售前过度承诺 ";
			case OTHER -> "其他 ";
			case NONE -> "";
		};
		return name + Support.describe(event);
	}
}
