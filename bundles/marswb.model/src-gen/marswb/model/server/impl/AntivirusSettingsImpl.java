/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.AntivirusSettings;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Antivirus Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.AntivirusSettingsImpl#getRealtimeMonitoringDisabled <em>Realtime Monitoring Disabled</em>}</li>
 *   <li>{@link marswb.model.server.impl.AntivirusSettingsImpl#getExclusionPaths <em>Exclusion Paths</em>}</li>
 *   <li>{@link marswb.model.server.impl.AntivirusSettingsImpl#getExclusionProcesses <em>Exclusion Processes</em>}</li>
 *   <li>{@link marswb.model.server.impl.AntivirusSettingsImpl#getExclusionExtensions <em>Exclusion Extensions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AntivirusSettingsImpl extends LocatedImpl implements AntivirusSettings {
	/**
	 * The default value of the '{@link #getRealtimeMonitoringDisabled() <em>Realtime Monitoring Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealtimeMonitoringDisabled()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REALTIME_MONITORING_DISABLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRealtimeMonitoringDisabled() <em>Realtime Monitoring Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealtimeMonitoringDisabled()
	 * @generated
	 * @ordered
	 */
	protected Boolean realtimeMonitoringDisabled = REALTIME_MONITORING_DISABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExclusionPaths() <em>Exclusion Paths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exclusionPaths;

	/**
	 * The cached value of the '{@link #getExclusionProcesses() <em>Exclusion Processes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exclusionProcesses;

	/**
	 * The cached value of the '{@link #getExclusionExtensions() <em>Exclusion Extensions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exclusionExtensions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AntivirusSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.ANTIVIRUS_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRealtimeMonitoringDisabled() {
		return realtimeMonitoringDisabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealtimeMonitoringDisabled(Boolean newRealtimeMonitoringDisabled) {
		Boolean oldRealtimeMonitoringDisabled = realtimeMonitoringDisabled;
		realtimeMonitoringDisabled = newRealtimeMonitoringDisabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED, oldRealtimeMonitoringDisabled, realtimeMonitoringDisabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExclusionPaths() {
		if (exclusionPaths == null) {
			exclusionPaths = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS);
		}
		return exclusionPaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExclusionProcesses() {
		if (exclusionProcesses == null) {
			exclusionProcesses = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES);
		}
		return exclusionProcesses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExclusionExtensions() {
		if (exclusionExtensions == null) {
			exclusionExtensions = new EDataTypeUniqueEList<String>(String.class, this, ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS);
		}
		return exclusionExtensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED:
				return getRealtimeMonitoringDisabled();
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS:
				return getExclusionPaths();
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES:
				return getExclusionProcesses();
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS:
				return getExclusionExtensions();
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
			case ServerPackage.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED:
				setRealtimeMonitoringDisabled((Boolean)newValue);
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS:
				getExclusionPaths().clear();
				getExclusionPaths().addAll((Collection<? extends String>)newValue);
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES:
				getExclusionProcesses().clear();
				getExclusionProcesses().addAll((Collection<? extends String>)newValue);
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS:
				getExclusionExtensions().clear();
				getExclusionExtensions().addAll((Collection<? extends String>)newValue);
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
			case ServerPackage.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED:
				setRealtimeMonitoringDisabled(REALTIME_MONITORING_DISABLED_EDEFAULT);
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS:
				getExclusionPaths().clear();
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES:
				getExclusionProcesses().clear();
				return;
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS:
				getExclusionExtensions().clear();
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
			case ServerPackage.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED:
				return REALTIME_MONITORING_DISABLED_EDEFAULT == null ? realtimeMonitoringDisabled != null : !REALTIME_MONITORING_DISABLED_EDEFAULT.equals(realtimeMonitoringDisabled);
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS:
				return exclusionPaths != null && !exclusionPaths.isEmpty();
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES:
				return exclusionProcesses != null && !exclusionProcesses.isEmpty();
			case ServerPackage.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS:
				return exclusionExtensions != null && !exclusionExtensions.isEmpty();
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
		result.append(" (realtimeMonitoringDisabled: ");
		result.append(realtimeMonitoringDisabled);
		result.append(", exclusionPaths: ");
		result.append(exclusionPaths);
		result.append(", exclusionProcesses: ");
		result.append(exclusionProcesses);
		result.append(", exclusionExtensions: ");
		result.append(exclusionExtensions);
		result.append(')');
		return result.toString();
	}

} //AntivirusSettingsImpl
