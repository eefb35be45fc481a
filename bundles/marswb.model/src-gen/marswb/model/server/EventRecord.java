/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CloudBackup/Operational event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.EventRecord#getTimeCreated <em>Time Created</em>}</li>
 *   <li>{@link marswb.model.server.EventRecord#getEventId <em>Event Id</em>}</li>
 *   <li>{@link marswb.model.server.EventRecord#getLevel <em>Level</em>}</li>
 *   <li>{@link marswb.model.server.EventRecord#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getEventRecord()
 * @model
 * @generated
 */
public interface EventRecord extends Located {
	/**
	 * Returns the value of the '<em><b>Time Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TimeCreated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Created</em>' attribute.
	 * @see #setTimeCreated(Date)
	 * @see marswb.model.server.ServerPackage#getEventRecord_TimeCreated()
	 * @model
	 * @generated
	 */
	Date getTimeCreated();

	/**
	 * Sets the value of the '{@link marswb.model.server.EventRecord#getTimeCreated <em>Time Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Created</em>' attribute.
	 * @see #getTimeCreated()
	 * @generated
	 */
	void setTimeCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Event Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Id</em>' attribute.
	 * @see #setEventId(Integer)
	 * @see marswb.model.server.ServerPackage#getEventRecord_EventId()
	 * @model
	 * @generated
	 */
	Integer getEventId();

	/**
	 * Sets the value of the '{@link marswb.model.server.EventRecord#getEventId <em>Event Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Id</em>' attribute.
	 * @see #getEventId()
	 * @generated
	 */
	void setEventId(Integer value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LevelDisplayName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see marswb.model.server.ServerPackage#getEventRecord_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link marswb.model.server.EventRecord#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see marswb.model.server.ServerPackage#getEventRecord_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link marswb.model.server.EventRecord#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // EventRecord
