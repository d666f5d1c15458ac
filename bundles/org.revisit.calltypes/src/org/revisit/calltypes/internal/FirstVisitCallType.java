package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * First visit (首访): a call soon after each purchase, to give the hotlines, check the service ID code, offer
 * training and verify the company's data.
 * <p>
 * Campaign parameters:
 * <ul>
 * <li>{@code daysAfter} (default 3): the call is due this many days after the purchase day;</li>
 * <li>{@code withinDays} (default 14): after this many days a first visit is pointless and is not proposed.</li>
 * </ul>
 * A purchase whose call is overdue but still within {@code withinDays} is proposed with its due day; the
 * planner places it on the first day of the horizon.
 */
public class FirstVisitCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.EVENTS);
	}

	@Override
	public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.PURCHASE)) {
			return List.of();
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 3, 0);
		int within = Support.atLeast(context, "withinDays", 14, daysAfter);
		return Support.followUp(event, context, daysAfter, within,
				"首访：" + Support.chinese(Support.day(event)) + "购买 " + Support.describe(event));
	}

	@Override
	public LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.PURCHASE)) {
			return LocalDate.MAX;
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 3, 0);
		return Support.followUpStable(event, context, daysAfter, Support.atLeast(context, "withinDays", 14, daysAfter));
	}
}
