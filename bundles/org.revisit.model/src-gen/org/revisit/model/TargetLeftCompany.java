/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Left Company</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.revisit.model.RevisitPackage#getTargetLeftCompany()
 * @model
 * @generated
 */
public interface TargetLeftCompany extends Action {
} // TargetLeftCompany
