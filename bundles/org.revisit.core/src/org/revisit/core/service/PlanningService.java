package org.revisit.core.service;

import java.time.Instant;
import java.time.LocalDate;

import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.PlanReport;

/** The planner ({@link Permission#PLAN}) and why a contact is or is not called ({@link Permission#CALL}). */
public interface PlanningService {

	/** Plans {@code days} days from {@code from} (the team's today when {@code null}) and reports what changed. */
	PlanReport plan(LocalDate from, int days);

	/** When the planner last ran, or {@code null}. */
	Instant lastRun();

	/**
	 * Takes the daily planning run of {@code day} for this client: true for exactly one caller per day (the
	 * workbench that starts first then plans in the background).
	 */
	boolean claimDailyRun(LocalDate day);

	/** Why the contact can or cannot be called now, with the checks of each pending call. */
	Explanation explain(long contactId);

	/** The number of calls one contact may get per week. */
	int weeklyBudget();
}
