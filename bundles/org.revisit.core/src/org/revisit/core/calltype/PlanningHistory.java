package org.revisit.core.calltype;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * What a call type may know about the past when it proposes calls. The planner answers from data it loads
 * once per run, so every method is a memory look-up.
 */
public interface PlanningHistory {

	/** No history at all: nobody was ever called, nothing ever happened. */
	PlanningHistory NONE = new PlanningHistory() {
	};

	/** The day of the last completed call of {@code callTypeId} with {@code contactId}, if any. */
	default Optional<LocalDate> lastCompletedCall(long contactId, String callTypeId) {
		return Optional.empty();
	}

	/** The day of {@code contactId}'s latest service event of {@code kind}, if any. */
	default Optional<LocalDate> lastEvent(long contactId, ServiceEventKind kind) {
		return Optional.empty();
	}

	/**
	 * The complaints about the same matter as {@code complaint} (same category and subject) made between
	 * {@code from} and {@code to}, both included, {@code complaint} itself included, earliest first. The planner
	 * keeps only a few numbers of each complaint across a run (not the events), so each is a new event holding its
	 * id, kind, moment, contact (its id only), category, subject, severity and whether it is resolved; not its
	 * engineer, external reference or version.
	 */
	default List<ServiceEvent> complaintsLike(ServiceEvent complaint, LocalDate from, LocalDate to) {
		return List.of(complaint);
	}
}
