package org.revisit.ui.contacts;

import org.eclipse.osgi.util.NLS;

/** Messages of the contacts table, the contact form, bulk changes, import and export; English and Chinese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.contacts.messages"; //$NON-NLS-1$

	public static String Filter_class;
	public static String Filter_tag;
	public static String Filter_agent;
	public static String Filter_status;
	public static String Filter_doNotCall;
	public static String Filter_any;
	public static String Filter_noAgent;
	public static String Filter_yes;
	public static String Filter_no;
	public static String Status_active;
	public static String Status_left;
	public static String Action_add;
	public static String Action_edit;
	public static String Action_assign;
	public static String Action_addTag;
	public static String Action_removeTag;
	public static String Action_doNotCall;
	public static String Action_export;
	public static String Form_addTitle;
	public static String Form_editTitle;
	public static String Form_name;
	public static String Form_title;
	public static String Form_company;
	public static String Form_position;
	public static String Form_email;
	public static String Form_address;
	public static String Form_fax;
	public static String Form_phones;
	public static String Form_addPhone;
	public static String Form_remove;
	public static String Form_valid;
	public static String Form_birthday;
	public static String Form_none;
	public static String Form_solar;
	public static String Form_lunar;
	public static String Form_month;
	public static String Form_day;
	public static String Form_leap;
	public static String Form_year;
	public static String Form_timeZone;
	public static String Form_class;
	public static String Form_agent;
	public static String Form_tags;
	public static String Form_consent;
	public static String Form_consentSource;
	public static String Form_doNotCall;
	public static String Form_dncReason;
	public static String Form_dncSince;
	public static String Form_status;
	public static String Form_saving;
	public static String Form_reading;
	public static String Form_saved;
	public static String Form_phoneKind_MOBILE;
	public static String Form_phoneKind_OFFICE;
	public static String Form_phoneKind_HOME;
	public static String Form_phoneKind_FAX;
	public static String Form_phoneKind_OTHER;
	public static String Bulk_scopeTitle;
	public static String Bulk_selected;
	public static String Bulk_filter;
	public static String Bulk_agentPrompt;
	public static String Bulk_tagPrompt;
	public static String Bulk_reasonPrompt;
	public static String Bulk_job;
	public static String Bulk_done;
	public static String Bulk_cancelled;
	public static String Bulk_failed;
	public static String Bulk_nothingSelected;
	public static String Export_title;
	public static String Export_job;
	public static String Export_done;
	public static String Export_failed;
	public static String Sort_tip;
	public static String Import_titleContacts;
	public static String Import_titleEvents;
	public static String Import_fileTitle;
	public static String Import_fileDescription;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_encoding;
	public static String Import_detect;
	public static String Import_detected;
	public static String Import_readAs;
	public static String Import_reading;
	public static String Import_cannotRead;
	public static String Import_previewed;
	public static String Import_mappingTitle;
	public static String Import_mappingDescription;
	public static String Import_fileColumn;
	public static String Import_column;
	public static String Import_firstValue;
	public static String Import_ignore;
	public static String Import_twice;
	public static String Import_missing;
	public static String Import_checkTitle;
	public static String Import_checkDescription;
	public static String Import_checking;
	public static String Import_checked;
	public static String Import_line;
	public static String Import_rejectColumn;
	public static String Import_reason;
	public static String Import_job;
	public static String Import_done;
	public static String Import_rejectsSaved;
	public static String Import_failed;
	public static String Export_description;
	public static String Filter_agentTip;

	public static String Export_reading;
	public static String Export_writing;
	public static String Export_cancelled;
	public static String EventsExport_title;
	public static String EventsExport_description;
	public static String EventsExport_period;
	public static String EventsExport_to;
	public static String EventsExport_backwards;
	public static String EventsExport_job;
	public static String EventsExport_reading;
	public static String EventsExport_done;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
