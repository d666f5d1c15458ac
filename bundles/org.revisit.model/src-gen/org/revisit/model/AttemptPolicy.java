/**
 */
package org.revisit.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attempt Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.AttemptPolicy#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.revisit.model.AttemptPolicy#getRetryRules <em>Retry Rules</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getAttemptPolicy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='positiveMaxAttempts'"
 * @generated
 */
public interface AttemptPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Attempts</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Attempts</em>' attribute.
	 * @see #setMaxAttempts(int)
	 * @see org.revisit.model.RevisitPackage#getAttemptPolicy_MaxAttempts()
	 * @model default="3"
	 * @generated
	 */
	int getMaxAttempts();

	/**
	 * Sets the value of the '{@link org.revisit.model.AttemptPolicy#getMaxAttempts <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Attempts</em>' attribute.
	 * @see #getMaxAttempts()
	 * @generated
	 */
	void setMaxAttempts(int value);

	/**
	 * Returns the value of the '<em><b>Retry Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.RetryRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retry Rules</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getAttemptPolicy_RetryRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetryRule> getRetryRules();

} // AttemptPolicy
