/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Time zone facts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.TimeSettings#getTimeZoneId <em>Time Zone Id</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getTimeSettings()
 * @model
 * @generated
 */
public interface TimeSettings extends Located {
	/**
	 * Returns the value of the '<em><b>Time Zone Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Windows time-zone id from tzutil /g.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone Id</em>' attribute.
	 * @see #setTimeZoneId(String)
	 * @see marswb.model.server.ServerPackage#getTimeSettings_TimeZoneId()
	 * @model
	 * @generated
	 */
	String getTimeZoneId();

	/**
	 * Sets the value of the '{@link marswb.model.server.TimeSettings#getTimeZoneId <em>Time Zone Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone Id</em>' attribute.
	 * @see #getTimeZoneId()
	 * @generated
	 */
	void setTimeZoneId(String value);

} // TimeSettings
