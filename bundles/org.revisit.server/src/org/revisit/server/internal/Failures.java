package org.revisit.server.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.server.ServerLog;
import org.revisit.store.PlanningBusyException;
import org.revisit.store.StaleDataException;
import org.revisit.store.StoreException;

import com.google.gson.JsonParseException;

/**
 * What a client is told about an exception of the services: a {@link ServiceException} as it is; a version check
 * that failed as {@link Kind#CONFLICT}; a planning run under way as {@link Kind#BUSY}; other store refusals and
 * bad arguments as {@link Kind#INVALID} with their message; anything else as {@link Kind#FAILED} with a generic
 * message and a reference, the stack trace going to the server's log only.
 */
public final class Failures {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Failures() {
	}

	public static Reply reply(Throwable failure, String what, ServerLog log) {
		if (failure instanceof ServiceException e) {
			return Reply.error(e.kind(), message(e));
		}
		if (failure instanceof StaleDataException e) {
			return Reply.error(Kind.CONFLICT, message(e));
		}
		if (failure instanceof PlanningBusyException e) {
			return Reply.error(Kind.BUSY, message(e));
		}
		if (failure instanceof StoreException || failure instanceof IllegalArgumentException
				|| failure instanceof JsonParseException) {
			return Reply.error(Kind.INVALID, message(failure));
		}
		byte[] ref = new byte[4];
		RANDOM.nextBytes(ref);
		String reference = HexFormat.of().formatHex(ref);
		log.error("Failed: " + what + " [" + reference + "]", failure);
		return Reply.error(Kind.FAILED, "The server failed to do this; its administrator finds what went wrong in the "
				+ "server's log under the reference " + reference);
	}

	private static String message(Throwable e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
	}
}
