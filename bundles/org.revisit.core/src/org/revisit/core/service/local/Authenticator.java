package org.revisit.core.service.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.PasswordHash;
import org.revisit.store.Store;
import org.revisit.store.UserRepository.Account;

/**
 * Checks logins against the users of the store ({@code app_user}) and keeps the lockout state.
 * <p>
 * <b>Answers.</b> An unknown user, a wrong password and a user without a password get the same answer,
 * {@link Kind#UNAUTHENTICATED} "Wrong user name or password", after the same work (the password is checked
 * against a decoy hash), so a login does not tell which names exist. A locked account gets {@link Kind#LOCKED}
 * with the time the lockout ends, without its password being looked at; a disabled account gets
 * {@link Kind#LOCKED} too, but only when the password was right (a wrong one gets the usual answer).
 * <p>
 * <b>Lockout policy.</b> After {@value #FAILURES_BEFORE_LOCK} failed logins in a row the account is locked for
 * {@link #FIRST_LOCK} (15 minutes). When a lockout has ended, the failures are not forgotten: every further
 * failure locks the account again at once, each time for twice as long as the lockout before (30 minutes, 1
 * hour, 2 hours...), at most {@link #LONGEST_LOCK} (24 hours). A good login forgets the failures and the
 * lockouts; so does an administrator enabling the account. Attempts during a lockout are refused and audited but
 * do not lengthen it (a stranger cannot keep someone locked out for longer than the steps above).
 * <p>
 * Every login, failed login and lockout is appended to the audit trail with the user name tried and the
 * client's address. Times come from the store's clock.
 */
public final class Authenticator {

	/** Failed logins in a row that lock an account. */
	public static final int FAILURES_BEFORE_LOCK = 5;

	/** How long the first lockout lasts. */
	public static final Duration FIRST_LOCK = Duration.ofMinutes(15);

	/** The longest lockout. */
	public static final Duration LONGEST_LOCK = Duration.ofHours(24);

	/** The answer for an unknown user or a wrong password, the same for both. */
	public static final String WRONG = Messages.Auth_wrong;

	private static final int MAX_NAME = 64;

	private final Store store;

	public Authenticator(Store store) {
		this.store = Objects.requireNonNull(store);
	}

	/**
	 * Logs {@code user} in.
	 *
	 * @param user the name given
	 * @param password the password given; cleared (overwritten) before this returns
	 * @param from the client's address for the audit trail, or {@code null}
	 * @return who logged in, with the display name and role stored for them
	 * @throws ServiceException {@link Kind#UNAUTHENTICATED} for an unknown user or a wrong password,
	 *             {@link Kind#LOCKED} for a locked or disabled account
	 */
	public Principal login(String user, char[] password, String from) {
		try {
			Account account = check(user, password, from, "login");
			return new Principal(account.name(), account.displayName(), account.role());
		} finally {
			Passwords.clear(password);
		}
	}

	/**
	 * Checks a user's password as a login does (same answers, same lockout counting and auditing), but without
	 * recording a login; for confirming a user's current password before they change it. Does not clear
	 * {@code password}.
	 */
	Account confirm(String user, char[] password, String purpose, String from) {
		return check(user, password, from, purpose);
	}

	/**
	 * The user of a session as the store holds them now, for the server to check before each request of the
	 * session: their current role and display name, acting from {@code from}. A lockout (someone else guessing
	 * the password) does not end a session; a disabled or removed account does.
	 *
	 * @param session who logged in
	 * @param from the address of the request, or {@code null}
	 * @throws ServiceException {@link Kind#UNAUTHENTICATED} if the account was disabled or no longer exists
	 */
	public Principal current(Principal session, String from) {
		return current(session, from, null);
	}

	/**
	 * As {@link #current(Principal, String)}, and the session also ends when the password is no longer the one
	 * the session began with ({@code passwordStamp}, see {@link #passwordStamp}; {@code null}: not checked). One
	 * read of the account serves both checks, as this runs before every request of a session.
	 */
	public Principal current(Principal session, String from, String passwordStamp) {
		Account account = store.users().account(session.user());
		if (account == null) {
			throw ServiceException.refusal(Kind.UNAUTHENTICATED, Messages.Auth_gone, SafeText.echo(session.user()));
		}
		if (account.disabled()) {
			throw ServiceException.refusal(Kind.UNAUTHENTICATED, Messages.Auth_disabledSession,
					SafeText.echo(session.user()));
		}
		if (passwordStamp != null && (account.password() == null || !passwordStamp.equals(account.password().salt()))) {
			throw ServiceException.refusal(Kind.UNAUTHENTICATED, Messages.Auth_passwordChanged,
					SafeText.echo(session.user()));
		}
		return new Principal(account.name(), account.displayName(), account.role(), from);
	}

	/**
	 * What identifies the password {@code user} has now ({@code null} if there is no such user or no password):
	 * its random salt, new at every change, so even two changes at the same moment differ. The server ends the
	 * sessions begun with another password. The salt is no secret of the password (the hash is not given out).
	 */
	public String passwordStamp(String user) {
		Account account = store.users().account(user);
		return account == null || account.password() == null ? null : account.password().salt();
	}

	/**
	 * Records that the server refuses the logins from {@code from} until {@code until} after too many failed ones
	 * ({@link AuditActions#THROTTLED}; {@code user} is the name the last of them tried).
	 */
	public void throttled(String from, String user, Instant until, String why) {
		String name = user == null || user.isBlank() ? "(no name)" : user.strip();
		store.audit().record(store.clock().instant(), name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name,
				AuditActions.THROTTLED, null, null, why + "; logins from " + from + " refused until " + until, from);
	}

	private enum Result {
		OK, UNKNOWN, WRONG, LOCKED, NOW_LOCKED, DISABLED
	}

	private record Outcome(Result result, Account account) {
	}

	private Account check(String given, char[] password, String from, String purpose) {
		boolean login = "login".equals(purpose);
		String name = given == null ? "" : given.strip();
		if (name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME);
		}
		String user = name;
		Account before = user.isEmpty() ? null : store.users().account(user);
		PasswordHash stored = before == null ? null : before.password();
		// the work is the same whether or not the user exists or has a password
		boolean right = Passwords.verify(password, stored);
		PasswordHash rehash = right && Passwords.needsRehash(stored) ? Passwords.hash(password) : null;
		String who = user.isEmpty() ? "(no name)" : user;
		Outcome outcome = store.transaction(tx -> {
			Instant now = store.clock().instant();
			Account account = store.users().hold(tx, user);
			if (account == null) {
				store.audit().record(tx, now, who, AuditActions.LOGIN_FAILED, null, null, "unknown user (" + purpose + ")",
						from);
				return new Outcome(Result.UNKNOWN, null);
			}
			if (account.lockedAt(now)) {
				store.audit().record(tx, now, who, AuditActions.LOGIN_FAILED, "User", account.id(),
						"account locked until " + account.lockedUntil() + " (" + purpose + ")", from);
				return new Outcome(Result.LOCKED, account);
			}
			boolean sameHash = Objects.equals(stored, account.password());
			if (right && sameHash) {
				if (account.disabled()) {
					store.audit().record(tx, now, who, AuditActions.LOGIN_FAILED, "User", account.id(),
							"account disabled (" + purpose + ")", from);
					return new Outcome(Result.DISABLED, account);
				}
				store.users().loginSucceeded(tx, user, login ? now : account.lastLoginAt());
				if (rehash != null) {
					store.users().setPassword(tx, user, rehash, account.passwordChangedAt());
				}
				if (login) {
					store.audit().record(tx, now, who, AuditActions.LOGIN, "User", account.id(), null, from);
				}
				return new Outcome(Result.OK, account);
			}
			account = store.users().loginFailed(tx, user);
			String why = account.password() == null ? "no password set" : "wrong password";
			store.audit().record(tx, now, who, AuditActions.LOGIN_FAILED, "User", account.id(),
					why + ", " + account.failedLogins() + " in a row (" + purpose + ")", from);
			if (account.failedLogins() >= FAILURES_BEFORE_LOCK) {
				Duration lock = lockDuration(account.lockouts());
				Instant until = now.plus(lock);
				store.users().lock(tx, user, until);
				store.audit().record(tx, now, who, AuditActions.LOCKED, "User", account.id(), "locked for "
						+ lock.toMinutes() + " minutes after " + account.failedLogins() + " failed logins in a row",
						from);
				return new Outcome(Result.NOW_LOCKED, store.users().account(tx, user));
			}
			return new Outcome(Result.WRONG, account);
		});
		return switch (outcome.result()) {
		case OK -> outcome.account();
		case UNKNOWN, WRONG -> throw ServiceException.refusal(Kind.UNAUTHENTICATED, Messages.Auth_wrong);
		case LOCKED, NOW_LOCKED -> throw ServiceException.refusal(Kind.LOCKED, Messages.Auth_locked, SafeText.echo(user),
				when(outcome.account().lockedUntil()));
		case DISABLED -> throw ServiceException.refusal(Kind.LOCKED, Messages.Auth_disabled, SafeText.echo(user));
		};
	}

	/** The lockout after {@code earlier} lockouts in a row: 15 minutes, doubled each time, at most 24 hours. */
	public static Duration lockDuration(int earlier) {
		Duration d = FIRST_LOCK.multipliedBy(1L << Math.min(Math.max(earlier, 0), 16));
		return d.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : d;
	}

	/**
	 * The end of a lockout in the store clock's zone, rounded up to the minute (so that trying at the time shown
	 * works): "09:15", or "2026-11-24 09:15" on another day.
	 */
	private String when(Instant until) {
		Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
		ZonedDateTime end = (minute.equals(until) ? minute : minute.plus(Duration.ofMinutes(1)))
				.atZone(store.clock().getZone());
		ZonedDateTime now = store.clock().instant().atZone(store.clock().getZone());
		return end.toLocalDate().equals(now.toLocalDate()) ? end.format(DateTimeFormatter.ofPattern("HH:mm")) //$NON-NLS-1$
				: end.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")); //$NON-NLS-1$
	}
}
