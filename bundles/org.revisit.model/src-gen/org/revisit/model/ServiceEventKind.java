/**
 */
package org.revisit.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Service Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.revisit.model.RevisitPackage#getServiceEventKind()
 * @model
 * @generated
 */
public enum ServiceEventKind implements Enumerator {
	/**
	 * The '<em><b>PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	PURCHASE(0, "PURCHASE", "PURCHASE"),

	/**
	 * The '<em><b>HOTLINE TICKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_TICKET_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE_TICKET(1, "HOTLINE_TICKET", "HOTLINE_TICKET"),

	/**
	 * The '<em><b>ONSITE VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONSITE_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	ONSITE_VISIT(2, "ONSITE_VISIT", "ONSITE_VISIT"),

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(3, "TRAINING", "TRAINING"),

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT(4, "COMPLAINT", "COMPLAINT");

	/**
	 * The '<em><b>PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURCHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PURCHASE_VALUE = 0;

	/**
	 * The '<em><b>HOTLINE TICKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_TICKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_TICKET_VALUE = 1;

	/**
	 * The '<em><b>ONSITE VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONSITE_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONSITE_VISIT_VALUE = 2;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 3;

	/**
	 * The '<em><b>COMPLAINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Service Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceEventKind[] VALUES_ARRAY =
		new ServiceEventKind[] {
			PURCHASE,
			HOTLINE_TICKET,
			ONSITE_VISIT,
			TRAINING,
			COMPLAINT,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceEventKind get(int value) {
		switch (value) {
			case PURCHASE_VALUE: return PURCHASE;
			case HOTLINE_TICKET_VALUE: return HOTLINE_TICKET;
			case ONSITE_VISIT_VALUE: return ONSITE_VISIT;
			case TRAINING_VALUE: return TRAINING;
			case COMPLAINT_VALUE: return COMPLAINT;
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
	private ServiceEventKind(int value, String name, String literal) {
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
	
} //ServiceEventKind
