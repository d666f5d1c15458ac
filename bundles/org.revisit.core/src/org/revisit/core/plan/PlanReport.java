package org.revisit.core.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.revisit.core.calltype.Horizon;

/**
 * What a planning run did: tasks created per call type, tasks cancelled (with why, counted by gate) and
 * moved to successors, calls refused per gate, and the campaigns it could not plan and why.
 */
public record PlanReport(Horizon horizon, int campaigns, long proposals, Map<String, Integer> createdByCallType,
		int cancelled, int moved, Map<Gate, Integer> refusedByGate, List<String> problems, Duration elapsed) {

	public int created() {
		return createdByCallType.values().stream().mapToInt(Integer::intValue).sum();
	}
}
