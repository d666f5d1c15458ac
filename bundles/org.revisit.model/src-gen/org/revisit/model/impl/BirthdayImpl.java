/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Birthday</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.BirthdayImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.revisit.model.impl.BirthdayImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.revisit.model.impl.BirthdayImpl#getDay <em>Day</em>}</li>
 *   <li>{@link org.revisit.model.impl.BirthdayImpl#isLeapMonth <em>Leap Month</em>}</li>
 *   <li>{@link org.revisit.model.impl.BirthdayImpl#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BirthdayImpl extends MinimalEObjectImpl.Container implements Birthday {
	/**
	 * The default value of the '{@link #getCalendar() <em>Calendar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected static final CalendarKind CALENDAR_EDEFAULT = CalendarKind.SOLAR;

	/**
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected CalendarKind calendar = CALENDAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected int month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected static final int DAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected int day = DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #isLeapMonth() <em>Leap Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeapMonth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEAP_MONTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLeapMonth() <em>Leap Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLeapMonth()
	 * @generated
	 * @ordered
	 */
	protected boolean leapMonth = LEAP_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BirthdayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.BIRTHDAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalendarKind getCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(CalendarKind newCalendar) {
		CalendarKind oldCalendar = calendar;
		calendar = newCalendar == null ? CALENDAR_EDEFAULT : newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.BIRTHDAY__CALENDAR, oldCalendar, calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(int newMonth) {
		int oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.BIRTHDAY__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDay() {
		return day;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDay(int newDay) {
		int oldDay = day;
		day = newDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.BIRTHDAY__DAY, oldDay, day));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLeapMonth() {
		return leapMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeapMonth(boolean newLeapMonth) {
		boolean oldLeapMonth = leapMonth;
		leapMonth = newLeapMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.BIRTHDAY__LEAP_MONTH, oldLeapMonth, leapMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.BIRTHDAY__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.BIRTHDAY__CALENDAR:
				return getCalendar();
			case RevisitPackage.BIRTHDAY__MONTH:
				return getMonth();
			case RevisitPackage.BIRTHDAY__DAY:
				return getDay();
			case RevisitPackage.BIRTHDAY__LEAP_MONTH:
				return isLeapMonth();
			case RevisitPackage.BIRTHDAY__YEAR:
				return getYear();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RevisitPackage.BIRTHDAY__CALENDAR:
				setCalendar((CalendarKind)newValue);
				return;
			case RevisitPackage.BIRTHDAY__MONTH:
				setMonth((Integer)newValue);
				return;
			case RevisitPackage.BIRTHDAY__DAY:
				setDay((Integer)newValue);
				return;
			case RevisitPackage.BIRTHDAY__LEAP_MONTH:
				setLeapMonth((Boolean)newValue);
				return;
			case RevisitPackage.BIRTHDAY__YEAR:
				setYear((Integer)newValue);
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
			case RevisitPackage.BIRTHDAY__CALENDAR:
				setCalendar(CALENDAR_EDEFAULT);
				return;
			case RevisitPackage.BIRTHDAY__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case RevisitPackage.BIRTHDAY__DAY:
				setDay(DAY_EDEFAULT);
				return;
			case RevisitPackage.BIRTHDAY__LEAP_MONTH:
				setLeapMonth(LEAP_MONTH_EDEFAULT);
				return;
			case RevisitPackage.BIRTHDAY__YEAR:
				setYear(YEAR_EDEFAULT);
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
			case RevisitPackage.BIRTHDAY__CALENDAR:
				return calendar != CALENDAR_EDEFAULT;
			case RevisitPackage.BIRTHDAY__MONTH:
				return month != MONTH_EDEFAULT;
			case RevisitPackage.BIRTHDAY__DAY:
				return day != DAY_EDEFAULT;
			case RevisitPackage.BIRTHDAY__LEAP_MONTH:
				return leapMonth != LEAP_MONTH_EDEFAULT;
			case RevisitPackage.BIRTHDAY__YEAR:
				return year != YEAR_EDEFAULT;
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
		result.append(" (calendar: ");
		result.append(calendar);
		result.append(", month: ");
		result.append(month);
		result.append(", day: ");
		result.append(day);
		result.append(", leapMonth: ");
		result.append(leapMonth);
		result.append(", year: ");
		result.append(year);
		result.append(')');
		return result.toString();
	}

} //BirthdayImpl
