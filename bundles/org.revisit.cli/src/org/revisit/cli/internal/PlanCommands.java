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

import org.eclipse.osgi.util.NLS;
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
				new Cli.Command("plan", Messages.Plan_summary, Messages.Plan_help,
						Set.of("data", "from", "days", "budget"), Set.of("changes", "json", "help"), this::plan),
				new Cli.Command("queue", Messages.Queue_summary, Messages.Queue_help,
						Set.of("data", "agent", "date", "limit"), Set.of("json", "help"), this::queue),
				new Cli.Command("explain", Messages.Explain_summary, Messages.Explain_help,
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
			// --changes: the daily run, deciding again only the contacts whose calls may have changed since the last run
			boolean changes = options.flag("changes");
			PlanReport r = changes ? services.planning().planChanges(from, days) : services.planning().plan(from, days);
			if (options.flag("json")) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("run", changes ? "changes" : "full");
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
				if (changes) {
					out.println(Messages.Plan_changes);
				}
				out.println(NLS.bind(Messages.Plan_planned, new Object[] { r.horizon().from(), r.horizon().to(),
						r.campaigns(), r.proposals(), r.created(), r.cancelled(), r.moved(),
						String.format("%.1f", r.elapsed().toMillis() / 1000.0) })); //$NON-NLS-1$
				r.createdByCallType().forEach((type, n) -> out.printf("  %-45s %7d%n", type, n)); //$NON-NLS-1$
				if (!r.refusedByGate().isEmpty()) {
					out.println(Messages.Plan_notPlannedByGate);
					r.refusedByGate().forEach((g, n) -> out.printf("  %-45s %7d%n", g, n)); //$NON-NLS-1$
				}
				r.warnings().forEach(w -> out.println(NLS.bind(Messages.Campaign_warning, w)));
				r.problems().forEach(p -> out.println(NLS.bind(Messages.Campaign_warning, p)));
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
					out.println(NLS.bind(Messages.Queue_none, date));
				}
				for (QueueItem i : items) {
					String promisedBy = Times.iso(i.promisedAt(), Times.contactZone(i.contactZone()));
					String promise = !i.promise() ? "" //$NON-NLS-1$
							: "  " + NLS.bind(i.late(now) ? Messages.Queue_promisedLate : Messages.Queue_promised, promisedBy); //$NON-NLS-1$
					out.println(Cli.pad(i.taskId(), 8) + " " + Cli.pad(Times.iso(i.dueFrom(), Times.contactZone(i.contactZone())), 22) //$NON-NLS-1$
							+ " " + Cli.pad(i.late(now) ? Messages.Queue_late : i.dueTo().isBefore(now) ? Messages.Queue_overdue : "", 7) //$NON-NLS-1$ //$NON-NLS-2$
							+ " " + String.format("%3d", i.priority()) + "  " + Cli.pad(i.contactName(), 12) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ shortType(i.callType()) + (i.reason() == null ? "" : "  " + i.reason()) + promise); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return Cli.OK;
		}
	}

	private int explain(Options options) throws UsageException, FailedException {
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Explain_oneContact);
		}
		String given = options.positional().get(0).strip();
		if (!ID.matcher(given).matches() && !PHONE.matcher(given).matches()) {
			throw new UsageException(NLS.bind(Messages.Explain_badContact, given));
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
				throw new FailedException(NLS.bind(Messages.Explain_noContact, contactId));
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
				out.println(NLS.bind(x.callableNow() ? Messages.Explain_mayBeCalled : Messages.Explain_mayNotBeCalled,
						new Object[] { x.contact().getName(), contactId, Times.iso(x.at(), x.zone()), x.zone().getId() }));
				x.now().forEach(this::print);
				out.println(x.pending().isEmpty() ? Messages.Explain_noPending : Messages.Explain_pending);
				for (PendingCall p : x.pending()) {
					String promisedAt = Times.iso(p.task().promisedAt(), x.zone());
					out.println("  " + NLS.bind(p.callable() ? Messages.Explain_taskCallable : Messages.Explain_taskNotCallable, //$NON-NLS-1$
							new Object[] { p.task().taskId(), shortType(p.task().callType()),
									Times.iso(p.task().dueFrom(), x.zone()), p.task().reason() })
							+ (!p.task().promise() ? "" //$NON-NLS-1$
									: NLS.bind(p.task().late(x.at()) ? Messages.Explain_latePromise : Messages.Explain_promise,
											promisedAt)));
					p.checks().forEach(c -> print("    ", c)); //$NON-NLS-1$
				}
				out.println(NLS.bind(x.planned().isEmpty() ? Messages.Explain_noProposal : Messages.Explain_proposals,
						Planner.DEFAULT_DAYS));
				for (Decision d : x.planned()) {
					Check refusal = d.refusal();
					out.println("  " + d.proposal().day() + " " + shortType(d.callTypeId()) + " \"" + d.proposal().reason() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ "\": " + (d.accepted() ? NLS.bind(Messages.Explain_wouldBePlanned, Times.iso(d.dueFrom(), x.zone())) //$NON-NLS-1$
									: refusal.gate() == Gate.ALREADY_PLANNED ? NLS.bind(Messages.Explain_planned, refusal.detail())
											: NLS.bind(Messages.Explain_notPlanned, refusal.gate(), refusal.detail())));
					d.checks().forEach(c -> print("    ", c)); //$NON-NLS-1$
				}
				x.warnings().forEach(w -> out.println(NLS.bind(Messages.Campaign_warning, w)));
				x.problems().forEach(p -> out.println(NLS.bind(Messages.Campaign_warning, p)));
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
			throw new UsageException(NLS.bind(Messages.Explain_badContact, Cli.shown(g)));
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
				throw new FailedException(NLS.bind(Messages.Explain_noContact, id));
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
				throw new FailedException(NLS.bind(Messages.Explain_idAndPhone, new Object[] { given, id, list(owners) }));
			}
			return id;
		}
		if (owners.isEmpty()) {
			throw new FailedException(NLS.bind(bare ? Messages.Explain_noIdNoPhone : Messages.Explain_noPhone, given));
		}
		if (owners.size() > 1) {
			throw new FailedException(NLS.bind(Messages.Explain_phoneOfSeveral,
					new Object[] { given, owners.size(), list(owners) }));
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
		out.printf("%s[%s] %-16s %s%n", indent, c.passed() ? Messages.Explain_ok : Messages.Explain_no, c.gate(), c.detail()); //$NON-NLS-1$
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
			throw new UsageException(NLS.bind(Messages.Plan_badDate, name, v));
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
				throw new UsageException(NLS.bind(Messages.Explain_badAt, v));
			}
		}
	}
}
