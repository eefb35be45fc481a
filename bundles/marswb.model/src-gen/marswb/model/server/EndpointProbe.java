/**
 */
package marswb.model.server;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Probe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One endpoint probe.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.EndpointProbe#getTarget <em>Target</em>}</li>
 *   <li>{@link marswb.model.server.EndpointProbe#getPort <em>Port</em>}</li>
 *   <li>{@link marswb.model.server.EndpointProbe#getTcpTestSucceeded <em>Tcp Test Succeeded</em>}</li>
 *   <li>{@link marswb.model.server.EndpointProbe#getHttpStatus <em>Http Status</em>}</li>
 *   <li>{@link marswb.model.server.EndpointProbe#getError <em>Error</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getEndpointProbe()
 * @model
 * @generated
 */
public interface EndpointProbe extends Located {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name probed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see marswb.model.server.ServerPackage#getEndpointProbe_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link marswb.model.server.EndpointProbe#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see marswb.model.server.ServerPackage#getEndpointProbe_Port()
	 * @model
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link marswb.model.server.EndpointProbe#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>Tcp Test Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TCP connection made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Test Succeeded</em>' attribute.
	 * @see #setTcpTestSucceeded(Boolean)
	 * @see marswb.model.server.ServerPackage#getEndpointProbe_TcpTestSucceeded()
	 * @model
	 * @generated
	 */
	Boolean getTcpTestSucceeded();

	/**
	 * Sets the value of the '{@link marswb.model.server.EndpointProbe#getTcpTestSucceeded <em>Tcp Test Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Test Succeeded</em>' attribute.
	 * @see #getTcpTestSucceeded()
	 * @generated
	 */
	void setTcpTestSucceeded(Boolean value);

	/**
	 * Returns the value of the '<em><b>Http Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HTTP status answered, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Http Status</em>' attribute.
	 * @see #setHttpStatus(Integer)
	 * @see marswb.model.server.ServerPackage#getEndpointProbe_HttpStatus()
	 * @model
	 * @generated
	 */
	Integer getHttpStatus();

	/**
	 * Sets the value of the '{@link marswb.model.server.EndpointProbe#getHttpStatus <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http Status</em>' attribute.
	 * @see #getHttpStatus()
	 * @generated
	 */
	void setHttpStatus(Integer value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see marswb.model.server.ServerPackage#getEndpointProbe_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link marswb.model.server.EndpointProbe#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

} // EndpointProbe
