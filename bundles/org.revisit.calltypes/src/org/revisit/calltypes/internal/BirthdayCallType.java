package org.revisit.calltypes.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.revisit.core.calendar.Birthdays;
import org.revisit.core.calendar.LunarDate;
import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;

/**
 * Birthday greeting (生日祝福): one greeting per celebration of a contact's birthday, solar or lunar, following
 * {@link Birthdays} (solar 29 February is kept on 28 February in common years; a lunar leap-month birthday is kept
 * in the leap month when the year has it, otherwise in the regular month; a lunar 30th in a short month on the
 * 29th).
 * <p>
 * A greeting is due on the birthday and moves to the working day before when the birthday is a day off; it is
 * pointless after the birthday. A birthday just after the horizon whose greeting moves back into the horizon (a
 * Sunday birthday greeted on Friday) is proposed too. No campaign parameters.
 */
public class BirthdayCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		Birthday birthday = contact.getBirthday();
		if (birthday == null || birthday.getCalendar() == null) {
			return List.of();
		}
		LocalDate from = context.horizon().from();
		LocalDate to = context.horizon().to();
		List<LocalDate> days;
		try {
			days = Birthdays.between(birthday, from, to.plusDays(Support.LONGEST_BREAK_DAYS));
		} catch (DateTimeException e) {
			// An impossible birthday (31 April, lunar month 13) is bad data the import should have refused;
			// it must not stop the greetings of everyone else.
			return List.of();
		}
		List<Proposal> result = new ArrayList<>();
		for (LocalDate day : days) {
			if (day.isAfter(to) && Support.workingDayOnOrBefore(context, day).isAfter(to)) {
				continue;
			}
			result.add(Support.greeting(contact.getId(), day, day, "birthday", reason(birthday, day, context))); //$NON-NLS-1$
		}
		return result;
	}

	/** "生日 12月1日（农历十月廿二）" */
	private static String reason(Birthday birthday, LocalDate day, PlanningContext context) {
		StringBuilder s = new StringBuilder("生日 ").append(Support.chinese(day));
		if (birthday.getCalendar() == CalendarKind.LUNAR) {
			LunarDate lunar = context.lunar().toLunar(day);
			s.append("（农历").append(lunar.toChinese());
			if (birthday.isLeapMonth() && !lunar.leapMonth()) {
				String leap = LunarDate.ofLeap(lunar.year(), birthday.getMonth(), 1).toChinese();
				leap = leap.substring(0, leap.length() - 2); // without the day: 闰四月
				s.append("；生于").append(leap).append("，今年无").append(leap);
			}
			s.append('）');
		} else if (birthday.getMonth() == 2 && birthday.getDay() == 29 && day.getDayOfMonth() == 28) {
			s.append("（2月29日生，平年提前一天）");
		}
		return s.toString();
	}

	/**
	 * A greeting is proposed from the day its (working) greeting day enters the horizon until the birthday has
	 * passed; so the proposals stay the same until the next celebration enters or the present one passes.
	 */
	@Override
	public LocalDate stableUntil(Contact contact, PlanningContext context) {
		Birthday birthday = contact.getBirthday();
		if (birthday == null || birthday.getCalendar() == null) {
			return LocalDate.MAX;
		}
		LocalDate from = context.horizon().from();
		LocalDate to = context.horizon().to();
		int days = Support.days(context);
		try {
			LocalDate until = LocalDate.MAX;
			LocalDate after = from;
			for (int i = 0; i < 2; i++) {
				java.util.Optional<LocalDate> next = Birthdays.next(birthday, after);
				if (next.isEmpty()) {
					break;
				}
				LocalDate day = next.get();
				LocalDate greeting = Support.workingDayOnOrBefore(context, day);
				LocalDate t = greeting.isAfter(to) ? greeting.minusDays(days) : day;
				until = t.isBefore(until) ? t : until;
				if (greeting.isAfter(to)) {
					break; // later ones enter later still
				}
				after = day.plusDays(1);
			}
			return until;
		} catch (DateTimeException e) {
			return LocalDate.MAX; // never proposed (see forContact)
		}
	}
}
