package org.revisit.server;

import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;

/**
 * Checks a user's password for the server ({@code org.revisit.core.service.local.Authenticator#login} in the
 * product, which also writes the login to the audit and locks an account after repeated failures).
 */
@FunctionalInterface
public interface Login {

	/**
	 * The user, if the password is theirs.
	 *
	 * @param from where the login comes from, for the audit (the client's address)
	 * @throws ServiceException {@link ServiceException.Kind#UNAUTHENTICATED} for a wrong user or password,
	 *         {@link ServiceException.Kind#LOCKED} for a locked or disabled account
	 */
	Principal login(String user, char[] password, String from);
}
