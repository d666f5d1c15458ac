package org.revisit.ui.tests;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/** The test plug-in's call type: a reminder to every contact the campaign targets, on its {@code remindOn} day. */
public class ReminderCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		LocalDate day = context.dateParam("remindOn");
		if (day == null || !context.horizon().contains(day)) {
			return List.of();
		}
		return List.of(Proposal.onDay(contact.getId(), day, "服务合同到期提醒（" + context.param("contractLevel", "silver") + "）"));
	}
}
