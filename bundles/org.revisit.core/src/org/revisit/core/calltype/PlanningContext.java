package org.revisit.core.calltype;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.revisit.core.calendar.LunarCalendar;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.model.Campaign;

/**
 * Everything a {@link CallType} may read besides its subject: the horizon being planned, the campaign (its
 * parameters, such as an event date or a visit interval), the working-day and lunar calendars, and the
 * {@link PlanningHistory}. Immutable; one per campaign and planning run.
 */
public final class PlanningContext {

	/** How far back the planner offers service events to call types, in days. */
	public static final int LOOKBACK_DAYS = 60;

	private final Horizon horizon;
	private final Instant now;
	private final Campaign campaign;
	private final WorkingCalendar workingCalendar;
	private final LunarCalendar lunar;
	private final PlanningHistory history;

	public PlanningContext(Horizon horizon, Instant now, Campaign campaign, WorkingCalendar workingCalendar,
			LunarCalendar lunar, PlanningHistory history) {
		this.horizon = Objects.requireNonNull(horizon, "horizon");
		this.now = Objects.requireNonNull(now, "now");
		this.campaign = Objects.requireNonNull(campaign, "campaign");
		this.workingCalendar = Objects.requireNonNull(workingCalendar, "workingCalendar");
		this.lunar = Objects.requireNonNull(lunar, "lunar");
		this.history = Objects.requireNonNull(history, "history");
	}

	/** The days being planned. */
	public Horizon horizon() {
		return horizon;
	}

	/** The moment the planning run started. */
	public Instant now() {
		return now;
	}

	/** The campaign being planned; {@link #param} reads its parameters. */
	public Campaign campaign() {
		return campaign;
	}

	public WorkingCalendar workingCalendar() {
		return workingCalendar;
	}

	public LunarCalendar lunar() {
		return lunar;
	}

	public PlanningHistory history() {
		return history;
	}

	/** The campaign parameter {@code name}, or {@code fallback} when it is not set. */
	public String param(String name, String fallback) {
		String value = campaign.getParameters().get(name);
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	/**
	 * The whole-number campaign parameter {@code name}, or {@code fallback}.
	 *
	 * @throws IllegalArgumentException naming the campaign and the parameter if the value is not a number
	 */
	public int intParam(String name, int fallback) {
		String value = param(name, null);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw bad(name, value, "a whole number");
		}
	}

	/**
	 * The date campaign parameter {@code name} (yyyy-MM-dd), or {@code null} when it is not set.
	 *
	 * @throws IllegalArgumentException naming the campaign and the parameter if the value is not a date
	 */
	public LocalDate dateParam(String name) {
		String value = param(name, null);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeException e) {
			throw bad(name, value, "a date like 2026-12-31");
		}
	}

	private IllegalArgumentException bad(String name, String value, String expected) {
		return new IllegalArgumentException("Campaign " + campaign.getId() + " \"" + campaign.getName()
				+ "\": parameter " + name + " must be " + expected + ", not '" + value + "'");
	}

	/** The contact's zone, or Asia/Shanghai when it has none or an unknown one. */
	public static ZoneId zoneOf(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return DEFAULT_ZONE;
		}
		try {
			return ZoneId.of(timeZone);
		} catch (DateTimeException e) {
			return DEFAULT_ZONE;
		}
	}

	/** The zone of contacts without one. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
}
