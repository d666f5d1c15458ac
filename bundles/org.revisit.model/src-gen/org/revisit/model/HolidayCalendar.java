/**
 */
package org.revisit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Holiday Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.HolidayCalendar#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.HolidayCalendar#getRules <em>Rules</em>}</li>
 *   <li>{@link org.revisit.model.HolidayCalendar#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getHolidayCalendar()
 * @model
 * @generated
 */
public interface HolidayCalendar extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.revisit.model.RevisitPackage#getHolidayCalendar_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayCalendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.HolidayRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getHolidayCalendar_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<HolidayRule> getRules();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.HolidayEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getHolidayCalendar_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<HolidayEntry> getEntries();

} // HolidayCalendar
