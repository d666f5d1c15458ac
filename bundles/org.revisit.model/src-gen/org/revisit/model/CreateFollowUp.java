/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Follow Up</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.CreateFollowUp#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.revisit.model.CreateFollowUp#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCreateFollowUp()
 * @model
 * @generated
 */
public interface CreateFollowUp extends Action {
	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role or user the follow-up goes to, e.g. engineer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see org.revisit.model.RevisitPackage#getCreateFollowUp_Assignee()
	 * @model
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link org.revisit.model.CreateFollowUp#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.revisit.model.RevisitPackage#getCreateFollowUp_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.revisit.model.CreateFollowUp#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // CreateFollowUp
