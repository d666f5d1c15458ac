package org.revisit.server.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.revisit.core.service.Principal;

/**
 * The sessions of logged-in users by token: 256 random bits, ended by a logout or after a time without use
 * (measured on the server's clock). They live in memory: a restarted server asks everyone to log in again.
 */
public final class Sessions {

	private final SecureRandom random = new SecureRandom();
	private final Map<String, Session> byToken = new ConcurrentHashMap<>();
	private final Clock clock;
	private final Duration idle;

	public Sessions(Clock clock, Duration idle) {
		this.clock = clock;
		this.idle = idle;
	}

	/** A new session for {@code principal}; expired sessions are dropped on the way. */
	public Session create(Principal principal) {
		Instant now = clock.instant();
		byToken.values().removeIf(s -> expired(s, now));
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Session session = new Session(token, principal, new Replays(), now);
		byToken.put(token, session);
		return session;
	}

	/** The live session of {@code token}, now marked used; {@code null} if there is none or it expired. */
	public Session find(String token) {
		if (token == null) {
			return null;
		}
		Session session = byToken.get(token);
		if (session == null) {
			return null;
		}
		Instant now = clock.instant();
		if (expired(session, now)) {
			byToken.remove(token, session);
			return null;
		}
		session.touch(now);
		return session;
	}

	/** Ends the session; true if there was one. */
	public boolean remove(String token) {
		return token != null && byToken.remove(token) != null;
	}

	/** How many sessions are open (expired ones not yet dropped included). */
	public int size() {
		return byToken.size();
	}

	private boolean expired(Session s, Instant now) {
		return now.isAfter(s.lastUsed().plus(idle));
	}
}
