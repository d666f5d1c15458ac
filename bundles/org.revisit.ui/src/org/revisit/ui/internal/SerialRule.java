package org.revisit.ui.internal;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** A scheduling rule that only conflicts with itself: the jobs that share one run one after the other. */
public final class SerialRule implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this;
	}
}
