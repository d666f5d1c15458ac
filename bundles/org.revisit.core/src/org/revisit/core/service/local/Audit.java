package org.revisit.core.service.local;

import org.revisit.core.service.Principal;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;
import org.revisit.store.Tx;

/** Appends what a user did to the audit trail (the services call this after each change they make). */
final class Audit {

	private Audit() {
	}

	/**
	 * Records {@code action} (an {@link org.revisit.store.AuditActions} name) by the principal on an entity
	 * ({@code id} 0 when the action concerns no one record), with a short detail and the principal's address, at
	 * the store's clock, in a transaction of its own.
	 */
	static void record(Store store, Principal principal, String action, String entityType, long id, String detail) {
		store.audit().record(store.clock().instant(), principal.user(), action, entityType, id == 0 ? null : id, detail,
				principal.from());
	}

	/**
	 * The entry {@link #record(Store, Principal, String, String, long, String)} would append, for a store method
	 * that appends it in the transaction of the change it records.
	 */
	static AuditRecord entry(Store store, Principal principal, String action, String entityType, long id,
			String detail) {
		return new AuditRecord(store.clock().instant(), principal.user(), action, entityType, id == 0 ? null : id,
				null, null, null, detail, principal.from());
	}

	/**
	 * Records {@code action} as {@link #record(Store, Principal, String, String, long, String)} does, but on the
	 * caller's transaction, so the entry is stored exactly when the change it records is.
	 */
	static void record(Tx tx, Store store, Principal principal, String action, String entityType,
			long id, String detail) throws java.sql.SQLException {
		store.audit().record(tx, store.clock().instant(), principal.user(), action, entityType, id == 0 ? null : id,
				detail, principal.from());
	}
}
