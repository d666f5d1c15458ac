package org.revisit.ui.calendar;

import org.eclipse.osgi.util.NLS;

/** Messages of the holiday calendar editor; English and Chinese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.ui.calendar.messages"; //$NON-NLS-1$

	public static String Title;
	public static String Heading;
	public static String Loading;
	public static String Saving;
	public static String Year;
	public static String Statutory;
	public static String Decreed;
	public static String Makeup;
	public static String Weekend;
	public static String Weekdays;
	public static String Month;
	public static String Paste;
	public static String Import;
	public static String Save;
	public static String ClickHint;
	public static String Imported;
	public static String Saved;
	public static String ManualOff;
	public static String ManualWork;

	public static String Close_title;
	public static String Close_question;
	public static String Close_save;
	public static String Close_discard;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
