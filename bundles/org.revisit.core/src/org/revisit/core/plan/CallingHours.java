package org.revisit.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.internal.Messages;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;

/**
 * When a contact may be called: the daily calling windows, read in the contact's own time zone, on the
 * working days of a holiday calendar, and never in the lunch break. The planner places tasks in these hours,
 * the explainer shows them, and the callback picker only offers them. Immutable and thread-safe.
 */
public final class CallingHours {

	/** A daily window, {@code start} included, {@code end} excluded, in the contact's local time. */
	public record Window(LocalTime start, LocalTime end) {
		public Window {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("A calling window ends after it starts: " + start + "-" + end);
			}
		}

		static Window ofMinutes(int start, int end) {
			return new Window(LocalTime.ofSecondOfDay(start * 60L),
					end >= 24 * 60 ? LocalTime.MAX : LocalTime.ofSecondOfDay(end * 60L));
		}

		boolean contains(LocalTime time) {
			return !time.isBefore(start) && time.isBefore(end);
		}

		@Override
		public String toString() {
			return start + "-" + (end.equals(LocalTime.MAX) ? "24:00" : end.toString());
		}
	}

	/** One window on one day, as moments: {@code start} included, {@code end} excluded. */
	public record Slot(ZonedDateTime start, ZonedDateTime end) {
		public boolean contains(Instant at) {
			return !at.isBefore(start.toInstant()) && at.isBefore(end.toInstant());
		}
	}

	/** Why a moment is not allowed. */
	public enum Refusal {
		NON_WORKING_DAY, LUNCH_BREAK, OUTSIDE_WINDOWS
	}

	/** Whether a moment is allowed; when not, why (with a detail such as the holiday's name). */
	public record Verdict(boolean allowed, Refusal refusal, String detail) {
		static Verdict ok(String detail) {
			return new Verdict(true, null, detail);
		}
	}

	/** The windows of a campaign that sets none: 09:00-10:00 and 14:00-16:00. */
	public static final List<Window> DEFAULT_WINDOWS = List.of(new Window(LocalTime.of(9, 0), LocalTime.of(10, 0)),
			new Window(LocalTime.of(14, 0), LocalTime.of(16, 0)));

	/** Nobody is called in the lunch break, whatever a campaign says. */
	public static final Window LUNCH_BREAK = new Window(LocalTime.of(12, 0), LocalTime.of(14, 0));

	private final List<Window> windows;
	private final WorkingCalendar calendar;

	/**
	 * @param windows the daily windows; the lunch break is cut out of them
	 * @param calendar the working days
	 */
	public CallingHours(List<Window> windows, WorkingCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		List<Window> cut = new ArrayList<>();
		for (Window w : windows) {
			if (w.start().isBefore(LUNCH_BREAK.start())) {
				cut.add(new Window(w.start(), min(w.end(), LUNCH_BREAK.start())));
			}
			if (w.end().isAfter(LUNCH_BREAK.end())) {
				cut.add(new Window(max(w.start(), LUNCH_BREAK.end()), w.end()));
			}
		}
		cut.sort(Comparator.comparing(Window::start));
		this.windows = List.copyOf(cut);
	}

	/** The hours of {@code campaign}: its own windows, or {@link #DEFAULT_WINDOWS} when it sets none. */
	public static CallingHours of(Campaign campaign, WorkingCalendar calendar) {
		if (campaign == null || campaign.getCallingWindows().isEmpty()) {
			return new CallingHours(DEFAULT_WINDOWS, calendar);
		}
		List<Window> windows = new ArrayList<>();
		for (CallingWindow w : campaign.getCallingWindows()) {
			windows.add(Window.ofMinutes(w.getStartMinute(), w.getEndMinute()));
		}
		return new CallingHours(windows, calendar);
	}

	/** The daily windows, sorted, without the lunch break. */
	public List<Window> windows() {
		return windows;
	}

	public WorkingCalendar calendar() {
		return calendar;
	}

	/**
	 * The windows of {@code day} in {@code zone} as moments; none on a day that is not a working day. A
	 * window start that falls into a daylight-saving gap begins at the end of the gap.
	 */
	public List<Slot> slots(LocalDate day, ZoneId zone) {
		if (!calendar.isWorkingDay(day)) {
			return List.of();
		}
		List<Slot> slots = new ArrayList<>(windows.size());
		for (Window w : windows) {
			ZonedDateTime start = ZonedDateTime.of(day, w.start(), zone);
			ZonedDateTime end = w.end().equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(zone)
					: ZonedDateTime.of(day, w.end(), zone);
			if (end.isAfter(start)) {
				slots.add(new Slot(start, end));
			}
		}
		return slots;
	}

	/** Whether {@code at} is inside the calling hours of a contact in {@code zone}, and why not. */
	public Verdict check(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		WorkingCalendar.Day day = calendar.describe(local.toLocalDate());
		if (!day.working()) {
			return new Verdict(false, Refusal.NON_WORKING_DAY, day.reason());
		}
		for (Slot slot : slots(local.toLocalDate(), zone)) {
			if (slot.contains(at)) {
				return Verdict.ok(NLS.bind(Messages.Hours_inWindow, new Object[] { local.toLocalTime().withNano(0),
						zone.getId(), slot.start().toLocalTime() + "-" + slot.end().toLocalTime() })); //$NON-NLS-1$
			}
		}
		if (LUNCH_BREAK.contains(local.toLocalTime())) {
			return new Verdict(false, Refusal.LUNCH_BREAK, NLS.bind(Messages.Hours_lunch,
					new Object[] { local.toLocalTime().withNano(0), zone.getId(), LUNCH_BREAK }));
		}
		return new Verdict(false, Refusal.OUTSIDE_WINDOWS,
				NLS.bind(Messages.Hours_outside, new Object[] { local.toLocalTime().withNano(0), zone.getId(), windows }));
	}

	public boolean allows(Instant at, ZoneId zone) {
		return check(at, zone).allowed();
	}

	/**
	 * The first allowed moment at or after {@code from} for a contact in {@code zone}, looking at most
	 * {@code days} days ahead.
	 */
	public Optional<Instant> next(Instant from, ZoneId zone, int days) {
		LocalDate day = from.atZone(zone).toLocalDate();
		for (int i = 0; i <= days; i++, day = day.plusDays(1)) {
			for (Slot slot : slots(day, zone)) {
				if (slot.contains(from)) {
					return Optional.of(from);
				}
				if (slot.start().toInstant().isAfter(from)) {
					return Optional.of(slot.start().toInstant());
				}
			}
		}
		return Optional.empty();
	}

	private static LocalTime min(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalTime max(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}
}
