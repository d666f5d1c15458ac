package org.revisit.core.service.local;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.revisit.core.service.AuditService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;

/** {@link AuditService} on a store, for one principal: reading only, with {@link Permission#AUDIT}. */
public final class LocalAuditService implements AuditService {

	private final Store store;
	private final Principal principal;

	public LocalAuditService(Store store, Principal principal) {
		this.store = Objects.requireNonNull(store);
		this.principal = Objects.requireNonNull(principal);
	}

	@Override
	public List<AuditRecord> read(Instant from, Instant to, String user, String action, long offset, int limit) {
		require();
		if (offset < 0) {
			throw new ServiceException(Kind.INVALID, "The offset must not be negative");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ServiceException(Kind.INVALID, "The limit must be between 1 and " + MAX_LIMIT);
		}
		checkTimes(from, to);
		return store.audit().find(from, to, user(user), action(action), offset, limit);
	}

	@Override
	public long count(Instant from, Instant to, String user, String action) {
		require();
		checkTimes(from, to);
		return store.audit().count(from, to, user(user), action(action));
	}

	private void require() {
		if (!principal.may(Permission.AUDIT)) {
			throw ServiceException.forbidden(principal, Permission.AUDIT);
		}
	}

	private static void checkTimes(Instant from, Instant to) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new ServiceException(Kind.INVALID, "The start of the period (" + from + ") must be before its end ("
					+ to + ")");
		}
	}

	private static String user(String user) {
		return user == null || user.isBlank() ? null : user.strip();
	}

	/** The action filter in capitals ("login_failed" finds LOGIN_FAILED). */
	private static String action(String action) {
		if (action == null || action.isBlank()) {
			return null;
		}
		String a = action.strip().toUpperCase(Locale.ROOT);
		if (!AuditActions.valid(a)) {
			throw new ServiceException(Kind.INVALID, "The action must be a name such as LOGIN or ROLE_CHANGED, not '"
					+ SafeText.echo(action) + "'");
		}
		return a;
	}
}
