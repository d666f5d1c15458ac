/**
 */
package org.revisit.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.AuditEntry;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CreateFollowUp;
import org.revisit.model.CustomerClass;
import org.revisit.model.EndCall;
import org.revisit.model.Entity;
import org.revisit.model.FollowUp;
import org.revisit.model.GoToStep;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.Instruction;
import org.revisit.model.PathEntry;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.RecordedValue;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Role;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;
import org.revisit.model.TaskState;
import org.revisit.model.User;

import org.revisit.model.util.RevisitValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RevisitPackageImpl extends EPackageImpl implements RevisitPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phoneNumberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass birthdayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callingWindowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attemptPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retryRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goToStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agreeCallbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetAbsentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetLeftCompanyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass createFollowUpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endCallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instructionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callOutcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pathEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordedValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass callbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phoneTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum calendarKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recordKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum callbackSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum holidayEntryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.revisit.model.RevisitPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RevisitPackageImpl() {
		super(eNS_URI, RevisitFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RevisitPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RevisitPackage init() {
		if (isInited) return (RevisitPackage)EPackage.Registry.INSTANCE.getEPackage(RevisitPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRevisitPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RevisitPackageImpl theRevisitPackage = registeredRevisitPackage instanceof RevisitPackageImpl ? (RevisitPackageImpl)registeredRevisitPackage : new RevisitPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRevisitPackage.createPackageContents();

		// Initialize created meta-data
		theRevisitPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theRevisitPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return RevisitValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theRevisitPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RevisitPackage.eNS_URI, theRevisitPackage);
		return theRevisitPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntity() {
		return entityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Id() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Version() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Title() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Company() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Position() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Phones() {
		return (EReference)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Address() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Fax() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Birthday() {
		return (EReference)contactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_TimeZone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_CustomerClass() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Tags() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Consent() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_ConsentDate() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_ConsentSource() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_DoNotCall() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_DoNotCallDate() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_DoNotCallSource() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Status() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Successor() {
		return (EReference)contactEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_OwningAgent() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhoneNumber() {
		return phoneNumberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneNumber_Type() {
		return (EAttribute)phoneNumberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneNumber_Number() {
		return (EAttribute)phoneNumberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneNumber_Invalid() {
		return (EAttribute)phoneNumberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneNumber_InvalidReason() {
		return (EAttribute)phoneNumberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBirthday() {
		return birthdayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBirthday_Calendar() {
		return (EAttribute)birthdayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBirthday_Month() {
		return (EAttribute)birthdayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBirthday_Day() {
		return (EAttribute)birthdayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBirthday_LeapMonth() {
		return (EAttribute)birthdayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBirthday_Year() {
		return (EAttribute)birthdayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceEvent() {
		return serviceEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_Kind() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_OccurredAt() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceEvent_Contact() {
		return (EReference)serviceEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_Engineer() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_Subject() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_ExternalRef() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_ComplaintCategory() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_Severity() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceEvent_Resolved() {
		return (EAttribute)serviceEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaign() {
		return campaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_CallTypeId() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Name() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Parameters() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_ScriptId() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_ScriptVersion() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_CallingWindows() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_AttemptPolicy() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Priority() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_ActiveFrom() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_ActiveTo() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_TargetFilter() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Active() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_NameEn() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_BudgetShare() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallingWindow() {
		return callingWindowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallingWindow_StartMinute() {
		return (EAttribute)callingWindowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallingWindow_EndMinute() {
		return (EAttribute)callingWindowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttemptPolicy() {
		return attemptPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttemptPolicy_MaxAttempts() {
		return (EAttribute)attemptPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttemptPolicy_RetryRules() {
		return (EReference)attemptPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetryRule() {
		return retryRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetryRule_OutcomeCode() {
		return (EAttribute)retryRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetryRule_IntervalMinutes() {
		return (EAttribute)retryRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScript() {
		return scriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_ScriptId() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_ScriptVersion() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_Title() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_Language() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_CallTypeId() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Steps() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Number() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Utterance() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Answers() {
		return (EReference)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Label() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Keywords() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnswer_Actions() {
		return (EReference)answerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoToStep() {
		return goToStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoToStep_TargetStep() {
		return (EAttribute)goToStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordField() {
		return recordFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordField_FieldName() {
		return (EAttribute)recordFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordField_Kind() {
		return (EAttribute)recordFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgreeCallback() {
		return agreeCallbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetAbsent() {
		return targetAbsentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetLeftCompany() {
		return targetLeftCompanyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCreateFollowUp() {
		return createFollowUpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCreateFollowUp_Assignee() {
		return (EAttribute)createFollowUpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCreateFollowUp_Text() {
		return (EAttribute)createFollowUpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndCall() {
		return endCallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndCall_OutcomeCode() {
		return (EAttribute)endCallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstruction() {
		return instructionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstruction_Text() {
		return (EAttribute)instructionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallTask() {
		return callTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallTask_Contact() {
		return (EReference)callTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallTask_Campaign() {
		return (EReference)callTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_CallTypeId() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_DueFrom() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_DueTo() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_Priority() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_Attempts() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_State() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_LeaseOwner() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_LeaseExpiry() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallTask_Reason() {
		return (EAttribute)callTaskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallOutcome() {
		return callOutcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_Task() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_Agent() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_StartedAt() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_EndedAt() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_DispositionCode() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_ScriptId() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_ScriptVersion() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_Path() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_RecordedValues() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallOutcome_Notes() {
		return (EAttribute)callOutcomeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_Scores() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_FollowUps() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallOutcome_Callbacks() {
		return (EReference)callOutcomeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPathEntry() {
		return pathEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPathEntry_StepNumber() {
		return (EAttribute)pathEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPathEntry_AnswerLabel() {
		return (EAttribute)pathEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPathEntry_At() {
		return (EAttribute)pathEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordedValue() {
		return recordedValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordedValue_Field() {
		return (EAttribute)recordedValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordedValue_Value() {
		return (EAttribute)recordedValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Aspect() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUp() {
		return followUpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Assignee() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Text() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Done() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallback() {
		return callbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallback_Contact() {
		return (EReference)callbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallback_DueAt() {
		return (EAttribute)callbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallback_Owner() {
		return (EAttribute)callbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallback_Reason() {
		return (EAttribute)callbackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallback_Source() {
		return (EAttribute)callbackEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCallback_ServiceEvent() {
		return (EReference)callbackEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallback_Done() {
		return (EAttribute)callbackEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Name() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_DisplayName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Role() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHolidayCalendar() {
		return holidayCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayCalendar_Name() {
		return (EAttribute)holidayCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHolidayCalendar_Rules() {
		return (EReference)holidayCalendarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHolidayCalendar_Entries() {
		return (EReference)holidayCalendarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHolidayRule() {
		return holidayRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayRule_Name() {
		return (EAttribute)holidayRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayRule_Calendar() {
		return (EAttribute)holidayRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayRule_Month() {
		return (EAttribute)holidayRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayRule_Day() {
		return (EAttribute)holidayRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayRule_DaysOff() {
		return (EAttribute)holidayRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHolidayEntry() {
		return holidayEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayEntry_Date() {
		return (EAttribute)holidayEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayEntry_Kind() {
		return (EAttribute)holidayEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHolidayEntry_Name() {
		return (EAttribute)holidayEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditEntry() {
		return auditEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Who() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_At() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_EntityType() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_EntityId() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Field() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_OldValue() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_NewValue() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhoneType() {
		return phoneTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCalendarKind() {
		return calendarKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerClass() {
		return customerClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactStatus() {
		return contactStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceEventKind() {
		return serviceEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintCategory() {
		return complaintCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintSeverity() {
		return complaintSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecordKind() {
		return recordKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskState() {
		return taskStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCallbackSource() {
		return callbackSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHolidayEntryKind() {
		return holidayEntryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RevisitFactory getRevisitFactory() {
		return (RevisitFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		entityEClass = createEClass(ENTITY);
		createEAttribute(entityEClass, ENTITY__ID);
		createEAttribute(entityEClass, ENTITY__VERSION);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__TITLE);
		createEAttribute(contactEClass, CONTACT__COMPANY);
		createEAttribute(contactEClass, CONTACT__POSITION);
		createEReference(contactEClass, CONTACT__PHONES);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__ADDRESS);
		createEAttribute(contactEClass, CONTACT__FAX);
		createEReference(contactEClass, CONTACT__BIRTHDAY);
		createEAttribute(contactEClass, CONTACT__TIME_ZONE);
		createEAttribute(contactEClass, CONTACT__CUSTOMER_CLASS);
		createEAttribute(contactEClass, CONTACT__TAGS);
		createEAttribute(contactEClass, CONTACT__CONSENT);
		createEAttribute(contactEClass, CONTACT__CONSENT_DATE);
		createEAttribute(contactEClass, CONTACT__CONSENT_SOURCE);
		createEAttribute(contactEClass, CONTACT__DO_NOT_CALL);
		createEAttribute(contactEClass, CONTACT__DO_NOT_CALL_DATE);
		createEAttribute(contactEClass, CONTACT__DO_NOT_CALL_SOURCE);
		createEAttribute(contactEClass, CONTACT__STATUS);
		createEReference(contactEClass, CONTACT__SUCCESSOR);
		createEAttribute(contactEClass, CONTACT__OWNING_AGENT);

		phoneNumberEClass = createEClass(PHONE_NUMBER);
		createEAttribute(phoneNumberEClass, PHONE_NUMBER__TYPE);
		createEAttribute(phoneNumberEClass, PHONE_NUMBER__NUMBER);
		createEAttribute(phoneNumberEClass, PHONE_NUMBER__INVALID);
		createEAttribute(phoneNumberEClass, PHONE_NUMBER__INVALID_REASON);

		birthdayEClass = createEClass(BIRTHDAY);
		createEAttribute(birthdayEClass, BIRTHDAY__CALENDAR);
		createEAttribute(birthdayEClass, BIRTHDAY__MONTH);
		createEAttribute(birthdayEClass, BIRTHDAY__DAY);
		createEAttribute(birthdayEClass, BIRTHDAY__LEAP_MONTH);
		createEAttribute(birthdayEClass, BIRTHDAY__YEAR);

		serviceEventEClass = createEClass(SERVICE_EVENT);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__KIND);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__OCCURRED_AT);
		createEReference(serviceEventEClass, SERVICE_EVENT__CONTACT);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__ENGINEER);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__SUBJECT);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__EXTERNAL_REF);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__COMPLAINT_CATEGORY);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__SEVERITY);
		createEAttribute(serviceEventEClass, SERVICE_EVENT__RESOLVED);

		campaignEClass = createEClass(CAMPAIGN);
		createEAttribute(campaignEClass, CAMPAIGN__CALL_TYPE_ID);
		createEAttribute(campaignEClass, CAMPAIGN__NAME);
		createEReference(campaignEClass, CAMPAIGN__PARAMETERS);
		createEAttribute(campaignEClass, CAMPAIGN__SCRIPT_ID);
		createEAttribute(campaignEClass, CAMPAIGN__SCRIPT_VERSION);
		createEReference(campaignEClass, CAMPAIGN__CALLING_WINDOWS);
		createEReference(campaignEClass, CAMPAIGN__ATTEMPT_POLICY);
		createEAttribute(campaignEClass, CAMPAIGN__PRIORITY);
		createEAttribute(campaignEClass, CAMPAIGN__ACTIVE_FROM);
		createEAttribute(campaignEClass, CAMPAIGN__ACTIVE_TO);
		createEAttribute(campaignEClass, CAMPAIGN__TARGET_FILTER);
		createEAttribute(campaignEClass, CAMPAIGN__ACTIVE);
		createEAttribute(campaignEClass, CAMPAIGN__NAME_EN);
		createEAttribute(campaignEClass, CAMPAIGN__BUDGET_SHARE);

		callingWindowEClass = createEClass(CALLING_WINDOW);
		createEAttribute(callingWindowEClass, CALLING_WINDOW__START_MINUTE);
		createEAttribute(callingWindowEClass, CALLING_WINDOW__END_MINUTE);

		attemptPolicyEClass = createEClass(ATTEMPT_POLICY);
		createEAttribute(attemptPolicyEClass, ATTEMPT_POLICY__MAX_ATTEMPTS);
		createEReference(attemptPolicyEClass, ATTEMPT_POLICY__RETRY_RULES);

		retryRuleEClass = createEClass(RETRY_RULE);
		createEAttribute(retryRuleEClass, RETRY_RULE__OUTCOME_CODE);
		createEAttribute(retryRuleEClass, RETRY_RULE__INTERVAL_MINUTES);

		scriptEClass = createEClass(SCRIPT);
		createEAttribute(scriptEClass, SCRIPT__SCRIPT_ID);
		createEAttribute(scriptEClass, SCRIPT__SCRIPT_VERSION);
		createEAttribute(scriptEClass, SCRIPT__TITLE);
		createEAttribute(scriptEClass, SCRIPT__LANGUAGE);
		createEAttribute(scriptEClass, SCRIPT__CALL_TYPE_ID);
		createEReference(scriptEClass, SCRIPT__STEPS);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__NUMBER);
		createEAttribute(stepEClass, STEP__UTTERANCE);
		createEReference(stepEClass, STEP__ANSWERS);

		answerEClass = createEClass(ANSWER);
		createEAttribute(answerEClass, ANSWER__LABEL);
		createEAttribute(answerEClass, ANSWER__KEYWORDS);
		createEReference(answerEClass, ANSWER__ACTIONS);

		actionEClass = createEClass(ACTION);

		goToStepEClass = createEClass(GO_TO_STEP);
		createEAttribute(goToStepEClass, GO_TO_STEP__TARGET_STEP);

		recordFieldEClass = createEClass(RECORD_FIELD);
		createEAttribute(recordFieldEClass, RECORD_FIELD__FIELD_NAME);
		createEAttribute(recordFieldEClass, RECORD_FIELD__KIND);

		agreeCallbackEClass = createEClass(AGREE_CALLBACK);

		targetAbsentEClass = createEClass(TARGET_ABSENT);

		targetLeftCompanyEClass = createEClass(TARGET_LEFT_COMPANY);

		createFollowUpEClass = createEClass(CREATE_FOLLOW_UP);
		createEAttribute(createFollowUpEClass, CREATE_FOLLOW_UP__ASSIGNEE);
		createEAttribute(createFollowUpEClass, CREATE_FOLLOW_UP__TEXT);

		endCallEClass = createEClass(END_CALL);
		createEAttribute(endCallEClass, END_CALL__OUTCOME_CODE);

		instructionEClass = createEClass(INSTRUCTION);
		createEAttribute(instructionEClass, INSTRUCTION__TEXT);

		callTaskEClass = createEClass(CALL_TASK);
		createEReference(callTaskEClass, CALL_TASK__CONTACT);
		createEReference(callTaskEClass, CALL_TASK__CAMPAIGN);
		createEAttribute(callTaskEClass, CALL_TASK__CALL_TYPE_ID);
		createEAttribute(callTaskEClass, CALL_TASK__DUE_FROM);
		createEAttribute(callTaskEClass, CALL_TASK__DUE_TO);
		createEAttribute(callTaskEClass, CALL_TASK__PRIORITY);
		createEAttribute(callTaskEClass, CALL_TASK__ATTEMPTS);
		createEAttribute(callTaskEClass, CALL_TASK__STATE);
		createEAttribute(callTaskEClass, CALL_TASK__LEASE_OWNER);
		createEAttribute(callTaskEClass, CALL_TASK__LEASE_EXPIRY);
		createEAttribute(callTaskEClass, CALL_TASK__REASON);

		callOutcomeEClass = createEClass(CALL_OUTCOME);
		createEReference(callOutcomeEClass, CALL_OUTCOME__TASK);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__AGENT);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__STARTED_AT);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__ENDED_AT);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__DISPOSITION_CODE);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__SCRIPT_ID);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__SCRIPT_VERSION);
		createEReference(callOutcomeEClass, CALL_OUTCOME__PATH);
		createEReference(callOutcomeEClass, CALL_OUTCOME__RECORDED_VALUES);
		createEAttribute(callOutcomeEClass, CALL_OUTCOME__NOTES);
		createEReference(callOutcomeEClass, CALL_OUTCOME__SCORES);
		createEReference(callOutcomeEClass, CALL_OUTCOME__FOLLOW_UPS);
		createEReference(callOutcomeEClass, CALL_OUTCOME__CALLBACKS);

		pathEntryEClass = createEClass(PATH_ENTRY);
		createEAttribute(pathEntryEClass, PATH_ENTRY__STEP_NUMBER);
		createEAttribute(pathEntryEClass, PATH_ENTRY__ANSWER_LABEL);
		createEAttribute(pathEntryEClass, PATH_ENTRY__AT);

		recordedValueEClass = createEClass(RECORDED_VALUE);
		createEAttribute(recordedValueEClass, RECORDED_VALUE__FIELD);
		createEAttribute(recordedValueEClass, RECORDED_VALUE__VALUE);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__ASPECT);
		createEAttribute(scoreEClass, SCORE__VALUE);

		followUpEClass = createEClass(FOLLOW_UP);
		createEAttribute(followUpEClass, FOLLOW_UP__ASSIGNEE);
		createEAttribute(followUpEClass, FOLLOW_UP__TEXT);
		createEAttribute(followUpEClass, FOLLOW_UP__DONE);

		callbackEClass = createEClass(CALLBACK);
		createEReference(callbackEClass, CALLBACK__CONTACT);
		createEAttribute(callbackEClass, CALLBACK__DUE_AT);
		createEAttribute(callbackEClass, CALLBACK__OWNER);
		createEAttribute(callbackEClass, CALLBACK__REASON);
		createEAttribute(callbackEClass, CALLBACK__SOURCE);
		createEReference(callbackEClass, CALLBACK__SERVICE_EVENT);
		createEAttribute(callbackEClass, CALLBACK__DONE);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__NAME);
		createEAttribute(userEClass, USER__DISPLAY_NAME);
		createEAttribute(userEClass, USER__ROLE);

		holidayCalendarEClass = createEClass(HOLIDAY_CALENDAR);
		createEAttribute(holidayCalendarEClass, HOLIDAY_CALENDAR__NAME);
		createEReference(holidayCalendarEClass, HOLIDAY_CALENDAR__RULES);
		createEReference(holidayCalendarEClass, HOLIDAY_CALENDAR__ENTRIES);

		holidayRuleEClass = createEClass(HOLIDAY_RULE);
		createEAttribute(holidayRuleEClass, HOLIDAY_RULE__NAME);
		createEAttribute(holidayRuleEClass, HOLIDAY_RULE__CALENDAR);
		createEAttribute(holidayRuleEClass, HOLIDAY_RULE__MONTH);
		createEAttribute(holidayRuleEClass, HOLIDAY_RULE__DAY);
		createEAttribute(holidayRuleEClass, HOLIDAY_RULE__DAYS_OFF);

		holidayEntryEClass = createEClass(HOLIDAY_ENTRY);
		createEAttribute(holidayEntryEClass, HOLIDAY_ENTRY__DATE);
		createEAttribute(holidayEntryEClass, HOLIDAY_ENTRY__KIND);
		createEAttribute(holidayEntryEClass, HOLIDAY_ENTRY__NAME);

		auditEntryEClass = createEClass(AUDIT_ENTRY);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__WHO);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__AT);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__ENTITY_TYPE);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__ENTITY_ID);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__FIELD);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__OLD_VALUE);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__NEW_VALUE);

		// Create enums
		phoneTypeEEnum = createEEnum(PHONE_TYPE);
		calendarKindEEnum = createEEnum(CALENDAR_KIND);
		customerClassEEnum = createEEnum(CUSTOMER_CLASS);
		contactStatusEEnum = createEEnum(CONTACT_STATUS);
		serviceEventKindEEnum = createEEnum(SERVICE_EVENT_KIND);
		complaintCategoryEEnum = createEEnum(COMPLAINT_CATEGORY);
		complaintSeverityEEnum = createEEnum(COMPLAINT_SEVERITY);
		recordKindEEnum = createEEnum(RECORD_KIND);
		taskStateEEnum = createEEnum(TASK_STATE);
		callbackSourceEEnum = createEEnum(CALLBACK_SOURCE);
		roleEEnum = createEEnum(ROLE);
		holidayEntryKindEEnum = createEEnum(HOLIDAY_ENTRY_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		contactEClass.getESuperTypes().add(this.getEntity());
		serviceEventEClass.getESuperTypes().add(this.getEntity());
		campaignEClass.getESuperTypes().add(this.getEntity());
		scriptEClass.getESuperTypes().add(this.getEntity());
		goToStepEClass.getESuperTypes().add(this.getAction());
		recordFieldEClass.getESuperTypes().add(this.getAction());
		agreeCallbackEClass.getESuperTypes().add(this.getAction());
		targetAbsentEClass.getESuperTypes().add(this.getAction());
		targetLeftCompanyEClass.getESuperTypes().add(this.getAction());
		createFollowUpEClass.getESuperTypes().add(this.getAction());
		endCallEClass.getESuperTypes().add(this.getAction());
		instructionEClass.getESuperTypes().add(this.getAction());
		callTaskEClass.getESuperTypes().add(this.getEntity());
		callOutcomeEClass.getESuperTypes().add(this.getEntity());
		callbackEClass.getESuperTypes().add(this.getEntity());
		userEClass.getESuperTypes().add(this.getEntity());
		holidayCalendarEClass.getESuperTypes().add(this.getEntity());
		auditEntryEClass.getESuperTypes().add(this.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(entityEClass, Entity.class, "Entity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntity_Id(), ecorePackage.getELong(), "id", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntity_Version(), ecorePackage.getEInt(), "version", null, 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Title(), ecorePackage.getEString(), "title", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Company(), ecorePackage.getEString(), "company", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Position(), ecorePackage.getEString(), "position", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Phones(), this.getPhoneNumber(), null, "phones", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Address(), ecorePackage.getEString(), "address", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Fax(), ecorePackage.getEString(), "fax", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Birthday(), this.getBirthday(), null, "birthday", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_TimeZone(), ecorePackage.getEString(), "timeZone", "Asia/Shanghai", 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_CustomerClass(), this.getCustomerClass(), "customerClass", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Consent(), ecorePackage.getEBoolean(), "consent", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_ConsentDate(), ecorePackage.getEDate(), "consentDate", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_ConsentSource(), ecorePackage.getEString(), "consentSource", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_DoNotCall(), ecorePackage.getEBoolean(), "doNotCall", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_DoNotCallDate(), ecorePackage.getEDate(), "doNotCallDate", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_DoNotCallSource(), ecorePackage.getEString(), "doNotCallSource", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Status(), this.getContactStatus(), "status", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Successor(), this.getContact(), null, "successor", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_OwningAgent(), ecorePackage.getEString(), "owningAgent", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phoneNumberEClass, PhoneNumber.class, "PhoneNumber", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhoneNumber_Type(), this.getPhoneType(), "type", null, 0, 1, PhoneNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhoneNumber_Number(), ecorePackage.getEString(), "number", null, 0, 1, PhoneNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhoneNumber_Invalid(), ecorePackage.getEBoolean(), "invalid", null, 0, 1, PhoneNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhoneNumber_InvalidReason(), ecorePackage.getEString(), "invalidReason", null, 0, 1, PhoneNumber.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(birthdayEClass, Birthday.class, "Birthday", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBirthday_Calendar(), this.getCalendarKind(), "calendar", null, 0, 1, Birthday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBirthday_Month(), ecorePackage.getEInt(), "month", null, 0, 1, Birthday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBirthday_Day(), ecorePackage.getEInt(), "day", null, 0, 1, Birthday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBirthday_LeapMonth(), ecorePackage.getEBoolean(), "leapMonth", null, 0, 1, Birthday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBirthday_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Birthday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEventEClass, ServiceEvent.class, "ServiceEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceEvent_Kind(), this.getServiceEventKind(), "kind", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_OccurredAt(), ecorePackage.getEDate(), "occurredAt", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceEvent_Contact(), this.getContact(), null, "contact", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_Engineer(), ecorePackage.getEString(), "engineer", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_ExternalRef(), ecorePackage.getEString(), "externalRef", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_ComplaintCategory(), this.getComplaintCategory(), "complaintCategory", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_Severity(), this.getComplaintSeverity(), "severity", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceEvent_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, ServiceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(campaignEClass, Campaign.class, "Campaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCampaign_CallTypeId(), ecorePackage.getEString(), "callTypeId", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Name(), ecorePackage.getEString(), "name", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_Parameters(), ecorePackage.getEStringToStringMapEntry(), null, "parameters", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_ScriptId(), ecorePackage.getEString(), "scriptId", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_ScriptVersion(), ecorePackage.getEInt(), "scriptVersion", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_CallingWindows(), this.getCallingWindow(), null, "callingWindows", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_AttemptPolicy(), this.getAttemptPolicy(), null, "attemptPolicy", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_ActiveFrom(), this.getLocalDate(), "activeFrom", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_ActiveTo(), this.getLocalDate(), "activeTo", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_TargetFilter(), ecorePackage.getEString(), "targetFilter", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Active(), ecorePackage.getEBoolean(), "active", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_BudgetShare(), ecorePackage.getEInt(), "budgetShare", "100", 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callingWindowEClass, CallingWindow.class, "CallingWindow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCallingWindow_StartMinute(), ecorePackage.getEInt(), "startMinute", null, 0, 1, CallingWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallingWindow_EndMinute(), ecorePackage.getEInt(), "endMinute", null, 0, 1, CallingWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attemptPolicyEClass, AttemptPolicy.class, "AttemptPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttemptPolicy_MaxAttempts(), ecorePackage.getEInt(), "maxAttempts", "3", 0, 1, AttemptPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAttemptPolicy_RetryRules(), this.getRetryRule(), null, "retryRules", null, 0, -1, AttemptPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retryRuleEClass, RetryRule.class, "RetryRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetryRule_OutcomeCode(), ecorePackage.getEString(), "outcomeCode", null, 0, 1, RetryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetryRule_IntervalMinutes(), ecorePackage.getEInt(), "intervalMinutes", null, 0, 1, RetryRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scriptEClass, Script.class, "Script", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScript_ScriptId(), ecorePackage.getEString(), "scriptId", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_ScriptVersion(), ecorePackage.getEInt(), "scriptVersion", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_Title(), ecorePackage.getEString(), "title", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_Language(), ecorePackage.getEString(), "language", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_CallTypeId(), ecorePackage.getEString(), "callTypeId", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Steps(), this.getStep(), null, "steps", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Utterance(), ecorePackage.getEString(), "utterance", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Answers(), this.getAnswer(), null, "answers", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswer_Label(), ecorePackage.getEString(), "label", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Keywords(), ecorePackage.getEString(), "keywords", null, 0, -1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnswer_Actions(), this.getAction(), null, "actions", null, 0, -1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(goToStepEClass, GoToStep.class, "GoToStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoToStep_TargetStep(), ecorePackage.getEInt(), "targetStep", null, 0, 1, GoToStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recordFieldEClass, RecordField.class, "RecordField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecordField_FieldName(), ecorePackage.getEString(), "fieldName", null, 0, 1, RecordField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordField_Kind(), this.getRecordKind(), "kind", null, 0, 1, RecordField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agreeCallbackEClass, AgreeCallback.class, "AgreeCallback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(targetAbsentEClass, TargetAbsent.class, "TargetAbsent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(targetLeftCompanyEClass, TargetLeftCompany.class, "TargetLeftCompany", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(createFollowUpEClass, CreateFollowUp.class, "CreateFollowUp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCreateFollowUp_Assignee(), ecorePackage.getEString(), "assignee", null, 0, 1, CreateFollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCreateFollowUp_Text(), ecorePackage.getEString(), "text", null, 0, 1, CreateFollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endCallEClass, EndCall.class, "EndCall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndCall_OutcomeCode(), ecorePackage.getEString(), "outcomeCode", null, 0, 1, EndCall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instructionEClass, Instruction.class, "Instruction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstruction_Text(), ecorePackage.getEString(), "text", null, 0, 1, Instruction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callTaskEClass, CallTask.class, "CallTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCallTask_Contact(), this.getContact(), null, "contact", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallTask_Campaign(), this.getCampaign(), null, "campaign", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_CallTypeId(), ecorePackage.getEString(), "callTypeId", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_DueFrom(), ecorePackage.getEDate(), "dueFrom", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_DueTo(), ecorePackage.getEDate(), "dueTo", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_Attempts(), ecorePackage.getEInt(), "attempts", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_State(), this.getTaskState(), "state", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_LeaseOwner(), ecorePackage.getEString(), "leaseOwner", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_LeaseExpiry(), ecorePackage.getEDate(), "leaseExpiry", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallTask_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, CallTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callOutcomeEClass, CallOutcome.class, "CallOutcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCallOutcome_Task(), this.getCallTask(), null, "task", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_Agent(), ecorePackage.getEString(), "agent", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_EndedAt(), ecorePackage.getEDate(), "endedAt", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_DispositionCode(), ecorePackage.getEString(), "dispositionCode", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_ScriptId(), ecorePackage.getEString(), "scriptId", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_ScriptVersion(), ecorePackage.getEInt(), "scriptVersion", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallOutcome_Path(), this.getPathEntry(), null, "path", null, 0, -1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallOutcome_RecordedValues(), this.getRecordedValue(), null, "recordedValues", null, 0, -1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallOutcome_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallOutcome_Scores(), this.getScore(), null, "scores", null, 0, -1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallOutcome_FollowUps(), this.getFollowUp(), null, "followUps", null, 0, -1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallOutcome_Callbacks(), this.getCallback(), null, "callbacks", null, 0, -1, CallOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pathEntryEClass, PathEntry.class, "PathEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPathEntry_StepNumber(), ecorePackage.getEInt(), "stepNumber", null, 0, 1, PathEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPathEntry_AnswerLabel(), ecorePackage.getEString(), "answerLabel", null, 0, 1, PathEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPathEntry_At(), ecorePackage.getEDate(), "at", null, 0, 1, PathEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recordedValueEClass, RecordedValue.class, "RecordedValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecordedValue_Field(), ecorePackage.getEString(), "field", null, 0, 1, RecordedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordedValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, RecordedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScore_Aspect(), ecorePackage.getEString(), "aspect", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEInt(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpEClass, FollowUp.class, "FollowUp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUp_Assignee(), ecorePackage.getEString(), "assignee", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Text(), ecorePackage.getEString(), "text", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(callbackEClass, Callback.class, "Callback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCallback_Contact(), this.getContact(), null, "contact", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallback_DueAt(), ecorePackage.getEDate(), "dueAt", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallback_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallback_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallback_Source(), this.getCallbackSource(), "source", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCallback_ServiceEvent(), this.getServiceEvent(), null, "serviceEvent", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallback_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, Callback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUser_Name(), ecorePackage.getEString(), "name", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Role(), this.getRole(), "role", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayCalendarEClass, HolidayCalendar.class, "HolidayCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHolidayCalendar_Name(), ecorePackage.getEString(), "name", null, 0, 1, HolidayCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHolidayCalendar_Rules(), this.getHolidayRule(), null, "rules", null, 0, -1, HolidayCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHolidayCalendar_Entries(), this.getHolidayEntry(), null, "entries", null, 0, -1, HolidayCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayRuleEClass, HolidayRule.class, "HolidayRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHolidayRule_Name(), ecorePackage.getEString(), "name", null, 0, 1, HolidayRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayRule_Calendar(), this.getCalendarKind(), "calendar", null, 0, 1, HolidayRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayRule_Month(), ecorePackage.getEInt(), "month", null, 0, 1, HolidayRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayRule_Day(), ecorePackage.getEInt(), "day", null, 0, 1, HolidayRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayRule_DaysOff(), ecorePackage.getEInt(), "daysOff", null, 0, 1, HolidayRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayEntryEClass, HolidayEntry.class, "HolidayEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHolidayEntry_Date(), this.getLocalDate(), "date", null, 0, 1, HolidayEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayEntry_Kind(), this.getHolidayEntryKind(), "kind", null, 0, 1, HolidayEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHolidayEntry_Name(), ecorePackage.getEString(), "name", null, 0, 1, HolidayEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auditEntryEClass, AuditEntry.class, "AuditEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuditEntry_Who(), ecorePackage.getEString(), "who", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_At(), ecorePackage.getEDate(), "at", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_EntityType(), ecorePackage.getEString(), "entityType", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_EntityId(), ecorePackage.getELong(), "entityId", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_Field(), ecorePackage.getEString(), "field", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_OldValue(), ecorePackage.getEString(), "oldValue", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditEntry_NewValue(), ecorePackage.getEString(), "newValue", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(phoneTypeEEnum, PhoneType.class, "PhoneType");
		addEEnumLiteral(phoneTypeEEnum, PhoneType.MOBILE);
		addEEnumLiteral(phoneTypeEEnum, PhoneType.OFFICE);
		addEEnumLiteral(phoneTypeEEnum, PhoneType.HOME);
		addEEnumLiteral(phoneTypeEEnum, PhoneType.FAX);
		addEEnumLiteral(phoneTypeEEnum, PhoneType.OTHER);

		initEEnum(calendarKindEEnum, CalendarKind.class, "CalendarKind");
		addEEnumLiteral(calendarKindEEnum, CalendarKind.SOLAR);
		addEEnumLiteral(calendarKindEEnum, CalendarKind.LUNAR);

		initEEnum(customerClassEEnum, CustomerClass.class, "CustomerClass");
		addEEnumLiteral(customerClassEEnum, CustomerClass.A);
		addEEnumLiteral(customerClassEEnum, CustomerClass.B);
		addEEnumLiteral(customerClassEEnum, CustomerClass.C);

		initEEnum(contactStatusEEnum, ContactStatus.class, "ContactStatus");
		addEEnumLiteral(contactStatusEEnum, ContactStatus.ACTIVE);
		addEEnumLiteral(contactStatusEEnum, ContactStatus.LEFT_COMPANY);

		initEEnum(serviceEventKindEEnum, ServiceEventKind.class, "ServiceEventKind");
		addEEnumLiteral(serviceEventKindEEnum, ServiceEventKind.PURCHASE);
		addEEnumLiteral(serviceEventKindEEnum, ServiceEventKind.HOTLINE_TICKET);
		addEEnumLiteral(serviceEventKindEEnum, ServiceEventKind.ONSITE_VISIT);
		addEEnumLiteral(serviceEventKindEEnum, ServiceEventKind.TRAINING);
		addEEnumLiteral(serviceEventKindEEnum, ServiceEventKind.COMPLAINT);

		initEEnum(complaintCategoryEEnum, ComplaintCategory.class, "ComplaintCategory");
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.NONE);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.SERVICE_DELAY);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.SERVICE_QUALITY);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.ATTITUDE);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.CONDUCT);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.FEES);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.PRODUCT_FAULT);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.PRESALES_OVERPROMISE);
		addEEnumLiteral(complaintCategoryEEnum, ComplaintCategory.OTHER);

		initEEnum(complaintSeverityEEnum, ComplaintSeverity.class, "ComplaintSeverity");
		addEEnumLiteral(complaintSeverityEEnum, ComplaintSeverity.NONE);
		addEEnumLiteral(complaintSeverityEEnum, ComplaintSeverity.MAJOR);
		addEEnumLiteral(complaintSeverityEEnum, ComplaintSeverity.GENERAL);
		addEEnumLiteral(complaintSeverityEEnum, ComplaintSeverity.NOT_OUR_RESPONSIBILITY);
		addEEnumLiteral(complaintSeverityEEnum, ComplaintSeverity.ASSIST);

		initEEnum(recordKindEEnum, RecordKind.class, "RecordKind");
		addEEnumLiteral(recordKindEEnum, RecordKind.REASON);
		addEEnumLiteral(recordKindEEnum, RecordKind.SUGGESTION);
		addEEnumLiteral(recordKindEEnum, RecordKind.DATE);
		addEEnumLiteral(recordKindEEnum, RecordKind.SCORE);
		addEEnumLiteral(recordKindEEnum, RecordKind.TEXT);

		initEEnum(taskStateEEnum, TaskState.class, "TaskState");
		addEEnumLiteral(taskStateEEnum, TaskState.PLANNED);
		addEEnumLiteral(taskStateEEnum, TaskState.CLAIMED);
		addEEnumLiteral(taskStateEEnum, TaskState.COMPLETED);
		addEEnumLiteral(taskStateEEnum, TaskState.RESCHEDULED);
		addEEnumLiteral(taskStateEEnum, TaskState.UNREACHABLE);
		addEEnumLiteral(taskStateEEnum, TaskState.CANCELLED);

		initEEnum(callbackSourceEEnum, CallbackSource.class, "CallbackSource");
		addEEnumLiteral(callbackSourceEEnum, CallbackSource.COMPLAINT);
		addEEnumLiteral(callbackSourceEEnum, CallbackSource.CALL);
		addEEnumLiteral(callbackSourceEEnum, CallbackSource.MANUAL);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.AGENT);
		addEEnumLiteral(roleEEnum, Role.SUPERVISOR);
		addEEnumLiteral(roleEEnum, Role.MANAGER);
		addEEnumLiteral(roleEEnum, Role.ADMIN);

		initEEnum(holidayEntryKindEEnum, HolidayEntryKind.class, "HolidayEntryKind");
		addEEnumLiteral(holidayEntryKindEEnum, HolidayEntryKind.OFF_DAY);
		addEEnumLiteral(holidayEntryKindEEnum, HolidayEntryKind.MAKEUP_WORKDAY);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (contactEClass,
		   source,
		   new String[] {
			   "constraints", "nameRequired validTimeZone activeHasValidPhone successorConsistent plainNames"
		   });
		addAnnotation
		  (phoneNumberEClass,
		   source,
		   new String[] {
			   "constraints", "validNumber"
		   });
		addAnnotation
		  (birthdayEClass,
		   source,
		   new String[] {
			   "constraints", "validDate"
		   });
		addAnnotation
		  (campaignEClass,
		   source,
		   new String[] {
			   "constraints", "validActivePeriod plainNames"
		   });
		addAnnotation
		  (callingWindowEClass,
		   source,
		   new String[] {
			   "constraints", "validRange"
		   });
		addAnnotation
		  (attemptPolicyEClass,
		   source,
		   new String[] {
			   "constraints", "positiveMaxAttempts"
		   });
		addAnnotation
		  (retryRuleEClass,
		   source,
		   new String[] {
			   "constraints", "nonNegativeInterval"
		   });
		addAnnotation
		  (scriptEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueStepNumbers plainNames"
		   });
		addAnnotation
		  (goToStepEClass,
		   source,
		   new String[] {
			   "constraints", "targetExists"
		   });
		addAnnotation
		  (callTaskEClass,
		   source,
		   new String[] {
			   "constraints", "leaseConsistent"
		   });
		addAnnotation
		  (scoreEClass,
		   source,
		   new String[] {
			   "constraints", "valueInRange"
		   });
		addAnnotation
		  (holidayRuleEClass,
		   source,
		   new String[] {
			   "constraints", "validDate"
		   });
	}

} //RevisitPackageImpl
