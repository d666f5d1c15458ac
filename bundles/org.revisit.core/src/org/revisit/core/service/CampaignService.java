package org.revisit.core.service;

import java.util.List;
import java.util.Map;

import org.revisit.core.plan.CampaignPreview;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.store.Counts;
import org.revisit.store.TaskRepository.CampaignProgress;

/**
 * Campaigns (reading: everyone; changing, previewing: {@link Permission#CAMPAIGNS}). Every change is audited;
 * invalid campaigns are refused with {@link ServiceException.Kind#INVALID} and a message naming each field, and
 * nothing is stored.
 */
public interface CampaignService {

	List<Campaign> list();

	/** The campaign, or {@code null}. */
	Campaign find(long id);

	/** Open and total calls per campaign id. */
	Map<Long, CampaignProgress> progress();

	/** How many contacts, campaigns, calls and open calls there are. */
	Counts counts();

	/** The state of every campaign, by id. */
	Map<Long, CampaignState> states();

	/** Why an ended campaign was ended, or {@code null}. */
	String endReason(long id);

	/**
	 * The problems of a campaign, each starting with its field ({@code parameters.eventDate: is required}); empty
	 * if it may be stored. Stores nothing.
	 */
	List<String> check(Campaign campaign);

	/**
	 * Stores a new campaign (a draft, unless it says it is active) and returns it with its id.
	 *
	 * @throws ServiceException INVALID naming the fields if {@link #check} finds problems
	 */
	Campaign create(Campaign campaign);

	/**
	 * Saves an edited campaign if nobody changed it since it was read; each changed field is audited. Its state
	 * stays as it is (see {@link #activate}, {@link #pause}, {@link #resume}, {@link #end}).
	 *
	 * @return the campaign as stored, with its new version
	 * @throws ServiceException CONFLICT if it was changed or deleted meanwhile, INVALID naming the fields
	 */
	Campaign update(Campaign campaign);

	/** Activates a draft (or resumes a paused campaign): from now on the planner plans its calls. */
	Campaign activate(long id);

	/**
	 * Pauses an active campaign: nothing new is planned for it and none of its calls is handed out; calls under way
	 * finish, planned ones wait.
	 */
	Campaign pause(long id);

	/** Resumes a paused campaign. */
	Campaign resume(long id);

	/**
	 * Ends a campaign: its planned and rescheduled calls are cancelled with {@code reason}, calls under way finish,
	 * and it is never planned again.
	 *
	 * @return how many calls were cancelled
	 */
	int end(long id, String reason);

	/** A copy of a campaign, with the same settings, as a new draft named "… (copy)". */
	Campaign copy(long id);

	/**
	 * Deletes a campaign and its calls.
	 *
	 * @throws ServiceException CONFLICT if one of its calls has an outcome (end it instead)
	 */
	void delete(long id);

	/**
	 * A dry run of the planner for {@code campaign} (stored or not, as if it were active) over {@code days} days
	 * from today: calls per day and per agent, refusals per gate. Writes nothing.
	 */
	CampaignPreview preview(Campaign campaign, int days);

	/** How many contacts a target filter takes (the whole table is read: run it in the background). */
	long countTargets(String targetFilter);
}
