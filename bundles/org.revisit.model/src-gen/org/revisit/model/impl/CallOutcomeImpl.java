/**
 */
package org.revisit.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.FollowUp;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordedValue;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Score;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call Outcome</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getAgent <em>Agent</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getDispositionCode <em>Disposition Code</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getRecordedValues <em>Recorded Values</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallOutcomeImpl#getCallbacks <em>Callbacks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallOutcomeImpl extends EntityImpl implements CallOutcome {
	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected CallTask task;

	/**
	 * The default value of the '{@link #getAgent() <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgent()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgent() <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgent()
	 * @generated
	 * @ordered
	 */
	protected String agent = AGENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ENDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected Date endedAt = ENDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDispositionCode() <em>Disposition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispositionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPOSITION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDispositionCode() <em>Disposition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispositionCode()
	 * @generated
	 * @ordered
	 */
	protected String dispositionCode = DISPOSITION_CODE_EDEFAULT;

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
	 * The cached value of the '{@link #getPath() <em>Path</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected EList<PathEntry> path;

	/**
	 * The cached value of the '{@link #getRecordedValues() <em>Recorded Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedValues()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordedValue> recordedValues;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUp> followUps;

	/**
	 * The cached value of the '{@link #getCallbacks() <em>Callbacks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbacks()
	 * @generated
	 * @ordered
	 */
	protected EList<Callback> callbacks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallOutcomeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.CALL_OUTCOME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallTask getTask() {
		if (task != null && task.eIsProxy()) {
			InternalEObject oldTask = (InternalEObject)task;
			task = (CallTask)eResolveProxy(oldTask);
			if (task != oldTask) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CALL_OUTCOME__TASK, oldTask, task));
			}
		}
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CallTask basicGetTask() {
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(CallTask newTask) {
		CallTask oldTask = task;
		task = newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgent() {
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgent(String newAgent) {
		String oldAgent = agent;
		agent = newAgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__AGENT, oldAgent, agent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(Date newEndedAt) {
		Date oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDispositionCode() {
		return dispositionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDispositionCode(String newDispositionCode) {
		String oldDispositionCode = dispositionCode;
		dispositionCode = newDispositionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__DISPOSITION_CODE, oldDispositionCode, dispositionCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__SCRIPT_ID, oldScriptId, scriptId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__SCRIPT_VERSION, oldScriptVersion, scriptVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PathEntry> getPath() {
		if (path == null) {
			path = new EObjectContainmentEList<PathEntry>(PathEntry.class, this, RevisitPackage.CALL_OUTCOME__PATH);
		}
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordedValue> getRecordedValues() {
		if (recordedValues == null) {
			recordedValues = new EObjectContainmentEList<RecordedValue>(RecordedValue.class, this, RevisitPackage.CALL_OUTCOME__RECORDED_VALUES);
		}
		return recordedValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_OUTCOME__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, RevisitPackage.CALL_OUTCOME__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUp> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUp>(FollowUp.class, this, RevisitPackage.CALL_OUTCOME__FOLLOW_UPS);
		}
		return followUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Callback> getCallbacks() {
		if (callbacks == null) {
			callbacks = new EObjectResolvingEList<Callback>(Callback.class, this, RevisitPackage.CALL_OUTCOME__CALLBACKS);
		}
		return callbacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RevisitPackage.CALL_OUTCOME__PATH:
				return ((InternalEList<?>)getPath()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CALL_OUTCOME__RECORDED_VALUES:
				return ((InternalEList<?>)getRecordedValues()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CALL_OUTCOME__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
			case RevisitPackage.CALL_OUTCOME__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
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
			case RevisitPackage.CALL_OUTCOME__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case RevisitPackage.CALL_OUTCOME__AGENT:
				return getAgent();
			case RevisitPackage.CALL_OUTCOME__STARTED_AT:
				return getStartedAt();
			case RevisitPackage.CALL_OUTCOME__ENDED_AT:
				return getEndedAt();
			case RevisitPackage.CALL_OUTCOME__DISPOSITION_CODE:
				return getDispositionCode();
			case RevisitPackage.CALL_OUTCOME__SCRIPT_ID:
				return getScriptId();
			case RevisitPackage.CALL_OUTCOME__SCRIPT_VERSION:
				return getScriptVersion();
			case RevisitPackage.CALL_OUTCOME__PATH:
				return getPath();
			case RevisitPackage.CALL_OUTCOME__RECORDED_VALUES:
				return getRecordedValues();
			case RevisitPackage.CALL_OUTCOME__NOTES:
				return getNotes();
			case RevisitPackage.CALL_OUTCOME__SCORES:
				return getScores();
			case RevisitPackage.CALL_OUTCOME__FOLLOW_UPS:
				return getFollowUps();
			case RevisitPackage.CALL_OUTCOME__CALLBACKS:
				return getCallbacks();
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
			case RevisitPackage.CALL_OUTCOME__TASK:
				setTask((CallTask)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__AGENT:
				setAgent((String)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__ENDED_AT:
				setEndedAt((Date)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__DISPOSITION_CODE:
				setDispositionCode((String)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__SCRIPT_ID:
				setScriptId((String)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__SCRIPT_VERSION:
				setScriptVersion((Integer)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__PATH:
				getPath().clear();
				getPath().addAll((Collection<? extends PathEntry>)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__RECORDED_VALUES:
				getRecordedValues().clear();
				getRecordedValues().addAll((Collection<? extends RecordedValue>)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__NOTES:
				setNotes((String)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUp>)newValue);
				return;
			case RevisitPackage.CALL_OUTCOME__CALLBACKS:
				getCallbacks().clear();
				getCallbacks().addAll((Collection<? extends Callback>)newValue);
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
			case RevisitPackage.CALL_OUTCOME__TASK:
				setTask((CallTask)null);
				return;
			case RevisitPackage.CALL_OUTCOME__AGENT:
				setAgent(AGENT_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__DISPOSITION_CODE:
				setDispositionCode(DISPOSITION_CODE_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__SCRIPT_ID:
				setScriptId(SCRIPT_ID_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__SCRIPT_VERSION:
				setScriptVersion(SCRIPT_VERSION_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__PATH:
				getPath().clear();
				return;
			case RevisitPackage.CALL_OUTCOME__RECORDED_VALUES:
				getRecordedValues().clear();
				return;
			case RevisitPackage.CALL_OUTCOME__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case RevisitPackage.CALL_OUTCOME__SCORES:
				getScores().clear();
				return;
			case RevisitPackage.CALL_OUTCOME__FOLLOW_UPS:
				getFollowUps().clear();
				return;
			case RevisitPackage.CALL_OUTCOME__CALLBACKS:
				getCallbacks().clear();
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
			case RevisitPackage.CALL_OUTCOME__TASK:
				return task != null;
			case RevisitPackage.CALL_OUTCOME__AGENT:
				return AGENT_EDEFAULT == null ? agent != null : !AGENT_EDEFAULT.equals(agent);
			case RevisitPackage.CALL_OUTCOME__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case RevisitPackage.CALL_OUTCOME__ENDED_AT:
				return ENDED_AT_EDEFAULT == null ? endedAt != null : !ENDED_AT_EDEFAULT.equals(endedAt);
			case RevisitPackage.CALL_OUTCOME__DISPOSITION_CODE:
				return DISPOSITION_CODE_EDEFAULT == null ? dispositionCode != null : !DISPOSITION_CODE_EDEFAULT.equals(dispositionCode);
			case RevisitPackage.CALL_OUTCOME__SCRIPT_ID:
				return SCRIPT_ID_EDEFAULT == null ? scriptId != null : !SCRIPT_ID_EDEFAULT.equals(scriptId);
			case RevisitPackage.CALL_OUTCOME__SCRIPT_VERSION:
				return scriptVersion != SCRIPT_VERSION_EDEFAULT;
			case RevisitPackage.CALL_OUTCOME__PATH:
				return path != null && !path.isEmpty();
			case RevisitPackage.CALL_OUTCOME__RECORDED_VALUES:
				return recordedValues != null && !recordedValues.isEmpty();
			case RevisitPackage.CALL_OUTCOME__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case RevisitPackage.CALL_OUTCOME__SCORES:
				return scores != null && !scores.isEmpty();
			case RevisitPackage.CALL_OUTCOME__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
			case RevisitPackage.CALL_OUTCOME__CALLBACKS:
				return callbacks != null && !callbacks.isEmpty();
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
		result.append(" (agent: ");
		result.append(agent);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", dispositionCode: ");
		result.append(dispositionCode);
		result.append(", scriptId: ");
		result.append(scriptId);
		result.append(", scriptVersion: ");
		result.append(scriptVersion);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //CallOutcomeImpl
