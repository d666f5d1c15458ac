/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.revisit.model.RevisitPackage;
import org.revisit.model.TargetAbsent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Absent</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TargetAbsentImpl extends ActionImpl implements TargetAbsent {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetAbsentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.TARGET_ABSENT;
	}

} //TargetAbsentImpl
