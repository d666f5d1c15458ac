package org.revisit.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the planner would do for one campaign over the coming days, computed without writing anything: the calls
 * it would place per day and per owning agent of the contact, and the calls the gates would refuse, per gate.
 *
 * @param from the first day of the preview
 * @param days how many days it covers
 * @param callsPerDay every day of the preview (also those without calls), in order, with the calls placed that day
 * @param callsPerAgent calls placed per owning agent of the contact ("" for contacts without one)
 * @param refusedPerGate calls refused per gate (only gates that refused some)
 * @param proposals how many calls the call type proposed
 * @param problems why the campaign cannot be planned at all (an uninstalled call type, a bad target filter...)
 * @param warnings what the plan rests on (a year without its official holiday arrangement)
 */
public record CampaignPreview(LocalDate from, int days, Map<LocalDate, Integer> callsPerDay,
		Map<String, Integer> callsPerAgent, Map<Gate, Integer> refusedPerGate, long proposals, List<String> problems,
		List<String> warnings) {

	/** All calls placed. */
	public int calls() {
		return callsPerDay.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** All calls refused. */
	public int refused() {
		return refusedPerGate.values().stream().mapToInt(Integer::intValue).sum();
	}
}
