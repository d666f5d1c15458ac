package org.revisit.core.service;

import java.util.List;

import org.revisit.model.HolidayCalendar;

/** Holiday calendars (reading: everyone; saving: {@link Permission#CALENDARS}). */
public interface CalendarService {

	List<String> names();

	/** The calendar, or {@code null}. */
	HolidayCalendar load(String name);

	/** Saves (replaces) the calendar of that name; audited. */
	void save(HolidayCalendar calendar);
}
