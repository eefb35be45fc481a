/**
 */
package marswb.model.server.impl;

import marswb.model.server.EndpointProbe;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint Probe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.EndpointProbeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link marswb.model.server.impl.EndpointProbeImpl#getPort <em>Port</em>}</li>
 *   <li>{@link marswb.model.server.impl.EndpointProbeImpl#getTcpTestSucceeded <em>Tcp Test Succeeded</em>}</li>
 *   <li>{@link marswb.model.server.impl.EndpointProbeImpl#getHttpStatus <em>Http Status</em>}</li>
 *   <li>{@link marswb.model.server.impl.EndpointProbeImpl#getError <em>Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointProbeImpl extends LocatedImpl implements EndpointProbe {
	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Integer port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTcpTestSucceeded() <em>Tcp Test Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpTestSucceeded()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean TCP_TEST_SUCCEEDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTcpTestSucceeded() <em>Tcp Test Succeeded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpTestSucceeded()
	 * @generated
	 * @ordered
	 */
	protected Boolean tcpTestSucceeded = TCP_TEST_SUCCEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHttpStatus() <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HTTP_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHttpStatus() <em>Http Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpStatus()
	 * @generated
	 * @ordered
	 */
	protected Integer httpStatus = HTTP_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointProbeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.ENDPOINT_PROBE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ENDPOINT_PROBE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Integer newPort) {
		Integer oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ENDPOINT_PROBE__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getTcpTestSucceeded() {
		return tcpTestSucceeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpTestSucceeded(Boolean newTcpTestSucceeded) {
		Boolean oldTcpTestSucceeded = tcpTestSucceeded;
		tcpTestSucceeded = newTcpTestSucceeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED, oldTcpTestSucceeded, tcpTestSucceeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHttpStatus() {
		return httpStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpStatus(Integer newHttpStatus) {
		Integer oldHttpStatus = httpStatus;
		httpStatus = newHttpStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ENDPOINT_PROBE__HTTP_STATUS, oldHttpStatus, httpStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.ENDPOINT_PROBE__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.ENDPOINT_PROBE__TARGET:
				return getTarget();
			case ServerPackage.ENDPOINT_PROBE__PORT:
				return getPort();
			case ServerPackage.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED:
				return getTcpTestSucceeded();
			case ServerPackage.ENDPOINT_PROBE__HTTP_STATUS:
				return getHttpStatus();
			case ServerPackage.ENDPOINT_PROBE__ERROR:
				return getError();
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
			case ServerPackage.ENDPOINT_PROBE__TARGET:
				setTarget((String)newValue);
				return;
			case ServerPackage.ENDPOINT_PROBE__PORT:
				setPort((Integer)newValue);
				return;
			case ServerPackage.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED:
				setTcpTestSucceeded((Boolean)newValue);
				return;
			case ServerPackage.ENDPOINT_PROBE__HTTP_STATUS:
				setHttpStatus((Integer)newValue);
				return;
			case ServerPackage.ENDPOINT_PROBE__ERROR:
				setError((String)newValue);
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
			case ServerPackage.ENDPOINT_PROBE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ServerPackage.ENDPOINT_PROBE__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ServerPackage.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED:
				setTcpTestSucceeded(TCP_TEST_SUCCEEDED_EDEFAULT);
				return;
			case ServerPackage.ENDPOINT_PROBE__HTTP_STATUS:
				setHttpStatus(HTTP_STATUS_EDEFAULT);
				return;
			case ServerPackage.ENDPOINT_PROBE__ERROR:
				setError(ERROR_EDEFAULT);
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
			case ServerPackage.ENDPOINT_PROBE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ServerPackage.ENDPOINT_PROBE__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case ServerPackage.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED:
				return TCP_TEST_SUCCEEDED_EDEFAULT == null ? tcpTestSucceeded != null : !TCP_TEST_SUCCEEDED_EDEFAULT.equals(tcpTestSucceeded);
			case ServerPackage.ENDPOINT_PROBE__HTTP_STATUS:
				return HTTP_STATUS_EDEFAULT == null ? httpStatus != null : !HTTP_STATUS_EDEFAULT.equals(httpStatus);
			case ServerPackage.ENDPOINT_PROBE__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
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
		result.append(" (target: ");
		result.append(target);
		result.append(", port: ");
		result.append(port);
		result.append(", tcpTestSucceeded: ");
		result.append(tcpTestSucceeded);
		result.append(", httpStatus: ");
		result.append(httpStatus);
		result.append(", error: ");
		result.append(error);
		result.append(')');
		return result.toString();
	}

} //EndpointProbeImpl
