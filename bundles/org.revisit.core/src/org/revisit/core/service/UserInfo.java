package org.revisit.core.service;

import java.time.Instant;

import org.revisit.model.Role;

/**
 * A user of the team as the administration shows them (never their password or its hash).
 *
 * @param name the login name
 * @param displayName the name shown to people, or {@code null}
 * @param role what they may do
 * @param disabled whether they may not log in at all
 * @param lockedUntil the end of the lockout in force after failed logins, or {@code null} if none is
 * @param lastLogin their last good login, or {@code null}
 * @param created when they were added, or {@code null} if that is not known (users of an old database)
 * @param passwordSet whether they have a password (users of an old database have none and cannot log in)
 */
public record UserInfo(String name, String displayName, Role role, boolean disabled, Instant lockedUntil,
		Instant lastLogin, Instant created, boolean passwordSet) {
}
