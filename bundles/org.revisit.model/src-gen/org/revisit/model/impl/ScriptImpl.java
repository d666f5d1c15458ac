/**
 */
package org.revisit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.revisit.model.RevisitPackage;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.ScriptImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScriptImpl extends EntityImpl implements Script {
	/**
	 * The default value of the '{@link #getScriptId() <em>Script Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScriptId()
	 * @generated
	 * @ordered
	 */
	protected static final String SCRIPT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScriptId() <em>Script Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScriptId()
	 * @generated
	 * @ordered
	 */
	protected String scriptId = SCRIPT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getScriptVersion() <em>Script Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScriptVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCRIPT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScriptVersion() <em>Script Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScriptVersion()
	 * @generated
	 * @ordered
	 */
	protected int scriptVersion = SCRIPT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallTypeId() <em>Call Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallTypeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CALL_TYPE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallTypeId() <em>Call Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallTypeId()
	 * @generated
	 * @ordered
	 */
	protected String callTypeId = CALL_TYPE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScriptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.SCRIPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScriptId() {
		return scriptId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScriptId(String newScriptId) {
		String oldScriptId = scriptId;
		scriptId = newScriptId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SCRIPT__SCRIPT_ID, oldScriptId, scriptId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScriptVersion() {
		return scriptVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScriptVersion(int newScriptVersion) {
		int oldScriptVersion = scriptVersion;
		scriptVersion = newScriptVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SCRIPT__SCRIPT_VERSION, oldScriptVersion, scriptVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SCRIPT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SCRIPT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallTypeId() {
		return callTypeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallTypeId(String newCallTypeId) {
		String oldCallTypeId = callTypeId;
		callTypeId = newCallTypeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SCRIPT__CALL_TYPE_ID, oldCallTypeId, callTypeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, RevisitPackage.SCRIPT__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RevisitPackage.SCRIPT__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.SCRIPT__SCRIPT_ID:
				return getScriptId();
			case RevisitPackage.SCRIPT__SCRIPT_VERSION:
				return getScriptVersion();
			case RevisitPackage.SCRIPT__TITLE:
				return getTitle();
			case RevisitPackage.SCRIPT__LANGUAGE:
				return getLanguage();
			case RevisitPackage.SCRIPT__CALL_TYPE_ID:
				return getCallTypeId();
			case RevisitPackage.SCRIPT__STEPS:
				return getSteps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RevisitPackage.SCRIPT__SCRIPT_ID:
				setScriptId((String)newValue);
				return;
			case RevisitPackage.SCRIPT__SCRIPT_VERSION:
				setScriptVersion((Integer)newValue);
				return;
			case RevisitPackage.SCRIPT__TITLE:
				setTitle((String)newValue);
				return;
			case RevisitPackage.SCRIPT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case RevisitPackage.SCRIPT__CALL_TYPE_ID:
				setCallTypeId((String)newValue);
				return;
			case RevisitPackage.SCRIPT__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RevisitPackage.SCRIPT__SCRIPT_ID:
				setScriptId(SCRIPT_ID_EDEFAULT);
				return;
			case RevisitPackage.SCRIPT__SCRIPT_VERSION:
				setScriptVersion(SCRIPT_VERSION_EDEFAULT);
				return;
			case RevisitPackage.SCRIPT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RevisitPackage.SCRIPT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case RevisitPackage.SCRIPT__CALL_TYPE_ID:
				setCallTypeId(CALL_TYPE_ID_EDEFAULT);
				return;
			case RevisitPackage.SCRIPT__STEPS:
				getSteps().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RevisitPackage.SCRIPT__SCRIPT_ID:
				return SCRIPT_ID_EDEFAULT == null ? scriptId != null : !SCRIPT_ID_EDEFAULT.equals(scriptId);
			case RevisitPackage.SCRIPT__SCRIPT_VERSION:
				return scriptVersion != SCRIPT_VERSION_EDEFAULT;
			case RevisitPackage.SCRIPT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RevisitPackage.SCRIPT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case RevisitPackage.SCRIPT__CALL_TYPE_ID:
				return CALL_TYPE_ID_EDEFAULT == null ? callTypeId != null : !CALL_TYPE_ID_EDEFAULT.equals(callTypeId);
			case RevisitPackage.SCRIPT__STEPS:
				return steps != null && !steps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (scriptId: ");
		result.append(scriptId);
		result.append(", scriptVersion: ");
		result.append(scriptVersion);
		result.append(", title: ");
		result.append(title);
		result.append(", language: ");
		result.append(language);
		result.append(", callTypeId: ");
		result.append(callTypeId);
		result.append(')');
		return result.toString();
	}

} //ScriptImpl
