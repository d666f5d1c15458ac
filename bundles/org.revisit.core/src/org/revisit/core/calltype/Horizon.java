package org.revisit.core.calltype;

import java.time.LocalDate;
import java.util.Objects;

/** The days a planning run covers, both included. */
public record Horizon(LocalDate from, LocalDate to) {

	public Horizon {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The horizon ends (" + to + ") before it starts (" + from + ")");
		}
	}

	/** The {@code days} days from {@code from} on. */
	public static Horizon of(LocalDate from, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("A horizon has at least one day, not " + days);
		}
		return new Horizon(from, from.plusDays(days - 1L));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
