package org.revisit.core.service.local;

import java.util.function.Supplier;

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

	static ServiceException invalid(String message) {
		return new ServiceException(ServiceException.Kind.INVALID, message);
	}

	static void checkPage(long offset, int limit) {
		if (offset < 0) {
			throw invalid("offset must be 0 or more, not " + offset);
		}
		if (limit < 1 || limit > 10_000) {
			throw invalid("limit must be 1 to 10000, not " + limit);
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
			throw new ServiceException(ServiceException.Kind.CONFLICT, e.getMessage(), e);
		} catch (ValidationException e) {
			throw new ServiceException(ServiceException.Kind.INVALID, e.getMessage(), e);
		} catch (StoreException e) {
			throw new ServiceException(ServiceException.Kind.FAILED, e.getMessage(), e);
		}
	}
}
