package org.revisit.core.calltype;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A call a call type wants: on {@code day} (in the contact's own calling windows, chosen by the planner), or
 * at the exact moment {@code at} when one was promised. {@code reason} is what the agent and the explainer
 * show ("生日 11月23日", "热线工单 #123 当日回访"); {@code sourceEventId} links the call to its service event.
 */
public record Proposal(long contactId, LocalDate day, Instant at, String reason, Long sourceEventId) {

	public Proposal {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(reason, "reason");
	}

	/** A call on {@code day}, in the contact's calling windows. */
	public static Proposal onDay(long contactId, LocalDate day, String reason) {
		return new Proposal(contactId, day, null, reason, null);
	}
}
