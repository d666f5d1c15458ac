package org.revisit.core.service;

import org.revisit.model.Role;

/**
 * Who is using the services: the authenticated user (the team server's login) or, on an embedded desktop, the
 * operating-system user, who owns the database files and so has every role ({@link Role#ADMIN}).
 *
 * @param user the login name; the agent of claims, answers, outcomes and the audit
 * @param displayName the name shown to people, or {@code null}
 * @param role what the user may do ({@link Permission})
 * @param from where the request comes from (the client's address, which the Revisit server sets for each
 *            request and the audit trail records), or {@code null} when not known (an embedded desktop)
 */
public record Principal(String user, String displayName, Role role, String from) {

	/** The longest address kept; anything longer is not an address. */
	private static final int MAX_FROM = 100;

	public Principal {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("A principal needs a user name");
		}
		if (role == null) {
			throw new IllegalArgumentException("A principal needs a role");
		}
		if (from != null && (from.isBlank() || from.length() > MAX_FROM)) {
			throw new IllegalArgumentException("A principal's address is 1 to " + MAX_FROM + " characters");
		}
	}

	/** A principal whose address is not known. */
	public Principal(String user, String displayName, Role role) {
		this(user, displayName, role, null);
	}

	/** The same user, role and name, acting from {@code address} ({@code null}: not known). */
	public Principal withFrom(String address) {
		return new Principal(user, displayName, role, address);
	}

	/** Whether this user's role grants {@code permission}. */
	public boolean may(Permission permission) {
		return permission.grantedTo(role);
	}
}
