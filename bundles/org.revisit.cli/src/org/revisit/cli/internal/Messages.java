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
