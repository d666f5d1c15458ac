package org.revisit.rcp.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;

/**
 * Signing in to a Revisit team server: checks the address people type and connects. The connection itself is made
 * by the team server's client ({@code org.revisit.remote}); until that bundle is part of the product,
 * {@link #connect} says the client is not built yet.
 */
public final class TeamLogin {

	/** The port a team server listens on when the address names none. */
	public static final int DEFAULT_PORT = 8443;

	private TeamLogin() {
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
	 * UI thread: it is a network round trip.
	 *
	 * @throws UnknownServer    when the server's certificate is not known on this computer yet
	 * @throws ServiceException when the sign-in fails: {@link ServiceException.Kind#UNAUTHENTICATED} (a wrong user
	 *                          or password), {@link ServiceException.Kind#LOCKED}, {@link ServiceException.Kind#UNAVAILABLE}
	 *                          (the server cannot be reached, or its certificate changed), each with a one-line message
	 */
	public static Services connect(URI server, String user, char[] password) throws UnknownServer {
		throw new ServiceException(ServiceException.Kind.UNAVAILABLE, "the team server client is not built yet"); //$NON-NLS-1$
	}
}
