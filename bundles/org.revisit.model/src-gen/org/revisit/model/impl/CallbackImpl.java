/**
 */
package org.revisit.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitPackage;
import org.revisit.model.ServiceEvent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Callback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getDueAt <em>Due At</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#getServiceEvent <em>Service Event</em>}</li>
 *   <li>{@link org.revisit.model.impl.CallbackImpl#isDone <em>Done</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CallbackImpl extends EntityImpl implements Callback {
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
	 * The default value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueAt() <em>Due At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueAt()
	 * @generated
	 * @ordered
	 */
	protected Date dueAt = DUE_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

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
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final CallbackSource SOURCE_EDEFAULT = CallbackSource.COMPLAINT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected CallbackSource source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServiceEvent() <em>Service Event</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceEvent()
	 * @generated
	 * @ordered
	 */
	protected ServiceEvent serviceEvent;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CallbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.CALLBACK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CALLBACK__CONTACT, oldContact, contact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueAt() {
		return dueAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueAt(Date newDueAt) {
		Date oldDueAt = dueAt;
		dueAt = newDueAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__DUE_AT, oldDueAt, dueAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallbackSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(CallbackSource newSource) {
		CallbackSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceEvent getServiceEvent() {
		if (serviceEvent != null && serviceEvent.eIsProxy()) {
			InternalEObject oldServiceEvent = (InternalEObject)serviceEvent;
			serviceEvent = (ServiceEvent)eResolveProxy(oldServiceEvent);
			if (serviceEvent != oldServiceEvent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.CALLBACK__SERVICE_EVENT, oldServiceEvent, serviceEvent));
			}
		}
		return serviceEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceEvent basicGetServiceEvent() {
		return serviceEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceEvent(ServiceEvent newServiceEvent) {
		ServiceEvent oldServiceEvent = serviceEvent;
		serviceEvent = newServiceEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__SERVICE_EVENT, oldServiceEvent, serviceEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.CALLBACK__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.CALLBACK__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case RevisitPackage.CALLBACK__DUE_AT:
				return getDueAt();
			case RevisitPackage.CALLBACK__OWNER:
				return getOwner();
			case RevisitPackage.CALLBACK__REASON:
				return getReason();
			case RevisitPackage.CALLBACK__SOURCE:
				return getSource();
			case RevisitPackage.CALLBACK__SERVICE_EVENT:
				if (resolve) return getServiceEvent();
				return basicGetServiceEvent();
			case RevisitPackage.CALLBACK__DONE:
				return isDone();
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
			case RevisitPackage.CALLBACK__CONTACT:
				setContact((Contact)newValue);
				return;
			case RevisitPackage.CALLBACK__DUE_AT:
				setDueAt((Date)newValue);
				return;
			case RevisitPackage.CALLBACK__OWNER:
				setOwner((String)newValue);
				return;
			case RevisitPackage.CALLBACK__REASON:
				setReason((String)newValue);
				return;
			case RevisitPackage.CALLBACK__SOURCE:
				setSource((CallbackSource)newValue);
				return;
			case RevisitPackage.CALLBACK__SERVICE_EVENT:
				setServiceEvent((ServiceEvent)newValue);
				return;
			case RevisitPackage.CALLBACK__DONE:
				setDone((Boolean)newValue);
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
			case RevisitPackage.CALLBACK__CONTACT:
				setContact((Contact)null);
				return;
			case RevisitPackage.CALLBACK__DUE_AT:
				setDueAt(DUE_AT_EDEFAULT);
				return;
			case RevisitPackage.CALLBACK__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case RevisitPackage.CALLBACK__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case RevisitPackage.CALLBACK__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case RevisitPackage.CALLBACK__SERVICE_EVENT:
				setServiceEvent((ServiceEvent)null);
				return;
			case RevisitPackage.CALLBACK__DONE:
				setDone(DONE_EDEFAULT);
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
			case RevisitPackage.CALLBACK__CONTACT:
				return contact != null;
			case RevisitPackage.CALLBACK__DUE_AT:
				return DUE_AT_EDEFAULT == null ? dueAt != null : !DUE_AT_EDEFAULT.equals(dueAt);
			case RevisitPackage.CALLBACK__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case RevisitPackage.CALLBACK__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case RevisitPackage.CALLBACK__SOURCE:
				return source != SOURCE_EDEFAULT;
			case RevisitPackage.CALLBACK__SERVICE_EVENT:
				return serviceEvent != null;
			case RevisitPackage.CALLBACK__DONE:
				return done != DONE_EDEFAULT;
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
		result.append(" (dueAt: ");
		result.append(dueAt);
		result.append(", owner: ");
		result.append(owner);
		result.append(", reason: ");
		result.append(reason);
		result.append(", source: ");
		result.append(source);
		result.append(", done: ");
		result.append(done);
		result.append(')');
		return result.toString();
	}

} //CallbackImpl
