package org.revisit.rcp.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The team server and the user of the last sign-in, remembered in the data folder's preferences, so that the next
 * start asks to sign in there again (or, after "Work on this computer", opens the embedded database). Passwords are
 * never kept here: see {@link SavedPasswords}.
 */
public final class TeamPreferences {

	static final String QUALIFIER = "org.revisit.rcp"; //$NON-NLS-1$
	static final String SERVER = "team.server"; //$NON-NLS-1$
	static final String USER = "team.user"; //$NON-NLS-1$

	private TeamPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	/** The team server signed in to last time, or {@code null} (working on this computer). */
	public static String server() {
		String s = node().get(SERVER, null);
		return s == null || s.isBlank() ? null : s;
	}

	/** The user who signed in last time, or {@code null}. */
	public static String user() {
		String s = node().get(USER, null);
		return s == null || s.isBlank() ? null : s;
	}

	/** Remembers a successful sign-in. */
	public static void remember(String server, String user) {
		IEclipsePreferences node = node();
		node.put(SERVER, server);
		node.put(USER, user);
		save(node);
	}

	/** Forgets the team server (the user chose to work on this computer); the user name stays for next time. */
	public static void forgetServer() {
		IEclipsePreferences node = node();
		node.remove(SERVER);
		save(node);
	}

	private static void save(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the choice still holds for this session; the next start asks again
			ILog.of(TeamPreferences.class).warn(e.getMessage(), e);
		}
	}
}
