package org.revisit.core.calltype;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	/**
	 * The most distinct contacts that complained about the same matter as {@code complaint} (same category and
	 * subject) within {@code windowDays} consecutive days that include {@code made}: of the windows starting
	 * {@code windowDays - 1} days before {@code made} up to the one starting on {@code made}, the one with the most
	 * distinct contacts among the {@link #complaintsLike complaints like it}. Each complaint counts on its day for
	 * its contact's zone ({@link PlanningContext#zoneOf}); one without a contact or moment does not count.
	 * <p>
	 * This default asks {@link #complaintsLike} for the {@code 2 * windowDays - 1} days around {@code made} and
	 * counts each window: it takes time in proportion to the complaints of those days, for every complaint asked
	 * about. The planner answers from the few numbers it keeps of each complaint, once per matter, day and window
	 * length, so that thousands of complaints on the same matter cost no more than one each.
	 *
	 * @throws IllegalArgumentException if {@code windowDays} is below 1
	 */
	default int mostContactsOnMatter(ServiceEvent complaint, LocalDate made, int windowDays) {
		if (windowDays < 1) {
			throw new IllegalArgumentException("windowDays must be 1 or more, not " + windowDays);
		}
		List<ServiceEvent> like = complaintsLike(complaint, made.minusDays(windowDays - 1L),
				made.plusDays(windowDays - 1L));
		int most = 0;
		for (LocalDate start = made.minusDays(windowDays - 1L); !start.isAfter(made); start = start.plusDays(1)) {
			LocalDate end = start.plusDays(windowDays - 1L);
			Set<Long> contacts = new HashSet<>();
			for (ServiceEvent e : like) {
				if (e.getContact() != null && e.getOccurredAt() != null) {
					LocalDate day = LocalDate.ofInstant(e.getOccurredAt().toInstant(),
							PlanningContext.zoneOf(e.getContact().getTimeZone()));
					if (!day.isBefore(start) && !day.isAfter(end)) {
						contacts.add(e.getContact().getId());
					}
				}
			}
			most = Math.max(most, contacts.size());
		}
		return most;
	}
}
