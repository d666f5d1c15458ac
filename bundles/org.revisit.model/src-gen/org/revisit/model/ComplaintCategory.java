/**
 */
package org.revisit.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Complaint Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.revisit.model.RevisitPackage#getComplaintCategory()
 * @model
 * @generated
 */
public enum ComplaintCategory implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>SERVICE DELAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_DELAY_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_DELAY(1, "SERVICE_DELAY", "SERVICE_DELAY"),

	/**
	 * The '<em><b>SERVICE QUALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_QUALITY_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_QUALITY(2, "SERVICE_QUALITY", "SERVICE_QUALITY"),

	/**
	 * The '<em><b>ATTITUDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTITUDE_VALUE
	 * @generated
	 * @ordered
	 */
	ATTITUDE(3, "ATTITUDE", "ATTITUDE"),

	/**
	 * The '<em><b>CONDUCT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDUCT_VALUE
	 * @generated
	 * @ordered
	 */
	CONDUCT(4, "CONDUCT", "CONDUCT"),

	/**
	 * The '<em><b>FEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEES_VALUE
	 * @generated
	 * @ordered
	 */
	FEES(5, "FEES", "FEES"),

	/**
	 * The '<em><b>PRODUCT FAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_FAULT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_FAULT(6, "PRODUCT_FAULT", "PRODUCT_FAULT"),

	/**
	 * The '<em><b>PRESALES OVERPROMISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESALES_OVERPROMISE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESALES_OVERPROMISE(7, "PRESALES_OVERPROMISE", "PRESALES_OVERPROMISE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>SERVICE DELAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_DELAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_DELAY_VALUE = 1;

	/**
	 * The '<em><b>SERVICE QUALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_QUALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_QUALITY_VALUE = 2;

	/**
	 * The '<em><b>ATTITUDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTITUDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATTITUDE_VALUE = 3;

	/**
	 * The '<em><b>CONDUCT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDUCT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONDUCT_VALUE = 4;

	/**
	 * The '<em><b>FEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEES_VALUE = 5;

	/**
	 * The '<em><b>PRODUCT FAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_FAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_FAULT_VALUE = 6;

	/**
	 * The '<em><b>PRESALES OVERPROMISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESALES_OVERPROMISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESALES_OVERPROMISE_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Complaint Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplaintCategory[] VALUES_ARRAY =
		new ComplaintCategory[] {
			NONE,
			SERVICE_DELAY,
			SERVICE_QUALITY,
			ATTITUDE,
			CONDUCT,
			FEES,
			PRODUCT_FAULT,
			PRESALES_OVERPROMISE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Complaint Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplaintCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Complaint Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintCategory get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case SERVICE_DELAY_VALUE: return SERVICE_DELAY;
			case SERVICE_QUALITY_VALUE: return SERVICE_QUALITY;
			case ATTITUDE_VALUE: return ATTITUDE;
			case CONDUCT_VALUE: return CONDUCT;
			case FEES_VALUE: return FEES;
			case PRODUCT_FAULT_VALUE: return PRODUCT_FAULT;
			case PRESALES_OVERPROMISE_VALUE: return PRESALES_OVERPROMISE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ComplaintCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ComplaintCategory
