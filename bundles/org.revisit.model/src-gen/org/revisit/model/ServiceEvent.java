/**
 */
package org.revisit.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.ServiceEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getEngineer <em>Engineer</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getExternalRef <em>External Ref</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getComplaintCategory <em>Complaint Category</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.revisit.model.ServiceEvent#isResolved <em>Resolved</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getServiceEvent()
 * @model
 * @generated
 */
public interface ServiceEvent extends Entity {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.ServiceEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.ServiceEventKind
	 * @see #setKind(ServiceEventKind)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Kind()
	 * @model
	 * @generated
	 */
	ServiceEventKind getKind();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.ServiceEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ServiceEventKind value);

	/**
	 * Returns the value of the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occurred At</em>' attribute.
	 * @see #setOccurredAt(Date)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_OccurredAt()
	 * @model
	 * @generated
	 */
	Date getOccurredAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getOccurredAt <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurred At</em>' attribute.
	 * @see #getOccurredAt()
	 * @generated
	 */
	void setOccurredAt(Date value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Contact()
	 * @model
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Engineer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engineer or trainer who served the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engineer</em>' attribute.
	 * @see #setEngineer(String)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Engineer()
	 * @model
	 * @generated
	 */
	String getEngineer();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getEngineer <em>Engineer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engineer</em>' attribute.
	 * @see #getEngineer()
	 * @generated
	 */
	void setEngineer(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>External Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ticket, order or course number in the system the event was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Ref</em>' attribute.
	 * @see #setExternalRef(String)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_ExternalRef()
	 * @model
	 * @generated
	 */
	String getExternalRef();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getExternalRef <em>External Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Ref</em>' attribute.
	 * @see #getExternalRef()
	 * @generated
	 */
	void setExternalRef(String value);

	/**
	 * Returns the value of the '<em><b>Complaint Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.ComplaintCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complaint Category</em>' attribute.
	 * @see org.revisit.model.ComplaintCategory
	 * @see #setComplaintCategory(ComplaintCategory)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_ComplaintCategory()
	 * @model
	 * @generated
	 */
	ComplaintCategory getComplaintCategory();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getComplaintCategory <em>Complaint Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint Category</em>' attribute.
	 * @see org.revisit.model.ComplaintCategory
	 * @see #getComplaintCategory()
	 * @generated
	 */
	void setComplaintCategory(ComplaintCategory value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.ComplaintSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.revisit.model.ComplaintSeverity
	 * @see #setSeverity(ComplaintSeverity)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Severity()
	 * @model
	 * @generated
	 */
	ComplaintSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.revisit.model.ComplaintSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(ComplaintSeverity value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see org.revisit.model.RevisitPackage#getServiceEvent_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link org.revisit.model.ServiceEvent#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

} // ServiceEvent
