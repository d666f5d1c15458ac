package org.revisit.core.service.local;

import java.util.List;

import org.revisit.core.internal.Messages;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.CalendarService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/** Holiday calendars on a store, for one user. */
final class LocalCalendarService extends LocalService implements CalendarService {

	LocalCalendarService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public List<String> names() {
		require(Permission.CALL);
		return store.holidays().names();
	}

	@Override
	public HolidayCalendar load(String name) {
		require(Permission.CALL);
		if (name == null || name.isBlank() || name.length() > 100) {
			throw invalid(Messages.Calendars_nameLength);
		}
		return store.holidays().load(name);
	}

	@Override
	public HolidayCalendar active() {
		require(Permission.CALL);
		return Planner.holidayCalendar(store);
	}

	@Override
	public void save(HolidayCalendar calendar) {
		require(Permission.CALENDARS);
		if (calendar == null || calendar.getName() == null || calendar.getName().isBlank()
				|| calendar.getName().length() > 100) {
			throw invalid(Messages.Calendars_nameNeeded);
		}
		int bad = SafeText.forbidden(calendar.getName());
		if (bad >= 0) {
			throw invalid(Messages.Calendars_nameForbidden, SafeText.describe(calendar.getName(), bad));
		}
		store.holidays().save(calendar);
		store.settings().setSetting(Planner.HOLIDAY_CALENDAR, calendar.getName());
		Audit.record(store, principal, AuditActions.CALENDAR, "HolidayCalendar", 0, calendar.getName() + ": "
				+ calendar.getEntries().size() + " days");
	}
}
