package org.revisit.store.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.Texts;

/**
 * The store's texts that users read (stale records, refusals of the store, the data folder and backups), in the
 * platform's language (English and Chinese). Every key starts with {@code Store_}, which tells the services whose
 * text a refusal's reason is.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.store.internal.messages"; //$NON-NLS-1$

	public static String Store_changed;
	public static String Store_deleted;
	public static String Store_recordContact;
	public static String Store_recordContactId;
	public static String Store_recordCampaign;
	public static String Store_recordUser;
	public static String Store_recordUserNamed;
	public static String Store_recordCallback;
	public static String Store_noCallback;
	public static String Store_callbackOtherContact;
	public static String Store_callbackClosed;
	public static String Store_userTaken;
	public static String Store_scriptVersionStored;
	public static String Store_scriptSavedMeanwhile;
	public static String Store_scriptNoId;
	public static String Store_scriptNoTitle;
	public static String Store_scriptUnreadable;
	public static String Store_scriptEmpty;
	public static String Store_noTask;
	public static String Store_taskNotHeld;
	public static String Store_successorNotNew;
	public static String Store_alreadyLeft;
	public static String Store_alreadyLeftSuccessor;
	public static String Store_claimsLost;
	public static String Store_planningBusy;
	public static String Store_calendarNoName;
	public static String Store_calendarEntryNoDate;
	public static String Store_notSaved;
	public static String Store_moreErrors;
	public static String Store_schemaNewer;
	public static String Store_cannotOpen;
	public static String Store_cannotShutDown;
	public static String Store_importTempFiles;
	public static String Store_dataFolderIsFile;
	public static String Store_dataFolderCreate;
	public static String Store_logNotWritable;
	public static String Store_databaseIsFile;
	public static String Store_databaseNotReadable;
	public static String Store_folderNotReadable;
	public static String Store_folderReadOnly;
	public static String Store_dataFolder;
	public static String Store_databaseFolder;
	public static String Store_bulkCancelled;
	public static String Store_badZone;
	public static String Store_backupNotWritable;
	public static String Store_backupCreate;
	public static String Store_backupFailed;
	public static String Store_backupUnfinished;
	public static String Store_backupList;
	public static String Store_notABackup;
	public static String Store_restoreInto;
	public static String Store_restoreExists;
	public static String Store_restorePrepare;
	public static String Store_restoreRefused;
	public static String Store_restoreMove;
	public static String Store_backupPartial;
	public static String Store_backupNoManifest;
	public static String Store_manifestDamaged;
	public static String Store_fileNotListed;
	public static String Store_fileMissing;
	public static String Store_fileSize;
	public static String Store_fileHash;
	public static String Store_tableDamaged;
	public static String Store_whyFolder;
	public static String Store_whyNotRegular;
	public static String Store_whyReadOnly;
	public static String Store_whyNoFolder;
	public static String Store_whyPartialInWay;
	public static String Store_whyNoPath;
	public static String Store_whyNotAFolder;
	public static String Store_whyNoSuchFolder;
	public static String Store_whyFolderNotWritable;
	public static String Store_whyNoSuchFile;
	public static String Store_whyDenied;
	public static String Store_whyPathNotFolder;
	public static String Store_whyInTheWay;
	public static String Store_whyNotEmpty;
	public static String Store_whyIo;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	private static final Texts TEXTS = new Texts(Messages.class);

	/**
	 * The key of {@code text} if it is one of this class's texts (the very string of a field, not an equal one), or
	 * {@code null}: a refusal worded from it can then be worded again in another language from its key.
	 */
	public static String keyOf(String text) {
		return TEXTS.keyOf(text);
	}

	/** The text of {@code key} in the platform's language, or {@code null} if this class has no such text. */
	public static String text(String key) {
		return TEXTS.text(key);
	}

	/**
	 * The text of {@code key} in the language of {@code locale} (Chinese for {@code zh}, English otherwise; English
	 * where the Chinese file lacks it), or {@code null}. NLS fixes the platform's language once per JVM; this reads
	 * the files themselves, for a refusal worded in a language other than the platform's.
	 */
	public static String text(String key, Locale locale) {
		return TEXTS.text(key, locale);
	}
}
