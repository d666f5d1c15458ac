package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEventKind;

/**
 * Return visit (客户回访): a periodic call to customers who bought something, to ask about problems met,
 * satisfaction and needs.
 * <p>
 * A contact is due {@code intervalDays} after the later of their last purchase and their last completed return
 * visit; contacts without a purchase are never proposed. A visit whose day has already passed is proposed with
 * that day (the planner places overdue calls on the first day of the horizon), so a contact missed for a while
 * is called once, not once per missed interval.
 * <p>
 * Campaign parameter: {@code intervalDays} (default 90, at least 1).
 */
public class ReturnVisitCallType implements CallType {

	static final String ID = "org.revisit.calltype.returnVisit"; //$NON-NLS-1$

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		int interval = Support.atLeast(context, "intervalDays", 90, 1);
		Optional<LocalDate> purchase = context.history().lastEvent(contact.getId(), ServiceEventKind.PURCHASE);
		if (purchase.isEmpty()) {
			return List.of();
		}
		Optional<LocalDate> visit = context.history().lastCompletedCall(contact.getId(), ID);
		boolean sinceVisit = visit.isPresent() && visit.get().isAfter(purchase.get());
		LocalDate since = sinceVisit ? visit.get() : purchase.get();
		LocalDate due = since.plusDays(interval);
		if (due.isAfter(context.horizon().to())) {
			return List.of();
		}
		String reason = "定期回访：" + (sinceVisit ? "上次回访 " : "购买于 ") + since + "，每" + interval + "天回访一次";
		return List.of(Proposal.onDay(contact.getId(), due, reason));
	}

	/** Proposed with its due day once it is within the horizon, for as long as the history stays the same. */
	@Override
	public LocalDate stableUntil(Contact contact, PlanningContext context) {
		int interval = Support.atLeast(context, "intervalDays", 90, 1);
		Optional<LocalDate> purchase = context.history().lastEvent(contact.getId(), ServiceEventKind.PURCHASE);
		if (purchase.isEmpty()) {
			return LocalDate.MAX;
		}
		Optional<LocalDate> visit = context.history().lastCompletedCall(contact.getId(), ID);
		LocalDate since = visit.isPresent() && visit.get().isAfter(purchase.get()) ? visit.get() : purchase.get();
		LocalDate due = since.plusDays(interval);
		return due.isAfter(context.horizon().to()) ? due.minusDays(Support.days(context)) : LocalDate.MAX;
	}
}
