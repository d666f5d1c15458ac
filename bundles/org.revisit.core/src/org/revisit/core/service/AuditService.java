package org.revisit.core.service;

/** The audit trail, written by the services for every change; read-only here ({@link Permission#AUDIT}). */
public interface AuditService {
	// the operations are defined with 'cli audit'
}
