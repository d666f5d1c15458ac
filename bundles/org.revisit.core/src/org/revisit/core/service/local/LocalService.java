package org.revisit.core.service.local;

import java.util.function.Supplier;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.store.StaleDataException;
import org.revisit.store.Store;
import org.revisit.store.StoreException;
import org.revisit.store.ValidationException;

/** What every local service has: the store it works on, the user it works for, and the permission check. */
abstract class LocalService {

	final Store store;
	final Principal principal;

	LocalService(Store store, Principal principal) {
		this.store = store;
		this.principal = principal;
	}

	/** Refuses the operation unless the user's role grants {@code permission}. */
	final void require(Permission permission) {
		if (!principal.may(permission)) {
			throw ServiceException.forbidden(principal, permission);
		}
	}

	/** The user, who is the agent of every claim, answer and change made through these services. */
	final String user() {
		return principal.user();
	}

	/**
	 * An invalid parameter, worded from {@code text} (one of the core's {@code Messages}, bound to {@code args}, so
	 * it can be worded again in the client's language), or {@code text} as it is when it is not one of them.
	 */
	static ServiceException invalid(String text, Object... args) {
		return ServiceException.refusal(ServiceException.Kind.INVALID, text, args);
	}

	/** A refusal of {@code kind} worded from {@code text}, one of the core's {@code Messages}. */
	static ServiceException refusal(ServiceException.Kind kind, String text, Object... args) {
		return ServiceException.refusal(kind, text, args);
	}

	static void checkPage(long offset, int limit) {
		if (offset < 0) {
			throw invalid(Messages.Service_offset, offset);
		}
		if (limit < 1 || limit > 10_000) {
			throw invalid(Messages.Service_limit, limit);
		}
	}

	/**
	 * Runs an operation, turning the store's refusals into the service's: a stale record is CONFLICT, a record the
	 * model refuses is INVALID, a database failure is FAILED.
	 */
	static <T> T guard(Supplier<T> operation) {
		try {
			return operation.get();
		} catch (ServiceException e) {
			throw e;
		} catch (StaleDataException e) {
			throw ServiceException.of(ServiceException.Kind.CONFLICT, e);
		} catch (ValidationException e) {
			throw ServiceException.of(ServiceException.Kind.INVALID, e);
		} catch (StoreException e) {
			throw ServiceException.of(ServiceException.Kind.FAILED, e);
		}
	}
}
