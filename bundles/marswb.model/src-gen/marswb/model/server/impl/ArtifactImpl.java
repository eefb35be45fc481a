/**
 */
package marswb.model.server.impl;

import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Artifact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getPath <em>Path</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#isKnownFormat <em>Known Format</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getManifestStatus <em>Manifest Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getManifestReason <em>Manifest Reason</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getParser <em>Parser</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getSource <em>Source</em>}</li>
 *   <li>{@link marswb.model.server.impl.ArtifactImpl#getRecognition <em>Recognition</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArtifactImpl extends MinimalEObjectImpl.Container implements Artifact {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ArtifactStatus STATUS_EDEFAULT = ArtifactStatus.OK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ArtifactStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isKnownFormat() <em>Known Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnownFormat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KNOWN_FORMAT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKnownFormat() <em>Known Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnownFormat()
	 * @generated
	 * @ordered
	 */
	protected boolean knownFormat = KNOWN_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getManifestStatus() <em>Manifest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String MANIFEST_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManifestStatus() <em>Manifest Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestStatus()
	 * @generated
	 * @ordered
	 */
	protected String manifestStatus = MANIFEST_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getManifestReason() <em>Manifest Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestReason()
	 * @generated
	 * @ordered
	 */
	protected static final String MANIFEST_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManifestReason() <em>Manifest Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestReason()
	 * @generated
	 * @ordered
	 */
	protected String manifestReason = MANIFEST_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected String command = COMMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected Integer exitCode = EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final Long SIZE_BYTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected Long sizeBytes = SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getParser() <em>Parser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParser()
	 * @generated
	 * @ordered
	 */
	protected static final String PARSER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParser() <em>Parser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParser()
	 * @generated
	 * @ordered
	 */
	protected String parser = PARSER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecognition() <em>Recognition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognition()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOGNITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecognition() <em>Recognition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognition()
	 * @generated
	 * @ordered
	 */
	protected String recognition = RECOGNITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArtifactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.ARTIFACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtifactStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ArtifactStatus newStatus) {
		ArtifactStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKnownFormat() {
		return knownFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnownFormat(boolean newKnownFormat) {
		boolean oldKnownFormat = knownFormat;
		knownFormat = newKnownFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__KNOWN_FORMAT, oldKnownFormat, knownFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManifestStatus() {
		return manifestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifestStatus(String newManifestStatus) {
		String oldManifestStatus = manifestStatus;
		manifestStatus = newManifestStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__MANIFEST_STATUS, oldManifestStatus, manifestStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManifestReason() {
		return manifestReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifestReason(String newManifestReason) {
		String oldManifestReason = manifestReason;
		manifestReason = newManifestReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__MANIFEST_REASON, oldManifestReason, manifestReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommand() {
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommand(String newCommand) {
		String oldCommand = command;
		command = newCommand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__COMMAND, oldCommand, command));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExitCode() {
		return exitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCode(Integer newExitCode) {
		Integer oldExitCode = exitCode;
		exitCode = newExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__EXIT_CODE, oldExitCode, exitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getSizeBytes() {
		return sizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeBytes(Long newSizeBytes) {
		Long oldSizeBytes = sizeBytes;
		sizeBytes = newSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__SIZE_BYTES, oldSizeBytes, sizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParser() {
		return parser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParser(String newParser) {
		String oldParser = parser;
		parser = newParser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__PARSER, oldParser, parser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecognition() {
		return recognition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecognition(String newRecognition) {
		String oldRecognition = recognition;
		recognition = newRecognition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ARTIFACT__RECOGNITION, oldRecognition, recognition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.ARTIFACT__PATH:
				return getPath();
			case ServerPackage.ARTIFACT__STATUS:
				return getStatus();
			case ServerPackage.ARTIFACT__MESSAGE:
				return getMessage();
			case ServerPackage.ARTIFACT__KNOWN_FORMAT:
				return isKnownFormat();
			case ServerPackage.ARTIFACT__MANIFEST_STATUS:
				return getManifestStatus();
			case ServerPackage.ARTIFACT__MANIFEST_REASON:
				return getManifestReason();
			case ServerPackage.ARTIFACT__COMMAND:
				return getCommand();
			case ServerPackage.ARTIFACT__EXIT_CODE:
				return getExitCode();
			case ServerPackage.ARTIFACT__SIZE_BYTES:
				return getSizeBytes();
			case ServerPackage.ARTIFACT__ENCODING:
				return getEncoding();
			case ServerPackage.ARTIFACT__PARSER:
				return getParser();
			case ServerPackage.ARTIFACT__SOURCE:
				return getSource();
			case ServerPackage.ARTIFACT__RECOGNITION:
				return getRecognition();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.ARTIFACT__PATH:
				setPath((String)newValue);
				return;
			case ServerPackage.ARTIFACT__STATUS:
				setStatus((ArtifactStatus)newValue);
				return;
			case ServerPackage.ARTIFACT__MESSAGE:
				setMessage((String)newValue);
				return;
			case ServerPackage.ARTIFACT__KNOWN_FORMAT:
				setKnownFormat((Boolean)newValue);
				return;
			case ServerPackage.ARTIFACT__MANIFEST_STATUS:
				setManifestStatus((String)newValue);
				return;
			case ServerPackage.ARTIFACT__MANIFEST_REASON:
				setManifestReason((String)newValue);
				return;
			case ServerPackage.ARTIFACT__COMMAND:
				setCommand((String)newValue);
				return;
			case ServerPackage.ARTIFACT__EXIT_CODE:
				setExitCode((Integer)newValue);
				return;
			case ServerPackage.ARTIFACT__SIZE_BYTES:
				setSizeBytes((Long)newValue);
				return;
			case ServerPackage.ARTIFACT__ENCODING:
				setEncoding((String)newValue);
				return;
			case ServerPackage.ARTIFACT__PARSER:
				setParser((String)newValue);
				return;
			case ServerPackage.ARTIFACT__SOURCE:
				setSource((String)newValue);
				return;
			case ServerPackage.ARTIFACT__RECOGNITION:
				setRecognition((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ServerPackage.ARTIFACT__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__KNOWN_FORMAT:
				setKnownFormat(KNOWN_FORMAT_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__MANIFEST_STATUS:
				setManifestStatus(MANIFEST_STATUS_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__MANIFEST_REASON:
				setManifestReason(MANIFEST_REASON_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__COMMAND:
				setCommand(COMMAND_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__EXIT_CODE:
				setExitCode(EXIT_CODE_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__SIZE_BYTES:
				setSizeBytes(SIZE_BYTES_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__PARSER:
				setParser(PARSER_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ServerPackage.ARTIFACT__RECOGNITION:
				setRecognition(RECOGNITION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ServerPackage.ARTIFACT__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ServerPackage.ARTIFACT__STATUS:
				return status != STATUS_EDEFAULT;
			case ServerPackage.ARTIFACT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ServerPackage.ARTIFACT__KNOWN_FORMAT:
				return knownFormat != KNOWN_FORMAT_EDEFAULT;
			case ServerPackage.ARTIFACT__MANIFEST_STATUS:
				return MANIFEST_STATUS_EDEFAULT == null ? manifestStatus != null : !MANIFEST_STATUS_EDEFAULT.equals(manifestStatus);
			case ServerPackage.ARTIFACT__MANIFEST_REASON:
				return MANIFEST_REASON_EDEFAULT == null ? manifestReason != null : !MANIFEST_REASON_EDEFAULT.equals(manifestReason);
			case ServerPackage.ARTIFACT__COMMAND:
				return COMMAND_EDEFAULT == null ? command != null : !COMMAND_EDEFAULT.equals(command);
			case ServerPackage.ARTIFACT__EXIT_CODE:
				return EXIT_CODE_EDEFAULT == null ? exitCode != null : !EXIT_CODE_EDEFAULT.equals(exitCode);
			case ServerPackage.ARTIFACT__SIZE_BYTES:
				return SIZE_BYTES_EDEFAULT == null ? sizeBytes != null : !SIZE_BYTES_EDEFAULT.equals(sizeBytes);
			case ServerPackage.ARTIFACT__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case ServerPackage.ARTIFACT__PARSER:
				return PARSER_EDEFAULT == null ? parser != null : !PARSER_EDEFAULT.equals(parser);
			case ServerPackage.ARTIFACT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ServerPackage.ARTIFACT__RECOGNITION:
				return RECOGNITION_EDEFAULT == null ? recognition != null : !RECOGNITION_EDEFAULT.equals(recognition);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (path: ");
		result.append(path);
		result.append(", status: ");
		result.append(status);
		result.append(", message: ");
		result.append(message);
		result.append(", knownFormat: ");
		result.append(knownFormat);
		result.append(", manifestStatus: ");
		result.append(manifestStatus);
		result.append(", manifestReason: ");
		result.append(manifestReason);
		result.append(", command: ");
		result.append(command);
		result.append(", exitCode: ");
		result.append(exitCode);
		result.append(", sizeBytes: ");
		result.append(sizeBytes);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", parser: ");
		result.append(parser);
		result.append(", source: ");
		result.append(source);
		result.append(", recognition: ");
		result.append(recognition);
		result.append(')');
		return result.toString();
	}

} //ArtifactImpl
