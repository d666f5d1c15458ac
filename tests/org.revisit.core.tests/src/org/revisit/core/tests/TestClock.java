package org.revisit.core.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The moment the tests live in, whatever the date on the machine: Monday 2026-11-23, 09:00 in Shanghai. */
final class TestClock {

	static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

	private TestClock() {
	}

	/** {@link #NOW}, standing still, in this computer's zone (the zone the command line uses for dates). */
	static Clock fixed() {
		return Clock.fixed(NOW, ZoneId.systemDefault());
	}
}
