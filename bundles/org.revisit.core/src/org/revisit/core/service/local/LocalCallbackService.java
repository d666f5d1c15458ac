package org.revisit.core.service.local;

import java.util.List;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.CallbackService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.Callback;
import org.revisit.model.validation.SafeText;
import org.revisit.store.CallbackRepository.Promise;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/** Promised callbacks on a store, for one user. */
final class LocalCallbackService extends LocalService implements CallbackService {

	/** How many promises one list may hold. */
	private static final int MAX = 10_000;

	LocalCallbackService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public List<Promise> promises(boolean openOnly, boolean overdueOnly, boolean mine, int limit) {
		require(mine ? Permission.CALL : Permission.RESULTS);
		checkPage(0, limit);
		if (!mine) {
			return store.callbacks().promises(openOnly, overdueOnly, store.clock().instant(), limit);
		}
		return store.callbacks().promises(openOnly, overdueOnly, store.clock().instant(), MAX).stream()
				.filter(p -> user().equals(p.callback().getOwner())).limit(limit).toList();
	}

	@Override
	public List<Promise> openPromisesOf(long contactId) {
		require(Permission.CALL);
		LocalContactService.checkReadable(store, principal, contactId);
		return store.callbacks().openPromisesOf(contactId);
	}

	@Override
	public Callback add(Callback callback) {
		require(Permission.CALL);
		check(callback);
		store.callbacks().insert(List.of(callback));
		Audit.record(store, principal, AuditActions.PROMISE, "Callback", callback.getId(), "contact "
				+ callback.getContact().getId() + " by " + callback.getDueAt().toInstant());
		return callback;
	}

	@Override
	public Callback supersede(long oldId, Callback replacement) {
		require(Permission.CALL);
		check(replacement);
		Promise old = store.callbacks().promise(oldId);
		if (old == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Callbacks_none, oldId);
		}
		LocalContactService.checkReadable(store, principal, old.callback().getContact().getId());
		store.callbacks().supersede(oldId, replacement, user());
		Audit.record(store, principal, AuditActions.SUPERSEDE, "Callback", replacement.getId(), "replaces callback "
				+ oldId + ", contact " + replacement.getContact().getId() + " by " + replacement.getDueAt().toInstant());
		return replacement;
	}

	private void check(Callback callback) {
		if (callback == null || callback.getContact() == null || callback.getContact().getId() <= 0) {
			throw invalid(Messages.Callbacks_noContact);
		}
		if (callback.getId() != 0) {
			throw invalid(Messages.Callbacks_hasId, callback.getId());
		}
		if (callback.getDueAt() == null) {
			throw invalid(Messages.Callbacks_noTime);
		}
		LocalContactService.checkReadable(store, principal, callback.getContact().getId());
		if (callback.getOwner() == null || callback.getOwner().isBlank()) {
			callback.setOwner(user());
		} else if (!callback.getOwner().equals(user()) && store.users().find(callback.getOwner()) == null) {
			throw invalid(Messages.Callbacks_ownerUnknown, SafeText.echo(callback.getOwner()));
		}
	}
}
