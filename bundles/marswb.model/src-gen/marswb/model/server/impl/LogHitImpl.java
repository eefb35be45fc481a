/**
 */
package marswb.model.server.impl;

import java.util.Date;

import marswb.model.server.LogHit;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Log Hit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.LogHitImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogHitImpl#getCount <em>Count</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogHitImpl#getFirstText <em>First Text</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogHitImpl#getFirstTime <em>First Time</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogHitImpl#getLastTime <em>Last Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogHitImpl extends LocatedImpl implements LogHit {
	/**
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected String signature = SIGNATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final long COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected long count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstText() <em>First Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstText()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstText() <em>First Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstText()
	 * @generated
	 * @ordered
	 */
	protected String firstText = FIRST_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstTime() <em>First Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date FIRST_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstTime() <em>First Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTime()
	 * @generated
	 * @ordered
	 */
	protected Date firstTime = FIRST_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastTime() <em>Last Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastTime() <em>Last Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTime()
	 * @generated
	 * @ordered
	 */
	protected Date lastTime = LAST_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogHitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.LOG_HIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(String newSignature) {
		String oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_HIT__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(long newCount) {
		long oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_HIT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstText() {
		return firstText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstText(String newFirstText) {
		String oldFirstText = firstText;
		firstText = newFirstText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_HIT__FIRST_TEXT, oldFirstText, firstText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFirstTime() {
		return firstTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstTime(Date newFirstTime) {
		Date oldFirstTime = firstTime;
		firstTime = newFirstTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_HIT__FIRST_TIME, oldFirstTime, firstTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastTime() {
		return lastTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastTime(Date newLastTime) {
		Date oldLastTime = lastTime;
		lastTime = newLastTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.LOG_HIT__LAST_TIME, oldLastTime, lastTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.LOG_HIT__SIGNATURE:
				return getSignature();
			case ServerPackage.LOG_HIT__COUNT:
				return getCount();
			case ServerPackage.LOG_HIT__FIRST_TEXT:
				return getFirstText();
			case ServerPackage.LOG_HIT__FIRST_TIME:
				return getFirstTime();
			case ServerPackage.LOG_HIT__LAST_TIME:
				return getLastTime();
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
			case ServerPackage.LOG_HIT__SIGNATURE:
				setSignature((String)newValue);
				return;
			case ServerPackage.LOG_HIT__COUNT:
				setCount((Long)newValue);
				return;
			case ServerPackage.LOG_HIT__FIRST_TEXT:
				setFirstText((String)newValue);
				return;
			case ServerPackage.LOG_HIT__FIRST_TIME:
				setFirstTime((Date)newValue);
				return;
			case ServerPackage.LOG_HIT__LAST_TIME:
				setLastTime((Date)newValue);
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
			case ServerPackage.LOG_HIT__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
				return;
			case ServerPackage.LOG_HIT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ServerPackage.LOG_HIT__FIRST_TEXT:
				setFirstText(FIRST_TEXT_EDEFAULT);
				return;
			case ServerPackage.LOG_HIT__FIRST_TIME:
				setFirstTime(FIRST_TIME_EDEFAULT);
				return;
			case ServerPackage.LOG_HIT__LAST_TIME:
				setLastTime(LAST_TIME_EDEFAULT);
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
			case ServerPackage.LOG_HIT__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
			case ServerPackage.LOG_HIT__COUNT:
				return count != COUNT_EDEFAULT;
			case ServerPackage.LOG_HIT__FIRST_TEXT:
				return FIRST_TEXT_EDEFAULT == null ? firstText != null : !FIRST_TEXT_EDEFAULT.equals(firstText);
			case ServerPackage.LOG_HIT__FIRST_TIME:
				return FIRST_TIME_EDEFAULT == null ? firstTime != null : !FIRST_TIME_EDEFAULT.equals(firstTime);
			case ServerPackage.LOG_HIT__LAST_TIME:
				return LAST_TIME_EDEFAULT == null ? lastTime != null : !LAST_TIME_EDEFAULT.equals(lastTime);
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
		result.append(" (signature: ");
		result.append(signature);
		result.append(", count: ");
		result.append(count);
		result.append(", firstText: ");
		result.append(firstText);
		result.append(", firstTime: ");
		result.append(firstTime);
		result.append(", lastTime: ");
		result.append(lastTime);
		result.append(')');
		return result.toString();
	}

} //LogHitImpl
