/**
 */
package org.revisit.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Contact#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getTitle <em>Title</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getCompany <em>Company</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getPosition <em>Position</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getAddress <em>Address</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getFax <em>Fax</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getBirthday <em>Birthday</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getCustomerClass <em>Customer Class</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getTags <em>Tags</em>}</li>
 *   <li>{@link org.revisit.model.Contact#isConsent <em>Consent</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getConsentDate <em>Consent Date</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getConsentSource <em>Consent Source</em>}</li>
 *   <li>{@link org.revisit.model.Contact#isDoNotCall <em>Do Not Call</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getDoNotCallDate <em>Do Not Call Date</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getDoNotCallSource <em>Do Not Call Source</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getStatus <em>Status</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.revisit.model.Contact#getOwningAgent <em>Owning Agent</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getContact()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nameRequired validTimeZone activeHasValidPhone successorConsistent plainNames'"
 * @generated
 */
public interface Contact extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the person is addressed after the surname, e.g. 先生, 女士, 经理.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Company</em>' attribute.
	 * @see #setCompany(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Company()
	 * @model
	 * @generated
	 */
	String getCompany();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getCompany <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' attribute.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Phones</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.PhoneNumber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phones</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getContact_Phones()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhoneNumber> getPhones();

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Fax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fax</em>' attribute.
	 * @see #setFax(String)
	 * @see org.revisit.model.RevisitPackage#getContact_Fax()
	 * @model
	 * @generated
	 */
	String getFax();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getFax <em>Fax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fax</em>' attribute.
	 * @see #getFax()
	 * @generated
	 */
	void setFax(String value);

	/**
	 * Returns the value of the '<em><b>Birthday</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birthday</em>' containment reference.
	 * @see #setBirthday(Birthday)
	 * @see org.revisit.model.RevisitPackage#getContact_Birthday()
	 * @model containment="true"
	 * @generated
	 */
	Birthday getBirthday();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getBirthday <em>Birthday</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birthday</em>' containment reference.
	 * @see #getBirthday()
	 * @generated
	 */
	void setBirthday(Birthday value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Shanghai"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time-zone id of the contact; calling windows are in this zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.revisit.model.RevisitPackage#getContact_TimeZone()
	 * @model default="Asia/Shanghai"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Customer Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.CustomerClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Class</em>' attribute.
	 * @see org.revisit.model.CustomerClass
	 * @see #setCustomerClass(CustomerClass)
	 * @see org.revisit.model.RevisitPackage#getContact_CustomerClass()
	 * @model
	 * @generated
	 */
	CustomerClass getCustomerClass();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getCustomerClass <em>Customer Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Class</em>' attribute.
	 * @see org.revisit.model.CustomerClass
	 * @see #getCustomerClass()
	 * @generated
	 */
	void setCustomerClass(CustomerClass value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.revisit.model.RevisitPackage#getContact_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent</em>' attribute.
	 * @see #setConsent(boolean)
	 * @see org.revisit.model.RevisitPackage#getContact_Consent()
	 * @model
	 * @generated
	 */
	boolean isConsent();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#isConsent <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent</em>' attribute.
	 * @see #isConsent()
	 * @generated
	 */
	void setConsent(boolean value);

	/**
	 * Returns the value of the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Date</em>' attribute.
	 * @see #setConsentDate(Date)
	 * @see org.revisit.model.RevisitPackage#getContact_ConsentDate()
	 * @model
	 * @generated
	 */
	Date getConsentDate();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getConsentDate <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Date</em>' attribute.
	 * @see #getConsentDate()
	 * @generated
	 */
	void setConsentDate(Date value);

	/**
	 * Returns the value of the '<em><b>Consent Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Source</em>' attribute.
	 * @see #setConsentSource(String)
	 * @see org.revisit.model.RevisitPackage#getContact_ConsentSource()
	 * @model
	 * @generated
	 */
	String getConsentSource();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getConsentSource <em>Consent Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Source</em>' attribute.
	 * @see #getConsentSource()
	 * @generated
	 */
	void setConsentSource(String value);

	/**
	 * Returns the value of the '<em><b>Do Not Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person asked not to be called; such a contact is never scheduled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Do Not Call</em>' attribute.
	 * @see #setDoNotCall(boolean)
	 * @see org.revisit.model.RevisitPackage#getContact_DoNotCall()
	 * @model
	 * @generated
	 */
	boolean isDoNotCall();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#isDoNotCall <em>Do Not Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Do Not Call</em>' attribute.
	 * @see #isDoNotCall()
	 * @generated
	 */
	void setDoNotCall(boolean value);

	/**
	 * Returns the value of the '<em><b>Do Not Call Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Do Not Call Date</em>' attribute.
	 * @see #setDoNotCallDate(Date)
	 * @see org.revisit.model.RevisitPackage#getContact_DoNotCallDate()
	 * @model
	 * @generated
	 */
	Date getDoNotCallDate();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getDoNotCallDate <em>Do Not Call Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Do Not Call Date</em>' attribute.
	 * @see #getDoNotCallDate()
	 * @generated
	 */
	void setDoNotCallDate(Date value);

	/**
	 * Returns the value of the '<em><b>Do Not Call Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Do Not Call Source</em>' attribute.
	 * @see #setDoNotCallSource(String)
	 * @see org.revisit.model.RevisitPackage#getContact_DoNotCallSource()
	 * @model
	 * @generated
	 */
	String getDoNotCallSource();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getDoNotCallSource <em>Do Not Call Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Do Not Call Source</em>' attribute.
	 * @see #getDoNotCallSource()
	 * @generated
	 */
	void setDoNotCallSource(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.ContactStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.revisit.model.ContactStatus
	 * @see #setStatus(ContactStatus)
	 * @see org.revisit.model.RevisitPackage#getContact_Status()
	 * @model
	 * @generated
	 */
	ContactStatus getStatus();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.revisit.model.ContactStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ContactStatus value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a contact who left the company: the person now in charge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' reference.
	 * @see #setSuccessor(Contact)
	 * @see org.revisit.model.RevisitPackage#getContact_Successor()
	 * @model
	 * @generated
	 */
	Contact getSuccessor();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getSuccessor <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(Contact value);

	/**
	 * Returns the value of the '<em><b>Owning Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User name of the agent who owns this contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Agent</em>' attribute.
	 * @see #setOwningAgent(String)
	 * @see org.revisit.model.RevisitPackage#getContact_OwningAgent()
	 * @model
	 * @generated
	 */
	String getOwningAgent();

	/**
	 * Sets the value of the '{@link org.revisit.model.Contact#getOwningAgent <em>Owning Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Agent</em>' attribute.
	 * @see #getOwningAgent()
	 * @generated
	 */
	void setOwningAgent(String value);

} // Contact
