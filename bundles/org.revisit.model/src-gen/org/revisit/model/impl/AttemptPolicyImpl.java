/**
 */
package org.revisit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.revisit.model.AttemptPolicy;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attempt Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.AttemptPolicyImpl#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.revisit.model.impl.AttemptPolicyImpl#getRetryRules <em>Retry Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttemptPolicyImpl extends MinimalEObjectImpl.Container implements AttemptPolicy {
	/**
	 * The default value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ATTEMPTS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected int maxAttempts = MAX_ATTEMPTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRetryRules() <em>Retry Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetryRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RetryRule> retryRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttemptPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.ATTEMPT_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAttempts() {
		return maxAttempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAttempts(int newMaxAttempts) {
		int oldMaxAttempts = maxAttempts;
		maxAttempts = newMaxAttempts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.ATTEMPT_POLICY__MAX_ATTEMPTS, oldMaxAttempts, maxAttempts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetryRule> getRetryRules() {
		if (retryRules == null) {
			retryRules = new EObjectContainmentEList<RetryRule>(RetryRule.class, this, RevisitPackage.ATTEMPT_POLICY__RETRY_RULES);
		}
		return retryRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RevisitPackage.ATTEMPT_POLICY__RETRY_RULES:
				return ((InternalEList<?>)getRetryRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.ATTEMPT_POLICY__MAX_ATTEMPTS:
				return getMaxAttempts();
			case RevisitPackage.ATTEMPT_POLICY__RETRY_RULES:
				return getRetryRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RevisitPackage.ATTEMPT_POLICY__MAX_ATTEMPTS:
				setMaxAttempts((Integer)newValue);
				return;
			case RevisitPackage.ATTEMPT_POLICY__RETRY_RULES:
				getRetryRules().clear();
				getRetryRules().addAll((Collection<? extends RetryRule>)newValue);
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
			case RevisitPackage.ATTEMPT_POLICY__MAX_ATTEMPTS:
				setMaxAttempts(MAX_ATTEMPTS_EDEFAULT);
				return;
			case RevisitPackage.ATTEMPT_POLICY__RETRY_RULES:
				getRetryRules().clear();
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
			case RevisitPackage.ATTEMPT_POLICY__MAX_ATTEMPTS:
				return maxAttempts != MAX_ATTEMPTS_EDEFAULT;
			case RevisitPackage.ATTEMPT_POLICY__RETRY_RULES:
				return retryRules != null && !retryRules.isEmpty();
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
		result.append(" (maxAttempts: ");
		result.append(maxAttempts);
		result.append(')');
		return result.toString();
	}

} //AttemptPolicyImpl
