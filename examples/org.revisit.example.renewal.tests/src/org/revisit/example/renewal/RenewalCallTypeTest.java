package org.revisit.example.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.testing.CallTypeHarness;
import org.revisit.core.calltype.testing.CallTypeHarness.PlannedCall;
import org.revisit.core.calltype.testing.CallTypeHarness.Result;

/** The contract-renewal call type, planned by the product's planner with the harness the product provides. */
class RenewalCallTypeTest {

	private static final String RENEWAL = "org.revisit.example.renewal.contractRenewal";
	/** Monday 23 November 2026, 09:00 in Shanghai. */
	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

	@TempDir
	Path dir;

	@Test
	void aReminderIsDueTheGivenNumberOfDaysBeforeTheContractEndsOnAWorkingDay() {
		try (CallTypeHarness h = CallTypeHarness.open(dir, NOW)) {
			long wang = h.contact("王伟", "contract-end:2026-12-18", "vip").getId();
			// 14 days before Saturday 19 December is Saturday 5 December: the reminder comes on Friday the 4th.
			long zhao = h.contact("赵磊", "contract-end:2026-12-19").getId();
			long zhou = h.contact("周杰", "contract-end:2026-11-30").getId(); // due already: today
			h.contact("李娜", "vip"); // no contract: no call
			h.contact("张敏", "contract-end:2027-06-30"); // ends long after the horizon: a later run
			h.contact("陈静", "contract-end:2026-11-20"); // has ended
			h.contact("刘洋", "contract-end:not-a-date"); // ignored
			h.campaign(RENEWAL, "续约提醒", Map.of("daysBefore", "14"));
			Result r = h.plan(30);
			assertEquals(List.of(), r.problems());
			assertEquals(List.of(zhou + " " + h.today(), wang + " 2026-12-04", zhao + " 2026-12-04"),
					r.calls().stream().map(c -> c.contactId() + " " + c.day()).toList());
			PlannedCall call = r.calls().get(1);
			assertEquals(RENEWAL, call.callTypeId());
			assertTrue(call.reason().contains("2026-12-18"), call.reason());
			assertEquals(0, h.plan(30).created(), "planning again adds nothing");
		}
	}

	@Test
	void anotherTagPrefixIsReadAndTheDeclaredParametersAreChecked() {
		try (CallTypeHarness h = CallTypeHarness.open(dir, NOW)) {
			h.contact("王伟", "到期:2026-12-10");
			h.contact("李娜", "contract-end:2026-12-10");
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> h.campaign(RENEWAL, "续约提醒", Map.of("daysBefore", "soon")));
			assertTrue(e.getMessage().contains("daysBefore"), e.getMessage());
			e = assertThrows(IllegalArgumentException.class,
					() -> h.campaign(RENEWAL, "续约提醒", Map.of("monthsBefore", "1")));
			assertTrue(e.getMessage().contains("monthsBefore"), e.getMessage());
			h.campaign(RENEWAL, "续约提醒", Map.of("tagPrefix", "到期:", "daysBefore", "7"));
			List<PlannedCall> calls = h.plan(30).calls();
			assertEquals(1, calls.size(), calls.toString());
			assertEquals("王伟", calls.get(0).contactName());
			assertEquals(LocalDate.of(2026, 12, 3), calls.get(0).day());
		}
	}

	@Test
	void endDatesAreReadFromTagsWithThePrefix() {
		assertEquals(LocalDate.of(2026, 12, 31), RenewalCallType.endDate("contract-end:2026-12-31", "contract-end:"));
		assertNull(RenewalCallType.endDate("contract-end:31.12.2026", "contract-end:"));
		assertNull(RenewalCallType.endDate("vip", "contract-end:"));
	}
}
