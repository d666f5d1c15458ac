/**
 */
package org.revisit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calling Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A daily window in the contact's local time, in minutes after midnight (09:00-10:00 is 540-600).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.CallingWindow#getStartMinute <em>Start Minute</em>}</li>
 *   <li>{@link org.revisit.model.CallingWindow#getEndMinute <em>End Minute</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCallingWindow()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validRange'"
 * @generated
 */
public interface CallingWindow extends EObject {
	/**
	 * Returns the value of the '<em><b>Start Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Minute</em>' attribute.
	 * @see #setStartMinute(int)
	 * @see org.revisit.model.RevisitPackage#getCallingWindow_StartMinute()
	 * @model
	 * @generated
	 */
	int getStartMinute();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallingWindow#getStartMinute <em>Start Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Minute</em>' attribute.
	 * @see #getStartMinute()
	 * @generated
	 */
	void setStartMinute(int value);

	/**
	 * Returns the value of the '<em><b>End Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Minute</em>' attribute.
	 * @see #setEndMinute(int)
	 * @see org.revisit.model.RevisitPackage#getCallingWindow_EndMinute()
	 * @model
	 * @generated
	 */
	int getEndMinute();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallingWindow#getEndMinute <em>End Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Minute</em>' attribute.
	 * @see #getEndMinute()
	 * @generated
	 */
	void setEndMinute(int value);

} // CallingWindow
