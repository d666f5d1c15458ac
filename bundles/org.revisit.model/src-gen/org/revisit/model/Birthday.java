/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Birthday</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Birthday#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.revisit.model.Birthday#getMonth <em>Month</em>}</li>
 *   <li>{@link org.revisit.model.Birthday#getDay <em>Day</em>}</li>
 *   <li>{@link org.revisit.model.Birthday#isLeapMonth <em>Leap Month</em>}</li>
 *   <li>{@link org.revisit.model.Birthday#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getBirthday()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validDate'"
 * @generated
 */
public interface Birthday extends EObject {
	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.CalendarKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendar</em>' attribute.
	 * @see org.revisit.model.CalendarKind
	 * @see #setCalendar(CalendarKind)
	 * @see org.revisit.model.RevisitPackage#getBirthday_Calendar()
	 * @model
	 * @generated
	 */
	CalendarKind getCalendar();

	/**
	 * Sets the value of the '{@link org.revisit.model.Birthday#getCalendar <em>Calendar</em>}' attribute.
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
	 * @see org.revisit.model.RevisitPackage#getBirthday_Month()
	 * @model
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.revisit.model.Birthday#getMonth <em>Month</em>}' attribute.
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
	 * @see org.revisit.model.RevisitPackage#getBirthday_Day()
	 * @model
	 * @generated
	 */
	int getDay();

	/**
	 * Sets the value of the '{@link org.revisit.model.Birthday#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see #getDay()
	 * @generated
	 */
	void setDay(int value);

	/**
	 * Returns the value of the '<em><b>Leap Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lunar calendar only: the birthday falls in the leap (intercalary) month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leap Month</em>' attribute.
	 * @see #setLeapMonth(boolean)
	 * @see org.revisit.model.RevisitPackage#getBirthday_LeapMonth()
	 * @model
	 * @generated
	 */
	boolean isLeapMonth();

	/**
	 * Sets the value of the '{@link org.revisit.model.Birthday#isLeapMonth <em>Leap Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leap Month</em>' attribute.
	 * @see #isLeapMonth()
	 * @generated
	 */
	void setLeapMonth(boolean value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year of birth, 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.revisit.model.RevisitPackage#getBirthday_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.revisit.model.Birthday#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

} // Birthday
