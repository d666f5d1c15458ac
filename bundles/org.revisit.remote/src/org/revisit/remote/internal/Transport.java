package org.revisit.remote.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.remote.KnownServers;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;

/**
 * Sends requests to one Revisit server over pinned HTTPS and waits out a server that cannot be reached: each
 * failed connection is retried after 1, 2, 4, 8, then every 10 seconds, the {@link Retries} listener told each
 * time, until the patience is used up ({@link Kind#UNAVAILABLE}). A certificate the pinning refuses, or a peer
 * that does not speak TLS, fails at once.
 */
public final class Transport implements AutoCloseable {

	private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
	/** Long enough for a planning run or a big import; a hung server is then treated as unreachable. */
	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(15);

	/** Told while the server cannot be reached. */
	public interface Retries {
		void unreachable(String message, Duration retryIn);

		void reachable();
	}

	/** An HTTP answer: its status and body. */
	public record Reply(int status, String body) {
		public boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	private final URI base;
	private final String name;
	private final HttpClient client;
	private final Duration patience;
	private final Retries retries;
	private volatile long maxBody;

	public Transport(URI base, SSLContext tls, Duration patience, Retries retries, long maxBody) {
		this.base = base;
		this.name = KnownServers.key(base.getHost(), base.getPort());
		this.patience = patience;
		this.retries = retries;
		this.maxBody = maxBody;
		this.client = HttpClient.newBuilder().sslContext(tls).sslParameters(PinnedTls.parameters(tls))
				.version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public URI base() {
		return base;
	}

	/** The largest request body the server takes. */
	public long maxBody() {
		return maxBody;
	}

	/** The largest request body the server takes, as it said at the login. */
	public void maxBody(long bytes) {
		if (bytes > 0) {
			maxBody = bytes;
		}
	}

	/** POSTs {@code body} (JSON) to {@code path}, retrying while the server cannot be reached. */
	public Reply post(String path, String body, String token, String idempotencyKey) {
		return send(request(path, body, token, idempotencyKey), patience);
	}

	/** POSTs once, without waiting for an unreachable server (a logout on the way out). */
	public Reply postOnce(String path, String body, String token) {
		return send(request(path, body, token, null), Duration.ZERO);
	}

	/** POSTs once with one extra header (the administrator's secret), without waiting for an unreachable server. */
	public Reply postWithHeader(String path, String body, String header, String value) {
		HttpRequest r = HttpRequest.newBuilder(request(path, body, null, null), (n, v) -> true).header(header, value)
				.build();
		return send(r, Duration.ZERO);
	}

	/** GETs {@code path}, retrying while the server cannot be reached. */
	public Reply get(String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
				.header("Accept", "application/json").GET().build(), patience);
	}

	private HttpRequest request(String path, String body, String token, String idempotencyKey) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > maxBody) {
			throw new ServiceException(Kind.INVALID, NLS.bind(Messages.Remote_tooLarge, size(bytes.length), size(maxBody)));
		}
		HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			b.header(Protocol.IDEMPOTENCY_HEADER, idempotencyKey);
		}
		return b.build();
	}

	private Reply send(HttpRequest request, Duration wait) {
		long start = System.nanoTime();
		Duration next = FIRST_WAIT;
		boolean failed = false;
		while (true) {
			try {
				HttpResponse<String> response = client.send(request,
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				if (failed) {
					retries.reachable();
				}
				return new Reply(response.statusCode(), response.body());
			} catch (IOException e) {
				ServiceException refusal = PinnedTls.refusal(e);
				if (refusal != null) {
					throw refusal;
				}
				if (notTls(e)) {
					throw new ServiceException(Kind.FAILED, NLS.bind(Messages.Remote_notTls, name, reason(e)), e);
				}
				Duration left = wait.minusNanos(System.nanoTime() - start);
				if (left.isNegative() || left.isZero()) {
					throw new ServiceException(Kind.UNAVAILABLE, NLS.bind(Messages.Remote_unavailable,
							new Object[] { name, Long.valueOf(wait.toSeconds()), reason(e) }), e);
				}
				Duration pause = next.compareTo(left) < 0 ? next : left;
				failed = true;
				retries.unreachable(NLS.bind(Messages.Remote_unreachable,
						new Object[] { name, reason(e), Long.valueOf(Math.max(1, pause.toSeconds())) }), pause);
				try {
					Thread.sleep(pause);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new ServiceException(Kind.UNAVAILABLE, NLS.bind(Messages.Remote_interrupted, name), e);
				}
				next = next.multipliedBy(2).compareTo(LONGEST_WAIT) < 0 ? next.multipliedBy(2) : LONGEST_WAIT;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ServiceException(Kind.UNAVAILABLE, NLS.bind(Messages.Remote_interrupted, name), e);
			}
		}
	}

	/**
	 * Whether the peer answered, but not with TLS a Revisit server speaks (a plain HTTP server, no common protocol):
	 * waiting does not help. A handshake cut short by a restarting server does not count.
	 */
	private static boolean notTls(IOException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof EOFException || t instanceof SocketException) {
				return false;
			}
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SSLHandshakeException h) {
				String m = String.valueOf(h.getMessage());
				return !m.contains("terminated the handshake") && !m.contains("closed");
			}
			if (t instanceof SSLException s) {
				String m = String.valueOf(s.getMessage());
				if (m.contains("nrecognized SSL message") || m.contains("plaintext connection")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String size(long bytes) {
		return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " KB";
	}

	private static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String m = root.getMessage();
		return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
	}

	@Override
	public void close() {
		client.shutdownNow();
	}
}
