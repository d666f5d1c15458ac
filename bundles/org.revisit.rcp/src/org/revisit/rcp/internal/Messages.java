package org.revisit.rcp.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the application; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.rcp.internal.messages"; //$NON-NLS-1$

	public static String RevisitApplication_recovering;
	public static String RevisitApplication_upgrading;
	public static String RevisitApplication_preparingDemo;
	public static String ReadOnly_title;
	public static String ReadOnly_message;
	public static String SignIn_title;
	public static String SignIn_intro;
	public static String SignIn_server;
	public static String SignIn_serverHint;
	public static String SignIn_user;
	public static String SignIn_password;
	public static String SignIn_remember;
	public static String SignIn_signIn;
	public static String SignIn_local;
	public static String SignIn_connecting;
	public static String SignIn_noServer;
	public static String SignIn_badServer;
	public static String SignIn_noUser;
	public static String SignIn_noPassword;
	public static String SignIn_refused;
	public static String SignIn_locked;
	public static String SignIn_unavailable;
	public static String SignIn_failed;
	public static String SignIn_unknownTitle;
	public static String SignIn_unknownServer;
	public static String SignIn_notTrusted;
	public static String Window_teamTitle;
	public static String Daily_check;
	public static String Update_site;
	public static String Team_reachable;

	public static String UserGuide_title;
	public static String UserGuide_where;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
