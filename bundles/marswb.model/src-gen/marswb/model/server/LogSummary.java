/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Aggregates over the agent errlog files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.LogSummary#getFiles <em>Files</em>}</li>
 *   <li>{@link marswb.model.server.LogSummary#getHits <em>Hits</em>}</li>
 *   <li>{@link marswb.model.server.LogSummary#getIgnoredHits <em>Ignored Hits</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getLogSummary()
 * @model
 * @generated
 */
public interface LogSummary extends Located {
	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.LogFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per log file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getLogSummary_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogFile> getFiles();

	/**
	 * Returns the value of the '<em><b>Hits</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.LogHit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known error signatures found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hits</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getLogSummary_Hits()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogHit> getHits();

	/**
	 * Returns the value of the '<em><b>Ignored Hits</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.LogHit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signatures found on lines that report no failed operation (e.g. a WARNING that an optional value is not present and the default is used): counted, never evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignored Hits</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getLogSummary_IgnoredHits()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogHit> getIgnoredHits();

} // LogSummary
