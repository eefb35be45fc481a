/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One errlog file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.LogFile#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getLines <em>Lines</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getErrors <em>Errors</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getFatals <em>Fatals</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getNormals <em>Normals</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getFirstTimestamp <em>First Timestamp</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getLastTimestamp <em>Last Timestamp</em>}</li>
 *   <li>{@link marswb.model.server.LogFile#getMalformedLines <em>Malformed Lines</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getLogFile()
 * @model
 * @generated
 */
public interface LogFile extends Located {
	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Artifact path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifact</em>' attribute.
	 * @see #setArtifact(String)
	 * @see marswb.model.server.ServerPackage#getLogFile_Artifact()
	 * @model
	 * @generated
	 */
	String getArtifact();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getArtifact <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Artifact</em>' attribute.
	 * @see #getArtifact()
	 * @generated
	 */
	void setArtifact(String value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' attribute.
	 * @see #setLines(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_Lines()
	 * @model
	 * @generated
	 */
	long getLines();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getLines <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lines</em>' attribute.
	 * @see #getLines()
	 * @generated
	 */
	void setLines(long value);

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WARNING lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute.
	 * @see #setWarnings(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_Warnings()
	 * @model
	 * @generated
	 */
	long getWarnings();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getWarnings <em>Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warnings</em>' attribute.
	 * @see #getWarnings()
	 * @generated
	 */
	void setWarnings(long value);

	/**
	 * Returns the value of the '<em><b>Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ERROR or FATAL lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Errors</em>' attribute.
	 * @see #setErrors(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_Errors()
	 * @model
	 * @generated
	 */
	long getErrors();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getErrors <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errors</em>' attribute.
	 * @see #getErrors()
	 * @generated
	 */
	void setErrors(long value);

	/**
	 * Returns the value of the '<em><b>Fatals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FATAL or CRITICAL lines (also counted in errors).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fatals</em>' attribute.
	 * @see #setFatals(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_Fatals()
	 * @model
	 * @generated
	 */
	long getFatals();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getFatals <em>Fatals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fatals</em>' attribute.
	 * @see #getFatals()
	 * @generated
	 */
	void setFatals(long value);

	/**
	 * Returns the value of the '<em><b>Normals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NORMAL, INFO or VERBOSE lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normals</em>' attribute.
	 * @see #setNormals(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_Normals()
	 * @model
	 * @generated
	 */
	long getNormals();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getNormals <em>Normals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normals</em>' attribute.
	 * @see #getNormals()
	 * @generated
	 */
	void setNormals(long value);

	/**
	 * Returns the value of the '<em><b>First Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the first dated line (year from the manifest).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Timestamp</em>' attribute.
	 * @see #setFirstTimestamp(Date)
	 * @see marswb.model.server.ServerPackage#getLogFile_FirstTimestamp()
	 * @model
	 * @generated
	 */
	Date getFirstTimestamp();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getFirstTimestamp <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Timestamp</em>' attribute.
	 * @see #getFirstTimestamp()
	 * @generated
	 */
	void setFirstTimestamp(Date value);

	/**
	 * Returns the value of the '<em><b>Last Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the last dated line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Timestamp</em>' attribute.
	 * @see #setLastTimestamp(Date)
	 * @see marswb.model.server.ServerPackage#getLogFile_LastTimestamp()
	 * @model
	 * @generated
	 */
	Date getLastTimestamp();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getLastTimestamp <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Timestamp</em>' attribute.
	 * @see #getLastTimestamp()
	 * @generated
	 */
	void setLastTimestamp(Date value);

	/**
	 * Returns the value of the '<em><b>Malformed Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines that were too long or fit no known errlog layout (no MM/DD date, time and level word).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Malformed Lines</em>' attribute.
	 * @see #setMalformedLines(long)
	 * @see marswb.model.server.ServerPackage#getLogFile_MalformedLines()
	 * @model
	 * @generated
	 */
	long getMalformedLines();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogFile#getMalformedLines <em>Malformed Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Malformed Lines</em>' attribute.
	 * @see #getMalformedLines()
	 * @generated
	 */
	void setMalformedLines(long value);

} // LogFile
