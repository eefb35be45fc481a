/**
 */
package marswb.model.server.impl;

import java.util.Collection;
import marswb.model.server.ErrorCodeCount;
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
 * An implementation of the model object '<em><b>Error Code Count</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.ErrorCodeCountImpl#getCode <em>Code</em>}</li>
 *   <li>{@link marswb.model.server.impl.ErrorCodeCountImpl#getCount <em>Count</em>}</li>
 *   <li>{@link marswb.model.server.impl.ErrorCodeCountImpl#getFirstEntry <em>First Entry</em>}</li>
 *   <li>{@link marswb.model.server.impl.ErrorCodeCountImpl#getTopFolders <em>Top Folders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ErrorCodeCountImpl extends LocatedImpl implements ErrorCodeCount {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final long COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected long count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstEntry() <em>First Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEntry()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_ENTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstEntry() <em>First Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEntry()
	 * @generated
	 * @ordered
	 */
	protected String firstEntry = FIRST_ENTRY_EDEFAULT;

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
	protected ErrorCodeCountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.ERROR_CODE_COUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ERROR_CODE_COUNT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(long newCount) {
		long oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ERROR_CODE_COUNT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstEntry() {
		return firstEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstEntry(String newFirstEntry) {
		String oldFirstEntry = firstEntry;
		firstEntry = newFirstEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ERROR_CODE_COUNT__FIRST_ENTRY, oldFirstEntry, firstEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FolderCount> getTopFolders() {
		if (topFolders == null) {
			topFolders = new EObjectContainmentEList<FolderCount>(FolderCount.class, this, ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS);
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
			case ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS:
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
			case ServerPackage.ERROR_CODE_COUNT__CODE:
				return getCode();
			case ServerPackage.ERROR_CODE_COUNT__COUNT:
				return getCount();
			case ServerPackage.ERROR_CODE_COUNT__FIRST_ENTRY:
				return getFirstEntry();
			case ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS:
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
			case ServerPackage.ERROR_CODE_COUNT__CODE:
				setCode((String)newValue);
				return;
			case ServerPackage.ERROR_CODE_COUNT__COUNT:
				setCount((Long)newValue);
				return;
			case ServerPackage.ERROR_CODE_COUNT__FIRST_ENTRY:
				setFirstEntry((String)newValue);
				return;
			case ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS:
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
			case ServerPackage.ERROR_CODE_COUNT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ServerPackage.ERROR_CODE_COUNT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ServerPackage.ERROR_CODE_COUNT__FIRST_ENTRY:
				setFirstEntry(FIRST_ENTRY_EDEFAULT);
				return;
			case ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS:
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
			case ServerPackage.ERROR_CODE_COUNT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ServerPackage.ERROR_CODE_COUNT__COUNT:
				return count != COUNT_EDEFAULT;
			case ServerPackage.ERROR_CODE_COUNT__FIRST_ENTRY:
				return FIRST_ENTRY_EDEFAULT == null ? firstEntry != null : !FIRST_ENTRY_EDEFAULT.equals(firstEntry);
			case ServerPackage.ERROR_CODE_COUNT__TOP_FOLDERS:
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
		result.append(" (code: ");
		result.append(code);
		result.append(", count: ");
		result.append(count);
		result.append(", firstEntry: ");
		result.append(firstEntry);
		result.append(')');
		return result.toString();
	}

} //ErrorCodeCountImpl
