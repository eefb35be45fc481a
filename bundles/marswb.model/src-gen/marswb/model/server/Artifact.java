/**
 */
package marswb.model.server;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Artifact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One file of the bundle and how reading it went.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Artifact#getPath <em>Path</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getStatus <em>Status</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getMessage <em>Message</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#isKnownFormat <em>Known Format</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getManifestStatus <em>Manifest Status</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getManifestReason <em>Manifest Reason</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getCommand <em>Command</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getParser <em>Parser</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getSource <em>Source</em>}</li>
 *   <li>{@link marswb.model.server.Artifact#getRecognition <em>Recognition</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getArtifact()
 * @model
 * @generated
 */
public interface Artifact extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path relative to the bundle root.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Path()
	 * @model id="true"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link marswb.model.server.ArtifactStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see marswb.model.server.ArtifactStatus
	 * @see #setStatus(ArtifactStatus)
	 * @see marswb.model.server.ServerPackage#getArtifact_Status()
	 * @model
	 * @generated
	 */
	ArtifactStatus getStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see marswb.model.server.ArtifactStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ArtifactStatus value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the artifact is partial, unreadable, failed or missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Known Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a path of the bundle format, false for an extra file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Known Format</em>' attribute.
	 * @see #setKnownFormat(boolean)
	 * @see marswb.model.server.ServerPackage#getArtifact_KnownFormat()
	 * @model
	 * @generated
	 */
	boolean isKnownFormat();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#isKnownFormat <em>Known Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Known Format</em>' attribute.
	 * @see #isKnownFormat()
	 * @generated
	 */
	void setKnownFormat(boolean value);

	/**
	 * Returns the value of the '<em><b>Manifest Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status the collector reported (ok, failed, timeout, skipped).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manifest Status</em>' attribute.
	 * @see #setManifestStatus(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_ManifestStatus()
	 * @model
	 * @generated
	 */
	String getManifestStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getManifestStatus <em>Manifest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifest Status</em>' attribute.
	 * @see #getManifestStatus()
	 * @generated
	 */
	void setManifestStatus(String value);

	/**
	 * Returns the value of the '<em><b>Manifest Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the collector skipped the item, as the manifest's reason names it (not-installed: the product the command queries is not on the server).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manifest Reason</em>' attribute.
	 * @see #setManifestReason(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_ManifestReason()
	 * @model
	 * @generated
	 */
	String getManifestReason();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getManifestReason <em>Manifest Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifest Reason</em>' attribute.
	 * @see #getManifestReason()
	 * @generated
	 */
	void setManifestReason(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Command the collector ran to produce it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Command()
	 * @model
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

	/**
	 * Returns the value of the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exit code the collector reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Code</em>' attribute.
	 * @see #setExitCode(Integer)
	 * @see marswb.model.server.ServerPackage#getArtifact_ExitCode()
	 * @model
	 * @generated
	 */
	Integer getExitCode();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getExitCode <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Code</em>' attribute.
	 * @see #getExitCode()
	 * @generated
	 */
	void setExitCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes inside the bundle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(Long)
	 * @see marswb.model.server.ServerPackage#getArtifact_SizeBytes()
	 * @model
	 * @generated
	 */
	Long getSizeBytes();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(Long value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text encoding detected (UTF-16LE, UTF-8, GBK, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Encoding()
	 * @model
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Parser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the parser that read it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parser</em>' attribute.
	 * @see #setParser(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Parser()
	 * @model
	 * @generated
	 */
	String getParser();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getParser <em>Parser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parser</em>' attribute.
	 * @see #getParser()
	 * @generated
	 */
	void setParser(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For input without a manifest: the input file it was read from, containers included (Temp.zip!/CBEngineCurr.errlog).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Recognition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For input without a manifest: why the file was taken for this artifact (key HKLM\SOFTWARE\Microsoft\Windows Azure Backup).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recognition</em>' attribute.
	 * @see #setRecognition(String)
	 * @see marswb.model.server.ServerPackage#getArtifact_Recognition()
	 * @model
	 * @generated
	 */
	String getRecognition();

	/**
	 * Sets the value of the '{@link marswb.model.server.Artifact#getRecognition <em>Recognition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recognition</em>' attribute.
	 * @see #getRecognition()
	 * @generated
	 */
	void setRecognition(String value);

} // Artifact
