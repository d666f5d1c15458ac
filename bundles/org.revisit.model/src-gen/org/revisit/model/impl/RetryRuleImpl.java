/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.revisit.model.RetryRule;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retry Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.RetryRuleImpl#getOutcomeCode <em>Outcome Code</em>}</li>
 *   <li>{@link org.revisit.model.impl.RetryRuleImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetryRuleImpl extends MinimalEObjectImpl.Container implements RetryRule {
	/**
	 * The default value of the '{@link #getOutcomeCode() <em>Outcome Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeCode()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeCode() <em>Outcome Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeCode()
	 * @generated
	 * @ordered
	 */
	protected String outcomeCode = OUTCOME_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetryRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.RETRY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeCode() {
		return outcomeCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeCode(String newOutcomeCode) {
		String oldOutcomeCode = outcomeCode;
		outcomeCode = newOutcomeCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.RETRY_RULE__OUTCOME_CODE, oldOutcomeCode, outcomeCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalMinutes() {
		return intervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalMinutes(int newIntervalMinutes) {
		int oldIntervalMinutes = intervalMinutes;
		intervalMinutes = newIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.RETRY_RULE__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.RETRY_RULE__OUTCOME_CODE:
				return getOutcomeCode();
			case RevisitPackage.RETRY_RULE__INTERVAL_MINUTES:
				return getIntervalMinutes();
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
			case RevisitPackage.RETRY_RULE__OUTCOME_CODE:
				setOutcomeCode((String)newValue);
				return;
			case RevisitPackage.RETRY_RULE__INTERVAL_MINUTES:
				setIntervalMinutes((Integer)newValue);
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
			case RevisitPackage.RETRY_RULE__OUTCOME_CODE:
				setOutcomeCode(OUTCOME_CODE_EDEFAULT);
				return;
			case RevisitPackage.RETRY_RULE__INTERVAL_MINUTES:
				setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
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
			case RevisitPackage.RETRY_RULE__OUTCOME_CODE:
				return OUTCOME_CODE_EDEFAULT == null ? outcomeCode != null : !OUTCOME_CODE_EDEFAULT.equals(outcomeCode);
			case RevisitPackage.RETRY_RULE__INTERVAL_MINUTES:
				return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
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
		result.append(" (outcomeCode: ");
		result.append(outcomeCode);
		result.append(", intervalMinutes: ");
		result.append(intervalMinutes);
		result.append(')');
		return result.toString();
	}

} //RetryRuleImpl
