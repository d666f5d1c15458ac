/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agree Callback</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.revisit.model.RevisitPackage#getAgreeCallback()
 * @model
 * @generated
 */
public interface AgreeCallback extends Action {
} // AgreeCallback
