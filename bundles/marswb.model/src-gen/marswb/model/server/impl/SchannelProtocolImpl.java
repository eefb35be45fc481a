/**
 */
package marswb.model.server.impl;

import marswb.model.server.SchannelProtocol;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schannel Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.SchannelProtocolImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link marswb.model.server.impl.SchannelProtocolImpl#getSide <em>Side</em>}</li>
 *   <li>{@link marswb.model.server.impl.SchannelProtocolImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link marswb.model.server.impl.SchannelProtocolImpl#getDisabledByDefault <em>Disabled By Default</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchannelProtocolImpl extends LocatedImpl implements SchannelProtocol {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected String protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected static final String SIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSide() <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSide()
	 * @generated
	 * @ordered
	 */
	protected String side = SIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ENABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected Integer enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisabledByDefault() <em>Disabled By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledByDefault()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DISABLED_BY_DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisabledByDefault() <em>Disabled By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabledByDefault()
	 * @generated
	 * @ordered
	 */
	protected Integer disabledByDefault = DISABLED_BY_DEFAULT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchannelProtocolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.SCHANNEL_PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(String newProtocol) {
		String oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHANNEL_PROTOCOL__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSide() {
		return side;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSide(String newSide) {
		String oldSide = side;
		side = newSide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHANNEL_PROTOCOL__SIDE, oldSide, side));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(Integer newEnabled) {
		Integer oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHANNEL_PROTOCOL__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDisabledByDefault() {
		return disabledByDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisabledByDefault(Integer newDisabledByDefault) {
		Integer oldDisabledByDefault = disabledByDefault;
		disabledByDefault = newDisabledByDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT, oldDisabledByDefault, disabledByDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.SCHANNEL_PROTOCOL__PROTOCOL:
				return getProtocol();
			case ServerPackage.SCHANNEL_PROTOCOL__SIDE:
				return getSide();
			case ServerPackage.SCHANNEL_PROTOCOL__ENABLED:
				return getEnabled();
			case ServerPackage.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT:
				return getDisabledByDefault();
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
			case ServerPackage.SCHANNEL_PROTOCOL__PROTOCOL:
				setProtocol((String)newValue);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__SIDE:
				setSide((String)newValue);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__ENABLED:
				setEnabled((Integer)newValue);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT:
				setDisabledByDefault((Integer)newValue);
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
			case ServerPackage.SCHANNEL_PROTOCOL__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__SIDE:
				setSide(SIDE_EDEFAULT);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case ServerPackage.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT:
				setDisabledByDefault(DISABLED_BY_DEFAULT_EDEFAULT);
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
			case ServerPackage.SCHANNEL_PROTOCOL__PROTOCOL:
				return PROTOCOL_EDEFAULT == null ? protocol != null : !PROTOCOL_EDEFAULT.equals(protocol);
			case ServerPackage.SCHANNEL_PROTOCOL__SIDE:
				return SIDE_EDEFAULT == null ? side != null : !SIDE_EDEFAULT.equals(side);
			case ServerPackage.SCHANNEL_PROTOCOL__ENABLED:
				return ENABLED_EDEFAULT == null ? enabled != null : !ENABLED_EDEFAULT.equals(enabled);
			case ServerPackage.SCHANNEL_PROTOCOL__DISABLED_BY_DEFAULT:
				return DISABLED_BY_DEFAULT_EDEFAULT == null ? disabledByDefault != null : !DISABLED_BY_DEFAULT_EDEFAULT.equals(disabledByDefault);
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", side: ");
		result.append(side);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", disabledByDefault: ");
		result.append(disabledByDefault);
		result.append(')');
		return result.toString();
	}

} //SchannelProtocolImpl
