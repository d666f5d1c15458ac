package org.revisit.core.calltype;

import java.util.List;

import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;

/**
 * Eligibility and timing of one kind of call: which contacts, service events or promised callbacks call for
 * a call, and on which day (or at which moment). The planner asks each call type about the subjects it
 * reads and then applies the gates every call passes (do-not-call, calling windows, working days, attempt
 * limits, the weekly budget per contact); a call type only says what it wants. Implementations are
 * stateless and thread-safe, and are created once, on first use, from their {@code callTypes} contribution.
 */
public interface CallType {

	/** The calls this type wants with {@code contact} within {@code horizon} (birthdays, holidays, periodic visits). */
	default List<Proposal> forContact(Contact contact, Horizon horizon) {
		return List.of();
	}

	/** The calls this type wants after {@code event} within {@code horizon} (first visits, supervision, complaints). */
	default List<Proposal> forEvent(ServiceEvent event, Horizon horizon) {
		return List.of();
	}

	/** The calls this type wants for a promised {@code callback} within {@code horizon}. */
	default List<Proposal> forCallback(Callback callback, Horizon horizon) {
		return List.of();
	}
}
