package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.store.Store;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.PlanJob;

/** Planning from the workbench: the Plan Calls command and its background job, on the real database. */
class PlanningUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void planCallsIsACommandWithAHandler() {
		Command command = workbench.getService(ICommandService.class).getCommand("org.revisit.ui.commands.planCalls");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled(), "the default handler is there");
	}

	@Test
	void thePlanningJobRestoresAMissingPlannedCallAndReportsIt() throws Exception {
		Store store = AgentDesk.store();
		// A planned call of a future day disappears (as if the demo had not planned it); planning brings it back.
		String[] removed = store.inTransaction(c -> {
			String[] row = null;
			try (PreparedStatement p = c.prepareStatement("SELECT id, plan_key, call_type FROM call_task WHERE "
					+ "state = 'PLANNED' AND plan_key IS NOT NULL AND due_from > ? "
					+ "AND call_type = 'org.revisit.calltype.birthday' ORDER BY due_from DESC FETCH FIRST 1 ROWS ONLY")) {
				// the store keeps times in UTC
				p.setTimestamp(1, java.sql.Timestamp.from(store.clock().instant()),
						java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
				try (ResultSet rs = p.executeQuery()) {
					if (rs.next()) {
						row = new String[] { rs.getString(1), rs.getString(2), rs.getString(3) };
					}
				}
			}
			assertNotNull(row, "the demo plans birthdays in the coming month");
			try (PreparedStatement d = c.prepareStatement("DELETE FROM call_task WHERE id = ?")) {
				d.setLong(1, Long.parseLong(row[0]));
				d.executeUpdate();
			}
			return row;
		});
		PlanJob job = new PlanJob(AgentDesk.services(), false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		assertTrue(job.result().createdByCallType().getOrDefault(removed[2], 0) >= 1, job.result().toString());
		long again = store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM call_task WHERE plan_key = ? AND state = 'PLANNED'")) {
				p.setString(1, removed[1]);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		assertEquals(1, again, "the call with key " + removed[1] + " is planned again");
		assertTrue(PlanJob.summary(job.result()).contains(job.result().horizon().from().toString()));
	}

	@Test
	void theReportAfterPlanCallsWarnsAboutAYearWithoutItsHolidayArrangement() {
		Store store = AgentDesk.store();
		Horizon horizon = Horizon.of(LocalDate.of(2026, 12, 15), Planner.DEFAULT_DAYS);
		List<String> warnings = Planner.workingCalendar(store).decreeWarnings(horizon.from(), horizon.to());
		assertEquals(1, warnings.size(), "the built-in calendar has no arrangement for 2027: " + warnings);
		PlanReport report = new PlanReport(horizon, 11, 0, Map.of(), 0, 0, Map.of(), List.of(), warnings, Duration.ZERO);
		String summary = PlanJob.summary(report);
		assertTrue(summary.contains(Messages.PlanJob_problems + "\n  " + warnings.get(0)), summary);
		PlanReport inside = new PlanReport(Horizon.of(LocalDate.of(2026, 11, 23), Planner.DEFAULT_DAYS), 11, 0, Map.of(),
				0, 0, Map.of(), List.of(), List.of(), Duration.ZERO);
		assertTrue(!PlanJob.summary(inside).contains(Messages.PlanJob_problems), PlanJob.summary(inside));
	}
}
