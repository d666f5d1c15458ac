/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Absent</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.revisit.model.RevisitPackage#getTargetAbsent()
 * @model
 * @generated
 */
public interface TargetAbsent extends Action {
} // TargetAbsent
