package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.revisit.cli.internal.Cli;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.PlanningHistory;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.LunarCalendar;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.model.RevisitFactory;
import org.revisit.core.calltype.Proposal;
import org.revisit.model.Contact;

/** The callTypes extension point, read from this test bundle's own contributions (see its plugin.xml). */
class CallTypeRegistryTest extends CliTestSupport {

	private static final String RENEWAL = "org.revisit.tests.calltype.renewal";

	@Test
	void aGoodContributionIsReadWithoutLoadingItsClass() throws Exception {
		int created = RenewalCallType.CREATED.get();
		CallTypeRegistry registry = CallTypeRegistry.read(RegistryFactory.getRegistry());
		CallTypeDescriptor renewal = registry.get(RENEWAL);
		assertNotNull(renewal);
		assertEquals("Renewal reminder", renewal.name());
		assertEquals(55, renewal.priority());
		assertEquals("org.revisit.core.tests", renewal.contributor());
		assertEquals(List.of("DONE", "CALLBACK"), renewal.outcomes().stream().map(CallTypeDescriptor.Outcome::code).toList());
		assertEquals(Map.of("zh", "scripts/renewal.txt"), renewal.scripts());
		assertEquals(created, RenewalCallType.CREATED.get(), "reading the contributions creates no call type");
		assertNotNull(renewal.callType());
		assertEquals(created + 1, RenewalCallType.CREATED.get(), "the class is created on first use");
		renewal.callType();
		assertEquals(created + 1, RenewalCallType.CREATED.get(), "and only once");

		Contact contact = StoreTest.contact("王伟", "先生");
		contact.setId(7);
		contact.getTags().add("renewal");
		PlanningContext context = new PlanningContext(Horizon.of(LocalDate.of(2026, 11, 23), 30),
				Instant.parse("2026-11-23T01:00:00Z"), RevisitFactory.eINSTANCE.createCampaign(),
				new WorkingCalendar(HolidayCalendarText.chinaDefault()), LunarCalendar.china(), PlanningHistory.NONE);
		List<Proposal> proposals = renewal.callType().forContact(contact, context);
		assertEquals(List.of(Proposal.onDay(7, LocalDate.of(2026, 11, 23), "合同即将到期")), proposals);
		assertTrue(renewal.callType().forEvent(null, context).isEmpty(),
				"a call type answers only what it is about");
	}

	@Test
	void brokenContributionsAreSkippedWithTheBundleNamedAndTheRestStillWork() {
		CallTypeRegistry registry = CallTypeRegistry.read();
		List<String> problems = registry.problems();
		assertTrue(problems.stream().allMatch(p -> p.contains("org.revisit.core.tests")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("noName") && p.contains("has no name")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("already used")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("priority must be a whole number")), problems.toString());
		assertNull(registry.get("org.revisit.tests.calltype.noName"));
		assertNull(registry.get("org.revisit.tests.calltype.badPriority"));
		assertEquals("Renewal reminder", registry.get(RENEWAL).name(), "the first contribution of an id wins");
	}

	@Test
	void aClassThatCannotBeCreatedFailsOnFirstUseNamingTheContributor() {
		CallTypeDescriptor missing = CallTypeRegistry.read().get("org.revisit.tests.calltype.missingClass");
		assertNotNull(missing, "the descriptor is there: classes are loaded only when used");
		CoreException e = assertThrows(CoreException.class, missing::callType);
		assertTrue(e.getMessage().contains("org.revisit.tests.calltype.missingClass")
				&& e.getMessage().contains("org.revisit.core.tests"), e.getMessage());
		assertThrows(CoreException.class, missing::callType, "it fails again on the next use, not once only");
	}

	@Test
	void theCommandLineListsCallTypesAndSkippedOnes() {
		assertEquals(Cli.OK, run("calltypes", "--json"));
		@SuppressWarnings("unchecked")
		Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(out());
		assertTrue(out().contains(RENEWAL), out());
		assertEquals(3, ((List<?>) json.get("skipped")).size(), out());
		assertEquals(Cli.OK, run("calltypes"));
		assertTrue(out().contains("Renewal reminder") && out().contains("Skipped: "), out());
	}
}
