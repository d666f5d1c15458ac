package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.revisit.core.calendar.Holiday;
import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;
import org.revisit.model.CustomerClass;

/**
 * Holiday greeting (节日问候): a greeting ahead of each holiday of the holiday calendar (solar and lunar rules,
 * see {@link org.revisit.core.calendar.WorkingCalendar#holidaysBetween}), on the working day before the
 * holiday's first day off. The proposal is due on the holiday itself and shifts earlier, so the planner lands it
 * on that working day whatever the year's decree moved (days off, make-up working days); an observance that is a
 * working day (妇女节, 教师节) is greeted on the day. Holidays whose greeting falls on the same working day (除夕
 * and 春节) make one greeting, not two. A greeting is pointless after the (last) holiday.
 * <p>
 * Campaign parameters:
 * <ul>
 * <li>{@code holidays}: the holiday names to greet for, comma-separated as in the holiday calendar (e.g.
 * "春节,中秋节"); default all. A name the calendar does not have is an error naming it.</li>
 * <li>{@code customerClasses}: the customer classes greeted, e.g. "A,B"; default all.</li>
 * </ul>
 */
public class HolidayCallType implements CallType {

	/** The greetings of one planning context, worked out once for all its contacts. */
	private record Plan(PlanningContext context, Set<CustomerClass> classes, List<Greeting> greetings, LocalDate stable) {
	}

	/** One greeting: the holidays it is for, due on the first one, pointless after the last one. */
	private record Greeting(LocalDate first, LocalDate last, String what, String reason) {
	}

	private volatile Plan last;

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}

	@Override
	public List<Proposal> forContact(Contact contact, PlanningContext context) {
		Plan plan = plan(context);
		if (plan.greetings().isEmpty()
				|| !plan.classes().contains(contact.getCustomerClass() == null ? CustomerClass.A : contact.getCustomerClass())) {
			return List.of();
		}
		List<Proposal> result = new ArrayList<>(plan.greetings().size());
		for (Greeting g : plan.greetings()) {
			result.add(Support.greeting(contact.getId(), g.first(), g.last(), g.what(), g.reason()));
		}
		return result;
	}

	private Plan plan(PlanningContext context) {
		Plan p = last;
		if (p == null || p.context() != context) {
			p = new Plan(context, classes(context), greetings(context), stable(context));
			last = p;
		}
		return p;
	}

	/** The same for every contact: the greetings of the context, until a holiday enters or leaves them. */
	@Override
	public LocalDate stableUntil(Contact contact, PlanningContext context) {
		return plan(context).stable();
	}

	/**
	 * The last first day of a horizon as long as the context's that gives the same greetings: before a holiday
	 * enters the window of {@link #greetings} or leaves it, or its greeting day enters the horizon, or it passes.
	 */
	private static LocalDate stable(PlanningContext context) {
		LocalDate from = context.horizon().from();
		LocalDate to = context.horizon().to();
		int days = Support.days(context);
		int reach = Support.LONGEST_BREAK_DAYS;
		LocalDate until = from.plusDays(300);
		for (Holiday h : context.workingCalendar().holidaysBetween(from.minusDays(reach + 1L), to.plusDays(400))) {
			LocalDate greeting = Support.workingDayOnOrBefore(context, h.date());
			for (LocalDate t : List.of(h.date().minusDays(reach + (long) days), h.date().plusDays(reach), h.date(),
					greeting.minusDays(days))) {
				if (!t.isBefore(from) && t.isBefore(until)) {
					until = t;
				}
			}
		}
		return until;
	}

	private static Set<CustomerClass> classes(PlanningContext context) {
		String text = context.param("customerClasses", null); //$NON-NLS-1$
		if (text == null) {
			return EnumSet.allOf(CustomerClass.class);
		}
		Set<CustomerClass> classes = EnumSet.noneOf(CustomerClass.class);
		for (String name : text.split("[,，]")) { //$NON-NLS-1$
			if (name.isBlank()) {
				continue;
			}
			CustomerClass c = CustomerClass.get(name.strip().toUpperCase(Locale.ROOT));
			if (c == null) {
				throw Support.bad(context.campaign(), "customerClasses must list classes A, B or C, not '"
						+ name.strip() + "' in '" + text + "'");
			}
			classes.add(c);
		}
		return classes;
	}

	private static List<Greeting> greetings(PlanningContext context) {
		LocalDate from = context.horizon().from();
		LocalDate to = context.horizon().to();
		// A wide window, so that a group of holidays is the same whichever day the horizon starts.
		List<Holiday> holidays = context.workingCalendar().holidaysBetween(from.minusDays(Support.LONGEST_BREAK_DAYS),
				to.plusDays(Support.LONGEST_BREAK_DAYS));
		Set<String> wanted = wanted(context, holidays);
		Map<LocalDate, List<Holiday>> byGreetingDay = new LinkedHashMap<>();
		for (Holiday h : holidays) {
			if (wanted == null || wanted.contains(h.name())) {
				byGreetingDay.computeIfAbsent(Support.workingDayOnOrBefore(context, h.date()), d -> new ArrayList<>())
						.add(h);
			}
		}
		List<Greeting> result = new ArrayList<>();
		byGreetingDay.forEach((day, group) -> {
			LocalDate first = group.get(0).date();
			LocalDate lastDay = group.get(group.size() - 1).date();
			if (day.isAfter(to) || lastDay.isBefore(from)) {
				return;
			}
			Set<String> names = new LinkedHashSet<>();
			StringBuilder reason = new StringBuilder("节日问候：");
			for (Holiday h : group) {
				if (names.add(h.name())) {
					reason.append(names.size() > 1 ? "、" : "").append(h.name()).append('（')
							.append(Support.chinese(h.date())).append('）');
				}
			}
			result.add(new Greeting(first, lastDay, String.join("+", names), reason.toString()));
		});
		return result;
	}

	/** The holiday names the campaign asks for, or null for all. */
	private static Set<String> wanted(PlanningContext context, List<Holiday> nearby) {
		String text = context.param("holidays", null); //$NON-NLS-1$
		if (text == null) {
			return null;
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : text.split("[,，、]")) { //$NON-NLS-1$
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		// Names are checked against a whole year of the calendar, not only the horizon.
		Set<String> known = new TreeSet<>();
		context.workingCalendar().holidaysBetween(context.horizon().from(), context.horizon().from().plusYears(1))
				.forEach(h -> known.add(h.name()));
		nearby.forEach(h -> known.add(h.name()));
		for (String name : names) {
			if (!known.contains(name)) {
				throw Support.bad(context.campaign(), "holidays names '" + name + "', which the holiday calendar '"
						+ context.workingCalendar().name() + "' does not have (it has " + String.join(", ", known) + ")");
			}
		}
		return names;
	}
}
