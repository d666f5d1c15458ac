package org.revisit.core.plan;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.Proposal;
import org.revisit.core.internal.Messages;

/**
 * Supervision sampling (抽样回访): a supervision campaign may call back only a share of the events, its
 * {@value #PARAMETER} (for example 30% of hotline tickets, all on-site visits, all trainings). Which events are
 * chosen depends only on the campaign and the event, never on the order or the day the planner runs, so a re-run
 * chooses the same ones and the explainer can say why an event got no call. Every event has the same chance, so
 * each engineer's events are sampled in the same share. Complaints are never sampled: they are followed up by
 * their own call type, which is not a supervision type.
 */
final class Sampling {

	/** The campaign parameter a supervision call type declares (type percent) to sample its events. */
	static final String PARAMETER = "samplePercent"; //$NON-NLS-1$

	private Sampling() {
	}

	/**
	 * The sampling gate for a proposal of a supervision campaign that follows up an event, or {@code null} when
	 * the campaign calls back every event (no sampling, or 100%).
	 */
	static Check check(CampaignPlan plan, Proposal p) {
		if (plan.descriptor() == null || !plan.descriptor().supervision() || p.sourceEventId() == null) {
			return null;
		}
		String value = plan.campaign().getParameters().get(PARAMETER);
		int percent;
		try {
			percent = value == null || value.isBlank() ? 100 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			// the campaign's validation names the bad value; until it is fixed nothing is left out
			percent = 100;
		}
		if (percent >= 100) {
			return null;
		}
		long bucket = bucket(plan.campaign().getId(), p.sourceEventId());
		return bucket < percent ? Check.pass(Gate.SAMPLING, NLS.bind(Messages.Plan_sampled, percent))
				: Check.fail(Gate.SAMPLING, NLS.bind(Messages.Plan_notSampled, percent));
	}

	/** A number from 0 to 99 spread evenly over events, the same for a campaign and an event on every run. */
	static long bucket(long campaignId, long eventId) {
		long h = campaignId * 0x9E3779B97F4A7C15L + eventId;
		// SplitMix64's finaliser: neighbouring ids land far apart
		h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
		h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
		h ^= h >>> 31;
		return Math.floorMod(h, 100L);
	}
}
