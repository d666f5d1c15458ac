package org.revisit.ui.internal;

import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** The default of the agent's time zone: this computer's zone, as it is when the workbench starts. */
public final class AgentZonePreferences extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(AgentZone.QUALIFIER).put(AgentZone.PREFERENCE, ZoneId.systemDefault().getId());
	}
}
