/**
 */
package marswb.model.server.impl;

import java.util.Date;

import marswb.model.server.Hotfix;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hotfix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.HotfixImpl#getHotFixId <em>Hot Fix Id</em>}</li>
 *   <li>{@link marswb.model.server.impl.HotfixImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link marswb.model.server.impl.HotfixImpl#getInstalledOnText <em>Installed On Text</em>}</li>
 *   <li>{@link marswb.model.server.impl.HotfixImpl#getInstalledOn <em>Installed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HotfixImpl extends LocatedImpl implements Hotfix {
	/**
	 * The default value of the '{@link #getHotFixId() <em>Hot Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHotFixId()
	 * @generated
	 * @ordered
	 */
	protected static final String HOT_FIX_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHotFixId() <em>Hot Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHotFixId()
	 * @generated
	 * @ordered
	 */
	protected String hotFixId = HOT_FIX_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstalledOnText() <em>Installed On Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOnText()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTALLED_ON_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalledOnText() <em>Installed On Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOnText()
	 * @generated
	 * @ordered
	 */
	protected String installedOnText = INSTALLED_ON_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date INSTALLED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected Date installedOn = INSTALLED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HotfixImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.HOTFIX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHotFixId() {
		return hotFixId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHotFixId(String newHotFixId) {
		String oldHotFixId = hotFixId;
		hotFixId = newHotFixId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.HOTFIX__HOT_FIX_ID, oldHotFixId, hotFixId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.HOTFIX__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstalledOnText() {
		return installedOnText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalledOnText(String newInstalledOnText) {
		String oldInstalledOnText = installedOnText;
		installedOnText = newInstalledOnText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.HOTFIX__INSTALLED_ON_TEXT, oldInstalledOnText, installedOnText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getInstalledOn() {
		return installedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalledOn(Date newInstalledOn) {
		Date oldInstalledOn = installedOn;
		installedOn = newInstalledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.HOTFIX__INSTALLED_ON, oldInstalledOn, installedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.HOTFIX__HOT_FIX_ID:
				return getHotFixId();
			case ServerPackage.HOTFIX__DESCRIPTION:
				return getDescription();
			case ServerPackage.HOTFIX__INSTALLED_ON_TEXT:
				return getInstalledOnText();
			case ServerPackage.HOTFIX__INSTALLED_ON:
				return getInstalledOn();
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
			case ServerPackage.HOTFIX__HOT_FIX_ID:
				setHotFixId((String)newValue);
				return;
			case ServerPackage.HOTFIX__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ServerPackage.HOTFIX__INSTALLED_ON_TEXT:
				setInstalledOnText((String)newValue);
				return;
			case ServerPackage.HOTFIX__INSTALLED_ON:
				setInstalledOn((Date)newValue);
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
			case ServerPackage.HOTFIX__HOT_FIX_ID:
				setHotFixId(HOT_FIX_ID_EDEFAULT);
				return;
			case ServerPackage.HOTFIX__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ServerPackage.HOTFIX__INSTALLED_ON_TEXT:
				setInstalledOnText(INSTALLED_ON_TEXT_EDEFAULT);
				return;
			case ServerPackage.HOTFIX__INSTALLED_ON:
				setInstalledOn(INSTALLED_ON_EDEFAULT);
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
			case ServerPackage.HOTFIX__HOT_FIX_ID:
				return HOT_FIX_ID_EDEFAULT == null ? hotFixId != null : !HOT_FIX_ID_EDEFAULT.equals(hotFixId);
			case ServerPackage.HOTFIX__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ServerPackage.HOTFIX__INSTALLED_ON_TEXT:
				return INSTALLED_ON_TEXT_EDEFAULT == null ? installedOnText != null : !INSTALLED_ON_TEXT_EDEFAULT.equals(installedOnText);
			case ServerPackage.HOTFIX__INSTALLED_ON:
				return INSTALLED_ON_EDEFAULT == null ? installedOn != null : !INSTALLED_ON_EDEFAULT.equals(installedOn);
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
		result.append(" (hotFixId: ");
		result.append(hotFixId);
		result.append(", description: ");
		result.append(description);
		result.append(", installedOnText: ");
		result.append(installedOnText);
		result.append(", installedOn: ");
		result.append(installedOn);
		result.append(')');
		return result.toString();
	}

} //HotfixImpl
