package org.revisit.remote;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.AdminService;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.CalendarService;
import org.revisit.core.service.CallService;
import org.revisit.core.service.CallbackService;
import org.revisit.core.service.CampaignService;
import org.revisit.core.service.ContactService;
import org.revisit.core.service.DataService;
import org.revisit.core.service.PlanningService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.QueueService;
import org.revisit.core.service.ScriptService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.Services;
import org.revisit.core.service.UserService;
import org.revisit.remote.Protocol.ErrorBody;
import org.revisit.remote.Protocol.LoginRequest;
import org.revisit.remote.Protocol.LoginResponse;
import org.revisit.remote.internal.Messages;
import org.revisit.remote.internal.Transport;
import org.revisit.remote.internal.Transport.Reply;

import com.google.gson.JsonArray;
import com.google.gson.JsonParseException;

/**
 * {@link Services} of a Revisit server: each call of a service method travels as
 * {@code POST /api/v1/call/SERVICE/METHOD} with its arguments (see {@link Protocol}) and returns what the server's
 * local services returned, or throws the {@link ServiceException} they threw.
 * <p>
 * The connection is HTTPS with the server's certificate pinned in {@link KnownServers}. While the server cannot be
 * reached, a call waits and retries (telling the {@link Listener}) up to the patience, then fails with
 * {@link Kind#UNAVAILABLE}; every retry carries the call's idempotency key, so a change whose answer was lost is
 * not made twice. When the session has expired on the server, the client logs in again with the same password
 * and repeats the call.
 * </p>
 */
public final class RemoteServices implements Services {

	/** How long a call waits for a server that cannot be reached, unless told otherwise. */
	public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(2);

	/** Told while the server cannot be reached, to show it to the user. */
	public interface Listener {

		/** Does nothing. */
		Listener NONE = (message, retryIn) -> {
			// nobody to tell
		};

		/** The server cannot be reached; the call is tried again in {@code retryIn}. {@code message} is for people. */
		void unreachable(String message, Duration retryIn);

		/** The server answers again after it could not be reached. */
		default void reachable() {
			// nothing by default
		}
	}

	private record Session(String token, Principal principal) {
	}

	private final Transport transport;
	private final Clock clock;
	private final String user;
	private final char[] password;
	private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
	private volatile Session session;
	private volatile boolean closed;

	private RemoteServices(Transport transport, Clock clock, String user, char[] password) {
		this.transport = transport;
		this.clock = clock;
		this.user = user;
		this.password = password;
	}

	/** Logs {@code user} in to {@code server}, waiting up to {@link #DEFAULT_PATIENCE} for it to answer. */
	public static RemoteServices connect(URI server, String user, char[] password, KnownServers known, Clock clock,
			Listener listener) {
		return connect(server, user, password, known, clock, listener, DEFAULT_PATIENCE);
	}

	/**
	 * Logs {@code user} in to {@code server} ({@code https://HOST[:PORT]}, port {@value Protocol#DEFAULT_PORT} unless
	 * given) and returns its services.
	 *
	 * @param password kept (a copy) to log in again when the session expires; cleared by {@link #close()}
	 * @param patience how long a call waits for a server that cannot be reached
	 * @throws UnknownServerException if {@code known} does not know the server yet (ask the user, trust, connect again)
	 * @throws ChangedCertificateException if the server's certificate is not the one {@code known} remembers
	 * @throws ServiceException {@link Kind#UNAUTHENTICATED} or {@link Kind#LOCKED} if the login is refused,
	 *         {@link Kind#UNAVAILABLE} if the server does not answer within {@code patience}
	 */
	public static RemoteServices connect(URI server, String user, char[] password, KnownServers known, Clock clock,
			Listener listener, Duration patience) {
		URI base = normalize(server);
		Listener tell = listener == null ? Listener.NONE : listener;
		Transport transport = new Transport(base,
				PinnedTls.context((certificate, fingerprint) -> known.check(base.getHost(), base.getPort(), fingerprint)),
				patience, new Transport.Retries() {
					@Override
					public void unreachable(String message, Duration retryIn) {
						tell.unreachable(message, retryIn);
					}

					@Override
					public void reachable() {
						tell.reachable();
					}
				}, Protocol.DEFAULT_MAX_BODY);
		RemoteServices services = new RemoteServices(transport, clock, user, password.clone());
		try {
			services.login();
		} catch (RuntimeException e) {
			services.closeQuietly();
			throw e;
		}
		return services;
	}

	/**
	 * The server URI people type: {@code https://HOST:PORT}, {@code HOST:PORT} or {@code HOST} (https and port
	 * {@value Protocol#DEFAULT_PORT} assumed).
	 *
	 * @throws ServiceException {@link Kind#INVALID} for anything else (http, no host)
	 */
	public static URI serverUri(String text) {
		String t = text == null ? "" : text.strip();
		if (!t.contains("://")) {
			t = "https://" + t;
		}
		try {
			return normalize(new URI(t));
		} catch (URISyntaxException e) {
			throw new ServiceException(Kind.INVALID, NLS.bind(Messages.Remote_notHttps, text));
		}
	}

	private static URI normalize(URI server) {
		if (server == null || !"https".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) {
			throw new ServiceException(Kind.INVALID, NLS.bind(Messages.Remote_notHttps, server));
		}
		int port = server.getPort() < 0 ? Protocol.DEFAULT_PORT : server.getPort();
		return URI.create("https://" + hostForUri(server.getHost()) + ":" + port + "/");
	}

	private static String hostForUri(String host) {
		return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host.toLowerCase(Locale.ROOT);
	}

	private void login() {
		Reply reply = transport.post(Protocol.LOGIN,
				Json.toJson(new LoginRequest(user, new String(password)), LoginRequest.class), null, null);
		if (!reply.ok()) {
			throw error(reply);
		}
		LoginResponse r = decode(reply.body(), LoginResponse.class, "login");
		transport.maxBody(r.maxBody());
		session = new Session(r.token(), new Principal(r.user(), r.displayName(), r.role()));
	}

	/** Logs in again unless another thread already did since {@code expired} was refused. */
	private synchronized void renew(Session expired) {
		if (session == expired) {
			login();
		}
	}

	private Object call(String service, Method method, Object[] args) {
		if (closed) {
			throw new ServiceException(Kind.UNAUTHENTICATED, "These services were closed");
		}
		String name = service + "." + method.getName();
		String body = encode(method, args, name);
		String key = UUID.randomUUID().toString();
		String path = Protocol.CALL + service + "/" + method.getName();
		Session used = session;
		Reply reply = transport.post(path, body, used.token(), key);
		if (reply.status() == 401) {
			renew(used);
			reply = transport.post(path, body, session.token(), key);
		}
		if (!reply.ok()) {
			throw error(reply);
		}
		Type type = method.getGenericReturnType();
		if (type == void.class) {
			return null;
		}
		Object result = decode(reply.body(), type, name);
		if (result == null && method.getReturnType().isPrimitive()) {
			throw new ServiceException(Kind.FAILED, NLS.bind(Messages.Remote_badAnswer, name, "null"));
		}
		return result;
	}

	private static String encode(Method method, Object[] args, String name) {
		Type[] types = method.getGenericParameterTypes();
		JsonArray array = new JsonArray();
		try {
			for (int i = 0; i < types.length; i++) {
				array.add(Json.gson().toJsonTree(args[i], types[i]));
			}
		} catch (RuntimeException e) {
			throw new ServiceException(Kind.INVALID, NLS.bind(Messages.Remote_cannotSend, name, e.getMessage()), e);
		}
		return array.toString();
	}

	private static <T> T decode(String body, Type type, String what) {
		try {
			return Json.fromJson(body, type);
		} catch (JsonParseException e) {
			throw new ServiceException(Kind.FAILED, NLS.bind(Messages.Remote_badAnswer, what, e.getMessage()), e);
		}
	}

	private static ServiceException error(Reply reply) {
		ErrorBody body = null;
		try {
			body = Json.fromJson(reply.body(), ErrorBody.class);
		} catch (JsonParseException | IllegalStateException notJson) {
			// a proxy's error page: the status says it all
		}
		Kind kind = body != null && body.kind() != null ? body.kind() : Protocol.kind(reply.status());
		String message = body != null && body.message() != null ? body.message()
				: NLS.bind(Messages.Remote_httpStatus, Integer.valueOf(reply.status()));
		return ServiceException.received(kind, message, body == null ? null : body.reason(),
				body == null ? null : body.arguments());
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type) {
		return (T) proxies.computeIfAbsent(type, t -> {
			String service = ServiceCatalog.get().name(t);
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return switch (method.getName()) {
					case "toString" -> "remote " + t.getSimpleName() + " of " + transport.base();
					case "hashCode" -> Integer.valueOf(System.identityHashCode(proxy));
					case "equals" -> Boolean.valueOf(proxy == args[0]);
					default -> throw new UnsupportedOperationException(method.getName());
					};
				}
				if (method.isDefault()) {
					return InvocationHandler.invokeDefault(proxy, method, args);
				}
				if (t == PlanningService.class && method.getName().equals("planChanges")) {
					return planChanges(service, method, args);
				}
				return call(service, method, args == null ? new Object[0] : args);
			};
			return Proxy.newProxyInstance(RemoteServices.class.getClassLoader(), new Class<?>[] { t }, handler);
		});
	}

	/**
	 * The daily run; on a server older than {@code planning/planChanges}, which answers that it has no such operation
	 * (NOT_FOUND, given before anything runs), the full run, as such a server's daily run always was.
	 */
	private Object planChanges(String service, Method method, Object[] args) {
		try {
			return call(service, method, args);
		} catch (ServiceException e) {
			if (e.kind() != Kind.NOT_FOUND) {
				throw e;
			}
			return call(service, ServiceCatalog.get().operation(service, "plan"), args);
		}
	}

	/** The largest request body the server takes, in bytes, as it said at the login. */
	public long maxRequestBytes() {
		return transport.maxBody();
	}

	@Override
	public Principal principal() {
		return session.principal();
	}

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public String describe() {
		return NLS.bind(Messages.Remote_describe, transport.base());
	}

	@Override
	public boolean remote() {
		return true;
	}

	@Override
	public QueueService queue() {
		return proxy(QueueService.class);
	}

	@Override
	public CallService calls() {
		return proxy(CallService.class);
	}

	@Override
	public ContactService contacts() {
		return proxy(ContactService.class);
	}

	@Override
	public CampaignService campaigns() {
		return proxy(CampaignService.class);
	}

	@Override
	public PlanningService planning() {
		return proxy(PlanningService.class);
	}

	@Override
	public ScriptService scripts() {
		return proxy(ScriptService.class);
	}

	@Override
	public CalendarService calendars() {
		return proxy(CalendarService.class);
	}

	@Override
	public CallbackService callbacks() {
		return proxy(CallbackService.class);
	}

	@Override
	public DataService data() {
		return proxy(DataService.class);
	}

	@Override
	public UserService users() {
		return proxy(UserService.class);
	}

	@Override
	public AuditService audit() {
		return proxy(AuditService.class);
	}

	@Override
	public AdminService admin() {
		return proxy(AdminService.class);
	}

	@Override
	public ReportService reports() {
		return proxy(ReportService.class);
	}

	@Override
	public AnswerService answers() {
		return proxy(AnswerService.class);
	}

	/** Logs out (once, without waiting for an unreachable server) and forgets the password. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		Session s = session;
		if (s != null) {
			try {
				transport.postOnce(Protocol.LOGOUT, "null", s.token());
			} catch (ServiceException gone) {
				// the session ends on the server at the latest when it expires
			}
		}
		closeQuietly();
	}

	private void closeQuietly() {
		Arrays.fill(password, '\0');
		transport.close();
	}
}
