/**
 */
package org.revisit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of a call script; (scriptId, scriptVersion) identifies it, a changed script is stored as a new version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Script#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.Script#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.Script#getTitle <em>Title</em>}</li>
 *   <li>{@link org.revisit.model.Script#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.revisit.model.Script#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.Script#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getScript()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueStepNumbers plainNames'"
 * @generated
 */
public interface Script extends Entity {
	/**
	 * Returns the value of the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Id</em>' attribute.
	 * @see #setScriptId(String)
	 * @see org.revisit.model.RevisitPackage#getScript_ScriptId()
	 * @model
	 * @generated
	 */
	String getScriptId();

	/**
	 * Sets the value of the '{@link org.revisit.model.Script#getScriptId <em>Script Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Id</em>' attribute.
	 * @see #getScriptId()
	 * @generated
	 */
	void setScriptId(String value);

	/**
	 * Returns the value of the '<em><b>Script Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Version</em>' attribute.
	 * @see #setScriptVersion(int)
	 * @see org.revisit.model.RevisitPackage#getScript_ScriptVersion()
	 * @model
	 * @generated
	 */
	int getScriptVersion();

	/**
	 * Sets the value of the '{@link org.revisit.model.Script#getScriptVersion <em>Script Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Version</em>' attribute.
	 * @see #getScriptVersion()
	 * @generated
	 */
	void setScriptVersion(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.revisit.model.RevisitPackage#getScript_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.revisit.model.Script#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.revisit.model.RevisitPackage#getScript_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.revisit.model.Script#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Type Id</em>' attribute.
	 * @see #setCallTypeId(String)
	 * @see org.revisit.model.RevisitPackage#getScript_CallTypeId()
	 * @model
	 * @generated
	 */
	String getCallTypeId();

	/**
	 * Sets the value of the '{@link org.revisit.model.Script#getCallTypeId <em>Call Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Type Id</em>' attribute.
	 * @see #getCallTypeId()
	 * @generated
	 */
	void setCallTypeId(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getScript_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Script
