/**
 */
package marswb.model.diagnosis;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Findings of checks run against a server model.
 * <!-- end-model-doc -->
 * @see marswb.model.diagnosis.DiagnosisFactory
 * @model kind="package"
 * @generated
 */
public interface DiagnosisPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "diagnosis";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://marswb/model/diagnosis/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "diagnosis";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagnosisPackage eINSTANCE = marswb.model.diagnosis.impl.DiagnosisPackageImpl.init();

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.impl.DiagnosisImpl
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getDiagnosis()
	 * @generated
	 */
	int DIAGNOSIS = 0;

	/**
	 * The feature id for the '<em><b>Bundle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__BUNDLE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Server</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__SERVER = 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__FINDINGS = 2;

	/**
	 * The number of structural features of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.impl.FindingImpl
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 1;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CHECK = 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__AREA = 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__OUTCOME = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ERROR_CODE = 4;

	/**
	 * The feature id for the '<em><b>Kb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KB = 5;

	/**
	 * The feature id for the '<em><b>Related Kb</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RELATED_KB = 6;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TITLE = 7;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 8;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RECOMMENDATION = 9;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = 10;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CAUSES = 11;

	/**
	 * The feature id for the '<em><b>Quick Fixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__QUICK_FIXES = 12;

	/**
	 * The feature id for the '<em><b>Subject Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUBJECT_KEY = 13;

	/**
	 * The feature id for the '<em><b>Suppression</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUPPRESSION = 14;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.impl.EvidenceImpl
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ARTIFACT = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LINE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SUBJECT = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.impl.SuppressionImpl <em>Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.impl.SuppressionImpl
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getSuppression()
	 * @generated
	 */
	int SUPPRESSION = 3;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__CHECK = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__REASON = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__EXPIRES = 4;

	/**
	 * The number of structural features of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.Outcome <em>Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.Outcome
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 4;

	/**
	 * The meta object id for the '{@link marswb.model.diagnosis.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see marswb.model.diagnosis.Severity
	 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 5;


	/**
	 * Returns the meta object for class '{@link marswb.model.diagnosis.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnosis</em>'.
	 * @see marswb.model.diagnosis.Diagnosis
	 * @generated
	 */
	EClass getDiagnosis();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Diagnosis#getBundleName <em>Bundle Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundle Name</em>'.
	 * @see marswb.model.diagnosis.Diagnosis#getBundleName()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_BundleName();

	/**
	 * Returns the meta object for the reference '{@link marswb.model.diagnosis.Diagnosis#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Server</em>'.
	 * @see marswb.model.diagnosis.Diagnosis#getServer()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_Server();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.diagnosis.Diagnosis#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see marswb.model.diagnosis.Diagnosis#getFindings()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EReference getDiagnosis_Findings();

	/**
	 * Returns the meta object for class '{@link marswb.model.diagnosis.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see marswb.model.diagnosis.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see marswb.model.diagnosis.Finding#getCheck()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Check();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see marswb.model.diagnosis.Finding#getArea()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Area();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see marswb.model.diagnosis.Finding#getOutcome()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see marswb.model.diagnosis.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getErrorCode <em>Error Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Code</em>'.
	 * @see marswb.model.diagnosis.Finding#getErrorCode()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_ErrorCode();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getKb <em>Kb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kb</em>'.
	 * @see marswb.model.diagnosis.Finding#getKb()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kb();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.diagnosis.Finding#getRelatedKb <em>Related Kb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Related Kb</em>'.
	 * @see marswb.model.diagnosis.Finding#getRelatedKb()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RelatedKb();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see marswb.model.diagnosis.Finding#getTitle()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Title();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see marswb.model.diagnosis.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation</em>'.
	 * @see marswb.model.diagnosis.Finding#getRecommendation()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Recommendation();

	/**
	 * Returns the meta object for the containment reference list '{@link marswb.model.diagnosis.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see marswb.model.diagnosis.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link marswb.model.diagnosis.Finding#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Causes</em>'.
	 * @see marswb.model.diagnosis.Finding#getCauses()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Causes();

	/**
	 * Returns the meta object for the attribute list '{@link marswb.model.diagnosis.Finding#getQuickFixes <em>Quick Fixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Quick Fixes</em>'.
	 * @see marswb.model.diagnosis.Finding#getQuickFixes()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_QuickFixes();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Finding#getSubjectKey <em>Subject Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Key</em>'.
	 * @see marswb.model.diagnosis.Finding#getSubjectKey()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_SubjectKey();

	/**
	 * Returns the meta object for the containment reference '{@link marswb.model.diagnosis.Finding#getSuppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Suppression</em>'.
	 * @see marswb.model.diagnosis.Finding#getSuppression()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Suppression();

	/**
	 * Returns the meta object for class '{@link marswb.model.diagnosis.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see marswb.model.diagnosis.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Evidence#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artifact</em>'.
	 * @see marswb.model.diagnosis.Evidence#getArtifact()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Evidence#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see marswb.model.diagnosis.Evidence#getLine()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Line();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Evidence#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see marswb.model.diagnosis.Evidence#getValue()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Value();

	/**
	 * Returns the meta object for the reference '{@link marswb.model.diagnosis.Evidence#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see marswb.model.diagnosis.Evidence#getSubject()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Subject();

	/**
	 * Returns the meta object for class '{@link marswb.model.diagnosis.Suppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suppression</em>'.
	 * @see marswb.model.diagnosis.Suppression
	 * @generated
	 */
	EClass getSuppression();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Suppression#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see marswb.model.diagnosis.Suppression#getCheck()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Check();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Suppression#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see marswb.model.diagnosis.Suppression#getSubject()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Subject();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Suppression#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see marswb.model.diagnosis.Suppression#getReason()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Reason();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Suppression#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see marswb.model.diagnosis.Suppression#getAuthor()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Author();

	/**
	 * Returns the meta object for the attribute '{@link marswb.model.diagnosis.Suppression#getExpires <em>Expires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires</em>'.
	 * @see marswb.model.diagnosis.Suppression#getExpires()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Expires();

	/**
	 * Returns the meta object for enum '{@link marswb.model.diagnosis.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome</em>'.
	 * @see marswb.model.diagnosis.Outcome
	 * @generated
	 */
	EEnum getOutcome();

	/**
	 * Returns the meta object for enum '{@link marswb.model.diagnosis.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see marswb.model.diagnosis.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagnosisFactory getDiagnosisFactory();

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
		 * The meta object literal for the '{@link marswb.model.diagnosis.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.impl.DiagnosisImpl
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getDiagnosis()
		 * @generated
		 */
		EClass DIAGNOSIS = eINSTANCE.getDiagnosis();

		/**
		 * The meta object literal for the '<em><b>Bundle Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__BUNDLE_NAME = eINSTANCE.getDiagnosis_BundleName();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__SERVER = eINSTANCE.getDiagnosis_Server();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSIS__FINDINGS = eINSTANCE.getDiagnosis_Findings();

		/**
		 * The meta object literal for the '{@link marswb.model.diagnosis.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.impl.FindingImpl
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CHECK = eINSTANCE.getFinding_Check();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__AREA = eINSTANCE.getFinding_Area();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__OUTCOME = eINSTANCE.getFinding_Outcome();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Error Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__ERROR_CODE = eINSTANCE.getFinding_ErrorCode();

		/**
		 * The meta object literal for the '<em><b>Kb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KB = eINSTANCE.getFinding_Kb();

		/**
		 * The meta object literal for the '<em><b>Related Kb</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RELATED_KB = eINSTANCE.getFinding_RelatedKb();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TITLE = eINSTANCE.getFinding_Title();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RECOMMENDATION = eINSTANCE.getFinding_Recommendation();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__CAUSES = eINSTANCE.getFinding_Causes();

		/**
		 * The meta object literal for the '<em><b>Quick Fixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__QUICK_FIXES = eINSTANCE.getFinding_QuickFixes();

		/**
		 * The meta object literal for the '<em><b>Subject Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SUBJECT_KEY = eINSTANCE.getFinding_SubjectKey();

		/**
		 * The meta object literal for the '<em><b>Suppression</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__SUPPRESSION = eINSTANCE.getFinding_Suppression();

		/**
		 * The meta object literal for the '{@link marswb.model.diagnosis.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.impl.EvidenceImpl
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__ARTIFACT = eINSTANCE.getEvidence_Artifact();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__LINE = eINSTANCE.getEvidence_Line();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__VALUE = eINSTANCE.getEvidence_Value();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__SUBJECT = eINSTANCE.getEvidence_Subject();

		/**
		 * The meta object literal for the '{@link marswb.model.diagnosis.impl.SuppressionImpl <em>Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.impl.SuppressionImpl
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getSuppression()
		 * @generated
		 */
		EClass SUPPRESSION = eINSTANCE.getSuppression();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__CHECK = eINSTANCE.getSuppression_Check();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__SUBJECT = eINSTANCE.getSuppression_Subject();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__REASON = eINSTANCE.getSuppression_Reason();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__AUTHOR = eINSTANCE.getSuppression_Author();

		/**
		 * The meta object literal for the '<em><b>Expires</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__EXPIRES = eINSTANCE.getSuppression_Expires();

		/**
		 * The meta object literal for the '{@link marswb.model.diagnosis.Outcome <em>Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.Outcome
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getOutcome()
		 * @generated
		 */
		EEnum OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '{@link marswb.model.diagnosis.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see marswb.model.diagnosis.Severity
		 * @see marswb.model.diagnosis.impl.DiagnosisPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

	}

} //DiagnosisPackage
