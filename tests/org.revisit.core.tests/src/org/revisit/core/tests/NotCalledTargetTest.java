package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.plan.TargetFilter;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** The target criterion "not called for N days" ({@code notcalled:N}): read, refused when wrong, counted in the database's calls. */
class NotCalledTargetTest {

	@TempDir
	Path dir;

	@Test
	void theTermIsOneNumberOfDays() {
		assertEquals(30, TargetFilter.parse("class:A notcalled:30").notCalledDays());
		assertEquals(0, TargetFilter.parse("class:A").notCalledDays());
		assertFalse(TargetFilter.parse("notcalled:7").isEmpty());
		for (String bad : List.of("notcalled:0", "notcalled:x", "notcalled:3651", "notcalled:5 notcalled:6",
				"notcalled:5,6")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetFilter.parse(bad), bad);
			assertTrue(e.getMessage().contains("notcalled"), e.getMessage());
		}
	}

	@Test
	void withoutTheCallsTheFilterRefusesToGuess() {
		Contact c = StoreTest.contact("王伟", "先生");
		assertThrows(IllegalStateException.class, () -> TargetFilter.parse("notcalled:30").test(c));
		assertTrue(TargetFilter.parse("class:B").withCalls(since -> Set.of(), TestClock.NOW).test(c), "no term, no calls needed");
	}

	@Test
	void contactsCalledWithinTheDaysAreLeftOut() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		try (LocalServices manager = LocalServices.open(store, CallTypeRegistry.read(),
				new Principal("li", null, Role.MANAGER))) {
			Contact called = StoreTest.contact("王伟", "先生");
			Contact quiet = StoreTest.contact("李娜", "女士");
			quiet.getPhones().get(0).setNumber("13900139000");
			Contact old = StoreTest.contact("张敏", "女士");
			old.getPhones().get(0).setNumber("13700137000");
			store.contacts().insert(List.of(called, quiet, old));
			store.outcomes().insert(called.getId(), outcome(TestClock.NOW.minus(Duration.ofDays(10))));
			store.outcomes().insert(old.getId(), outcome(TestClock.NOW.minus(Duration.ofDays(40))));

			assertEquals(3, manager.campaigns().countTargets(""));
			assertEquals(2, manager.campaigns().countTargets("notcalled:30"), "the one called 10 days ago is left out");
			assertEquals(1, manager.campaigns().countTargets("notcalled:60"));
			assertEquals(3, manager.campaigns().countTargets("notcalled:5"));
			assertEquals(2, manager.campaigns().countTargets("class:B notcalled:30"));
			assertEquals(ServiceException.Kind.INVALID,
					assertThrows(ServiceException.class, () -> manager.campaigns().countTargets("notcalled:soon")).kind());

			TargetFilter f = TargetFilter.parse("notcalled:30").withCalls(store.outcomes()::contactsCalledSince,
					TestClock.NOW);
			assertFalse(f.test(called));
			assertTrue(f.test(quiet));
			assertTrue(f.test(old));
		}
	}

	private static CallOutcome outcome(Instant start) {
		CallOutcome o = RevisitFactory.eINSTANCE.createCallOutcome();
		o.setAgent("agent1");
		o.setStartedAt(Date.from(start));
		o.setEndedAt(Date.from(start.plus(Duration.ofMinutes(3))));
		o.setDispositionCode("COMPLETED");
		return o;
	}
}
