package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/**
 * Event invitation (活动邀请): one call to each contact the planner offers (the campaign's target filter, e.g.
 * {@code tag:VIP}, is the invitation list) inviting them to the campaign's event.
 * <p>
 * Campaign parameters:
 * <ul>
 * <li>{@code eventDate} (required, yyyy-MM-dd): the day of the event;</li>
 * <li>{@code inviteDaysBefore} (default 14, at least 1): the invitation is due this many days before the event.</li>
 * </ul>
 * An invitation whose day has passed is placed on the first day of the horizon (keeping its key, so it is still
 * one call); none is made on or after the event day.
 */
public class EventInvitationCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		LocalDate event = Support.requiredDate(context, "eventDate", "the day of the event");
		int before = Support.atLeast(context, "inviteDaysBefore", 14, 1);
		LocalDate due = event.minusDays(before);
		LocalDate latest = event.minusDays(1);
		LocalDate from = context.horizon().from();
		if (latest.isBefore(from) || due.isAfter(context.horizon().to())) {
			return List.of();
		}
		String name = context.campaign().getName();
		String reason = "活动邀请：" + (name == null || name.isBlank() ? "" : name.strip() + "，") + "活动日期 "
				+ Support.chinese(event);
		return List.of(Support.campaignCall(contact.getId(), due, due.isBefore(from) ? from : due, latest, reason));
	}

	/**
	 * Proposed from when it is due within the horizon until it is too late. An overdue call is proposed for the
	 * horizon's first day, where the planner places an overdue call anyway: the same call, placed the same way.
	 */
	@Override
	public LocalDate stableUntil(Contact contact, PlanningContext context) {
		LocalDate event = Support.requiredDate(context, "eventDate", "the day of the event");
		LocalDate due = event.minusDays(Support.atLeast(context, "inviteDaysBefore", 14, 1));
		LocalDate latest = event.minusDays(1);
		return Support.stableWindow(context, due, latest);
	}
}
