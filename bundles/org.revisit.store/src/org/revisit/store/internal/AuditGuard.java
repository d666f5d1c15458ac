package org.revisit.store.internal;

import java.sql.SQLException;

/**
 * The Java procedure behind the triggers that keep the audit trail append-only (schema version 9): Derby calls
 * it before any UPDATE or DELETE of {@code audit_entry}, and the statement fails with its exception. Derby loads
 * this class itself (its bundle imports packages dynamically), so the class and method names are part of the
 * schema and must not change.
 */
public final class AuditGuard {

	/** The SQL state of the refusal. */
	public static final String SQL_STATE = "38RA1";

	private AuditGuard() {
	}

	/** Always refuses. */
	public static void refuseChange() throws SQLException {
		throw new SQLException("The audit trail is append-only: its entries cannot be changed or deleted", SQL_STATE);
	}
}
