package org.revisit.core.calendar;

import java.time.LocalDate;

import org.revisit.model.CalendarKind;

/**
 * One occurrence of a yearly holiday rule.
 *
 * @param name     as in the rule, e.g. 中秋节
 * @param date     the Gregorian date it falls on that year (lunar rules converted)
 * @param calendar the calendar of the rule
 * @param daysOff  statutory days off starting on {@code date}; 0 for an observance that is a working day
 */
public record Holiday(String name, LocalDate date, CalendarKind calendar, int daysOff) {
}
