/**
 */
package marswb.model.diagnosis.impl;

import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

import marswb.model.diagnosis.Suppression;
import marswb.model.server.ServerPackage;

import marswb.model.server.impl.ServerPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DiagnosisPackageImpl extends EPackageImpl implements DiagnosisPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass suppressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

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
	 * @see marswb.model.diagnosis.DiagnosisPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DiagnosisPackageImpl() {
		super(eNS_URI, DiagnosisFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DiagnosisPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DiagnosisPackage init() {
		if (isInited) return (DiagnosisPackage)EPackage.Registry.INSTANCE.getEPackage(DiagnosisPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDiagnosisPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DiagnosisPackageImpl theDiagnosisPackage = registeredDiagnosisPackage instanceof DiagnosisPackageImpl ? (DiagnosisPackageImpl)registeredDiagnosisPackage : new DiagnosisPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ServerPackage.eNS_URI);
		ServerPackageImpl theServerPackage = (ServerPackageImpl)(registeredPackage instanceof ServerPackageImpl ? registeredPackage : ServerPackage.eINSTANCE);

		// Create package meta-data objects
		theDiagnosisPackage.createPackageContents();
		theServerPackage.createPackageContents();

		// Initialize created meta-data
		theDiagnosisPackage.initializePackageContents();
		theServerPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDiagnosisPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DiagnosisPackage.eNS_URI, theDiagnosisPackage);
		return theDiagnosisPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosis() {
		return diagnosisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosis_BundleName() {
		return (EAttribute)diagnosisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_Server() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosis_Findings() {
		return (EReference)diagnosisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Check() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Area() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Outcome() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_ErrorCode() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Kb() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_RelatedKb() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Title() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Message() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Recommendation() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Evidence() {
		return (EReference)findingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Causes() {
		return (EReference)findingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_QuickFixes() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_SubjectKey() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Suppression() {
		return (EReference)findingEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Artifact() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Line() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Value() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Subject() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuppression() {
		return suppressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Check() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Subject() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Reason() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Author() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Expires() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcome() {
		return outcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosisFactory getDiagnosisFactory() {
		return (DiagnosisFactory)getEFactoryInstance();
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
		diagnosisEClass = createEClass(DIAGNOSIS);
		createEAttribute(diagnosisEClass, DIAGNOSIS__BUNDLE_NAME);
		createEReference(diagnosisEClass, DIAGNOSIS__SERVER);
		createEReference(diagnosisEClass, DIAGNOSIS__FINDINGS);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__CHECK);
		createEAttribute(findingEClass, FINDING__AREA);
		createEAttribute(findingEClass, FINDING__OUTCOME);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__ERROR_CODE);
		createEAttribute(findingEClass, FINDING__KB);
		createEAttribute(findingEClass, FINDING__RELATED_KB);
		createEAttribute(findingEClass, FINDING__TITLE);
		createEAttribute(findingEClass, FINDING__MESSAGE);
		createEAttribute(findingEClass, FINDING__RECOMMENDATION);
		createEReference(findingEClass, FINDING__EVIDENCE);
		createEReference(findingEClass, FINDING__CAUSES);
		createEAttribute(findingEClass, FINDING__QUICK_FIXES);
		createEAttribute(findingEClass, FINDING__SUBJECT_KEY);
		createEReference(findingEClass, FINDING__SUPPRESSION);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__ARTIFACT);
		createEAttribute(evidenceEClass, EVIDENCE__LINE);
		createEAttribute(evidenceEClass, EVIDENCE__VALUE);
		createEReference(evidenceEClass, EVIDENCE__SUBJECT);

		suppressionEClass = createEClass(SUPPRESSION);
		createEAttribute(suppressionEClass, SUPPRESSION__CHECK);
		createEAttribute(suppressionEClass, SUPPRESSION__SUBJECT);
		createEAttribute(suppressionEClass, SUPPRESSION__REASON);
		createEAttribute(suppressionEClass, SUPPRESSION__AUTHOR);
		createEAttribute(suppressionEClass, SUPPRESSION__EXPIRES);

		// Create enums
		outcomeEEnum = createEEnum(OUTCOME);
		severityEEnum = createEEnum(SEVERITY);
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

		// Initialize classes, features, and operations; add parameters
		initEClass(diagnosisEClass, Diagnosis.class, "Diagnosis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagnosis_BundleName(), ecorePackage.getEString(), "bundleName", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosis_Server(), theServerPackage.getServer(), null, "server", null, 0, 1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosis_Findings(), this.getFinding(), null, "findings", null, 0, -1, Diagnosis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Check(), ecorePackage.getEString(), "check", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Area(), ecorePackage.getEString(), "area", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Outcome(), this.getOutcome(), "outcome", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Severity(), this.getSeverity(), "severity", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_ErrorCode(), ecorePackage.getEString(), "errorCode", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Kb(), ecorePackage.getEString(), "kb", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_RelatedKb(), ecorePackage.getEString(), "relatedKb", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Title(), ecorePackage.getEString(), "title", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Message(), ecorePackage.getEString(), "message", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Recommendation(), ecorePackage.getEString(), "recommendation", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Causes(), this.getFinding(), null, "causes", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_QuickFixes(), ecorePackage.getEString(), "quickFixes", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_SubjectKey(), ecorePackage.getEString(), "subjectKey", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Suppression(), this.getSuppression(), null, "suppression", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Artifact(), ecorePackage.getEString(), "artifact", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Value(), ecorePackage.getEString(), "value", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidence_Subject(), ecorePackage.getEObject(), null, "subject", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(suppressionEClass, Suppression.class, "Suppression", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuppression_Check(), ecorePackage.getEString(), "check", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Author(), ecorePackage.getEString(), "author", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Expires(), ecorePackage.getEString(), "expires", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(outcomeEEnum, Outcome.class, "Outcome");
		addEEnumLiteral(outcomeEEnum, Outcome.FAIL);
		addEEnumLiteral(outcomeEEnum, Outcome.ERROR);
		addEEnumLiteral(outcomeEEnum, Outcome.WARN);
		addEEnumLiteral(outcomeEEnum, Outcome.UNKNOWN);
		addEEnumLiteral(outcomeEEnum, Outcome.INFO);
		addEEnumLiteral(outcomeEEnum, Outcome.PASS);
		addEEnumLiteral(outcomeEEnum, Outcome.NOT_APPLICABLE);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.LOW);

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
			   "documentation", "Findings of checks run against a server model."
		   });
		addAnnotation
		  (outcomeEEnum,
		   source,
		   new String[] {
			   "documentation", "Outcome of a finding; the literal order is the worst-first order."
		   });
		addAnnotation
		  (severityEEnum,
		   source,
		   new String[] {
			   "documentation", "Severity; the literal order is the worst-first order."
		   });
		addAnnotation
		  (diagnosisEClass,
		   source,
		   new String[] {
			   "documentation", "The findings of one analysis run over one server model."
		   });
		addAnnotation
		  (getDiagnosis_BundleName(),
		   source,
		   new String[] {
			   "documentation", "Bundle analysed."
		   });
		addAnnotation
		  (getDiagnosis_Server(),
		   source,
		   new String[] {
			   "documentation", "The analysed model."
		   });
		addAnnotation
		  (getDiagnosis_Findings(),
		   source,
		   new String[] {
			   "documentation", "Findings, worst first."
		   });
		addAnnotation
		  (findingEClass,
		   source,
		   new String[] {
			   "documentation", "One conclusion of one check."
		   });
		addAnnotation
		  (getFinding_Check(),
		   source,
		   new String[] {
			   "documentation", "Stable check id, e.g. scheduling.task-trigger-disabled."
		   });
		addAnnotation
		  (getFinding_Area(),
		   source,
		   new String[] {
			   "documentation", "Area id."
		   });
		addAnnotation
		  (getFinding_Outcome(),
		   source,
		   new String[] {
			   "documentation", "Outcome."
		   });
		addAnnotation
		  (getFinding_Severity(),
		   source,
		   new String[] {
			   "documentation", "Severity."
		   });
		addAnnotation
		  (getFinding_ErrorCode(),
		   source,
		   new String[] {
			   "documentation", "MARS error this finding explains, as the article writes it."
		   });
		addAnnotation
		  (getFinding_Kb(),
		   source,
		   new String[] {
			   "documentation", "Primary section anchor of the seed article."
		   });
		addAnnotation
		  (getFinding_RelatedKb(),
		   source,
		   new String[] {
			   "documentation", "Other section anchors."
		   });
		addAnnotation
		  (getFinding_Title(),
		   source,
		   new String[] {
			   "documentation", "Title."
		   });
		addAnnotation
		  (getFinding_Message(),
		   source,
		   new String[] {
			   "documentation", "What was found."
		   });
		addAnnotation
		  (getFinding_Recommendation(),
		   source,
		   new String[] {
			   "documentation", "What to do."
		   });
		addAnnotation
		  (getFinding_Evidence(),
		   source,
		   new String[] {
			   "documentation", "Evidence."
		   });
		addAnnotation
		  (getFinding_Causes(),
		   source,
		   new String[] {
			   "documentation", "Findings of other checks that explain this one."
		   });
		addAnnotation
		  (getFinding_QuickFixes(),
		   source,
		   new String[] {
			   "documentation", "Quick-fix ids applicable to this finding."
		   });
		addAnnotation
		  (getFinding_SubjectKey(),
		   source,
		   new String[] {
			   "documentation", "Natural key of the model object the finding is about (e.g. a task path), to tell instances apart."
		   });
		addAnnotation
		  (getFinding_Suppression(),
		   source,
		   new String[] {
			   "documentation", "The suppression in force for this finding, null when it is not suppressed."
		   });
		addAnnotation
		  (evidenceEClass,
		   source,
		   new String[] {
			   "documentation", "One piece of evidence."
		   });
		addAnnotation
		  (getEvidence_Artifact(),
		   source,
		   new String[] {
			   "documentation", "Artifact path."
		   });
		addAnnotation
		  (getEvidence_Line(),
		   source,
		   new String[] {
			   "documentation", "Line (0 when none)."
		   });
		addAnnotation
		  (getEvidence_Value(),
		   source,
		   new String[] {
			   "documentation", "Value as read."
		   });
		addAnnotation
		  (getEvidence_Subject(),
		   source,
		   new String[] {
			   "documentation", "Model object the value belongs to."
		   });
		addAnnotation
		  (suppressionEClass,
		   source,
		   new String[] {
			   "documentation", "An acknowledged finding: shown as such and not counted for the exit code until the end of its expiry day (UTC)."
		   });
		addAnnotation
		  (getSuppression_Check(),
		   source,
		   new String[] {
			   "documentation", "Check id the suppression is for."
		   });
		addAnnotation
		  (getSuppression_Subject(),
		   source,
		   new String[] {
			   "documentation", "Subject key it is limited to, null for every finding of the check."
		   });
		addAnnotation
		  (getSuppression_Reason(),
		   source,
		   new String[] {
			   "documentation", "Why the finding is acknowledged."
		   });
		addAnnotation
		  (getSuppression_Author(),
		   source,
		   new String[] {
			   "documentation", "Who suppressed it."
		   });
		addAnnotation
		  (getSuppression_Expires(),
		   source,
		   new String[] {
			   "documentation", "Last day it holds, ISO yyyy-MM-dd, a UTC calendar day."
		   });
	}

} //DiagnosisPackageImpl
