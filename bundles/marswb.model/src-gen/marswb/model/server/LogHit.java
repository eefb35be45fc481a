/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Hit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A known signature (error code, Sal* error, connection failure) found in logs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.LogHit#getSignature <em>Signature</em>}</li>
 *   <li>{@link marswb.model.server.LogHit#getCount <em>Count</em>}</li>
 *   <li>{@link marswb.model.server.LogHit#getFirstText <em>First Text</em>}</li>
 *   <li>{@link marswb.model.server.LogHit#getFirstTime <em>First Time</em>}</li>
 *   <li>{@link marswb.model.server.LogHit#getLastTime <em>Last Time</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getLogHit()
 * @model
 * @generated
 */
public interface LogHit extends Located {
	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signature id, e.g. 0x1FC07, SalLowDiskSpace, connection-failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(String)
	 * @see marswb.model.server.ServerPackage#getLogHit_Signature()
	 * @model
	 * @generated
	 */
	String getSignature();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogHit#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Occurrences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(long)
	 * @see marswb.model.server.ServerPackage#getLogHit_Count()
	 * @model
	 * @generated
	 */
	long getCount();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogHit#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(long value);

	/**
	 * Returns the value of the '<em><b>First Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Message of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Text</em>' attribute.
	 * @see #setFirstText(String)
	 * @see marswb.model.server.ServerPackage#getLogHit_FirstText()
	 * @model
	 * @generated
	 */
	String getFirstText();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogHit#getFirstText <em>First Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Text</em>' attribute.
	 * @see #getFirstText()
	 * @generated
	 */
	void setFirstText(String value);

	/**
	 * Returns the value of the '<em><b>First Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Time</em>' attribute.
	 * @see #setFirstTime(Date)
	 * @see marswb.model.server.ServerPackage#getLogHit_FirstTime()
	 * @model
	 * @generated
	 */
	Date getFirstTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogHit#getFirstTime <em>First Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Time</em>' attribute.
	 * @see #getFirstTime()
	 * @generated
	 */
	void setFirstTime(Date value);

	/**
	 * Returns the value of the '<em><b>Last Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the last occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Time</em>' attribute.
	 * @see #setLastTime(Date)
	 * @see marswb.model.server.ServerPackage#getLogHit_LastTime()
	 * @model
	 * @generated
	 */
	Date getLastTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.LogHit#getLastTime <em>Last Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Time</em>' attribute.
	 * @see #getLastTime()
	 * @generated
	 */
	void setLastTime(Date value);

} // LogHit
