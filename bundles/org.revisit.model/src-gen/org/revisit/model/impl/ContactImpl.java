/**
 */
package org.revisit.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.revisit.model.Birthday;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getFax <em>Fax</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getCustomerClass <em>Customer Class</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#isConsent <em>Consent</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getConsentDate <em>Consent Date</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getConsentSource <em>Consent Source</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#isDoNotCall <em>Do Not Call</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getDoNotCallDate <em>Do Not Call Date</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getDoNotCallSource <em>Do Not Call Source</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.revisit.model.impl.ContactImpl#getOwningAgent <em>Owning Agent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends EntityImpl implements Contact {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected String company = COMPANY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhones() <em>Phones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhones()
	 * @generated
	 * @ordered
	 */
	protected EList<PhoneNumber> phones;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFax() <em>Fax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFax()
	 * @generated
	 * @ordered
	 */
	protected static final String FAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFax() <em>Fax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFax()
	 * @generated
	 * @ordered
	 */
	protected String fax = FAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBirthday() <em>Birthday</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthday()
	 * @generated
	 * @ordered
	 */
	protected Birthday birthday;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Shanghai";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerClass() <em>Customer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerClass()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerClass CUSTOMER_CLASS_EDEFAULT = CustomerClass.A;

	/**
	 * The cached value of the '{@link #getCustomerClass() <em>Customer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerClass()
	 * @generated
	 * @ordered
	 */
	protected CustomerClass customerClass = CUSTOMER_CLASS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #isConsent() <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsent() <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsent()
	 * @generated
	 * @ordered
	 */
	protected boolean consent = CONSENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date CONSENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected Date consentDate = CONSENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentSource() <em>Consent Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentSource()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSENT_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentSource() <em>Consent Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentSource()
	 * @generated
	 * @ordered
	 */
	protected String consentSource = CONSENT_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDoNotCall() <em>Do Not Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDoNotCall()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DO_NOT_CALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDoNotCall() <em>Do Not Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDoNotCall()
	 * @generated
	 * @ordered
	 */
	protected boolean doNotCall = DO_NOT_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoNotCallDate() <em>Do Not Call Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoNotCallDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DO_NOT_CALL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoNotCallDate() <em>Do Not Call Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoNotCallDate()
	 * @generated
	 * @ordered
	 */
	protected Date doNotCallDate = DO_NOT_CALL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoNotCallSource() <em>Do Not Call Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoNotCallSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DO_NOT_CALL_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoNotCallSource() <em>Do Not Call Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoNotCallSource()
	 * @generated
	 * @ordered
	 */
	protected String doNotCallSource = DO_NOT_CALL_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ContactStatus STATUS_EDEFAULT = ContactStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ContactStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuccessor() <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessor()
	 * @generated
	 * @ordered
	 */
	protected Contact successor;

	/**
	 * The default value of the '{@link #getOwningAgent() <em>Owning Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningAgent()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_AGENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningAgent() <em>Owning Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningAgent()
	 * @generated
	 * @ordered
	 */
	protected String owningAgent = OWNING_AGENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompany() {
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(String newCompany) {
		String oldCompany = company;
		company = newCompany;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__COMPANY, oldCompany, company));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhoneNumber> getPhones() {
		if (phones == null) {
			phones = new EObjectContainmentEList<PhoneNumber>(PhoneNumber.class, this, RevisitPackage.CONTACT__PHONES);
		}
		return phones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFax() {
		return fax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFax(String newFax) {
		String oldFax = fax;
		fax = newFax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__FAX, oldFax, fax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Birthday getBirthday() {
		return birthday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBirthday(Birthday newBirthday, NotificationChain msgs) {
		Birthday oldBirthday = birthday;
		birthday = newBirthday;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__BIRTHDAY, oldBirthday, newBirthday);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthday(Birthday newBirthday) {
		if (newBirthday != birthday) {
			NotificationChain msgs = null;
			if (birthday != null)
				msgs = ((InternalEObject)birthday).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RevisitPackage.CONTACT__BIRTHDAY, null, msgs);
			if (newBirthday != null)
				msgs = ((InternalEObject)newBirthday).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RevisitPackage.CONTACT__BIRTHDAY, null, msgs);
			msgs = basicSetBirthday(newBirthday, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__BIRTHDAY, newBirthday, newBirthday));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerClass getCustomerClass() {
		return customerClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerClass(CustomerClass newCustomerClass) {
		CustomerClass oldCustomerClass = customerClass;
		customerClass = newCustomerClass == null ? CUSTOMER_CLASS_EDEFAULT : newCustomerClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__CUSTOMER_CLASS, oldCustomerClass, customerClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, RevisitPackage.CONTACT__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsent() {
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsent(boolean newConsent) {
		boolean oldConsent = consent;
		consent = newConsent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__CONSENT, oldConsent, consent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getConsentDate() {
		return consentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentDate(Date newConsentDate) {
		Date oldConsentDate = consentDate;
		consentDate = newConsentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__CONSENT_DATE, oldConsentDate, consentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsentSource() {
		return consentSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentSource(String newConsentSource) {
		String oldConsentSource = consentSource;
		consentSource = newConsentSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__CONSENT_SOURCE, oldConsentSource, consentSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDoNotCall() {
		return doNotCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoNotCall(boolean newDoNotCall) {
		boolean oldDoNotCall = doNotCall;
		doNotCall = newDoNotCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__DO_NOT_CALL, oldDoNotCall, doNotCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDoNotCallDate() {
		return doNotCallDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoNotCallDate(Date newDoNotCallDate) {
		Date oldDoNotCallDate = doNotCallDate;
		doNotCallDate = newDoNotCallDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__DO_NOT_CALL_DATE, oldDoNotCallDate, doNotCallDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoNotCallSource() {
		return doNotCallSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoNotCallSource(String newDoNotCallSource) {
		String oldDoNotCallSource = doNotCallSource;
		doNotCallSource = newDoNotCallSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__DO_NOT_CALL_SOURCE, oldDoNotCallSource, doNotCallSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ContactStatus newStatus) {
		ContactStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getSuccessor() {
		if (successor != null && successor.eIsProxy()) {
			InternalEObject oldSuccessor = (InternalEObject)successor;
			successor = (Contact)eResolveProxy(oldSuccessor);
			if (successor != oldSuccessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CONTACT__SUCCESSOR, oldSuccessor, successor));
			}
		}
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetSuccessor() {
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessor(Contact newSuccessor) {
		Contact oldSuccessor = successor;
		successor = newSuccessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__SUCCESSOR, oldSuccessor, successor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningAgent() {
		return owningAgent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningAgent(String newOwningAgent) {
		String oldOwningAgent = owningAgent;
		owningAgent = newOwningAgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CONTACT__OWNING_AGENT, oldOwningAgent, owningAgent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RevisitPackage.CONTACT__PHONES:
				return ((InternalEList<?>)getPhones()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CONTACT__BIRTHDAY:
				return basicSetBirthday(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.CONTACT__NAME:
				return getName();
			case RevisitPackage.CONTACT__TITLE:
				return getTitle();
			case RevisitPackage.CONTACT__COMPANY:
				return getCompany();
			case RevisitPackage.CONTACT__POSITION:
				return getPosition();
			case RevisitPackage.CONTACT__PHONES:
				return getPhones();
			case RevisitPackage.CONTACT__EMAIL:
				return getEmail();
			case RevisitPackage.CONTACT__ADDRESS:
				return getAddress();
			case RevisitPackage.CONTACT__FAX:
				return getFax();
			case RevisitPackage.CONTACT__BIRTHDAY:
				return getBirthday();
			case RevisitPackage.CONTACT__TIME_ZONE:
				return getTimeZone();
			case RevisitPackage.CONTACT__CUSTOMER_CLASS:
				return getCustomerClass();
			case RevisitPackage.CONTACT__TAGS:
				return getTags();
			case RevisitPackage.CONTACT__CONSENT:
				return isConsent();
			case RevisitPackage.CONTACT__CONSENT_DATE:
				return getConsentDate();
			case RevisitPackage.CONTACT__CONSENT_SOURCE:
				return getConsentSource();
			case RevisitPackage.CONTACT__DO_NOT_CALL:
				return isDoNotCall();
			case RevisitPackage.CONTACT__DO_NOT_CALL_DATE:
				return getDoNotCallDate();
			case RevisitPackage.CONTACT__DO_NOT_CALL_SOURCE:
				return getDoNotCallSource();
			case RevisitPackage.CONTACT__STATUS:
				return getStatus();
			case RevisitPackage.CONTACT__SUCCESSOR:
				if (resolve) return getSuccessor();
				return basicGetSuccessor();
			case RevisitPackage.CONTACT__OWNING_AGENT:
				return getOwningAgent();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RevisitPackage.CONTACT__NAME:
				setName((String)newValue);
				return;
			case RevisitPackage.CONTACT__TITLE:
				setTitle((String)newValue);
				return;
			case RevisitPackage.CONTACT__COMPANY:
				setCompany((String)newValue);
				return;
			case RevisitPackage.CONTACT__POSITION:
				setPosition((String)newValue);
				return;
			case RevisitPackage.CONTACT__PHONES:
				getPhones().clear();
				getPhones().addAll((Collection<? extends PhoneNumber>)newValue);
				return;
			case RevisitPackage.CONTACT__EMAIL:
				setEmail((String)newValue);
				return;
			case RevisitPackage.CONTACT__ADDRESS:
				setAddress((String)newValue);
				return;
			case RevisitPackage.CONTACT__FAX:
				setFax((String)newValue);
				return;
			case RevisitPackage.CONTACT__BIRTHDAY:
				setBirthday((Birthday)newValue);
				return;
			case RevisitPackage.CONTACT__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case RevisitPackage.CONTACT__CUSTOMER_CLASS:
				setCustomerClass((CustomerClass)newValue);
				return;
			case RevisitPackage.CONTACT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case RevisitPackage.CONTACT__CONSENT:
				setConsent((Boolean)newValue);
				return;
			case RevisitPackage.CONTACT__CONSENT_DATE:
				setConsentDate((Date)newValue);
				return;
			case RevisitPackage.CONTACT__CONSENT_SOURCE:
				setConsentSource((String)newValue);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL:
				setDoNotCall((Boolean)newValue);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL_DATE:
				setDoNotCallDate((Date)newValue);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL_SOURCE:
				setDoNotCallSource((String)newValue);
				return;
			case RevisitPackage.CONTACT__STATUS:
				setStatus((ContactStatus)newValue);
				return;
			case RevisitPackage.CONTACT__SUCCESSOR:
				setSuccessor((Contact)newValue);
				return;
			case RevisitPackage.CONTACT__OWNING_AGENT:
				setOwningAgent((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RevisitPackage.CONTACT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__COMPANY:
				setCompany(COMPANY_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__PHONES:
				getPhones().clear();
				return;
			case RevisitPackage.CONTACT__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__FAX:
				setFax(FAX_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__BIRTHDAY:
				setBirthday((Birthday)null);
				return;
			case RevisitPackage.CONTACT__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__CUSTOMER_CLASS:
				setCustomerClass(CUSTOMER_CLASS_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__TAGS:
				getTags().clear();
				return;
			case RevisitPackage.CONTACT__CONSENT:
				setConsent(CONSENT_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__CONSENT_DATE:
				setConsentDate(CONSENT_DATE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__CONSENT_SOURCE:
				setConsentSource(CONSENT_SOURCE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL:
				setDoNotCall(DO_NOT_CALL_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL_DATE:
				setDoNotCallDate(DO_NOT_CALL_DATE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__DO_NOT_CALL_SOURCE:
				setDoNotCallSource(DO_NOT_CALL_SOURCE_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RevisitPackage.CONTACT__SUCCESSOR:
				setSuccessor((Contact)null);
				return;
			case RevisitPackage.CONTACT__OWNING_AGENT:
				setOwningAgent(OWNING_AGENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RevisitPackage.CONTACT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RevisitPackage.CONTACT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RevisitPackage.CONTACT__COMPANY:
				return COMPANY_EDEFAULT == null ? company != null : !COMPANY_EDEFAULT.equals(company);
			case RevisitPackage.CONTACT__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case RevisitPackage.CONTACT__PHONES:
				return phones != null && !phones.isEmpty();
			case RevisitPackage.CONTACT__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case RevisitPackage.CONTACT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RevisitPackage.CONTACT__FAX:
				return FAX_EDEFAULT == null ? fax != null : !FAX_EDEFAULT.equals(fax);
			case RevisitPackage.CONTACT__BIRTHDAY:
				return birthday != null;
			case RevisitPackage.CONTACT__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case RevisitPackage.CONTACT__CUSTOMER_CLASS:
				return customerClass != CUSTOMER_CLASS_EDEFAULT;
			case RevisitPackage.CONTACT__TAGS:
				return tags != null && !tags.isEmpty();
			case RevisitPackage.CONTACT__CONSENT:
				return consent != CONSENT_EDEFAULT;
			case RevisitPackage.CONTACT__CONSENT_DATE:
				return CONSENT_DATE_EDEFAULT == null ? consentDate != null : !CONSENT_DATE_EDEFAULT.equals(consentDate);
			case RevisitPackage.CONTACT__CONSENT_SOURCE:
				return CONSENT_SOURCE_EDEFAULT == null ? consentSource != null : !CONSENT_SOURCE_EDEFAULT.equals(consentSource);
			case RevisitPackage.CONTACT__DO_NOT_CALL:
				return doNotCall != DO_NOT_CALL_EDEFAULT;
			case RevisitPackage.CONTACT__DO_NOT_CALL_DATE:
				return DO_NOT_CALL_DATE_EDEFAULT == null ? doNotCallDate != null : !DO_NOT_CALL_DATE_EDEFAULT.equals(doNotCallDate);
			case RevisitPackage.CONTACT__DO_NOT_CALL_SOURCE:
				return DO_NOT_CALL_SOURCE_EDEFAULT == null ? doNotCallSource != null : !DO_NOT_CALL_SOURCE_EDEFAULT.equals(doNotCallSource);
			case RevisitPackage.CONTACT__STATUS:
				return status != STATUS_EDEFAULT;
			case RevisitPackage.CONTACT__SUCCESSOR:
				return successor != null;
			case RevisitPackage.CONTACT__OWNING_AGENT:
				return OWNING_AGENT_EDEFAULT == null ? owningAgent != null : !OWNING_AGENT_EDEFAULT.equals(owningAgent);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", title: ");
		result.append(title);
		result.append(", company: ");
		result.append(company);
		result.append(", position: ");
		result.append(position);
		result.append(", email: ");
		result.append(email);
		result.append(", address: ");
		result.append(address);
		result.append(", fax: ");
		result.append(fax);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", customerClass: ");
		result.append(customerClass);
		result.append(", tags: ");
		result.append(tags);
		result.append(", consent: ");
		result.append(consent);
		result.append(", consentDate: ");
		result.append(consentDate);
		result.append(", consentSource: ");
		result.append(consentSource);
		result.append(", doNotCall: ");
		result.append(doNotCall);
		result.append(", doNotCallDate: ");
		result.append(doNotCallDate);
		result.append(", doNotCallSource: ");
		result.append(doNotCallSource);
		result.append(", status: ");
		result.append(status);
		result.append(", owningAgent: ");
		result.append(owningAgent);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
