/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phone Number</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.PhoneNumber#getType <em>Type</em>}</li>
 *   <li>{@link org.revisit.model.PhoneNumber#getNumber <em>Number</em>}</li>
 *   <li>{@link org.revisit.model.PhoneNumber#isInvalid <em>Invalid</em>}</li>
 *   <li>{@link org.revisit.model.PhoneNumber#getInvalidReason <em>Invalid Reason</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getPhoneNumber()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validNumber'"
 * @generated
 */
public interface PhoneNumber extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.PhoneType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.revisit.model.PhoneType
	 * @see #setType(PhoneType)
	 * @see org.revisit.model.RevisitPackage#getPhoneNumber_Type()
	 * @model
	 * @generated
	 */
	PhoneType getType();

	/**
	 * Sets the value of the '{@link org.revisit.model.PhoneNumber#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.revisit.model.PhoneType
	 * @see #getType()
	 * @generated
	 */
	void setType(PhoneType value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.revisit.model.RevisitPackage#getPhoneNumber_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.revisit.model.PhoneNumber#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Invalid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marked by an agent when the number turned out wrong or dead; kept for the record, never dialled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Invalid</em>' attribute.
	 * @see #setInvalid(boolean)
	 * @see org.revisit.model.RevisitPackage#getPhoneNumber_Invalid()
	 * @model
	 * @generated
	 */
	boolean isInvalid();

	/**
	 * Sets the value of the '{@link org.revisit.model.PhoneNumber#isInvalid <em>Invalid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Invalid</em>' attribute.
	 * @see #isInvalid()
	 * @generated
	 */
	void setInvalid(boolean value);

	/**
	 * Returns the value of the '<em><b>Invalid Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invalid Reason</em>' attribute.
	 * @see #setInvalidReason(String)
	 * @see org.revisit.model.RevisitPackage#getPhoneNumber_InvalidReason()
	 * @model
	 * @generated
	 */
	String getInvalidReason();

	/**
	 * Sets the value of the '{@link org.revisit.model.PhoneNumber#getInvalidReason <em>Invalid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Invalid Reason</em>' attribute.
	 * @see #getInvalidReason()
	 * @generated
	 */
	void setInvalidReason(String value);

} // PhoneNumber
