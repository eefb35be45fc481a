/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shadow Storage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One vssadmin shadow storage association.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.ShadowStorage#getForVolume <em>For Volume</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#getStorageVolume <em>Storage Volume</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#getUsedBytes <em>Used Bytes</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#getAllocatedBytes <em>Allocated Bytes</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#getMaximumBytes <em>Maximum Bytes</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#isMaximumUnbounded <em>Maximum Unbounded</em>}</li>
 *   <li>{@link marswb.model.server.ShadowStorage#getMaximumPercent <em>Maximum Percent</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getShadowStorage()
 * @model
 * @generated
 */
public interface ShadowStorage extends Located {
	/**
	 * Returns the value of the '<em><b>For Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protected volume, e.g. C:
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>For Volume</em>' attribute.
	 * @see #setForVolume(String)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_ForVolume()
	 * @model
	 * @generated
	 */
	String getForVolume();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getForVolume <em>For Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Volume</em>' attribute.
	 * @see #getForVolume()
	 * @generated
	 */
	void setForVolume(String value);

	/**
	 * Returns the value of the '<em><b>Storage Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume holding the shadow storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage Volume</em>' attribute.
	 * @see #setStorageVolume(String)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_StorageVolume()
	 * @model
	 * @generated
	 */
	String getStorageVolume();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getStorageVolume <em>Storage Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Volume</em>' attribute.
	 * @see #getStorageVolume()
	 * @generated
	 */
	void setStorageVolume(String value);

	/**
	 * Returns the value of the '<em><b>Used Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Used shadow copy storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used Bytes</em>' attribute.
	 * @see #setUsedBytes(Long)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_UsedBytes()
	 * @model
	 * @generated
	 */
	Long getUsedBytes();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getUsedBytes <em>Used Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Bytes</em>' attribute.
	 * @see #getUsedBytes()
	 * @generated
	 */
	void setUsedBytes(Long value);

	/**
	 * Returns the value of the '<em><b>Allocated Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allocated shadow copy storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocated Bytes</em>' attribute.
	 * @see #setAllocatedBytes(Long)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_AllocatedBytes()
	 * @model
	 * @generated
	 */
	Long getAllocatedBytes();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getAllocatedBytes <em>Allocated Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated Bytes</em>' attribute.
	 * @see #getAllocatedBytes()
	 * @generated
	 */
	void setAllocatedBytes(Long value);

	/**
	 * Returns the value of the '<em><b>Maximum Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum shadow copy storage; null when unbounded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Bytes</em>' attribute.
	 * @see #setMaximumBytes(Long)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_MaximumBytes()
	 * @model
	 * @generated
	 */
	Long getMaximumBytes();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getMaximumBytes <em>Maximum Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Bytes</em>' attribute.
	 * @see #getMaximumBytes()
	 * @generated
	 */
	void setMaximumBytes(Long value);

	/**
	 * Returns the value of the '<em><b>Maximum Unbounded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for UNBOUNDED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Unbounded</em>' attribute.
	 * @see #setMaximumUnbounded(boolean)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_MaximumUnbounded()
	 * @model
	 * @generated
	 */
	boolean isMaximumUnbounded();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#isMaximumUnbounded <em>Maximum Unbounded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Unbounded</em>' attribute.
	 * @see #isMaximumUnbounded()
	 * @generated
	 */
	void setMaximumUnbounded(boolean value);

	/**
	 * Returns the value of the '<em><b>Maximum Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percentage vssadmin printed for the maximum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Percent</em>' attribute.
	 * @see #setMaximumPercent(Integer)
	 * @see marswb.model.server.ServerPackage#getShadowStorage_MaximumPercent()
	 * @model
	 * @generated
	 */
	Integer getMaximumPercent();

	/**
	 * Sets the value of the '{@link marswb.model.server.ShadowStorage#getMaximumPercent <em>Maximum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Percent</em>' attribute.
	 * @see #getMaximumPercent()
	 * @generated
	 */
	void setMaximumPercent(Integer value);

} // ShadowStorage
