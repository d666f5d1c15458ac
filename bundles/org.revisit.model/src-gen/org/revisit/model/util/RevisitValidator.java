/**
 */
package org.revisit.model.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.revisit.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.revisit.model.RevisitPackage
 * @generated
 */
public class RevisitValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final RevisitValidator INSTANCE = new RevisitValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.revisit.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RevisitValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return RevisitPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case RevisitPackage.ENTITY:
				return validateEntity((Entity)value, diagnostics, context);
			case RevisitPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case RevisitPackage.PHONE_NUMBER:
				return validatePhoneNumber((PhoneNumber)value, diagnostics, context);
			case RevisitPackage.BIRTHDAY:
				return validateBirthday((Birthday)value, diagnostics, context);
			case RevisitPackage.SERVICE_EVENT:
				return validateServiceEvent((ServiceEvent)value, diagnostics, context);
			case RevisitPackage.CAMPAIGN:
				return validateCampaign((Campaign)value, diagnostics, context);
			case RevisitPackage.CALLING_WINDOW:
				return validateCallingWindow((CallingWindow)value, diagnostics, context);
			case RevisitPackage.ATTEMPT_POLICY:
				return validateAttemptPolicy((AttemptPolicy)value, diagnostics, context);
			case RevisitPackage.RETRY_RULE:
				return validateRetryRule((RetryRule)value, diagnostics, context);
			case RevisitPackage.SCRIPT:
				return validateScript((Script)value, diagnostics, context);
			case RevisitPackage.STEP:
				return validateStep((Step)value, diagnostics, context);
			case RevisitPackage.ANSWER:
				return validateAnswer((Answer)value, diagnostics, context);
			case RevisitPackage.ACTION:
				return validateAction((Action)value, diagnostics, context);
			case RevisitPackage.GO_TO_STEP:
				return validateGoToStep((GoToStep)value, diagnostics, context);
			case RevisitPackage.RECORD_FIELD:
				return validateRecordField((RecordField)value, diagnostics, context);
			case RevisitPackage.AGREE_CALLBACK:
				return validateAgreeCallback((AgreeCallback)value, diagnostics, context);
			case RevisitPackage.TARGET_ABSENT:
				return validateTargetAbsent((TargetAbsent)value, diagnostics, context);
			case RevisitPackage.TARGET_LEFT_COMPANY:
				return validateTargetLeftCompany((TargetLeftCompany)value, diagnostics, context);
			case RevisitPackage.CREATE_FOLLOW_UP:
				return validateCreateFollowUp((CreateFollowUp)value, diagnostics, context);
			case RevisitPackage.END_CALL:
				return validateEndCall((EndCall)value, diagnostics, context);
			case RevisitPackage.INSTRUCTION:
				return validateInstruction((Instruction)value, diagnostics, context);
			case RevisitPackage.CALL_TASK:
				return validateCallTask((CallTask)value, diagnostics, context);
			case RevisitPackage.CALL_OUTCOME:
				return validateCallOutcome((CallOutcome)value, diagnostics, context);
			case RevisitPackage.PATH_ENTRY:
				return validatePathEntry((PathEntry)value, diagnostics, context);
			case RevisitPackage.RECORDED_VALUE:
				return validateRecordedValue((RecordedValue)value, diagnostics, context);
			case RevisitPackage.SCORE:
				return validateScore((Score)value, diagnostics, context);
			case RevisitPackage.FOLLOW_UP:
				return validateFollowUp((FollowUp)value, diagnostics, context);
			case RevisitPackage.CALLBACK:
				return validateCallback((Callback)value, diagnostics, context);
			case RevisitPackage.USER:
				return validateUser((User)value, diagnostics, context);
			case RevisitPackage.HOLIDAY_CALENDAR:
				return validateHolidayCalendar((HolidayCalendar)value, diagnostics, context);
			case RevisitPackage.HOLIDAY_RULE:
				return validateHolidayRule((HolidayRule)value, diagnostics, context);
			case RevisitPackage.HOLIDAY_ENTRY:
				return validateHolidayEntry((HolidayEntry)value, diagnostics, context);
			case RevisitPackage.AUDIT_ENTRY:
				return validateAuditEntry((AuditEntry)value, diagnostics, context);
			case RevisitPackage.PHONE_TYPE:
				return validatePhoneType((PhoneType)value, diagnostics, context);
			case RevisitPackage.CALENDAR_KIND:
				return validateCalendarKind((CalendarKind)value, diagnostics, context);
			case RevisitPackage.CUSTOMER_CLASS:
				return validateCustomerClass((CustomerClass)value, diagnostics, context);
			case RevisitPackage.CONTACT_STATUS:
				return validateContactStatus((ContactStatus)value, diagnostics, context);
			case RevisitPackage.SERVICE_EVENT_KIND:
				return validateServiceEventKind((ServiceEventKind)value, diagnostics, context);
			case RevisitPackage.COMPLAINT_CATEGORY:
				return validateComplaintCategory((ComplaintCategory)value, diagnostics, context);
			case RevisitPackage.COMPLAINT_SEVERITY:
				return validateComplaintSeverity((ComplaintSeverity)value, diagnostics, context);
			case RevisitPackage.RECORD_KIND:
				return validateRecordKind((RecordKind)value, diagnostics, context);
			case RevisitPackage.TASK_STATE:
				return validateTaskState((TaskState)value, diagnostics, context);
			case RevisitPackage.CALLBACK_SOURCE:
				return validateCallbackSource((CallbackSource)value, diagnostics, context);
			case RevisitPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case RevisitPackage.HOLIDAY_ENTRY_KIND:
				return validateHolidayEntryKind((HolidayEntryKind)value, diagnostics, context);
			case RevisitPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEntity(Entity entity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(entity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(contact, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_nameRequired(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_validTimeZone(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_activeHasValidPhone(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_successorConsistent(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_plainNames(contact, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nameRequired constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact_nameRequired(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "nameRequired", getObjectLabel(contact, context) },
						 new Object[] { contact },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the validTimeZone constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact_validTimeZone(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validTimeZone", getObjectLabel(contact, context) },
						 new Object[] { contact },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the activeHasValidPhone constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact_activeHasValidPhone(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "activeHasValidPhone", getObjectLabel(contact, context) },
						 new Object[] { contact },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the successorConsistent constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact_successorConsistent(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "successorConsistent", getObjectLabel(contact, context) },
						 new Object[] { contact },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the plainNames constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact_plainNames(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "plainNames", getObjectLabel(contact, context) },
						 new Object[] { contact },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneNumber(PhoneNumber phoneNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(phoneNumber, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(phoneNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validatePhoneNumber_validNumber(phoneNumber, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validNumber constraint of '<em>Phone Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneNumber_validNumber(PhoneNumber phoneNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validNumber", getObjectLabel(phoneNumber, context) },
						 new Object[] { phoneNumber },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBirthday(Birthday birthday, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(birthday, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(birthday, diagnostics, context);
		if (result || diagnostics != null) result &= validateBirthday_validDate(birthday, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validDate constraint of '<em>Birthday</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBirthday_validDate(Birthday birthday, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validDate", getObjectLabel(birthday, context) },
						 new Object[] { birthday },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceEvent(ServiceEvent serviceEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(serviceEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(campaign, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_validActivePeriod(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_plainNames(campaign, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validActivePeriod constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_validActivePeriod(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validActivePeriod", getObjectLabel(campaign, context) },
						 new Object[] { campaign },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the plainNames constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_plainNames(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "plainNames", getObjectLabel(campaign, context) },
						 new Object[] { campaign },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallingWindow(CallingWindow callingWindow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(callingWindow, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(callingWindow, diagnostics, context);
		if (result || diagnostics != null) result &= validateCallingWindow_validRange(callingWindow, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validRange constraint of '<em>Calling Window</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallingWindow_validRange(CallingWindow callingWindow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validRange", getObjectLabel(callingWindow, context) },
						 new Object[] { callingWindow },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttemptPolicy(AttemptPolicy attemptPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(attemptPolicy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(attemptPolicy, diagnostics, context);
		if (result || diagnostics != null) result &= validateAttemptPolicy_positiveMaxAttempts(attemptPolicy, diagnostics, context);
		return result;
	}

	/**
	 * Validates the positiveMaxAttempts constraint of '<em>Attempt Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttemptPolicy_positiveMaxAttempts(AttemptPolicy attemptPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "positiveMaxAttempts", getObjectLabel(attemptPolicy, context) },
						 new Object[] { attemptPolicy },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetryRule(RetryRule retryRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(retryRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(retryRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetryRule_nonNegativeInterval(retryRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeInterval constraint of '<em>Retry Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetryRule_nonNegativeInterval(RetryRule retryRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "nonNegativeInterval", getObjectLabel(retryRule, context) },
						 new Object[] { retryRule },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScript(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(script, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(script, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(script, diagnostics, context);
		if (result || diagnostics != null) result &= validateScript_uniqueStepNumbers(script, diagnostics, context);
		if (result || diagnostics != null) result &= validateScript_plainNames(script, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueStepNumbers constraint of '<em>Script</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScript_uniqueStepNumbers(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "uniqueStepNumbers", getObjectLabel(script, context) },
						 new Object[] { script },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the plainNames constraint of '<em>Script</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScript_plainNames(Script script, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "plainNames", getObjectLabel(script, context) },
						 new Object[] { script },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStep(Step step, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(step, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnswer(Answer answer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(answer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAction(Action action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(action, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoToStep(GoToStep goToStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(goToStep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(goToStep, diagnostics, context);
		if (result || diagnostics != null) result &= validateGoToStep_targetExists(goToStep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the targetExists constraint of '<em>Go To Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoToStep_targetExists(GoToStep goToStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "targetExists", getObjectLabel(goToStep, context) },
						 new Object[] { goToStep },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecordField(RecordField recordField, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recordField, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAgreeCallback(AgreeCallback agreeCallback, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(agreeCallback, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetAbsent(TargetAbsent targetAbsent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(targetAbsent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetLeftCompany(TargetLeftCompany targetLeftCompany, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(targetLeftCompany, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCreateFollowUp(CreateFollowUp createFollowUp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(createFollowUp, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndCall(EndCall endCall, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endCall, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstruction(Instruction instruction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(instruction, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallTask(CallTask callTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(callTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(callTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateCallTask_leaseConsistent(callTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the leaseConsistent constraint of '<em>Call Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallTask_leaseConsistent(CallTask callTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "leaseConsistent", getObjectLabel(callTask, context) },
						 new Object[] { callTask },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallOutcome(CallOutcome callOutcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callOutcome, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePathEntry(PathEntry pathEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(pathEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecordedValue(RecordedValue recordedValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(recordedValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScore(Score score, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(score, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(score, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(score, diagnostics, context);
		if (result || diagnostics != null) result &= validateScore_valueInRange(score, diagnostics, context);
		return result;
	}

	/**
	 * Validates the valueInRange constraint of '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScore_valueInRange(Score score, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "valueInRange", getObjectLabel(score, context) },
						 new Object[] { score },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFollowUp(FollowUp followUp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(followUp, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallback(Callback callback, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(callback, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUser(User user, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(user, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHolidayCalendar(HolidayCalendar holidayCalendar, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(holidayCalendar, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHolidayRule(HolidayRule holidayRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(holidayRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(holidayRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateHolidayRule_validDate(holidayRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validDate constraint of '<em>Holiday Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHolidayRule_validDate(HolidayRule holidayRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "validDate", getObjectLabel(holidayRule, context) },
						 new Object[] { holidayRule },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHolidayEntry(HolidayEntry holidayEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(holidayEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuditEntry(AuditEntry auditEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(auditEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhoneType(PhoneType phoneType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalendarKind(CalendarKind calendarKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerClass(CustomerClass customerClass, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactStatus(ContactStatus contactStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceEventKind(ServiceEventKind serviceEventKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComplaintCategory(ComplaintCategory complaintCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComplaintSeverity(ComplaintSeverity complaintSeverity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecordKind(RecordKind recordKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTaskState(TaskState taskState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCallbackSource(CallbackSource callbackSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHolidayEntryKind(HolidayEntryKind holidayEntryKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //RevisitValidator
