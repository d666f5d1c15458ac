/**
 */
package org.revisit.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.AuditEntry#getWho <em>Who</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getAt <em>At</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getEntityType <em>Entity Type</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getEntityId <em>Entity Id</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getField <em>Field</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getOldValue <em>Old Value</em>}</li>
 *   <li>{@link org.revisit.model.AuditEntry#getNewValue <em>New Value</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getAuditEntry()
 * @model
 * @generated
 */
public interface AuditEntry extends Entity {
	/**
	 * Returns the value of the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Who</em>' attribute.
	 * @see #setWho(String)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_Who()
	 * @model
	 * @generated
	 */
	String getWho();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getWho <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who</em>' attribute.
	 * @see #getWho()
	 * @generated
	 */
	void setWho(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Entity Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Type</em>' attribute.
	 * @see #setEntityType(String)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_EntityType()
	 * @model
	 * @generated
	 */
	String getEntityType();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getEntityType <em>Entity Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Type</em>' attribute.
	 * @see #getEntityType()
	 * @generated
	 */
	void setEntityType(String value);

	/**
	 * Returns the value of the '<em><b>Entity Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Id</em>' attribute.
	 * @see #setEntityId(long)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_EntityId()
	 * @model
	 * @generated
	 */
	long getEntityId();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getEntityId <em>Entity Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Id</em>' attribute.
	 * @see #getEntityId()
	 * @generated
	 */
	void setEntityId(long value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Value</em>' attribute.
	 * @see #setOldValue(String)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_OldValue()
	 * @model
	 * @generated
	 */
	String getOldValue();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getOldValue <em>Old Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Value</em>' attribute.
	 * @see #getOldValue()
	 * @generated
	 */
	void setOldValue(String value);

	/**
	 * Returns the value of the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Value</em>' attribute.
	 * @see #setNewValue(String)
	 * @see org.revisit.model.RevisitPackage#getAuditEntry_NewValue()
	 * @model
	 * @generated
	 */
	String getNewValue();

	/**
	 * Sets the value of the '{@link org.revisit.model.AuditEntry#getNewValue <em>New Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Value</em>' attribute.
	 * @see #getNewValue()
	 * @generated
	 */
	void setNewValue(String value);

} // AuditEntry
