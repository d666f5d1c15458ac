package org.revisit.core.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.revisit.core.calltype.Horizon;

/**
 * What a planning run did: tasks created per call type, tasks cancelled (with why, counted by gate) and
 * moved to successors, calls refused per gate, the campaigns it could not plan and why, and warnings about the
 * plan itself (a year of the horizon planned without its official holiday arrangement).
 *
 * @param problems campaigns that could not be planned; the others are planned all the same
 * @param warnings what the whole plan rests on and the user should know, e.g. "no official calendar for 2027 yet;
 *                 statutory holidays used"; kept apart from {@code problems}, which say that something failed
 */
public record PlanReport(Horizon horizon, int campaigns, long proposals, Map<String, Integer> createdByCallType,
		int cancelled, int moved, Map<Gate, Integer> refusedByGate, List<String> problems, List<String> warnings,
		Duration elapsed) {

	public int created() {
		return createdByCallType.values().stream().mapToInt(Integer::intValue).sum();
	}
}
