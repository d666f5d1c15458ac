package org.revisit.remote;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.internal.Messages;

/**
 * A known server showed another certificate than the one remembered for it: refused, since someone may be
 * intercepting the connection. If the server was really re-installed, the user removes its line from the
 * known-servers file and connects again (and is asked to trust the new certificate).
 */
public class ChangedCertificateException extends ServiceException {

	private static final long serialVersionUID = 1L;

	private final String host;
	private final int port;
	private final String was;
	private final String now;

	public ChangedCertificateException(String host, int port, String was, String now, Path knownServers) {
		super(Kind.FAILED, NLS.bind(Messages.Remote_certificateChanged,
				new Object[] { KnownServers.key(host, port), was, now, knownServers }));
		this.host = host;
		this.port = port;
		this.was = was;
		this.now = now;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** The fingerprint remembered for the server. */
	public String was() {
		return was;
	}

	/** The fingerprint of the certificate it showed now. */
	public String now() {
		return now;
	}
}
