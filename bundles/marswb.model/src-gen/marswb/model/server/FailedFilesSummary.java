/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failed Files Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Aggregates over every LastBackupFailedFiles list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.FailedFilesSummary#getTotalEntries <em>Total Entries</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesSummary#getLists <em>Lists</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesSummary#getCodes <em>Codes</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesSummary#getTopFolders <em>Top Folders</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getFailedFilesSummary()
 * @model
 * @generated
 */
public interface FailedFilesSummary extends Located {
	/**
	 * Returns the value of the '<em><b>Total Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries over all lists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Entries</em>' attribute.
	 * @see #setTotalEntries(long)
	 * @see marswb.model.server.ServerPackage#getFailedFilesSummary_TotalEntries()
	 * @model
	 * @generated
	 */
	long getTotalEntries();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesSummary#getTotalEntries <em>Total Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Entries</em>' attribute.
	 * @see #getTotalEntries()
	 * @generated
	 */
	void setTotalEntries(long value);

	/**
	 * Returns the value of the '<em><b>Lists</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.FailedFilesList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per list file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lists</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getFailedFilesSummary_Lists()
	 * @model containment="true"
	 * @generated
	 */
	EList<FailedFilesList> getLists();

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.ErrorCodeCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries per error code (entries without a code count under an empty code).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getFailedFilesSummary_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ErrorCodeCount> getCodes();

	/**
	 * Returns the value of the '<em><b>Top Folders</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.FolderCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folders with the most entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Top Folders</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getFailedFilesSummary_TopFolders()
	 * @model containment="true"
	 * @generated
	 */
	EList<FolderCount> getTopFolders();

} // FailedFilesSummary
