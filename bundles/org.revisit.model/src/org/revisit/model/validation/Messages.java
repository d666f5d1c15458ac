package org.revisit.model.validation;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/**
 * The model's texts (how objects are named, what a constraint says), in the platform's language (English and
 * Chinese), like the other bundles' texts: Eclipse NLS, which needs no running framework.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.revisit.model.validation.messages"; //$NON-NLS-1$

	public static String Diagnostic;
	public static String Label_owned;
	public static String Label_Contact_namedId;
	public static String Label_Contact_named;
	public static String Label_Contact_id;
	public static String Label_Contact_new;
	public static String Label_Campaign_namedId;
	public static String Label_Campaign_named;
	public static String Label_Campaign_id;
	public static String Label_Campaign_new;
	public static String Label_Script_namedId;
	public static String Label_Script_named;
	public static String Label_Script_id;
	public static String Label_Script_new;
	public static String Label_User_namedId;
	public static String Label_User_named;
	public static String Label_User_id;
	public static String Label_User_new;
	public static String Label_HolidayCalendar_namedId;
	public static String Label_HolidayCalendar_named;
	public static String Label_HolidayCalendar_id;
	public static String Label_HolidayCalendar_new;
	public static String Label_CallTask_id;
	public static String Label_CallTask_new;
	public static String Label_CallOutcome_id;
	public static String Label_CallOutcome_new;
	public static String Label_Entity_namedId;
	public static String Label_Entity_named;
	public static String Label_PhoneNumber;
	public static String Label_Birthday;
	public static String Label_CallingWindow;
	public static String Label_AttemptPolicy;
	public static String Label_RetryRule;
	public static String Label_Step;
	public static String Label_Answer;
	public static String Label_Score;
	public static String Label_HolidayRule;
	public static String Label_Other;
	public static String Constraint_blank;
	public static String Constraint_timeZone;
	public static String Constraint_noPhone;
	public static String Constraint_successorSelf;
	public static String Constraint_successorActive;
	public static String Constraint_phone;
	public static String Constraint_leapMonthSolar;
	public static String Constraint_year;
	public static String Constraint_month;
	public static String Constraint_daySolar;
	public static String Constraint_dayLunar;
	public static String Constraint_negative;
	public static String Constraint_period;
	public static String Constraint_minuteOfDay;
	public static String Constraint_window;
	public static String Constraint_atLeastOne;
	public static String Constraint_duplicateStep;
	public static String Constraint_missingStep;
	public static String Constraint_leaseOwnerMissing;
	public static String Constraint_leaseExpiryMissing;
	public static String Constraint_leaseOwnerUnclaimed;
	public static String Constraint_score;
	public static String Constraint_notPlain;
	public static String Constraint_tooLong;
	public static String Constraint_notText;
	public static String Constraint_budgetShare;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The text of {@code key}, or the key itself if there is none (a programming error the tests catch). */
	static String text(String key) {
		try {
			Field f = Messages.class.getField(key);
			Object value = f.get(null);
			return value instanceof String s ? s : key;
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return key;
		}
	}
}
