package org.revisit.core.service.local;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;

/** {@link AuditService} on a store, for one principal: reading only, with {@link Permission#AUDIT}. */
public final class LocalAuditService extends LocalService implements AuditService {

	public LocalAuditService(Store store, Principal principal) {
		super(Objects.requireNonNull(store), Objects.requireNonNull(principal));
	}

	@Override
	public List<AuditRecord> read(Instant from, Instant to, String user, String action, long offset, int limit) {
		require(Permission.AUDIT);
		checkPage(offset, limit);
		checkTimes(from, to);
		return store.audit().find(from, to, user(user), action(action), offset, limit);
	}

	@Override
	public long count(Instant from, Instant to, String user, String action) {
		require(Permission.AUDIT);
		checkTimes(from, to);
		return store.audit().count(from, to, user(user), action(action));
	}

	private static void checkTimes(Instant from, Instant to) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw invalid(Messages.Audit_period, from, to);
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
			throw invalid(Messages.Audit_action, SafeText.echo(action));
		}
		return a;
	}
}
