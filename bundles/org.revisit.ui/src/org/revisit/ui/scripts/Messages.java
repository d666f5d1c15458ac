package org.revisit.ui.scripts;

import org.eclipse.osgi.util.NLS;

/** Messages of the script editor and the Scripts view; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.scripts.messages"; //$NON-NLS-1$

	public static String View_title;
	public static String View_colId;
	public static String View_colTitle;
	public static String View_colVersion;
	public static String View_colCreated;
	public static String View_loading;
	public static String View_summary;
	public static String View_job;
	public static String Action_new;
	public static String Action_open;
	public static String Action_refresh;
	public static String Action_editScript;
	public static String Editor_tabScript;
	public static String Editor_tabVersions;
	public static String Editor_save;
	public static String Editor_revert;
	public static String Editor_tryIt;
	public static String Editor_import;
	public static String Editor_new;
	public static String Editor_newText;
	public static String Editor_status;
	public static String Editor_statusNew;
	public static String Editor_problems;
	public static String Editor_noProblems;
	public static String Editor_colLine;
	public static String Editor_colProblem;
	public static String Editor_error;
	public static String Editor_warning;
	public static String Editor_load_job;
	public static String Editor_save_job;
	public static String Editor_saved;
	public static String Editor_conflict;
	public static String Editor_hasErrors;
	public static String Editor_imported;
	public static String Editor_importFailed;
	public static String Editor_tryItErrors;
	public static String Node_step;
	public static String Node_goesOn;
	public static String Node_continue;
	public static String Node_end;
	public static String Versions_compare;
	public static String Versions_show;
	public static String Versions_makeCurrent;
	public static String Versions_current;
	public static String Versions_same;
	public static String Versions_madeCurrent;
	public static String Versions_job;
	public static String Try_title;
	public static String Try_contact;
	public static String Try_noContact;
	public static String Try_step;
	public static String Try_over;
	public static String Try_undo;
	public static String Try_restart;
	public static String Try_path;
	public static String Try_callbackNote;
	public static String Try_failed;
	public static String Campaign_editScript;
	public static String Campaign_noScript;
	public static String Editor_notFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
