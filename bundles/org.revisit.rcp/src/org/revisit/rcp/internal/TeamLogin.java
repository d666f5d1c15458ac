package org.revisit.rcp.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.remote.KnownServers;
import org.revisit.remote.RemoteServices;
import org.revisit.remote.UnknownServerException;

/**
 * Signing in to a Revisit team server: checks the address people type and connects through the team server's
 * client ({@link RemoteServices}), trusting servers by the certificates remembered in a known-servers file (as
 * SSH does). While the server cannot be reached, the window's status line says so ({@link TeamStatus}).
 */
public final class TeamLogin {

	/** The port a team server listens on when the address names none. */
	public static final int DEFAULT_PORT = 8443;

	private final KnownServers known;
	private final Clock clock;

	/**
	 * @param knownServers the file of the servers this user trusts
	 * @param clock        the workbench's clock
	 */
	public TeamLogin(Path knownServers, Clock clock) {
		this.known = new KnownServers(knownServers);
		this.clock = clock;
	}

	/** The sign-in of this computer's user: the servers they trust are in {@code ~/.revisit/known-servers}. */
	public static TeamLogin forThisUser(Clock clock) {
		return new TeamLogin(KnownServers.defaultFile(), clock);
	}

	/** The file of the servers trusted. */
	public Path knownServers() {
		return known.file();
	}

	/**
	 * A server whose certificate this computer has not seen before: people compare its fingerprint with the one the
	 * server's administrator gave them (as SSH asks) and, if it matches, trust it from now on.
	 */
	public static final class UnknownServer extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Runnable trust;
		private final String fingerprint;

		/**
		 * @param fingerprint the SHA-256 fingerprint of the server's certificate, as people read it
		 * @param trust       remembers the certificate for this server, so that the next connect accepts it
		 */
		public UnknownServer(String fingerprint, Runnable trust) {
			super(fingerprint);
			this.fingerprint = fingerprint;
			this.trust = trust;
		}

		public String fingerprint() {
			return fingerprint;
		}

		/** Trusts the certificate from now on. */
		public void trust() {
			trust.run();
		}
	}

	/**
	 * The team server at {@code text} as typed: {@code https://HOST:PORT} (the port {@value #DEFAULT_PORT} when
	 * left out; a trailing slash is allowed).
	 *
	 * @throws IllegalArgumentException when it is no such address; the dialog names the field itself
	 */
	public static URI parse(String text) {
		String typed = text == null ? "" : text.strip(); //$NON-NLS-1$
		URI uri;
		try {
			uri = new URI(typed);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(typed, e);
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null //$NON-NLS-1$
				|| uri.getRawQuery() != null || uri.getRawFragment() != null
				|| uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) { //$NON-NLS-1$
			throw new IllegalArgumentException(typed);
		}
		int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
		try {
			return new URI("https", null, uri.getHost(), port, null, null, null); //$NON-NLS-1$
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(typed, e);
		}
	}

	/**
	 * Signs {@code user} in to the team server at {@code server}; the services then work for that user. Runs off the
	 * UI thread: it is a network round trip, retried for a while when the server does not answer.
	 *
	 * @throws UnknownServer    when the server's certificate is not known on this computer yet
	 * @throws ServiceException when the sign-in fails: {@link ServiceException.Kind#UNAUTHENTICATED} (a wrong user
	 *                          or password), {@link ServiceException.Kind#LOCKED}, {@link ServiceException.Kind#UNAVAILABLE}
	 *                          (the server cannot be reached), a certificate that changed, each with a one-line message
	 */
	public Services connect(URI server, String user, char[] password) throws UnknownServer {
		try {
			return RemoteServices.connect(server, user, password, known, clock, new RemoteServices.Listener() {
				@Override
				public void unreachable(String message, Duration retryIn) {
					TeamStatus.unreachable(message);
				}

				@Override
				public void reachable() {
					TeamStatus.reachable();
				}
			});
		} catch (UnknownServerException e) {
			throw new UnknownServer(e.fingerprint(), () -> known.trust(e.host(), e.port(), e.fingerprint()));
		}
	}
}
