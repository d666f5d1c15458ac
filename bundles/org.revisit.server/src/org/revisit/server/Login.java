package org.revisit.server;

import java.time.Instant;
import java.util.Objects;

import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.Authenticator;

/**
 * The server's accounts: checks a user's password at the login, and before every request of a session says who
 * the user is now, so that a disabled account or a changed role takes effect at once, not when the session ends.
 * The product's is {@link #of(Authenticator)}, which also writes logins to the audit and locks an account after
 * repeated failures.
 */
public interface Login {

	/**
	 * The user, if the password is theirs.
	 *
	 * @param from where the login comes from, for the audit (the client's address)
	 * @throws ServiceException {@link ServiceException.Kind#UNAUTHENTICATED} for a wrong user or password,
	 *         {@link ServiceException.Kind#LOCKED} for a locked or disabled account
	 */
	Principal login(String user, char[] password, String from);

	/**
	 * The user of a session as they are now (role, display name), acting from {@code from}; called before every
	 * request of the session.
	 *
	 * @param from the request's client address
	 * @throws ServiceException {@link ServiceException.Kind#UNAUTHENTICATED} if the account may no longer be used
	 *         (disabled, removed): the server then ends the session
	 */
	Principal current(Principal session, String from);

	/**
	 * As {@link #current(Principal, String)}, and ends the session (the same refusal) when the user's password is
	 * no longer the one of {@code passwordStamp} ({@link #passwordStamp}; {@code null}: not checked). Unless
	 * implemented, passwords never end sessions.
	 */
	default Principal current(Principal session, String from, String passwordStamp) {
		return current(session, from);
	}

	/**
	 * What identifies the password {@code user} has now (e.g. when it was set), or {@code null}: a session
	 * remembers it at the login and ends when it changes, so a password reset locks out whoever knew the old one.
	 * A session that changes its own password goes on. Unless implemented, passwords never end sessions.
	 */
	default String passwordStamp(String user) {
		return null;
	}

	/**
	 * Records that the logins from {@code from} are refused until {@code until} after too many failed ones (the
	 * last one tried {@code user}); for the audit trail. Does nothing unless implemented.
	 */
	default void throttled(String from, String user, Instant until, String why) {
		// nobody to tell
	}

	/** Logins and sessions checked against the users of the authenticator's store. */
	static Login of(Authenticator authenticator) {
		Objects.requireNonNull(authenticator, "authenticator");
		return new Login() {
			@Override
			public Principal login(String user, char[] password, String from) {
				return authenticator.login(user, password, from);
			}

			@Override
			public Principal current(Principal session, String from) {
				return authenticator.current(session, from);
			}

			@Override
			public Principal current(Principal session, String from, String passwordStamp) {
				return authenticator.current(session, from, passwordStamp);
			}

			@Override
			public void throttled(String from, String user, Instant until, String why) {
				authenticator.throttled(from, user, until, why);
			}

			@Override
			public String passwordStamp(String user) {
				return authenticator.passwordStamp(user);
			}
		};
	}
}
