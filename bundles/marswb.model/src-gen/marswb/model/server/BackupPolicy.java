/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backup Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The backup policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.BackupPolicy#getPolicyName <em>Policy Name</em>}</li>
 *   <li>{@link marswb.model.server.BackupPolicy#getScheduleDays <em>Schedule Days</em>}</li>
 *   <li>{@link marswb.model.server.BackupPolicy#getScheduleTimes <em>Schedule Times</em>}</li>
 *   <li>{@link marswb.model.server.BackupPolicy#getSystemStateProtected <em>System State Protected</em>}</li>
 *   <li>{@link marswb.model.server.BackupPolicy#getFileSpecs <em>File Specs</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getBackupPolicy()
 * @model
 * @generated
 */
public interface BackupPolicy extends Located {
	/**
	 * Returns the value of the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PolicyName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy Name</em>' attribute.
	 * @see #setPolicyName(String)
	 * @see marswb.model.server.ServerPackage#getBackupPolicy_PolicyName()
	 * @model
	 * @generated
	 */
	String getPolicyName();

	/**
	 * Sets the value of the '{@link marswb.model.server.BackupPolicy#getPolicyName <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Name</em>' attribute.
	 * @see #getPolicyName()
	 * @generated
	 */
	void setPolicyName(String value);

	/**
	 * Returns the value of the '<em><b>Schedule Days</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days of the backup schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule Days</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getBackupPolicy_ScheduleDays()
	 * @model
	 * @generated
	 */
	EList<String> getScheduleDays();

	/**
	 * Returns the value of the '<em><b>Schedule Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Times of day of the backup schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule Times</em>' attribute list.
	 * @see marswb.model.server.ServerPackage#getBackupPolicy_ScheduleTimes()
	 * @model
	 * @generated
	 */
	EList<String> getScheduleTimes();

	/**
	 * Returns the value of the '<em><b>System State Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System state is in the policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System State Protected</em>' attribute.
	 * @see #setSystemStateProtected(Boolean)
	 * @see marswb.model.server.ServerPackage#getBackupPolicy_SystemStateProtected()
	 * @model
	 * @generated
	 */
	Boolean getSystemStateProtected();

	/**
	 * Sets the value of the '{@link marswb.model.server.BackupPolicy#getSystemStateProtected <em>System State Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System State Protected</em>' attribute.
	 * @see #getSystemStateProtected()
	 * @generated
	 */
	void setSystemStateProtected(Boolean value);

	/**
	 * Returns the value of the '<em><b>File Specs</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.FileSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Included and excluded file specs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Specs</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getBackupPolicy_FileSpecs()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileSpec> getFileSpecs();

} // BackupPolicy
