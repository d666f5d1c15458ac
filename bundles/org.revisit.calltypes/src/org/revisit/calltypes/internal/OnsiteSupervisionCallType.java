package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * On-site supervision (现场服务监督): a quality callback after each on-site visit, within 48 hours: due the day
 * after the visit, pointless after the second day. Campaign parameters: {@code daysAfter} (default 1) and
 * {@code withinDays} (default 2).
 */
public class OnsiteSupervisionCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.EVENTS);
	}

	@Override
	public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.ONSITE_VISIT)) {
			return List.of();
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 1, 0);
		int within = Support.atLeast(context, "withinDays", 2, daysAfter);
		return Support.followUp(event, context, daysAfter, within,
				"现场服务 " + Support.describe(event) + "（" + Support.chinese(Support.day(event)) + "）48小时内回访");
	}

	@Override
	public LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.ONSITE_VISIT)) {
			return LocalDate.MAX;
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 1, 0);
		return Support.followUpStable(event, context, daysAfter, Support.atLeast(context, "withinDays", 2, daysAfter));
	}
}
