package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/**
 * Material notice (资料寄送通知): one call to each contact the planner offers, a few days after the campaign's
 * material was mailed, to check it arrived and is useful.
 * <p>
 * Campaign parameters:
 * <ul>
 * <li>{@code mailedOn} (required, yyyy-MM-dd): the day the material was mailed;</li>
 * <li>{@code daysAfterMailing} (default 3): the call is due this many days after mailing;</li>
 * <li>{@code withinDays} (default 14): after this many days from mailing the call is pointless.</li>
 * </ul>
 * A call whose day has passed is placed on the first day of the horizon, keeping its key.
 */
public class MaterialNoticeCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		LocalDate mailed = Support.requiredDate(context, "mailedOn", "the day the material was mailed");
		int after = Support.atLeast(context, "daysAfterMailing", 3, 0);
		int within = Support.atLeast(context, "withinDays", 14, after);
		LocalDate due = mailed.plusDays(after);
		LocalDate latest = mailed.plusDays(within);
		LocalDate from = context.horizon().from();
		if (latest.isBefore(from) || due.isAfter(context.horizon().to())) {
			return List.of();
		}
		String name = context.campaign().getName();
		String reason = "资料寄送通知：" + (name == null || name.isBlank() ? "" : name.strip() + "，") + "寄出于 "
				+ Support.chinese(mailed);
		return List.of(Support.campaignCall(contact.getId(), due, due.isBefore(from) ? from : due, latest, reason));
	}

	/**
	 * Proposed from when it is due within the horizon until it is too late. An overdue call is proposed for the
	 * horizon's first day, where the planner places an overdue call anyway: the same call, placed the same way.
	 */
	@Override
	public LocalDate stableUntil(Contact contact, PlanningContext context) {
		LocalDate mailed = Support.requiredDate(context, "mailedOn", "the day the material was mailed");
		int after = Support.atLeast(context, "daysAfterMailing", 3, 0);
		LocalDate due = mailed.plusDays(after);
		LocalDate latest = mailed.plusDays(Support.atLeast(context, "withinDays", 14, after));
		return Support.stableWindow(context, due, latest);
	}
}
