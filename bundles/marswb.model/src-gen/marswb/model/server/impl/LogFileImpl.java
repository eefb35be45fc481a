/**
 */
package marswb.model.server.impl;

import java.util.Date;

import marswb.model.server.LogFile;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Log File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getErrors <em>Errors</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getFatals <em>Fatals</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getNormals <em>Normals</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getFirstTimestamp <em>First Timestamp</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getLastTimestamp <em>Last Timestamp</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogFileImpl#getMalformedLines <em>Malformed Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogFileImpl extends LocatedImpl implements LogFile {
	/**
	 * The default value of the '{@link #getArtifact() <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifact()
	 * @generated
	 * @ordered
	 */
	protected static final String ARTIFACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArtifact() <em>Artifact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifact()
	 * @generated
	 * @ordered
	 */
	protected String artifact = ARTIFACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLines() <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected static final long LINES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected long lines = LINES_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarnings() <em>Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected static final long WARNINGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected long warnings = WARNINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrors() <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrors()
	 * @generated
	 * @ordered
	 */
	protected static final long ERRORS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getErrors() <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrors()
	 * @generated
	 * @ordered
	 */
	protected long errors = ERRORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFatals() <em>Fatals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatals()
	 * @generated
	 * @ordered
	 */
	protected static final long FATALS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFatals() <em>Fatals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatals()
	 * @generated
	 * @ordered
	 */
	protected long fatals = FATALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormals() <em>Normals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormals()
	 * @generated
	 * @ordered
	 */
	protected static final long NORMALS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNormals() <em>Normals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormals()
	 * @generated
	 * @ordered
	 */
	protected long normals = NORMALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstTimestamp() <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Date FIRST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstTimestamp() <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Date firstTimestamp = FIRST_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastTimestamp() <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastTimestamp() <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Date lastTimestamp = LAST_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMalformedLines() <em>Malformed Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMalformedLines()
	 * @generated
	 * @ordered
	 */
	protected static final long MALFORMED_LINES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMalformedLines() <em>Malformed Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMalformedLines()
	 * @generated
	 * @ordered
	 */
	protected long malformedLines = MALFORMED_LINES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.LOG_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArtifact() {
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArtifact(String newArtifact) {
		String oldArtifact = artifact;
		artifact = newArtifact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__ARTIFACT, oldArtifact, artifact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLines() {
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLines(long newLines) {
		long oldLines = lines;
		lines = newLines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__LINES, oldLines, lines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWarnings() {
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarnings(long newWarnings) {
		long oldWarnings = warnings;
		warnings = newWarnings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__WARNINGS, oldWarnings, warnings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getErrors() {
		return errors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrors(long newErrors) {
		long oldErrors = errors;
		errors = newErrors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__ERRORS, oldErrors, errors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFatals() {
		return fatals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFatals(long newFatals) {
		long oldFatals = fatals;
		fatals = newFatals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__FATALS, oldFatals, fatals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNormals() {
		return normals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormals(long newNormals) {
		long oldNormals = normals;
		normals = newNormals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__NORMALS, oldNormals, normals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFirstTimestamp() {
		return firstTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstTimestamp(Date newFirstTimestamp) {
		Date oldFirstTimestamp = firstTimestamp;
		firstTimestamp = newFirstTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__FIRST_TIMESTAMP, oldFirstTimestamp, firstTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastTimestamp() {
		return lastTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastTimestamp(Date newLastTimestamp) {
		Date oldLastTimestamp = lastTimestamp;
		lastTimestamp = newLastTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__LAST_TIMESTAMP, oldLastTimestamp, lastTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMalformedLines() {
		return malformedLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMalformedLines(long newMalformedLines) {
		long oldMalformedLines = malformedLines;
		malformedLines = newMalformedLines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_FILE__MALFORMED_LINES, oldMalformedLines, malformedLines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.LOG_FILE__ARTIFACT:
				return getArtifact();
			case ServerPackage.LOG_FILE__LINES:
				return getLines();
			case ServerPackage.LOG_FILE__WARNINGS:
				return getWarnings();
			case ServerPackage.LOG_FILE__ERRORS:
				return getErrors();
			case ServerPackage.LOG_FILE__FATALS:
				return getFatals();
			case ServerPackage.LOG_FILE__NORMALS:
				return getNormals();
			case ServerPackage.LOG_FILE__FIRST_TIMESTAMP:
				return getFirstTimestamp();
			case ServerPackage.LOG_FILE__LAST_TIMESTAMP:
				return getLastTimestamp();
			case ServerPackage.LOG_FILE__MALFORMED_LINES:
				return getMalformedLines();
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
			case ServerPackage.LOG_FILE__ARTIFACT:
				setArtifact((String)newValue);
				return;
			case ServerPackage.LOG_FILE__LINES:
				setLines((Long)newValue);
				return;
			case ServerPackage.LOG_FILE__WARNINGS:
				setWarnings((Long)newValue);
				return;
			case ServerPackage.LOG_FILE__ERRORS:
				setErrors((Long)newValue);
				return;
			case ServerPackage.LOG_FILE__FATALS:
				setFatals((Long)newValue);
				return;
			case ServerPackage.LOG_FILE__NORMALS:
				setNormals((Long)newValue);
				return;
			case ServerPackage.LOG_FILE__FIRST_TIMESTAMP:
				setFirstTimestamp((Date)newValue);
				return;
			case ServerPackage.LOG_FILE__LAST_TIMESTAMP:
				setLastTimestamp((Date)newValue);
				return;
			case ServerPackage.LOG_FILE__MALFORMED_LINES:
				setMalformedLines((Long)newValue);
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
			case ServerPackage.LOG_FILE__ARTIFACT:
				setArtifact(ARTIFACT_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__LINES:
				setLines(LINES_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__WARNINGS:
				setWarnings(WARNINGS_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__ERRORS:
				setErrors(ERRORS_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__FATALS:
				setFatals(FATALS_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__NORMALS:
				setNormals(NORMALS_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__FIRST_TIMESTAMP:
				setFirstTimestamp(FIRST_TIMESTAMP_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__LAST_TIMESTAMP:
				setLastTimestamp(LAST_TIMESTAMP_EDEFAULT);
				return;
			case ServerPackage.LOG_FILE__MALFORMED_LINES:
				setMalformedLines(MALFORMED_LINES_EDEFAULT);
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
			case ServerPackage.LOG_FILE__ARTIFACT:
				return ARTIFACT_EDEFAULT == null ? artifact != null : !ARTIFACT_EDEFAULT.equals(artifact);
			case ServerPackage.LOG_FILE__LINES:
				return lines != LINES_EDEFAULT;
			case ServerPackage.LOG_FILE__WARNINGS:
				return warnings != WARNINGS_EDEFAULT;
			case ServerPackage.LOG_FILE__ERRORS:
				return errors != ERRORS_EDEFAULT;
			case ServerPackage.LOG_FILE__FATALS:
				return fatals != FATALS_EDEFAULT;
			case ServerPackage.LOG_FILE__NORMALS:
				return normals != NORMALS_EDEFAULT;
			case ServerPackage.LOG_FILE__FIRST_TIMESTAMP:
				return FIRST_TIMESTAMP_EDEFAULT == null ? firstTimestamp != null : !FIRST_TIMESTAMP_EDEFAULT.equals(firstTimestamp);
			case ServerPackage.LOG_FILE__LAST_TIMESTAMP:
				return LAST_TIMESTAMP_EDEFAULT == null ? lastTimestamp != null : !LAST_TIMESTAMP_EDEFAULT.equals(lastTimestamp);
			case ServerPackage.LOG_FILE__MALFORMED_LINES:
				return malformedLines != MALFORMED_LINES_EDEFAULT;
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
		result.append(" (artifact: ");
		result.append(artifact);
		result.append(", lines: ");
		result.append(lines);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(", errors: ");
		result.append(errors);
		result.append(", fatals: ");
		result.append(fatals);
		result.append(", normals: ");
		result.append(normals);
		result.append(", firstTimestamp: ");
		result.append(firstTimestamp);
		result.append(", lastTimestamp: ");
		result.append(lastTimestamp);
		result.append(", malformedLines: ");
		result.append(malformedLines);
		result.append(')');
		return result.toString();
	}

} //LogFileImpl
