package org.revisit.core.service.local;

import java.util.Date;
import java.util.List;

import org.revisit.core.service.Principal;
import org.revisit.model.AuditEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.store.Store;

/** Appends what a user did to the audit trail (the services call this after each change they make). */
final class Audit {

	private Audit() {
	}

	/**
	 * Records {@code action} by the principal on an entity ({@code id} 0 when the action concerns no one record),
	 * with a short detail, at the store's clock.
	 */
	static void record(Store store, Principal principal, String action, String entityType, long id, String detail) {
		AuditEntry e = RevisitFactory.eINSTANCE.createAuditEntry();
		e.setWho(principal.user());
		e.setAt(Date.from(store.clock().instant()));
		e.setEntityType(entityType);
		e.setEntityId(id);
		e.setField(action);
		e.setNewValue(detail);
		store.audit().append(List.of(e));
	}
}
