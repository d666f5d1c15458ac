package org.revisit.core.service;

import java.time.Instant;
import java.util.List;

import org.revisit.store.AuditRecord;

/**
 * The audit trail, written by the services for every change and every login; read-only here
 * ({@link Permission#AUDIT}). No operation of any service changes or deletes an entry.
 */
public interface AuditService {

	/** The most entries one {@link #read} returns. */
	int MAX_LIMIT = 10_000;

	/**
	 * Entries newest first, {@code limit} (1 to {@value #MAX_LIMIT}) from entry {@code offset}; {@code from}
	 * (inclusive) and {@code to} (exclusive) narrow the time, {@code user} and {@code action} (an
	 * {@link org.revisit.store.AuditActions} name) the rest; {@code null} lets everything through.
	 */
	List<AuditRecord> read(Instant from, Instant to, String user, String action, long offset, int limit);

	/** How many entries {@link #read} would find with these filters. */
	long count(Instant from, Instant to, String user, String action);
}
