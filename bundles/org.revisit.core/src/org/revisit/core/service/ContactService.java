package org.revisit.core.service;

import java.util.List;

import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;

/**
 * Contacts. Agents read the contacts they call (those with an open call, or one they made) and edit their
 * details; supervisors and up read every contact ({@link Permission#ALL_OUTCOMES}); adding contacts is an import
 * ({@link Permission#IMPORT}).
 */
public interface ContactService {

	/** The contact, or {@code null} if there is none with this id (or the user may not read it). */
	Contact find(long id);

	/** The ids of the contacts having this phone number (digits as stored), at most {@code limit}. */
	List<Long> idsByPhone(String number, int limit);

	/** Contacts whose name, company or phone number contains {@code text} ({@code null}: all), by id; paged. */
	List<Contact> search(String text, long offset, int limit);

	/** How many contacts {@link #search} finds. */
	long count(String text);

	/** Saves the contact's details with the version check of the record; the change is audited. */
	void update(Contact contact);

	/**
	 * Records that the contact left: {@code successor} (new, without id) takes over the open calls and callbacks.
	 * {@code version} is the contact's version as read (checked: CONFLICT if it changed meanwhile), or -1 for
	 * whatever is stored. Returns the old contact as saved now (status, successor, version).
	 */
	Contact replaceWithSuccessor(long contactId, int version, Contact successor);

	/** The contact's service events, newest first; paged. */
	List<ServiceEvent> events(long contactId, long offset, int limit);

	/** The outcomes of calls to the contact, newest first; paged. */
	List<CallOutcome> outcomes(long contactId, long offset, int limit);
}
