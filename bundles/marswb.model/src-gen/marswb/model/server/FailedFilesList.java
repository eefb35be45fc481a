/**
 */
package marswb.model.server;

import java.util.Date;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failed Files List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One LastBackupFailedFiles file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.FailedFilesList#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesList#getEntries <em>Entries</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesList#isHeaderSeen <em>Header Seen</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesList#getMalformedLines <em>Malformed Lines</em>}</li>
 *   <li>{@link marswb.model.server.FailedFilesList#getFileNameDate <em>File Name Date</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getFailedFilesList()
 * @model
 * @generated
 */
public interface FailedFilesList extends Located {
	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Artifact path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifact</em>' attribute.
	 * @see #setArtifact(String)
	 * @see marswb.model.server.ServerPackage#getFailedFilesList_Artifact()
	 * @model
	 * @generated
	 */
	String getArtifact();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesList#getArtifact <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artifact</em>' attribute.
	 * @see #getArtifact()
	 * @generated
	 */
	void setArtifact(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' attribute.
	 * @see #setEntries(long)
	 * @see marswb.model.server.ServerPackage#getFailedFilesList_Entries()
	 * @model
	 * @generated
	 */
	long getEntries();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesList#getEntries <em>Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entries</em>' attribute.
	 * @see #getEntries()
	 * @generated
	 */
	void setEntries(long value);

	/**
	 * Returns the value of the '<em><b>Header Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The header line was present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Seen</em>' attribute.
	 * @see #setHeaderSeen(boolean)
	 * @see marswb.model.server.ServerPackage#getFailedFilesList_HeaderSeen()
	 * @model
	 * @generated
	 */
	boolean isHeaderSeen();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesList#isHeaderSeen <em>Header Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Seen</em>' attribute.
	 * @see #isHeaderSeen()
	 * @generated
	 */
	void setHeaderSeen(boolean value);

	/**
	 * Returns the value of the '<em><b>Malformed Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines that were too long or not decodable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Malformed Lines</em>' attribute.
	 * @see #setMalformedLines(long)
	 * @see marswb.model.server.ServerPackage#getFailedFilesList_MalformedLines()
	 * @model
	 * @generated
	 */
	long getMalformedLines();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesList#getMalformedLines <em>Malformed Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Malformed Lines</em>' attribute.
	 * @see #getMalformedLines()
	 * @generated
	 */
	void setMalformedLines(long value);

	/**
	 * Returns the value of the '<em><b>File Name Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day in the file name (LastBackupFailedFiles<id>_M_D_YYYY.txt), the day of the backup that wrote the list: server-local midnight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name Date</em>' attribute.
	 * @see #setFileNameDate(Date)
	 * @see marswb.model.server.ServerPackage#getFailedFilesList_FileNameDate()
	 * @model
	 * @generated
	 */
	Date getFileNameDate();

	/**
	 * Sets the value of the '{@link marswb.model.server.FailedFilesList#getFileNameDate <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name Date</em>' attribute.
	 * @see #getFileNameDate()
	 * @generated
	 */
	void setFileNameDate(Date value);

} // FailedFilesList
