package org.revisit.core.service;

import java.util.List;

import org.revisit.model.Role;

/**
 * The team's people and their roles ({@link Permission#USERS}; everyone may change their own password and ask
 * who they are). Passwords are kept as slow salted hashes only, and every change is audited with the acting
 * user. Passwords travel as {@code char[]}, which the implementation overwrites once it has used them.
 * <p>
 * Rules: a user name is 1 to 64 letters, digits and {@code . _ @ -}, starting with a letter or digit; a password
 * has at least 10 characters and is not the user name; the last enabled administrator can be neither disabled
 * nor given another role. Refusals are {@link ServiceException}s with a one-line message: {@code FORBIDDEN}
 * (role), {@code INVALID} (a rule), {@code NOT_FOUND} (no such user), {@code CONFLICT} (name taken).
 */
public interface UserService {

	/** Every user, by name. */
	List<UserInfo> list();

	/** Adds a user who can log in with {@code password}; returns them as stored. */
	UserInfo add(String name, String displayName, Role role, char[] password);

	/**
	 * Disables a user: they can no longer log in, and on the Revisit server a session they have ends at its next
	 * request ({@code UNAUTHENTICATED}: "your account was disabled").
	 */
	void disable(String name);

	/** Enables a user again; this also ends a lockout and forgets their failed logins. */
	void enable(String name);

	/** Gives a user another role; on the Revisit server it applies from their next request, also in a session. */
	void setRole(String name, Role role);

	/** Sets a user's password (administrators, for anyone). */
	void setPassword(String name, char[] password);

	/**
	 * Changes the logged-in user's own password, after checking the current one (a wrong one counts as a failed
	 * login: {@code UNAUTHENTICATED}, and it can lock the account).
	 */
	void changeOwnPassword(char[] current, char[] next);

	/** Who is logged in. */
	Principal whoAmI();
}
