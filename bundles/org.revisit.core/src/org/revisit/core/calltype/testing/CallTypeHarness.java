package org.revisit.core.calltype.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.CampaignValidation;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskRepository.QueueItem;

/**
 * A test fixture for authors of call types: a temporary Revisit database in a folder the test gives (JUnit's
 * {@code @TempDir}), a clock pinned at a moment the test chooses, contacts, service events and campaigns, and
 * the product's own planner, which asks the call types installed in the test's runtime (so the call type under
 * test must be contributed by a bundle of that runtime) and applies every gate a real planning run applies
 * (working days, calling windows, the weekly budget per contact, one pending call per call type...).
 * <p>
 * A harness is not thread-safe; close it at the end of the test (it closes the database).
 *
 * <pre>
 * try (CallTypeHarness h = CallTypeHarness.open(dir, Instant.parse("2026-11-23T01:00:00Z"))) {
 *     Contact c = h.contact("王伟", "contract-end:2026-12-20");
 *     h.campaign("com.example.calltype.renewal", "续约提醒", Map.of("daysBefore", "14"));
 *     List&lt;PlannedCall&gt; calls = h.plan(30).calls();
 * }
 * </pre>
 */
public final class CallTypeHarness implements AutoCloseable {

	/** The zone of the harness's contacts and of the days it plans: China Standard Time. */
	public static final ZoneId ZONE = PlanningContext.DEFAULT_ZONE;

	private final Store store;
	private final Instant now;
	private final List<Long> contacts = new ArrayList<>();

	private CallTypeHarness(Store store, Instant now) {
		this.store = store;
		this.now = now;
	}

	/**
	 * A new, empty database in {@code folder} (which should be empty; a test's temporary folder), with a clock
	 * that stands still at {@code now}.
	 */
	public static CallTypeHarness open(Path folder, Instant now) {
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(now, "now");
		Clock clock = Clock.fixed(now, ZoneOffset.UTC);
		return new CallTypeHarness(Store.open(StoreConfig.embedded(folder).withClock(clock)), now);
	}

	/** The pinned moment: what "now" is for the store and the planner. */
	public Instant now() {
		return now;
	}

	/** The day of {@link #now()} in {@link #ZONE}: the first day {@link #plan(int)} plans. */
	public LocalDate today() {
		return now.atZone(ZONE).toLocalDate();
	}

	/**
	 * Stores a contact that can be called: active, with a mobile number, class B, in {@link #ZONE}, with
	 * {@code tags}.
	 */
	public Contact contact(String name, String... tags) {
		Contact c = RevisitFactory.eINSTANCE.createContact();
		c.setName(Objects.requireNonNull(name, "name"));
		c.setTimeZone(ZONE.getId());
		c.setCustomerClass(CustomerClass.B);
		c.setStatus(ContactStatus.ACTIVE);
		PhoneNumber mobile = RevisitFactory.eINSTANCE.createPhoneNumber();
		mobile.setType(PhoneType.MOBILE);
		mobile.setNumber(String.format("138%08d", Integer.valueOf(contacts.size() + 1))); //$NON-NLS-1$
		c.getPhones().add(mobile);
		c.getTags().addAll(List.of(tags));
		return contact(c);
	}

	/**
	 * Stores {@code contact} as it is (set its fields with {@link RevisitFactory}; give it a phone number if it
	 * should be called) and returns it with its id.
	 */
	public Contact contact(Contact contact) {
		store.contacts().insert(List.of(contact));
		contacts.add(contact.getId());
		return contact;
	}

	/** Stores a service event of {@code kind} for {@code contact} at {@code at}; {@code ref} is its external reference. */
	public ServiceEvent event(Contact contact, ServiceEventKind kind, Instant at, String ref) {
		ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
		e.setKind(Objects.requireNonNull(kind, "kind"));
		e.setOccurredAt(Date.from(at));
		e.setContact(contact);
		e.setExternalRef(ref);
		store.transaction(tx -> {
			store.events().insert(tx, List.of(e));
			return null;
		});
		return e;
	}

	/**
	 * Stores an active campaign of call type {@code callTypeId} with priority 50 and {@code parameters}, checked
	 * as the product checks them (against the parameters the call type declares).
	 *
	 * @throws IllegalArgumentException if the call type is not installed in the test's runtime or a parameter
	 *         is refused; the message says which
	 */
	public Campaign campaign(String callTypeId, String name, Map<String, String> parameters) {
		CallTypeRegistry registry = CallTypeRegistry.read();
		CallTypeDescriptor type = registry.get(callTypeId);
		if (type == null) {
			throw new IllegalArgumentException("Call type " + callTypeId + " is not installed in this test runtime"
					+ " (is the bundle that contributes it resolved and part of the test's dependencies?); installed: "
					+ registry.all().stream().map(CallTypeDescriptor::id).toList() + "; skipped: " + registry.problems());
		}
		Campaign c = RevisitFactory.eINSTANCE.createCampaign();
		c.setCallTypeId(callTypeId);
		c.setName(name);
		c.setPriority(50);
		c.setActive(true);
		c.getParameters().putAll(parameters);
		List<String> problems = CampaignValidation.problems(c, registry);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems)); //$NON-NLS-1$
		}
		store.campaigns().insert(List.of(c));
		return c;
	}

	/**
	 * Runs the product's planner for {@code days} days from {@link #today()}, at {@link #now()}, and returns the
	 * calls planned for the harness's contacts (by this run and earlier ones) and what the run reported.
	 */
	public Result plan(int days) {
		PlanReport report = new Planner(store, CallTypeRegistry.read()).plan(Horizon.of(today(), days), now,
				"harness", null); //$NON-NLS-1$
		List<PlannedCall> calls = new ArrayList<>();
		for (long id : contacts) {
			for (QueueItem q : store.tasks().openForContact(id)) {
				calls.add(new PlannedCall(q.contactId(), q.contactName(), q.callType(), q.campaignId(), q.dueFrom(),
						q.dueTo(), q.priority(), q.reason()));
			}
		}
		calls.sort(Comparator.comparing(PlannedCall::dueFrom).thenComparingLong(PlannedCall::contactId));
		Map<String, Integer> refused = new TreeMap<>();
		report.refusedByGate().forEach((gate, n) -> refused.put(gate.name(), n));
		return new Result(List.copyOf(calls), report.created(), Map.copyOf(refused), report.problems());
	}

	/** Closes the database. */
	@Override
	public void close() {
		store.close();
	}

	/**
	 * One call the planner placed.
	 *
	 * @param dueFrom the start of the call's calling window
	 * @param dueTo its end
	 * @param reason what the agent sees: the {@code reason} of the call type's {@code Proposal}
	 */
	public record PlannedCall(long contactId, String contactName, String callTypeId, long campaignId, Instant dueFrom,
			Instant dueTo, int priority, String reason) {

		/** The day of the call in {@link CallTypeHarness#ZONE}. */
		public LocalDate day() {
			return dueFrom.atZone(ZONE).toLocalDate();
		}
	}

	/**
	 * What a planning run left.
	 *
	 * @param calls the open calls of the harness's contacts, earliest first
	 * @param created how many calls this run created
	 * @param refused the calls proposed but not placed, counted by the name of the gate that refused them (e.g.
	 *        {@code WORKING_DAY}, {@code HORIZON}, {@code ALREADY_PLANNED})
	 * @param problems the campaigns that could not be planned and why (a call type that threw, a bad parameter)
	 */
	public record Result(List<PlannedCall> calls, int created, Map<String, Integer> refused, List<String> problems) {
	}
}
