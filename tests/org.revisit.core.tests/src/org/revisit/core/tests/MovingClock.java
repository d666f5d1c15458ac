package org.revisit.core.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it on (lockouts that end, periods that pass). Its views in
 * other zones move with it.
 */
final class MovingClock extends Clock {

	private final AtomicReference<Instant> now;
	private final ZoneId zone;

	private MovingClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** At {@link TestClock#NOW} (09:00 in Shanghai), in Shanghai. */
	static MovingClock atTestNow() {
		return new MovingClock(new AtomicReference<>(TestClock.NOW), ZoneId.of("Asia/Shanghai"));
	}

	void advance(Duration d) {
		now.updateAndGet(t -> t.plus(d));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MovingClock(now, other);
	}

	@Override
	public Instant instant() {
		return now.get();
	}
}
