package org.revisit.core.service;

import java.util.List;

import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;

/**
 * Contacts. Agents read the contacts they call (those with an open call, or one they made) and edit their
 * details, but not the owning agent; supervisors and up read and edit every contact ({@link Permission#ALL_OUTCOMES});
 * managers add contacts, reassign them and change many at once ({@link Permission#CONTACTS}); importing files is
 * {@link Permission#IMPORT}.
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

	/**
	 * Adds a contact ({@link Permission#CONTACTS}): validated with the model's constraints (INVALID naming the
	 * field), stored with a new id, audited. Returns the contact as stored (id, version 0).
	 */
	Contact create(Contact contact);

	/**
	 * The contacts matching {@code filter}, sorted as it says, {@code limit} from row {@code offset}: filtered,
	 * sorted and paged in the database. Agents see the contacts they call only.
	 */
	List<Contact> query(ContactFilter filter, long offset, int limit);

	/**
	 * The {@code limit} contacts matching {@code filter} that follow the contact {@code afterId} in the filter's
	 * order (keyset paging: as fast deep in a million contacts as on the first page, where {@link #query} with a
	 * large offset reads every row before it). To page backwards, ask with the order reversed and the first id of
	 * the page after, and reverse the result. NOT_FOUND when that contact does not match the filter (any more) or
	 * the user may not read it: then page by offset. Agents see the contacts they call only.
	 */
	List<Contact> queryAfter(ContactFilter filter, long afterId, int limit);

	/** How many contacts {@link #query} finds. */
	long countMatching(ContactFilter filter);

	/**
	 * Makes one change to many contacts ({@link Permission#CONTACTS}): those with {@code ids}, or, when
	 * {@code ids} is {@code null}, every contact matching {@code filter}. One transaction, audited per contact and
	 * field and as one action; contacts already as asked are left alone. {@link #bulkProgress} tells where it
	 * stands while it runs; {@link #cancelBulk} stops it and nothing is changed (CONFLICT). One bulk change at a
	 * time per database (BUSY).
	 */
	BulkReport bulk(ContactBulk change, List<Long> ids, ContactFilter filter);

	/** Where the bulk change under way stands, or {@code null} when none runs. */
	BulkProgress bulkProgress();

	/** Asks the bulk change under way to stop; it then changes nothing. False when none runs. */
	boolean cancelBulk();

	/** What a bulk change did: the contacts it found, and those it changed. */
	record BulkReport(long matched, long changed) {
	}

	/** Where a bulk change stands: contacts done of the contacts in all, and who runs it. */
	record BulkProgress(String change, long worked, long total, String who) {
	}
}
