/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.revisit.model.RevisitPackage;
import org.revisit.model.TargetLeftCompany;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Left Company</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TargetLeftCompanyImpl extends ActionImpl implements TargetLeftCompany {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetLeftCompanyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.TARGET_LEFT_COMPANY;
	}

} //TargetLeftCompanyImpl
