package org.revisit.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/** Reading request bodies under a size limit. */
public final class Bodies {

	/** The body was larger than the limit. */
	public static final class TooLarge extends Exception {

		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("The request is larger than the server accepts (" + describe(limit) + ")");
		}
	}

	/** How much of a body that is not wanted is read to keep the connection; beyond, it is closed. */
	static final long DISCARD_LIMIT = 64 * 1024;

	private Bodies() {
	}

	/** The request body as text, refusing it as soon as it is known to be longer than {@code limit} bytes. */
	public static String read(HttpExchange exchange, long limit) throws IOException, TooLarge {
		String length = exchange.getRequestHeaders().getFirst("Content-Length");
		if (length != null) {
			try {
				if (Long.parseLong(length.strip()) > limit) {
					throw new TooLarge(limit);
				}
			} catch (NumberFormatException e) {
				// the server itself refuses a malformed length before we get here
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16384];
		InputStream in = exchange.getRequestBody();
		int n;
		while ((n = in.read(buffer)) > 0) {
			if ((long) out.size() + n > limit) {
				throw new TooLarge(limit);
			}
			out.write(buffer, 0, n);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Reads what is left of the request body (up to {@value #DISCARD_LIMIT} bytes) before the answer goes out, or
	 * has the connection closed after the answer when more is left. The JDK's HTTPS server otherwise stalls the
	 * next request of a kept-alive connection whose previous request body was not read (the server answered a
	 * request without a session, say, without reading it).
	 */
	public static void finish(HttpExchange exchange) {
		byte[] buffer = new byte[16384];
		long left = DISCARD_LIMIT;
		try {
			InputStream in = exchange.getRequestBody();
			int n;
			while ((n = in.read(buffer)) > 0) {
				left -= n;
				if (left < 0) {
					exchange.getResponseHeaders().set("Connection", "close");
					return;
				}
			}
		} catch (IOException e) {
			exchange.getResponseHeaders().set("Connection", "close");
		}
	}

	static String describe(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " bytes";
	}
}
