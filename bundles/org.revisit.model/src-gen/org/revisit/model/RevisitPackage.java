/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Domain model of Revisit: contacts, service events, campaigns, scripts, call tasks and their outcomes, callbacks, users, holiday calendars and the audit trail.
 * <!-- end-model-doc -->
 * @see org.revisit.model.RevisitFactory
 * @model kind="package"
 * @generated
 */
public interface RevisitPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://revisit.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "revisit";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RevisitPackage eINSTANCE = org.revisit.model.impl.RevisitPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.EntityImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.ContactImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TITLE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__COMPANY = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__POSITION = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONES = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ADDRESS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Fax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FAX = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Birthday</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__BIRTHDAY = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TIME_ZONE = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Customer Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CUSTOMER_CLASS = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TAGS = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CONSENT = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CONSENT_DATE = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Consent Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CONSENT_SOURCE = ENTITY_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Do Not Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DO_NOT_CALL = ENTITY_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Do Not Call Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DO_NOT_CALL_DATE = ENTITY_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Do Not Call Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DO_NOT_CALL_SOURCE = ENTITY_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__STATUS = ENTITY_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__SUCCESSOR = ENTITY_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Owning Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__OWNING_AGENT = ENTITY_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.PhoneNumberImpl <em>Phone Number</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.PhoneNumberImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getPhoneNumber()
	 * @generated
	 */
	int PHONE_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Invalid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER__INVALID = 2;

	/**
	 * The feature id for the '<em><b>Invalid Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER__INVALID_REASON = 3;

	/**
	 * The number of structural features of the '<em>Phone Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Phone Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_NUMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.BirthdayImpl <em>Birthday</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.BirthdayImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getBirthday()
	 * @generated
	 */
	int BIRTHDAY = 3;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY__CALENDAR = 0;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY__MONTH = 1;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY__DAY = 2;

	/**
	 * The feature id for the '<em><b>Leap Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY__LEAP_MONTH = 3;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY__YEAR = 4;

	/**
	 * The number of structural features of the '<em>Birthday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Birthday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.ServiceEventImpl <em>Service Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.ServiceEventImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getServiceEvent()
	 * @generated
	 */
	int SERVICE_EVENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__KIND = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__OCCURRED_AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__CONTACT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Engineer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__ENGINEER = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__SUBJECT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>External Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__EXTERNAL_REF = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Complaint Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__COMPLAINT_CATEGORY = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__SEVERITY = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT__RESOLVED = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Service Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Service Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_EVENT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CampaignImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CALL_TYPE_ID = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PARAMETERS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCRIPT_ID = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Script Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCRIPT_VERSION = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Calling Windows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CALLING_WINDOWS = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Attempt Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ATTEMPT_POLICY = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PRIORITY = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Active From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACTIVE_FROM = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Active To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACTIVE_TO = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Target Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TARGET_FILTER = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACTIVE = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME_EN = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Budget Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET_SHARE = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CallingWindowImpl <em>Calling Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CallingWindowImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCallingWindow()
	 * @generated
	 */
	int CALLING_WINDOW = 6;

	/**
	 * The feature id for the '<em><b>Start Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLING_WINDOW__START_MINUTE = 0;

	/**
	 * The feature id for the '<em><b>End Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLING_WINDOW__END_MINUTE = 1;

	/**
	 * The number of structural features of the '<em>Calling Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLING_WINDOW_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Calling Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLING_WINDOW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.AttemptPolicyImpl <em>Attempt Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.AttemptPolicyImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getAttemptPolicy()
	 * @generated
	 */
	int ATTEMPT_POLICY = 7;

	/**
	 * The feature id for the '<em><b>Max Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTEMPT_POLICY__MAX_ATTEMPTS = 0;

	/**
	 * The feature id for the '<em><b>Retry Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTEMPT_POLICY__RETRY_RULES = 1;

	/**
	 * The number of structural features of the '<em>Attempt Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTEMPT_POLICY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attempt Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTEMPT_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.RetryRuleImpl <em>Retry Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.RetryRuleImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getRetryRule()
	 * @generated
	 */
	int RETRY_RULE = 8;

	/**
	 * The feature id for the '<em><b>Outcome Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRY_RULE__OUTCOME_CODE = 0;

	/**
	 * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRY_RULE__INTERVAL_MINUTES = 1;

	/**
	 * The number of structural features of the '<em>Retry Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRY_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Retry Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETRY_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.ScriptImpl <em>Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.ScriptImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getScript()
	 * @generated
	 */
	int SCRIPT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SCRIPT_ID = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Script Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SCRIPT_VERSION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__TITLE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__LANGUAGE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__CALL_TYPE_ID = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__STEPS = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.StepImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 10;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Utterance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__UTTERANCE = 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ANSWERS = 2;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.AnswerImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 11;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__KEYWORDS = 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ACTIONS = 2;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.ActionImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 12;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.GoToStepImpl <em>Go To Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.GoToStepImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getGoToStep()
	 * @generated
	 */
	int GO_TO_STEP = 13;

	/**
	 * The feature id for the '<em><b>Target Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GO_TO_STEP__TARGET_STEP = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Go To Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GO_TO_STEP_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Go To Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GO_TO_STEP_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.RecordFieldImpl <em>Record Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.RecordFieldImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordField()
	 * @generated
	 */
	int RECORD_FIELD = 14;

	/**
	 * The feature id for the '<em><b>Field Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD__FIELD_NAME = ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD__KIND = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Record Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD_FEATURE_COUNT = ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Record Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.AgreeCallbackImpl <em>Agree Callback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.AgreeCallbackImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getAgreeCallback()
	 * @generated
	 */
	int AGREE_CALLBACK = 15;

	/**
	 * The number of structural features of the '<em>Agree Callback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREE_CALLBACK_FEATURE_COUNT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Agree Callback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREE_CALLBACK_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.TargetAbsentImpl <em>Target Absent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.TargetAbsentImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getTargetAbsent()
	 * @generated
	 */
	int TARGET_ABSENT = 16;

	/**
	 * The number of structural features of the '<em>Target Absent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ABSENT_FEATURE_COUNT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Target Absent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ABSENT_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.TargetLeftCompanyImpl <em>Target Left Company</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.TargetLeftCompanyImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getTargetLeftCompany()
	 * @generated
	 */
	int TARGET_LEFT_COMPANY = 17;

	/**
	 * The number of structural features of the '<em>Target Left Company</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_LEFT_COMPANY_FEATURE_COUNT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Target Left Company</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_LEFT_COMPANY_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CreateFollowUpImpl <em>Create Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CreateFollowUpImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCreateFollowUp()
	 * @generated
	 */
	int CREATE_FOLLOW_UP = 18;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_FOLLOW_UP__ASSIGNEE = ACTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_FOLLOW_UP__TEXT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Create Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_FOLLOW_UP_FEATURE_COUNT = ACTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Create Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CREATE_FOLLOW_UP_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.EndCallImpl <em>End Call</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.EndCallImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getEndCall()
	 * @generated
	 */
	int END_CALL = 19;

	/**
	 * The feature id for the '<em><b>Outcome Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_CALL__OUTCOME_CODE = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>End Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_CALL_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>End Call</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_CALL_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.InstructionImpl <em>Instruction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.InstructionImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getInstruction()
	 * @generated
	 */
	int INSTRUCTION = 20;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTION__TEXT = ACTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Instruction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTION_FEATURE_COUNT = ACTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Instruction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTION_OPERATION_COUNT = ACTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CallTaskImpl <em>Call Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CallTaskImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCallTask()
	 * @generated
	 */
	int CALL_TASK = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__CONTACT = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__CAMPAIGN = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__CALL_TYPE_ID = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__DUE_FROM = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__DUE_TO = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__PRIORITY = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__ATTEMPTS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__STATE = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Lease Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__LEASE_OWNER = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Lease Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__LEASE_EXPIRY = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK__REASON = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Call Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Call Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_TASK_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CallOutcomeImpl <em>Call Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CallOutcomeImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCallOutcome()
	 * @generated
	 */
	int CALL_OUTCOME = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__TASK = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__AGENT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__STARTED_AT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__ENDED_AT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Disposition Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__DISPOSITION_CODE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__SCRIPT_ID = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Script Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__SCRIPT_VERSION = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Path</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__PATH = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Recorded Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__RECORDED_VALUES = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__NOTES = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__SCORES = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__FOLLOW_UPS = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Callbacks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME__CALLBACKS = ENTITY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Call Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Call Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALL_OUTCOME_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.PathEntryImpl <em>Path Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.PathEntryImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getPathEntry()
	 * @generated
	 */
	int PATH_ENTRY = 23;

	/**
	 * The feature id for the '<em><b>Step Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_ENTRY__STEP_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Answer Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_ENTRY__ANSWER_LABEL = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_ENTRY__AT = 2;

	/**
	 * The number of structural features of the '<em>Path Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Path Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATH_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.RecordedValueImpl <em>Recorded Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.RecordedValueImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordedValue()
	 * @generated
	 */
	int RECORDED_VALUE = 24;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDED_VALUE__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDED_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Recorded Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDED_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Recorded Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDED_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.ScoreImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 25;

	/**
	 * The feature id for the '<em><b>Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__ASPECT = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.FollowUpImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 26;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ASSIGNEE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE = 2;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.CallbackImpl <em>Callback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.CallbackImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCallback()
	 * @generated
	 */
	int CALLBACK = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__CONTACT = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__DUE_AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__OWNER = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__REASON = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__SOURCE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Service Event</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__SERVICE_EVENT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK__DONE = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Callback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Callback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLBACK_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.UserImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getUser()
	 * @generated
	 */
	int USER = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.HolidayCalendarImpl <em>Holiday Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.HolidayCalendarImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayCalendar()
	 * @generated
	 */
	int HOLIDAY_CALENDAR = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR__RULES = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR__ENTRIES = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Holiday Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Holiday Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_CALENDAR_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.HolidayRuleImpl <em>Holiday Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.HolidayRuleImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayRule()
	 * @generated
	 */
	int HOLIDAY_RULE = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE__CALENDAR = 1;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE__MONTH = 2;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE__DAY = 3;

	/**
	 * The feature id for the '<em><b>Days Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE__DAYS_OFF = 4;

	/**
	 * The number of structural features of the '<em>Holiday Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Holiday Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.HolidayEntryImpl <em>Holiday Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.HolidayEntryImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayEntry()
	 * @generated
	 */
	int HOLIDAY_ENTRY = 31;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_ENTRY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_ENTRY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_ENTRY__NAME = 2;

	/**
	 * The number of structural features of the '<em>Holiday Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Holiday Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.impl.AuditEntryImpl
	 * @see org.revisit.model.impl.RevisitPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__WHO = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Entity Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ENTITY_TYPE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entity Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ENTITY_ID = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__FIELD = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__OLD_VALUE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__NEW_VALUE = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.revisit.model.PhoneType <em>Phone Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.PhoneType
	 * @see org.revisit.model.impl.RevisitPackageImpl#getPhoneType()
	 * @generated
	 */
	int PHONE_TYPE = 33;

	/**
	 * The meta object id for the '{@link org.revisit.model.CalendarKind <em>Calendar Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.CalendarKind
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCalendarKind()
	 * @generated
	 */
	int CALENDAR_KIND = 34;

	/**
	 * The meta object id for the '{@link org.revisit.model.CustomerClass <em>Customer Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.CustomerClass
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCustomerClass()
	 * @generated
	 */
	int CUSTOMER_CLASS = 35;

	/**
	 * The meta object id for the '{@link org.revisit.model.ContactStatus <em>Contact Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.ContactStatus
	 * @see org.revisit.model.impl.RevisitPackageImpl#getContactStatus()
	 * @generated
	 */
	int CONTACT_STATUS = 36;

	/**
	 * The meta object id for the '{@link org.revisit.model.ServiceEventKind <em>Service Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.ServiceEventKind
	 * @see org.revisit.model.impl.RevisitPackageImpl#getServiceEventKind()
	 * @generated
	 */
	int SERVICE_EVENT_KIND = 37;

	/**
	 * The meta object id for the '{@link org.revisit.model.ComplaintCategory <em>Complaint Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.ComplaintCategory
	 * @see org.revisit.model.impl.RevisitPackageImpl#getComplaintCategory()
	 * @generated
	 */
	int COMPLAINT_CATEGORY = 38;

	/**
	 * The meta object id for the '{@link org.revisit.model.ComplaintSeverity <em>Complaint Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.ComplaintSeverity
	 * @see org.revisit.model.impl.RevisitPackageImpl#getComplaintSeverity()
	 * @generated
	 */
	int COMPLAINT_SEVERITY = 39;

	/**
	 * The meta object id for the '{@link org.revisit.model.RecordKind <em>Record Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.RecordKind
	 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordKind()
	 * @generated
	 */
	int RECORD_KIND = 40;

	/**
	 * The meta object id for the '{@link org.revisit.model.TaskState <em>Task State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.TaskState
	 * @see org.revisit.model.impl.RevisitPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 41;

	/**
	 * The meta object id for the '{@link org.revisit.model.CallbackSource <em>Callback Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.CallbackSource
	 * @see org.revisit.model.impl.RevisitPackageImpl#getCallbackSource()
	 * @generated
	 */
	int CALLBACK_SOURCE = 42;

	/**
	 * The meta object id for the '{@link org.revisit.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.Role
	 * @see org.revisit.model.impl.RevisitPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 43;

	/**
	 * The meta object id for the '{@link org.revisit.model.HolidayEntryKind <em>Holiday Entry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.revisit.model.HolidayEntryKind
	 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayEntryKind()
	 * @generated
	 */
	int HOLIDAY_ENTRY_KIND = 44;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.revisit.model.impl.RevisitPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 45;


	/**
	 * Returns the meta object for class '{@link org.revisit.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.revisit.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.revisit.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.revisit.model.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.revisit.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.revisit.model.Contact#getTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company</em>'.
	 * @see org.revisit.model.Contact#getCompany()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Company();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.revisit.model.Contact#getPosition()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Position();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.Contact#getPhones <em>Phones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phones</em>'.
	 * @see org.revisit.model.Contact#getPhones()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Phones();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.revisit.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.revisit.model.Contact#getAddress()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getFax <em>Fax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fax</em>'.
	 * @see org.revisit.model.Contact#getFax()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Fax();

	/**
	 * Returns the meta object for the containment reference '{@link org.revisit.model.Contact#getBirthday <em>Birthday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Birthday</em>'.
	 * @see org.revisit.model.Contact#getBirthday()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Birthday();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.revisit.model.Contact#getTimeZone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getCustomerClass <em>Customer Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Class</em>'.
	 * @see org.revisit.model.Contact#getCustomerClass()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_CustomerClass();

	/**
	 * Returns the meta object for the attribute list '{@link org.revisit.model.Contact#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.revisit.model.Contact#getTags()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#isConsent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent</em>'.
	 * @see org.revisit.model.Contact#isConsent()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Consent();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getConsentDate <em>Consent Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Date</em>'.
	 * @see org.revisit.model.Contact#getConsentDate()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_ConsentDate();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getConsentSource <em>Consent Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Source</em>'.
	 * @see org.revisit.model.Contact#getConsentSource()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_ConsentSource();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#isDoNotCall <em>Do Not Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Do Not Call</em>'.
	 * @see org.revisit.model.Contact#isDoNotCall()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_DoNotCall();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getDoNotCallDate <em>Do Not Call Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Do Not Call Date</em>'.
	 * @see org.revisit.model.Contact#getDoNotCallDate()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_DoNotCallDate();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getDoNotCallSource <em>Do Not Call Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Do Not Call Source</em>'.
	 * @see org.revisit.model.Contact#getDoNotCallSource()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_DoNotCallSource();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.revisit.model.Contact#getStatus()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Status();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.Contact#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Successor</em>'.
	 * @see org.revisit.model.Contact#getSuccessor()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Successor();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Contact#getOwningAgent <em>Owning Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Agent</em>'.
	 * @see org.revisit.model.Contact#getOwningAgent()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_OwningAgent();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.PhoneNumber <em>Phone Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phone Number</em>'.
	 * @see org.revisit.model.PhoneNumber
	 * @generated
	 */
	EClass getPhoneNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PhoneNumber#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.revisit.model.PhoneNumber#getType()
	 * @see #getPhoneNumber()
	 * @generated
	 */
	EAttribute getPhoneNumber_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PhoneNumber#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.revisit.model.PhoneNumber#getNumber()
	 * @see #getPhoneNumber()
	 * @generated
	 */
	EAttribute getPhoneNumber_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PhoneNumber#isInvalid <em>Invalid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Invalid</em>'.
	 * @see org.revisit.model.PhoneNumber#isInvalid()
	 * @see #getPhoneNumber()
	 * @generated
	 */
	EAttribute getPhoneNumber_Invalid();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PhoneNumber#getInvalidReason <em>Invalid Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Invalid Reason</em>'.
	 * @see org.revisit.model.PhoneNumber#getInvalidReason()
	 * @see #getPhoneNumber()
	 * @generated
	 */
	EAttribute getPhoneNumber_InvalidReason();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Birthday <em>Birthday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Birthday</em>'.
	 * @see org.revisit.model.Birthday
	 * @generated
	 */
	EClass getBirthday();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Birthday#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calendar</em>'.
	 * @see org.revisit.model.Birthday#getCalendar()
	 * @see #getBirthday()
	 * @generated
	 */
	EAttribute getBirthday_Calendar();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Birthday#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.revisit.model.Birthday#getMonth()
	 * @see #getBirthday()
	 * @generated
	 */
	EAttribute getBirthday_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Birthday#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see org.revisit.model.Birthday#getDay()
	 * @see #getBirthday()
	 * @generated
	 */
	EAttribute getBirthday_Day();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Birthday#isLeapMonth <em>Leap Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leap Month</em>'.
	 * @see org.revisit.model.Birthday#isLeapMonth()
	 * @see #getBirthday()
	 * @generated
	 */
	EAttribute getBirthday_LeapMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Birthday#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.revisit.model.Birthday#getYear()
	 * @see #getBirthday()
	 * @generated
	 */
	EAttribute getBirthday_Year();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.ServiceEvent <em>Service Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Event</em>'.
	 * @see org.revisit.model.ServiceEvent
	 * @generated
	 */
	EClass getServiceEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.revisit.model.ServiceEvent#getKind()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getOccurredAt <em>Occurred At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurred At</em>'.
	 * @see org.revisit.model.ServiceEvent#getOccurredAt()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_OccurredAt();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.ServiceEvent#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.revisit.model.ServiceEvent#getContact()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EReference getServiceEvent_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getEngineer <em>Engineer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engineer</em>'.
	 * @see org.revisit.model.ServiceEvent#getEngineer()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_Engineer();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.revisit.model.ServiceEvent#getSubject()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getExternalRef <em>External Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Ref</em>'.
	 * @see org.revisit.model.ServiceEvent#getExternalRef()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_ExternalRef();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getComplaintCategory <em>Complaint Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complaint Category</em>'.
	 * @see org.revisit.model.ServiceEvent#getComplaintCategory()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_ComplaintCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.revisit.model.ServiceEvent#getSeverity()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.ServiceEvent#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.revisit.model.ServiceEvent#isResolved()
	 * @see #getServiceEvent()
	 * @generated
	 */
	EAttribute getServiceEvent_Resolved();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.revisit.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getCallTypeId <em>Call Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Type Id</em>'.
	 * @see org.revisit.model.Campaign#getCallTypeId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_CallTypeId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the map '{@link org.revisit.model.Campaign#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.revisit.model.Campaign#getParameters()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getScriptId <em>Script Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Id</em>'.
	 * @see org.revisit.model.Campaign#getScriptId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ScriptId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getScriptVersion <em>Script Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Version</em>'.
	 * @see org.revisit.model.Campaign#getScriptVersion()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ScriptVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.Campaign#getCallingWindows <em>Calling Windows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calling Windows</em>'.
	 * @see org.revisit.model.Campaign#getCallingWindows()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_CallingWindows();

	/**
	 * Returns the meta object for the containment reference '{@link org.revisit.model.Campaign#getAttemptPolicy <em>Attempt Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Attempt Policy</em>'.
	 * @see org.revisit.model.Campaign#getAttemptPolicy()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_AttemptPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.revisit.model.Campaign#getPriority()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getActiveFrom <em>Active From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active From</em>'.
	 * @see org.revisit.model.Campaign#getActiveFrom()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ActiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getActiveTo <em>Active To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active To</em>'.
	 * @see org.revisit.model.Campaign#getActiveTo()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_ActiveTo();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getTargetFilter <em>Target Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Filter</em>'.
	 * @see org.revisit.model.Campaign#getTargetFilter()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_TargetFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.revisit.model.Campaign#isActive()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.revisit.model.Campaign#getNameEn()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Campaign#getBudgetShare <em>Budget Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Share</em>'.
	 * @see org.revisit.model.Campaign#getBudgetShare()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_BudgetShare();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.CallingWindow <em>Calling Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calling Window</em>'.
	 * @see org.revisit.model.CallingWindow
	 * @generated
	 */
	EClass getCallingWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallingWindow#getStartMinute <em>Start Minute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Minute</em>'.
	 * @see org.revisit.model.CallingWindow#getStartMinute()
	 * @see #getCallingWindow()
	 * @generated
	 */
	EAttribute getCallingWindow_StartMinute();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallingWindow#getEndMinute <em>End Minute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Minute</em>'.
	 * @see org.revisit.model.CallingWindow#getEndMinute()
	 * @see #getCallingWindow()
	 * @generated
	 */
	EAttribute getCallingWindow_EndMinute();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.AttemptPolicy <em>Attempt Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attempt Policy</em>'.
	 * @see org.revisit.model.AttemptPolicy
	 * @generated
	 */
	EClass getAttemptPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AttemptPolicy#getMaxAttempts <em>Max Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Attempts</em>'.
	 * @see org.revisit.model.AttemptPolicy#getMaxAttempts()
	 * @see #getAttemptPolicy()
	 * @generated
	 */
	EAttribute getAttemptPolicy_MaxAttempts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.AttemptPolicy#getRetryRules <em>Retry Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retry Rules</em>'.
	 * @see org.revisit.model.AttemptPolicy#getRetryRules()
	 * @see #getAttemptPolicy()
	 * @generated
	 */
	EReference getAttemptPolicy_RetryRules();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.RetryRule <em>Retry Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retry Rule</em>'.
	 * @see org.revisit.model.RetryRule
	 * @generated
	 */
	EClass getRetryRule();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RetryRule#getOutcomeCode <em>Outcome Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Code</em>'.
	 * @see org.revisit.model.RetryRule#getOutcomeCode()
	 * @see #getRetryRule()
	 * @generated
	 */
	EAttribute getRetryRule_OutcomeCode();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RetryRule#getIntervalMinutes <em>Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Minutes</em>'.
	 * @see org.revisit.model.RetryRule#getIntervalMinutes()
	 * @see #getRetryRule()
	 * @generated
	 */
	EAttribute getRetryRule_IntervalMinutes();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Script <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Script</em>'.
	 * @see org.revisit.model.Script
	 * @generated
	 */
	EClass getScript();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Script#getScriptId <em>Script Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Id</em>'.
	 * @see org.revisit.model.Script#getScriptId()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_ScriptId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Script#getScriptVersion <em>Script Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Version</em>'.
	 * @see org.revisit.model.Script#getScriptVersion()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_ScriptVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Script#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.revisit.model.Script#getTitle()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Script#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.revisit.model.Script#getLanguage()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Script#getCallTypeId <em>Call Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Type Id</em>'.
	 * @see org.revisit.model.Script#getCallTypeId()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_CallTypeId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.Script#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.revisit.model.Script#getSteps()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Steps();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.revisit.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Step#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.revisit.model.Step#getNumber()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Step#getUtterance <em>Utterance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utterance</em>'.
	 * @see org.revisit.model.Step#getUtterance()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Utterance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.Step#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.revisit.model.Step#getAnswers()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Answers();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.revisit.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Answer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.revisit.model.Answer#getLabel()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.revisit.model.Answer#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.revisit.model.Answer#getKeywords()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Keywords();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.Answer#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.revisit.model.Answer#getActions()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_Actions();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.revisit.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.GoToStep <em>Go To Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Go To Step</em>'.
	 * @see org.revisit.model.GoToStep
	 * @generated
	 */
	EClass getGoToStep();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.GoToStep#getTargetStep <em>Target Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Step</em>'.
	 * @see org.revisit.model.GoToStep#getTargetStep()
	 * @see #getGoToStep()
	 * @generated
	 */
	EAttribute getGoToStep_TargetStep();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.RecordField <em>Record Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Field</em>'.
	 * @see org.revisit.model.RecordField
	 * @generated
	 */
	EClass getRecordField();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RecordField#getFieldName <em>Field Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Name</em>'.
	 * @see org.revisit.model.RecordField#getFieldName()
	 * @see #getRecordField()
	 * @generated
	 */
	EAttribute getRecordField_FieldName();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RecordField#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.revisit.model.RecordField#getKind()
	 * @see #getRecordField()
	 * @generated
	 */
	EAttribute getRecordField_Kind();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.AgreeCallback <em>Agree Callback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agree Callback</em>'.
	 * @see org.revisit.model.AgreeCallback
	 * @generated
	 */
	EClass getAgreeCallback();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.TargetAbsent <em>Target Absent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Absent</em>'.
	 * @see org.revisit.model.TargetAbsent
	 * @generated
	 */
	EClass getTargetAbsent();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.TargetLeftCompany <em>Target Left Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Left Company</em>'.
	 * @see org.revisit.model.TargetLeftCompany
	 * @generated
	 */
	EClass getTargetLeftCompany();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.CreateFollowUp <em>Create Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Create Follow Up</em>'.
	 * @see org.revisit.model.CreateFollowUp
	 * @generated
	 */
	EClass getCreateFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CreateFollowUp#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.revisit.model.CreateFollowUp#getAssignee()
	 * @see #getCreateFollowUp()
	 * @generated
	 */
	EAttribute getCreateFollowUp_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CreateFollowUp#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.revisit.model.CreateFollowUp#getText()
	 * @see #getCreateFollowUp()
	 * @generated
	 */
	EAttribute getCreateFollowUp_Text();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.EndCall <em>End Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>End Call</em>'.
	 * @see org.revisit.model.EndCall
	 * @generated
	 */
	EClass getEndCall();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.EndCall#getOutcomeCode <em>Outcome Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Code</em>'.
	 * @see org.revisit.model.EndCall#getOutcomeCode()
	 * @see #getEndCall()
	 * @generated
	 */
	EAttribute getEndCall_OutcomeCode();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Instruction <em>Instruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instruction</em>'.
	 * @see org.revisit.model.Instruction
	 * @generated
	 */
	EClass getInstruction();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Instruction#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.revisit.model.Instruction#getText()
	 * @see #getInstruction()
	 * @generated
	 */
	EAttribute getInstruction_Text();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.CallTask <em>Call Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call Task</em>'.
	 * @see org.revisit.model.CallTask
	 * @generated
	 */
	EClass getCallTask();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.CallTask#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.revisit.model.CallTask#getContact()
	 * @see #getCallTask()
	 * @generated
	 */
	EReference getCallTask_Contact();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.CallTask#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.revisit.model.CallTask#getCampaign()
	 * @see #getCallTask()
	 * @generated
	 */
	EReference getCallTask_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getCallTypeId <em>Call Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Type Id</em>'.
	 * @see org.revisit.model.CallTask#getCallTypeId()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_CallTypeId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getDueFrom <em>Due From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due From</em>'.
	 * @see org.revisit.model.CallTask#getDueFrom()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_DueFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getDueTo <em>Due To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due To</em>'.
	 * @see org.revisit.model.CallTask#getDueTo()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_DueTo();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.revisit.model.CallTask#getPriority()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attempts</em>'.
	 * @see org.revisit.model.CallTask#getAttempts()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_Attempts();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.revisit.model.CallTask#getState()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_State();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getLeaseOwner <em>Lease Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Owner</em>'.
	 * @see org.revisit.model.CallTask#getLeaseOwner()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_LeaseOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getLeaseExpiry <em>Lease Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lease Expiry</em>'.
	 * @see org.revisit.model.CallTask#getLeaseExpiry()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_LeaseExpiry();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallTask#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.revisit.model.CallTask#getReason()
	 * @see #getCallTask()
	 * @generated
	 */
	EAttribute getCallTask_Reason();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.CallOutcome <em>Call Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call Outcome</em>'.
	 * @see org.revisit.model.CallOutcome
	 * @generated
	 */
	EClass getCallOutcome();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.CallOutcome#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.revisit.model.CallOutcome#getTask()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_Task();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getAgent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent</em>'.
	 * @see org.revisit.model.CallOutcome#getAgent()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_Agent();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.revisit.model.CallOutcome#getStartedAt()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see org.revisit.model.CallOutcome#getEndedAt()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getDispositionCode <em>Disposition Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disposition Code</em>'.
	 * @see org.revisit.model.CallOutcome#getDispositionCode()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_DispositionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getScriptId <em>Script Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Id</em>'.
	 * @see org.revisit.model.CallOutcome#getScriptId()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_ScriptId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getScriptVersion <em>Script Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Script Version</em>'.
	 * @see org.revisit.model.CallOutcome#getScriptVersion()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_ScriptVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.CallOutcome#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Path</em>'.
	 * @see org.revisit.model.CallOutcome#getPath()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_Path();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.CallOutcome#getRecordedValues <em>Recorded Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recorded Values</em>'.
	 * @see org.revisit.model.CallOutcome#getRecordedValues()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_RecordedValues();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.CallOutcome#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.revisit.model.CallOutcome#getNotes()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EAttribute getCallOutcome_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.CallOutcome#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.revisit.model.CallOutcome#getScores()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_Scores();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.CallOutcome#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.revisit.model.CallOutcome#getFollowUps()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_FollowUps();

	/**
	 * Returns the meta object for the reference list '{@link org.revisit.model.CallOutcome#getCallbacks <em>Callbacks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Callbacks</em>'.
	 * @see org.revisit.model.CallOutcome#getCallbacks()
	 * @see #getCallOutcome()
	 * @generated
	 */
	EReference getCallOutcome_Callbacks();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.PathEntry <em>Path Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Path Entry</em>'.
	 * @see org.revisit.model.PathEntry
	 * @generated
	 */
	EClass getPathEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PathEntry#getStepNumber <em>Step Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Number</em>'.
	 * @see org.revisit.model.PathEntry#getStepNumber()
	 * @see #getPathEntry()
	 * @generated
	 */
	EAttribute getPathEntry_StepNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PathEntry#getAnswerLabel <em>Answer Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Label</em>'.
	 * @see org.revisit.model.PathEntry#getAnswerLabel()
	 * @see #getPathEntry()
	 * @generated
	 */
	EAttribute getPathEntry_AnswerLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.PathEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.revisit.model.PathEntry#getAt()
	 * @see #getPathEntry()
	 * @generated
	 */
	EAttribute getPathEntry_At();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.RecordedValue <em>Recorded Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recorded Value</em>'.
	 * @see org.revisit.model.RecordedValue
	 * @generated
	 */
	EClass getRecordedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RecordedValue#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.revisit.model.RecordedValue#getField()
	 * @see #getRecordedValue()
	 * @generated
	 */
	EAttribute getRecordedValue_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.RecordedValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.revisit.model.RecordedValue#getValue()
	 * @see #getRecordedValue()
	 * @generated
	 */
	EAttribute getRecordedValue_Value();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.revisit.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Score#getAspect <em>Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aspect</em>'.
	 * @see org.revisit.model.Score#getAspect()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Aspect();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.revisit.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.revisit.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.FollowUp#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.revisit.model.FollowUp#getAssignee()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.FollowUp#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.revisit.model.FollowUp#getText()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.FollowUp#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.revisit.model.FollowUp#isDone()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Done();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.Callback <em>Callback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Callback</em>'.
	 * @see org.revisit.model.Callback
	 * @generated
	 */
	EClass getCallback();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.Callback#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.revisit.model.Callback#getContact()
	 * @see #getCallback()
	 * @generated
	 */
	EReference getCallback_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Callback#getDueAt <em>Due At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due At</em>'.
	 * @see org.revisit.model.Callback#getDueAt()
	 * @see #getCallback()
	 * @generated
	 */
	EAttribute getCallback_DueAt();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Callback#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.revisit.model.Callback#getOwner()
	 * @see #getCallback()
	 * @generated
	 */
	EAttribute getCallback_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Callback#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.revisit.model.Callback#getReason()
	 * @see #getCallback()
	 * @generated
	 */
	EAttribute getCallback_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Callback#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.revisit.model.Callback#getSource()
	 * @see #getCallback()
	 * @generated
	 */
	EAttribute getCallback_Source();

	/**
	 * Returns the meta object for the reference '{@link org.revisit.model.Callback#getServiceEvent <em>Service Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service Event</em>'.
	 * @see org.revisit.model.Callback#getServiceEvent()
	 * @see #getCallback()
	 * @generated
	 */
	EReference getCallback_ServiceEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.Callback#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.revisit.model.Callback#isDone()
	 * @see #getCallback()
	 * @generated
	 */
	EAttribute getCallback_Done();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.revisit.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.revisit.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.User#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.revisit.model.User#getRole()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Role();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.HolidayCalendar <em>Holiday Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday Calendar</em>'.
	 * @see org.revisit.model.HolidayCalendar
	 * @generated
	 */
	EClass getHolidayCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayCalendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.HolidayCalendar#getName()
	 * @see #getHolidayCalendar()
	 * @generated
	 */
	EAttribute getHolidayCalendar_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.HolidayCalendar#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.revisit.model.HolidayCalendar#getRules()
	 * @see #getHolidayCalendar()
	 * @generated
	 */
	EReference getHolidayCalendar_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.revisit.model.HolidayCalendar#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.revisit.model.HolidayCalendar#getEntries()
	 * @see #getHolidayCalendar()
	 * @generated
	 */
	EReference getHolidayCalendar_Entries();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.HolidayRule <em>Holiday Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday Rule</em>'.
	 * @see org.revisit.model.HolidayRule
	 * @generated
	 */
	EClass getHolidayRule();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.HolidayRule#getName()
	 * @see #getHolidayRule()
	 * @generated
	 */
	EAttribute getHolidayRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayRule#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calendar</em>'.
	 * @see org.revisit.model.HolidayRule#getCalendar()
	 * @see #getHolidayRule()
	 * @generated
	 */
	EAttribute getHolidayRule_Calendar();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayRule#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.revisit.model.HolidayRule#getMonth()
	 * @see #getHolidayRule()
	 * @generated
	 */
	EAttribute getHolidayRule_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayRule#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see org.revisit.model.HolidayRule#getDay()
	 * @see #getHolidayRule()
	 * @generated
	 */
	EAttribute getHolidayRule_Day();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayRule#getDaysOff <em>Days Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Off</em>'.
	 * @see org.revisit.model.HolidayRule#getDaysOff()
	 * @see #getHolidayRule()
	 * @generated
	 */
	EAttribute getHolidayRule_DaysOff();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.HolidayEntry <em>Holiday Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday Entry</em>'.
	 * @see org.revisit.model.HolidayEntry
	 * @generated
	 */
	EClass getHolidayEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.revisit.model.HolidayEntry#getDate()
	 * @see #getHolidayEntry()
	 * @generated
	 */
	EAttribute getHolidayEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.revisit.model.HolidayEntry#getKind()
	 * @see #getHolidayEntry()
	 * @generated
	 */
	EAttribute getHolidayEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.HolidayEntry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.revisit.model.HolidayEntry#getName()
	 * @see #getHolidayEntry()
	 * @generated
	 */
	EAttribute getHolidayEntry_Name();

	/**
	 * Returns the meta object for class '{@link org.revisit.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.revisit.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see org.revisit.model.AuditEntry#getWho()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Who();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.revisit.model.AuditEntry#getAt()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getEntityType <em>Entity Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Type</em>'.
	 * @see org.revisit.model.AuditEntry#getEntityType()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_EntityType();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getEntityId <em>Entity Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Id</em>'.
	 * @see org.revisit.model.AuditEntry#getEntityId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_EntityId();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.revisit.model.AuditEntry#getField()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getOldValue <em>Old Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Value</em>'.
	 * @see org.revisit.model.AuditEntry#getOldValue()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_OldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.revisit.model.AuditEntry#getNewValue <em>New Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Value</em>'.
	 * @see org.revisit.model.AuditEntry#getNewValue()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_NewValue();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.PhoneType <em>Phone Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phone Type</em>'.
	 * @see org.revisit.model.PhoneType
	 * @generated
	 */
	EEnum getPhoneType();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.CalendarKind <em>Calendar Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Calendar Kind</em>'.
	 * @see org.revisit.model.CalendarKind
	 * @generated
	 */
	EEnum getCalendarKind();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.CustomerClass <em>Customer Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Class</em>'.
	 * @see org.revisit.model.CustomerClass
	 * @generated
	 */
	EEnum getCustomerClass();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.ContactStatus <em>Contact Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Status</em>'.
	 * @see org.revisit.model.ContactStatus
	 * @generated
	 */
	EEnum getContactStatus();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.ServiceEventKind <em>Service Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Event Kind</em>'.
	 * @see org.revisit.model.ServiceEventKind
	 * @generated
	 */
	EEnum getServiceEventKind();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.ComplaintCategory <em>Complaint Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Category</em>'.
	 * @see org.revisit.model.ComplaintCategory
	 * @generated
	 */
	EEnum getComplaintCategory();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.ComplaintSeverity <em>Complaint Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Severity</em>'.
	 * @see org.revisit.model.ComplaintSeverity
	 * @generated
	 */
	EEnum getComplaintSeverity();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.RecordKind <em>Record Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Record Kind</em>'.
	 * @see org.revisit.model.RecordKind
	 * @generated
	 */
	EEnum getRecordKind();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task State</em>'.
	 * @see org.revisit.model.TaskState
	 * @generated
	 */
	EEnum getTaskState();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.CallbackSource <em>Callback Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Callback Source</em>'.
	 * @see org.revisit.model.CallbackSource
	 * @generated
	 */
	EEnum getCallbackSource();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.revisit.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.revisit.model.HolidayEntryKind <em>Holiday Entry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Holiday Entry Kind</em>'.
	 * @see org.revisit.model.HolidayEntryKind
	 * @generated
	 */
	EEnum getHolidayEntryKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or zone, serialized as ISO-8601 (2025-10-01).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RevisitFactory getRevisitFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.EntityImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.ContactImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TITLE = eINSTANCE.getContact_Title();

		/**
		 * The meta object literal for the '<em><b>Company</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__COMPANY = eINSTANCE.getContact_Company();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__POSITION = eINSTANCE.getContact_Position();

		/**
		 * The meta object literal for the '<em><b>Phones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__PHONES = eINSTANCE.getContact_Phones();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ADDRESS = eINSTANCE.getContact_Address();

		/**
		 * The meta object literal for the '<em><b>Fax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FAX = eINSTANCE.getContact_Fax();

		/**
		 * The meta object literal for the '<em><b>Birthday</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__BIRTHDAY = eINSTANCE.getContact_Birthday();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TIME_ZONE = eINSTANCE.getContact_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Customer Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CUSTOMER_CLASS = eINSTANCE.getContact_CustomerClass();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TAGS = eINSTANCE.getContact_Tags();

		/**
		 * The meta object literal for the '<em><b>Consent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CONSENT = eINSTANCE.getContact_Consent();

		/**
		 * The meta object literal for the '<em><b>Consent Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CONSENT_DATE = eINSTANCE.getContact_ConsentDate();

		/**
		 * The meta object literal for the '<em><b>Consent Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CONSENT_SOURCE = eINSTANCE.getContact_ConsentSource();

		/**
		 * The meta object literal for the '<em><b>Do Not Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DO_NOT_CALL = eINSTANCE.getContact_DoNotCall();

		/**
		 * The meta object literal for the '<em><b>Do Not Call Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DO_NOT_CALL_DATE = eINSTANCE.getContact_DoNotCallDate();

		/**
		 * The meta object literal for the '<em><b>Do Not Call Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DO_NOT_CALL_SOURCE = eINSTANCE.getContact_DoNotCallSource();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__STATUS = eINSTANCE.getContact_Status();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__SUCCESSOR = eINSTANCE.getContact_Successor();

		/**
		 * The meta object literal for the '<em><b>Owning Agent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__OWNING_AGENT = eINSTANCE.getContact_OwningAgent();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.PhoneNumberImpl <em>Phone Number</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.PhoneNumberImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getPhoneNumber()
		 * @generated
		 */
		EClass PHONE_NUMBER = eINSTANCE.getPhoneNumber();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_NUMBER__TYPE = eINSTANCE.getPhoneNumber_Type();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_NUMBER__NUMBER = eINSTANCE.getPhoneNumber_Number();

		/**
		 * The meta object literal for the '<em><b>Invalid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_NUMBER__INVALID = eINSTANCE.getPhoneNumber_Invalid();

		/**
		 * The meta object literal for the '<em><b>Invalid Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_NUMBER__INVALID_REASON = eINSTANCE.getPhoneNumber_InvalidReason();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.BirthdayImpl <em>Birthday</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.BirthdayImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getBirthday()
		 * @generated
		 */
		EClass BIRTHDAY = eINSTANCE.getBirthday();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY__CALENDAR = eINSTANCE.getBirthday_Calendar();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY__MONTH = eINSTANCE.getBirthday_Month();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY__DAY = eINSTANCE.getBirthday_Day();

		/**
		 * The meta object literal for the '<em><b>Leap Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY__LEAP_MONTH = eINSTANCE.getBirthday_LeapMonth();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY__YEAR = eINSTANCE.getBirthday_Year();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.ServiceEventImpl <em>Service Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.ServiceEventImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getServiceEvent()
		 * @generated
		 */
		EClass SERVICE_EVENT = eINSTANCE.getServiceEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__KIND = eINSTANCE.getServiceEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Occurred At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__OCCURRED_AT = eINSTANCE.getServiceEvent_OccurredAt();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_EVENT__CONTACT = eINSTANCE.getServiceEvent_Contact();

		/**
		 * The meta object literal for the '<em><b>Engineer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__ENGINEER = eINSTANCE.getServiceEvent_Engineer();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__SUBJECT = eINSTANCE.getServiceEvent_Subject();

		/**
		 * The meta object literal for the '<em><b>External Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__EXTERNAL_REF = eINSTANCE.getServiceEvent_ExternalRef();

		/**
		 * The meta object literal for the '<em><b>Complaint Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__COMPLAINT_CATEGORY = eINSTANCE.getServiceEvent_ComplaintCategory();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__SEVERITY = eINSTANCE.getServiceEvent_Severity();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_EVENT__RESOLVED = eINSTANCE.getServiceEvent_Resolved();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CampaignImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Call Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CALL_TYPE_ID = eINSTANCE.getCampaign_CallTypeId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PARAMETERS = eINSTANCE.getCampaign_Parameters();

		/**
		 * The meta object literal for the '<em><b>Script Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SCRIPT_ID = eINSTANCE.getCampaign_ScriptId();

		/**
		 * The meta object literal for the '<em><b>Script Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SCRIPT_VERSION = eINSTANCE.getCampaign_ScriptVersion();

		/**
		 * The meta object literal for the '<em><b>Calling Windows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CALLING_WINDOWS = eINSTANCE.getCampaign_CallingWindows();

		/**
		 * The meta object literal for the '<em><b>Attempt Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__ATTEMPT_POLICY = eINSTANCE.getCampaign_AttemptPolicy();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PRIORITY = eINSTANCE.getCampaign_Priority();

		/**
		 * The meta object literal for the '<em><b>Active From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ACTIVE_FROM = eINSTANCE.getCampaign_ActiveFrom();

		/**
		 * The meta object literal for the '<em><b>Active To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ACTIVE_TO = eINSTANCE.getCampaign_ActiveTo();

		/**
		 * The meta object literal for the '<em><b>Target Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TARGET_FILTER = eINSTANCE.getCampaign_TargetFilter();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ACTIVE = eINSTANCE.getCampaign_Active();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME_EN = eINSTANCE.getCampaign_NameEn();

		/**
		 * The meta object literal for the '<em><b>Budget Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__BUDGET_SHARE = eINSTANCE.getCampaign_BudgetShare();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CallingWindowImpl <em>Calling Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CallingWindowImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCallingWindow()
		 * @generated
		 */
		EClass CALLING_WINDOW = eINSTANCE.getCallingWindow();

		/**
		 * The meta object literal for the '<em><b>Start Minute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLING_WINDOW__START_MINUTE = eINSTANCE.getCallingWindow_StartMinute();

		/**
		 * The meta object literal for the '<em><b>End Minute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLING_WINDOW__END_MINUTE = eINSTANCE.getCallingWindow_EndMinute();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.AttemptPolicyImpl <em>Attempt Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.AttemptPolicyImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getAttemptPolicy()
		 * @generated
		 */
		EClass ATTEMPT_POLICY = eINSTANCE.getAttemptPolicy();

		/**
		 * The meta object literal for the '<em><b>Max Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTEMPT_POLICY__MAX_ATTEMPTS = eINSTANCE.getAttemptPolicy_MaxAttempts();

		/**
		 * The meta object literal for the '<em><b>Retry Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTEMPT_POLICY__RETRY_RULES = eINSTANCE.getAttemptPolicy_RetryRules();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.RetryRuleImpl <em>Retry Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.RetryRuleImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getRetryRule()
		 * @generated
		 */
		EClass RETRY_RULE = eINSTANCE.getRetryRule();

		/**
		 * The meta object literal for the '<em><b>Outcome Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETRY_RULE__OUTCOME_CODE = eINSTANCE.getRetryRule_OutcomeCode();

		/**
		 * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETRY_RULE__INTERVAL_MINUTES = eINSTANCE.getRetryRule_IntervalMinutes();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.ScriptImpl <em>Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.ScriptImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getScript()
		 * @generated
		 */
		EClass SCRIPT = eINSTANCE.getScript();

		/**
		 * The meta object literal for the '<em><b>Script Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__SCRIPT_ID = eINSTANCE.getScript_ScriptId();

		/**
		 * The meta object literal for the '<em><b>Script Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__SCRIPT_VERSION = eINSTANCE.getScript_ScriptVersion();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__TITLE = eINSTANCE.getScript_Title();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__LANGUAGE = eINSTANCE.getScript_Language();

		/**
		 * The meta object literal for the '<em><b>Call Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__CALL_TYPE_ID = eINSTANCE.getScript_CallTypeId();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__STEPS = eINSTANCE.getScript_Steps();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.StepImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NUMBER = eINSTANCE.getStep_Number();

		/**
		 * The meta object literal for the '<em><b>Utterance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__UTTERANCE = eINSTANCE.getStep_Utterance();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__ANSWERS = eINSTANCE.getStep_Answers();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.AnswerImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__LABEL = eINSTANCE.getAnswer_Label();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__KEYWORDS = eINSTANCE.getAnswer_Keywords();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__ACTIONS = eINSTANCE.getAnswer_Actions();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.ActionImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.GoToStepImpl <em>Go To Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.GoToStepImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getGoToStep()
		 * @generated
		 */
		EClass GO_TO_STEP = eINSTANCE.getGoToStep();

		/**
		 * The meta object literal for the '<em><b>Target Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GO_TO_STEP__TARGET_STEP = eINSTANCE.getGoToStep_TargetStep();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.RecordFieldImpl <em>Record Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.RecordFieldImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordField()
		 * @generated
		 */
		EClass RECORD_FIELD = eINSTANCE.getRecordField();

		/**
		 * The meta object literal for the '<em><b>Field Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FIELD__FIELD_NAME = eINSTANCE.getRecordField_FieldName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FIELD__KIND = eINSTANCE.getRecordField_Kind();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.AgreeCallbackImpl <em>Agree Callback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.AgreeCallbackImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getAgreeCallback()
		 * @generated
		 */
		EClass AGREE_CALLBACK = eINSTANCE.getAgreeCallback();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.TargetAbsentImpl <em>Target Absent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.TargetAbsentImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getTargetAbsent()
		 * @generated
		 */
		EClass TARGET_ABSENT = eINSTANCE.getTargetAbsent();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.TargetLeftCompanyImpl <em>Target Left Company</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.TargetLeftCompanyImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getTargetLeftCompany()
		 * @generated
		 */
		EClass TARGET_LEFT_COMPANY = eINSTANCE.getTargetLeftCompany();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CreateFollowUpImpl <em>Create Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CreateFollowUpImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCreateFollowUp()
		 * @generated
		 */
		EClass CREATE_FOLLOW_UP = eINSTANCE.getCreateFollowUp();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_FOLLOW_UP__ASSIGNEE = eINSTANCE.getCreateFollowUp_Assignee();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CREATE_FOLLOW_UP__TEXT = eINSTANCE.getCreateFollowUp_Text();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.EndCallImpl <em>End Call</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.EndCallImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getEndCall()
		 * @generated
		 */
		EClass END_CALL = eINSTANCE.getEndCall();

		/**
		 * The meta object literal for the '<em><b>Outcome Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute END_CALL__OUTCOME_CODE = eINSTANCE.getEndCall_OutcomeCode();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.InstructionImpl <em>Instruction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.InstructionImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getInstruction()
		 * @generated
		 */
		EClass INSTRUCTION = eINSTANCE.getInstruction();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTION__TEXT = eINSTANCE.getInstruction_Text();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CallTaskImpl <em>Call Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CallTaskImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCallTask()
		 * @generated
		 */
		EClass CALL_TASK = eINSTANCE.getCallTask();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_TASK__CONTACT = eINSTANCE.getCallTask_Contact();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_TASK__CAMPAIGN = eINSTANCE.getCallTask_Campaign();

		/**
		 * The meta object literal for the '<em><b>Call Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__CALL_TYPE_ID = eINSTANCE.getCallTask_CallTypeId();

		/**
		 * The meta object literal for the '<em><b>Due From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__DUE_FROM = eINSTANCE.getCallTask_DueFrom();

		/**
		 * The meta object literal for the '<em><b>Due To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__DUE_TO = eINSTANCE.getCallTask_DueTo();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__PRIORITY = eINSTANCE.getCallTask_Priority();

		/**
		 * The meta object literal for the '<em><b>Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__ATTEMPTS = eINSTANCE.getCallTask_Attempts();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__STATE = eINSTANCE.getCallTask_State();

		/**
		 * The meta object literal for the '<em><b>Lease Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__LEASE_OWNER = eINSTANCE.getCallTask_LeaseOwner();

		/**
		 * The meta object literal for the '<em><b>Lease Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__LEASE_EXPIRY = eINSTANCE.getCallTask_LeaseExpiry();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_TASK__REASON = eINSTANCE.getCallTask_Reason();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CallOutcomeImpl <em>Call Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CallOutcomeImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCallOutcome()
		 * @generated
		 */
		EClass CALL_OUTCOME = eINSTANCE.getCallOutcome();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__TASK = eINSTANCE.getCallOutcome_Task();

		/**
		 * The meta object literal for the '<em><b>Agent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__AGENT = eINSTANCE.getCallOutcome_Agent();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__STARTED_AT = eINSTANCE.getCallOutcome_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__ENDED_AT = eINSTANCE.getCallOutcome_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Disposition Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__DISPOSITION_CODE = eINSTANCE.getCallOutcome_DispositionCode();

		/**
		 * The meta object literal for the '<em><b>Script Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__SCRIPT_ID = eINSTANCE.getCallOutcome_ScriptId();

		/**
		 * The meta object literal for the '<em><b>Script Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__SCRIPT_VERSION = eINSTANCE.getCallOutcome_ScriptVersion();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__PATH = eINSTANCE.getCallOutcome_Path();

		/**
		 * The meta object literal for the '<em><b>Recorded Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__RECORDED_VALUES = eINSTANCE.getCallOutcome_RecordedValues();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALL_OUTCOME__NOTES = eINSTANCE.getCallOutcome_Notes();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__SCORES = eINSTANCE.getCallOutcome_Scores();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__FOLLOW_UPS = eINSTANCE.getCallOutcome_FollowUps();

		/**
		 * The meta object literal for the '<em><b>Callbacks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALL_OUTCOME__CALLBACKS = eINSTANCE.getCallOutcome_Callbacks();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.PathEntryImpl <em>Path Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.PathEntryImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getPathEntry()
		 * @generated
		 */
		EClass PATH_ENTRY = eINSTANCE.getPathEntry();

		/**
		 * The meta object literal for the '<em><b>Step Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH_ENTRY__STEP_NUMBER = eINSTANCE.getPathEntry_StepNumber();

		/**
		 * The meta object literal for the '<em><b>Answer Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH_ENTRY__ANSWER_LABEL = eINSTANCE.getPathEntry_AnswerLabel();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATH_ENTRY__AT = eINSTANCE.getPathEntry_At();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.RecordedValueImpl <em>Recorded Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.RecordedValueImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordedValue()
		 * @generated
		 */
		EClass RECORDED_VALUE = eINSTANCE.getRecordedValue();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORDED_VALUE__FIELD = eINSTANCE.getRecordedValue_Field();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORDED_VALUE__VALUE = eINSTANCE.getRecordedValue_Value();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.ScoreImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Aspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__ASPECT = eINSTANCE.getScore_Aspect();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.FollowUpImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__ASSIGNEE = eINSTANCE.getFollowUp_Assignee();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__TEXT = eINSTANCE.getFollowUp_Text();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE = eINSTANCE.getFollowUp_Done();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.CallbackImpl <em>Callback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.CallbackImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCallback()
		 * @generated
		 */
		EClass CALLBACK = eINSTANCE.getCallback();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALLBACK__CONTACT = eINSTANCE.getCallback_Contact();

		/**
		 * The meta object literal for the '<em><b>Due At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLBACK__DUE_AT = eINSTANCE.getCallback_DueAt();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLBACK__OWNER = eINSTANCE.getCallback_Owner();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLBACK__REASON = eINSTANCE.getCallback_Reason();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLBACK__SOURCE = eINSTANCE.getCallback_Source();

		/**
		 * The meta object literal for the '<em><b>Service Event</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALLBACK__SERVICE_EVENT = eINSTANCE.getCallback_ServiceEvent();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLBACK__DONE = eINSTANCE.getCallback_Done();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.UserImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLE = eINSTANCE.getUser_Role();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.HolidayCalendarImpl <em>Holiday Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.HolidayCalendarImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayCalendar()
		 * @generated
		 */
		EClass HOLIDAY_CALENDAR = eINSTANCE.getHolidayCalendar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_CALENDAR__NAME = eINSTANCE.getHolidayCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOLIDAY_CALENDAR__RULES = eINSTANCE.getHolidayCalendar_Rules();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOLIDAY_CALENDAR__ENTRIES = eINSTANCE.getHolidayCalendar_Entries();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.HolidayRuleImpl <em>Holiday Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.HolidayRuleImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayRule()
		 * @generated
		 */
		EClass HOLIDAY_RULE = eINSTANCE.getHolidayRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_RULE__NAME = eINSTANCE.getHolidayRule_Name();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_RULE__CALENDAR = eINSTANCE.getHolidayRule_Calendar();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_RULE__MONTH = eINSTANCE.getHolidayRule_Month();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_RULE__DAY = eINSTANCE.getHolidayRule_Day();

		/**
		 * The meta object literal for the '<em><b>Days Off</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_RULE__DAYS_OFF = eINSTANCE.getHolidayRule_DaysOff();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.HolidayEntryImpl <em>Holiday Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.HolidayEntryImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayEntry()
		 * @generated
		 */
		EClass HOLIDAY_ENTRY = eINSTANCE.getHolidayEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_ENTRY__DATE = eINSTANCE.getHolidayEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_ENTRY__KIND = eINSTANCE.getHolidayEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY_ENTRY__NAME = eINSTANCE.getHolidayEntry_Name();

		/**
		 * The meta object literal for the '{@link org.revisit.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.impl.AuditEntryImpl
		 * @see org.revisit.model.impl.RevisitPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__WHO = eINSTANCE.getAuditEntry_Who();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__AT = eINSTANCE.getAuditEntry_At();

		/**
		 * The meta object literal for the '<em><b>Entity Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ENTITY_TYPE = eINSTANCE.getAuditEntry_EntityType();

		/**
		 * The meta object literal for the '<em><b>Entity Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ENTITY_ID = eINSTANCE.getAuditEntry_EntityId();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__FIELD = eINSTANCE.getAuditEntry_Field();

		/**
		 * The meta object literal for the '<em><b>Old Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__OLD_VALUE = eINSTANCE.getAuditEntry_OldValue();

		/**
		 * The meta object literal for the '<em><b>New Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__NEW_VALUE = eINSTANCE.getAuditEntry_NewValue();

		/**
		 * The meta object literal for the '{@link org.revisit.model.PhoneType <em>Phone Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.PhoneType
		 * @see org.revisit.model.impl.RevisitPackageImpl#getPhoneType()
		 * @generated
		 */
		EEnum PHONE_TYPE = eINSTANCE.getPhoneType();

		/**
		 * The meta object literal for the '{@link org.revisit.model.CalendarKind <em>Calendar Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.CalendarKind
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCalendarKind()
		 * @generated
		 */
		EEnum CALENDAR_KIND = eINSTANCE.getCalendarKind();

		/**
		 * The meta object literal for the '{@link org.revisit.model.CustomerClass <em>Customer Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.CustomerClass
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCustomerClass()
		 * @generated
		 */
		EEnum CUSTOMER_CLASS = eINSTANCE.getCustomerClass();

		/**
		 * The meta object literal for the '{@link org.revisit.model.ContactStatus <em>Contact Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.ContactStatus
		 * @see org.revisit.model.impl.RevisitPackageImpl#getContactStatus()
		 * @generated
		 */
		EEnum CONTACT_STATUS = eINSTANCE.getContactStatus();

		/**
		 * The meta object literal for the '{@link org.revisit.model.ServiceEventKind <em>Service Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.ServiceEventKind
		 * @see org.revisit.model.impl.RevisitPackageImpl#getServiceEventKind()
		 * @generated
		 */
		EEnum SERVICE_EVENT_KIND = eINSTANCE.getServiceEventKind();

		/**
		 * The meta object literal for the '{@link org.revisit.model.ComplaintCategory <em>Complaint Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.ComplaintCategory
		 * @see org.revisit.model.impl.RevisitPackageImpl#getComplaintCategory()
		 * @generated
		 */
		EEnum COMPLAINT_CATEGORY = eINSTANCE.getComplaintCategory();

		/**
		 * The meta object literal for the '{@link org.revisit.model.ComplaintSeverity <em>Complaint Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.ComplaintSeverity
		 * @see org.revisit.model.impl.RevisitPackageImpl#getComplaintSeverity()
		 * @generated
		 */
		EEnum COMPLAINT_SEVERITY = eINSTANCE.getComplaintSeverity();

		/**
		 * The meta object literal for the '{@link org.revisit.model.RecordKind <em>Record Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.RecordKind
		 * @see org.revisit.model.impl.RevisitPackageImpl#getRecordKind()
		 * @generated
		 */
		EEnum RECORD_KIND = eINSTANCE.getRecordKind();

		/**
		 * The meta object literal for the '{@link org.revisit.model.TaskState <em>Task State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.TaskState
		 * @see org.revisit.model.impl.RevisitPackageImpl#getTaskState()
		 * @generated
		 */
		EEnum TASK_STATE = eINSTANCE.getTaskState();

		/**
		 * The meta object literal for the '{@link org.revisit.model.CallbackSource <em>Callback Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.CallbackSource
		 * @see org.revisit.model.impl.RevisitPackageImpl#getCallbackSource()
		 * @generated
		 */
		EEnum CALLBACK_SOURCE = eINSTANCE.getCallbackSource();

		/**
		 * The meta object literal for the '{@link org.revisit.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.Role
		 * @see org.revisit.model.impl.RevisitPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.revisit.model.HolidayEntryKind <em>Holiday Entry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.revisit.model.HolidayEntryKind
		 * @see org.revisit.model.impl.RevisitPackageImpl#getHolidayEntryKind()
		 * @generated
		 */
		EEnum HOLIDAY_ENTRY_KIND = eINSTANCE.getHolidayEntryKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.revisit.model.impl.RevisitPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //RevisitPackage
