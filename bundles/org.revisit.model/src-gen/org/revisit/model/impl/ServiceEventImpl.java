/**
 */
package org.revisit.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.RevisitPackage;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getEngineer <em>Engineer</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getExternalRef <em>External Ref</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getComplaintCategory <em>Complaint Category</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.revisit.model.impl.ServiceEventImpl#isResolved <em>Resolved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceEventImpl extends EntityImpl implements ServiceEvent {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceEventKind KIND_EDEFAULT = ServiceEventKind.PURCHASE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ServiceEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date OCCURRED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected Date occurredAt = OCCURRED_AT_EDEFAULT;

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
	 * The default value of the '{@link #getEngineer() <em>Engineer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineer()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINEER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineer() <em>Engineer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineer()
	 * @generated
	 * @ordered
	 */
	protected String engineer = ENGINEER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalRef() <em>External Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalRef()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalRef() <em>External Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalRef()
	 * @generated
	 * @ordered
	 */
	protected String externalRef = EXTERNAL_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplaintCategory() <em>Complaint Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaintCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintCategory COMPLAINT_CATEGORY_EDEFAULT = ComplaintCategory.NONE;

	/**
	 * The cached value of the '{@link #getComplaintCategory() <em>Complaint Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaintCategory()
	 * @generated
	 * @ordered
	 */
	protected ComplaintCategory complaintCategory = COMPLAINT_CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintSeverity SEVERITY_EDEFAULT = ComplaintSeverity.NONE;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected ComplaintSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESOLVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResolved()
	 * @generated
	 * @ordered
	 */
	protected boolean resolved = RESOLVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.SERVICE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ServiceEventKind newKind) {
		ServiceEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOccurredAt() {
		return occurredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccurredAt(Date newOccurredAt) {
		Date oldOccurredAt = occurredAt;
		occurredAt = newOccurredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__OCCURRED_AT, oldOccurredAt, occurredAt));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RevisitPackage.SERVICE_EVENT__CONTACT, oldContact, contact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineer() {
		return engineer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineer(String newEngineer) {
		String oldEngineer = engineer;
		engineer = newEngineer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__ENGINEER, oldEngineer, engineer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalRef() {
		return externalRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalRef(String newExternalRef) {
		String oldExternalRef = externalRef;
		externalRef = newExternalRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__EXTERNAL_REF, oldExternalRef, externalRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintCategory getComplaintCategory() {
		return complaintCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaintCategory(ComplaintCategory newComplaintCategory) {
		ComplaintCategory oldComplaintCategory = complaintCategory;
		complaintCategory = newComplaintCategory == null ? COMPLAINT_CATEGORY_EDEFAULT : newComplaintCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__COMPLAINT_CATEGORY, oldComplaintCategory, complaintCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(ComplaintSeverity newSeverity) {
		ComplaintSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResolved() {
		return resolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolved(boolean newResolved) {
		boolean oldResolved = resolved;
		resolved = newResolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RevisitPackage.SERVICE_EVENT__RESOLVED, oldResolved, resolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RevisitPackage.SERVICE_EVENT__KIND:
				return getKind();
			case RevisitPackage.SERVICE_EVENT__OCCURRED_AT:
				return getOccurredAt();
			case RevisitPackage.SERVICE_EVENT__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case RevisitPackage.SERVICE_EVENT__ENGINEER:
				return getEngineer();
			case RevisitPackage.SERVICE_EVENT__SUBJECT:
				return getSubject();
			case RevisitPackage.SERVICE_EVENT__EXTERNAL_REF:
				return getExternalRef();
			case RevisitPackage.SERVICE_EVENT__COMPLAINT_CATEGORY:
				return getComplaintCategory();
			case RevisitPackage.SERVICE_EVENT__SEVERITY:
				return getSeverity();
			case RevisitPackage.SERVICE_EVENT__RESOLVED:
				return isResolved();
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
			case RevisitPackage.SERVICE_EVENT__KIND:
				setKind((ServiceEventKind)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__OCCURRED_AT:
				setOccurredAt((Date)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__CONTACT:
				setContact((Contact)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__ENGINEER:
				setEngineer((String)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__SUBJECT:
				setSubject((String)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__EXTERNAL_REF:
				setExternalRef((String)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__COMPLAINT_CATEGORY:
				setComplaintCategory((ComplaintCategory)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__SEVERITY:
				setSeverity((ComplaintSeverity)newValue);
				return;
			case RevisitPackage.SERVICE_EVENT__RESOLVED:
				setResolved((Boolean)newValue);
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
			case RevisitPackage.SERVICE_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__OCCURRED_AT:
				setOccurredAt(OCCURRED_AT_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__CONTACT:
				setContact((Contact)null);
				return;
			case RevisitPackage.SERVICE_EVENT__ENGINEER:
				setEngineer(ENGINEER_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__EXTERNAL_REF:
				setExternalRef(EXTERNAL_REF_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__COMPLAINT_CATEGORY:
				setComplaintCategory(COMPLAINT_CATEGORY_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case RevisitPackage.SERVICE_EVENT__RESOLVED:
				setResolved(RESOLVED_EDEFAULT);
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
			case RevisitPackage.SERVICE_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case RevisitPackage.SERVICE_EVENT__OCCURRED_AT:
				return OCCURRED_AT_EDEFAULT == null ? occurredAt != null : !OCCURRED_AT_EDEFAULT.equals(occurredAt);
			case RevisitPackage.SERVICE_EVENT__CONTACT:
				return contact != null;
			case RevisitPackage.SERVICE_EVENT__ENGINEER:
				return ENGINEER_EDEFAULT == null ? engineer != null : !ENGINEER_EDEFAULT.equals(engineer);
			case RevisitPackage.SERVICE_EVENT__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case RevisitPackage.SERVICE_EVENT__EXTERNAL_REF:
				return EXTERNAL_REF_EDEFAULT == null ? externalRef != null : !EXTERNAL_REF_EDEFAULT.equals(externalRef);
			case RevisitPackage.SERVICE_EVENT__COMPLAINT_CATEGORY:
				return complaintCategory != COMPLAINT_CATEGORY_EDEFAULT;
			case RevisitPackage.SERVICE_EVENT__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case RevisitPackage.SERVICE_EVENT__RESOLVED:
				return resolved != RESOLVED_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", occurredAt: ");
		result.append(occurredAt);
		result.append(", engineer: ");
		result.append(engineer);
		result.append(", subject: ");
		result.append(subject);
		result.append(", externalRef: ");
		result.append(externalRef);
		result.append(", complaintCategory: ");
		result.append(complaintCategory);
		result.append(", severity: ");
		result.append(severity);
		result.append(", resolved: ");
		result.append(resolved);
		result.append(')');
		return result.toString();
	}

} //ServiceEventImpl
