package org.revisit.server.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.Texts;

/**
 * Messages of the server's command line ({@code revisit server init|start|stop|status}: help, usage errors, refusals
 * and results an administrator reads); English in messages.properties, Chinese in messages_zh.properties, chosen by
 * the user's locale or by {@code --lang} ({@link #use}); also the errors of the TLS files (ServerFolder, Certificates)
 * an administrator reads at init and start. The server's log lines (ServerLog, for support) stay English;
 * so does {@code status --json}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.server.internal.messages"; //$NON-NLS-1$

	public static String Server_problem;
	public static String Server_seeHelp;
	public static String Server_noCommand;
	public static String Server_noLanguage;
	public static String Server_badLanguage;
	public static String Server_usage;
	public static String Init_certAndKey;
	public static String Init_running;
	public static String Init_keptDatabase;
	public static String Init_createdDatabase;
	public static String Init_recovering;
	public static String Init_upgrading;
	public static String Init_oldServer;
	public static String Init_imported;
	public static String Init_selfSigned;
	public static String Init_keptCertificate;
	public static String Server_fingerprint;
	public static String Init_startWith;
	public static String Init_agentsConnect;
	public static String Init_trustedChannel;
	public static String Init_userExists;
	public static String Init_adminFromFile;
	public static String Init_adminAdded;
	public static String Init_adminGenerated;
	public static String Init_emptyPasswordFile;
	public static String Init_askPassword;
	public static String Init_askAgain;
	public static String Init_passwordsDiffer;
	public static String Start_notInitialised;
	public static String Start_badHost;
	public static String Start_anotherRunning;
	public static String Start_anotherRunningProcess;
	public static String Start_cannotListen;
	public static String Start_banner;
	public static String Start_onlyThisMachine;
	public static String Start_agentsConnect;
	public static String Start_or;
	public static String Start_stopWith;
	public static String Start_badPort;
	public static String Stop_notRunning;
	public static String Stop_timeout;
	public static String Stop_stopped;
	public static String Status_notInitialised;
	public static String Status_running;
	public static String Status_noAnswer;
	public static String Args_needsData;
	public static String Args_unexpected;
	public static String Args_needsValue;
	public static String Args_noSuchOption;
	public static String Folder_cannotWriteKeystore;
	public static String Folder_noServerKey;
	public static String Folder_cannotReadKeystore;
	public static String Folder_cannotUseKeystore;
	public static String Folder_noCertificate;
	public static String Folder_passwordMissing;
	public static String Folder_cannotEncode;
	public static String Cert_notHostOrAddress;
	public static String Cert_notAnAddress;
	public static String Cert_cannotMake;
	public static String Cert_notPem;
	public static String Cert_noCertificate;
	public static String Cert_keyMismatch;
	public static String Cert_badBase64;
	public static String Cert_wrongKeyType;
	public static String Cert_unknownAlgorithm;
	public static String Cert_oldFormat;
	public static String Cert_encrypted;
	public static String Cert_noKey;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * Sets the messages to the language of {@code locale} (English or Chinese), or to the user's locale again when
	 * it is null. NLS picks its language once per JVM, so for {@code --lang} the files are read here: the English
	 * file, then the Chinese one over it.
	 */
	public static void use(Locale locale) {
		if (locale == null) {
			NLS.initializeMessages(BUNDLE_NAME, Messages.class);
			return;
		}
		new Texts(Messages.class).use(locale);
	}
}
