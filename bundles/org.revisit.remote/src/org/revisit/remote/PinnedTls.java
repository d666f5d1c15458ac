package org.revisit.remote;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.internal.Messages;

/**
 * TLS for clients of a Revisit server: the server is trusted by the fingerprint of its certificate alone (pinned,
 * as SSH pins host keys), not by a certificate authority or its host name, so a self-signed certificate works
 * and a certificate the CA system would accept for the name does not get in.
 */
public final class PinnedTls {

	/** The protocols both sides allow. */
	public static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

	/** Decides on a server's certificate: {@code null} to accept it, or why it is refused. */
	@FunctionalInterface
	public interface Verdict {
		ServiceException judge(X509Certificate certificate, String fingerprint);
	}

	private PinnedTls() {
	}

	/** A TLS context whose trust manager asks {@code verdict} about each server certificate. */
	public static SSLContext context(Verdict verdict) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new Pinning(verdict) }, null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java has no TLS: " + e.getMessage(), e);
		}
	}

	/** A TLS context trusting exactly the certificate with this fingerprint. */
	public static SSLContext context(String fingerprint) {
		return context((certificate, actual) -> actual.equalsIgnoreCase(fingerprint) ? null
				: new ServiceException(ServiceException.Kind.FAILED,
						NLS.bind(Messages.Remote_unexpectedCertificate, actual, fingerprint)));
	}

	/** TLS 1.3 and 1.2 only. */
	public static SSLParameters parameters(SSLContext context) {
		SSLParameters p = context.getDefaultSSLParameters();
		p.setProtocols(PROTOCOLS.clone());
		return p;
	}

	/** The refusal of a {@link Verdict} somewhere in the causes of a failed connection, or {@code null}. */
	public static ServiceException refusal(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Refused r) {
				return r.reason;
			}
			for (Throwable s : t.getSuppressed()) {
				if (s instanceof Refused r) {
					return r.reason;
				}
			}
		}
		return null;
	}

	/** A certificate the verdict refused; carries the refusal through JSSE's exceptions. */
	private static final class Refused extends CertificateException {

		private static final long serialVersionUID = 1L;
		private final transient ServiceException reason;

		Refused(ServiceException reason) {
			super(reason.getMessage());
			this.reason = reason;
		}
	}

	private static final class Pinning extends X509ExtendedTrustManager {

		private final Verdict verdict;

		Pinning(Verdict verdict) {
			this.verdict = verdict;
		}

		private void check(X509Certificate[] chain) throws CertificateException {
			if (chain == null || chain.length == 0) {
				throw new CertificateException(Messages.Remote_noCertificate);
			}
			ServiceException refusal = verdict.judge(chain[0], KnownServers.fingerprint(chain[0]));
			if (refusal != null) {
				throw new Refused(refusal);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			check(chain);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			check(chain);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			check(chain);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("A Revisit client does not accept client certificates");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
