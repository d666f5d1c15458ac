package org.revisit.remote;

import java.time.Instant;
import java.util.List;

import org.revisit.core.service.ServiceException;
import org.revisit.model.Role;

/**
 * The HTTP protocol between Revisit clients and the Revisit server, version 1. Every request and response body is
 * JSON ({@link Json}) in UTF-8; every endpoint but {@link #PING} and {@link #LOGIN} needs
 * {@code Authorization: Bearer TOKEN} with the token of a login.
 * <ul>
 * <li>{@code POST /api/v1/login} {@link LoginRequest} &rarr; {@link LoginResponse}</li>
 * <li>{@code POST /api/v1/logout} &rarr; {@code null}</li>
 * <li>{@code GET /api/v1/ping} &rarr; {@link Ping}</li>
 * <li>{@code POST /api/v1/call/SERVICE/METHOD} with the JSON array of the method's arguments &rarr; its result;
 * {@code SERVICE} is the name of the getter of {@link org.revisit.core.service.Services} (queue, contacts...), see
 * {@link ServiceCatalog}</li>
 * <li>{@code POST /api/v1/admin/shutdown} with {@value #ADMIN_SECRET_HEADER} (from the same machine only)</li>
 * </ul>
 * A refusal or failure is an HTTP error status with an {@link ErrorBody}.
 */
public final class Protocol {

	/** The port a server listens on unless told otherwise, and the one a client assumes when a URL has none. */
	public static final int DEFAULT_PORT = 8443;
	public static final String API = "/api/v1";
	public static final String LOGIN = API + "/login";
	public static final String LOGOUT = API + "/logout";
	public static final String PING = API + "/ping";
	/** Followed by {@code SERVICE/METHOD}. */
	public static final String CALL = API + "/call/";
	public static final String SHUTDOWN = API + "/admin/shutdown";
	/**
	 * A random UUID per logical call, the same on every retry of it: the server runs a call once per key and
	 * session and answers a repeated key with the first answer.
	 */
	public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
	/** The local administrator's secret of {@code DATA/server/admin.secret}, for {@link #SHUTDOWN}. */
	public static final String ADMIN_SECRET_HEADER = "X-Revisit-Admin-Secret";
	/** The largest request body a server accepts unless configured otherwise: 64 MiB. */
	public static final long DEFAULT_MAX_BODY = 64L * 1024 * 1024;

	private Protocol() {
	}

	/** The body of {@link #LOGIN}. */
	public record LoginRequest(String user, String password) {
		@Override
		public String toString() {
			return "LoginRequest[user=" + user + "]";
		}
	}

	/**
	 * The answer to a login: the session's token, who logged in, the server's time and the largest request body it
	 * takes (in bytes; a client does not send more).
	 */
	public record LoginResponse(String token, String user, String displayName, Role role, Instant serverTime,
			long maxBody) {
		@Override
		public String toString() {
			return "LoginResponse[user=" + user + ", role=" + role + "]";
		}
	}

	/** The answer to {@link #PING}. */
	public record Ping(String server, String version, Instant serverTime) {
	}

	/**
	 * The body of every error response: the kind, the message in the server's language, and, for a refusal worded
	 * from the core's or the store's texts, the {@code reason} (the text's key) and its {@code arguments}, so a client
	 * words it in its own language ({@link ServiceException#received}). A server before reasons sends none; a client
	 * that does not know a reason shows the message.
	 */
	public record ErrorBody(ServiceException.Kind kind, String message, String reason, List<String> arguments) {

		public ErrorBody(ServiceException.Kind kind, String message) {
			this(kind, message, null, null);
		}
	}

	/** The HTTP status a refusal of this kind is sent with. */
	public static int status(ServiceException.Kind kind) {
		return switch (kind) {
		case INVALID -> 400;
		case UNAUTHENTICATED -> 401;
		case FORBIDDEN -> 403;
		case NOT_FOUND -> 404;
		case CONFLICT -> 409;
		case LOCKED -> 423;
		case BUSY, UNAVAILABLE -> 503;
		case FAILED -> 500;
		};
	}

	/** The kind an error status stands for when its body says nothing (a proxy's page, say). */
	public static ServiceException.Kind kind(int status) {
		return switch (status) {
		case 400, 405, 413 -> ServiceException.Kind.INVALID;
		case 401 -> ServiceException.Kind.UNAUTHENTICATED;
		case 403 -> ServiceException.Kind.FORBIDDEN;
		case 404 -> ServiceException.Kind.NOT_FOUND;
		case 409 -> ServiceException.Kind.CONFLICT;
		case 423, 429 -> ServiceException.Kind.LOCKED;
		case 502, 503, 504 -> ServiceException.Kind.UNAVAILABLE;
		default -> ServiceException.Kind.FAILED;
		};
	}
}
