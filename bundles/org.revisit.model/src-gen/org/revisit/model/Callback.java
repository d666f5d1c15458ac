/**
 */
package org.revisit.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Callback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A promise to call a contact back; it must be shown and never silently missed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Callback#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.Callback#getDueAt <em>Due At</em>}</li>
 *   <li>{@link org.revisit.model.Callback#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.revisit.model.Callback#getReason <em>Reason</em>}</li>
 *   <li>{@link org.revisit.model.Callback#getSource <em>Source</em>}</li>
 *   <li>{@link org.revisit.model.Callback#getServiceEvent <em>Service Event</em>}</li>
 *   <li>{@link org.revisit.model.Callback#isDone <em>Done</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCallback()
 * @model
 * @generated
 */
public interface Callback extends Entity {
	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.revisit.model.RevisitPackage#getCallback_Contact()
	 * @model
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due At</em>' attribute.
	 * @see #setDueAt(Date)
	 * @see org.revisit.model.RevisitPackage#getCallback_DueAt()
	 * @model
	 * @generated
	 */
	Date getDueAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getDueAt <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due At</em>' attribute.
	 * @see #getDueAt()
	 * @generated
	 */
	void setDueAt(Date value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.revisit.model.RevisitPackage#getCallback_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.revisit.model.RevisitPackage#getCallback_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.CallbackSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.revisit.model.CallbackSource
	 * @see #setSource(CallbackSource)
	 * @see org.revisit.model.RevisitPackage#getCallback_Source()
	 * @model
	 * @generated
	 */
	CallbackSource getSource();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.revisit.model.CallbackSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(CallbackSource value);

	/**
	 * Returns the value of the '<em><b>Service Event</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The complaint (or other event) that caused the promise, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Event</em>' reference.
	 * @see #setServiceEvent(ServiceEvent)
	 * @see org.revisit.model.RevisitPackage#getCallback_ServiceEvent()
	 * @model
	 * @generated
	 */
	ServiceEvent getServiceEvent();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#getServiceEvent <em>Service Event</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Event</em>' reference.
	 * @see #getServiceEvent()
	 * @generated
	 */
	void setServiceEvent(ServiceEvent value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.revisit.model.RevisitPackage#getCallback_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.revisit.model.Callback#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

} // Callback
