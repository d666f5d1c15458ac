package org.revisit.store;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Where "now" comes from. The applications (workbench, command line) make one clock here and hand it on:
 * the store carries it ({@link Store#clock()}), and everything that asks what time it is reads that clock,
 * never the system's. Tests pin it.
 * <p>
 * For tests only: the environment variable {@value #NOW_VARIABLE} (or the system property
 * {@value #NOW_PROPERTY}) set to a moment such as {@code 2026-11-23T09:30+08:00} makes the applications start
 * their clock at that moment; it then runs on at the normal pace.
 */
public final class Clocks {

	/** The environment variable that pins the start of the clock (tests only). */
	public static final String NOW_VARIABLE = "REVISIT_NOW";

	/** The system property that pins the start of the clock (tests only); wins over the variable. */
	public static final String NOW_PROPERTY = "revisit.now";

	private Clocks() {
	}

	/**
	 * The applications' clock: the system clock in this computer's zone, or, if {@value #NOW_PROPERTY} or
	 * {@value #NOW_VARIABLE} is set, a clock that starts at that moment.
	 *
	 * @throws IllegalArgumentException naming the variable if its value is not a moment
	 */
	public static Clock application() {
		String pinned = System.getProperty(NOW_PROPERTY);
		String source = NOW_PROPERTY;
		if (pinned == null || pinned.isBlank()) {
			pinned = System.getenv(NOW_VARIABLE);
			source = NOW_VARIABLE;
		}
		Clock system = Clock.system(ZoneId.systemDefault());
		if (pinned == null || pinned.isBlank()) {
			return system;
		}
		return startingAt(system, parse(pinned, source));
	}

	/** {@code base} moved so that it reads {@code start} now, and runs on from there. */
	public static Clock startingAt(Clock base, Instant start) {
		return Clock.offset(base, Duration.between(base.instant(), start));
	}

	/**
	 * A moment as people type it: {@code 2026-11-23T09:30+08:00}, {@code 2026-11-23T01:30:00Z}, or without an
	 * offset in this computer's zone; a space may stand for the {@code T}.
	 *
	 * @throws IllegalArgumentException naming {@code what} if {@code text} is not a moment
	 */
	public static Instant parse(String text, String what) {
		String t = text.strip().replace(' ', 'T');
		try {
			return OffsetDateTime.parse(t).toInstant();
		} catch (DateTimeException e) {
			try {
				return Instant.parse(t);
			} catch (DateTimeException e2) {
				try {
					return java.time.LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
				} catch (DateTimeException e3) {
					throw new IllegalArgumentException(what + " must be a date and time like 2026-11-23T09:30+08:00, not '"
							+ text + "'", e3);
				}
			}
		}
	}
}
