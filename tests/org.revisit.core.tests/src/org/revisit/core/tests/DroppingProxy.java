package org.revisit.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a server that can lose an answer: once armed, the next bytes the server sends are not
 * passed on and both connections are closed, as a network that drops while the answer is on its way. TLS goes
 * through it untouched.
 */
final class DroppingProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int target;
	private final AtomicBoolean armed = new AtomicBoolean();
	private final AtomicInteger dropped = new AtomicInteger();

	DroppingProxy(int target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::accept);
	}

	int port() {
		return listener.getLocalPort();
	}

	/** Loses the next answer. */
	void dropNextAnswer() {
		armed.set(true);
	}

	/** How many answers were lost. */
	int dropped() {
		return dropped.get();
	}

	private void accept() {
		while (!listener.isClosed()) {
			Socket client;
			try {
				client = listener.accept();
			} catch (IOException closed) {
				return;
			}
			try {
				Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
				Thread.ofVirtual().start(() -> relay(client, server, false));
				Thread.ofVirtual().start(() -> relay(server, client, true));
			} catch (IOException serverDown) {
				// the server is not there (restarting): the client sees the connection close and tries again
				try {
					client.close();
				} catch (IOException ignored) {
					// closed anyway
				}
			}
		}
	}

	private void relay(Socket from, Socket to, boolean answers) {
		byte[] buffer = new byte[16384];
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int n;
			while ((n = in.read(buffer)) > 0) {
				if (answers && armed.compareAndSet(true, false)) {
					dropped.incrementAndGet();
					return;
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		} catch (IOException closed) {
			// the other side closed
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}
}
