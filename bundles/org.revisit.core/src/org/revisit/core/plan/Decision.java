package org.revisit.core.plan;

import java.time.Instant;
import java.util.List;

import org.revisit.core.calltype.Proposal;
import org.revisit.model.Campaign;

/**
 * What became of one proposed call: the gates it passed, the one that stopped it (if any), and when it is
 * due if it was placed.
 *
 * @param proposal the call as finally addressed (a successor's id replaces a contact who left)
 * @param checks the gates in the order they were applied; the last one failed unless the call was accepted
 * @param dueFrom the start of the call's first window, or the promised moment; {@code null} if not placed
 * @param dueTo the end of the call's last window that day; {@code null} if not placed
 * @param priority the call's priority (the proposal's, else the campaign's)
 */
public record Decision(Campaign campaign, String callTypeId, Proposal proposal, List<Check> checks, Instant dueFrom,
		Instant dueTo, int priority) {

	/** Whether the call becomes a new task. */
	public boolean accepted() {
		return checks.stream().allMatch(Check::passed);
	}

	/** The gate that stopped the call, or {@code null} if it was accepted. */
	public Check refusal() {
		return checks.stream().filter(c -> !c.passed()).findFirst().orElse(null);
	}
}
