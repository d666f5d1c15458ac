package org.revisit.remote.internal;

import org.eclipse.osgi.util.NLS;

/** What the client of a Revisit server tells its user, in the platform's language (English and Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.remote.internal.messages"; //$NON-NLS-1$

	public static String Remote_describe;
	public static String Remote_notHttps;
	public static String Remote_unreachable;
	public static String Remote_unavailable;
	public static String Remote_interrupted;
	public static String Remote_notTls;
	public static String Remote_unknownServer;
	public static String Remote_certificateChanged;
	public static String Remote_badKnownServersLine;
	public static String Remote_cannotReadKnownServers;
	public static String Remote_cannotWriteKnownServers;
	public static String Remote_tooLarge;
	public static String Remote_httpStatus;
	public static String Remote_badAnswer;
	public static String Remote_cannotSend;
	public static String Remote_noCertificate;
	public static String Remote_unexpectedCertificate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
