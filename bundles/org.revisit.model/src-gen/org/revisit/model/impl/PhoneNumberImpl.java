/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phone Number</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.PhoneNumberImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.revisit.model.impl.PhoneNumberImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.revisit.model.impl.PhoneNumberImpl#isInvalid <em>Invalid</em>}</li>
 *   <li>{@link org.revisit.model.impl.PhoneNumberImpl#getInvalidReason <em>Invalid Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhoneNumberImpl extends MinimalEObjectImpl.Container implements PhoneNumber {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PhoneType TYPE_EDEFAULT = PhoneType.MOBILE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PhoneType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #isInvalid() <em>Invalid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInvalid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INVALID_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInvalid() <em>Invalid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInvalid()
	 * @generated
	 * @ordered
	 */
	protected boolean invalid = INVALID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInvalidReason() <em>Invalid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvalidReason()
	 * @generated
	 * @ordered
	 */
	protected static final String INVALID_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInvalidReason() <em>Invalid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvalidReason()
	 * @generated
	 * @ordered
	 */
	protected String invalidReason = INVALID_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhoneNumberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.PHONE_NUMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhoneType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PhoneType newType) {
		PhoneType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.PHONE_NUMBER__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.PHONE_NUMBER__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInvalid() {
		return invalid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvalid(boolean newInvalid) {
		boolean oldInvalid = invalid;
		invalid = newInvalid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.PHONE_NUMBER__INVALID, oldInvalid, invalid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInvalidReason() {
		return invalidReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvalidReason(String newInvalidReason) {
		String oldInvalidReason = invalidReason;
		invalidReason = newInvalidReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.PHONE_NUMBER__INVALID_REASON, oldInvalidReason, invalidReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.PHONE_NUMBER__TYPE:
				return getType();
			case RevisitPackage.PHONE_NUMBER__NUMBER:
				return getNumber();
			case RevisitPackage.PHONE_NUMBER__INVALID:
				return isInvalid();
			case RevisitPackage.PHONE_NUMBER__INVALID_REASON:
				return getInvalidReason();
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
			case RevisitPackage.PHONE_NUMBER__TYPE:
				setType((PhoneType)newValue);
				return;
			case RevisitPackage.PHONE_NUMBER__NUMBER:
				setNumber((String)newValue);
				return;
			case RevisitPackage.PHONE_NUMBER__INVALID:
				setInvalid((Boolean)newValue);
				return;
			case RevisitPackage.PHONE_NUMBER__INVALID_REASON:
				setInvalidReason((String)newValue);
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
			case RevisitPackage.PHONE_NUMBER__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case RevisitPackage.PHONE_NUMBER__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case RevisitPackage.PHONE_NUMBER__INVALID:
				setInvalid(INVALID_EDEFAULT);
				return;
			case RevisitPackage.PHONE_NUMBER__INVALID_REASON:
				setInvalidReason(INVALID_REASON_EDEFAULT);
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
			case RevisitPackage.PHONE_NUMBER__TYPE:
				return type != TYPE_EDEFAULT;
			case RevisitPackage.PHONE_NUMBER__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case RevisitPackage.PHONE_NUMBER__INVALID:
				return invalid != INVALID_EDEFAULT;
			case RevisitPackage.PHONE_NUMBER__INVALID_REASON:
				return INVALID_REASON_EDEFAULT == null ? invalidReason != null : !INVALID_REASON_EDEFAULT.equals(invalidReason);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", number: ");
		result.append(number);
		result.append(", invalid: ");
		result.append(invalid);
		result.append(", invalidReason: ");
		result.append(invalidReason);
		result.append(')');
		return result.toString();
	}

} //PhoneNumberImpl
