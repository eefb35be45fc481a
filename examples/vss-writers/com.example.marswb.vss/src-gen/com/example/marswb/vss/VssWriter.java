/**
 */
package com.example.marswb.vss;

import marswb.model.server.Located;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Writer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 'Writer name:' block of vssadmin list writers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link com.example.marswb.vss.VssWriter#getName <em>Name</em>}</li>
 *   <li>{@link com.example.marswb.vss.VssWriter#getWriterId <em>Writer Id</em>}</li>
 *   <li>{@link com.example.marswb.vss.VssWriter#getInstanceId <em>Instance Id</em>}</li>
 *   <li>{@link com.example.marswb.vss.VssWriter#getStateCode <em>State Code</em>}</li>
 *   <li>{@link com.example.marswb.vss.VssWriter#getState <em>State</em>}</li>
 *   <li>{@link com.example.marswb.vss.VssWriter#getLastError <em>Last Error</em>}</li>
 * </ul>
 *
 * @see com.example.marswb.vss.VssPackage#getVssWriter()
 * @model
 * @generated
 */
public interface VssWriter extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The writer's name without its quotes, e.g. System Writer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Writer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Writer Id: the GUID of the writer class, the same on every server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Writer Id</em>' attribute.
	 * @see #setWriterId(String)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_WriterId()
	 * @model
	 * @generated
	 */
	String getWriterId();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getWriterId <em>Writer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writer Id</em>' attribute.
	 * @see #getWriterId()
	 * @generated
	 */
	void setWriterId(String value);

	/**
	 * Returns the value of the '<em><b>Instance Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Writer Instance Id: the GUID of this running instance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Id</em>' attribute.
	 * @see #setInstanceId(String)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_InstanceId()
	 * @model
	 * @generated
	 */
	String getInstanceId();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getInstanceId <em>Instance Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Id</em>' attribute.
	 * @see #getInstanceId()
	 * @generated
	 */
	void setInstanceId(String value);

	/**
	 * Returns the value of the '<em><b>State Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number in brackets of the State line (VSS_WRITER_STATE: 1 stable, 6 to 15 failed at some phase).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Code</em>' attribute.
	 * @see #setStateCode(Integer)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_StateCode()
	 * @model
	 * @generated
	 */
	Integer getStateCode();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getStateCode <em>State Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Code</em>' attribute.
	 * @see #getStateCode()
	 * @generated
	 */
	void setStateCode(Integer value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state's words after the number, e.g. Stable, Failed, Waiting for completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Last Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last error: 'No error' when the writer's last operation succeeded, e.g. Timed out, Retryable error.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Error</em>' attribute.
	 * @see #setLastError(String)
	 * @see com.example.marswb.vss.VssPackage#getVssWriter_LastError()
	 * @model
	 * @generated
	 */
	String getLastError();

	/**
	 * Sets the value of the '{@link com.example.marswb.vss.VssWriter#getLastError <em>Last Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Error</em>' attribute.
	 * @see #getLastError()
	 * @generated
	 */
	void setLastError(String value);

} // VssWriter
