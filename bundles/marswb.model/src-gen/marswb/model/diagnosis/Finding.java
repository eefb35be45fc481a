/**
 */
package marswb.model.diagnosis;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One conclusion of one check.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.diagnosis.Finding#getCheck <em>Check</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getArea <em>Area</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getKb <em>Kb</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getRelatedKb <em>Related Kb</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getTitle <em>Title</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getCauses <em>Causes</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getQuickFixes <em>Quick Fixes</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getSubjectKey <em>Subject Key</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Finding#getSuppression <em>Suppression</em>}</li>
 * </ul>
 *
 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable check id, e.g. scheduling.task-trigger-disabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Check</em>' attribute.
	 * @see #setCheck(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Check()
	 * @model
	 * @generated
	 */
	String getCheck();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check</em>' attribute.
	 * @see #getCheck()
	 * @generated
	 */
	void setCheck(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Area id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link marswb.model.diagnosis.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see marswb.model.diagnosis.Outcome
	 * @see #setOutcome(Outcome)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see marswb.model.diagnosis.Outcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link marswb.model.diagnosis.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see marswb.model.diagnosis.Severity
	 * @see #setSeverity(Severity)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see marswb.model.diagnosis.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MARS error this finding explains, as the article writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Code</em>' attribute.
	 * @see #setErrorCode(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_ErrorCode()
	 * @model
	 * @generated
	 */
	String getErrorCode();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getErrorCode <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' attribute.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(String value);

	/**
	 * Returns the value of the '<em><b>Kb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Primary section anchor of the seed article.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kb</em>' attribute.
	 * @see #setKb(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Kb()
	 * @model
	 * @generated
	 */
	String getKb();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getKb <em>Kb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kb</em>' attribute.
	 * @see #getKb()
	 * @generated
	 */
	void setKb(String value);

	/**
	 * Returns the value of the '<em><b>Related Kb</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other section anchors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Kb</em>' attribute list.
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_RelatedKb()
	 * @model
	 * @generated
	 */
	EList<String> getRelatedKb();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What to do.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendation</em>' attribute.
	 * @see #setRecommendation(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Recommendation()
	 * @model
	 * @generated
	 */
	String getRecommendation();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getRecommendation <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' attribute.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.diagnosis.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' reference list.
	 * The list contents are of type {@link marswb.model.diagnosis.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Findings of other checks that explain this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causes</em>' reference list.
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Causes()
	 * @model
	 * @generated
	 */
	EList<Finding> getCauses();

	/**
	 * Returns the value of the '<em><b>Quick Fixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quick-fix ids applicable to this finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quick Fixes</em>' attribute list.
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_QuickFixes()
	 * @model
	 * @generated
	 */
	EList<String> getQuickFixes();

	/**
	 * Returns the value of the '<em><b>Subject Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Natural key of the model object the finding is about (e.g. a task path), to tell instances apart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Key</em>' attribute.
	 * @see #setSubjectKey(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_SubjectKey()
	 * @model
	 * @generated
	 */
	String getSubjectKey();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getSubjectKey <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Key</em>' attribute.
	 * @see #getSubjectKey()
	 * @generated
	 */
	void setSubjectKey(String value);

	/**
	 * Returns the value of the '<em><b>Suppression</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The suppression in force for this finding, null when it is not suppressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suppression</em>' containment reference.
	 * @see #setSuppression(Suppression)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getFinding_Suppression()
	 * @model containment="true"
	 * @generated
	 */
	Suppression getSuppression();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Finding#getSuppression <em>Suppression</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suppression</em>' containment reference.
	 * @see #getSuppression()
	 * @generated
	 */
	void setSuppression(Suppression value);

} // Finding
