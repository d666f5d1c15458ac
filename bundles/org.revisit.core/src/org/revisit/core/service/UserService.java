package org.revisit.core.service;

/**
 * The team's people and their roles ({@link Permission#USERS}; everyone may change their own password). Passwords
 * are kept as slow salted hashes only.
 */
public interface UserService {
	// the operations are defined with 'cli user'
}
