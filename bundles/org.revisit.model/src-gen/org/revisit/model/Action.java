/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.revisit.model.RevisitPackage#getAction()
 * @model abstract="true"
 * @generated
 */
public interface Action extends EObject {
} // Action
