/**
 */
package org.revisit.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getCallingWindows <em>Calling Windows</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getAttemptPolicy <em>Attempt Policy</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getActiveFrom <em>Active From</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getActiveTo <em>Active To</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getTargetFilter <em>Target Filter</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.revisit.model.impl.CampaignImpl#getBudgetShare <em>Budget Share</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends EntityImpl implements Campaign {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> parameters;

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
	 * The cached value of the '{@link #getCallingWindows() <em>Calling Windows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallingWindows()
	 * @generated
	 * @ordered
	 */
	protected EList<CallingWindow> callingWindows;

	/**
	 * The cached value of the '{@link #getAttemptPolicy() <em>Attempt Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttemptPolicy()
	 * @generated
	 * @ordered
	 */
	protected AttemptPolicy attemptPolicy;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getActiveFrom() <em>Active From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActiveFrom() <em>Active From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate activeFrom = ACTIVE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getActiveTo() <em>Active To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTIVE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActiveTo() <em>Active To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate activeTo = ACTIVE_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFilter() <em>Target Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFilter()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FILTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFilter() <em>Target Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFilter()
	 * @generated
	 * @ordered
	 */
	protected String targetFilter = TARGET_FILTER_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetShare() <em>Budget Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetShare()
	 * @generated
	 * @ordered
	 */
	protected static final int BUDGET_SHARE_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getBudgetShare() <em>Budget Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetShare()
	 * @generated
	 * @ordered
	 */
	protected int budgetShare = BUDGET_SHARE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.CAMPAIGN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__CALL_TYPE_ID, oldCallTypeId, callTypeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getParameters() {
		if (parameters == null) {
			parameters = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, RevisitPackage.CAMPAIGN__PARAMETERS);
		}
		return parameters;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__SCRIPT_ID, oldScriptId, scriptId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__SCRIPT_VERSION, oldScriptVersion, scriptVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CallingWindow> getCallingWindows() {
		if (callingWindows == null) {
			callingWindows = new EObjectContainmentEList<CallingWindow>(CallingWindow.class, this, RevisitPackage.CAMPAIGN__CALLING_WINDOWS);
		}
		return callingWindows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttemptPolicy getAttemptPolicy() {
		return attemptPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAttemptPolicy(AttemptPolicy newAttemptPolicy, NotificationChain msgs) {
		AttemptPolicy oldAttemptPolicy = attemptPolicy;
		attemptPolicy = newAttemptPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__ATTEMPT_POLICY, oldAttemptPolicy, newAttemptPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttemptPolicy(AttemptPolicy newAttemptPolicy) {
		if (newAttemptPolicy != attemptPolicy) {
			NotificationChain msgs = null;
			if (attemptPolicy != null)
				msgs = ((InternalEObject)attemptPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RevisitPackage.CAMPAIGN__ATTEMPT_POLICY, null, msgs);
			if (newAttemptPolicy != null)
				msgs = ((InternalEObject)newAttemptPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RevisitPackage.CAMPAIGN__ATTEMPT_POLICY, null, msgs);
			msgs = basicSetAttemptPolicy(newAttemptPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__ATTEMPT_POLICY, newAttemptPolicy, newAttemptPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActiveFrom() {
		return activeFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveFrom(LocalDate newActiveFrom) {
		LocalDate oldActiveFrom = activeFrom;
		activeFrom = newActiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__ACTIVE_FROM, oldActiveFrom, activeFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActiveTo() {
		return activeTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveTo(LocalDate newActiveTo) {
		LocalDate oldActiveTo = activeTo;
		activeTo = newActiveTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__ACTIVE_TO, oldActiveTo, activeTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetFilter() {
		return targetFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFilter(String newTargetFilter) {
		String oldTargetFilter = targetFilter;
		targetFilter = newTargetFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__TARGET_FILTER, oldTargetFilter, targetFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBudgetShare() {
		return budgetShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetShare(int newBudgetShare) {
		int oldBudgetShare = budgetShare;
		budgetShare = newBudgetShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CAMPAIGN__BUDGET_SHARE, oldBudgetShare, budgetShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RevisitPackage.CAMPAIGN__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CAMPAIGN__CALLING_WINDOWS:
				return ((InternalEList<?>)getCallingWindows()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CAMPAIGN__ATTEMPT_POLICY:
				return basicSetAttemptPolicy(null, msgs);
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
			case RevisitPackage.CAMPAIGN__CALL_TYPE_ID:
				return getCallTypeId();
			case RevisitPackage.CAMPAIGN__NAME:
				return getName();
			case RevisitPackage.CAMPAIGN__PARAMETERS:
				if (coreType) return getParameters();
				else return getParameters().map();
			case RevisitPackage.CAMPAIGN__SCRIPT_ID:
				return getScriptId();
			case RevisitPackage.CAMPAIGN__SCRIPT_VERSION:
				return getScriptVersion();
			case RevisitPackage.CAMPAIGN__CALLING_WINDOWS:
				return getCallingWindows();
			case RevisitPackage.CAMPAIGN__ATTEMPT_POLICY:
				return getAttemptPolicy();
			case RevisitPackage.CAMPAIGN__PRIORITY:
				return getPriority();
			case RevisitPackage.CAMPAIGN__ACTIVE_FROM:
				return getActiveFrom();
			case RevisitPackage.CAMPAIGN__ACTIVE_TO:
				return getActiveTo();
			case RevisitPackage.CAMPAIGN__TARGET_FILTER:
				return getTargetFilter();
			case RevisitPackage.CAMPAIGN__ACTIVE:
				return isActive();
			case RevisitPackage.CAMPAIGN__NAME_EN:
				return getNameEn();
			case RevisitPackage.CAMPAIGN__BUDGET_SHARE:
				return getBudgetShare();
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
			case RevisitPackage.CAMPAIGN__CALL_TYPE_ID:
				setCallTypeId((String)newValue);
				return;
			case RevisitPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case RevisitPackage.CAMPAIGN__PARAMETERS:
				((EStructuralFeature.Setting)getParameters()).set(newValue);
				return;
			case RevisitPackage.CAMPAIGN__SCRIPT_ID:
				setScriptId((String)newValue);
				return;
			case RevisitPackage.CAMPAIGN__SCRIPT_VERSION:
				setScriptVersion((Integer)newValue);
				return;
			case RevisitPackage.CAMPAIGN__CALLING_WINDOWS:
				getCallingWindows().clear();
				getCallingWindows().addAll((Collection<? extends CallingWindow>)newValue);
				return;
			case RevisitPackage.CAMPAIGN__ATTEMPT_POLICY:
				setAttemptPolicy((AttemptPolicy)newValue);
				return;
			case RevisitPackage.CAMPAIGN__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE_FROM:
				setActiveFrom((LocalDate)newValue);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE_TO:
				setActiveTo((LocalDate)newValue);
				return;
			case RevisitPackage.CAMPAIGN__TARGET_FILTER:
				setTargetFilter((String)newValue);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case RevisitPackage.CAMPAIGN__NAME_EN:
				setNameEn((String)newValue);
				return;
			case RevisitPackage.CAMPAIGN__BUDGET_SHARE:
				setBudgetShare((Integer)newValue);
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
			case RevisitPackage.CAMPAIGN__CALL_TYPE_ID:
				setCallTypeId(CALL_TYPE_ID_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__PARAMETERS:
				getParameters().clear();
				return;
			case RevisitPackage.CAMPAIGN__SCRIPT_ID:
				setScriptId(SCRIPT_ID_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__SCRIPT_VERSION:
				setScriptVersion(SCRIPT_VERSION_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__CALLING_WINDOWS:
				getCallingWindows().clear();
				return;
			case RevisitPackage.CAMPAIGN__ATTEMPT_POLICY:
				setAttemptPolicy((AttemptPolicy)null);
				return;
			case RevisitPackage.CAMPAIGN__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE_FROM:
				setActiveFrom(ACTIVE_FROM_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE_TO:
				setActiveTo(ACTIVE_TO_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__TARGET_FILTER:
				setTargetFilter(TARGET_FILTER_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case RevisitPackage.CAMPAIGN__BUDGET_SHARE:
				setBudgetShare(BUDGET_SHARE_EDEFAULT);
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
			case RevisitPackage.CAMPAIGN__CALL_TYPE_ID:
				return CALL_TYPE_ID_EDEFAULT == null ? callTypeId != null : !CALL_TYPE_ID_EDEFAULT.equals(callTypeId);
			case RevisitPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RevisitPackage.CAMPAIGN__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case RevisitPackage.CAMPAIGN__SCRIPT_ID:
				return SCRIPT_ID_EDEFAULT == null ? scriptId != null : !SCRIPT_ID_EDEFAULT.equals(scriptId);
			case RevisitPackage.CAMPAIGN__SCRIPT_VERSION:
				return scriptVersion != SCRIPT_VERSION_EDEFAULT;
			case RevisitPackage.CAMPAIGN__CALLING_WINDOWS:
				return callingWindows != null && !callingWindows.isEmpty();
			case RevisitPackage.CAMPAIGN__ATTEMPT_POLICY:
				return attemptPolicy != null;
			case RevisitPackage.CAMPAIGN__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case RevisitPackage.CAMPAIGN__ACTIVE_FROM:
				return ACTIVE_FROM_EDEFAULT == null ? activeFrom != null : !ACTIVE_FROM_EDEFAULT.equals(activeFrom);
			case RevisitPackage.CAMPAIGN__ACTIVE_TO:
				return ACTIVE_TO_EDEFAULT == null ? activeTo != null : !ACTIVE_TO_EDEFAULT.equals(activeTo);
			case RevisitPackage.CAMPAIGN__TARGET_FILTER:
				return TARGET_FILTER_EDEFAULT == null ? targetFilter != null : !TARGET_FILTER_EDEFAULT.equals(targetFilter);
			case RevisitPackage.CAMPAIGN__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case RevisitPackage.CAMPAIGN__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case RevisitPackage.CAMPAIGN__BUDGET_SHARE:
				return budgetShare != BUDGET_SHARE_EDEFAULT;
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
		result.append(" (callTypeId: ");
		result.append(callTypeId);
		result.append(", name: ");
		result.append(name);
		result.append(", scriptId: ");
		result.append(scriptId);
		result.append(", scriptVersion: ");
		result.append(scriptVersion);
		result.append(", priority: ");
		result.append(priority);
		result.append(", activeFrom: ");
		result.append(activeFrom);
		result.append(", activeTo: ");
		result.append(activeTo);
		result.append(", targetFilter: ");
		result.append(targetFilter);
		result.append(", active: ");
		result.append(active);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", budgetShare: ");
		result.append(budgetShare);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
