/**
 */
package org.revisit.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.revisit.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RevisitFactoryImpl extends EFactoryImpl implements RevisitFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RevisitFactory init() {
		try {
			RevisitFactory theRevisitFactory = (RevisitFactory)EPackage.Registry.INSTANCE.getEFactory(RevisitPackage.eNS_URI);
			if (theRevisitFactory != null) {
				return theRevisitFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RevisitFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RevisitFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RevisitPackage.CONTACT: return createContact();
			case RevisitPackage.PHONE_NUMBER: return createPhoneNumber();
			case RevisitPackage.BIRTHDAY: return createBirthday();
			case RevisitPackage.SERVICE_EVENT: return createServiceEvent();
			case RevisitPackage.CAMPAIGN: return createCampaign();
			case RevisitPackage.CALLING_WINDOW: return createCallingWindow();
			case RevisitPackage.ATTEMPT_POLICY: return createAttemptPolicy();
			case RevisitPackage.RETRY_RULE: return createRetryRule();
			case RevisitPackage.SCRIPT: return createScript();
			case RevisitPackage.STEP: return createStep();
			case RevisitPackage.ANSWER: return createAnswer();
			case RevisitPackage.GO_TO_STEP: return createGoToStep();
			case RevisitPackage.RECORD_FIELD: return createRecordField();
			case RevisitPackage.AGREE_CALLBACK: return createAgreeCallback();
			case RevisitPackage.TARGET_ABSENT: return createTargetAbsent();
			case RevisitPackage.TARGET_LEFT_COMPANY: return createTargetLeftCompany();
			case RevisitPackage.CREATE_FOLLOW_UP: return createCreateFollowUp();
			case RevisitPackage.END_CALL: return createEndCall();
			case RevisitPackage.INSTRUCTION: return createInstruction();
			case RevisitPackage.CALL_TASK: return createCallTask();
			case RevisitPackage.CALL_OUTCOME: return createCallOutcome();
			case RevisitPackage.PATH_ENTRY: return createPathEntry();
			case RevisitPackage.RECORDED_VALUE: return createRecordedValue();
			case RevisitPackage.SCORE: return createScore();
			case RevisitPackage.FOLLOW_UP: return createFollowUp();
			case RevisitPackage.CALLBACK: return createCallback();
			case RevisitPackage.USER: return createUser();
			case RevisitPackage.HOLIDAY_CALENDAR: return createHolidayCalendar();
			case RevisitPackage.HOLIDAY_RULE: return createHolidayRule();
			case RevisitPackage.HOLIDAY_ENTRY: return createHolidayEntry();
			case RevisitPackage.AUDIT_ENTRY: return createAuditEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RevisitPackage.PHONE_TYPE:
				return createPhoneTypeFromString(eDataType, initialValue);
			case RevisitPackage.CALENDAR_KIND:
				return createCalendarKindFromString(eDataType, initialValue);
			case RevisitPackage.CUSTOMER_CLASS:
				return createCustomerClassFromString(eDataType, initialValue);
			case RevisitPackage.CONTACT_STATUS:
				return createContactStatusFromString(eDataType, initialValue);
			case RevisitPackage.SERVICE_EVENT_KIND:
				return createServiceEventKindFromString(eDataType, initialValue);
			case RevisitPackage.COMPLAINT_CATEGORY:
				return createComplaintCategoryFromString(eDataType, initialValue);
			case RevisitPackage.COMPLAINT_SEVERITY:
				return createComplaintSeverityFromString(eDataType, initialValue);
			case RevisitPackage.RECORD_KIND:
				return createRecordKindFromString(eDataType, initialValue);
			case RevisitPackage.TASK_STATE:
				return createTaskStateFromString(eDataType, initialValue);
			case RevisitPackage.CALLBACK_SOURCE:
				return createCallbackSourceFromString(eDataType, initialValue);
			case RevisitPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case RevisitPackage.HOLIDAY_ENTRY_KIND:
				return createHolidayEntryKindFromString(eDataType, initialValue);
			case RevisitPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RevisitPackage.PHONE_TYPE:
				return convertPhoneTypeToString(eDataType, instanceValue);
			case RevisitPackage.CALENDAR_KIND:
				return convertCalendarKindToString(eDataType, instanceValue);
			case RevisitPackage.CUSTOMER_CLASS:
				return convertCustomerClassToString(eDataType, instanceValue);
			case RevisitPackage.CONTACT_STATUS:
				return convertContactStatusToString(eDataType, instanceValue);
			case RevisitPackage.SERVICE_EVENT_KIND:
				return convertServiceEventKindToString(eDataType, instanceValue);
			case RevisitPackage.COMPLAINT_CATEGORY:
				return convertComplaintCategoryToString(eDataType, instanceValue);
			case RevisitPackage.COMPLAINT_SEVERITY:
				return convertComplaintSeverityToString(eDataType, instanceValue);
			case RevisitPackage.RECORD_KIND:
				return convertRecordKindToString(eDataType, instanceValue);
			case RevisitPackage.TASK_STATE:
				return convertTaskStateToString(eDataType, instanceValue);
			case RevisitPackage.CALLBACK_SOURCE:
				return convertCallbackSourceToString(eDataType, instanceValue);
			case RevisitPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case RevisitPackage.HOLIDAY_ENTRY_KIND:
				return convertHolidayEntryKindToString(eDataType, instanceValue);
			case RevisitPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhoneNumber createPhoneNumber() {
		PhoneNumberImpl phoneNumber = new PhoneNumberImpl();
		return phoneNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Birthday createBirthday() {
		BirthdayImpl birthday = new BirthdayImpl();
		return birthday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceEvent createServiceEvent() {
		ServiceEventImpl serviceEvent = new ServiceEventImpl();
		return serviceEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallingWindow createCallingWindow() {
		CallingWindowImpl callingWindow = new CallingWindowImpl();
		return callingWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttemptPolicy createAttemptPolicy() {
		AttemptPolicyImpl attemptPolicy = new AttemptPolicyImpl();
		return attemptPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetryRule createRetryRule() {
		RetryRuleImpl retryRule = new RetryRuleImpl();
		return retryRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Script createScript() {
		ScriptImpl script = new ScriptImpl();
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoToStep createGoToStep() {
		GoToStepImpl goToStep = new GoToStepImpl();
		return goToStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordField createRecordField() {
		RecordFieldImpl recordField = new RecordFieldImpl();
		return recordField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreeCallback createAgreeCallback() {
		AgreeCallbackImpl agreeCallback = new AgreeCallbackImpl();
		return agreeCallback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetAbsent createTargetAbsent() {
		TargetAbsentImpl targetAbsent = new TargetAbsentImpl();
		return targetAbsent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetLeftCompany createTargetLeftCompany() {
		TargetLeftCompanyImpl targetLeftCompany = new TargetLeftCompanyImpl();
		return targetLeftCompany;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CreateFollowUp createCreateFollowUp() {
		CreateFollowUpImpl createFollowUp = new CreateFollowUpImpl();
		return createFollowUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndCall createEndCall() {
		EndCallImpl endCall = new EndCallImpl();
		return endCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instruction createInstruction() {
		InstructionImpl instruction = new InstructionImpl();
		return instruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallTask createCallTask() {
		CallTaskImpl callTask = new CallTaskImpl();
		return callTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallOutcome createCallOutcome() {
		CallOutcomeImpl callOutcome = new CallOutcomeImpl();
		return callOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PathEntry createPathEntry() {
		PathEntryImpl pathEntry = new PathEntryImpl();
		return pathEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordedValue createRecordedValue() {
		RecordedValueImpl recordedValue = new RecordedValueImpl();
		return recordedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp createFollowUp() {
		FollowUpImpl followUp = new FollowUpImpl();
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Callback createCallback() {
		CallbackImpl callback = new CallbackImpl();
		return callback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HolidayCalendar createHolidayCalendar() {
		HolidayCalendarImpl holidayCalendar = new HolidayCalendarImpl();
		return holidayCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HolidayRule createHolidayRule() {
		HolidayRuleImpl holidayRule = new HolidayRuleImpl();
		return holidayRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HolidayEntry createHolidayEntry() {
		HolidayEntryImpl holidayEntry = new HolidayEntryImpl();
		return holidayEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditEntry createAuditEntry() {
		AuditEntryImpl auditEntry = new AuditEntryImpl();
		return auditEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhoneType createPhoneTypeFromString(EDataType eDataType, String initialValue) {
		PhoneType result = PhoneType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhoneTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CalendarKind createCalendarKindFromString(EDataType eDataType, String initialValue) {
		CalendarKind result = CalendarKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCalendarKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerClass createCustomerClassFromString(EDataType eDataType, String initialValue) {
		CustomerClass result = CustomerClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCustomerClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactStatus createContactStatusFromString(EDataType eDataType, String initialValue) {
		ContactStatus result = ContactStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceEventKind createServiceEventKindFromString(EDataType eDataType, String initialValue) {
		ServiceEventKind result = ServiceEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintCategory createComplaintCategoryFromString(EDataType eDataType, String initialValue) {
		ComplaintCategory result = ComplaintCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplaintCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintSeverity createComplaintSeverityFromString(EDataType eDataType, String initialValue) {
		ComplaintSeverity result = ComplaintSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplaintSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecordKind createRecordKindFromString(EDataType eDataType, String initialValue) {
		RecordKind result = RecordKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecordKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskState createTaskStateFromString(EDataType eDataType, String initialValue) {
		TaskState result = TaskState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CallbackSource createCallbackSourceFromString(EDataType eDataType, String initialValue) {
		CallbackSource result = CallbackSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCallbackSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HolidayEntryKind createHolidayEntryKindFromString(EDataType eDataType, String initialValue) {
		HolidayEntryKind result = HolidayEntryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHolidayEntryKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RevisitPackage getRevisitPackage() {
		return (RevisitPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RevisitPackage getPackage() {
		return RevisitPackage.eINSTANCE;
	}

} //RevisitFactoryImpl
