package org.revisit.ui.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.revisit.core.calltype.PlanningContext;

/**
 * The agent's time zone: the zone the workbench shows times in, a preference of this workbench
 * ({@value #PREFERENCE}, Window &gt; Preferences &gt; Revisit &gt; Time zone; by default this computer's zone),
 * and how a time is shown with the contact's local time beside it when the contact lives in another zone.
 */
public final class AgentZone {

	/** The preference node of the user interface. */
	public static final String QUALIFIER = "org.revisit.ui"; //$NON-NLS-1$

	/** The preference holding the agent's zone, an IANA id such as {@code Asia/Shanghai}. */
	public static final String PREFERENCE = "agentTimeZone"; //$NON-NLS-1$

	private AgentZone() {
	}

	/** The agent's zone: the preference, or this computer's zone when it is not set or not a zone. */
	public static ZoneId get() {
		String id = Platform.getPreferencesService().getString(QUALIFIER, PREFERENCE, null, null);
		if (id == null || id.isBlank()) {
			return ZoneId.systemDefault();
		}
		try {
			return ZoneId.of(id.strip());
		} catch (DateTimeException e) {
			ILog.of(AgentZone.class).warn("The time zone preference '" + id + "' is not a time zone; using " //$NON-NLS-1$ //$NON-NLS-2$
					+ ZoneId.systemDefault().getId());
			return ZoneId.systemDefault();
		}
	}

	/** Sets the agent's zone and saves it. */
	public static void set(ZoneId zone) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		store.setValue(PREFERENCE, zone.getId());
		try {
			store.save();
		} catch (IOException e) {
			ILog.of(AgentZone.class).error(e.getMessage(), e);
		}
	}

	/**
	 * Calls {@code whenChanged} (on the thread that changed it) whenever the agent's zone changes.
	 *
	 * @return what stops the calls
	 */
	public static Runnable onChange(Runnable whenChanged) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		IPreferenceChangeListener listener = e -> {
			if (PREFERENCE.equals(e.getKey())) {
				whenChanged.run();
			}
		};
		node.addPreferenceChangeListener(listener);
		return () -> node.removePreferenceChangeListener(listener);
	}

	/** The zone of a contact as stored, or the default zone of contacts without a valid one. */
	public static ZoneId contactZone(String timeZone) {
		return PlanningContext.zoneOf(timeZone);
	}

	/** Whether times read differently in the two zones. */
	public static boolean differ(ZoneId agent, ZoneId contact) {
		return !agent.getRules().equals(contact.getRules());
	}

	/**
	 * {@code at} in the agent's zone as {@code format} writes it, with the contact's local time beside it when
	 * the contact's zone differs: {@code 14:30 (contact 15:30 Asia/Tokyo)}.
	 */
	public static String withContact(Instant at, ZoneId agent, ZoneId contact, DateTimeFormatter format) {
		String mine = format.format(at.atZone(agent));
		return differ(agent, contact)
				? NLS.bind(Messages.Time_withContact, new Object[] { mine, format.format(at.atZone(contact)), contact.getId() })
				: mine;
	}

	/** A window from {@code from} to {@code to}, shown as {@link #withContact} shows a time. */
	public static String window(Instant from, Instant to, ZoneId agent, ZoneId contact, DateTimeFormatter format) {
		String mine = format.format(from.atZone(agent)) + "\u2013" + format.format(to.atZone(agent)); //$NON-NLS-1$
		if (!differ(agent, contact)) {
			return mine;
		}
		String theirs = format.format(from.atZone(contact)) + "\u2013" + format.format(to.atZone(contact)); //$NON-NLS-1$
		return NLS.bind(Messages.Time_withContact, new Object[] { mine, theirs, contact.getId() });
	}
}
