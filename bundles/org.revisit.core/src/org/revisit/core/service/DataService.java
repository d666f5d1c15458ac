package org.revisit.core.service;

/**
 * Moving data in and out: contact and service-event imports, contact exports, demo data ({@link Permission#IMPORT},
 * {@link Permission#EXPORT}). Files travel as their bytes: a client never names a path on the server.
 */
public interface DataService {
	// the operations are defined with the command line's import/export/demo commands
}
