/**
 */
package org.revisit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.revisit.model.AgreeCallback;
import org.revisit.model.RevisitPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agree Callback</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AgreeCallbackImpl extends ActionImpl implements AgreeCallback {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreeCallbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RevisitPackage.Literals.AGREE_CALLBACK;
	}

} //AgreeCallbackImpl
