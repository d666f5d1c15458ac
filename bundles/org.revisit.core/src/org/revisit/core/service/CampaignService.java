package org.revisit.core.service;

import java.util.List;
import java.util.Map;

import org.revisit.model.Campaign;
import org.revisit.store.Counts;
import org.revisit.store.TaskRepository.CampaignProgress;

/** Campaigns (reading: everyone; changing: {@link Permission#CAMPAIGNS}). */
public interface CampaignService {

	List<Campaign> list();

	/** The campaign, or {@code null}. */
	Campaign find(long id);

	/** Open and total calls per campaign id. */
	Map<Long, CampaignProgress> progress();

	/** How many contacts, campaigns, calls and open calls there are. */
	Counts counts();
}
