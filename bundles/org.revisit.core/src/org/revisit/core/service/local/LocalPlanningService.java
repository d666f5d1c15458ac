package org.revisit.core.service.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.revisit.core.internal.Messages;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.plan.Explainer;
import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.Permission;
import org.revisit.core.service.PlanningService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.store.PlanningBusyException;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/** The planner and the explainer on a store, for one user. */
final class LocalPlanningService extends LocalService implements PlanningService {

	private static final int MAX_DAYS = 366;

	/** The run under way per store (one at a time: the planner's lock sees to that). */
	private static final Map<Store, Monitor> RUNNING = new WeakHashMap<>();

	private final CallTypeRegistry registry;

	LocalPlanningService(Store store, Principal principal, CallTypeRegistry registry) {
		super(store, principal);
		this.registry = registry;
	}

	@Override
	public PlanReport plan(LocalDate from, int days) {
		return plan(from, days, false);
	}

	@Override
	public PlanReport planChanges(LocalDate from, int days) {
		return plan(from, days, true);
	}

	private PlanReport plan(LocalDate from, int days, boolean changesOnly) {
		require(Permission.PLAN);
		if (days < 1 || days > MAX_DAYS) {
			throw invalid(Messages.PlanRun_days, MAX_DAYS, days);
		}
		LocalDate first = from == null ? LocalDate.now(store.clock()) : from;
		Monitor monitor = new Monitor(user());
		synchronized (RUNNING) {
			if (RUNNING.containsKey(store)) {
				throw busy(RUNNING.get(store).who);
			}
			RUNNING.put(store, monitor);
		}
		try {
			Planner planner = new Planner(store, registry);
			PlanReport report = changesOnly ? planner.planChanges(Horizon.of(first, days), store.clock().instant(), user(), monitor)
					: planner.plan(Horizon.of(first, days), store.clock().instant(), user(), monitor);
			Audit.record(store, principal, AuditActions.PLAN, "Plan", 0, first + " +" + days + " days"
					+ (changesOnly ? " (daily run)" : "") + ": " + report.created()
					+ " added, " + report.cancelled() + " cancelled, " + report.moved() + " moved");
			return report;
		} catch (PlanningBusyException e) {
			throw ServiceException.of(ServiceException.Kind.BUSY, e);
		} catch (OperationCanceledException e) {
			throw refusal(ServiceException.Kind.CONFLICT, Messages.PlanRun_cancelled);
		} finally {
			synchronized (RUNNING) {
				RUNNING.remove(store, monitor);
			}
		}
	}

	private static ServiceException busy(String who) {
		return refusal(ServiceException.Kind.BUSY, Messages.PlanRun_busy, who);
	}

	@Override
	public Instant lastRun() {
		require(Permission.CALL);
		return store.planRuns().lastRun();
	}

	@Override
	public boolean claimDailyRun(LocalDate day) {
		require(Permission.PLAN);
		if (day == null) {
			throw invalid(Messages.PlanRun_noDay);
		}
		return store.planRuns().claimDailyRun(day);
	}

	@Override
	public Explanation explain(long contactId, Instant at) {
		require(Permission.CALL);
		if (!LocalContactService.readable(store, principal, contactId)) {
			return null;
		}
		return new Explainer(store, new Planner(store, registry)).explain(contactId,
				at == null ? store.clock().instant() : at);
	}

	@Override
	public PlanProgress progress() {
		require(Permission.CALL);
		Monitor m;
		synchronized (RUNNING) {
			m = RUNNING.get(store);
		}
		return m == null ? null : new PlanProgress(m.task, m.worked, m.total, m.who);
	}

	@Override
	public boolean cancel() {
		require(Permission.PLAN);
		synchronized (RUNNING) {
			Monitor m = RUNNING.get(store);
			if (m == null) {
				return false;
			}
			m.setCanceled(true);
			return true;
		}
	}

	@Override
	public int weeklyBudget() {
		require(Permission.CALL);
		return new Planner(store, registry).weeklyBudget();
	}

	/** Keeps where the run stands for {@link #progress()}; the planner checks its cancel flag. */
	private static final class Monitor extends NullProgressMonitor {
		final String who;
		volatile String task = ""; //$NON-NLS-1$
		volatile int total;
		volatile int worked;

		Monitor(String who) {
			this.who = who;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			task = name == null ? "" : name; //$NON-NLS-1$
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			task = name == null ? task : name;
		}

		@Override
		public void setTaskName(String name) {
			task = name == null ? task : name;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}
}
