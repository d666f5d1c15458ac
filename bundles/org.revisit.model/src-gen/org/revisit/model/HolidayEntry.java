/**
 */
package org.revisit.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Holiday Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dated day from the yearly official decree: a day off, or a weekend day that is an official working day.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.HolidayEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.revisit.model.HolidayEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.revisit.model.HolidayEntry#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getHolidayEntry()
 * @model
 * @generated
 */
public interface HolidayEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.revisit.model.RevisitPackage#getHolidayEntry_Date()
	 * @model dataType="org.revisit.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.HolidayEntryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.HolidayEntryKind
	 * @see #setKind(HolidayEntryKind)
	 * @see org.revisit.model.RevisitPackage#getHolidayEntry_Kind()
	 * @model
	 * @generated
	 */
	HolidayEntryKind getKind();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.HolidayEntryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(HolidayEntryKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.revisit.model.RevisitPackage#getHolidayEntry_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayEntry#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // HolidayEntry
