package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.demo.DemoData;
import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Explainer;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.Planner;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Supervision sampling: a hotline supervision campaign that calls back 30% of the tickets calls back about that
 * share of each engineer's tickets, the same ones on every run and in every copy of the data, and the explainer
 * says "not sampled" for the others.
 */
class SupervisionSamplingTest {

	/** Monday 23 November 2026, 09:00 in Shanghai. */
	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
	private static final Horizon HORIZON = Horizon.of(LocalDate.of(2026, 11, 23), 30);
	private static final int PER_ENGINEER = 100;

	/** Two engineers with 100 hotline tickets each (one per contact) and a campaign sampling {@code percent}. */
	private static Store write(Path dir, String percent) {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		Map<String, String> params = percent == null ? Map.of() : Map.of("samplePercent", percent);
		store.campaigns().insert(List.of(PlannerTest.campaign(DemoData.HOTLINE_SUPERVISION, "热线监督", 75, params)));
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < 2 * PER_ENGINEER; i++) {
			contacts.add(StoreTest.contact("客户" + i, "先生"));
		}
		store.contacts().insert(contacts);
		List<ServiceEvent> events = new ArrayList<>();
		for (int i = 0; i < contacts.size(); i++) {
			ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
			e.setKind(ServiceEventKind.HOTLINE_TICKET);
			e.setOccurredAt(Date.from(NOW.minusSeconds(3600)));
			e.setContact(contacts.get(i));
			e.setEngineer(i < PER_ENGINEER ? "张工" : "李工");
			e.setExternalRef("T" + i);
			events.add(e);
		}
		store.transaction(tx -> {
			store.events().insert(tx, events);
			return null;
		});
		return store;
	}

	private static Planner planner(Store store) {
		return new Planner(store, CallTypeRegistry.read());
	}

	/** The tickets (by reference) that got a supervision call, per engineer. */
	private static Map<String, Set<String>> called(Store store) {
		return store.read(c -> {
			Map<String, Set<String>> refs = new HashMap<>();
			try (PreparedStatement p = c.prepareStatement("SELECT e.engineer, e.external_ref FROM call_task t "
					+ "JOIN service_event e ON e.id = t.source_event_id"); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					refs.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
				}
			}
			return refs;
		});
	}

	@Test
	void aShareOfEachEngineersTicketsTheSameOnEveryRun(@TempDir Path one, @TempDir Path two) {
		Map<String, Set<String>> first;
		try (Store store = write(one, "30")) {
			planner(store).plan(HORIZON, NOW, "test", null);
			first = called(store);
			for (String engineer : List.of("张工", "李工")) {
				int n = first.get(engineer).size();
				assertTrue(n >= 15 && n <= 45, engineer + ": " + n + " of " + PER_ENGINEER + " tickets, about 30%");
			}
			assertEquals(0, planner(store).plan(HORIZON, NOW.plusSeconds(3600), "again", null).created(),
					"a re-run chooses no other tickets");
			assertEquals(first, called(store));
		}
		try (Store copy = write(two, "30")) {
			planner(copy).plan(HORIZON, NOW, "test", null);
			assertEquals(first, called(copy), "the same tickets in another copy of the data");
		}
	}

	@Test
	void theExplainerSaysNotSampled(@TempDir Path dir) {
		try (Store store = write(dir, "30")) {
			Planner planner = planner(store);
			planner.plan(HORIZON, NOW, "test", null);
			Set<String> called = new TreeSet<>();
			called(store).values().forEach(called::addAll);
			long left = store.read(c -> {
				try (PreparedStatement p = c.prepareStatement("SELECT contact_id, external_ref FROM service_event "
						+ "ORDER BY id"); ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						if (!called.contains(rs.getString(2))) {
							return rs.getLong(1);
						}
					}
				}
				return -1L;
			});
			assertTrue(left > 0, "some ticket was left out");
			List<Decision> planned = new Explainer(store, planner).explain(left, NOW).planned();
			Check sampling = planned.stream().flatMap(d -> d.checks().stream()).filter(c -> c.gate() == Gate.SAMPLING)
					.findFirst().orElseThrow();
			assertTrue(!sampling.passed() && sampling.detail().contains("not sampled"), sampling.detail());
		}
	}

	@Test
	void everyTicketWithoutSamplingOrAtOneHundredPercent(@TempDir Path one, @TempDir Path two) {
		try (Store store = write(one, null)) {
			planner(store).plan(HORIZON, NOW, "test", null);
			assertEquals(2 * PER_ENGINEER, called(store).values().stream().mapToInt(Set::size).sum());
		}
		try (Store store = write(two, "0")) {
			planner(store).plan(HORIZON, NOW, "test", null);
			assertTrue(called(store).isEmpty(), "0% calls back nothing");
		}
	}
}
