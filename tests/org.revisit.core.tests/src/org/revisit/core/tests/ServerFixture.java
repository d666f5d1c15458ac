package org.revisit.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.remote.Json;
import org.revisit.remote.KnownServers;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;
import org.revisit.remote.RemoteServices;
import org.revisit.server.Certificates;
import org.revisit.server.Certificates.Identity;
import org.revisit.server.Login;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.ServerLog;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real Revisit server for a test: an embedded database in a temporary data folder, the local services on it, a
 * self-signed certificate, HTTPS on an ephemeral port of 127.0.0.1, a clock the test moves, and three users
 * (an administrator, an agent, a manager) who log in through the real authenticator.
 */
final class ServerFixture implements AutoCloseable {

	static final String ADMIN = "admin";
	static final String AGENT = "agent1";
	static final String MANAGER = "boss";
	static final String PASSWORD = "correct horse battery";

	private static final Map<String, Role> USERS = Map.of(ADMIN, Role.ADMIN, AGENT, Role.AGENT, MANAGER, Role.MANAGER);

	final Path data;
	final SettableClock clock = SettableClock.atTestNow();
	final Store store;
	final LocalServices services;
	final Identity identity;
	final RevisitServer server;
	final KnownServers known;
	final ByteArrayOutputStream logged = new ByteArrayOutputStream();
	final HttpClient http;
	final List<String> unreachable = new ArrayList<>();

	private ServerFixture(Path dir, int port, long maxBody, UnaryOperator<RevisitServer.Builder> options)
			throws IOException {
		data = dir.resolve("data");
		store = Store.open(StoreConfig.embedded(data).withClock(clock));
		services = LocalServices.open(store, CallTypeRegistry.read(), new Principal("revisit-server", null, Role.ADMIN));
		for (Map.Entry<String, Role> user : USERS.entrySet()) {
			if (store.users().account(user.getKey()) == null) {
				services.users().add(user.getKey(), user.getKey().toUpperCase(), user.getValue(), PASSWORD.toCharArray());
			}
		}
		ServerFolder folder = new ServerFolder(data);
		if (!folder.hasIdentity()) {
			folder.saveIdentity(Certificates.selfSigned(List.of("localhost", "127.0.0.1"), clock));
		}
		identity = folder.loadIdentity();
		SSLContext tls = folder.serverTls();
		server = options.apply(RevisitServer.builder(tls, Login.of(new Authenticator(store)), services::as)
				.address(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).clock(clock)
				.log(ServerLog.console(new PrintStream(logged, true, StandardCharsets.UTF_8), clock)).maxBody(maxBody)
				.version("test")).start();
		known = new KnownServers(dir.resolve("known-servers"));
		SSLContext pinned = PinnedTls.context(identity.fingerprint());
		http = HttpClient.newBuilder().sslContext(pinned).sslParameters(PinnedTls.parameters(pinned))
				.version(HttpClient.Version.HTTP_1_1).build();
	}

	static ServerFixture start(Path dir) throws IOException {
		return new ServerFixture(dir, 0, Protocol.DEFAULT_MAX_BODY, b -> b);
	}

	static ServerFixture start(Path dir, int port, long maxBody) throws IOException {
		return new ServerFixture(dir, port, maxBody, b -> b);
	}

	/** A server with more options of its builder (a login throttle, say). */
	static ServerFixture start(Path dir, UnaryOperator<RevisitServer.Builder> options) throws IOException {
		return new ServerFixture(dir, 0, Protocol.DEFAULT_MAX_BODY, options);
	}

	int port() {
		return server.port();
	}

	URI uri() {
		return URI.create("https://127.0.0.1:" + port());
	}

	/** Trusts the server's certificate and logs {@code user} in through the remote services. */
	RemoteServices connect(String user) {
		known.trust("127.0.0.1", port(), identity.fingerprint());
		return RemoteServices.connect(uri(), user, PASSWORD.toCharArray(), known, clock,
				(message, retryIn) -> unreachable.add(message));
	}

	/** A raw POST with the pinned client. */
	HttpResponse<String> post(String path, String body, String token, String key) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri().resolve(path))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		if (key != null) {
			b.header(Protocol.IDEMPOTENCY_HEADER, key);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Logs in with a raw request; returns the token. */
	String token(String user) throws IOException, InterruptedException {
		HttpResponse<String> r = post(Protocol.LOGIN,
				Json.toJson(new Protocol.LoginRequest(user, PASSWORD), Protocol.LoginRequest.class), null, null);
		if (r.statusCode() != 200) {
			throw new AssertionError("login of " + user + ": " + r.statusCode() + " " + r.body());
		}
		return JsonParser.parseString(r.body()).getAsJsonObject().get("token").getAsString();
	}

	static JsonObject json(HttpResponse<String> r) {
		return JsonParser.parseString(r.body()).getAsJsonObject();
	}

	String log() {
		return logged.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		http.shutdownNow();
		server.close();
		services.close();
	}
}
