package org.revisit.core.tests;

import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/** A third party's call type as a test contributes it: a renewal reminder on the first day of the horizon. */
public class RenewalCallType implements CallType {

	/** How many were created, so a test can tell whether reading the registry created one. */
	static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

	/** Counts itself in {@link #CREATED}. */
	public RenewalCallType() {
		CREATED.incrementAndGet();
	}

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		return contact.getTags().contains("renewal")
				? List.of(Proposal.onDay(contact.getId(), context.horizon().from(), "合同即将到期"))
				: List.of();
	}
}
