package org.revisit.core.service;

import java.time.Instant;
import java.time.LocalDate;

import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.PlanReport;

/** The planner ({@link Permission#PLAN}) and why a contact is or is not called ({@link Permission#CALL}). */
public interface PlanningService {

	/** Plans {@code days} days from {@code from} (the team's today when {@code null}) and reports what changed. */
	PlanReport plan(LocalDate from, int days);

	/**
	 * The daily run: as {@link #plan}, with the same calls and figures, deciding again only the contacts whose
	 * decision may have changed since the last run (the whole run when that cannot be told; see
	 * {@code Planner#planChanges}). The workbench's daily run and {@code cli plan --changes}; a team server runs it
	 * as {@code POST /api/v1/call/planning/planChanges}.
	 */
	PlanReport planChanges(LocalDate from, int days);

	/** When the planner last ran, or {@code null}. */
	Instant lastRun();

	/**
	 * Takes the daily planning run of {@code day} for this client: true for exactly one caller per day (the
	 * workbench that starts first then plans in the background).
	 */
	boolean claimDailyRun(LocalDate day);

	/**
	 * Why the contact can or cannot be called at {@code at} (now when {@code null}), with the checks of each
	 * pending call; {@code null} if there is no such contact (or the user may not read it).
	 */
	Explanation explain(long contactId, Instant at);

	/** Where the planning run under way stands (for a progress bar), or {@code null} when none runs. */
	PlanProgress progress();

	/** Asks the planning run under way to stop; it ends without changing anything. False when none runs. */
	boolean cancel();

	/** Where a planning run stands: the task being done and the work done of the work in all. */
	record PlanProgress(String task, int worked, int total, String who) {
	}

	/** The number of calls one contact may get per week. */
	int weeklyBudget();
}
