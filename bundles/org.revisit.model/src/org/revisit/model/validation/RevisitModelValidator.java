package org.revisit.model.validation;

import java.time.Month;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallTask;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.GoToStep;
import org.revisit.model.HolidayRule;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TaskState;
import org.revisit.model.util.RevisitValidator;

/**
 * The constraints declared in {@code revisit.ecore}, implemented by overriding the hooks of the generated
 * {@link RevisitValidator} (which stays untouched and regenerable).
 * <p>
 * Every diagnostic names the object ({@link Labels}) and the field, and carries {@code [object, feature, detail]}
 * as its data, so a UI can select the offending field and say what is wrong with it in its own words (the detail
 * is the message without the object and the field, e.g. {@code must be 1 to 12, not 13}). Messages come from {@code messages*.properties} in the default
 * locale.
 * <p>
 * The generated package registers the generated validator, whose hooks accept everything. Validate with
 * {@link #diagnostician()}, or call {@link #install()} once at start-up so that {@link Diagnostician#INSTANCE}
 * uses these constraints too.
 */
public class RevisitModelValidator extends RevisitValidator {

	public static final RevisitModelValidator INSTANCE = new RevisitModelValidator();

	public static final int NAME_REQUIRED = DIAGNOSTIC_CODE_COUNT + 1;
	public static final int TIME_ZONE_INVALID = DIAGNOSTIC_CODE_COUNT + 2;
	public static final int NO_VALID_PHONE = DIAGNOSTIC_CODE_COUNT + 3;
	public static final int SUCCESSOR_INCONSISTENT = DIAGNOSTIC_CODE_COUNT + 4;
	public static final int PHONE_NUMBER_INVALID = DIAGNOSTIC_CODE_COUNT + 5;
	public static final int DATE_INVALID = DIAGNOSTIC_CODE_COUNT + 6;
	public static final int PERIOD_INVALID = DIAGNOSTIC_CODE_COUNT + 7;
	public static final int WINDOW_INVALID = DIAGNOSTIC_CODE_COUNT + 8;
	public static final int ATTEMPTS_INVALID = DIAGNOSTIC_CODE_COUNT + 9;
	public static final int RETRY_INVALID = DIAGNOSTIC_CODE_COUNT + 10;
	public static final int STEP_DUPLICATE = DIAGNOSTIC_CODE_COUNT + 11;
	public static final int STEP_MISSING = DIAGNOSTIC_CODE_COUNT + 12;
	public static final int LEASE_INCONSISTENT = DIAGNOSTIC_CODE_COUNT + 13;
	public static final int SCORE_OUT_OF_RANGE = DIAGNOSTIC_CODE_COUNT + 14;
	public static final int NAME_NOT_PLAIN = DIAGNOSTIC_CODE_COUNT + 15;
	public static final int TEXT_TOO_LONG = DIAGNOSTIC_CODE_COUNT + 16;
	public static final int TEXT_NOT_TEXT = DIAGNOSTIC_CODE_COUNT + 17;
	public static final int BUDGET_SHARE_INVALID = DIAGNOSTIC_CODE_COUNT + 18;

	/** Digits with an optional leading +, spaces, dashes and parentheses, and an optional extension (转123, ext 12). */
	private static final Pattern PHONE = Pattern
			.compile("\\+?[0-9][0-9 ()\\-]*[0-9](?:\\s*(?:转|ext\\.?|x)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);
	private static final int MIN_DIGITS = 5;
	private static final int MAX_DIGITS = 20;
	private static final int MINUTES_PER_DAY = 24 * 60;

	private static final RevisitPackage P = RevisitPackage.eINSTANCE;

	/** The names {@code plainNames} checks for control and text-direction characters. */
	private static final Set<EAttribute> PLAIN_NAMES = Set.of(P.getContact_Name(), P.getContact_Title(),
			P.getCampaign_Name(), P.getScript_Title(), P.getCampaign_NameEn());

	/** ZoneId.getAvailableZoneIds() copies some 600 ids on each call; an import validates a million contacts. */
	private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

	/** Makes {@link Diagnostician#INSTANCE} and every other user of the global registry use these constraints. */
	public static void install() {
		EValidator.Registry.INSTANCE.put(RevisitPackage.eINSTANCE, INSTANCE);
	}

	/**
	 * A diagnostician that uses these constraints without changing the global registry, and labels objects (also in
	 * EMF's own messages, e.g. for a dangling reference) with {@link Labels}.
	 */
	public static Diagnostician diagnostician() {
		return diagnostician(null);
	}

	/**
	 * {@link #diagnostician()} whose default context holds {@code clock} (under the key {@code Clock.class}), for
	 * the constraints that depend on today's date (a birthday year in the future); without a clock they are not
	 * checked.
	 */
	public static Diagnostician diagnostician(Clock clock) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(RevisitPackage.eINSTANCE, INSTANCE);
		return new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return eObject.eClass().getEPackage() == RevisitPackage.eINSTANCE ? Labels.of(eObject)
						: super.getObjectLabel(eObject);
			}

			@Override
			public Map<Object, Object> createDefaultContext() {
				Map<Object, Object> context = super.createDefaultContext();
				if (clock != null) {
					context.put(Clock.class, clock);
				}
				return context;
			}
		};
	}

	/**
	 * Besides EMF's checks of the data values, every text of every object: at most as long as its column holds
	 * ({@link TextLimits}), and text, not control characters (tab and line breaks are allowed, as are the
	 * characters of every language; names have the stricter {@code plainNames}).
	 */
	@Override
	public boolean validate_EveryDataValueConforms(EObject object, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = super.validate_EveryDataValueConforms(object, diagnostics, context);
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!result && diagnostics == null) {
				break;
			}
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			for (Object one : attribute.isMany() ? (Collection<?>) value : java.util.List.of(value)) {
				if (one instanceof String text) {
					result &= text(object, attribute, text, diagnostics);
				}
			}
		}
		return result;
	}

	private static boolean text(EObject object, EAttribute attribute, String text, DiagnosticChain diagnostics) {
		int max = TextLimits.max(attribute);
		if (text.length() > max) {
			return report(diagnostics, Diagnostic.ERROR, TEXT_TOO_LONG, object, attribute, "tooLong", text.length(),
					max);
		}
		if (PLAIN_NAMES.contains(attribute)) {
			return true; // plainNames says more about them
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			boolean control = Character.getType(ch) == Character.CONTROL && ch != '\t' && ch != '\n' && ch != '\r';
			boolean lone = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)) || Character.isLowSurrogate(ch) && i > 0
							&& Character.isHighSurrogate(text.charAt(i - 1)));
			if (control || lone || ch == '\uFFFE' || ch == '\uFFFF') {
				return report(diagnostics, Diagnostic.ERROR, TEXT_NOT_TEXT, object, attribute, "notText",
						String.format("U+%04X", (int) ch), i + 1);
			}
		}
		return true;
	}

	@Override
	public boolean validateContact_nameRequired(Contact contact, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!isBlank(contact.getName())) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, NAME_REQUIRED, contact, P.getContact_Name(), "blank");
	}

	@Override
	public boolean validateContact_validTimeZone(Contact contact, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String zone = contact.getTimeZone();
		if (zone != null && ZONE_IDS.contains(zone)) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, TIME_ZONE_INVALID, contact, P.getContact_TimeZone(),
				"timeZone", zone);
	}

	@Override
	public boolean validateContact_activeHasValidPhone(Contact contact, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (contact.getStatus() != ContactStatus.ACTIVE || contact.isDoNotCall()) {
			return true;
		}
		for (PhoneNumber phone : contact.getPhones()) {
			if (!phone.isInvalid() && !isBlank(phone.getNumber())) {
				return true;
			}
		}
		// A warning: imported contacts often lack a number until someone finds it.
		return report(diagnostics, Diagnostic.WARNING, NO_VALID_PHONE, contact, P.getContact_Phones(), "noPhone");
	}

	@Override
	public boolean validateContact_successorConsistent(Contact contact, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Contact successor = contact.getSuccessor();
		if (successor == contact) {
			return report(diagnostics, Diagnostic.ERROR, SUCCESSOR_INCONSISTENT, contact, P.getContact_Successor(),
					"successorSelf");
		}
		if (successor != null && contact.getStatus() != ContactStatus.LEFT_COMPANY) {
			return report(diagnostics, Diagnostic.ERROR, SUCCESSOR_INCONSISTENT, contact, P.getContact_Successor(),
					"successorActive", Labels.of(successor));
		}
		return true;
	}

	@Override
	public boolean validateContact_plainNames(Contact contact, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = plain(contact, P.getContact_Name(), contact.getName(), diagnostics);
		if (result || diagnostics != null) {
			result &= plain(contact, P.getContact_Title(), contact.getTitle(), diagnostics);
		}
		return result;
	}

	@Override
	public boolean validateCampaign_plainNames(Campaign campaign, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = plain(campaign, P.getCampaign_Name(), campaign.getName(), diagnostics);
		if (result || diagnostics != null) {
			result &= plain(campaign, P.getCampaign_NameEn(), campaign.getNameEn(), diagnostics);
		}
		return result;
	}

	@Override
	public boolean validateScript_plainNames(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return plain(script, P.getScript_Title(), script.getTitle(), diagnostics);
	}

	/**
	 * A name is plain text: no control characters (NUL, ESC, line breaks...) and no bidirectional overrides or
	 * isolates, which make a name display as another one ({@link SafeText#isForbidden}).
	 */
	private static boolean plain(EObject object, EStructuralFeature feature, String value,
			DiagnosticChain diagnostics) {
		int at = SafeText.forbidden(value);
		if (at < 0) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, NAME_NOT_PLAIN, object, feature, "notPlain",
				SafeText.describe(value, at), at + 1);
	}

	@Override
	public boolean validatePhoneNumber_validNumber(PhoneNumber phone, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String number = phone.getNumber();
		if (isBlank(number)) {
			return report(diagnostics, Diagnostic.ERROR, PHONE_NUMBER_INVALID, phone, P.getPhoneNumber_Number(),
					"blank");
		}
		String trimmed = number.strip();
		long digits = trimmed.chars().filter(Character::isDigit).count();
		if (!PHONE.matcher(trimmed).matches() || digits < MIN_DIGITS || digits > MAX_DIGITS) {
			return report(diagnostics, Diagnostic.ERROR, PHONE_NUMBER_INVALID, phone, P.getPhoneNumber_Number(),
					"phone", number, MIN_DIGITS, MAX_DIGITS);
		}
		return true;
	}

	@Override
	public boolean validateBirthday_validDate(Birthday birthday, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = validMonthDay(birthday, birthday.getCalendar(), birthday.getMonth(), birthday.getDay(),
				birthday.getYear(), P.getBirthday_Month(), P.getBirthday_Day(), diagnostics);
		if (birthday.isLeapMonth() && birthday.getCalendar() != CalendarKind.LUNAR) {
			result &= report(diagnostics, Diagnostic.ERROR, DATE_INVALID, birthday, P.getBirthday_LeapMonth(),
					"leapMonthSolar");
		}
		int year = birthday.getYear();
		Clock clock = context == null ? null : (Clock) context.get(Clock.class);
		if (year != 0 && (year < 1900 || clock != null && year > Year.now(clock).getValue())) {
			result &= report(diagnostics, Diagnostic.ERROR, DATE_INVALID, birthday, P.getBirthday_Year(), "year",
					Integer.toString(year));
		}
		return result;
	}

	@Override
	public boolean validateHolidayRule_validDate(HolidayRule rule, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = validMonthDay(rule, rule.getCalendar(), rule.getMonth(), rule.getDay(), 0,
				P.getHolidayRule_Month(), P.getHolidayRule_Day(), diagnostics);
		if (rule.getDaysOff() < 0) {
			result &= report(diagnostics, Diagnostic.ERROR, DATE_INVALID, rule, P.getHolidayRule_DaysOff(),
					"negative", rule.getDaysOff());
		}
		return result;
	}

	/**
	 * Solar: a real day of the month, 29 February only if the year is unknown (0) or a leap year. Lunar: month 1-12
	 * and day 1-30 (a lunar month has 29 or 30 days, depending on the year).
	 */
	private boolean validMonthDay(EObject object, CalendarKind calendar, int month, int day, int year,
			EStructuralFeature monthFeature, EStructuralFeature dayFeature, DiagnosticChain diagnostics) {
		if (month < 1 || month > 12) {
			return report(diagnostics, Diagnostic.ERROR, DATE_INVALID, object, monthFeature, "month", month);
		}
		int maxDay;
		if (calendar == CalendarKind.LUNAR) {
			maxDay = 30;
		} else if (year != 0) {
			maxDay = Month.of(month).length(Year.isLeap(year));
		} else {
			maxDay = Month.of(month).maxLength();
		}
		if (day < 1 || day > maxDay) {
			return report(diagnostics, Diagnostic.ERROR, DATE_INVALID, object, dayFeature,
					calendar == CalendarKind.LUNAR ? "dayLunar" : "daySolar", day, month, maxDay);
		}
		return true;
	}

	@Override
	public boolean validateCampaign_validActivePeriod(Campaign campaign, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (campaign.getActiveFrom() != null && campaign.getActiveTo() != null
				&& campaign.getActiveFrom().isAfter(campaign.getActiveTo())) {
			return report(diagnostics, Diagnostic.ERROR, PERIOD_INVALID, campaign, P.getCampaign_ActiveTo(),
					"period", campaign.getActiveFrom().toString(), campaign.getActiveTo().toString());
		}
		// the weekly budget share is checked here too, so that no constraint is added to the generated code
		if (campaign.getBudgetShare() < 1 || campaign.getBudgetShare() > 100) {
			return report(diagnostics, Diagnostic.ERROR, BUDGET_SHARE_INVALID, campaign, P.getCampaign_BudgetShare(),
					"budgetShare", campaign.getBudgetShare());
		}
		return true;
	}

	@Override
	public boolean validateCallingWindow_validRange(CallingWindow window, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		int start = window.getStartMinute();
		int end = window.getEndMinute();
		if (start < 0 || start >= MINUTES_PER_DAY) {
			return report(diagnostics, Diagnostic.ERROR, WINDOW_INVALID, window, P.getCallingWindow_StartMinute(),
					"minuteOfDay", start);
		}
		if (end <= start || end > MINUTES_PER_DAY) {
			return report(diagnostics, Diagnostic.ERROR, WINDOW_INVALID, window, P.getCallingWindow_EndMinute(),
					"window", hhmm(start), hhmm(end));
		}
		return true;
	}

	@Override
	public boolean validateAttemptPolicy_positiveMaxAttempts(AttemptPolicy policy, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (policy.getMaxAttempts() >= 1) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, ATTEMPTS_INVALID, policy, P.getAttemptPolicy_MaxAttempts(),
				"atLeastOne", policy.getMaxAttempts());
	}

	@Override
	public boolean validateRetryRule_nonNegativeInterval(RetryRule rule, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean result = true;
		if (isBlank(rule.getOutcomeCode())) {
			result = report(diagnostics, Diagnostic.ERROR, RETRY_INVALID, rule, P.getRetryRule_OutcomeCode(),
					"blank");
		}
		if (rule.getIntervalMinutes() < 0) {
			result &= report(diagnostics, Diagnostic.ERROR, RETRY_INVALID, rule, P.getRetryRule_IntervalMinutes(),
					"negative", rule.getIntervalMinutes());
		}
		return result;
	}

	@Override
	public boolean validateScript_uniqueStepNumbers(Script script, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Set<Integer> seen = new HashSet<>();
		boolean result = true;
		for (Step step : script.getSteps()) {
			if (!seen.add(step.getNumber())) {
				result &= report(diagnostics, Diagnostic.ERROR, STEP_DUPLICATE, step, P.getStep_Number(),
						"duplicateStep", step.getNumber());
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return result;
	}

	@Override
	public boolean validateGoToStep_targetExists(GoToStep goTo, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		EObject container = goTo.eContainer();
		while (container != null && !(container instanceof Script)) {
			container = container.eContainer();
		}
		if (container == null) {
			return true; // a detached action cannot be checked
		}
		for (Step step : ((Script) container).getSteps()) {
			if (step.getNumber() == goTo.getTargetStep()) {
				return true;
			}
		}
		return report(diagnostics, Diagnostic.ERROR, STEP_MISSING, goTo, P.getGoToStep_TargetStep(), "missingStep",
				goTo.getTargetStep());
	}

	@Override
	public boolean validateCallTask_leaseConsistent(CallTask task, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean claimed = task.getState() == TaskState.CLAIMED;
		if (claimed && isBlank(task.getLeaseOwner())) {
			return report(diagnostics, Diagnostic.ERROR, LEASE_INCONSISTENT, task, P.getCallTask_LeaseOwner(),
					"leaseOwnerMissing");
		}
		if (claimed && task.getLeaseExpiry() == null) {
			return report(diagnostics, Diagnostic.ERROR, LEASE_INCONSISTENT, task, P.getCallTask_LeaseExpiry(),
					"leaseExpiryMissing");
		}
		if (!claimed && !isBlank(task.getLeaseOwner())) {
			return report(diagnostics, Diagnostic.ERROR, LEASE_INCONSISTENT, task, P.getCallTask_LeaseOwner(),
					"leaseOwnerUnclaimed", task.getLeaseOwner(), task.getState().getName());
		}
		return true;
	}

	@Override
	public boolean validateScore_valueInRange(Score score, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (score.getValue() >= 1 && score.getValue() <= 5) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, SCORE_OUT_OF_RANGE, score, P.getScore_Value(), "score",
				score.getValue());
	}

	/**
	 * Adds "{object}: field "{feature}" {message}" to {@code diagnostics} (if any) and returns {@code false} for an
	 * error, {@code true} for a warning (which does not make the object invalid).
	 */
	private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object,
			EStructuralFeature feature, String key, Object... args) {
		if (diagnostics != null) {
			Object[] shown = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				// values come from input: quoted short and with control characters escaped
				shown[i] = args[i] instanceof String text ? SafeText.echo(text) : args[i];
			}
			String detail = Labels.format("Constraint_" + key, shown); //$NON-NLS-1$
			String message = Labels.format("Diagnostic", Labels.of(object), feature.getName(), //$NON-NLS-1$
					detail);
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message,
					new Object[] { object, feature, detail }));
		}
		return severity < Diagnostic.ERROR;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String hhmm(int minuteOfDay) {
		return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
	}
}
