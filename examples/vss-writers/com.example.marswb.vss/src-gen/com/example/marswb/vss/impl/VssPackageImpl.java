/**
 */
package com.example.marswb.vss.impl;

import com.example.marswb.vss.VssFactory;
import com.example.marswb.vss.VssPackage;
import com.example.marswb.vss.VssWriter;

import marswb.model.server.ServerPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VssPackageImpl extends EPackageImpl implements VssPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vssWriterEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see com.example.marswb.vss.VssPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private VssPackageImpl() {
		super(eNS_URI, VssFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link VssPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static VssPackage init() {
		if (isInited) return (VssPackage)EPackage.Registry.INSTANCE.getEPackage(VssPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredVssPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		VssPackageImpl theVssPackage = registeredVssPackage instanceof VssPackageImpl ? (VssPackageImpl)registeredVssPackage : new VssPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ServerPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theVssPackage.createPackageContents();

		// Initialize created meta-data
		theVssPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theVssPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(VssPackage.eNS_URI, theVssPackage);
		return theVssPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVssWriter() {
		return vssWriterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_Name() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_WriterId() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_InstanceId() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_StateCode() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_State() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVssWriter_LastError() {
		return (EAttribute)vssWriterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VssFactory getVssFactory() {
		return (VssFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		vssWriterEClass = createEClass(VSS_WRITER);
		createEAttribute(vssWriterEClass, VSS_WRITER__NAME);
		createEAttribute(vssWriterEClass, VSS_WRITER__WRITER_ID);
		createEAttribute(vssWriterEClass, VSS_WRITER__INSTANCE_ID);
		createEAttribute(vssWriterEClass, VSS_WRITER__STATE_CODE);
		createEAttribute(vssWriterEClass, VSS_WRITER__STATE);
		createEAttribute(vssWriterEClass, VSS_WRITER__LAST_ERROR);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ServerPackage theServerPackage = (ServerPackage)EPackage.Registry.INSTANCE.getEPackage(ServerPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		vssWriterEClass.getESuperTypes().add(theServerPackage.getLocated());

		// Initialize classes, features, and operations; add parameters
		initEClass(vssWriterEClass, VssWriter.class, "VssWriter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVssWriter_Name(), ecorePackage.getEString(), "name", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVssWriter_WriterId(), ecorePackage.getEString(), "writerId", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVssWriter_InstanceId(), ecorePackage.getEString(), "instanceId", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVssWriter_StateCode(), ecorePackage.getEIntegerObject(), "stateCode", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVssWriter_State(), ecorePackage.getEString(), "state", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVssWriter_LastError(), ecorePackage.getEString(), "lastError", null, 0, 1, VssWriter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "The Volume Shadow Copy Service writers of a server, as vssadmin list writers reported them."
		   });
		addAnnotation
		  (vssWriterEClass,
		   source,
		   new String[] {
			   "documentation", "One \'Writer name:\' block of vssadmin list writers."
		   });
		addAnnotation
		  (getVssWriter_Name(),
		   source,
		   new String[] {
			   "documentation", "The writer\'s name without its quotes, e.g. System Writer."
		   });
		addAnnotation
		  (getVssWriter_WriterId(),
		   source,
		   new String[] {
			   "documentation", "Writer Id: the GUID of the writer class, the same on every server."
		   });
		addAnnotation
		  (getVssWriter_InstanceId(),
		   source,
		   new String[] {
			   "documentation", "Writer Instance Id: the GUID of this running instance."
		   });
		addAnnotation
		  (getVssWriter_StateCode(),
		   source,
		   new String[] {
			   "documentation", "The number in brackets of the State line (VSS_WRITER_STATE: 1 stable, 6 to 15 failed at some phase)."
		   });
		addAnnotation
		  (getVssWriter_State(),
		   source,
		   new String[] {
			   "documentation", "The state\'s words after the number, e.g. Stable, Failed, Waiting for completion."
		   });
		addAnnotation
		  (getVssWriter_LastError(),
		   source,
		   new String[] {
			   "documentation", "Last error: \'No error\' when the writer\'s last operation succeeded, e.g. Timed out, Retryable error."
		   });
	}

} //VssPackageImpl
