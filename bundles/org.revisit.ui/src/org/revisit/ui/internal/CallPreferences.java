package org.revisit.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Settings of the agent's work on this computer besides the time zone ({@link AgentZone}): the language of the
 * built-in call scripts and how often My Queue reads itself again. Stored in the workbench's instance scope; the
 * defaults are set here (registered in plugin.xml).
 */
public final class CallPreferences extends AbstractPreferenceInitializer {

	/** The language of the built-in scripts: {@code ""} the workbench's, {@code zh} or {@code en}. */
	public static final String SCRIPT_LANGUAGE = "scriptLanguage"; //$NON-NLS-1$
	/** Seconds between two readings of My Queue, from {@value #MIN_REFRESH} to {@value #MAX_REFRESH}. */
	public static final String QUEUE_REFRESH = "queueRefreshSeconds"; //$NON-NLS-1$
	public static final int DEFAULT_REFRESH = 60;
	public static final int MIN_REFRESH = 15;
	public static final int MAX_REFRESH = 3600;

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AgentZone.QUALIFIER);
		defaults.put(SCRIPT_LANGUAGE, ""); //$NON-NLS-1$
		defaults.putInt(QUEUE_REFRESH, DEFAULT_REFRESH);
	}

	/** The language the built-in scripts of a call are taken in: {@code zh} or {@code en}. */
	public static String scriptLanguage() {
		String chosen = Platform.getPreferencesService().getString(AgentZone.QUALIFIER, SCRIPT_LANGUAGE, "", null); //$NON-NLS-1$
		if ("zh".equals(chosen) || "en".equals(chosen)) { //$NON-NLS-1$ //$NON-NLS-2$
			return chosen;
		}
		String nl = Platform.getNL();
		return nl != null && nl.startsWith("zh") ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Milliseconds between two readings of My Queue; a stored value out of range is brought into it. */
	public static long queueRefreshMillis() {
		int seconds = Platform.getPreferencesService().getInt(AgentZone.QUALIFIER, QUEUE_REFRESH, DEFAULT_REFRESH,
				null);
		return Math.clamp(seconds, MIN_REFRESH, MAX_REFRESH) * 1000L;
	}
}
