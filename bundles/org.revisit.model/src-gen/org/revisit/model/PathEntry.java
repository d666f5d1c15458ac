/**
 */
package org.revisit.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Path Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.PathEntry#getStepNumber <em>Step Number</em>}</li>
 *   <li>{@link org.revisit.model.PathEntry#getAnswerLabel <em>Answer Label</em>}</li>
 *   <li>{@link org.revisit.model.PathEntry#getAt <em>At</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getPathEntry()
 * @model
 * @generated
 */
public interface PathEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Step Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Number</em>' attribute.
	 * @see #setStepNumber(int)
	 * @see org.revisit.model.RevisitPackage#getPathEntry_StepNumber()
	 * @model
	 * @generated
	 */
	int getStepNumber();

	/**
	 * Sets the value of the '{@link org.revisit.model.PathEntry#getStepNumber <em>Step Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Number</em>' attribute.
	 * @see #getStepNumber()
	 * @generated
	 */
	void setStepNumber(int value);

	/**
	 * Returns the value of the '<em><b>Answer Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer Label</em>' attribute.
	 * @see #setAnswerLabel(String)
	 * @see org.revisit.model.RevisitPackage#getPathEntry_AnswerLabel()
	 * @model
	 * @generated
	 */
	String getAnswerLabel();

	/**
	 * Sets the value of the '{@link org.revisit.model.PathEntry#getAnswerLabel <em>Answer Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Label</em>' attribute.
	 * @see #getAnswerLabel()
	 * @generated
	 */
	void setAnswerLabel(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.revisit.model.RevisitPackage#getPathEntry_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.PathEntry#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

} // PathEntry
