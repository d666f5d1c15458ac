package org.revisit.server.internal;

import java.net.URI;
import java.time.Duration;

import org.revisit.core.service.ServiceException;
import org.revisit.remote.Json;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;
import org.revisit.remote.Protocol.ErrorBody;
import org.revisit.remote.Protocol.Ping;
import org.revisit.remote.internal.Transport;
import org.revisit.remote.internal.Transport.Reply;

/**
 * The server's own commands ({@code status}, {@code stop}) talking to a running server on this machine; it trusts
 * exactly the certificate of the data folder's keystore.
 */
public final class AdminClient implements AutoCloseable {

	private final Transport transport;

	public AdminClient(String host, int port, String fingerprint) {
		String h = host.contains(":") ? "[" + host + "]" : host;
		this.transport = new Transport(URI.create("https://" + h + ":" + port + "/"), PinnedTls.context(fingerprint),
				Duration.ZERO, new Transport.Retries() {
					@Override
					public void unreachable(String message, Duration retryIn) {
						// no retries
					}

					@Override
					public void reachable() {
						// no retries
					}
				}, Protocol.DEFAULT_MAX_BODY);
	}

	/** The server's answer to ping. */
	public Ping ping() {
		Reply reply = transport.get(Protocol.PING);
		check(reply);
		return Json.fromJson(reply.body(), Ping.class);
	}

	/** Asks the server to stop. */
	public void shutdown(String secret) {
		Reply reply = transport.postWithHeader(Protocol.SHUTDOWN, "null", Protocol.ADMIN_SECRET_HEADER, secret);
		check(reply);
	}

	private static void check(Reply reply) {
		if (!reply.ok()) {
			ErrorBody error = Json.fromJson(reply.body(), ErrorBody.class);
			throw new ServiceException(error == null ? Protocol.kind(reply.status()) : error.kind(),
					error == null ? "HTTP " + reply.status() : error.message());
		}
	}

	@Override
	public void close() {
		transport.close();
	}
}
