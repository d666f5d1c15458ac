package org.revisit.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.Services;
import org.revisit.model.validation.SafeText;
import org.revisit.remote.Json;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;
import org.revisit.remote.Protocol.LoginRequest;
import org.revisit.remote.Protocol.LoginResponse;
import org.revisit.remote.Protocol.Ping;
import org.revisit.server.internal.Bodies;
import org.revisit.server.internal.Dispatcher;
import org.revisit.server.internal.Failures;
import org.revisit.server.internal.LoginThrottle;
import org.revisit.server.internal.Reply;
import org.revisit.server.internal.Session;
import org.revisit.server.internal.Sessions;

import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * The Revisit server's transport: HTTPS only (TLS 1.3 and 1.2), on the JDK's {@link HttpsServer} with a virtual
 * thread per request. It authenticates (login, bearer tokens of sessions) and dispatches the calls of
 * {@link Protocol} to the {@link Services} of the logged-in user; what a user may do is the services' business.
 * Request bodies are limited in size (413 beyond). Errors are JSON ({@link Protocol.ErrorBody}); a failure the
 * services did not expect is logged with its stack trace and reported to the client without it.
 */
public final class RevisitServer implements AutoCloseable {

	/** The JDK server's switch for TCP_NODELAY on the connections it accepts. */
	static final String NO_DELAY = "sun.net.httpserver.nodelay";

	static {
		// The JDK's server sends an answer's headers and its body in writes of their own. With Nagle's algorithm
		// on, a body that does not fit the headers' packet waits for the client to acknowledge the headers, which
		// it delays by some 40 ms: a call that returns a script took 50 ms instead of 7. The setting is read once,
		// when the process makes its first server (only this class makes any).
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
	}

	/** The largest body of a login, a logout or a shutdown. */
	private static final long SMALL_BODY = 64 * 1024;

	/** How long a session lives without being used. */
	public static final Duration SESSION_IDLE = Duration.ofHours(12);

	private final HttpsServer http;
	private final ExecutorService executor;
	private final Login login;
	private final Function<Principal, Services> servicesFor;
	/** The call by which users change their own password (the session then goes on). */
	private static final String OWN_PASSWORD = Protocol.CALL + "users/changeOwnPassword"; //$NON-NLS-1$

	private final Clock clock;
	private final ServerLog log;
	private final long maxBody;
	private final byte[] adminSecret;
	private final Runnable onShutdown;
	private final String version;
	private final Sessions sessions;
	private final Dispatcher dispatcher;
	private final LoginThrottle throttle;

	private RevisitServer(Builder b) throws IOException {
		this.login = b.login;
		this.servicesFor = b.servicesFor;
		this.clock = b.clock;
		this.log = b.log != null ? b.log : ServerLog.console(System.err, b.clock);
		this.maxBody = b.maxBody;
		this.adminSecret = b.adminSecret == null ? null : b.adminSecret.getBytes(StandardCharsets.UTF_8);
		this.onShutdown = b.onShutdown;
		this.version = b.version != null ? b.version : bundleVersion();
		this.sessions = new Sessions(b.clock, b.sessionIdle);
		this.dispatcher = new Dispatcher(log);
		this.throttle = new LoginThrottle(b.clock, b.throttleLimit, b.throttleWindow, b.throttlePause);
		this.executor = Executors.newVirtualThreadPerTaskExecutor();
		this.http = HttpsServer.create(b.address, 64);
		SSLContext tls = b.tls;
		http.setHttpsConfigurator(new HttpsConfigurator(tls) {
			@Override
			public void configure(HttpsParameters params) {
				params.setSSLParameters(PinnedTls.parameters(tls));
			}
		});
		http.setExecutor(executor);
		http.createContext("/", this::handle);
		http.start();
	}

	/** A server with these parts; the rest can be set on the builder before {@link Builder#start()}. */
	public static Builder builder(SSLContext tls, Login login, Function<Principal, Services> servicesFor) {
		return new Builder(tls, login, servicesFor);
	}

	/** Configures and starts a {@link RevisitServer}. */
	public static final class Builder {
		private final SSLContext tls;
		private final Login login;
		private final Function<Principal, Services> servicesFor;
		private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), Protocol.DEFAULT_PORT);
		private Clock clock = Clock.systemUTC();
		private ServerLog log;
		private long maxBody = Protocol.DEFAULT_MAX_BODY;
		private Duration sessionIdle = SESSION_IDLE;
		private String adminSecret;
		private Runnable onShutdown;
		private String version;
		private int throttleLimit = LoginThrottle.DEFAULT_LIMIT;
		private Duration throttleWindow = LoginThrottle.DEFAULT_WINDOW;
		private Duration throttlePause = LoginThrottle.DEFAULT_PAUSE;

		private Builder(SSLContext tls, Login login, Function<Principal, Services> servicesFor) {
			this.tls = Objects.requireNonNull(tls, "tls");
			this.login = Objects.requireNonNull(login, "login");
			this.servicesFor = Objects.requireNonNull(servicesFor, "servicesFor");
		}

		/** Where to listen; port 0 picks a free one. Default 127.0.0.1:{@value Protocol#DEFAULT_PORT}. */
		public Builder address(InetSocketAddress where) {
			this.address = where;
			return this;
		}

		/** The clock of sessions and of {@code serverTime}. */
		public Builder clock(Clock c) {
			this.clock = c;
			return this;
		}

		public Builder log(ServerLog l) {
			this.log = l;
			return this;
		}

		/** The largest request body in bytes (default {@link Protocol#DEFAULT_MAX_BODY}). */
		public Builder maxBody(long bytes) {
			this.maxBody = bytes;
			return this;
		}

		public Builder sessionIdle(Duration idle) {
			this.sessionIdle = idle;
			return this;
		}

		/**
		 * Enables {@code POST /api/v1/admin/shutdown} from this machine with this secret; {@code action} then runs
		 * on a thread of its own after the answer is sent.
		 */
		public Builder shutdownBy(String secret, Runnable action) {
			this.adminSecret = secret;
			this.onShutdown = action;
			return this;
		}

		/**
		 * After {@code limit} failed logins from one address within {@code window}, its logins are refused (HTTP
		 * 429) for {@code pause}. Default: 10 within a minute, refused for 5 minutes.
		 */
		public Builder loginThrottle(int limit, Duration window, Duration pause) {
			this.throttleLimit = limit;
			this.throttleWindow = window;
			this.throttlePause = pause;
			return this;
		}

		/** The version {@code ping} tells (default: this bundle's). */
		public Builder version(String v) {
			this.version = v;
			return this;
		}

		/** Starts listening; returns when the server accepts connections. */
		public RevisitServer start() throws IOException {
			return new RevisitServer(this);
		}
	}

	/** The address the server listens on (with the port it got when asked for port 0). */
	public InetSocketAddress address() {
		return http.getAddress();
	}

	public int port() {
		return http.getAddress().getPort();
	}

	/** How many sessions are open. */
	public int sessions() {
		return sessions.size();
	}

	public String version() {
		return version;
	}

	/** Stops listening and lets running requests finish for up to a second. */
	@Override
	public void close() {
		http.stop(1);
		executor.shutdown();
	}

	private void handle(HttpExchange exchange) {
		String what = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
		Reply reply;
		try {
			reply = route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
		} catch (Bodies.TooLarge e) {
			exchange.getResponseHeaders().set("Connection", "close");
			reply = Reply.error(413, Kind.INVALID, e.getMessage());
		} catch (IOException e) {
			log.info("Connection of " + what + " from " + exchange.getRemoteAddress() + " ended: " + e.getMessage());
			exchange.close();
			return;
		} catch (RuntimeException | Error e) {
			reply = Failures.reply(e, what, log);
		}
		if (reply.status() != 413) {
			Bodies.finish(exchange);
		}
		send(exchange, reply);
	}

	private void send(HttpExchange exchange, Reply reply) {
		try (exchange) {
			byte[] body = reply.bytes();
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.sendResponseHeaders(reply.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		} catch (IOException e) {
			log.info("Could not answer " + exchange.getRequestURI().getRawPath() + " to " + exchange.getRemoteAddress()
					+ ": " + e.getMessage());
		}
	}

	private Reply route(HttpExchange x, String method, String path) throws IOException, Bodies.TooLarge {
		if (path.equals(Protocol.PING)) {
			return method.equals("GET") ? Reply.ok(Json.toJson(new Ping("Revisit", version, clock.instant()), Ping.class))
					: wrongMethod("GET");
		}
		if (!method.equals("POST")) {
			return path.startsWith(Protocol.API + "/") ? wrongMethod("POST") : notFound(method, path);
		}
		if (path.equals(Protocol.LOGIN)) {
			return login(x, Bodies.read(x, Math.min(maxBody, SMALL_BODY)));
		}
		if (path.equals(Protocol.SHUTDOWN)) {
			return shutdown(x);
		}
		if (path.equals(Protocol.LOGOUT)) {
			Bodies.read(x, SMALL_BODY);
			String token = bearer(x);
			return sessions.remove(token) ? Reply.ok("null")
					: Failures.refusal(Kind.UNAUTHENTICATED, "Server_noSession"); //$NON-NLS-1$
		}
		if (path.startsWith(Protocol.CALL)) {
			String[] parts = path.substring(Protocol.CALL.length()).split("/", -1);
			if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
				return notFound(method, path);
			}
			String token = bearer(x);
			Session session = sessions.find(token);
			if (session == null) {
				return Failures.refusal(Kind.UNAUTHENTICATED, token == null ? "Server_logInFirst" //$NON-NLS-1$
						: "Server_sessionEnded"); //$NON-NLS-1$
			}
			Principal now;
			try {
				now = current(session, token, address(x));
			} catch (ServiceException e) {
				return Failures.reply(e, "session check", log);
			}
			String body = Bodies.read(x, maxBody);
			String key = x.getRequestHeaders().getFirst(Protocol.IDEMPOTENCY_HEADER);
			if (key != null && key.length() > 100) {
				return Reply.error(Kind.INVALID, "The " + Protocol.IDEMPOTENCY_HEADER + " is too long");
			}
			Services services = servicesFor.apply(now);
			Reply reply = key == null ? dispatcher.call(services, now.user(), parts[0], parts[1], body)
					: session.replays().run(key, path, () -> dispatcher.call(services, now.user(), parts[0], parts[1], body));
			if (OWN_PASSWORD.equals(path) && reply.status() == 200) {
				// the user changed their own password in this session: it goes on with the new one
				session.passwordStamp(login.passwordStamp(now.user()));
			}
			return reply;
		}
		return notFound(method, path);
	}

	/**
	 * The session's user as their account is now, acting from {@code from}; ends the session of an account that
	 * may no longer be used (disabled, removed, or its password changed since the session began), whose refusal
	 * this throws.
	 */
	private Principal current(Session session, String token, String from) {
		Principal before = session.principal();
		Principal now;
		try {
			now = login.current(before, from, session.passwordStamp());
		} catch (ServiceException e) {
			if (e.kind() == Kind.UNAUTHENTICATED) {
				sessions.remove(token);
				log.info("Session of " + before.user() + " from " + from + " ended: " + e.getMessage());
			}
			throw e;
		}
		if (now.role() != before.role()) {
			log.info("Session of " + before.user() + ": now " + now.role().getName().toLowerCase() + " (was "
					+ before.role().getName().toLowerCase() + ")");
		}
		if (now.role() != before.role() || !Objects.equals(now.displayName(), before.displayName())) {
			session.principal(now.withFrom(null));
		}
		return now;
	}

	private static String address(HttpExchange x) {
		return x.getRemoteAddress().getAddress().getHostAddress();
	}

	private Reply login(HttpExchange x, String body) {
		LoginRequest request;
		try {
			request = Json.fromJson(body, LoginRequest.class);
		} catch (JsonParseException e) {
			return Reply.error(Kind.INVALID, "A login is {\"user\": ..., \"password\": ...}: " + e.getMessage());
		}
		if (request == null || request.user() == null || request.user().isBlank() || request.password() == null) {
			return Failures.refusal(Kind.INVALID, "Server_loginNeeds"); //$NON-NLS-1$
		}
		String from = address(x);
		LoginThrottle.Verdict verdict = throttle.begin(from);
		if (!verdict.allowed()) {
			long seconds = Math.max(1, Duration.between(clock.instant(), verdict.until()).toSeconds());
			x.getResponseHeaders().set("Retry-After", Long.toString(seconds));
			Reply refused = seconds < 120 ? Failures.refusal(Kind.LOCKED, "Server_tooManySeconds", seconds) //$NON-NLS-1$
					: Failures.refusal(Kind.LOCKED, "Server_tooManyMinutes", (seconds + 59) / 60); //$NON-NLS-1$
			return new Reply(429, refused.json());
		}
		Principal principal;
		try {
			principal = login.login(request.user(), request.password().toCharArray(), from);
		} catch (ServiceException e) {
			log.info("Login of " + SafeText.echo(request.user(), 64) + " from " + from + " refused: " + e.getMessage());
			if (e.kind() == Kind.UNAUTHENTICATED || e.kind() == Kind.LOCKED) {
				throttled(from, request.user(), throttle.failed(from));
			} else {
				throttle.passed(from);
			}
			return Failures.reply(e, "login", log);
		} catch (RuntimeException e) {
			throttle.passed(from); // the server's failure, not the client's
			throw e;
		}
		if (principal == null) {
			throttled(from, request.user(), throttle.failed(from));
			return Failures.refusal(Kind.UNAUTHENTICATED, "Auth_wrong"); //$NON-NLS-1$
		}
		throttle.passed(from);
		Session session = sessions.create(principal);
		session.passwordStamp(login.passwordStamp(principal.user()));
		log.info("Login of " + principal.user() + " (" + principal.role().getName().toLowerCase() + ") from " + from);
		return Reply.ok(Json.toJson(new LoginResponse(session.token(), principal.user(), principal.displayName(),
				principal.role(), clock.instant(), maxBody), LoginResponse.class));
	}

	/** Logs and audits the start of a refusal of the logins of an address ({@code until} null: none began). */
	private void throttled(String from, String user, Instant until) {
		if (until == null) {
			return;
		}
		String why = throttle.limit() + " failed logins within " + throttle.window().toSeconds() + " s";
		log.info("Logins from " + from + " refused until " + until + ": " + why);
		try {
			login.throttled(from, user, until, why);
		} catch (RuntimeException e) {
			log.error("Could not audit the refusal of the logins from " + from, e);
		}
	}

	private Reply shutdown(HttpExchange x) throws IOException, Bodies.TooLarge {
		Bodies.read(x, SMALL_BODY);
		if (adminSecret == null) {
			return notFound("POST", Protocol.SHUTDOWN);
		}
		if (!fromThisMachine(x.getRemoteAddress().getAddress())) {
			return Reply.error(Kind.FORBIDDEN, "The server is stopped from its own machine only");
		}
		String given = x.getRequestHeaders().getFirst(Protocol.ADMIN_SECRET_HEADER);
		if (given == null || !MessageDigest.isEqual(adminSecret, given.getBytes(StandardCharsets.UTF_8))) {
			return Reply.error(Kind.FORBIDDEN, "Wrong administrator secret");
		}
		log.info("Shutdown requested from " + x.getRemoteAddress().getAddress().getHostAddress());
		Thread.ofPlatform().name("revisit-server-shutdown").start(() -> {
			try {
				Thread.sleep(100); // the answer goes out first
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			onShutdown.run();
		});
		return Reply.ok("null");
	}

	private static boolean fromThisMachine(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return true;
		}
		try {
			return NetworkInterface.getByInetAddress(address) != null;
		} catch (SocketException e) {
			return false;
		}
	}

	private static String bearer(HttpExchange x) {
		String header = x.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).strip();
		return token.isEmpty() ? null : token;
	}

	private static Reply wrongMethod(String allowed) {
		return Reply.error(405, Kind.INVALID, "Use " + allowed + " here");
	}

	private static Reply notFound(String method, String path) {
		return Reply.error(Kind.NOT_FOUND, "There is no " + method + " " + path + " on a Revisit server");
	}

	private static String bundleVersion() {
		Bundle bundle = FrameworkUtil.getBundle(RevisitServer.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}
}
