package org.revisit.cli.internal;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.Explainer.PendingCall;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.Services;
import org.revisit.store.TaskRepository.QueueItem;

/** {@code plan}, {@code queue} and {@code explain}: the planner, an agent's queue, and why a contact is called. */
final class PlanCommands {

	private final PrintStream out;

	PlanCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("plan", "plans the calls of all active campaigns over the coming days",
						"Usage: revisit cli plan [--from DATE] [--days N] [--budget N] [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Plans " + Planner.DEFAULT_DAYS + " days (or N) from today (or DATE, yyyy-MM-dd) for every active\n"
								+ "campaign: each call type proposes calls, and each call passes the gates (do-not-call,\n"
								+ "calling windows in the contact's time zone, working days, one pending call per call\n"
								+ "type, the weekly budget per contact where the higher priority wins). Running it again\n"
								+ "creates nothing new; calls no longer wanted are cancelled with the reason.\n"
								+ "--budget N sets the team's weekly budget (calls per contact per week, default "
								+ Planner.DEFAULT_WEEKLY_BUDGET + ") first (a team\n"
								+ "setting: administrators only; 'revisit cli setting' shows it).\n"
								+ "With --json: tasks created per call type, cancelled, moved, refused per gate,\n"
								+ "problems (campaigns not planned) and warnings (e.g. a year of the horizon without\n"
								+ "its official holiday arrangement, planned on the statutory holidays).",
						Set.of("data", "from", "days", "budget"), Set.of("json", "help"), this::plan),
				new Cli.Command("queue", "lists the calls due for an agent",
						"Usage: revisit cli queue [--agent NAME] [--date DATE] [--limit N] [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Lists the open calls due by the end of DATE (default today; days in this computer's\n"
								+ "zone), overdue ones included, in the order My Queue shows them, each due time in the\n"
								+ "contact's zone with its offset (2026-11-23T09:00+08:00). With --agent, calls another\n"
								+ "agent holds a lease on are left out. With --json: times in UTC and the contact's zone.",
						Set.of("data", "agent", "date", "limit"), Set.of("json", "help"), this::queue),
				new Cli.Command("explain", "tells why a contact is or is not called, gate by gate",
						"Usage: revisit cli explain CONTACT [--at DATETIME] [--data DIR | --server URL --user NAME] [--json]\n"
								+ "CONTACT is a contact id (42 or #42, as the Contact Card and the Contacts view show it)\n"
								+ "or a phone number (13800000001, +86 138-0000-0001, 0755-97843279); a bare number is\n"
								+ "an id if there is such a contact, else a phone number.\n"
								+ "For the moment DATETIME (default now; 2026-11-23T10:00 in this computer's zone, or\n"
								+ "with an offset such as +08:00), prints whether the contact may be called and why,\n"
								+ "the contact's pending calls, and every call the campaigns would plan for the contact\n"
								+ "in the " + Planner.DEFAULT_DAYS + " days from then, with the verdict of each gate.\n"
								+ "Times are printed in the contact's zone with the offset; with --json in UTC.",
						Set.of("data", "at"), Set.of("json", "help"), this::explain));
	}

	private int plan(Options options) throws UsageException, FailedException {
		LocalDate from = date(options, "from");
		int days = options.intValue("days", Planner.DEFAULT_DAYS, 1, 366);
		Integer budget = options.value("budget") == null ? null
				: options.intValue("budget", Planner.DEFAULT_WEEKLY_BUDGET, 1, 50);
		try (Services services = Cli.services(options)) {
			if (budget != null) {
				services.admin().setSetting(Planner.WEEKLY_BUDGET, Integer.toString(budget));
			}
			PlanReport r = services.planning().plan(from, days);
			if (options.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("from", r.horizon().from().toString());
				json.put("to", r.horizon().to().toString());
				json.put("campaigns", r.campaigns());
				json.put("proposals", r.proposals());
				json.put("created", r.created());
				json.put("createdByCallType", new LinkedHashMap<>(r.createdByCallType()));
				json.put("cancelled", r.cancelled());
				json.put("moved", r.moved());
				Map<String, Object> refused = new LinkedHashMap<>();
				r.refusedByGate().forEach((g, n) -> refused.put(g.name(), n));
				json.put("refusedByGate", refused);
				json.put("problems", r.problems());
				json.put("warnings", r.warnings());
				json.put("seconds", r.elapsed().toMillis() / 1000.0);
				out.println(Json.write(json));
			} else {
				out.printf("Planned %s to %s: %d campaigns, %d calls proposed, %d tasks created, %d cancelled, "
						+ "%d moved to successors (%.1f s)%n", r.horizon().from(), r.horizon().to(), r.campaigns(),
						r.proposals(), r.created(), r.cancelled(), r.moved(), r.elapsed().toMillis() / 1000.0);
				r.createdByCallType().forEach((type, n) -> out.printf("  %-45s %7d%n", type, n));
				if (!r.refusedByGate().isEmpty()) {
					out.println("Not planned, by gate:");
					r.refusedByGate().forEach((g, n) -> out.printf("  %-45s %7d%n", g, n));
				}
				r.warnings().forEach(w -> out.println("Warning: " + w));
				r.problems().forEach(p -> out.println("Warning: " + p));
			}
			return Cli.OK;
		}
	}

	private int queue(Options options) throws UsageException, FailedException {
		LocalDate date = date(options, "date");
		int limit = options.intValue("limit", 50, 1, 100_000);
		String agent = options.value("agent");
		try (Services services = Cli.services(options)) {
			Instant now = options.clock().instant();
			Instant until = date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
			List<QueueItem> items = new ArrayList<>();
			for (long offset = 0; items.size() < limit; offset += 500) {
				List<QueueItem> page = services.queue().queue(until, null, offset, 500);
				for (QueueItem i : page) {
					boolean heldByOther = agent != null && "CLAIMED".equals(i.state()) && !agent.equals(i.leaseOwner())
							&& i.leaseExpiry() != null && i.leaseExpiry().isAfter(now);
					if (!heldByOther && items.size() < limit) {
						items.add(i);
					}
				}
				if (page.size() < 500) {
					break;
				}
			}
			if (options.flag("json")) {
				List<Object> list = new ArrayList<>();
				for (QueueItem i : items) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("task", i.taskId());
					m.put("contact", i.contactId());
					m.put("name", i.contactName());
					m.put("company", i.company());
					m.put("callType", i.callType());
					m.put("dueFrom", i.dueFrom().toString());
					m.put("dueTo", i.dueTo().toString());
					m.put("timeZone", Times.contactZone(i.contactZone()).getId());
					m.put("overdue", i.dueTo().isBefore(now));
					m.put("priority", i.priority());
					m.put("attempts", i.attempts());
					m.put("state", i.state());
					m.put("leaseOwner", i.leaseOwner());
					m.put("reason", i.reason());
					m.put("callback", i.callbackId());
					m.put("promisedAt", i.promisedAt() == null ? null : i.promisedAt().toString());
					m.put("late", i.late(now));
					list.add(m);
				}
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("date", date.toString());
				json.put("agent", agent);
				json.put("tasks", list);
				out.println(Json.write(json));
			} else {
				if (items.isEmpty()) {
					out.println("No calls are due by the end of " + date + ".");
				}
				for (QueueItem i : items) {
					String promise = i.promise() ? "  (promised by " + Times.iso(i.promisedAt(), Times.contactZone(i.contactZone()))
							+ (i.late(now) ? ", LATE" : "") + ")" : "";
					out.printf("%-8d %-22s %-7s %3d  %-12s %s%s%s%n", i.taskId(),
							Times.iso(i.dueFrom(), Times.contactZone(i.contactZone())),
							i.late(now) ? "LATE" : i.dueTo().isBefore(now) ? "OVERDUE" : "", i.priority(), i.contactName(),
							shortType(i.callType()), i.reason() == null ? "" : "  " + i.reason(), promise);
				}
			}
			return Cli.OK;
		}
	}

	private int explain(Options options) throws UsageException, FailedException {
		if (options.positional().size() != 1) {
			throw new UsageException("give one CONTACT: a contact id or a phone number");
		}
		String given = options.positional().get(0).strip();
		if (!ID.matcher(given).matches() && !PHONE.matcher(given).matches()) {
			throw new UsageException("CONTACT must be a contact id or a phone number, not '" + given + "'");
		}
		Instant at = moment(options, options.value("at"));
		try (Services services = Cli.services(options)) {
			long contactId = contact(services, given);
			Explanation x;
			try {
				x = services.planning().explain(contactId, at);
			} catch (IllegalArgumentException e) {
				throw new FailedException(e.getMessage());
			}
			if (x == null) {
				throw new FailedException("there is no contact #" + contactId);
			}
			if (options.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("contact", contactId);
				json.put("name", x.contact().getName());
				json.put("at", x.at().toString());
				json.put("zone", x.zone().getId());
				json.put("callableNow", x.callableNow());
				json.put("now", checks(x.now()));
				List<Object> pending = new ArrayList<>();
				for (PendingCall p : x.pending()) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("task", p.task().taskId());
					m.put("callType", p.task().callType());
					m.put("callable", p.callable());
					m.put("promisedAt", p.task().promisedAt() == null ? null : p.task().promisedAt().toString());
					m.put("late", p.task().late(x.at()));
					m.put("gates", checks(p.checks()));
					pending.add(m);
				}
				json.put("pending", pending);
				List<Object> planned = new ArrayList<>();
				for (Decision d : x.planned()) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("campaign", d.campaign().getId());
					m.put("callType", d.callTypeId());
					m.put("day", d.proposal().day().toString());
					m.put("reason", d.proposal().reason());
					m.put("key", d.proposal().key());
					m.put("accepted", d.accepted());
					m.put("dueFrom", d.dueFrom() == null ? null : d.dueFrom().toString());
					m.put("gates", checks(d.checks()));
					planned.add(m);
				}
				json.put("planned", planned);
				json.put("problems", x.problems());
				json.put("warnings", x.warnings());
				out.println(Json.write(json));
			} else {
				out.printf("%s (#%d) at %s (%s): %s%n", x.contact().getName(), contactId,
						Times.iso(x.at(), x.zone()), x.zone().getId(),
						x.callableNow() ? "may be called" : "may not be called now");
				x.now().forEach(this::print);
				out.println(x.pending().isEmpty() ? "No pending calls." : "Pending calls:");
				for (PendingCall p : x.pending()) {
					out.printf("  task #%d %s due %s (%s): %s%s%n", p.task().taskId(), shortType(p.task().callType()),
							Times.iso(p.task().dueFrom(), x.zone()), p.task().reason(),
							p.callable() ? "callable now" : "not callable now",
							!p.task().promise() ? "" : (p.task().late(x.at()) ? "; LATE promise, promised by " : "; promised by ")
									+ Times.iso(p.task().promisedAt(), x.zone()));
					p.checks().forEach(c -> print("    ", c));
				}
				out.println(x.planned().isEmpty() ? "No campaign proposes a call in the next " + Planner.DEFAULT_DAYS
						+ " days." : "Calls the campaigns propose in the next " + Planner.DEFAULT_DAYS + " days:");
				for (Decision d : x.planned()) {
					Check refusal = d.refusal();
					out.printf("  %s %s \"%s\": %s%n", d.proposal().day(), shortType(d.callTypeId()), d.proposal().reason(),
							d.accepted() ? "would be planned for " + Times.iso(d.dueFrom(), x.zone())
									: refusal.gate() == Gate.ALREADY_PLANNED ? "planned (" + refusal.detail() + ")"
											: "not planned: " + refusal.gate() + ", " + refusal.detail());
					d.checks().forEach(c -> print("    ", c));
				}
				x.warnings().forEach(w -> out.println("Warning: " + w));
				x.problems().forEach(p -> out.println("Warning: " + p));
			}
			return Cli.OK;
		}
	}

	/** A contact id: 42 or #42. */
	private static final Pattern ID = Pattern.compile("#?\\d{1,18}");
	/** A phone number as people write it: digits with spaces, dashes, dots or brackets, maybe a leading +. */
	private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s\u3000().-]*\\d[\\d\\s\u3000().-]*");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\u3000().-]");
	/** A mainland China mobile number with its country code (stored without it, as the import stores it). */
	private static final Pattern CHINA_MOBILE = Pattern.compile("(?:\\+86|0086|86)(1[3-9]\\d{9})");
	/** The longest phone number the contacts service looks up. */
	private static final int MAX_PHONE = 40;

	/**
	 * The id of the contact a command line names (see {@link #contact(Services, String)}).
	 *
	 * @throws UsageException if {@code given} is neither an id nor a phone number
	 * @throws FailedException if no contact, or several, match
	 */
	static long contactId(Services services, String given) throws UsageException, FailedException {
		String g = given.strip();
		if (!ID.matcher(g).matches() && !PHONE.matcher(g).matches()) {
			throw new UsageException("CONTACT must be a contact id or a phone number, not '" + Cli.shown(g) + "'");
		}
		return contact(services, g);
	}

	/**
	 * The id of the contact {@code given} names: {@code #42} is an id; {@code 42} is an id if there is such a
	 * contact, else a phone number; anything else is a phone number, found as written, without its separators,
	 * and (a mobile) without +86.
	 */
	private static long contact(Services services, String given) throws FailedException {
		if (given.startsWith("#")) {
			long id = Long.parseLong(given.substring(1));
			if (!exists(services, id)) {
				throw new FailedException("there is no contact #" + id);
			}
			return id;
		}
		boolean bare = ID.matcher(given).matches();
		long id = bare ? Long.parseLong(given) : 0;
		boolean isId = bare && exists(services, id);
		Set<String> numbers = new LinkedHashSet<>();
		numbers.add(given);
		String digits = SEPARATORS.matcher(given).replaceAll("");
		numbers.add(digits);
		Matcher mobile = CHINA_MOBILE.matcher(digits);
		if (mobile.matches()) {
			numbers.add(mobile.group(1));
		}
		Set<Long> owners = new TreeSet<>();
		for (String n : numbers) {
			if (n.length() <= MAX_PHONE) {
				owners.addAll(services.contacts().idsByPhone(n, 10));
			}
		}
		if (isId) {
			if (!owners.isEmpty() && !owners.equals(Set.of(id))) {
				throw new FailedException("'" + given + "' is contact #" + id + " and also the phone number of contact "
						+ list(owners) + "; write #" + id + " for the contact, or the number with a + or a dash");
			}
			return id;
		}
		if (owners.isEmpty()) {
			throw new FailedException(bare ? "there is no contact " + given + ", and no contact has the phone number "
					+ given : "no contact has the phone number " + given);
		}
		if (owners.size() > 1) {
			throw new FailedException("the phone number " + given + " belongs to " + owners.size() + " contacts ("
					+ list(owners) + "); name one by its id");
		}
		return owners.iterator().next();
	}

	private static boolean exists(Services services, long id) {
		return services.contacts().find(id) != null;
	}

	private static String list(Set<Long> ids) {
		return String.join(", ", ids.stream().map(i -> "#" + i).toList());
	}

	private void print(Check c) {
		print("  ", c);
	}

	private void print(String indent, Check c) {
		out.printf("%s[%s] %-16s %s%n", indent, c.passed() ? "ok" : "no", c.gate(), c.detail());
	}

	private static List<Object> checks(List<Check> checks) {
		List<Object> result = new ArrayList<>();
		for (Check c : checks) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("gate", c.gate().name());
			m.put("passed", c.passed());
			m.put("detail", c.detail());
			result.add(m);
		}
		return result;
	}

	private static String shortType(String callType) {
		return callType.substring(callType.lastIndexOf('.') + 1);
	}

	private static LocalDate date(Options options, String name) throws UsageException {
		String v = options.value(name);
		if (v == null) {
			return options.today();
		}
		try {
			return LocalDate.parse(v.strip());
		} catch (DateTimeException e) {
			throw new UsageException("--" + name + " must be a date like 2026-11-23, not '" + v + "'");
		}
	}

	private static Instant moment(Options options, String v) throws UsageException {
		if (v == null) {
			return options.clock().instant();
		}
		String text = v.strip().replace(' ', 'T');
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeException e) {
			try {
				return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
			} catch (DateTimeException e2) {
				throw new UsageException("--at must be a date and time like 2026-11-23T10:00 (or with +08:00), not '"
						+ v + "'");
			}
		}
	}
}
