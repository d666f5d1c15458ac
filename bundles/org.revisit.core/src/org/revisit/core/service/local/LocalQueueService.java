package org.revisit.core.service.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.revisit.core.internal.Messages;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.QueueService;
import org.revisit.core.service.ServiceException;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;
import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.TaskRepository.QueueKey;
import org.revisit.store.TaskRepository.QueueShape;

/** The queue and claims on a store, for one user. */
final class LocalQueueService extends LocalService implements QueueService {

	private static final int MAX_LEASE_MINUTES = 8 * 60;

	private final CallTypeRegistry registry;

	LocalQueueService(Store store, Principal principal, CallTypeRegistry registry) {
		super(store, principal);
		this.registry = registry;
	}

	/** The call types this user does not see in the queue: supervision calls, unless the role makes them. */
	private Set<String> hidden() {
		if (principal.may(Permission.SUPERVISION_CALLS)) {
			return Set.of();
		}
		return registry.all().stream().filter(CallTypeDescriptor::supervision).map(CallTypeDescriptor::id)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	@Override
	public List<QueueItem> queue(Instant until, String callType, long offset, int limit) {
		require(Permission.CALL);
		checkPage(offset, limit);
		return store.tasks().queue(until == null ? store.clock().instant() : until, callType, hidden(), offset, limit);
	}

	@Override
	public List<QueueItem> queuePage(Instant until, String callType, QueueKey after, int limit) {
		require(Permission.CALL);
		checkPage(0, limit);
		if (after != null && after.dueFrom() == null) {
			throw invalid(Messages.Queue_afterDue);
		}
		return store.tasks().queuePage(until == null ? store.clock().instant() : until, callType, hidden(), after, limit);
	}

	@Override
	public QueueShape queueShape(Instant until, String callType, int pageSize) {
		require(Permission.CALL);
		checkPage(0, pageSize);
		Instant now = store.clock().instant();
		return store.tasks().queueShape(until == null ? now : until, callType, hidden(), now, pageSize);
	}

	@Override
	public Map<String, Long> queueCounts(Instant until) {
		require(Permission.CALL);
		return store.tasks().queueCounts(until == null ? store.clock().instant() : until, hidden());
	}

	@Override
	public long overdueCount() {
		require(Permission.CALL);
		return store.tasks().overdueCount(store.clock().instant(), hidden());
	}

	@Override
	public List<QueueItem> openForContact(long contactId) {
		require(Permission.CALL);
		LocalContactService.checkReadable(store, principal, contactId);
		return store.tasks().openForContact(contactId);
	}

	@Override
	public ClaimedTask claim(long taskId) {
		require(Permission.CALL);
		ClaimedTask task = store.claims().find(taskId);
		if (task == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Queue_noTask, taskId);
		}
		if (hidden().contains(task.callType())) {
			throw ServiceException.forbidden(principal, Permission.SUPERVISION_CALLS);
		}
		// the audit record in the claim's transaction: one commit, and never a claim without its record
		return store.claims().claim(taskId, user(), store.clock().instant(), CallSession.LEASE,
				(tx, claimedTask) -> Audit.record(tx, store, principal, AuditActions.CLAIM, "CallTask", taskId, null))
				.orElse(null);
	}

	@Override
	public ClaimedTask claimNext(int leaseMinutes) {
		require(Permission.CALL);
		if (leaseMinutes < 1 || leaseMinutes > MAX_LEASE_MINUTES) {
			throw invalid(Messages.Queue_lease, MAX_LEASE_MINUTES, leaseMinutes);
		}
		// the audit record in the claim's transaction: one commit per claim (a forced write of the log, most of a
		// claim's time), and never a claim without its record
		return store.claims().claimNext(user(), store.clock().instant(), Duration.ofMinutes(leaseMinutes), hidden(),
				(tx, next) -> Audit.record(tx, store, principal, AuditActions.CLAIM, "CallTask", next.taskId(), null))
				.orElse(null);
	}

	@Override
	public ClaimedTask task(long taskId) {
		require(Permission.CALL);
		ClaimedTask task = store.claims().find(taskId);
		if (task != null && !principal.may(Permission.ALL_OUTCOMES)
				&& !store.contactSearch().visibleTo(task.contactId(), user())) {
			return null;
		}
		return task;
	}

	@Override
	public boolean release(long taskId) {
		require(Permission.CALL);
		// released and audited in one transaction
		return store.claims().release(taskId, user(),
				Audit.entry(store, principal, AuditActions.RELEASE, "CallTask", taskId, null));
	}

	@Override
	public boolean reassign(long taskId, String agent) {
		require(Permission.REASSIGN);
		if (agent != null && (agent.isBlank() || agent.length() > 64)) {
			throw invalid(Messages.Queue_agentLength);
		}
		if (agent != null && store.users().find(agent) == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Users_none, SafeText.echo(agent));
		}
		boolean moved = store.claims().reassign(taskId, agent, store.clock().instant(), CallSession.LEASE);
		if (moved) {
			Audit.record(store, principal, AuditActions.REASSIGN, "CallTask", taskId, agent == null ? "to the queue" : "to " + agent);
		}
		return moved;
	}
}
