package org.revisit.core.service.local;

import java.util.List;
import java.util.Map;

import org.revisit.core.service.CampaignService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.model.Campaign;
import org.revisit.store.Counts;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.CampaignProgress;

/** Campaigns on a store, for one user. */
final class LocalCampaignService extends LocalService implements CampaignService {

	LocalCampaignService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public List<Campaign> list() {
		require(Permission.CALL);
		return store.campaigns().list();
	}

	@Override
	public Campaign find(long id) {
		require(Permission.CALL);
		return store.campaigns().find(id);
	}

	@Override
	public Map<Long, CampaignProgress> progress() {
		require(Permission.CALL);
		return store.tasks().progressByCampaign();
	}

	@Override
	public Counts counts() {
		require(Permission.CALL);
		return store.counts();
	}
}
