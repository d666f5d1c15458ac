package org.revisit.core.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the simulator moves by hand: it stands at the moment set last, whatever the wall clock says. A store
 * opened with it, and everything working on that store, sees the simulated time. The clocks made by
 * {@link #withZone} share the moment with this one, so that moving one moves them all.
 */
public final class SimulationClock extends Clock {

	private final AtomicReference<Instant> now;
	private final ZoneId zone;

	/** A clock standing at {@code start}, in {@code zone}. */
	public SimulationClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
	}

	private SimulationClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** Moves the clock to {@code moment} (forwards or backwards). */
	public void set(Instant moment) {
		now.set(Objects.requireNonNull(moment, "moment"));
	}

	/** Moves the clock on by {@code step}. */
	public void advance(Duration step) {
		now.updateAndGet(t -> t.plus(step));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new SimulationClock(now, other);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public long millis() {
		return now.get().toEpochMilli();
	}
}
