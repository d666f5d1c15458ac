package org.revisit.calltypes.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/** What the built-in call types share: checked campaign parameters, days in the contact's zone, short texts. */
final class Support {

	/** Greetings and holidays may be moved this many days earlier at most (the longest block of days off). */
	static final int LONGEST_BREAK_DAYS = 12;

	private Support() {
	}

	/**
	 * The whole-number campaign parameter {@code name}, or {@code fallback}.
	 *
	 * @throws IllegalArgumentException naming the campaign and the parameter if it is not a number or below
	 *                                  {@code min}
	 */
	static int atLeast(PlanningContext context, String name, int fallback, int min) {
		int value = context.intParam(name, fallback);
		if (value < min) {
			throw bad(context.campaign(), name + " must be at least " + min + ", not " + value);
		}
		return value;
	}

	/**
	 * The whole-number campaign parameter {@code name}, or {@code fallback}: a campaign saved with a larger value
	 * is refused (the parameter's {@code max}); this catches one stored before the limit.
	 *
	 * @throws IllegalArgumentException naming the campaign and the parameter if it is not a number or not from
	 *                                  {@code min} to {@code max}
	 */
	static int between(PlanningContext context, String name, int fallback, int min, int max) {
		int value = atLeast(context, name, fallback, min);
		if (value > max) {
			throw bad(context.campaign(), name + " must be at most " + max + ", not " + value);
		}
		return value;
	}

	/**
	 * The required date parameter {@code name}.
	 *
	 * @throws IllegalArgumentException naming the campaign and the parameter if it is missing or not a date
	 */
	static LocalDate requiredDate(PlanningContext context, String name, String meaning) {
		LocalDate date = context.dateParam(name);
		if (date == null) {
			throw bad(context.campaign(), name + " is required (" + meaning + ", a date like 2026-12-31)");
		}
		return date;
	}

	/** A message in the form PlanningContext uses: the campaign's id and name, then the problem. */
	static IllegalArgumentException bad(Campaign campaign, String problem) {
		return new IllegalArgumentException(
				"Campaign " + campaign.getId() + " \"" + campaign.getName() + "\": parameter " + problem);
	}

	/** The zone of a contact that may be an id-only proxy (no zone loaded): the default zone then. */
	static ZoneId zone(Contact contact) {
		return PlanningContext.zoneOf(contact == null ? null : contact.getTimeZone());
	}

	/** The day an event happened, for its contact. */
	static LocalDate day(ServiceEvent event) {
		return day(event.getOccurredAt(), event.getContact());
	}

	static LocalDate day(Date moment, Contact contact) {
		return LocalDate.ofInstant(moment.toInstant(), zone(contact));
	}

	/** Whether {@code event} is a usable event of {@code kind}: it has a contact and a moment. */
	static boolean is(ServiceEvent event, ServiceEventKind kind) {
		return event != null && event.getKind() == kind && event.getContact() != null
				&& event.getOccurredAt() != null;
	}

	/** "12月1日" */
	static String chinese(LocalDate day) {
		return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** How an event is named to the agent: its external reference (a ticket number) or its id, and subject. */
	static String describe(ServiceEvent event) {
		String ref = event.getExternalRef() == null || event.getExternalRef().isBlank() ? "#" + event.getId()
				: event.getExternalRef().strip();
		String subject = event.getSubject() == null || event.getSubject().isBlank() ? ""
				: "（" + event.getSubject().strip() + "）";
		return ref + subject;
	}

	/**
	 * The follow-up of {@code event}, {@code daysAfter} days after the day it happened and at the latest
	 * {@code withinDays} days after; nothing when that is not due within the horizon or already too late.
	 */
	static List<Proposal> followUp(ServiceEvent event, PlanningContext context, int daysAfter,
			int withinDays, String reason) {
		LocalDate happened = day(event);
		LocalDate due = happened.plusDays(daysAfter);
		LocalDate latest = happened.plusDays(withinDays);
		if (latest.isBefore(context.horizon().from()) || due.isAfter(context.horizon().to())) {
			return List.of();
		}
		return List.of(Proposal.afterEvent(event.getContact().getId(), event.getId(), due, latest, reason));
	}

	/** The number of days of the context's horizon. */
	static int days(PlanningContext context) {
		return (int) java.time.temporal.ChronoUnit.DAYS.between(context.horizon().from(), context.horizon().to()) + 1;
	}

	/**
	 * Until when a call due on {@code due} and pointless after {@code latest}, proposed while {@code latest} is not
	 * before the horizon's first day and {@code due} not after its last, is proposed (or not) as it is now: for
	 * ever once it is too late; until it enters the horizon when it is after it; until {@code latest} while it is
	 * proposed.
	 */
	static LocalDate stableWindow(PlanningContext context, LocalDate due, LocalDate latest) {
		if (latest.isBefore(context.horizon().from())) {
			return LocalDate.MAX;
		}
		if (due.isAfter(context.horizon().to())) {
			return due.minusDays(days(context));
		}
		return latest;
	}

	/** As {@link #stableWindow}, for {@link #followUp}; {@link LocalDate#MAX} for an event it never proposes. */
	static LocalDate followUpStable(ServiceEvent event, PlanningContext context, int daysAfter, int withinDays) {
		LocalDate happened = day(event);
		return stableWindow(context, happened.plusDays(daysAfter), happened.plusDays(withinDays));
	}

	/** The last working day on or before {@code day}: where the planner puts a call that shifts earlier. */
	static LocalDate workingDayOnOrBefore(PlanningContext context, LocalDate day) {
		LocalDate d = day;
		for (int i = 0; i < 366 && !context.workingCalendar().isWorkingDay(d); i++) {
			d = d.minusDays(1);
		}
		return d;
	}

	/**
	 * A greeting ({@link Proposal#greeting}) that is pointless after {@code latest}: a greeting comes before the
	 * day, never after it.
	 */
	static Proposal greeting(long contactId, LocalDate day, LocalDate latest, String what, String reason) {
		Proposal p = Proposal.greeting(contactId, day, what, reason);
		return new Proposal(p.contactId(), p.day(), null, latest, p.shift(), p.key(), p.reason(), null, null);
	}

	/**
	 * A call for a campaign date that stays one call when it becomes overdue: placed on {@code day} but keyed by
	 * the day it was {@code due}, so later runs (with another first day) do not propose a second one.
	 */
	static Proposal campaignCall(long contactId, LocalDate due, LocalDate day, LocalDate latest, String reason) {
		Proposal p = Proposal.onDay(contactId, due, reason);
		return new Proposal(contactId, day, null, latest, p.shift(), p.key(), reason, null, null);
	}
}
