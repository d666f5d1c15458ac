package org.revisit.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing from one address, whatever the user names tried: after {@code limit} failed
 * logins from an address within {@code window}, its logins are refused without looking at the password for
 * {@code pause}. Logins still being checked count as failures until they end, so a burst of parallel attempts
 * cannot run more password checks than the limit. Each account has its own lockout besides
 * ({@code Authenticator}); this throttle protects the server's processor (a check costs a fifth of a second) and
 * the accounts of a team from someone trying many names. Times come from the server's clock.
 */
public final class LoginThrottle {

	/** Failed logins from one address within {@link #DEFAULT_WINDOW} before its logins are refused. */
	public static final int DEFAULT_LIMIT = 10;
	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
	/** How long an address's logins are refused once it went over the limit. */
	public static final Duration DEFAULT_PAUSE = Duration.ofMinutes(5);

	/** The addresses remembered at most; beyond, the quiet ones are forgotten first. */
	private static final int MAX_ADDRESSES = 100_000;

	/** What one address did lately. */
	private static final class Source {
		final Deque<Instant> failures = new ArrayDeque<>();
		int checking;
		Instant refusedUntil;
	}

	/** Whether a login may be checked; when not, until when its address is refused. */
	public record Verdict(boolean allowed, Instant until) {
	}

	private final Clock clock;
	private final int limit;
	private final Duration window;
	private final Duration pause;
	private final Map<String, Source> sources = new ConcurrentHashMap<>();

	public LoginThrottle(Clock clock, int limit, Duration window, Duration pause) {
		if (limit < 1 || window.isNegative() || window.isZero() || pause.isNegative()) {
			throw new IllegalArgumentException("A login throttle needs a limit of 1 or more and a window");
		}
		this.clock = clock;
		this.limit = limit;
		this.window = window;
		this.pause = pause;
	}

	public int limit() {
		return limit;
	}

	public Duration window() {
		return window;
	}

	/**
	 * Asks to check a login from {@code address}. When allowed, the caller reports how it ended with
	 * {@link #passed} or {@link #failed}.
	 */
	public Verdict begin(String address) {
		Instant now = clock.instant();
		if (sources.size() > MAX_ADDRESSES) {
			forgetQuiet(now);
		}
		Source s = sources.computeIfAbsent(address, a -> new Source());
		synchronized (s) {
			if (s.refusedUntil != null && now.isBefore(s.refusedUntil)) {
				return new Verdict(false, s.refusedUntil);
			}
			drop(s, now);
			if (s.failures.size() + s.checking >= limit) {
				// attempts in flight would go over the limit: refuse this one until the oldest failure ages out
				Instant until = s.failures.isEmpty() ? now.plusSeconds(1) : s.failures.peekFirst().plus(window);
				return new Verdict(false, until);
			}
			s.checking++;
			return new Verdict(true, null);
		}
	}

	/** A login allowed by {@link #begin} ended without failing (it succeeded, or the server failed). */
	public void passed(String address) {
		Source s = sources.get(address);
		if (s != null) {
			synchronized (s) {
				s.checking = Math.max(0, s.checking - 1);
			}
		}
	}

	/**
	 * A login allowed by {@link #begin} failed.
	 *
	 * @return the end of the refusal this failure starts, or {@code null} if the address stays under the limit
	 */
	public Instant failed(String address) {
		Instant now = clock.instant();
		Source s = sources.computeIfAbsent(address, a -> new Source());
		synchronized (s) {
			s.checking = Math.max(0, s.checking - 1);
			drop(s, now);
			s.failures.addLast(now);
			if (s.failures.size() >= limit) {
				s.refusedUntil = now.plus(pause);
				s.failures.clear();
				return s.refusedUntil;
			}
			return null;
		}
	}

	private void drop(Source s, Instant now) {
		Instant oldest = now.minus(window);
		while (!s.failures.isEmpty() && !s.failures.peekFirst().isAfter(oldest)) {
			s.failures.removeFirst();
		}
	}

	private void forgetQuiet(Instant now) {
		sources.entrySet().removeIf(e -> {
			Source s = e.getValue();
			synchronized (s) {
				drop(s, now);
				return s.checking == 0 && s.failures.isEmpty()
						&& (s.refusedUntil == null || !now.isBefore(s.refusedUntil));
			}
		});
	}
}
