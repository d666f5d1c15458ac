package org.revisit.server.internal;

import java.time.Instant;

import org.revisit.core.service.Principal;

/**
 * A logged-in user's session: who they are (as last checked: the server reads their account again before each
 * request) and the answers kept for replays.
 */
public final class Session {

	private final String token;
	private volatile Principal principal;
	private final Replays replays;
	private volatile Instant lastUsed;
	private volatile String passwordStamp;

	Session(String token, Principal principal, Replays replays, Instant now) {
		this.token = token;
		this.principal = principal;
		this.replays = replays;
		this.lastUsed = now;
	}

	public String token() {
		return token;
	}

	public Principal principal() {
		return principal;
	}

	/** Remembers who the user is now (another role or display name than at the login). */
	public void principal(Principal now) {
		principal = now;
	}

	/** The password the session was begun (or last changed) with, as {@code Login#passwordStamp} says. */
	public String passwordStamp() {
		return passwordStamp;
	}

	public void passwordStamp(String stamp) {
		passwordStamp = stamp;
	}

	public Replays replays() {
		return replays;
	}

	Instant lastUsed() {
		return lastUsed;
	}

	void touch(Instant now) {
		lastUsed = now;
	}
}
