package org.revisit.store;

/**
 * Where a campaign is in its life. A new campaign is a {@link #DRAFT} until it is activated; only an
 * {@link #ACTIVE} one is planned; a {@link #PAUSED} one keeps its planned calls but nothing new is planned and
 * none of its calls is handed out (calls in progress finish); an {@link #ENDED} one had its open calls cancelled
 * and is never planned again.
 */
public enum CampaignState {
	DRAFT, ACTIVE, PAUSED, ENDED;

	/** The state stored as the active flag and the lifecycle column ({@code null}, PAUSED or ENDED). */
	static CampaignState of(boolean active, String lifecycle) {
		if ("ENDED".equals(lifecycle)) { //$NON-NLS-1$
			return ENDED;
		}
		if ("PAUSED".equals(lifecycle)) { //$NON-NLS-1$
			return PAUSED;
		}
		return active ? ACTIVE : DRAFT;
	}
}
