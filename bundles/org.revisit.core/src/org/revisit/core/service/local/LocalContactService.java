package org.revisit.core.service.local;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.ContactService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactBulkEdits;
import org.revisit.store.ContactFilter;
import org.revisit.store.ContactQueries;
import org.revisit.store.ContactRepository;
import org.revisit.store.StaleDataException;
import org.revisit.store.Store;
import org.revisit.store.ValidationException;

/**
 * Contacts on a store, for one user. Agents read the contacts they call (a call still to make, or one they made)
 * and edit them, all but the owning agent; supervisors and up read and edit all; managers add contacts and change
 * many at once.
 */
final class LocalContactService extends LocalService implements ContactService {

	/** The bulk change under way on each store (one at a time). */
	private static final Map<Store, Running> RUNNING = new WeakHashMap<>();

	private static final int MAX_AGENT = 64;
	private static final int MAX_TAG = 60;
	private static final int MAX_REASON = 100;

	LocalContactService(Store store, Principal principal) {
		super(store, principal);
	}

	/** Whether the principal may read the contact: always with {@link Permission#ALL_OUTCOMES}, else if visible. */
	static boolean readable(Store store, Principal principal, long contactId) {
		return principal.may(Permission.ALL_OUTCOMES) || store.contactSearch().visibleTo(contactId, principal.user());
	}

	/** Refuses with NOT_FOUND (not FORBIDDEN: an agent learns nothing of contacts they may not read). */
	static void checkReadable(Store store, Principal principal, long contactId) {
		if (!readable(store, principal, contactId)) {
			throw ServiceException.refusal(ServiceException.Kind.NOT_FOUND, Messages.Contacts_notYours, contactId);
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
			throw invalid(Messages.Contacts_phoneLength);
		}
		checkPage(0, limit);
		List<Long> ids = store.reading(tx -> ContactRepository.idsByPhoneNumber(tx, number.strip(), limit));
		return principal.may(Permission.ALL_OUTCOMES) ? ids
				: ids.stream().filter(id -> store.contactSearch().visibleTo(id, user())).toList();
	}

	@Override
	public List<Contact> search(String text, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		checkText(text);
		return principal.may(Permission.ALL_OUTCOMES) ? store.contactSearch().page(text, offset, limit)
				: store.contactSearch().pageVisibleTo(text, user(), offset, limit);
	}

	@Override
	public long count(String text) {
		require(Permission.CALL);
		checkText(text);
		return principal.may(Permission.ALL_OUTCOMES) ? store.contactSearch().count(text)
				: store.contactSearch().countVisibleTo(text, user());
	}

	private static void checkText(String text) {
		if (text != null && text.length() > 200) {
			throw invalid(Messages.Contacts_searchLong);
		}
	}

	@Override
	public void update(Contact contact) {
		require(Permission.CALL);
		if (contact == null || contact.getId() <= 0) {
			throw invalid(Messages.Contacts_storedNeeded);
		}
		checkReadable(store, principal, contact.getId());
		if (!principal.may(Permission.CONTACTS)) {
			Contact stored = store.contacts().find(contact.getId());
			if (stored != null && !java.util.Objects.equals(blankToNull(stored.getOwningAgent()),
					blankToNull(contact.getOwningAgent()))) {
				throw ServiceException.forbidden(principal, Permission.CONTACTS);
			}
		}
		try {
			store.contacts().update(contact, user());
		} catch (StaleDataException e) {
			throw new ServiceException(ServiceException.Kind.CONFLICT, e.getMessage(), e);
		} catch (ValidationException e) {
			throw new ServiceException(ServiceException.Kind.INVALID, e.getMessage(), e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public Contact replaceWithSuccessor(long contactId, int version, Contact successor) {
		require(Permission.CALL);
		if (successor == null) {
			throw invalid(Messages.Contacts_noSuccessor);
		}
		checkReadable(store, principal, contactId);
		if (version < 0) {
			store.successions().replaceWithSuccessor(contactId, successor, user());
			return store.contacts().find(contactId);
		}
		Contact left = store.contacts().find(contactId);
		if (left == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Contacts_none, contactId);
		}
		left.setVersion(version);
		store.successions().replaceWithSuccessor(left, successor, user());
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

	@Override
	public Contact create(Contact contact) {
		require(Permission.CONTACTS);
		if (contact == null) {
			throw invalid(Messages.Contacts_noNew);
		}
		if (contact.getId() != 0) {
			throw invalid(Messages.Contacts_newHasId, contact.getId());
		}
		if (contact.getSuccessor() != null) {
			throw invalid(Messages.Contacts_newLeft);
		}
		checkAgent(contact.getOwningAgent());
		try {
			store.transaction(tx -> {
				store.contacts().insert(tx, List.of(contact));
				// in the same transaction as the contact: both are stored or neither
				Audit.record(tx, store, principal, AuditActions.CONTACT_ADDED, "Contact", contact.getId(), contact.getName());
				return null;
			});
		} catch (ValidationException e) {
			contact.setId(0);
			throw new ServiceException(ServiceException.Kind.INVALID, e.getMessage(), e);
		} catch (RuntimeException e) {
			contact.setId(0);
			throw e;
		}
		return store.contacts().find(contact.getId());
	}

	@Override
	public List<Contact> query(ContactFilter filter, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		ContactFilter f = checkFilter(filter);
		return new ContactQueries(store).page(f, principal.may(Permission.ALL_OUTCOMES) ? null : user(), offset, limit);
	}

	@Override
	public List<Contact> queryAfter(ContactFilter filter, long afterId, int limit) {
		require(Permission.CALL);
		checkPage(0, limit);
		ContactFilter f = checkFilter(filter);
		List<Contact> page = new ContactQueries(store).pageFollowing(f,
				principal.may(Permission.ALL_OUTCOMES) ? null : user(), afterId, limit);
		if (page == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Contacts_notInFilter, afterId);
		}
		return page;
	}

	@Override
	public long countMatching(ContactFilter filter) {
		require(Permission.CALL);
		ContactFilter f = checkFilter(filter);
		return new ContactQueries(store).count(f, principal.may(Permission.ALL_OUTCOMES) ? null : user());
	}

	private static ContactFilter checkFilter(ContactFilter filter) {
		if (filter == null) {
			return ContactFilter.all();
		}
		checkText(filter.text());
		if (filter.tag() != null && filter.tag().length() > MAX_TAG) {
			throw invalid(Messages.Contacts_tagLong, MAX_TAG);
		}
		if (filter.owningAgent() != null && filter.owningAgent().length() > MAX_AGENT) {
			throw invalid(Messages.Contacts_agentLong, MAX_AGENT);
		}
		return filter;
	}

	private static void checkAgent(String agent) {
		if (agent != null && (agent.length() > MAX_AGENT || SafeText.forbidden(agent) >= 0)) {
			throw invalid(Messages.Contacts_agentPlain, MAX_AGENT);
		}
	}

	@Override
	public BulkReport bulk(ContactBulk change, List<Long> ids, ContactFilter filter) {
		require(Permission.CONTACTS);
		checkChange(change);
		if (ids == null && filter == null) {
			throw invalid(Messages.Contacts_whichContacts);
		}
		ContactFilter f = ids == null ? checkFilter(filter) : null;
		long[] chosen = ids == null ? null : ids.stream().mapToLong(id -> id == null ? 0 : id).toArray();
		Running running = new Running(change.kind().name(), user());
		synchronized (RUNNING) {
			Running other = RUNNING.get(store);
			if (other != null) {
				throw refusal(ServiceException.Kind.BUSY, Messages.Contacts_bulkBusy, other.who);
			}
			RUNNING.put(store, running);
		}
		try {
			String what = describe(change, ids, f);
			// the audit entry in the change's own transaction: both are stored or neither
			ContactBulkEdits.Result result = new ContactBulkEdits(store).apply(change, chosen, f, user(), running,
					r -> new org.revisit.store.AuditRecord(store.clock().instant(), user(), AuditActions.CONTACTS_BULK,
							"Contact", null, null, null, null, what + ": " + r.changed() + " changed of " + r.matched(),
							principal.from()));
			return new BulkReport(result.matched(), result.changed());
		} catch (CancellationException e) {
			throw new ServiceException(ServiceException.Kind.CONFLICT, e.getMessage(), e);
		} finally {
			synchronized (RUNNING) {
				RUNNING.remove(store, running);
			}
		}
	}

	private static void checkChange(ContactBulk change) {
		if (change == null || change.kind() == null) {
			throw invalid(Messages.Contacts_whatChange);
		}
		String value = change.value() == null ? "" : change.value().strip();
		switch (change.kind()) {
		case ASSIGN_AGENT -> checkAgent(value);
		case ADD_TAG, REMOVE_TAG -> {
			if (value.isEmpty() || value.length() > MAX_TAG || SafeText.forbidden(value) >= 0) {
				throw invalid(Messages.Contacts_tagPlain, MAX_TAG);
			}
		}
		case DO_NOT_CALL -> {
			if (value.isEmpty() || value.length() > MAX_REASON || SafeText.forbidden(value) >= 0) {
				throw invalid(Messages.Contacts_reasonPlain, MAX_REASON);
			}
		}
		}
	}

	private static String describe(ContactBulk change, List<Long> ids, ContactFilter filter) {
		String what = change.kind().name() + (change.value() == null ? "" : " " + change.value().strip());
		return what + (ids != null ? " on " + ids.size() + " chosen contacts" : " on the filter " + filter);
	}

	@Override
	public BulkProgress bulkProgress() {
		require(Permission.CALL);
		Running r;
		synchronized (RUNNING) {
			r = RUNNING.get(store);
		}
		return r == null ? null : new BulkProgress(r.change, r.worked, r.total, r.who);
	}

	@Override
	public boolean cancelBulk() {
		require(Permission.CONTACTS);
		synchronized (RUNNING) {
			Running r = RUNNING.get(store);
			if (r == null) {
				return false;
			}
			r.cancelled = true;
			return true;
		}
	}

	/** A bulk change under way: where it stands, and whether it was asked to stop. */
	private static final class Running implements ContactBulkEdits.Monitor {
		final String change;
		final String who;
		volatile long total;
		volatile long worked;
		volatile boolean cancelled;

		Running(String change, String who) {
			this.change = change;
			this.who = who;
		}

		@Override
		public void begin(long all) {
			total = all;
		}

		@Override
		public void worked(long done) {
			worked += done;
		}

		@Override
		public boolean cancelled() {
			return cancelled;
		}
	}
}
