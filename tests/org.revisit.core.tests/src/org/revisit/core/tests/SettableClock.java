package org.revisit.core.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it (sessions that expire, leases that run out). */
final class SettableClock extends Clock {

	private volatile Instant now;
	private final ZoneId zone;

	SettableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	/** Standing at {@link TestClock#NOW} in this computer's zone. */
	static SettableClock atTestNow() {
		return new SettableClock(TestClock.NOW, ZoneId.systemDefault());
	}

	void advance(Duration by) {
		now = now.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		SettableClock c = new SettableClock(now, other);
		return c;
	}

	@Override
	public Instant instant() {
		return now;
	}
}
