package org.revisit.core.service.local;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.UserInfo;
import org.revisit.core.service.UserService;
import org.revisit.model.Role;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.PasswordHash;
import org.revisit.store.Store;
import org.revisit.store.UserRepository.Account;

/**
 * {@link UserService} on a store, for one principal. Each operation checks {@link Permission#USERS} first
 * (except {@link #changeOwnPassword} and {@link #whoAmI}), then its input, and changes and audits in one
 * transaction; a refusal changes nothing. Passwords are hashed before the transaction (it takes a fraction of a
 * second) and the arrays given are cleared.
 */
public final class LocalUserService extends LocalService implements UserService {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}");
	private static final int MAX_DISPLAY_NAME = 100;
	private static final String ENTITY = "User";

	public LocalUserService(Store store, Principal principal) {
		super(Objects.requireNonNull(store), Objects.requireNonNull(principal));
	}

	@Override
	public List<UserInfo> list() {
		require(Permission.USERS);
		Instant now = store.clock().instant();
		return store.users().accounts().stream().map(a -> info(a, now)).toList();
	}

	@Override
	public UserInfo add(String name, String displayName, Role role, char[] password) {
		try {
			require(Permission.USERS);
			String user = name(name);
			String display = displayName(displayName);
			if (role == null) {
				throw invalid(Messages.Users_noRole);
			}
			checkRules(user, password);
			if (store.users().account(user) != null) {
				throw refusal(Kind.CONFLICT, Messages.Users_exists, user);
			}
			PasswordHash hash = Passwords.hash(password);
			return store.transaction(tx -> {
				Instant now = store.clock().instant();
				if (store.users().account(tx, user) != null) {
					throw refusal(Kind.CONFLICT, Messages.Users_exists, user);
				}
				long id = store.users().add(tx, user, display, role, hash, now);
				store.audit().record(tx, now, principal.user(), AuditActions.USER_ADDED, ENTITY, id,
						"added " + user + (display == null ? "" : " (" + display + ")") + " as " + literal(role), principal.from());
				return info(store.users().account(tx, user), now);
			});
		} finally {
			Passwords.clear(password);
		}
	}

	@Override
	public void disable(String name) {
		require(Permission.USERS);
		String user = given(name);
		store.transaction(tx -> {
			store.users().lockAll(tx);
			Account account = existing(store.users().account(tx, user), user);
			if (account.disabled()) {
				return null;
			}
			if (account.role() == Role.ADMIN && store.users().enabledAdmins(tx, user) == 0) {
				throw invalid(Messages.Users_lastAdminDisable, user);
			}
			store.users().setDisabled(tx, user, true);
			store.audit().record(tx, null, principal.user(), AuditActions.USER_DISABLED, ENTITY, account.id(),
					"disabled " + user, principal.from());
			return null;
		});
	}

	@Override
	public void enable(String name) {
		require(Permission.USERS);
		String user = given(name);
		store.transaction(tx -> {
			Account account = existing(store.users().account(tx, user), user);
			Instant now = store.clock().instant();
			boolean locked = account.lockedAt(now);
			if (!account.disabled() && !locked && account.failedLogins() == 0) {
				return null;
			}
			store.users().setDisabled(tx, user, false);
			store.audit().record(tx, now, principal.user(), AuditActions.USER_ENABLED, ENTITY, account.id(),
					"enabled " + user + (locked ? "; the lockout until " + account.lockedUntil() + " ended" : "")
							+ (account.failedLogins() > 0 ? "; " + account.failedLogins() + " failed logins forgotten" : ""),
					principal.from());
			return null;
		});
	}

	@Override
	public void setRole(String name, Role role) {
		require(Permission.USERS);
		String user = given(name);
		if (role == null) {
			throw invalid(Messages.Users_noRole);
		}
		store.transaction(tx -> {
			store.users().lockAll(tx);
			Account account = existing(store.users().account(tx, user), user);
			if (account.role() == role) {
				return null;
			}
			if (account.role() == Role.ADMIN && !account.disabled() && store.users().enabledAdmins(tx, user) == 0) {
				throw invalid(Messages.Users_lastAdminRole, user);
			}
			store.users().setRole(tx, user, role);
			store.audit().append(tx, new AuditRecord(store.clock().instant(), principal.user(),
					AuditActions.ROLE_CHANGED, ENTITY, account.id(), "role", account.role().getName(), role.getName(),
					user + ": " + literal(account.role()) + " -> " + literal(role), principal.from()));
			return null;
		});
	}

	@Override
	public void setPassword(String name, char[] password) {
		try {
			require(Permission.USERS);
			String user = given(name);
			existing(store.users().account(user), user);
			checkRules(user, password);
			PasswordHash hash = Passwords.hash(password);
			store.transaction(tx -> {
				Account account = existing(store.users().account(tx, user), user);
				Instant now = store.clock().instant();
				store.users().setPassword(tx, user, hash, now);
				store.audit().record(tx, now, principal.user(), AuditActions.PASSWORD_CHANGED, ENTITY, account.id(),
						"password of " + user + " set by " + principal.user(), principal.from());
				return null;
			});
		} finally {
			Passwords.clear(password);
		}
	}

	@Override
	public void changeOwnPassword(char[] current, char[] next) {
		try {
			String user = principal.user();
			if (store.users().account(user) == null) {
				throw refusal(Kind.NOT_FOUND, Messages.Users_noPassword, user);
			}
			checkRules(user, next);
			if (current != null && java.util.Arrays.equals(current, next)) {
				throw invalid(Messages.Users_samePassword);
			}
			new Authenticator(store).confirm(user, current, "password change", principal.from());
			PasswordHash hash = Passwords.hash(next);
			store.transaction(tx -> {
				Account account = existing(store.users().account(tx, user), user);
				Instant now = store.clock().instant();
				store.users().setPassword(tx, user, hash, now);
				store.audit().record(tx, now, user, AuditActions.PASSWORD_CHANGED, ENTITY, account.id(),
						"own password changed", principal.from());
				return null;
			});
		} finally {
			Passwords.clear(current, next);
		}
	}

	@Override
	public Principal whoAmI() {
		return principal;
	}

	private static void checkRules(String user, char[] password) {
		ServiceException problem = Passwords.refusal(user, password);
		if (problem != null) {
			throw problem;
		}
	}

	/** A new user's name, checked. */
	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw invalid(Messages.Users_noName);
		}
		String n = name.strip();
		if (!NAME.matcher(n).matches()) {
			throw invalid(Messages.Users_badName, SafeText.echo(n));
		}
		return n;
	}

	/** The name of an existing user as given. */
	private static String given(String name) {
		if (name == null || name.isBlank()) {
			throw invalid(Messages.Users_noName);
		}
		return name.strip();
	}

	private static String displayName(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return null;
		}
		String d = displayName.strip();
		if (d.length() > MAX_DISPLAY_NAME) {
			throw invalid(Messages.Users_displayLong, MAX_DISPLAY_NAME);
		}
		int bad = SafeText.forbidden(d);
		if (bad >= 0) {
			throw invalid(Messages.Users_displayForbidden, SafeText.describe(d, bad));
		}
		return d;
	}

	private static Account existing(Account account, String name) {
		if (account == null) {
			throw refusal(Kind.NOT_FOUND, Messages.Users_none, SafeText.echo(name));
		}
		return account;
	}

	private static UserInfo info(Account a, Instant now) {
		return new UserInfo(a.name(), a.displayName(), a.role(), a.disabled(), a.lockedAt(now) ? a.lockedUntil() : null,
				a.lastLoginAt(), a.createdAt(), a.password() != null);
	}

	private static String literal(Role role) {
		return role.getLiteral().toLowerCase(java.util.Locale.ROOT);
	}
}
