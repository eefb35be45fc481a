/**
 */
package com.example.marswb.vss;

import marswb.model.server.ServerPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Volume Shadow Copy Service writers of a server, as vssadmin list writers reported them.
 * <!-- end-model-doc -->
 * @see com.example.marswb.vss.VssFactory
 * @model kind="package"
 * @generated
 */
public interface VssPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "vss";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://example.com/marswb/vss/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "vss";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VssPackage eINSTANCE = com.example.marswb.vss.impl.VssPackageImpl.init();

	/**
	 * The meta object id for the '{@link com.example.marswb.vss.impl.VssWriterImpl <em>Writer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.example.marswb.vss.impl.VssWriterImpl
	 * @see com.example.marswb.vss.impl.VssPackageImpl#getVssWriter()
	 * @generated
	 */
	int VSS_WRITER = 0;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__ORIGINS = ServerPackage.LOCATED__ORIGINS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__NAME = ServerPackage.LOCATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Writer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__WRITER_ID = ServerPackage.LOCATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__INSTANCE_ID = ServerPackage.LOCATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>State Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__STATE_CODE = ServerPackage.LOCATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__STATE = ServerPackage.LOCATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Last Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER__LAST_ERROR = ServerPackage.LOCATED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Writer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER_FEATURE_COUNT = ServerPackage.LOCATED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Writer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VSS_WRITER_OPERATION_COUNT = ServerPackage.LOCATED_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link com.example.marswb.vss.VssWriter <em>Writer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Writer</em>'.
	 * @see com.example.marswb.vss.VssWriter
	 * @generated
	 */
	EClass getVssWriter();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see com.example.marswb.vss.VssWriter#getName()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_Name();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getWriterId <em>Writer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writer Id</em>'.
	 * @see com.example.marswb.vss.VssWriter#getWriterId()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_WriterId();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getInstanceId <em>Instance Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Id</em>'.
	 * @see com.example.marswb.vss.VssWriter#getInstanceId()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_InstanceId();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getStateCode <em>State Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Code</em>'.
	 * @see com.example.marswb.vss.VssWriter#getStateCode()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_StateCode();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see com.example.marswb.vss.VssWriter#getState()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_State();

	/**
	 * Returns the meta object for the attribute '{@link com.example.marswb.vss.VssWriter#getLastError <em>Last Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Error</em>'.
	 * @see com.example.marswb.vss.VssWriter#getLastError()
	 * @see #getVssWriter()
	 * @generated
	 */
	EAttribute getVssWriter_LastError();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VssFactory getVssFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link com.example.marswb.vss.impl.VssWriterImpl <em>Writer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.example.marswb.vss.impl.VssWriterImpl
		 * @see com.example.marswb.vss.impl.VssPackageImpl#getVssWriter()
		 * @generated
		 */
		EClass VSS_WRITER = eINSTANCE.getVssWriter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__NAME = eINSTANCE.getVssWriter_Name();

		/**
		 * The meta object literal for the '<em><b>Writer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__WRITER_ID = eINSTANCE.getVssWriter_WriterId();

		/**
		 * The meta object literal for the '<em><b>Instance Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__INSTANCE_ID = eINSTANCE.getVssWriter_InstanceId();

		/**
		 * The meta object literal for the '<em><b>State Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__STATE_CODE = eINSTANCE.getVssWriter_StateCode();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__STATE = eINSTANCE.getVssWriter_State();

		/**
		 * The meta object literal for the '<em><b>Last Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VSS_WRITER__LAST_ERROR = eINSTANCE.getVssWriter_LastError();

	}

} //VssPackage
