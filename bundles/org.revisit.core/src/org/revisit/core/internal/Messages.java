package org.revisit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

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
	public static String Answers_entryIdInvalid;
	public static String Answers_notHeld;
	public static String Answers_noEntry;
	public static String Answers_noBranch;
	public static String Answers_noLibrary;
	public static String Answers_noVersion;
	public static String Answers_emptyDocument;
	public static String Answers_documentTooLarge;
	public static String Answers_noEntryFound;
	public static String Answers_entry;
	public static String Answers_documentLine;
	public static String Answers_of;
	public static String Answers_fieldCategoryId;
	public static String Answers_fieldCategoryTitle;
	public static String Answers_fieldEntryId;
	public static String Answers_fieldCustomer;
	public static String Answers_fieldReply;
	public static String Answers_fieldTag;
	public static String Answers_fieldBranchCondition;
	public static String Answers_fieldBranchReply;
	public static String Answers_fieldBranch;
	public static String Answers_fieldNote;
	public static String Answers_fieldSearch;
	public static String Answers_fieldCategory;
	public static String Answers_nestTooDeep;
	public static String Answers_tooManyEntries;
	public static String Answers_idTwice;
	public static String Answers_language;
	public static String Answers_complaint;
	public static String Answers_tooManyTags;
	public static String Answers_tagComma;
	public static String Answers_empty;
	public static String Answers_tooLong;
	public static String Answers_forbidden;
	public static String Answers_limit;
	public static String Answers_noCall;
	public static String Answers_changed;
	public static String Answers_restoreNote;
	public static String Answers_importNote;
	public static String Answers_importNoteReplacing;
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

	public static String Service_forbidden;
	public static String Service_offset;
	public static String Service_limit;
	public static String Server_failed;
	public static String Server_tooLong;
	public static String Server_duplicate;
	public static String Server_constraint;
	public static String Server_busy;
	public static String Auth_wrong;
	public static String Auth_gone;
	public static String Auth_disabledSession;
	public static String Auth_passwordChanged;
	public static String Auth_locked;
	public static String Auth_disabled;
	public static String Passwords_short;
	public static String Passwords_long;
	public static String Passwords_blank;
	public static String Passwords_userName;
	public static String Users_noRole;
	public static String Users_exists;
	public static String Users_lastAdminDisable;
	public static String Users_lastAdminRole;
	public static String Users_noPassword;
	public static String Users_samePassword;
	public static String Users_noName;
	public static String Users_badName;
	public static String Users_displayLong;
	public static String Users_displayForbidden;
	public static String Users_none;
	public static String Call_notResumable;
	public static String Call_answersInvalid;
	public static String Call_successor;
	public static String Call_notStored;
	public static String Call_notesTooLong;
	public static String Call_notOver;
	public static String Call_notOpenPromise;
	public static String Call_outcomeRequired;
	public static String Call_outcomeBad;
	public static String Call_noTask;
	public static String Call_notHeld;
	public static String Call_takenOver;
	public static String Call_noDraft;
	public static String Call_fromQueue;
	public static String Call_answerNotStored;
	public static String Call_notesNotStored;
	public static String Call_outcomeNotSaved;
	public static String Call_noScript;
	public static String Call_noDefaultScript;
	public static String Call_scriptNotStored;
	public static String Call_defaultUnreadable;
	public static String Callbacks_none;
	public static String Callbacks_noContact;
	public static String Callbacks_hasId;
	public static String Callbacks_noTime;
	public static String Callbacks_ownerUnknown;
	public static String Contacts_notYours;
	public static String Contacts_phoneLength;
	public static String Contacts_searchLong;
	public static String Contacts_storedNeeded;
	public static String Contacts_noSuccessor;
	public static String Contacts_none;
	public static String Contacts_noNew;
	public static String Contacts_newHasId;
	public static String Contacts_newLeft;
	public static String Contacts_notInFilter;
	public static String Contacts_tagLong;
	public static String Contacts_agentLong;
	public static String Contacts_agentPlain;
	public static String Contacts_whichContacts;
	public static String Contacts_bulkBusy;
	public static String Contacts_whatChange;
	public static String Contacts_tagPlain;
	public static String Contacts_reasonPlain;
	public static String Data_cancelled;
	public static String Data_kind;
	public static String Data_noContent;
	public static String Data_theFile;
	public static String Data_mapping;
	public static String Data_nameLong;
	public static String Data_exportContacts;
	public static String Data_exportWhich;
	public static String Data_tooManyIds;
	public static String Data_period;
	public static String Data_exportEvents;
	public static String Data_demoContacts;
	public static String Data_encoding;
	public static String PlanRun_days;
	public static String PlanRun_cancelled;
	public static String PlanRun_busy;
	public static String PlanRun_noDay;
	public static String Queue_afterDue;
	public static String Queue_noTask;
	public static String Queue_lease;
	public static String Queue_agentLength;
	public static String Reports_noPeriod;
	public static String Reports_period;
	public static String Reports_tooLong;
	public static String Reports_zone;
	public static String Reports_text;
	public static String Reports_noFigure;
	public static String Reports_score;
	public static String Reports_noReport;
	public static String Reports_noForm;
	public static String Reports_noTarget;
	public static String Scripts_none;
	public static String Scripts_invalid;
	public static String Scripts_noScript;
	public static String Scripts_basedOn;
	public static String Scripts_noTitle;
	public static String Scripts_noVersion;
	public static String Scripts_idLength;
	public static String Scripts_idForbidden;
	public static String Admin_teamDatabase;
	public static String Admin_valueNeeded;
	public static String Admin_valueLong;
	public static String Admin_valueForbidden;
	public static String Admin_budget;
	public static String Admin_noCalendar;
	public static String Admin_noSetting;
	public static String Admin_unknownSetting;
	public static String Audit_period;
	public static String Audit_action;
	public static String Calendars_nameLength;
	public static String Calendars_nameNeeded;
	public static String Calendars_nameForbidden;
	public static String Reports_drillKey;
	public static String Reports_drillNotA;
	public static String Server_noSession;
	public static String Server_logInFirst;
	public static String Server_sessionEnded;
	public static String Server_loginNeeds;
	public static String Server_tooManySeconds;
	public static String Server_tooManyMinutes;
	public static String ImportFile_cannotRead;
	public static String ImportFile_cannotWrite;
	public static String ImportFile_noSuchFile;
	public static String ImportFile_isFolder;
	public static String ImportFile_permissionDenied;
	public static String ImportFile_notRegularFile;
	public static String ImportFile_rejectsNotWritable;
	public static String ImportFile_empty;
	public static String ImportFile_badHeaderRow;
	public static String ImportFile_nothingStored;
	public static String ImportFile_cannotStore;
	public static String ImportFile_rejectsIsInput;
	public static String ImportFile_theRejects;
	public static String ImportFile_validRowsStored;
	public static String ImportFile_rejectsNotCreated;
	public static String ImportFile_rejectsFileNotCreated;
	public static String ImportFile_unknownColumn;
	public static String ImportFile_columnTwice;
	public static String ImportFile_moreUnknownColumns;
	public static String ImportFile_missingColumn;
	public static String ImportFile_mappingSize;
	public static String ImportFile_noContactColumn;

	public static String Run_noSteps;
	public static String Run_savedWrongStep;
	public static String Run_savedAtEnd;
	public static String Run_savedAtStep;
	public static String Run_savedAfterEnd;
	public static String Run_noSuchAnswer;
	public static String Run_savedNoCallbackTaken;
	public static String Run_savedNoSuccessorTaken;
	public static String Run_savedCallbackMissing;
	public static String Run_savedCallbackPast;
	public static String RunState_none;
	public static String RunState_otherScript;
	public static String RunState_badAnswer;
	public static String RunState_parts;
	public static String RunState_stepNumber;
	public static String RunState_answerIndex;
	public static String RunState_time;
	public static String RunState_callbackTime;
	public static String RunState_notNameValue;
	public static String RunState_noSuchValue;
	public static String RunState_valueTwice;
	public static String RunState_noFieldName;
	public static String RunState_fieldTwice;
	public static String RunState_notWhole;
	public static String RunState_before1970;
	public static String RunState_notMillis;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The key of each text of this class, by the text's identity (two keys of equal text stay apart). */
	private static volatile Map<String, String> keys;

	/**
	 * The key of {@code text} if it is one of this class's texts (the very string of a field, not an equal one), or
	 * {@code null}: a refusal worded from it can then be worded again in another language from its key.
	 */
	public static String keyOf(String text) {
		if (text == null) {
			return null;
		}
		Map<String, String> known = keys;
		if (known == null) {
			known = new IdentityHashMap<>();
			for (Field f : Messages.class.getDeclaredFields()) {
				int m = f.getModifiers();
				if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
					try {
						known.put((String) f.get(null), f.getName());
					} catch (IllegalAccessException e) {
						throw new IllegalStateException(e);
					}
				}
			}
			keys = known;
		}
		return known.get(text);
	}

	/** The text of {@code key} in the platform's language, or {@code null} if this class has no such text. */
	public static String text(String key) {
		try {
			Field f = Messages.class.getField(key);
			return f.getType() == String.class && Modifier.isStatic(f.getModifiers()) ? (String) f.get(null) : null;
		} catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
			return null;
		}
	}

	/** The English and the Chinese texts, read once from this bundle's files. */
	private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

	/**
	 * The text of {@code key} in the language of {@code locale} (Chinese for {@code zh}, English otherwise; English
	 * where the Chinese file lacks it), or {@code null}. NLS fixes the platform's language once per JVM; this reads
	 * the files themselves, for a refusal worded in a language other than the platform's.
	 */
	public static String text(String key, Locale locale) {
		if (text(key) == null) {
			return null;
		}
		String language = locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
		Properties texts = BY_LANGUAGE.computeIfAbsent(language, l -> {
			Properties p = read("messages.properties"); //$NON-NLS-1$
			if (l.equals("zh")) { //$NON-NLS-1$
				p.putAll(read("messages_zh.properties")); //$NON-NLS-1$
			}
			return p;
		});
		return texts.getProperty(key);
	}

	private static Properties read(String name) {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name); //$NON-NLS-1$
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
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
