/**
 */
package marswb.model.diagnosis;

import marswb.model.server.Server;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The findings of one analysis run over one server model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.diagnosis.Diagnosis#getBundleName <em>Bundle Name</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Diagnosis#getServer <em>Server</em>}</li>
 *   <li>{@link marswb.model.diagnosis.Diagnosis#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see marswb.model.diagnosis.DiagnosisPackage#getDiagnosis()
 * @model
 * @generated
 */
public interface Diagnosis extends EObject {
	/**
	 * Returns the value of the '<em><b>Bundle Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bundle analysed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle Name</em>' attribute.
	 * @see #setBundleName(String)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getDiagnosis_BundleName()
	 * @model
	 * @generated
	 */
	String getBundleName();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Diagnosis#getBundleName <em>Bundle Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle Name</em>' attribute.
	 * @see #getBundleName()
	 * @generated
	 */
	void setBundleName(String value);

	/**
	 * Returns the value of the '<em><b>Server</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analysed model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server</em>' reference.
	 * @see #setServer(Server)
	 * @see marswb.model.diagnosis.DiagnosisPackage#getDiagnosis_Server()
	 * @model
	 * @generated
	 */
	Server getServer();

	/**
	 * Sets the value of the '{@link marswb.model.diagnosis.Diagnosis#getServer <em>Server</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' reference.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(Server value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.diagnosis.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Findings, worst first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see marswb.model.diagnosis.DiagnosisPackage#getDiagnosis_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

} // Diagnosis
