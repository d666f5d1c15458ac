/**
 */
package org.revisit.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.revisit.model.CallTask;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RevisitPackage;
import org.revisit.model.TaskState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getCallTypeId <em>Call Type Id</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getDueFrom <em>Due From</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getDueTo <em>Due To</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getState <em>State</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getLeaseOwner <em>Lease Owner</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getLeaseExpiry <em>Lease Expiry</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallTaskImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallTaskImpl extends EntityImpl implements CallTask {
	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

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
	 * The default value of the '{@link #getDueFrom() <em>Due From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueFrom() <em>Due From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueFrom()
	 * @generated
	 * @ordered
	 */
	protected Date dueFrom = DUE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueTo() <em>Due To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueTo() <em>Due To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueTo()
	 * @generated
	 * @ordered
	 */
	protected Date dueTo = DUE_TO_EDEFAULT;

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
	 * The default value of the '{@link #getAttempts() <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTEMPTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttempts() <em>Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected int attempts = ATTEMPTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final TaskState STATE_EDEFAULT = TaskState.PLANNED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected TaskState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseOwner() <em>Lease Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String LEASE_OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaseOwner() <em>Lease Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseOwner()
	 * @generated
	 * @ordered
	 */
	protected String leaseOwner = LEASE_OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseExpiry() <em>Lease Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final Date LEASE_EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeaseExpiry() <em>Lease Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseExpiry()
	 * @generated
	 * @ordered
	 */
	protected Date leaseExpiry = LEASE_EXPIRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.CALL_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		if (contact != null && contact.eIsProxy()) {
			InternalEObject oldContact = (InternalEObject)contact;
			contact = (Contact)eResolveProxy(oldContact);
			if (contact != oldContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CALL_TASK__CONTACT, oldContact, contact));
			}
		}
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Contact newContact) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CALL_TASK__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__CALL_TYPE_ID, oldCallTypeId, callTypeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueFrom() {
		return dueFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueFrom(Date newDueFrom) {
		Date oldDueFrom = dueFrom;
		dueFrom = newDueFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__DUE_FROM, oldDueFrom, dueFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueTo() {
		return dueTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueTo(Date newDueTo) {
		Date oldDueTo = dueTo;
		dueTo = newDueTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__DUE_TO, oldDueTo, dueTo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttempts() {
		return attempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttempts(int newAttempts) {
		int oldAttempts = attempts;
		attempts = newAttempts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__ATTEMPTS, oldAttempts, attempts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(TaskState newState) {
		TaskState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeaseOwner() {
		return leaseOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseOwner(String newLeaseOwner) {
		String oldLeaseOwner = leaseOwner;
		leaseOwner = newLeaseOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__LEASE_OWNER, oldLeaseOwner, leaseOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLeaseExpiry() {
		return leaseExpiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseExpiry(Date newLeaseExpiry) {
		Date oldLeaseExpiry = leaseExpiry;
		leaseExpiry = newLeaseExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__LEASE_EXPIRY, oldLeaseExpiry, leaseExpiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALL_TASK__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.CALL_TASK__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case RevisitPackage.CALL_TASK__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case RevisitPackage.CALL_TASK__CALL_TYPE_ID:
				return getCallTypeId();
			case RevisitPackage.CALL_TASK__DUE_FROM:
				return getDueFrom();
			case RevisitPackage.CALL_TASK__DUE_TO:
				return getDueTo();
			case RevisitPackage.CALL_TASK__PRIORITY:
				return getPriority();
			case RevisitPackage.CALL_TASK__ATTEMPTS:
				return getAttempts();
			case RevisitPackage.CALL_TASK__STATE:
				return getState();
			case RevisitPackage.CALL_TASK__LEASE_OWNER:
				return getLeaseOwner();
			case RevisitPackage.CALL_TASK__LEASE_EXPIRY:
				return getLeaseExpiry();
			case RevisitPackage.CALL_TASK__REASON:
				return getReason();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RevisitPackage.CALL_TASK__CONTACT:
				setContact((Contact)newValue);
				return;
			case RevisitPackage.CALL_TASK__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case RevisitPackage.CALL_TASK__CALL_TYPE_ID:
				setCallTypeId((String)newValue);
				return;
			case RevisitPackage.CALL_TASK__DUE_FROM:
				setDueFrom((Date)newValue);
				return;
			case RevisitPackage.CALL_TASK__DUE_TO:
				setDueTo((Date)newValue);
				return;
			case RevisitPackage.CALL_TASK__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case RevisitPackage.CALL_TASK__ATTEMPTS:
				setAttempts((Integer)newValue);
				return;
			case RevisitPackage.CALL_TASK__STATE:
				setState((TaskState)newValue);
				return;
			case RevisitPackage.CALL_TASK__LEASE_OWNER:
				setLeaseOwner((String)newValue);
				return;
			case RevisitPackage.CALL_TASK__LEASE_EXPIRY:
				setLeaseExpiry((Date)newValue);
				return;
			case RevisitPackage.CALL_TASK__REASON:
				setReason((String)newValue);
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
			case RevisitPackage.CALL_TASK__CONTACT:
				setContact((Contact)null);
				return;
			case RevisitPackage.CALL_TASK__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case RevisitPackage.CALL_TASK__CALL_TYPE_ID:
				setCallTypeId(CALL_TYPE_ID_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__DUE_FROM:
				setDueFrom(DUE_FROM_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__DUE_TO:
				setDueTo(DUE_TO_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__ATTEMPTS:
				setAttempts(ATTEMPTS_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__STATE:
				setState(STATE_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__LEASE_OWNER:
				setLeaseOwner(LEASE_OWNER_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__LEASE_EXPIRY:
				setLeaseExpiry(LEASE_EXPIRY_EDEFAULT);
				return;
			case RevisitPackage.CALL_TASK__REASON:
				setReason(REASON_EDEFAULT);
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
			case RevisitPackage.CALL_TASK__CONTACT:
				return contact != null;
			case RevisitPackage.CALL_TASK__CAMPAIGN:
				return campaign != null;
			case RevisitPackage.CALL_TASK__CALL_TYPE_ID:
				return CALL_TYPE_ID_EDEFAULT == null ? callTypeId != null : !CALL_TYPE_ID_EDEFAULT.equals(callTypeId);
			case RevisitPackage.CALL_TASK__DUE_FROM:
				return DUE_FROM_EDEFAULT == null ? dueFrom != null : !DUE_FROM_EDEFAULT.equals(dueFrom);
			case RevisitPackage.CALL_TASK__DUE_TO:
				return DUE_TO_EDEFAULT == null ? dueTo != null : !DUE_TO_EDEFAULT.equals(dueTo);
			case RevisitPackage.CALL_TASK__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case RevisitPackage.CALL_TASK__ATTEMPTS:
				return attempts != ATTEMPTS_EDEFAULT;
			case RevisitPackage.CALL_TASK__STATE:
				return state != STATE_EDEFAULT;
			case RevisitPackage.CALL_TASK__LEASE_OWNER:
				return LEASE_OWNER_EDEFAULT == null ? leaseOwner != null : !LEASE_OWNER_EDEFAULT.equals(leaseOwner);
			case RevisitPackage.CALL_TASK__LEASE_EXPIRY:
				return LEASE_EXPIRY_EDEFAULT == null ? leaseExpiry != null : !LEASE_EXPIRY_EDEFAULT.equals(leaseExpiry);
			case RevisitPackage.CALL_TASK__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(", dueFrom: ");
		result.append(dueFrom);
		result.append(", dueTo: ");
		result.append(dueTo);
		result.append(", priority: ");
		result.append(priority);
		result.append(", attempts: ");
		result.append(attempts);
		result.append(", state: ");
		result.append(state);
		result.append(", leaseOwner: ");
		result.append(leaseOwner);
		result.append(", leaseExpiry: ");
		result.append(leaseExpiry);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //CallTaskImpl
