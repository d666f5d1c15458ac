package org.revisit.remote;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.internal.Messages;

/**
 * The first connection to a server this client does not know yet: trust on first use, as SSH does. The client
 * shows the {@link #fingerprint()} to the user, who compares it with the one the server's administrator
 * published ({@code revisit server init} and {@code start} print it); if they match, the client calls
 * {@link KnownServers#trust(String, int, String)} and connects again.
 */
public class UnknownServerException extends ServiceException {

	private static final long serialVersionUID = 1L;

	private final String host;
	private final int port;
	private final String fingerprint;

	public UnknownServerException(String host, int port, String fingerprint) {
		super(Kind.FAILED, NLS.bind(Messages.Remote_unknownServer, KnownServers.key(host, port), fingerprint));
		this.host = host;
		this.port = port;
		this.fingerprint = fingerprint;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** The SHA-256 fingerprint of the server's certificate, {@code AB:CD:...}. */
	public String fingerprint() {
		return fingerprint;
	}
}
