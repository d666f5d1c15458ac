package org.revisit.server.internal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

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
		String reference = logged(failure, what, log);
		return Reply.error(Kind.FAILED, "The server failed to do this; its administrator finds what went wrong in the "
				+ "server's log under the reference " + reference);
	}

	/**
	 * A failure of the database: its message (SQL, table names, the database's path) stays in the log; the client
	 * is told what kind of problem it is, by the SQL state.
	 */
	private static Reply database(SQLException sql, Throwable failure, String what, ServerLog log) {
		String state = sql.getSQLState() == null ? "" : sql.getSQLState();
		String reference = logged(failure, what, log);
		String see = " (reference " + reference + " in the server's log)";
		if (state.startsWith("22")) {
			return Reply.error(Kind.INVALID, "A value is too long or out of range for the database; nothing was "
					+ "changed" + see);
		}
		if (state.equals("23505")) {
			return Reply.error(Kind.CONFLICT, "This is stored already; nothing was changed" + see);
		}
		if (state.startsWith("23")) {
			return Reply.error(Kind.INVALID, "The database refused this change (it refers to a record that does not "
					+ "exist, or breaks a rule of the data); nothing was changed" + see);
		}
		if (state.equals("40001") || state.startsWith("40XL")) {
			return Reply.error(Kind.BUSY, "The database is busy with another change; try again" + see);
		}
		return Reply.error(Kind.FAILED, "The server failed to do this; its administrator finds what went wrong in the "
				+ "server's log under the reference " + reference);
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
