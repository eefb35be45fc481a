/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Antivirus Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Microsoft Defender preferences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.AntivirusSettings#getRealtimeMonitoringDisabled <em>Realtime Monitoring Disabled</em>}</li>
 *   <li>{@link marswb.model.server.AntivirusSettings#getExclusionPaths <em>Exclusion Paths</em>}</li>
 *   <li>{@link marswb.model.server.AntivirusSettings#getExclusionProcesses <em>Exclusion Processes</em>}</li>
 *   <li>{@link marswb.model.server.AntivirusSettings#getExclusionExtensions <em>Exclusion Extensions</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getAntivirusSettings()
 * @model
 * @generated
 */
public interface AntivirusSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Realtime Monitoring Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DisableRealtimeMonitoring.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Realtime Monitoring Disabled</em>' attribute.
	 * @see #setRealtimeMonitoringDisabled(Boolean)
	 * @see marswb.model.server.ServerPackage#getAntivirusSettings_RealtimeMonitoringDisabled()
	 * @model
	 * @generated
	 */
	Boolean getRealtimeMonitoringDisabled();

	/**
	 * Sets the value of the '{@link marswb.model.server.AntivirusSettings#getRealtimeMonitoringDisabled <em>Realtime Monitoring Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Realtime Monitoring Disabled</em>' attribute.
	 * @see #getRealtimeMonitoringDisabled()
	 * @generated
	 */
	void setRealtimeMonitoringDisabled(Boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusion Paths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ExclusionPath.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion Paths</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getAntivirusSettings_ExclusionPaths()
	 * @model
	 * @generated
	 */
	EList<String> getExclusionPaths();

	/**
	 * Returns the value of the '<em><b>Exclusion Processes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ExclusionProcess.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion Processes</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getAntivirusSettings_ExclusionProcesses()
	 * @model
	 * @generated
	 */
	EList<String> getExclusionProcesses();

	/**
	 * Returns the value of the '<em><b>Exclusion Extensions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ExclusionExtension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion Extensions</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getAntivirusSettings_ExclusionExtensions()
	 * @model
	 * @generated
	 */
	EList<String> getExclusionExtensions();

} // AntivirusSettings
