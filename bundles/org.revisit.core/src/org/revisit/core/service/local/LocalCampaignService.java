package org.revisit.core.service.local;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.CampaignValidation;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.internal.Messages;
import org.revisit.core.plan.CampaignPreview;
import org.revisit.core.plan.Planner;
import org.revisit.core.plan.Previewer;
import org.revisit.core.plan.TargetFilter;
import org.revisit.core.service.CampaignService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.Campaign;
import org.revisit.store.AuditActions;
import org.revisit.store.CampaignRepository;
import org.revisit.store.CampaignState;
import org.revisit.store.Counts;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.CampaignProgress;

/** Campaigns on a store, for one user. */
final class LocalCampaignService extends LocalService implements CampaignService {

	private static final int MAX_PREVIEW_DAYS = 366;

	private final CallTypeRegistry registry;

	LocalCampaignService(Store store, Principal principal, CallTypeRegistry registry) {
		super(store, principal);
		this.registry = registry;
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

	@Override
	public Map<Long, CampaignState> states() {
		require(Permission.CALL);
		return store.campaigns().states();
	}

	@Override
	public String endReason(long id) {
		require(Permission.CALL);
		return store.campaigns().endReason(id);
	}

	@Override
	public List<String> check(Campaign campaign) {
		require(Permission.CAMPAIGNS);
		if (campaign == null) {
			throw invalid(NLS.bind(Messages.Campaign_field, "campaign", Messages.Campaign_required)); //$NON-NLS-1$
		}
		return CampaignValidation.problems(campaign, registry);
	}

	private void validate(Campaign campaign) {
		List<String> problems = check(campaign);
		if (!problems.isEmpty()) {
			throw invalid(NLS.bind(Messages.Campaign_notSaved, String.join("; ", problems))); //$NON-NLS-1$
		}
	}

	@Override
	public Campaign create(Campaign campaign) {
		require(Permission.CAMPAIGNS);
		validate(campaign);
		Campaign fresh = EcoreUtil.copy(campaign);
		fresh.setId(0);
		guarded(() -> store.transaction(tx -> {
			store.campaigns().insert(tx, List.of(fresh));
			// in the same transaction: a campaign is never there without its audit entry, nor the entry without it
			Audit.record(tx, store, principal, AuditActions.CAMPAIGN_CREATED, "Campaign", fresh.getId(), fresh.getName());
			return null;
		}));
		return store.campaigns().find(fresh.getId());
	}

	@Override
	public Campaign update(Campaign campaign) {
		require(Permission.CAMPAIGNS);
		validate(campaign);
		Campaign stored = existing(campaign.getId());
		Campaign edited = EcoreUtil.copy(campaign);
		edited.setActive(stored.isActive()); // the state changes only through activate, pause, resume and end
		guarded(() -> {
			store.campaigns().update(edited, user());
			return null;
		});
		return store.campaigns().find(edited.getId());
	}

	@Override
	public Campaign activate(long id) {
		return move(id, CampaignState.ACTIVE, null);
	}

	@Override
	public Campaign pause(long id) {
		return move(id, CampaignState.PAUSED, null);
	}

	@Override
	public Campaign resume(long id) {
		return move(id, CampaignState.ACTIVE, null);
	}

	@Override
	public int end(long id, String reason) {
		require(Permission.CAMPAIGNS);
		if (reason == null || reason.isBlank()) {
			throw invalid(NLS.bind(Messages.Campaign_field, "reason", Messages.Campaign_endReason)); //$NON-NLS-1$
		}
		existing(id);
		return guarded(() -> store.campaigns().changeState(id, CampaignState.ENDED, reason.strip(), user()));
	}

	private Campaign move(long id, CampaignState to, String reason) {
		require(Permission.CAMPAIGNS);
		existing(id);
		guarded(() -> store.campaigns().changeState(id, to, reason, user()));
		return store.campaigns().find(id);
	}

	@Override
	public Campaign copy(long id) {
		require(Permission.CAMPAIGNS);
		Campaign copy = EcoreUtil.copy(existing(id));
		copy.setId(0);
		copy.setVersion(0);
		copy.setActive(false);
		copy.setName(NLS.bind(Messages.Campaign_copyName, copy.getName()));
		if (copy.getNameEn() != null && !copy.getNameEn().isBlank()) {
			copy.setNameEn(copy.getNameEn() + " (copy)"); // the English name stays English //$NON-NLS-1$
		}
		return create(copy);
	}

	@Override
	public void delete(long id) {
		require(Permission.CAMPAIGNS);
		existing(id);
		guarded(() -> {
			store.campaigns().delete(id, user());
			return null;
		});
	}

	@Override
	public CampaignPreview preview(Campaign campaign, int days) {
		require(Permission.CAMPAIGNS);
		if (campaign == null) {
			throw invalid(NLS.bind(Messages.Campaign_field, "campaign", Messages.Campaign_required)); //$NON-NLS-1$
		}
		if (days < 1 || days > MAX_PREVIEW_DAYS) {
			throw invalid(NLS.bind(Messages.Campaign_field, "days", //$NON-NLS-1$
					NLS.bind(Messages.Campaign_previewDays, MAX_PREVIEW_DAYS, days)));
		}
		Planner planner = new Planner(store, registry);
		return guarded(() -> new Previewer(store, planner).preview(campaign,
				Horizon.of(LocalDate.now(store.clock()), days), store.clock().instant()));
	}

	@Override
	public long countTargets(String targetFilter) {
		require(Permission.CAMPAIGNS);
		TargetFilter filter;
		try {
			filter = TargetFilter.parse(targetFilter).withCalls(store.outcomes()::contactsCalledSince,
					store.clock().instant());
		} catch (IllegalArgumentException e) {
			throw invalid(NLS.bind(Messages.Campaign_field, "targetFilter", e.getMessage())); //$NON-NLS-1$
		}
		if (filter.isEmpty()) {
			return store.contacts().count();
		}
		long[] count = { 0 };
		store.planningReads().streamContacts(contact -> {
			if (filter.test(contact)) {
				count[0]++;
			}
		});
		return count[0];
	}

	private Campaign existing(long id) {
		Campaign campaign = store.campaigns().find(id);
		if (campaign == null) {
			throw ServiceException.refusal(Kind.NOT_FOUND, Messages.Campaign_none, id);
		}
		return campaign;
	}

	/**
	 * Runs an operation as {@link LocalService#guard} does; the campaign store's state refusals (a campaign in the
	 * wrong state for the change, a campaign with outcomes to delete) are CONFLICT in the user's language, its
	 * argument refusals INVALID.
	 */
	private static <T> T guarded(Supplier<T> operation) {
		try {
			return guard(operation);
		} catch (CampaignRepository.StateRefused e) {
			throw ServiceException.refusal(Kind.CONFLICT, e, Messages.Campaign_cannotMove, e.id, state(e.from), state(e.to));
		} catch (CampaignRepository.HasOutcomes e) {
			throw ServiceException.refusal(Kind.CONFLICT, e, Messages.Campaign_hasOutcomes, e.id, e.outcomes);
		} catch (IllegalStateException e) {
			throw new ServiceException(Kind.CONFLICT, e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new ServiceException(Kind.INVALID, e.getMessage(), e);
		}
	}

	/** A campaign's state in the platform's language. */
	static String state(CampaignState state) {
		return switch (state) {
		case DRAFT -> Messages.CampaignState_DRAFT;
		case ACTIVE -> Messages.CampaignState_ACTIVE;
		case PAUSED -> Messages.CampaignState_PAUSED;
		case ENDED -> Messages.CampaignState_ENDED;
		};
	}
}
