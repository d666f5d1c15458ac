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
import java.util.Set;
import java.util.function.Function;

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
				new Cli.Command("callback add", "records a promise to call a contact back by a given time",
						"Usage: revisit cli callback add CONTACT --due DATETIME [--reason TEXT] [--replaces ID]\n"
								+ "                                [--data DIR | --server URL --user NAME] [--json]\n"
								+ "CONTACT is a contact id or one of its phone numbers. DATETIME is when the call was\n"
								+ "promised, in the contact's time zone (\"2026-12-03 14:30\", or with an offset such as\n"
								+ "+08:00; a date alone means by the end of that day). The promise is a deadline: planning places the call in the last allowed slot\n"
								+ "before it (calling windows, working days), or, if none is left, at the first allowed\n"
								+ "moment after it, marked late. --replaces ID closes the open promise ID as superseded by\n"
								+ "this one (audited); its planned call goes at the next planning run. The promise is\n"
								+ "the logged-in user's (on a data folder: yours).",
						Set.of("data", "due", "reason", "replaces"), Set.of("json", "help"), this::add),
				new Cli.Command("callback list", "lists promised callbacks still owed (--overdue: the late ones)",
						"Usage: revisit cli callback list [--overdue] [--all] [--mine] [--limit N]\n"
								+ "                                 [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Lists the team's promises still owed, earliest first, with the call that keeps each one.\n"
								+ "--overdue lists only those whose time has passed or whose call is placed after it;\n"
								+ "--all also lists the closed ones (done, unreachable, superseded); --mine only the\n"
								+ "logged-in user's. The team's list is for managers and administrators (on a data\n"
								+ "folder you are one); agents and supervisors get their own promises.",
						Set.of("data", "limit"), Set.of("json", "help", "overdue", "all", "mine"), this::list));
	}

	private int add(Options options) throws UsageException, FailedException {
		if (options.positional().size() != 1) {
			throw new UsageException("expected one CONTACT (an id or a mobile number)");
		}
		String due = options.value("due");
		if (due == null) {
			throw new UsageException("--due DATETIME is required (e.g. --due \"2026-12-03 14:30\")");
		}
		String reason = options.value("reason");
		if (reason != null && reason.length() > 1000) {
			throw new UsageException("--reason is longer than 1000 characters");
		}
		Long replaces = null;
		if (options.value("replaces") != null) {
			try {
				replaces = Long.valueOf(options.value("replaces").strip());
			} catch (NumberFormatException e) {
				throw new UsageException("--replaces must be a callback id, not '" + options.value("replaces") + "'");
			}
		}
		try (Services services = Cli.services(options)) {
			Contact contact = contact(services, options.positional().get(0));
			ZoneId zone = PlanningContext.zoneOf(contact.getTimeZone());
			Instant at = moment(due, zone);
			if (at.isBefore(options.clock().instant())) {
				throw new FailedException("--due " + due + " is in the past; a promise is for a time to come");
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
				out.println("Callback " + callback.getId() + " for " + contact.getName() + " (contact " + contact.getId()
						+ ") by " + Times.iso(at, zone) + (replaces == null ? "" : ", replacing callback "
								+ replaces) + "; 'revisit cli plan' places its call.");
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
			// times in each contact's zone, with the offset
			Map<Long, ZoneId> zones = new HashMap<>();
			Function<Promise, ZoneId> zoneOf = p -> zones.computeIfAbsent(p.callback().getContact().getId(), id -> {
				Contact k = services.contacts().find(id);
				return Times.contactZone(k == null ? null : k.getTimeZone());
			});
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
					rows.add(m);
				}
				out.println(Json.write(Map.of("callbacks", rows)));
				return Cli.OK;
			}
			if (promises.isEmpty()) {
				out.println(overdue ? "No overdue promised callbacks." : "No promised callbacks.");
				return Cli.OK;
			}
			out.printf("%-8s %-8s %-22s %-10s %-10s %-22s %s%n", "Callback", "Contact", "Promised by", "Source", "State",
					"Call placed", "Reason");
			for (Promise p : promises) {
				String state = p.closedAs() != null ? p.closedAs().name().toLowerCase()
						: p.overdue(now) ? "OVERDUE" : "open";
				out.printf("%-8d %-8d %-22s %-10s %-10s %-22s %s%n", p.callback().getId(), p.callback().getContact().getId(),
						Times.iso(p.dueAt(), zoneOf.apply(p)), p.callback().getSource().getName().toLowerCase(), state,
						p.taskDueFrom() == null ? (p.open() ? "not yet planned" : "") : Times.iso(p.taskDueFrom(), zoneOf.apply(p)),
						p.callback().getReason() == null ? "" : p.callback().getReason());
			}
			return Cli.OK;
		}
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
			throw new UsageException("--due must be a date and time like \"2026-12-03 14:30\", not '" + Cli.shown(text) + "'");
		}
	}
}
