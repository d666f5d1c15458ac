package org.revisit.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Revisit &gt; Time zone: the zone the workbench shows times in (see
 * {@link AgentZone}). The page edits a working copy; OK or Apply stores it in this workbench's instance scope.
 */
public final class TimeZonePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The id of this page in {@code plugin.xml}. */
	public static final String ID = "org.revisit.ui.preferences.timeZone"; //$NON-NLS-1$

	public TimeZonePreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_timeZoneIntro);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AgentZone.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(AgentZone.PREFERENCE, Messages.Preferences_timeZone, zones(),
				getFieldEditorParent()));
	}

	/**
	 * The zones to choose from as (label, id) pairs: this computer's first, then the regions' zones (Asia/Shanghai)
	 * and UTC, sorted; the legacy aliases (Etc/GMT+8, SystemV/...) are left out.
	 */
	static String[][] zones() {
		String machine = ZoneId.systemDefault().getId();
		TreeSet<String> ids = new TreeSet<>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				ids.add(id);
			}
		}
		ids.add("UTC"); //$NON-NLS-1$
		ids.remove(machine);
		List<String[]> result = new ArrayList<>();
		result.add(new String[] { NLS.bind(Messages.Preferences_thisComputer, machine), machine });
		ids.forEach(id -> result.add(new String[] { id, id }));
		return result.toArray(new String[0][]);
	}
}
