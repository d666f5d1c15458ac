/**
 */
package org.revisit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.RecordField#getFieldName <em>Field Name</em>}</li>
 *   <li>{@link org.revisit.model.RecordField#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getRecordField()
 * @model
 * @generated
 */
public interface RecordField extends Action {
	/**
	 * Returns the value of the '<em><b>Field Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Name</em>' attribute.
	 * @see #setFieldName(String)
	 * @see org.revisit.model.RevisitPackage#getRecordField_FieldName()
	 * @model
	 * @generated
	 */
	String getFieldName();

	/**
	 * Sets the value of the '{@link org.revisit.model.RecordField#getFieldName <em>Field Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Name</em>' attribute.
	 * @see #getFieldName()
	 * @generated
	 */
	void setFieldName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.revisit.model.RecordKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.RecordKind
	 * @see #setKind(RecordKind)
	 * @see org.revisit.model.RevisitPackage#getRecordField_Kind()
	 * @model
	 * @generated
	 */
	RecordKind getKind();

	/**
	 * Sets the value of the '{@link org.revisit.model.RecordField#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.revisit.model.RecordKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RecordKind value);

} // RecordField
