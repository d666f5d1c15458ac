package org.revisit.core.service;

import org.revisit.model.Role;

/**
 * Who is using the services: the authenticated user (the team server's login) or, on an embedded desktop, the
 * operating-system user, who owns the database files and so has every role ({@link Role#ADMIN}).
 *
 * @param user the login name; the agent of claims, answers, outcomes and the audit
 * @param displayName the name shown to people, or {@code null}
 * @param role what the user may do ({@link Permission})
 */
public record Principal(String user, String displayName, Role role) {

	public Principal {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("A principal needs a user name");
		}
		if (role == null) {
			throw new IllegalArgumentException("A principal needs a role");
		}
	}

	/** Whether this user's role grants {@code permission}. */
	public boolean may(Permission permission) {
		return permission.grantedTo(role);
	}
}
