/**
 */
package org.revisit.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.CallTask#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getDueFrom <em>Due From</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getDueTo <em>Due To</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getState <em>State</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getLeaseOwner <em>Lease Owner</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getLeaseExpiry <em>Lease Expiry</em>}</li>
 *   <li>{@link org.revisit.model.CallTask#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCallTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='leaseConsistent'"
 * @generated
 */
public interface CallTask extends Entity {
	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.revisit.model.RevisitPackage#getCallTask_Contact()
	 * @model
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.revisit.model.RevisitPackage#getCallTask_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Type Id</em>' attribute.
	 * @see #setCallTypeId(String)
	 * @see org.revisit.model.RevisitPackage#getCallTask_CallTypeId()
	 * @model
	 * @generated
	 */
	String getCallTypeId();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getCallTypeId <em>Call Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Type Id</em>' attribute.
	 * @see #getCallTypeId()
	 * @generated
	 */
	void setCallTypeId(String value);

	/**
	 * Returns the value of the '<em><b>Due From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due From</em>' attribute.
	 * @see #setDueFrom(Date)
	 * @see org.revisit.model.RevisitPackage#getCallTask_DueFrom()
	 * @model
	 * @generated
	 */
	Date getDueFrom();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getDueFrom <em>Due From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due From</em>' attribute.
	 * @see #getDueFrom()
	 * @generated
	 */
	void setDueFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Due To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due To</em>' attribute.
	 * @see #setDueTo(Date)
	 * @see org.revisit.model.RevisitPackage#getCallTask_DueTo()
	 * @model
	 * @generated
	 */
	Date getDueTo();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getDueTo <em>Due To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due To</em>' attribute.
	 * @see #getDueTo()
	 * @generated
	 */
	void setDueTo(Date value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.revisit.model.RevisitPackage#getCallTask_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempts</em>' attribute.
	 * @see #setAttempts(int)
	 * @see org.revisit.model.RevisitPackage#getCallTask_Attempts()
	 * @model
	 * @generated
	 */
	int getAttempts();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getAttempts <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempts</em>' attribute.
	 * @see #getAttempts()
	 * @generated
	 */
	void setAttempts(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.revisit.model.TaskState
	 * @see #setState(TaskState)
	 * @see org.revisit.model.RevisitPackage#getCallTask_State()
	 * @model
	 * @generated
	 */
	TaskState getState();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.revisit.model.TaskState
	 * @see #getState()
	 * @generated
	 */
	void setState(TaskState value);

	/**
	 * Returns the value of the '<em><b>Lease Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lease Owner</em>' attribute.
	 * @see #setLeaseOwner(String)
	 * @see org.revisit.model.RevisitPackage#getCallTask_LeaseOwner()
	 * @model
	 * @generated
	 */
	String getLeaseOwner();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getLeaseOwner <em>Lease Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Owner</em>' attribute.
	 * @see #getLeaseOwner()
	 * @generated
	 */
	void setLeaseOwner(String value);

	/**
	 * Returns the value of the '<em><b>Lease Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lease Expiry</em>' attribute.
	 * @see #setLeaseExpiry(Date)
	 * @see org.revisit.model.RevisitPackage#getCallTask_LeaseExpiry()
	 * @model
	 * @generated
	 */
	Date getLeaseExpiry();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getLeaseExpiry <em>Lease Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Expiry</em>' attribute.
	 * @see #getLeaseExpiry()
	 * @generated
	 */
	void setLeaseExpiry(Date value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.revisit.model.RevisitPackage#getCallTask_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallTask#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // CallTask
