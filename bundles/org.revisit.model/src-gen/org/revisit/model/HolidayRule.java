/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Holiday Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A yearly holiday, e.g. Mid-Autumn = lunar 8/15.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.HolidayRule#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.HolidayRule#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.revisit.model.HolidayRule#getMonth <em>Month</em>}</li>
 *   <li>{@link org.revisit.model.HolidayRule#getDay <em>Day</em>}</li>
 *   <li>{@link org.revisit.model.HolidayRule#getDaysOff <em>Days Off</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getHolidayRule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validDate'"
 * @generated
 */
public interface HolidayRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.revisit.model.RevisitPackage#getHolidayRule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.CalendarKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendar</em>' attribute.
	 * @see org.revisit.model.CalendarKind
	 * @see #setCalendar(CalendarKind)
	 * @see org.revisit.model.RevisitPackage#getHolidayRule_Calendar()
	 * @model
	 * @generated
	 */
	CalendarKind getCalendar();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayRule#getCalendar <em>Calendar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' attribute.
	 * @see org.revisit.model.CalendarKind
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(CalendarKind value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(int)
	 * @see org.revisit.model.RevisitPackage#getHolidayRule_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayRule#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Returns the value of the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day</em>' attribute.
	 * @see #setDay(int)
	 * @see org.revisit.model.RevisitPackage#getHolidayRule_Day()
	 * @model
	 * @generated
	 */
	int getDay();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayRule#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see #getDay()
	 * @generated
	 */
	void setDay(int value);

	/**
	 * Returns the value of the '<em><b>Days Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days Off</em>' attribute.
	 * @see #setDaysOff(int)
	 * @see org.revisit.model.RevisitPackage#getHolidayRule_DaysOff()
	 * @model
	 * @generated
	 */
	int getDaysOff();

	/**
	 * Sets the value of the '{@link org.revisit.model.HolidayRule#getDaysOff <em>Days Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Off</em>' attribute.
	 * @see #getDaysOff()
	 * @generated
	 */
	void setDaysOff(int value);

} // HolidayRule
