/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>End Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.EndCall#getOutcomeCode <em>Outcome Code</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getEndCall()
 * @model
 * @generated
 */
public interface EndCall extends Action {
	/**
	 * Returns the value of the '<em><b>Outcome Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Code</em>' attribute.
	 * @see #setOutcomeCode(String)
	 * @see org.revisit.model.RevisitPackage#getEndCall_OutcomeCode()
	 * @model
	 * @generated
	 */
	String getOutcomeCode();

	/**
	 * Sets the value of the '{@link org.revisit.model.EndCall#getOutcomeCode <em>Outcome Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Code</em>' attribute.
	 * @see #getOutcomeCode()
	 * @generated
	 */
	void setOutcomeCode(String value);

} // EndCall
