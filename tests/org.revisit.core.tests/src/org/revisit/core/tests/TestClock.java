package org.revisit.core.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The moment the tests live in, whatever the date on the machine: Monday 2026-11-23, 09:00 in Shanghai. */
final class TestClock {

	static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

	private TestClock() {
	}

	/** A clock a test sets by hand: it stands still at the moment set last ({@link #NOW} at first). */
	static final class Settable extends Clock {

		private final ZoneId zone;
		private volatile Instant now = NOW;

		Settable(ZoneId zone) {
			this.zone = zone;
		}

		void set(Instant moment) {
			now = moment;
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			Settable c = new Settable(other);
			c.now = now;
			return c;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/** {@link #NOW}, standing still, in this computer's zone (the zone the command line uses for dates). */
	static Clock fixed() {
		return Clock.fixed(NOW, ZoneId.systemDefault());
	}
}
