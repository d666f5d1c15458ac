package org.revisit.server.internal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.validation.SafeText;
import org.revisit.server.ServerLog;
import org.revisit.store.PlanningBusyException;
import org.revisit.store.StaleDataException;
import org.revisit.store.StoreException;

import com.google.gson.JsonParseException;

/**
 * What a client is told about an exception of the services: a {@link ServiceException} as it is; a version check
 * that failed as {@link Kind#CONFLICT}; a planning run under way as {@link Kind#BUSY}; other store refusals and
 * bad arguments as {@link Kind#INVALID} with their message; anything else as {@link Kind#FAILED} with a generic
 * message and a reference, the stack trace going to the server's log only. Whatever the database threw (an
 * {@link SQLException} among the causes, whichever exception carries it) is never passed on: its message names
 * tables, statements and the database's path; the client gets the kind of problem by its SQL state and a
 * reference to the log.
 */
public final class Failures {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The longest message a client is sent. */
	static final int MAX_MESSAGE = 1000;

	private Failures() {
	}

	public static Reply reply(Throwable failure, String what, ServerLog log) {
		SQLException sql = sqlCause(failure);
		if (sql != null) {
			return database(sql, failure, what, log);
		}
		if (failure instanceof ServiceException e) {
			return refusal(e.kind(), e);
		}
		if (failure instanceof StaleDataException e) {
			return refusal(Kind.CONFLICT, ServiceException.of(Kind.CONFLICT, e));
		}
		if (failure instanceof PlanningBusyException e) {
			return refusal(Kind.BUSY, ServiceException.of(Kind.BUSY, e));
		}
		if (failure instanceof StoreException e) {
			return refusal(Kind.INVALID, ServiceException.of(Kind.INVALID, e));
		}
		if (failure instanceof IllegalArgumentException || failure instanceof JsonParseException) {
			return Reply.error(Kind.INVALID, message(failure));
		}
		String reference = logged(failure, what, log);
		return refusal(Kind.FAILED, ServiceException.byReason(Kind.FAILED, "Server_failed", reference)); //$NON-NLS-1$
	}

	/**
	 * A refusal of the server itself, worded from the core's text of key {@code reason} in the server's language,
	 * with its reason and arguments so that a client says it in its own.
	 */
	public static Reply refusal(Kind kind, String reason, Object... args) {
		return refusal(kind, ServiceException.byReason(kind, reason, args));
	}

	/** A refusal with its message, and its reason and arguments (each shown short and escaped) if it has them. */
	private static Reply refusal(Kind kind, ServiceException e) {
		List<String> args = e.arguments().stream()
				.map(a -> ServiceException.isText(a) ? a : SafeText.echo(a, MAX_MESSAGE)).toList();
		return Reply.error(kind, message(e), e.reason(), args);
	}

	/**
	 * A failure of the database: its message (SQL, table names, the database's path) stays in the log; the client
	 * is told what kind of problem it is, by the SQL state, in words the client can say in its own language.
	 */
	private static Reply database(SQLException sql, Throwable failure, String what, ServerLog log) {
		String state = sql.getSQLState() == null ? "" : sql.getSQLState();
		String reference = logged(failure, what, log);
		Kind kind;
		String reason;
		if (state.startsWith("22")) {
			kind = Kind.INVALID;
			reason = "Server_tooLong"; //$NON-NLS-1$
		} else if (state.equals("23505")) {
			kind = Kind.CONFLICT;
			reason = "Server_duplicate"; //$NON-NLS-1$
		} else if (state.startsWith("23")) {
			kind = Kind.INVALID;
			reason = "Server_constraint"; //$NON-NLS-1$
		} else if (state.equals("40001") || state.startsWith("40XL")) {
			kind = Kind.BUSY;
			reason = "Server_busy"; //$NON-NLS-1$
		} else {
			kind = Kind.FAILED;
			reason = "Server_failed"; //$NON-NLS-1$
		}
		return refusal(kind, ServiceException.byReason(kind, reason, reference));
	}

	/** The first SQL exception among the causes, or {@code null}. */
	private static SQLException sqlCause(Throwable failure) {
		for (Throwable t = failure, seen = null; t != null && t != seen; seen = t, t = t.getCause()) {
			if (t instanceof SQLException e) {
				SQLException root = e;
				while (root.getNextException() != null && root.getNextException() != root) {
					root = root.getNextException();
				}
				return root.getSQLState() != null ? root : e;
			}
		}
		return null;
	}

	private static String logged(Throwable failure, String what, ServerLog log) {
		byte[] ref = new byte[4];
		RANDOM.nextBytes(ref);
		String reference = HexFormat.of().formatHex(ref);
		log.error("Failed: " + what + " [" + reference + "]", failure);
		return reference;
	}

	/**
	 * The message of a refusal as a client gets it: one line of at most {@value #MAX_MESSAGE} characters, control
	 * and text-direction characters escaped (a message may quote what a client sent).
	 */
	private static String message(Throwable e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? "The request was refused" : SafeText.echo(m, MAX_MESSAGE);
	}
}
