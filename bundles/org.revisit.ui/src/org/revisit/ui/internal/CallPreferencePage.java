package org.revisit.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Revisit &gt; Calls: the language of the built-in scripts and how often My Queue is
 * read again ({@link CallPreferences}). The keys of the Call view are on the Keys page.
 */
public final class CallPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The id of this page in {@code plugin.xml}. */
	public static final String ID = "org.revisit.ui.preferences.calls"; //$NON-NLS-1$

	public CallPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_callsIntro);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AgentZone.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(CallPreferences.SCRIPT_LANGUAGE, Messages.Preferences_scriptLanguage,
				new String[][] { { Messages.Preferences_scriptLanguageWorkbench, "" }, //$NON-NLS-1$
						{ Messages.Preferences_scriptLanguageZh, "zh" }, //$NON-NLS-1$
						{ Messages.Preferences_scriptLanguageEn, "en" } }, //$NON-NLS-1$
				getFieldEditorParent()));
		IntegerFieldEditor refresh = new IntegerFieldEditor(CallPreferences.QUEUE_REFRESH,
				Messages.Preferences_queueRefresh, getFieldEditorParent(), 4);
		refresh.setValidRange(CallPreferences.MIN_REFRESH, CallPreferences.MAX_REFRESH);
		addField(refresh);
	}
}
