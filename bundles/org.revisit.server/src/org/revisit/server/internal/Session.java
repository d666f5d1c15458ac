package org.revisit.server.internal;

import java.time.Instant;

import org.revisit.core.service.Principal;
import org.revisit.core.service.Services;

/** A logged-in user's session: the services that act for them and the answers kept for replays. */
public final class Session {

	private final String token;
	private final Principal principal;
	private final Services services;
	private final Replays replays;
	private volatile Instant lastUsed;

	Session(String token, Principal principal, Services services, Replays replays, Instant now) {
		this.token = token;
		this.principal = principal;
		this.services = services;
		this.replays = replays;
		this.lastUsed = now;
	}

	public String token() {
		return token;
	}

	public Principal principal() {
		return principal;
	}

	public Services services() {
		return services;
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
