package org.revisit.core.tests;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.calltype.CallType;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/** Small call types this test bundle contributes (see plugin.xml), so planner tests control what is proposed. */
public final class TestCallTypes {

	private TestCallTypes() {
	}

	/** A greeting on the campaign's {@code day} parameter for contacts tagged "greet"; moves earlier off days. */
	public static final class Greeting implements CallType {
		@Override
		public List<Subject> subjects() {
			return List.of(Subject.CONTACTS);
		}

		@Override
		public List<Proposal> forContact(Contact contact, PlanningContext context) {
			LocalDate day = context.dateParam("day");
			return day != null && contact.getTags().contains("greet")
					? List.of(Proposal.greeting(contact.getId(), day, "greeting", "问候 " + day))
					: List.of();
		}
	}

	/** A same-day call after each hotline ticket, pointless after the next day. */
	public static final class Ticket implements CallType {
		@Override
		public List<Subject> subjects() {
			return List.of(Subject.EVENTS);
		}

		@Override
		public List<Proposal> forEvent(ServiceEvent event, PlanningContext context) {
			if (event.getKind() != ServiceEventKind.HOTLINE_TICKET) {
				return List.of();
			}
			LocalDate day = event.getOccurredAt().toInstant().atZone(PlanningContext.DEFAULT_ZONE).toLocalDate();
			return List.of(Proposal.afterEvent(event.getContact().getId(), event.getId(), day, day.plusDays(1),
					"工单 " + event.getExternalRef()));
		}
	}

	/** Each promised callback at its promised time. */
	public static final class Promise implements CallType {
		@Override
		public List<Subject> subjects() {
			return List.of(Subject.CALLBACKS);
		}

		@Override
		public List<Proposal> forCallback(Callback callback, PlanningContext context) {
			return List.of(Proposal.promised(callback.getContact().getId(), callback.getId(),
					callback.getDueAt().toInstant().atZone(PlanningContext.DEFAULT_ZONE).toLocalDate(),
					callback.getDueAt().toInstant(), "约定回电", null));
		}
	}

	/** A call type whose code fails, as a third party's bug would. */
	public static final class Failing implements CallType {
		@Override
		public List<Subject> subjects() {
			return List.of(Subject.CONTACTS);
		}

		@Override
		public List<Proposal> forContact(Contact contact, PlanningContext context) {
			throw new IllegalStateException("bug in a third-party call type");
		}
	}
}
