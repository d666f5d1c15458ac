package org.revisit.core.calltype;

import java.time.LocalDate;
import java.util.List;

import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;

/**
 * Eligibility and timing of one kind of call: which contacts, service events or promised callbacks call for
 * a call, and on which day (or at which moment). The planner asks each active campaign's call type about the
 * subjects it reads, within the campaign's {@link PlanningContext}, and then applies the gates every call
 * passes (do-not-call, calling windows, working days, attempt limits, the weekly budget per contact, no
 * second pending call of a type); a call type only says what it wants.
 * <p>
 * Implementations are stateless and thread-safe, and are created once, on first use, from their
 * {@code callTypes} contribution. They never touch the database: everything they may read is in the
 * subject and the context.
 */
public interface CallType {

	/** What this call type reads; the planner only loads and offers these subjects. */
	enum Subject {
		CONTACTS, EVENTS, CALLBACKS
	}

	/** The subjects {@link #propose} methods are called for. */
	List<Subject> subjects();

	/**
	 * The calls this type wants with {@code contact} (birthdays, holidays, periodic visits, invitations). The
	 * contact carries its birthday, time zone, class, status and tags; not its phones.
	 */
	default List<Proposal> forContact(Contact contact, PlanningContext context) {
		return List.of();
	}

	/**
	 * The calls this type wants after {@code event} (first visits, supervision, complaints). The planner
	 * offers the events of the last {@link PlanningContext#LOOKBACK_DAYS} days and of the horizon.
	 */
	default List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
		return List.of();
	}

	/** The calls this type wants for a promised {@code callback} that is not done yet. */
	default List<Proposal> forCallback(Callback callback, PlanningContext context) {
		return List.of();
	}

	/**
	 * Until when {@link #forContact} gives the same proposals for {@code contact}: the last first day of a
	 * horizon of the same length (and a run at that day's moment) for which they are equal to those of
	 * {@code context}, as long as nothing the call type reads about the contact changes (its facts, its history,
	 * the campaign, the calendar). An overdue call proposed for the horizon's first day counts as the same call
	 * as when it was proposed for its own day (the planner places an overdue call on the first day either way). The daily planning run decides a contact again only when something of it changed
	 * or this day has passed (docs/internals.md, "The daily run decides what changed").
	 *
	 * @return that day ({@link LocalDate#MAX} for ever), or {@code null} when not known: the contact is then
	 *         decided at every run, which is always right
	 */
	default LocalDate stableUntil(Contact contact, PlanningContext context) {
		return null;
	}

	/** As {@link #stableUntil(Contact, PlanningContext)}, for {@link #forEvent}. */
	default LocalDate stableUntil(ServiceEvent event, PlanningContext context) {
		return null;
	}

	/** As {@link #stableUntil(Contact, PlanningContext)}, for {@link #forCallback}. */
	default LocalDate stableUntil(Callback callback, PlanningContext context) {
		return null;
	}
}
