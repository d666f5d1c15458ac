/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.revisit.model.CalendarKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Holiday Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.HolidayRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.impl.HolidayRuleImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.revisit.model.impl.HolidayRuleImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.revisit.model.impl.HolidayRuleImpl#getDay <em>Day</em>}</li>
 *   <li>{@link org.revisit.model.impl.HolidayRuleImpl#getDaysOff <em>Days Off</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HolidayRuleImpl extends MinimalEObjectImpl.Container implements HolidayRule {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getDaysOff() <em>Days Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysOff()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_OFF_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDaysOff() <em>Days Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysOff()
	 * @generated
	 * @ordered
	 */
	protected int daysOff = DAYS_OFF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HolidayRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.HOLIDAY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.HOLIDAY_RULE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.HOLIDAY_RULE__CALENDAR, oldCalendar, calendar));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.HOLIDAY_RULE__MONTH, oldMonth, month));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.HOLIDAY_RULE__DAY, oldDay, day));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysOff() {
		return daysOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysOff(int newDaysOff) {
		int oldDaysOff = daysOff;
		daysOff = newDaysOff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.HOLIDAY_RULE__DAYS_OFF, oldDaysOff, daysOff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.HOLIDAY_RULE__NAME:
				return getName();
			case RevisitPackage.HOLIDAY_RULE__CALENDAR:
				return getCalendar();
			case RevisitPackage.HOLIDAY_RULE__MONTH:
				return getMonth();
			case RevisitPackage.HOLIDAY_RULE__DAY:
				return getDay();
			case RevisitPackage.HOLIDAY_RULE__DAYS_OFF:
				return getDaysOff();
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
			case RevisitPackage.HOLIDAY_RULE__NAME:
				setName((String)newValue);
				return;
			case RevisitPackage.HOLIDAY_RULE__CALENDAR:
				setCalendar((CalendarKind)newValue);
				return;
			case RevisitPackage.HOLIDAY_RULE__MONTH:
				setMonth((Integer)newValue);
				return;
			case RevisitPackage.HOLIDAY_RULE__DAY:
				setDay((Integer)newValue);
				return;
			case RevisitPackage.HOLIDAY_RULE__DAYS_OFF:
				setDaysOff((Integer)newValue);
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
			case RevisitPackage.HOLIDAY_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RevisitPackage.HOLIDAY_RULE__CALENDAR:
				setCalendar(CALENDAR_EDEFAULT);
				return;
			case RevisitPackage.HOLIDAY_RULE__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case RevisitPackage.HOLIDAY_RULE__DAY:
				setDay(DAY_EDEFAULT);
				return;
			case RevisitPackage.HOLIDAY_RULE__DAYS_OFF:
				setDaysOff(DAYS_OFF_EDEFAULT);
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
			case RevisitPackage.HOLIDAY_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RevisitPackage.HOLIDAY_RULE__CALENDAR:
				return calendar != CALENDAR_EDEFAULT;
			case RevisitPackage.HOLIDAY_RULE__MONTH:
				return month != MONTH_EDEFAULT;
			case RevisitPackage.HOLIDAY_RULE__DAY:
				return day != DAY_EDEFAULT;
			case RevisitPackage.HOLIDAY_RULE__DAYS_OFF:
				return daysOff != DAYS_OFF_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", calendar: ");
		result.append(calendar);
		result.append(", month: ");
		result.append(month);
		result.append(", day: ");
		result.append(day);
		result.append(", daysOff: ");
		result.append(daysOff);
		result.append(')');
		return result.toString();
	}

} //HolidayRuleImpl
