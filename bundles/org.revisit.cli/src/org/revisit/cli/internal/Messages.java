package org.revisit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the command line (errors, help and results a manager reads); English in messages.properties, Chinese in
 * messages_zh.properties, chosen by the user's locale (the JVM's, which the OSGi framework also follows) or by
 * {@code --lang} ({@link #use}). {@link NLS} reads the files with the class loader of this class, so they are found on the plain
 * class path of {@code org.revisit.cli.Main} as in the OSGi framework. Machine-readable output ({@code --json}, CSV
 * headers) is never translated.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.cli.internal.messages"; //$NON-NLS-1$

	public static String Cli_noCommand;
	public static String Cli_unknownCommand;
	public static String Cli_needsOneOf;
	public static String Cli_seeAlso;
	public static String Cli_badLanguage;
	public static String Cli_noLanguage;
	public static String Cli_noSuchFile;
	public static String Cli_permissionDenied;
	public static String Cli_alreadyExists;
	public static String Cli_failed;
	public static String Cli_overviewUsage;
	public static String Cli_overviewOptions;
	public static String Campaign_summary;
	public static String Campaign_help;
	public static String Campaign_expectedSub;
	public static String Campaign_expectedArgs;
	public static String Campaign_reasonOnlyForEnd;
	public static String Campaign_daysOnlyForPreview;
	public static String Campaign_endNeedsReason;
	public static String Campaign_unknownSub;
	public static String Campaign_badId;
	public static String Campaign_noSuch;
	public static String Campaign_activeNotPlanned;
	public static String Campaign_noCallPlaced;
	public static String Campaign_warning;
	public static String Campaign_created;
	public static String Campaign_saved;
	public static String Campaign_activated;
	public static String Campaign_paused;
	public static String Campaign_resumed;
	public static String Campaign_copied;
	public static String Campaign_ended;
	public static String Campaign_deleted;
	public static String Campaign_notInstalled;
	public static String Campaign_count;
	public static String Campaign_period;
	public static String Campaign_calls;
	public static String Campaign_preview;
	public static String Campaign_perAgent;
	public static String Campaign_noAgent;
	public static String Campaign_refused;
	public static String Campaign_problem;
	public static String Import_summary;
	public static String Import_help;
	public static String Export_summary;
	public static String Export_help;
	public static String Bench_summary;
	public static String Io_expected;
	public static String Io_importWhat;
	public static String Io_exportWhat;
	public static String Io_rejectsIsInput;
	public static String Io_cannotWriteRejects;
	public static String Io_validStored;
	public static String Io_read;
	public static String Io_warning;
	public static String Io_dryRun;
	public static String Io_storedContacts;
	public static String Io_storedEvents;
	public static String Io_rejected;
	public static String Io_rejectedFirst;
	public static String Io_processedListed;
	public static String Io_processed;
	public static String Io_unknownEncoding;
	public static String Io_noSuchFile;
	public static String Io_isFolder;
	public static String Io_denied;
	public static String Io_notRegular;
	public static String Io_overServerLimit;
	public static String Io_tooLarge;
	public static String Io_noMemory;
	public static String Io_fromToForEvents;
	public static String Io_toBeforeFrom;
	public static String Io_exportedContacts;
	public static String Io_exportedEvents;
	public static String Io_badDay;
	public static String Report_summary;
	public static String Report_help;
	public static String Report_expectedOne;
	public static String Report_noSuch;
	public static String Report_figureRequired;
	public static String Report_badFigure;
	public static String Report_badZone;
	public static String Report_badCampaign;
	public static String Report_dateRequired;
	public static String Report_badDate;
	public static String Report_badBy;
	public static String Report_encodingWithCsv;
	public static String Report_badEncoding;
	public static String Report_csvAndJson;
	public static String Report_cannotEncode;
	public static String Report_wrote;
	public static String Report_title;
	public static String Report_none;
	public static String Info_summary;
	public static String Info_help;
	public static String Info_database;
	public static String Info_embedded;
	public static String Info_server;
	public static String Info_serverLabel;
	public static String Info_user;
	public static String Info_schemaVersion;
	public static String Info_contacts;
	public static String Info_campaigns;
	public static String Info_tasks;
	public static String Info_tasksOpen;
	public static String Demo_summary;
	public static String Demo_help;
	public static String Demo_contactsRequired;
	public static String Demo_added;
	public static String Options_needsValue;
	public static String Options_unknown;
	public static String Options_between;
	public static String Options_wholeNumber;
	public static String Options_userWithoutServer;
	public static String Options_oldServerForm;
	public static String Options_badServer;
	public static String Options_httpsOnly;
	public static String Options_dataAndServer;
	public static String Options_serverNeedsUser;
	public static String Options_emptyPasswordFile;
	public static String Options_cannotReadPasswordFile;
	public static String Options_noPassword;
	public static String Options_passwordPrompt;
	public static String Options_noPasswordGiven;
	public static String Server_trustHow;
	public static String Server_trustPrompt;
	public static String Server_notTrusted;
	public static String Data_recovering;
	public static String TextFiles_noSuchFile;
	public static String TextFiles_notText;
	public static String ImportScript_summary;
	public static String ImportScript_help;
	public static String ScriptValidate_summary;
	public static String ScriptValidate_help;
	public static String Claim_summary;
	public static String Claim_help;
	public static String Backup_summary;
	public static String Backup_help;
	public static String Backups_summary;
	public static String Backups_help;
	public static String Restore_summary;
	public static String Restore_help;
	public static String Setting_summary;
	public static String Setting_help;
	public static String UserAdd_summary;
	public static String UserAdd_help;
	public static String UserList_summary;
	public static String UserList_help;
	public static String UserDisable_summary;
	public static String UserDisable_help;
	public static String UserEnable_summary;
	public static String UserEnable_help;
	public static String UserPasswd_summary;
	public static String UserPasswd_help;
	public static String UserRole_summary;
	public static String UserRole_help;
	public static String Audit_summary;
	public static String Audit_help;
	public static String AuditExport_summary;
	public static String AuditExport_help;
	public static String Calendar_summary;
	public static String Calendar_help;
	public static String Calltypes_summary;
	public static String Calltypes_help;
	public static String CallbackAdd_summary;
	public static String CallbackAdd_help;
	public static String CallbackList_summary;
	public static String CallbackList_help;
	public static String PluginsList_summary;
	public static String PluginsList_help;
	public static String PluginsInstall_summary;
	public static String PluginsInstall_help;
	public static String PluginsUninstall_summary;
	public static String PluginsUninstall_help;
	public static String Simulate_summary;
	public static String Simulate_help;
	public static String Answers_summary;
	public static String Answers_help;
	public static String Plan_summary;
	public static String Plan_help;
	public static String Queue_summary;
	public static String Queue_help;
	public static String Explain_summary;
	public static String Explain_help;
	public static String Script_oneFile;
	public static String Script_unknownCallType;
	public static String Script_none;
	public static String Script_noScriptIn;
	public static String Script_errorsIn;
	public static String Script_storedSteps;
	public static String Script_andWarnings;
	public static String Script_notStored;
	public static String Script_builtinArgs;
	public static String Script_stored;
	public static String Script_skipped;
	public static String Script_builtinDone;
	public static String Script_warningAt;
	public static String Script_errorAt;
	public static String Script_scriptAt;
	public static String Claim_noAgent;
	public static String Claim_nothingDue;
	public static String Claim_claimed;
	public static String Backup_noFolder;
	public static String Backup_onServer;
	public static String Backup_done;
	public static String Backup_restoreWith;
	public static String Backup_restoreOnServer;
	public static String Backups_noArguments;
	public static String Backups_none;
	public static String Backups_incomplete;
	public static String Restore_noServer;
	public static String Restore_whichBackup;
	public static String Restore_whichFolder;
	public static String Restore_done;
	public static String Restore_movedAside;
	public static String Setting_expected;
	public static String Setting_notSet;
	public static String User_roles;
	public static String User_roleRequired;
	public static String User_added;
	public static String User_listNoArguments;
	public static String User_none;
	public static String User_name;
	public static String User_displayName;
	public static String User_role;
	public static String User_state;
	public static String User_lastLogin;
	public static String User_disabled;
	public static String User_lockedUntil;
	public static String User_enabled;
	public static String User_noPassword;
	public static String User_never;
	public static String User_disabledDone;
	public static String User_enabledDone;
	public static String User_passwordSet;
	public static String User_nameAndRole;
	public static String User_roleDone;
	public static String User_loginWithoutServer;
	public static String User_serverNeedsLogin;
	public static String User_noPasswordGiven;
	public static String User_passwordAgain;
	public static String User_noPasswordTyped;
	public static String User_passwordsDiffer;
	public static String User_noSuchPasswordFile;
	public static String User_passwordOneLine;
	public static String User_passwordNotUtf8;
	public static String User_badRole;
	public static String User_expectedOne;
	public static String Audit_noArguments;
	public static String Audit_none;
	public static String Audit_time;
	public static String Audit_user;
	public static String Audit_action;
	public static String Audit_record;
	public static String Audit_from;
	public static String Audit_what;
	public static String Audit_more;
	public static String Audit_oneFile;
	public static String Audit_exported;
	public static String Audit_badMoment;
	public static String Audit_nothing;
	public static String Calendar_expected;
	public static String Calendar_yearForImport;
	public static String Calendar_wrote;
	public static String Calendar_noticeImported;
	public static String Calendar_yearForNotice;
	public static String Calendar_imported;
	public static String Calltypes_priority;
	public static String Calltypes_none;
	public static String Callback_oneContact;
	public static String Callback_dueRequired;
	public static String Callback_reasonTooLong;
	public static String Callback_badReplaces;
	public static String Callback_dueInPast;
	public static String Callback_added;
	public static String Callback_replacing;
	public static String Callback_noneOverdue;
	public static String Callback_none;
	public static String Callback_callback;
	public static String Callback_contact;
	public static String Callback_promisedBy;
	public static String Callback_source;
	public static String Callback_state;
	public static String Callback_callPlaced;
	public static String Callback_reason;
	public static String Callback_overdue;
	public static String Callback_open;
	public static String Callback_done;
	public static String Callback_unreachable;
	public static String Callback_superseded;
	public static String Callback_fromCall;
	public static String Callback_fromComplaint;
	public static String Callback_fromManual;
	public static String Callback_notYetPlanned;
	public static String Callback_badDue;
	public static String Plugins_none;
	public static String Plugins_repository;
	public static String Plugins_installed;
	public static String Plugins_restart;
	public static String Plugins_id;
	public static String Plugins_uninstalled;
	public static String Plugins_needs;
	public static String Plugins_oneArgument;
	public static String Simulate_ruleHours;
	public static String Simulate_ruleDayOff;
	public static String Simulate_ruleDoNotCall;
	public static String Simulate_ruleBudget;
	public static String Simulate_ruleTwoAgents;
	public static String Simulate_rulePromise;
	public static String Simulate_ruleAnswer;
	public static String Simulate_noServer;
	public static String Simulate_existing;
	public static String Simulate_badFrom;
	public static String Simulate_calls;
	public static String Simulate_promises;
	public static String Simulate_violations;
	public static String Simulate_refusals;
	public static String Simulate_time;
	public static String Simulate_load;
	public static String Simulate_failed;
	public static String Answers_badVersion;
	public static String Answers_restored;
	public static String Answers_expected;
	public static String Answers_expectedArgs;
	public static String Answers_wouldImport;
	public static String Answers_imported;
	public static String Answers_noVersion;
	public static String Answers_version;
	public static String Answers_entries;
	public static String Answers_library;
	public static String Answers_libraryBuiltin;
	public static String Plan_planned;
	public static String Plan_notPlannedByGate;
	public static String Plan_badDate;
	public static String Queue_none;
	public static String Queue_promised;
	public static String Queue_promisedLate;
	public static String Queue_late;
	public static String Queue_overdue;
	public static String Explain_oneContact;
	public static String Explain_badContact;
	public static String Explain_noContact;
	public static String Explain_mayBeCalled;
	public static String Explain_mayNotBeCalled;
	public static String Explain_noPending;
	public static String Explain_pending;
	public static String Explain_taskCallable;
	public static String Explain_taskNotCallable;
	public static String Explain_promise;
	public static String Explain_latePromise;
	public static String Explain_noProposal;
	public static String Explain_proposals;
	public static String Explain_wouldBePlanned;
	public static String Explain_planned;
	public static String Explain_notPlanned;
	public static String Explain_idAndPhone;
	public static String Explain_noIdNoPhone;
	public static String Explain_noPhone;
	public static String Explain_phoneOfSeveral;
	public static String Explain_ok;
	public static String Explain_no;
	public static String Explain_badAt;
	public static String Campaign_headId;
	public static String Campaign_headState;
	public static String Campaign_headPriority;
	public static String Campaign_headPeriod;
	public static String Campaign_headCalls;
	public static String Campaign_headName;
	public static String Campaign_stateDraft;
	public static String Campaign_stateActive;
	public static String Campaign_statePaused;
	public static String Campaign_stateEnded;
	public static String CampaignFile_more;
	public static String CampaignFile_at;
	public static String CampaignFile_malformed;
	public static String CampaignFile_notObject;
	public static String CampaignFile_boolean;
	public static String CampaignFile_windows;
	public static String CampaignFile_retry;
	public static String CampaignFile_parameters;
	public static String CampaignFile_textOrNumber;
	public static String CampaignFile_unknownField;
	public static String CampaignFile_scriptVersion;
	public static String CampaignFile_window;
	public static String CampaignFile_text;
	public static String CampaignFile_integer;
	public static String CampaignFile_date;
	public static String CampaignFile_aList;
	public static String CampaignFile_anObject;
	public static String Simulate_start;
	public static String Campaign_nameAndType;
	public static String Info_with;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * Sets the messages to the language of {@code locale} (English or Chinese), or to the user's locale again when
	 * it is null. NLS picks its language once per JVM (the first time any NLS class is read, which in the OSGi
	 * framework is before the command line starts), so for {@code --lang} the files are read here: the English file,
	 * then the Chinese one over it.
	 */
	static void use(Locale locale) {
		if (locale == null) {
			NLS.initializeMessages(BUNDLE_NAME, Messages.class);
			return;
		}
		Properties texts = read("messages.properties"); //$NON-NLS-1$
		if (locale.getLanguage().equals(Locale.CHINESE.getLanguage())) {
			texts.putAll(read("messages_zh.properties")); //$NON-NLS-1$
		}
		for (Field f : Messages.class.getDeclaredFields()) {
			int m = f.getModifiers();
			if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
				try {
					f.set(null, texts.getProperty(f.getName(), f.getName()));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
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
}
