/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retry Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.RetryRule#getOutcomeCode <em>Outcome Code</em>}</li>
 *   <li>{@link org.revisit.model.RetryRule#getIntervalMinutes <em>Interval Minutes</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getRetryRule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeInterval'"
 * @generated
 */
public interface RetryRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Outcome Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Code</em>' attribute.
	 * @see #setOutcomeCode(String)
	 * @see org.revisit.model.RevisitPackage#getRetryRule_OutcomeCode()
	 * @model
	 * @generated
	 */
	String getOutcomeCode();

	/**
	 * Sets the value of the '{@link org.revisit.model.RetryRule#getOutcomeCode <em>Outcome Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Code</em>' attribute.
	 * @see #getOutcomeCode()
	 * @generated
	 */
	void setOutcomeCode(String value);

	/**
	 * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Minutes</em>' attribute.
	 * @see #setIntervalMinutes(int)
	 * @see org.revisit.model.RevisitPackage#getRetryRule_IntervalMinutes()
	 * @model
	 * @generated
	 */
	int getIntervalMinutes();

	/**
	 * Sets the value of the '{@link org.revisit.model.RetryRule#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Minutes</em>' attribute.
	 * @see #getIntervalMinutes()
	 * @generated
	 */
	void setIntervalMinutes(int value);

} // RetryRule
