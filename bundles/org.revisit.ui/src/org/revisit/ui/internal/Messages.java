package org.revisit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the user interface; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.internal.messages"; //$NON-NLS-1$

	public static String ContactsView_summary;
	public static String ContactsView_loading;
	public static String ContactsView_loadJob;
	public static String ContactsView_colName;
	public static String ContactsView_colCompany;
	public static String ContactsView_colPosition;
	public static String ContactsView_colPhone;
	public static String ContactsView_colBirthday;
	public static String ContactsView_colClass;
	public static String ContactsView_colTimeZone;
	public static String ContactsView_colAgent;
	public static String ContactsView_colStatus;
	public static String Birthday_solar;
	public static String Birthday_lunar;
	public static String Birthday_lunarLeap;
	public static String Status_active;
	public static String Status_left;
	public static String Status_doNotCall;
	public static String CampaignsView_summary;
	public static String CampaignsView_loadJob;
	public static String CampaignsView_colName;
	public static String CampaignsView_colCallType;
	public static String CampaignsView_colPriority;
	public static String CampaignsView_colPeriod;
	public static String CampaignsView_colOpen;
	public static String CampaignsView_colTotal;
	public static String CampaignsView_open;
	public static String CallType_org_revisit_calltype_birthday;
	public static String CallType_org_revisit_calltype_holiday;
	public static String CallType_org_revisit_calltype_returnVisit;
	public static String CallType_org_revisit_calltype_firstVisit;
	public static String CallType_org_revisit_calltype_hotlineSupervision;
	public static String View_noStore;
	public static String QueueView_summary;
	public static String QueueView_allTypes;
	public static String QueueView_typeCount;
	public static String QueueView_loadJob;
	public static String QueueView_claimJob;
	public static String QueueView_refresh;
	public static String QueueView_colDue;
	public static String QueueView_colContact;
	public static String QueueView_colCompany;
	public static String QueueView_colCallType;
	public static String QueueView_colPriority;
	public static String QueueView_colAttempts;
	public static String QueueView_colState;
	public static String QueueView_colReason;
	public static String QueueView_overdue;
	public static String QueueView_open;
	public static String QueueView_mine;
	public static String QueueView_held;
	public static String QueueView_claimed;
	public static String QueueView_takenTitle;
	public static String QueueView_taken;
	public static String ContactCard_none;
	public static String ContactCard_loadJob;
	public static String ContactCard_saveJob;
	public static String ContactCard_details;
	public static String ContactCard_successor;
	public static String ContactCard_birthday;
	public static String ContactCard_phones;
	public static String ContactCard_colType;
	public static String ContactCard_colNumber;
	public static String ContactCard_colValid;
	public static String ContactCard_markInvalid;
	public static String ContactCard_markValid;
	public static String ContactCard_invalid;
	public static String ContactCard_valid;
	public static String ContactCard_pending;
	public static String ContactCard_history;
	public static String ContactCard_colWhen;
	public static String ContactCard_colWhat;
	public static String ContactCard_colDetail;
	public static String ContactCard_call;
	public static String ContactCard_stale;
	public static String ContactCard_staleTitle;
	public static String Event_PURCHASE;
	public static String Event_HOTLINE_TICKET;
	public static String Event_ONSITE_VISIT;
	public static String Event_TRAINING;
	public static String Event_COMPLAINT;
	public static String Phone_MOBILE;
	public static String Phone_OFFICE;
	public static String Phone_HOME;
	public static String Phone_FAX;
	public static String Phone_OTHER;
	public static String Task_PLANNED;
	public static String Task_CLAIMED;
	public static String Task_RESCHEDULED;
	public static String Task_COMPLETED;
	public static String Task_UNREACHABLE;
	public static String Task_CANCELLED;
	public static String ContactsView_search;
	public static String ContactsView_found;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
