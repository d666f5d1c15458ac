package org.revisit.core.plan;

/**
 * The checks every call passes before it becomes a task, in the order the planner applies them. The
 * explainer reports each one with its detail.
 */
public enum Gate {
	/** The campaign is active on the call's day and its call type is installed. */
	CAMPAIGN,
	/** The call's day is in the horizon and not past the last day it makes sense. */
	HORIZON,
	/** The contact is active; calls about a contact who left go to the successor. */
	CONTACT_STATUS,
	/** The contact has not asked not to be called. */
	DO_NOT_CALL,
	/** The contact has a phone number not marked invalid (checked for a call now; planning does not need one). */
	PHONE,
	/** The call's day is a working day, or the call moves to one. */
	WORKING_DAY,
	/** The call falls in the campaign's calling windows, in the contact's own time zone. */
	CALLING_HOURS,
	/** The campaign has no task with this call's key yet (planning twice creates nothing new). */
	ALREADY_PLANNED,
	/** The contact has no other pending call of the same call type. */
	PENDING_CALL,
	/** The contact's weekly budget of calls has room, or this call outranks a planned one. */
	WEEKLY_BUDGET,
	/** A call that was not answered has attempts left, and its retry interval has passed. */
	ATTEMPTS,
	/** A supervision call follows up an event the campaign's sampling chose (its {@code samplePercent}). */
	SAMPLING
}
