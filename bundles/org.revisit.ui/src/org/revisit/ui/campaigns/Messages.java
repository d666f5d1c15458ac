package org.revisit.ui.campaigns;

import org.eclipse.osgi.util.NLS;

/** Messages of the campaign wizard, editor and preview; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.campaigns.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String TypePage_title;
	public static String TypePage_description;
	public static String SettingsPage_title;
	public static String SettingsPage_description;
	public static String Form_name;
	public static String Form_callType;
	public static String Form_from;
	public static String Form_to;
	public static String Form_dateHint;
	public static String Form_target;
	public static String Form_classes;
	public static String Form_tags;
	public static String Form_agent;
	public static String Form_company;
	public static String Form_region;
	public static String Form_listHint;
	public static String Form_counting;
	public static String Form_count;
	public static String Form_countJob;
	public static String Form_schedule;
	public static String Form_windows;
	public static String Form_windowsHint;
	public static String Form_attempts;
	public static String Form_retry;
	public static String Form_retryHint;
	public static String Form_priority;
	public static String Form_script;
	public static String Form_scriptVersion;
	public static String Form_parameters;
	public static String Form_noParameters;
	public static String Form_required;
	public static String Form_badWindows;
	public static String Form_badRetry;
	public static String Form_badDate;
	public static String Form_ok;
	public static String Finish_job;
	public static String Preview_title;
	public static String Preview_job;
	public static String Preview_running;
	public static String Preview_summary;
	public static String Preview_series;
	public static String Preview_perAgent;
	public static String Preview_perGate;
	public static String Preview_noAgent;
	public static String Preview_activate;
	public static String Preview_activated;
	public static String Editor_save_job;
	public static String Editor_load_job;
	public static String Editor_revert;
	public static String Editor_preview;
	public static String Editor_state;
	public static String Editor_conflict;
	public static String Editor_saved;
	public static String State_DRAFT;
	public static String State_ACTIVE;
	public static String State_PAUSED;
	public static String State_ENDED;
	public static String Action_new;
	public static String Action_edit;
	public static String Action_preview;
	public static String Action_activate;
	public static String Action_pause;
	public static String Action_resume;
	public static String Action_end;
	public static String Action_copy;
	public static String Action_delete;
	public static String Action_job;
	public static String End_title;
	public static String End_message;
	public static String End_reasonRequired;
	public static String Delete_title;
	public static String Delete_message;
	public static String Failed_title;
	public static String Column_state;
	public static String Editor_save;
	public static String Form_scriptJob;
	public static String Form_scriptReading;
	public static String Form_scriptMissing;
	public static String Form_scriptPreview;
	public static String Form_notCalled;
	public static String Form_notCalledHint;
	public static String Form_nameEn;
	public static String Form_nameEnHint;
	public static String Form_budgetShare;
	public static String Form_problem;
	public static String Form_fieldPart;
	public static String Form_scriptCurrent;
	public static String Form_scriptCurrentTip;

	public static String Editor_changedElsewhere;
	public static String Editor_deletedElsewhere;
	public static String Editor_reloaded;
	public static String Editor_close_title;
	public static String Editor_close_question;
	public static String Form_scriptHint;
	public static String Form_scriptChoose;
	public static String Form_scriptChooseTip;
	public static String Form_scriptCurrentIs;
	public static String Form_scriptVersionItem;
	public static String Picker_title;
	public static String Picker_reading;
	public static String Picker_job;
	public static String Picker_colTitle;
	public static String Picker_colLanguage;
	public static String Picker_colCallType;
	public static String Picker_anyCallType;
	public static String Picker_colVersion;
	public static String Picker_colSpeaking;
	public static String Picker_colId;
	public static String Picker_all;
	public static String Picker_summary;
	public static String Picker_summaryAll;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
