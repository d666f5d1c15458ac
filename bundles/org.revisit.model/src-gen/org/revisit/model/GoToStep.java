/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Go To Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.GoToStep#getTargetStep <em>Target Step</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getGoToStep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='targetExists'"
 * @generated
 */
public interface GoToStep extends Action {
	/**
	 * Returns the value of the '<em><b>Target Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Step</em>' attribute.
	 * @see #setTargetStep(int)
	 * @see org.revisit.model.RevisitPackage#getGoToStep_TargetStep()
	 * @model
	 * @generated
	 */
	int getTargetStep();

	/**
	 * Sets the value of the '{@link org.revisit.model.GoToStep#getTargetStep <em>Target Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Step</em>' attribute.
	 * @see #getTargetStep()
	 * @generated
	 */
	void setTargetStep(int value);

} // GoToStep
