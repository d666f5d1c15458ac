package org.revisit.ui.internal;

import org.revisit.core.service.ServiceException;
import org.revisit.store.StaleDataException;

/** What the views tell people when a service call fails. */
public final class Failures {

	private Failures() {
	}

	/**
	 * Whether someone else changed the record meanwhile: a {@link ServiceException.Kind#CONFLICT} (as the team server
	 * and the local services say it), or the store's own stale-record exception where a local service passes it on.
	 */
	public static boolean isConflict(RuntimeException e) {
		return e instanceof ServiceException s && s.kind() == ServiceException.Kind.CONFLICT
				|| e instanceof StaleDataException;
	}

	/** The failure's message on one line (the first line, or the kind of failure when there is no message). */
	public static String oneLine(RuntimeException e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			return e instanceof ServiceException s ? s.kind().name() : e.getClass().getSimpleName();
		}
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)).strip();
	}
}
