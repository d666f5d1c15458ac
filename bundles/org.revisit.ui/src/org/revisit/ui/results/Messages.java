package org.revisit.ui.results;

import org.eclipse.osgi.util.NLS;

/** Messages of the Results view; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.results.messages"; //$NON-NLS-1$

	public static String Results_from;
	public static String Results_to;
	public static String Results_campaign;
	public static String Results_callType;
	public static String Results_agent;
	public static String Results_engineer;
	public static String Results_all;
	public static String Results_refresh;
	public static String Results_groupBy;
	public static String Results_byCampaign;
	public static String Results_byCallType;
	public static String Results_byAgent;
	public static String Results_byDay;
	public static String Results_tabCalling;
	public static String Results_tabCallbacks;
	public static String Results_tabSatisfaction;
	public static String Results_tabSupervision;
	public static String Results_tabComplaints;
	public static String Results_tabQuality;
	public static String Results_tabCalls;
	public static String Results_loadJob;
	public static String Results_loading;
	public static String Results_loaded;
	public static String Results_failed;
	public static String Results_exportCsv;
	public static String Results_exportCsvGbk;
	public static String Results_savePng;
	public static String Results_saved;
	public static String Results_notSaved;
	public static String Results_exportJob;
	public static String Results_notRecorded;
	public static String Results_more;
	public static String Results_callsOf;
	public static String Results_openContact;
	public static String Results_print;
	public static String Results_reportZone;
	public static String Results_reportZoneTip;
	public static String Results_reportZoneTitle;
	public static String Results_reportZoneMessage;
	public static String Results_reportZoneInvalid;
	public static String Results_reportZoneReadJob;
	public static String Results_reportZoneJob;
	public static String Results_reportZoneDone;
	public static String Results_reportZoneSame;
	public static String Results_reportZoneFailed;
	public static String Results_reportZoneReadFailed;
	public static String Results_printTip;
	public static String Results_printTitle;
	public static String Results_printed;
	public static String Results_notPrinted;
	public static String Results_drillHint;
	public static String Results_seriesPlanned;
	public static String Results_seriesReached;
	public static String Results_seriesCompleted;
	public static String Results_seriesOnTime;
	public static String Results_seriesLate;
	public static String Results_seriesMissed;
	public static String Results_seriesOpen;
	public static String Results_seriesCalls;
	public static String Results_seriesBad;
	public static String Results_seriesComplaints;
	public static String Results_seriesVerified;
	public static String Results_tabAnswers;
	public static String Results_seriesUses;
	public static String Results_seriesDissatisfied;
	public static String Results_scoreAxis;
	public static String Results_noData;
	public static String Results_today;
	public static String Results_sameDayLastWeek;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
