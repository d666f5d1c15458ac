package org.revisit.core.service.local;

import java.util.List;

import org.revisit.core.service.ContactService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.store.ContactRepository;
import org.revisit.store.Store;

/**
 * Contacts on a store, for one user. Agents read the contacts they call (a call still to make, or one they made);
 * supervisors and up read all.
 */
final class LocalContactService extends LocalService implements ContactService {

	LocalContactService(Store store, Principal principal) {
		super(store, principal);
	}

	/** Whether the principal may read the contact: always with {@link Permission#ALL_OUTCOMES}, else if visible. */
	static boolean readable(Store store, Principal principal, long contactId) {
		return principal.may(Permission.ALL_OUTCOMES) || store.contacts().visibleTo(contactId, principal.user());
	}

	/** Refuses with NOT_FOUND (not FORBIDDEN: an agent learns nothing of contacts they may not read). */
	static void checkReadable(Store store, Principal principal, long contactId) {
		if (!readable(store, principal, contactId)) {
			throw new ServiceException(ServiceException.Kind.NOT_FOUND, "There is no contact " + contactId
					+ " among the contacts you call");
		}
	}

	@Override
	public Contact find(long id) {
		require(Permission.CALL);
		return readable(store, principal, id) ? store.contacts().find(id) : null;
	}

	@Override
	public List<Long> idsByPhone(String number, int limit) {
		require(Permission.CALL);
		if (number == null || number.isBlank() || number.length() > 40) {
			throw invalid("phone number must be 1 to 40 characters");
		}
		checkPage(0, limit);
		List<Long> ids = store.read(c -> ContactRepository.idsByPhoneNumber(c, number.strip(), limit));
		return principal.may(Permission.ALL_OUTCOMES) ? ids
				: ids.stream().filter(id -> store.contacts().visibleTo(id, user())).toList();
	}

	@Override
	public List<Contact> search(String text, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		checkText(text);
		return principal.may(Permission.ALL_OUTCOMES) ? store.contacts().page(text, offset, limit)
				: store.contacts().pageVisibleTo(text, user(), offset, limit);
	}

	@Override
	public long count(String text) {
		require(Permission.CALL);
		checkText(text);
		return principal.may(Permission.ALL_OUTCOMES) ? store.contacts().count(text)
				: store.contacts().countVisibleTo(text, user());
	}

	private static void checkText(String text) {
		if (text != null && text.length() > 200) {
			throw invalid("search text must be at most 200 characters");
		}
	}

	@Override
	public void update(Contact contact) {
		require(Permission.CALL);
		if (contact == null || contact.getId() <= 0) {
			throw invalid("contact: a stored contact (with its id) is needed");
		}
		checkReadable(store, principal, contact.getId());
		store.contacts().update(contact, user());
	}

	@Override
	public Contact replaceWithSuccessor(long contactId, int version, Contact successor) {
		require(Permission.CALL);
		if (successor == null) {
			throw invalid("successor: the new contact is missing");
		}
		checkReadable(store, principal, contactId);
		if (version < 0) {
			store.contacts().replaceWithSuccessor(contactId, successor, user());
			return store.contacts().find(contactId);
		}
		Contact left = store.contacts().find(contactId);
		if (left == null) {
			throw new ServiceException(ServiceException.Kind.NOT_FOUND, "There is no contact " + contactId);
		}
		left.setVersion(version);
		store.contacts().replaceWithSuccessor(left, successor, user());
		return store.contacts().find(contactId);
	}

	@Override
	public List<ServiceEvent> events(long contactId, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		checkReadable(store, principal, contactId);
		return store.events().pageByContact(contactId, offset, limit);
	}

	@Override
	public List<CallOutcome> outcomes(long contactId, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		checkReadable(store, principal, contactId);
		// the whole history of a contact one may read: the next call should know how the last one went
		return store.outcomes().pageByContact(contactId, offset, limit);
	}
}
