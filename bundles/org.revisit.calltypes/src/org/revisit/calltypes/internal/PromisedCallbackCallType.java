package org.revisit.calltypes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;

/**
 * Promised callback (承诺回电): each callback promised to a customer and not done yet is called. A time agreed
 * with the customer in a call is an appointment (called at that moment when it is allowed); a promise made
 * elsewhere (a complaint's "we will call you back within 24 hours", one recorded by hand) is a deadline (called
 * in the last allowed slot before it, from the slot before that when less than an hour of it is left). A promise
 * already overdue is still proposed (the planner places it at the first allowed moment and marks it late): a
 * promise must never be silently missed. A promise due after the horizon waits for a later run.
 * <p>
 * The day of the promise is taken in the contact's time zone; the planner offers the callback with an id-only
 * contact, whose zone is usually not loaded, and then the default zone ({@link PlanningContext#DEFAULT_ZONE},
 * Asia/Shanghai) is used. Only the day depends on it; the moment itself is exact. No campaign parameters.
 */
public class PromisedCallbackCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CALLBACKS);
	}

	@Override
	public List<Proposal> forCallback(Callback callback, PlanningContext context) {
		if (callback == null || callback.isDone() || callback.getDueAt() == null || callback.getContact() == null) {
			return List.of();
		}
		Instant at = callback.getDueAt().toInstant();
		LocalDate day = Support.day(callback.getDueAt(), callback.getContact());
		if (day.isAfter(context.horizon().to())) {
			return List.of();
		}
		StringBuilder reason = new StringBuilder(
				callback.getSource() == CallbackSource.COMPLAINT ? "投诉承诺回电" : "约定回电");
		if (callback.getReason() != null && !callback.getReason().isBlank()) {
			reason.append("：").append(callback.getReason().strip());
		}
		Long source = callback.getServiceEvent() == null ? null : callback.getServiceEvent().getId();
		if (callback.getSource() == CallbackSource.CALL) {
			return List.of(Proposal.agreed(callback.getContact().getId(), callback.getId(), day, at, reason.toString(),
					source));
		}
		return List.of(Proposal.promised(callback.getContact().getId(), callback.getId(), day, at, reason.toString(),
				source));
	}
}
