package org.revisit.core.service;

/**
 * Why a service refused or failed an operation, the same whether it ran in this process or on the team server.
 * The message is one line for the user; nothing was changed unless the kind says otherwise.
 */
public class ServiceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What kind of refusal or failure it is (the server sends it; clients act on it). */
	public enum Kind {
		/** A parameter is not valid; the message names it. */
		INVALID,
		/** The user's role does not allow the operation. */
		FORBIDDEN,
		/** What the operation names does not exist. */
		NOT_FOUND,
		/** Someone else changed or holds it meanwhile (a version check, a claim). */
		CONFLICT,
		/** The operation cannot run now (e.g. a planning run is under way). */
		BUSY,
		/** No valid login: wrong user or password, or the session ended. */
		UNAUTHENTICATED,
		/** The account is locked for a while after repeated failed logins, or disabled. */
		LOCKED,
		/** The server cannot be reached. */
		UNAVAILABLE,
		/** Anything else that went wrong. */
		FAILED
	}

	private final Kind kind;

	public ServiceException(Kind kind, String message) {
		super(message);
		this.kind = kind == null ? Kind.FAILED : kind;
	}

	public ServiceException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind == null ? Kind.FAILED : kind;
	}

	public Kind kind() {
		return kind;
	}

	public static ServiceException forbidden(Principal who, Permission needed) {
		return new ServiceException(Kind.FORBIDDEN, who.user() + " (" + who.role().getLiteral().toLowerCase()
				+ ") may not do this: it needs the " + needed.least().getLiteral().toLowerCase() + " role");
	}
}
