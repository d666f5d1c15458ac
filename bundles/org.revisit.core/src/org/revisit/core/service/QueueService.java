package org.revisit.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.TaskRepository.QueueKey;
import org.revisit.store.TaskRepository.QueueShape;

/** The team's queue of due calls and the claims on them ({@link Permission#CALL}, reassigning {@link Permission#REASSIGN}). */
public interface QueueService {

	/** Open and claimed calls of callable contacts due before {@code until}, earliest window first; paged. */
	List<QueueItem> queue(Instant until, String callType, long offset, int limit);

	/** How many calls of {@link #queue} there are per call type. */
	Map<String, Long> queueCounts(Instant until);

	/** How many open calls' windows are already over. */
	long overdueCount();

	/** The open calls of one contact. */
	List<QueueItem> openForContact(long contactId);

	/** Claims this call for the logged-in user under the standard lease; {@code null} if someone else holds it. */
	ClaimedTask claim(long taskId);

	/** Claims the next due call for the logged-in user for {@code leaseMinutes}; {@code null} if nothing is due. */
	ClaimedTask claimNext(int leaseMinutes);

	/** The call task as it stands (holder and lease included), or {@code null}. */
	ClaimedTask task(long taskId);

	/** Gives a call the logged-in user holds back to the queue; false if they did not hold it. */
	boolean release(long taskId);

	/**
	 * Supervisors: takes a call away from whoever holds it and gives it to {@code agent} under a fresh lease, or
	 * back to the queue when {@code agent} is {@code null}.
	 */
	boolean reassign(long taskId, String agent);

	/**
	 * The calls of {@link #queue} in the same order that come after {@code after} ({@code null}: from the first),
	 * at most {@code limit}: a keyset page, as quick at the end of the queue as at its start.
	 */
	List<QueueItem> queuePage(Instant until, String callType, QueueKey after, int limit);

	/**
	 * The queue's shape in one pass over an index: the calls per call type, the overdue ones, how many rows a view
	 * of {@code callType} ({@code null}: all) shows, and the key of every {@code pageSize}-th of them, after which
	 * the next page of {@link #queuePage} starts. For a view that shows its first page before it counts.
	 */
	QueueShape queueShape(Instant until, String callType, int pageSize);
}
