package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calendar.HolidayCalendarText;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.plan.Attempts;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** Attempt limits and retry intervals, with the calling windows and working days of the contact. */
class AttemptsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;
	private Store store;
	private Attempts attempts;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir.resolve("db")));
		attempts = new Attempts(store, new WorkingCalendar(HolidayCalendarText.chinaDefault()));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static Instant shanghai(int month, int day, int hour, int minute) {
		return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
	}

	private long task(Campaign campaign, Instant due) {
		if (campaign != null) {
			store.campaigns().insert(List.of(campaign));
		}
		CallTask t = TaskFixtures.plan(store, 1, due, 50).get(0);
		if (campaign != null) {
			store.inTransaction(c -> c.createStatement().executeUpdate("UPDATE call_task SET campaign_id = "
					+ campaign.getId() + " WHERE id = " + t.getId()));
		}
		return t.getId();
	}

	private Attempts.Result attempt(long task, String code, Instant at) {
		assertTrue(store.claims().claim(task, "agent1", at, LEASE).isPresent());
		return attempts.finish(task, "agent1", code, at);
	}

	@Test
	void noAnswerIsRetriedInTheNextWindowAfterTheIntervalUntilTheLastAttempt() {
		long task = task(null, shanghai(11, 23, 9, 0));
		// Monday 09:30 + 2 hours is 11:30: outside the windows, so the 14:00 window.
		Attempts.Result first = attempt(task, Attempts.NO_ANSWER, shanghai(11, 23, 9, 30));
		assertEquals(TaskState.RESCHEDULED, first.state());
		assertEquals(shanghai(11, 23, 14, 0), first.dueFrom());
		assertEquals(shanghai(11, 23, 14, 0), store.claims().find(task).dueFrom());
		// 15:10 + 2 hours is after the last window: Tuesday 09:00.
		Attempts.Result second = attempt(task, Attempts.NO_ANSWER, shanghai(11, 23, 15, 10));
		assertEquals(shanghai(11, 24, 9, 0), second.dueFrom());
		assertEquals(2, store.claims().find(task).attempts());
		Attempts.Result third = attempt(task, Attempts.NO_ANSWER, shanghai(11, 24, 9, 5));
		assertEquals(TaskState.UNREACHABLE, third.state());
		assertTrue(third.detail().contains("3 of 3"), third.detail());
		assertTrue(store.claims().claim(task, "agent1", shanghai(11, 24, 9, 10), LEASE).isEmpty(), "closed");
	}

	@Test
	void aRetryOnFridayAfternoonWaitsForMonday() {
		long task = task(null, shanghai(11, 27, 9, 0));
		Attempts.Result r = attempt(task, Attempts.NO_ANSWER, shanghai(11, 27, 15, 0));
		assertEquals(shanghai(11, 30, 9, 0), r.dueFrom());
	}

	@Test
	void aCampaignSetsItsOwnIntervalsAndLimit() {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		Campaign campaign = PlannerTest.campaign("org.revisit.tests.calltype.ticket", "工单", 70, java.util.Map.of());
		AttemptPolicy policy = f.createAttemptPolicy();
		policy.setMaxAttempts(5);
		RetryRule busy = f.createRetryRule();
		busy.setOutcomeCode(Attempts.BUSY);
		busy.setIntervalMinutes(10);
		policy.getRetryRules().add(busy);
		campaign.setAttemptPolicy(policy);
		long task = task(campaign, shanghai(11, 23, 9, 0));
		Attempts.Result r = attempt(task, Attempts.BUSY, shanghai(11, 23, 9, 15));
		assertEquals(shanghai(11, 23, 9, 25), r.dueFrom());
		assertEquals(5, r.maxAttempts());
		assertEquals(TaskState.COMPLETED, attempt(task, Attempts.NO_ANSWER, shanghai(11, 23, 9, 30)).state(),
				"this campaign does not retry unanswered calls");
	}

	@Test
	void anAnsweredCallCompletesAndOnlyTheHolderMayEndIt() {
		long task = task(null, shanghai(11, 23, 9, 0));
		assertEquals(TaskState.COMPLETED, attempt(task, "COMPLETED", shanghai(11, 23, 9, 30)).state());
		assertThrows(IllegalStateException.class, () -> attempts.finish(task, "agent2", "COMPLETED", shanghai(11, 23, 9, 31)));
	}
}
