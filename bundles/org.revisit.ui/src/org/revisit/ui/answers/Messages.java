package org.revisit.ui.answers;

import org.eclipse.osgi.util.NLS;

/** Messages of the answer library's view, editor and import wizard; English and Chinese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.answers.messages"; //$NON-NLS-1$

	public static String View_search;
	public static String View_colCategory;
	public static String View_colCustomer;
	public static String View_colReply;
	public static String View_noCall;
	public static String View_forCall;
	public static String View_forComplaint;
	public static String View_use;
	public static String View_large;
	public static String View_edit;
	public static String View_copiedToNotes;
	public static String View_copiedToClipboard;
	public static String View_searchJob;
	public static String View_recordJob;
	public static String View_count;
	public static String View_failed;
	public static String View_recordFailed;
	public static String View_branch;
	public static String View_copiedBranchToNotes;
	public static String Large_title;
	public static String Editor_title;
	public static String Editor_addCategory;
	public static String Editor_addSubcategory;
	public static String Editor_addEntry;
	public static String Editor_remove;
	public static String Editor_title_label;
	public static String Editor_customer;
	public static String Editor_reply;
	public static String Editor_branches;
	public static String Editor_tags;
	public static String Editor_complaint;
	public static String Editor_language;
	public static String Editor_preview;
	public static String Editor_lintOk;
	public static String Editor_lint;
	public static String Editor_save;
	public static String Editor_export;
	public static String Editor_saved;
	public static String Editor_loading;
	public static String Editor_version;
	public static String Editor_builtin;
	public static String Editor_newCategory;
	public static String Editor_newEntry;
	public static String Editor_exported;
	public static String Editor_failed;
	public static String Editor_conflict;
	public static String Editor_versions;
	public static String Editor_restored;
	public static String Editor_unsavedTitle;
	public static String Editor_unsaved;
	public static String Editor_discard;
	public static String Versions_title;
	public static String Versions_hint;
	public static String Versions_version;
	public static String Versions_by;
	public static String Versions_when;
	public static String Versions_changes;
	public static String Versions_note;
	public static String Versions_none;
	public static String Versions_restore;
	public static String Versions_restoreBuiltin;
	public static String Versions_failed;
	public static String Import_title;
	public static String Import_description;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_replace;
	public static String Import_check;
	public static String Import_checked;
	public static String Import_done;
	public static String Import_failed;
	public static String Import_unreadable;
	public static String Import_doneTitle;
	public static String Import_more;
	public static String Complaint_SERVICE_DELAY;
	public static String Complaint_SERVICE_QUALITY;
	public static String Complaint_ATTITUDE;
	public static String Complaint_CONDUCT;
	public static String Complaint_FEES;
	public static String Complaint_PRODUCT_FAULT;
	public static String Complaint_PRESALES_OVERPROMISE;
	public static String Complaint_OTHER;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
