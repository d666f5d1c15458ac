package org.revisit.core.plan;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.model.Campaign;

/** A campaign ready to plan: its call type created, its hours and target filter read. */
record CampaignPlan(Campaign campaign, CallTypeDescriptor descriptor, CallType callType, CallingHours hours,
		TargetFilter filter, PlanningContext context) {

	String callTypeId() {
		return campaign.getCallTypeId();
	}
}
