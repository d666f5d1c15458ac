package org.revisit.core.calltype;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A call a call type wants. The planner places it on {@code day} in the contact's calling windows, or at the
 * exact moment {@code at} when one was promised; it then applies the gates every call passes.
 *
 * @param contactId the contact to call
 * @param day the day the call is due (for a promised callback, the day of {@code at} in the contact's zone)
 * @param at the promised moment, or {@code null} for "any time in the calling windows of {@code day}"
 * @param latest the last day the call still makes sense, or {@code null} for no limit; a call whose day has
 *        passed when it is first planned is placed on the first day of the horizon unless {@code latest} is
 *        before it
 * @param shift where the call goes when {@code day} is not a working day
 * @param key identifies the call among all calls of its campaign (so it names the contact, the event or the
 *        callback); the planner never creates a second task with the same key in a campaign, which makes
 *        planning idempotent. The factories below build keys that follow this rule.
 * @param reason what the agent and the explainer show ("生日 11月23日", "热线工单 #123 当日回访")
 * @param sourceEventId the service event the call follows up, or {@code null}
 * @param priority a priority that overrides the campaign's for this call (an escalated complaint), or
 *        {@code null}
 * @param callbackId the promised callback this call keeps, or {@code null}; the call's task names it, and
 *        ending the call closes the promise
 * @param appointment for a promise: {@code true} if the moment {@code at} was agreed with the customer (the call
 *        is placed at that moment when it is allowed), {@code false} if {@code at} is a deadline ("we will call
 *        you back within 24 hours": the call goes in the last allowed slot before it, from the slot before that
 *        when less than an hour of it is left)
 */
public record Proposal(long contactId, LocalDate day, Instant at, LocalDate latest, Shift shift, String key,
		String reason, Long sourceEventId, Integer priority, Long callbackId, boolean appointment) {

	/** Where a call goes when its day is not a working day. */
	public enum Shift {
		/** To the working day before (a greeting arrives before the day, never after it). */
		EARLIER,
		/** To the next working day. */
		LATER,
		/** Nowhere: the call keeps its day and moment (a promised callback). */
		NONE
	}

	/** A call that keeps no promise (the form of the first version of this record). */
	public Proposal(long contactId, LocalDate day, Instant at, LocalDate latest, Shift shift, String key,
			String reason, Long sourceEventId, Integer priority) {
		this(contactId, day, at, latest, shift, key, reason, sourceEventId, priority, null, false);
	}

	public Proposal {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(shift, "shift");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(reason, "reason");
		if (priority != null && (priority < 0 || priority > 100)) {
			throw new IllegalArgumentException("A priority is from 0 to 100, not " + priority);
		}
	}

	/** A call on {@code day}, in the contact's calling windows, moved to the next working day if needed. */
	public static Proposal onDay(long contactId, LocalDate day, String reason) {
		return new Proposal(contactId, day, null, null, Shift.LATER, contactId + "@" + day, reason, null, null);
	}

	/**
	 * A greeting on {@code day}, moved to the working day before when {@code day} is a day off. {@code what}
	 * tells greetings of one contact apart ("birthday", "spring-festival"); the key adds the contact and day.
	 */
	public static Proposal greeting(long contactId, LocalDate day, String what, String reason) {
		return new Proposal(contactId, day, null, null, Shift.EARLIER, contactId + "@" + day + ":" + what, reason,
				null, null);
	}

	/**
	 * A follow-up of service event {@code eventId}, due on {@code day} and pointless after {@code latest}
	 * ({@code null}: no limit). Its key is the event's, so each event gets at most one call of a campaign.
	 */
	public static Proposal afterEvent(long contactId, long eventId, LocalDate day, LocalDate latest, String reason) {
		return new Proposal(contactId, day, null, latest, Shift.LATER, "event:" + eventId, reason, eventId, null);
	}

	/**
	 * The promised callback {@code callbackId}, to be made by {@code at} (a deadline; {@code day} is its day for
	 * the contact): placed in the last allowed slot before {@code at} (from the slot before that when less than an
	 * hour of it is left), or, if no allowed moment before it is left, in the first one
	 * after it and marked late.
	 */
	public static Proposal promised(long contactId, long callbackId, LocalDate day, Instant at, String reason,
			Long sourceEventId) {
		return new Proposal(contactId, day, Objects.requireNonNull(at, "at"), null, Shift.NONE,
				"callback:" + callbackId, reason, sourceEventId, null, callbackId, false);
	}

	/**
	 * The callback {@code callbackId} agreed with the customer for the moment {@code at}: placed at that moment
	 * when it is allowed, else kept as a deadline (see {@link #promised}).
	 */
	public static Proposal agreed(long contactId, long callbackId, LocalDate day, Instant at, String reason,
			Long sourceEventId) {
		return new Proposal(contactId, day, Objects.requireNonNull(at, "at"), null, Shift.NONE,
				"callback:" + callbackId, reason, sourceEventId, null, callbackId, true);
	}

	/** Whether this call keeps a promise. */
	public boolean isPromise() {
		return callbackId != null;
	}

	/** This call with {@code priority} instead of its campaign's. */
	public Proposal withPriority(int newPriority) {
		return new Proposal(contactId, day, at, latest, shift, key, reason, sourceEventId, newPriority, callbackId,
				appointment);
	}

	/** This call with another reason. */
	public Proposal withReason(String newReason) {
		return new Proposal(contactId, day, at, latest, shift, key, newReason, sourceEventId, priority, callbackId,
				appointment);
	}

	/** This call for another contact (the successor of one who left), everything else unchanged. */
	public Proposal forContact(long otherContactId) {
		return new Proposal(otherContactId, day, at, latest, shift, key, reason, sourceEventId, priority, callbackId,
				appointment);
	}
}
