package org.revisit.rcp.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the application; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.rcp.internal.messages"; //$NON-NLS-1$

	public static String RevisitApplication_recovering;
	public static String RevisitApplication_noServer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
