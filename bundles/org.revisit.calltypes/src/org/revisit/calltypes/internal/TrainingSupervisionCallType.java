package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * Training supervision (培训服务监督): after each training, was it helpful, how were the trainer and the
 * tutoring, can the customer now work alone. Campaign parameters: {@code daysAfter} (default 7: people need a
 * week of use to judge a training) and {@code withinDays} (default 21).
 */
public class TrainingSupervisionCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.EVENTS);
	}

	@Override
	public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.TRAINING)) {
			return List.of();
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 7, 0);
		int within = Support.atLeast(context, "withinDays", 21, daysAfter);
		return Support.followUp(event, context, daysAfter, within,
				"培训 " + Support.describe(event) + "（" + Support.chinese(Support.day(event)) + "）效果回访");
	}

	@Override
	public LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		if (!Support.is(event, ServiceEventKind.TRAINING)) {
			return LocalDate.MAX;
		}
		int daysAfter = Support.atLeast(context, "daysAfter", 7, 0);
		return Support.followUpStable(event, context, daysAfter, Support.atLeast(context, "withinDays", 21, daysAfter));
	}
}
