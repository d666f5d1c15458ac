package org.revisit.example.renewal;

import org.eclipse.osgi.util.NLS;

/** The example's texts for people, in the platform's language (messages.properties, messages_zh.properties). */
final class Messages extends NLS {

	/** Why a call is planned, as the agent sees it: {0} is the contract's end date. */
	public static String reason;

	static {
		NLS.initializeMessages("org.revisit.example.renewal.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
