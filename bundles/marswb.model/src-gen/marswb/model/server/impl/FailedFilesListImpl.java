/**
 */
package marswb.model.server.impl;

import java.util.Date;
import marswb.model.server.FailedFilesList;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Failed Files List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.FailedFilesListImpl#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesListImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesListImpl#isHeaderSeen <em>Header Seen</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesListImpl#getMalformedLines <em>Malformed Lines</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesListImpl#getFileNameDate <em>File Name Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FailedFilesListImpl extends LocatedImpl implements FailedFilesList {
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
	 * The default value of the '{@link #getEntries() <em>Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected static final long ENTRIES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected long entries = ENTRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #isHeaderSeen() <em>Header Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeaderSeen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HEADER_SEEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHeaderSeen() <em>Header Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeaderSeen()
	 * @generated
	 * @ordered
	 */
	protected boolean headerSeen = HEADER_SEEN_EDEFAULT;

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
	 * The default value of the '{@link #getFileNameDate() <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date FILE_NAME_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileNameDate() <em>File Name Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileNameDate()
	 * @generated
	 * @ordered
	 */
	protected Date fileNameDate = FILE_NAME_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FailedFilesListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.FAILED_FILES_LIST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_LIST__ARTIFACT, oldArtifact, artifact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEntries() {
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntries(long newEntries) {
		long oldEntries = entries;
		entries = newEntries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_LIST__ENTRIES, oldEntries, entries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeaderSeen() {
		return headerSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeaderSeen(boolean newHeaderSeen) {
		boolean oldHeaderSeen = headerSeen;
		headerSeen = newHeaderSeen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_LIST__HEADER_SEEN, oldHeaderSeen, headerSeen));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_LIST__MALFORMED_LINES, oldMalformedLines, malformedLines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFileNameDate() {
		return fileNameDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileNameDate(Date newFileNameDate) {
		Date oldFileNameDate = fileNameDate;
		fileNameDate = newFileNameDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_LIST__FILE_NAME_DATE, oldFileNameDate, fileNameDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.FAILED_FILES_LIST__ARTIFACT:
				return getArtifact();
			case ServerPackage.FAILED_FILES_LIST__ENTRIES:
				return getEntries();
			case ServerPackage.FAILED_FILES_LIST__HEADER_SEEN:
				return isHeaderSeen();
			case ServerPackage.FAILED_FILES_LIST__MALFORMED_LINES:
				return getMalformedLines();
			case ServerPackage.FAILED_FILES_LIST__FILE_NAME_DATE:
				return getFileNameDate();
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
			case ServerPackage.FAILED_FILES_LIST__ARTIFACT:
				setArtifact((String)newValue);
				return;
			case ServerPackage.FAILED_FILES_LIST__ENTRIES:
				setEntries((Long)newValue);
				return;
			case ServerPackage.FAILED_FILES_LIST__HEADER_SEEN:
				setHeaderSeen((Boolean)newValue);
				return;
			case ServerPackage.FAILED_FILES_LIST__MALFORMED_LINES:
				setMalformedLines((Long)newValue);
				return;
			case ServerPackage.FAILED_FILES_LIST__FILE_NAME_DATE:
				setFileNameDate((Date)newValue);
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
			case ServerPackage.FAILED_FILES_LIST__ARTIFACT:
				setArtifact(ARTIFACT_EDEFAULT);
				return;
			case ServerPackage.FAILED_FILES_LIST__ENTRIES:
				setEntries(ENTRIES_EDEFAULT);
				return;
			case ServerPackage.FAILED_FILES_LIST__HEADER_SEEN:
				setHeaderSeen(HEADER_SEEN_EDEFAULT);
				return;
			case ServerPackage.FAILED_FILES_LIST__MALFORMED_LINES:
				setMalformedLines(MALFORMED_LINES_EDEFAULT);
				return;
			case ServerPackage.FAILED_FILES_LIST__FILE_NAME_DATE:
				setFileNameDate(FILE_NAME_DATE_EDEFAULT);
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
			case ServerPackage.FAILED_FILES_LIST__ARTIFACT:
				return ARTIFACT_EDEFAULT == null ? artifact != null : !ARTIFACT_EDEFAULT.equals(artifact);
			case ServerPackage.FAILED_FILES_LIST__ENTRIES:
				return entries != ENTRIES_EDEFAULT;
			case ServerPackage.FAILED_FILES_LIST__HEADER_SEEN:
				return headerSeen != HEADER_SEEN_EDEFAULT;
			case ServerPackage.FAILED_FILES_LIST__MALFORMED_LINES:
				return malformedLines != MALFORMED_LINES_EDEFAULT;
			case ServerPackage.FAILED_FILES_LIST__FILE_NAME_DATE:
				return FILE_NAME_DATE_EDEFAULT == null ? fileNameDate != null : !FILE_NAME_DATE_EDEFAULT.equals(fileNameDate);
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
		result.append(", entries: ");
		result.append(entries);
		result.append(", headerSeen: ");
		result.append(headerSeen);
		result.append(", malformedLines: ");
		result.append(malformedLines);
		result.append(", fileNameDate: ");
		result.append(fileNameDate);
		result.append(')');
		return result.toString();
	}

} //FailedFilesListImpl
