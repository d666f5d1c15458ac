/**
 */
package org.revisit.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Step#getNumber <em>Number</em>}</li>
 *   <li>{@link org.revisit.model.Step#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link org.revisit.model.Step#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.revisit.model.RevisitPackage#getStep_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.revisit.model.Step#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Utterance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the agent says; may hold placeholders such as ${contact.name}.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Utterance</em>' attribute.
	 * @see #setUtterance(String)
	 * @see org.revisit.model.RevisitPackage#getStep_Utterance()
	 * @model
	 * @generated
	 */
	String getUtterance();

	/**
	 * Sets the value of the '{@link org.revisit.model.Step#getUtterance <em>Utterance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utterance</em>' attribute.
	 * @see #getUtterance()
	 * @generated
	 */
	void setUtterance(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getStep_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

} // Step
