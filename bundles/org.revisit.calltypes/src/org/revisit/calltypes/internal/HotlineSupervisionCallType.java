package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * Hotline supervision (热线服务监督): a quality callback on the day of each hotline ticket, asking whether the
 * engineer gave a staff number, solved the problem, and how the service was. The call is due on the ticket's
 * day and pointless after the next day (a ticket opened on a Friday evening is called on Monday only if the
 * campaign widens the window). No campaign parameters besides the optional {@code withinDays} (default 1).
 */
public class HotlineSupervisionCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.EVENTS);
	}

	@Override
	public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.HOTLINE_TICKET)) {
			return List.of();
		}
		int within = Support.atLeast(context, "withinDays", 1, 0);
		return Support.followUp(event, context, 0, within, "热线工单 " + Support.describe(event) + " 当日回访");
	}

	@Override
	public LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.HOTLINE_TICKET)) {
			return LocalDate.MAX;
		}
		return Support.followUpStable(event, context, 0, Support.atLeast(context, "withinDays", 1, 0));
	}
}
