package org.revisit.cli.internal;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.store.CallbackRepository.Promise;

/**
 * {@code callback add|list}: promises to call a customer back that were made outside a call (a complaint handled
 * by e-mail, a supervisor's promise), and the list of promises still owed, overdue ones for supervisors.
 */
final class CallbackCommands {

	private final PrintStream out;

	CallbackCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("callback add", Messages.CallbackAdd_summary, Messages.CallbackAdd_help,
						Set.of("data", "due", "reason", "replaces"), Set.of("json", "help"), this::add),
				new Cli.Command("callback list", Messages.CallbackList_summary, Messages.CallbackList_help,
						Set.of("data", "limit"), Set.of("json", "help", "overdue", "all", "mine"), this::list));
	}

	private int add(Options options) throws UsageException, FailedException {
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Callback_oneContact);
		}
		String due = options.value("due");
		if (due == null) {
			throw new UsageException(Messages.Callback_dueRequired);
		}
		String reason = options.value("reason");
		if (reason != null && reason.length() > 1000) {
			throw new UsageException(Messages.Callback_reasonTooLong);
		}
		Long replaces = null;
		if (options.value("replaces") != null) {
			try {
				replaces = Long.valueOf(options.value("replaces").strip());
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.Callback_badReplaces, options.value("replaces"))); //$NON-NLS-1$
			}
		}
		try (Services services = Cli.services(options)) {
			Contact contact = contact(services, options.positional().get(0));
			ZoneId zone = PlanningContext.zoneOf(contact.getTimeZone());
			Instant at = moment(due, zone);
			if (at.isBefore(options.clock().instant())) {
				throw new FailedException(NLS.bind(Messages.Callback_dueInPast, due));
			}
			Callback callback = RevisitFactory.eINSTANCE.createCallback();
			callback.setContact(contact);
			callback.setDueAt(Date.from(at));
			callback.setReason(reason == null || reason.isBlank() ? null : reason.strip());
			callback.setSource(CallbackSource.MANUAL);
			// the owner is the logged-in user: the service sets it
			if (replaces == null) {
				callback = services.callbacks().add(callback);
			} else {
				callback = services.callbacks().supersede(replaces, callback);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", callback.getId());
			json.put("contactId", contact.getId());
			json.put("contactName", contact.getName());
			json.put("due", at.toString());
			json.put("timeZone", zone.getId());
			json.put("replaces", replaces);
			if (options.flag("json")) {
				out.println(Json.write(json));
			} else {
				out.println(NLS.bind(replaces == null ? Messages.Callback_added : Messages.Callback_replacing,
						new Object[] { callback.getId(), contact.getName(), contact.getId(), Times.iso(at, zone), replaces }));
			}
			return Cli.OK;
		}
	}

	private int list(Options options) throws UsageException, FailedException {
		int limit = options.intValue("limit", 200, 1, 10_000);
		boolean overdue = options.flag("overdue");
		try (Services services = Cli.services(options)) {
			Instant now = options.clock().instant();
			boolean mine = options.flag("mine") || !services.principal().may(Permission.RESULTS);
			List<Promise> promises = services.callbacks().promises(!options.flag("all"), overdue, mine, limit);
			// times in each contact's zone, with the offset; a promise that cannot be planned because its contact
			// asked not to be called says so instead of "not yet planned"
			Map<Long, Optional<Contact>> contacts = new HashMap<>();
			Function<Promise, Contact> contactOf = p -> contacts
					.computeIfAbsent(p.callback().getContact().getId(), id -> Optional.ofNullable(services.contacts().find(id)))
					.orElse(null);
			Function<Promise, ZoneId> zoneOf = p -> {
				Contact k = contactOf.apply(p);
				return Times.contactZone(k == null ? null : k.getTimeZone());
			};
			Predicate<Promise> doNotCall = p -> {
				Contact k = contactOf.apply(p);
				return k != null && k.isDoNotCall();
			};
			if (options.flag("json")) {
				List<Object> rows = new ArrayList<>();
				for (Promise p : promises) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("id", p.callback().getId());
					m.put("contactId", p.callback().getContact().getId());
					m.put("due", p.dueAt().toString());
					m.put("timeZone", zoneOf.apply(p).getId());
					m.put("source", p.callback().getSource().getName());
					m.put("reason", p.callback().getReason());
					m.put("owner", p.callback().getOwner());
					m.put("open", p.open());
					m.put("overdue", p.overdue(now));
					m.put("closedAs", p.closedAs() == null ? null : p.closedAs().name());
					m.put("supersededBy", p.supersededBy());
					m.put("taskId", p.taskId());
					m.put("taskState", p.taskState());
					m.put("callFrom", p.taskDueFrom() == null ? null : p.taskDueFrom().toString());
					m.put("contactDoNotCall", Boolean.valueOf(doNotCall.test(p)));
					rows.add(m);
				}
				out.println(Json.write(Map.of("callbacks", rows)));
				return Cli.OK;
			}
			if (promises.isEmpty()) {
				out.println(overdue ? Messages.Callback_noneOverdue : Messages.Callback_none);
				return Cli.OK;
			}
			out.println(Cli.pad(Messages.Callback_callback, 8) + " " + Cli.pad(Messages.Callback_contact, 8) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(Messages.Callback_promisedBy, 22) + " " + Cli.pad(Messages.Callback_source, 10) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(Messages.Callback_state, 10) + " " + Cli.pad(Messages.Callback_callPlaced, 22) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Messages.Callback_reason);
			for (Promise p : promises) {
				String state = p.closedAs() != null ? closedAs(p.closedAs().name())
						: p.overdue(now) ? Messages.Callback_overdue : Messages.Callback_open;
				out.println(Cli.pad(p.callback().getId(), 8) + " " + Cli.pad(p.callback().getContact().getId(), 8) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ Cli.pad(Times.iso(p.dueAt(), zoneOf.apply(p)), 22) + " " //$NON-NLS-1$
						+ Cli.pad(source(p.callback().getSource().getName()), 10) + " " + Cli.pad(state, 10) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ Cli.pad(p.taskDueFrom() == null ? (!p.open() ? "" //$NON-NLS-1$
								: doNotCall.test(p) ? Messages.Callback_doNotCall : Messages.Callback_notYetPlanned)
								: Times.iso(p.taskDueFrom(), zoneOf.apply(p)), 22) + " " //$NON-NLS-1$
						+ (p.callback().getReason() == null ? "" : p.callback().getReason())); //$NON-NLS-1$
			}
			return Cli.OK;
		}
	}

	/** How a promise was closed, in the user's language (the lower-case name in English). */
	private static String closedAs(String name) {
		return switch (name) {
		case "DONE" -> Messages.Callback_done; //$NON-NLS-1$
		case "UNREACHABLE" -> Messages.Callback_unreachable; //$NON-NLS-1$
		case "SUPERSEDED" -> Messages.Callback_superseded; //$NON-NLS-1$
		default -> name.toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** Where a promise came from, in the user's language (the lower-case name in English). */
	private static String source(String name) {
		return switch (name) {
		case "CALL" -> Messages.Callback_fromCall; //$NON-NLS-1$
		case "COMPLAINT" -> Messages.Callback_fromComplaint; //$NON-NLS-1$
		case "MANUAL" -> Messages.Callback_fromManual; //$NON-NLS-1$
		default -> name.toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** The contact named by an id or a phone number (as {@code explain} takes it). */
	static Contact contact(Services services, String given) throws UsageException, FailedException {
		return services.contacts().find(PlanCommands.contactId(services, given));
	}

	/** "2026-12-03 14:30" in {@code zone}, or with an explicit offset. */
	private static Instant moment(String text, ZoneId zone) throws UsageException {
		String t = text.strip().replace('T', ' ');
		try {
			return java.time.OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
		} catch (DateTimeException e) {
			// no offset: the contact's zone
		}
		try {
			if (t.length() <= 10) {
				// "by 2026-12-03": by the end of that day, so the call goes in its last calling window
				return LocalDate.parse(t).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
			}
			return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Callback_badDue, Cli.shown(text)));
		}
	}
}
