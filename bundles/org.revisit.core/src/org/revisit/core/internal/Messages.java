package org.revisit.core.internal;

import org.eclipse.osgi.util.NLS;

/** The core bundle's texts in the platform's language (English and Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.core.internal.messages"; //$NON-NLS-1$

	public static String Plan_alreadyKey;
	public static String Plan_alreadyTask;
	public static String Plan_newCall;
	public static String Plan_pendingThisRun;
	public static String Plan_pendingTask;
	public static String Plan_nonePending;
	public static String Plan_noLongerPlanned;
	public static String Plan_noLongerProposed;
	public static String Plan_budgetUsed;
	public static String Plan_budgetGivesWay;
	public static String Plan_budgetBumped;
	public static String Plan_budgetFull;
	public static String Plan_noContact;
	public static String Plan_left;
	public static String Plan_leftNoSuccessor;
	public static String Plan_leftSuccessorLeft;
	public static String Plan_toSuccessor;
	public static String Plan_active;
	public static String Plan_doNotCall;
	public static String Plan_mayBeCalled;
	public static String Plan_promisedAfterHorizon;
	public static String Plan_promisedOverdue;
	public static String Plan_promisedFor;
	public static String Plan_promisedKept;
	public static String Plan_agreedNotAllowed;
	public static String Plan_deadlineBefore;
	public static String Plan_deadlineLate;
	public static String Plan_promisedNoSlot;
	public static String Plan_promisedPlaced;
	public static String Plan_promisedPlacedLate;
	public static String Plan_promiseNeverPending;
	public static String Plan_budgetPromise;
	public static String Plan_tooLate;
	public static String Plan_overdue;
	public static String Plan_afterHorizon;
	public static String Plan_due;
	public static String Plan_noWorkingDay;
	public static String Plan_isWorkingDay;
	public static String Plan_movedTo;
	public static String Plan_windowsOver;
	public static String Plan_noWindow;
	public static String Plan_placed;
	public static String Plan_campaignInactive;
	public static String Plan_campaignPeriod;
	public static String Plan_sampled;
	public static String Plan_notSampled;
	public static String Plan_campaignOk;
	public static String Explain_leftWithSuccessor;
	public static String Explain_left;
	public static String Explain_doNotCallSince;
	public static String Explain_doNotCall;
	public static String Explain_phones;
	public static String Explain_noPhone;
	public static String Explain_attempts;
	public static String Explain_dueLater;
	public static String Explain_dueSince;
	public static String Explain_claimedBy;
	public static String Explain_free;
	public static String Hours_inWindow;
	public static String Hours_lunch;
	public static String Hours_outside;
	public static String Attempts_unreachable;
	public static String Attempts_again;
	public static String Day_decree;
	public static String Day_makeup;
	public static String Day_holiday;
	public static String Day_weekend;
	public static String Day_working;
	public static String Calendar_noDecree;
	public static String State_PLANNED;
	public static String State_CLAIMED;
	public static String State_RESCHEDULED;
	public static String State_COMPLETED;
	public static String State_UNREACHABLE;
	public static String State_CANCELLED;

	public static String Plan_progress;
	public static String Plan_campaign;
	public static String Plan_notInstalled;
	public static String Plan_cannotCreate;
	public static String Plan_badFilter;
	public static String Plan_callTypeFailed;
	public static String Plan_otherRun;
	public static String Successor_nameRequired;
	public static String Successor_mobileRequired;
	public static String Successor_mobileProblem;
	public static String Successor_mobileInvalid;
	public static String Run_where;
	public static String Run_noField;
	public static String Run_score;
	public static String Run_refused;
	public static String Run_noValue;
	public static String Run_callbackNeeded;
	public static String Run_callbackPast;
	public static String Run_successorNeeded;
	public static String Run_notAnAnswer;
	public static String Run_noAnswer;
	public static String Run_over;
	public static String Plan_budgetShareFull;
	public static String Script_noScript;
	public static String Script_secondScript;
	public static String Script_noSteps;
	public static String Script_duplicateStep;
	public static String Script_nothingToSay;
	public static String Script_unknownPlaceholder;
	public static String Script_unreachable;
	public static String Script_loop;
	public static String Script_noWayToEnd;
	public static String Script_answer;
	public static String Script_missingStep;
	public static String Script_endsAndGoes;
	public static String Script_goesToMany;
	public static String Script_anyAnswer;
	public static String Script_line;
	public static String Script_notStep;
	public static String Script_notUnderstood;
	public static String Script_titleNoSteps;
	public static String Script_titleNoStepsQuoted;
	public static String Script_unknownAction;
	public static String Script_remark;
	public static String Lint_step;
	public static String Lint_filler;
	public static String Lint_fillerSuggestion;
	public static String Lint_phrase;
	public static String Lint_phraseSuggestion;
	public static String AnswerImport_noSpeaker;
	public static String AnswerImport_numberedNoSpeaker;
	public static String AnswerImport_moreOfReply;
	public static String AnswerImport_notUnderstood;
	public static String AnswerImport_replyExpected;
	public static String AnswerImport_headingNoNumber;
	public static String AnswerImport_outOfSequence;
	public static String AnswerImport_unfiledTitle;
	public static String AnswerImport_unfiled;
	public static String AnswerImport_replyWithoutCustomer;
	public static String AnswerImport_detailsBeforeCategory;
	public static String AnswerImport_idOutsideEntry;
	public static String AnswerImport_noReply;
	public static String AnswerImport_customerEmpty;
	public static String AnswerImport_stepOrHeading;
	public static String AnswerImport_problem;
	public static String AnswerImport_kindSkipped;
	public static String AnswerImport_kindNoReply;
	public static String AnswerImport_kindGuessed;
	public static String AnswerVersion_changes;
	public static String Campaign_field;
	public static String Campaign_required;
	public static String Campaign_noCallType;
	public static String Campaign_priority;
	public static String Campaign_noSuchParameter;
	public static String Campaign_scriptVersion;
	public static String Campaign_notSaved;
	public static String Campaign_none;
	public static String Campaign_endReason;
	public static String Campaign_copyName;
	public static String Campaign_cannotMove;
	public static String Campaign_hasOutcomes;
	public static String Campaign_previewDays;
	public static String CampaignState_DRAFT;
	public static String CampaignState_ACTIVE;
	public static String CampaignState_PAUSED;
	public static String CampaignState_ENDED;
	public static String Param_mustBe;
	public static String Param_INTEGER;
	public static String Param_DAYS;
	public static String Param_DATE;
	public static String Param_MONTH_DAY;
	public static String Param_CHOICE;
	public static String Param_TEXT;
	public static String Param_PERCENT;
	public static String Target_badTerm;
	public static String Target_badNotCalled;
	public static String Import_reject;
	public static String Import_rejectColumn;
	public static String Import_undecodable;
	public static String Import_undecodableOther;
	public static String Import_utf8Row;
	public static String Import_fieldCount;
	public static String Import_quoteEnd;
	public static String Import_quoteInside;
	public static String Import_quoteNeverClosed;
	public static String Import_quoteRunsOn;
	public static String Import_notYesNo;
	public static String Import_notDate;
	public static String Import_notRealDate;
	public static String Import_tooLong;
	public static String Import_notValid;
	public static String Import_duplicateStored;
	public static String Import_duplicateLine;
	public static String Import_notChinaMobile;
	public static String Import_lunarNoBirthday;
	public static String Import_notBirthday;
	public static String Import_unknownClass;
	public static String Import_unknownStatus;
	public static String Import_unknownKind;
	public static String Import_unknownCategory;
	public static String Import_unknownSeverity;
	public static String Import_noOccurredAt;
	public static String Import_categoryNotComplaint;
	public static String Import_severityNotComplaint;
	public static String Import_callbackNotComplaint;
	public static String Import_callbackBefore;
	public static String Import_duplicateRefLine;
	public static String Import_duplicateRefStored;
	public static String Import_notContactId;
	public static String Import_noContactId;
	public static String Import_noContact;
	public static String Import_noMobile;
	public static String Import_severalMobile;
	public static String Calendar_more;
	public static String Calendar_moreOne;
	public static String Calendar_titleYear;
	public static String Calendar_noYear;
	public static String Calendar_alreadyArranged;
	public static String Calendar_noArrangement;
	public static String Calendar_daysSaid;
	public static String Calendar_noDays;
	public static String Calendar_offOrWork;
	public static String Calendar_twoRanges;
	public static String Calendar_rangeTwoDates;
	public static String Calendar_notARange;
	public static String Calendar_noMonth;
	public static String Calendar_notNoticeYear;
	public static String Calendar_notADate;
	public static String Calendar_weekday;
	public static String Calendar_nameTwice;
	public static String Calendar_usageName;
	public static String Calendar_unknownLine;
	public static String Calendar_listedTwice;
	public static String Calendar_usageRule;
	public static String Calendar_solarOrLunar;
	public static String Calendar_notMonthDay;
	public static String Calendar_daysOff;
	public static String Calendar_usageEntry;
	public static String Calendar_notYmd;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** A task state (PLANNED, CLAIMED...) in the platform's language; a state without a text as it is. */
	public static String state(String state) {
		String text = state == null ? null : switch (state) {
		case "PLANNED" -> State_PLANNED; //$NON-NLS-1$
		case "CLAIMED" -> State_CLAIMED; //$NON-NLS-1$
		case "RESCHEDULED" -> State_RESCHEDULED; //$NON-NLS-1$
		case "COMPLETED" -> State_COMPLETED; //$NON-NLS-1$
		case "UNREACHABLE" -> State_UNREACHABLE; //$NON-NLS-1$
		case "CANCELLED" -> State_CANCELLED; //$NON-NLS-1$
		default -> null;
		};
		return text != null ? text : state;
	}
}
