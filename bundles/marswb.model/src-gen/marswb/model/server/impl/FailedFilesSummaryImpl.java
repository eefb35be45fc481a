/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FolderCount;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Failed Files Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.FailedFilesSummaryImpl#getTotalEntries <em>Total Entries</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesSummaryImpl#getLists <em>Lists</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesSummaryImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link marswb.model.server.impl.FailedFilesSummaryImpl#getTopFolders <em>Top Folders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FailedFilesSummaryImpl extends LocatedImpl implements FailedFilesSummary {
	/**
	 * The default value of the '{@link #getTotalEntries() <em>Total Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalEntries()
	 * @generated
	 * @ordered
	 */
	protected static final long TOTAL_ENTRIES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTotalEntries() <em>Total Entries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalEntries()
	 * @generated
	 * @ordered
	 */
	protected long totalEntries = TOTAL_ENTRIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLists() <em>Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLists()
	 * @generated
	 * @ordered
	 */
	protected EList<FailedFilesList> lists;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<ErrorCodeCount> codes;

	/**
	 * The cached value of the '{@link #getTopFolders() <em>Top Folders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<FolderCount> topFolders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FailedFilesSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.FAILED_FILES_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotalEntries() {
		return totalEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalEntries(long newTotalEntries) {
		long oldTotalEntries = totalEntries;
		totalEntries = newTotalEntries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FAILED_FILES_SUMMARY__TOTAL_ENTRIES, oldTotalEntries, totalEntries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FailedFilesList> getLists() {
		if (lists == null) {
			lists = new EObjectContainmentEList<FailedFilesList>(FailedFilesList.class, this, ServerPackage.FAILED_FILES_SUMMARY__LISTS);
		}
		return lists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ErrorCodeCount> getCodes() {
		if (codes == null) {
			codes = new EObjectContainmentEList<ErrorCodeCount>(ErrorCodeCount.class, this, ServerPackage.FAILED_FILES_SUMMARY__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FolderCount> getTopFolders() {
		if (topFolders == null) {
			topFolders = new EObjectContainmentEList<FolderCount>(FolderCount.class, this, ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS);
		}
		return topFolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.FAILED_FILES_SUMMARY__LISTS:
				return ((InternalEList<?>)getLists()).basicRemove(otherEnd, msgs);
			case ServerPackage.FAILED_FILES_SUMMARY__CODES:
				return ((InternalEList<?>)getCodes()).basicRemove(otherEnd, msgs);
			case ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS:
				return ((InternalEList<?>)getTopFolders()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.FAILED_FILES_SUMMARY__TOTAL_ENTRIES:
				return getTotalEntries();
			case ServerPackage.FAILED_FILES_SUMMARY__LISTS:
				return getLists();
			case ServerPackage.FAILED_FILES_SUMMARY__CODES:
				return getCodes();
			case ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS:
				return getTopFolders();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ServerPackage.FAILED_FILES_SUMMARY__TOTAL_ENTRIES:
				setTotalEntries((Long)newValue);
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__LISTS:
				getLists().clear();
				getLists().addAll((Collection<? extends FailedFilesList>)newValue);
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends ErrorCodeCount>)newValue);
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS:
				getTopFolders().clear();
				getTopFolders().addAll((Collection<? extends FolderCount>)newValue);
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
			case ServerPackage.FAILED_FILES_SUMMARY__TOTAL_ENTRIES:
				setTotalEntries(TOTAL_ENTRIES_EDEFAULT);
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__LISTS:
				getLists().clear();
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__CODES:
				getCodes().clear();
				return;
			case ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS:
				getTopFolders().clear();
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
			case ServerPackage.FAILED_FILES_SUMMARY__TOTAL_ENTRIES:
				return totalEntries != TOTAL_ENTRIES_EDEFAULT;
			case ServerPackage.FAILED_FILES_SUMMARY__LISTS:
				return lists != null && !lists.isEmpty();
			case ServerPackage.FAILED_FILES_SUMMARY__CODES:
				return codes != null && !codes.isEmpty();
			case ServerPackage.FAILED_FILES_SUMMARY__TOP_FOLDERS:
				return topFolders != null && !topFolders.isEmpty();
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
		result.append(" (totalEntries: ");
		result.append(totalEntries);
		result.append(')');
		return result.toString();
	}

} //FailedFilesSummaryImpl
