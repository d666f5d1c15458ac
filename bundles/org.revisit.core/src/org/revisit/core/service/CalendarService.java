package org.revisit.core.service;

import java.util.List;

import org.revisit.model.HolidayCalendar;

/** Holiday calendars (reading: everyone; saving: {@link Permission#CALENDARS}). */
public interface CalendarService {

	List<String> names();

	/** The calendar, or {@code null}. */
	HolidayCalendar load(String name);

	/** The calendar the planner uses: the imported one chosen in the settings, else the built-in one of mainland China. */
	HolidayCalendar active();

	/** Saves (replaces) the calendar of that name and makes it the one the planner uses; audited. */
	void save(HolidayCalendar calendar);
}
