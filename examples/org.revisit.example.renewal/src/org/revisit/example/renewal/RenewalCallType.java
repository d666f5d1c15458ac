package org.revisit.example.renewal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/**
 * A contract-renewal reminder: a call {@code daysBefore} days (a campaign parameter, 30 by default) before the end
 * of each contract a contact holds. The end date is a contact tag made of {@code tagPrefix} (a campaign parameter,
 * {@code contract-end:} by default) and the date, e.g. {@code contract-end:2026-12-31}; a contact may carry several.
 * Tags can be set in the contact dialog and imported with the contacts (their {@code tags} column).
 * <p>
 * The reminder moves to the working day before when its day is a day off (a reminder should not come later than
 * announced), it still makes sense until the contract's last day, and it is not planned once the contract has
 * ended. A tag whose date cannot be read is ignored.
 */
public final class RenewalCallType implements CallType {

	/** The default of the campaign parameter {@code daysBefore}. */
	static final int DEFAULT_DAYS_BEFORE = 30;
	/** The default of the campaign parameter {@code tagPrefix}. */
	static final String DEFAULT_TAG_PREFIX = "contract-end:"; //$NON-NLS-1$

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		String prefix = context.param("tagPrefix", DEFAULT_TAG_PREFIX); //$NON-NLS-1$
		int daysBefore = context.intParam("daysBefore", DEFAULT_DAYS_BEFORE); //$NON-NLS-1$
		List<Proposal> proposals = new ArrayList<>();
		for (String tag : contact.getTags()) {
			LocalDate end = endDate(tag, prefix);
			if (end == null || end.isBefore(context.horizon().from())) {
				continue; // not a contract's end, or the contract has ended
			}
			LocalDate due = end.minusDays(daysBefore);
			if (due.isAfter(context.horizon().to())) {
				continue; // a later planning run will place it
			}
			// One reminder per contract end: the key names the contact and the end date, so planning again (or
			// planning a longer horizon) never adds a second call for the same contract.
			proposals.add(new Proposal(contact.getId(), due, null, end, Proposal.Shift.EARLIER,
					contact.getId() + "@renewal:" + end, NLS.bind(Messages.reason, end), null, null)); //$NON-NLS-1$
		}
		return proposals;
	}

	/** The date of a tag {@code prefix + yyyy-MM-dd}, or {@code null}. */
	static LocalDate endDate(String tag, String prefix) {
		if (tag == null || !tag.startsWith(prefix)) {
			return null;
		}
		try {
			return LocalDate.parse(tag.substring(prefix.length()).strip());
		} catch (DateTimeException e) {
			return null;
		}
	}
}
