/**
 */
package marswb.model.server.impl;

import marswb.model.server.FileSpec;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.FileSpecImpl#getFileSpec <em>File Spec</em>}</li>
 *   <li>{@link marswb.model.server.impl.FileSpecImpl#getIsExclude <em>Is Exclude</em>}</li>
 *   <li>{@link marswb.model.server.impl.FileSpecImpl#getIsRecursive <em>Is Recursive</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileSpecImpl extends LocatedImpl implements FileSpec {
	/**
	 * The default value of the '{@link #getFileSpec() <em>File Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSpec()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_SPEC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileSpec() <em>File Spec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileSpec()
	 * @generated
	 * @ordered
	 */
	protected String fileSpec = FILE_SPEC_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsExclude() <em>Is Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsExclude()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean IS_EXCLUDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsExclude() <em>Is Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsExclude()
	 * @generated
	 * @ordered
	 */
	protected Boolean isExclude = IS_EXCLUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsRecursive() <em>Is Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsRecursive()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean IS_RECURSIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsRecursive() <em>Is Recursive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsRecursive()
	 * @generated
	 * @ordered
	 */
	protected Boolean isRecursive = IS_RECURSIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.FILE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileSpec() {
		return fileSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileSpec(String newFileSpec) {
		String oldFileSpec = fileSpec;
		fileSpec = newFileSpec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FILE_SPEC__FILE_SPEC, oldFileSpec, fileSpec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getIsExclude() {
		return isExclude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsExclude(Boolean newIsExclude) {
		Boolean oldIsExclude = isExclude;
		isExclude = newIsExclude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FILE_SPEC__IS_EXCLUDE, oldIsExclude, isExclude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getIsRecursive() {
		return isRecursive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsRecursive(Boolean newIsRecursive) {
		Boolean oldIsRecursive = isRecursive;
		isRecursive = newIsRecursive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.FILE_SPEC__IS_RECURSIVE, oldIsRecursive, isRecursive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.FILE_SPEC__FILE_SPEC:
				return getFileSpec();
			case ServerPackage.FILE_SPEC__IS_EXCLUDE:
				return getIsExclude();
			case ServerPackage.FILE_SPEC__IS_RECURSIVE:
				return getIsRecursive();
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
			case ServerPackage.FILE_SPEC__FILE_SPEC:
				setFileSpec((String)newValue);
				return;
			case ServerPackage.FILE_SPEC__IS_EXCLUDE:
				setIsExclude((Boolean)newValue);
				return;
			case ServerPackage.FILE_SPEC__IS_RECURSIVE:
				setIsRecursive((Boolean)newValue);
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
			case ServerPackage.FILE_SPEC__FILE_SPEC:
				setFileSpec(FILE_SPEC_EDEFAULT);
				return;
			case ServerPackage.FILE_SPEC__IS_EXCLUDE:
				setIsExclude(IS_EXCLUDE_EDEFAULT);
				return;
			case ServerPackage.FILE_SPEC__IS_RECURSIVE:
				setIsRecursive(IS_RECURSIVE_EDEFAULT);
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
			case ServerPackage.FILE_SPEC__FILE_SPEC:
				return FILE_SPEC_EDEFAULT == null ? fileSpec != null : !FILE_SPEC_EDEFAULT.equals(fileSpec);
			case ServerPackage.FILE_SPEC__IS_EXCLUDE:
				return IS_EXCLUDE_EDEFAULT == null ? isExclude != null : !IS_EXCLUDE_EDEFAULT.equals(isExclude);
			case ServerPackage.FILE_SPEC__IS_RECURSIVE:
				return IS_RECURSIVE_EDEFAULT == null ? isRecursive != null : !IS_RECURSIVE_EDEFAULT.equals(isRecursive);
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
		result.append(" (fileSpec: ");
		result.append(fileSpec);
		result.append(", isExclude: ");
		result.append(isExclude);
		result.append(", isRecursive: ");
		result.append(isRecursive);
		result.append(')');
		return result.toString();
	}

} //FileSpecImpl
