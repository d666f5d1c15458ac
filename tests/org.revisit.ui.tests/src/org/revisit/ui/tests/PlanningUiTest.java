package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.Services;
import org.revisit.model.Contact;
import org.revisit.store.Store;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.PlanJob;

/** Planning from the workbench: the Plan Calls command, the daily run and their background job, on the real database. */
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
		PlanJob job = PlanJob.daily(AgentDesk.services());
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

	/**
	 * Issue 18: the daily run at start-up ({@link PlanJob#daily}) decides again only the contacts with a change since
	 * the last run; Plan Calls ({@link PlanJob#asked}) decides every contact. Which contacts a run decided is read from
	 * the records every run writes for the next daily run ({@code plan_wake}): the test gives those of the decisions
	 * settled beyond today a wake day no run writes ({@link #MARK}, as far beyond today for the run), and a run that
	 * decides a contact writes its record anew.
	 */
	@Test
	void theDailyRunDecidesOnlyWhatChangedAndPlanCallsDecidesEveryContact() throws Exception {
		Store store = AgentDesk.store();
		Services services = AgentDesk.services();
		Job.getJobManager().join(PlanJob.FAMILY, null); // the workbench's own daily run, if it is under way
		LocalDate today = LocalDate.now(store.clock());
		services.planning().plan(null, Planner.DEFAULT_DAYS); // a full run records every decision
		Set<Long> alone = mark(store, today);
		assertTrue(alone.size() >= 30, alone.size() + " decisions settled");
		long changed = Collections.min(alone);
		Contact contact = services.contacts().find(changed);
		contact.setPosition(contact.getPosition() == null || !contact.getPosition().equals("总经理") ? "总经理" : "经理");
		services.contacts().update(contact);

		PlanJob daily = PlanJob.daily(services);
		daily.schedule();
		daily.join();
		assertEquals(IStatus.OK, daily.getResult().getSeverity(), daily.getResult().toString());
		Set<Long> kept = kept(store);
		assertFalse(kept.contains(changed), "the contact that changed was decided again");
		Set<Long> others = new HashSet<>(alone);
		others.remove(changed);
		others.removeAll(kept);
		assertEquals(Set.of(), others, "the settled contacts that did not change were left alone");

		// its report opens from the UI thread's loop once the run is over, so the answer waits for it from the start
		Answer ok = Answer.next(IDialogConstants.OK_LABEL, 120);
		PlanJob asked = PlanJob.asked(services);
		asked.schedule();
		ContactsUiTest.waitFor(() -> ok.asked.get() != null, "Plan Calls reports what it did", 120);
		assertEquals(Messages.PlanJob_title, ok.asked.get());
		asked.join();
		assertEquals(IStatus.OK, asked.getResult().getSeverity(), asked.getResult().toString());
		assertEquals(Set.of(), kept(store), "Plan Calls decides every contact");
	}

	/** The wake day no planning run writes (the planner's "never" is 9999-12-31). */
	private static final LocalDate MARK = LocalDate.of(9999, 12, 30);

	/**
	 * Marks the records of the decisions settled beyond {@code day}; returns the contacts a daily run from that day
	 * leaves out unless they change (not contacts who left, nor successors whose chunk plans others' events).
	 */
	private static Set<Long> mark(Store store, LocalDate day) {
		return store.inTransaction(c -> {
			try (PreparedStatement p = c.prepareStatement("UPDATE plan_wake SET wake = ? WHERE wake > ?")) {
				p.setDate(1, java.sql.Date.valueOf(MARK));
				p.setDate(2, java.sql.Date.valueOf(day));
				p.executeUpdate();
			}
			Set<Long> alone = ids(c, "SELECT contact_id FROM plan_wake WHERE wake = ? AND home = contact_id");
			alone.removeAll(ids(c, "SELECT home FROM plan_wake WHERE wake <> ?"));
			return alone;
		});
	}

	/** The contacts whose records are still marked: those no run decided since {@link #mark}. */
	private static Set<Long> kept(Store store) {
		return store.read(c -> ids(c, "SELECT contact_id FROM plan_wake WHERE wake = ?"));
	}

	private static Set<Long> ids(Connection c, String select) throws SQLException {
		Set<Long> result = new HashSet<>();
		try (PreparedStatement p = c.prepareStatement(select)) {
			p.setDate(1, java.sql.Date.valueOf(MARK));
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getLong(1));
				}
			}
		}
		return result;
	}
}
