/**
 */
package org.revisit.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.Campaign#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getCallingWindows <em>Calling Windows</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getAttemptPolicy <em>Attempt Policy</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getActiveFrom <em>Active From</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getActiveTo <em>Active To</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getTargetFilter <em>Target Filter</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#isActive <em>Active</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.revisit.model.Campaign#getBudgetShare <em>Budget Share</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCampaign()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validActivePeriod plainNames'"
 * @generated
 */
public interface Campaign extends Entity {
	/**
	 * Returns the value of the '<em><b>Call Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Type Id</em>' attribute.
	 * @see #setCallTypeId(String)
	 * @see org.revisit.model.RevisitPackage#getCampaign_CallTypeId()
	 * @model
	 * @generated
	 */
	String getCallTypeId();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getCallTypeId <em>Call Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Type Id</em>' attribute.
	 * @see #getCallTypeId()
	 * @generated
	 */
	void setCallTypeId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.revisit.model.RevisitPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Call-type specific settings, e.g. the training date of an invitation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see org.revisit.model.RevisitPackage#getCampaign_Parameters()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Id</em>' attribute.
	 * @see #setScriptId(String)
	 * @see org.revisit.model.RevisitPackage#getCampaign_ScriptId()
	 * @model
	 * @generated
	 */
	String getScriptId();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getScriptId <em>Script Id</em>}' attribute.
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
	 * @see org.revisit.model.RevisitPackage#getCampaign_ScriptVersion()
	 * @model
	 * @generated
	 */
	int getScriptVersion();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getScriptVersion <em>Script Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Version</em>' attribute.
	 * @see #getScriptVersion()
	 * @generated
	 */
	void setScriptVersion(int value);

	/**
	 * Returns the value of the '<em><b>Calling Windows</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.CallingWindow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calling Windows</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getCampaign_CallingWindows()
	 * @model containment="true"
	 * @generated
	 */
	EList<CallingWindow> getCallingWindows();

	/**
	 * Returns the value of the '<em><b>Attempt Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempt Policy</em>' containment reference.
	 * @see #setAttemptPolicy(AttemptPolicy)
	 * @see org.revisit.model.RevisitPackage#getCampaign_AttemptPolicy()
	 * @model containment="true"
	 * @generated
	 */
	AttemptPolicy getAttemptPolicy();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getAttemptPolicy <em>Attempt Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempt Policy</em>' containment reference.
	 * @see #getAttemptPolicy()
	 * @generated
	 */
	void setAttemptPolicy(AttemptPolicy value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.revisit.model.RevisitPackage#getCampaign_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Active From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active From</em>' attribute.
	 * @see #setActiveFrom(LocalDate)
	 * @see org.revisit.model.RevisitPackage#getCampaign_ActiveFrom()
	 * @model dataType="org.revisit.model.LocalDate"
	 * @generated
	 */
	LocalDate getActiveFrom();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getActiveFrom <em>Active From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active From</em>' attribute.
	 * @see #getActiveFrom()
	 * @generated
	 */
	void setActiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Active To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active To</em>' attribute.
	 * @see #setActiveTo(LocalDate)
	 * @see org.revisit.model.RevisitPackage#getCampaign_ActiveTo()
	 * @model dataType="org.revisit.model.LocalDate"
	 * @generated
	 */
	LocalDate getActiveTo();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getActiveTo <em>Active To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active To</em>' attribute.
	 * @see #getActiveTo()
	 * @generated
	 */
	void setActiveTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Filter</em>' attribute.
	 * @see #setTargetFilter(String)
	 * @see org.revisit.model.RevisitPackage#getCampaign_TargetFilter()
	 * @model
	 * @generated
	 */
	String getTargetFilter();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getTargetFilter <em>Target Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Filter</em>' attribute.
	 * @see #getTargetFilter()
	 * @generated
	 */
	void setTargetFilter(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.revisit.model.RevisitPackage#getCampaign_Active()
	 * @model
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The campaign's name for the English workbench (optional); the Chinese workbench, and the English one when this is empty, show the name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.revisit.model.RevisitPackage#getCampaign_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Budget Share</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent (1 to 100) of the weekly budget of calls per contact that this campaign may use: at most ceil(share x budget / 100) of a contact's calls in a week.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Share</em>' attribute.
	 * @see #setBudgetShare(int)
	 * @see org.revisit.model.RevisitPackage#getCampaign_BudgetShare()
	 * @model default="100"
	 * @generated
	 */
	int getBudgetShare();

	/**
	 * Sets the value of the '{@link org.revisit.model.Campaign#getBudgetShare <em>Budget Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Share</em>' attribute.
	 * @see #getBudgetShare()
	 * @generated
	 */
	void setBudgetShare(int value);

} // Campaign
