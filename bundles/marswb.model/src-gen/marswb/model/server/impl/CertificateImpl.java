/**
 */
package marswb.model.server.impl;

import java.util.Date;

import marswb.model.server.Certificate;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getFriendlyName <em>Friendly Name</em>}</li>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getThumbprint <em>Thumbprint</em>}</li>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link marswb.model.server.impl.CertificateImpl#getHasPrivateKey <em>Has Private Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateImpl extends LocatedImpl implements Certificate {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFriendlyName() <em>Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFriendlyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FRIENDLY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFriendlyName() <em>Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFriendlyName()
	 * @generated
	 * @ordered
	 */
	protected String friendlyName = FRIENDLY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getThumbprint() <em>Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThumbprint()
	 * @generated
	 * @ordered
	 */
	protected static final String THUMBPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThumbprint() <em>Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThumbprint()
	 * @generated
	 * @ordered
	 */
	protected String thumbprint = THUMBPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected Date notBefore = NOT_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected Date notAfter = NOT_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHasPrivateKey() <em>Has Private Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHasPrivateKey()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean HAS_PRIVATE_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHasPrivateKey() <em>Has Private Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHasPrivateKey()
	 * @generated
	 * @ordered
	 */
	protected Boolean hasPrivateKey = HAS_PRIVATE_KEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.CERTIFICATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFriendlyName() {
		return friendlyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFriendlyName(String newFriendlyName) {
		String oldFriendlyName = friendlyName;
		friendlyName = newFriendlyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__FRIENDLY_NAME, oldFriendlyName, friendlyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThumbprint() {
		return thumbprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThumbprint(String newThumbprint) {
		String oldThumbprint = thumbprint;
		thumbprint = newThumbprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__THUMBPRINT, oldThumbprint, thumbprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotBefore() {
		return notBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotBefore(Date newNotBefore) {
		Date oldNotBefore = notBefore;
		notBefore = newNotBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__NOT_BEFORE, oldNotBefore, notBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotAfter() {
		return notAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotAfter(Date newNotAfter) {
		Date oldNotAfter = notAfter;
		notAfter = newNotAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__NOT_AFTER, oldNotAfter, notAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getHasPrivateKey() {
		return hasPrivateKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasPrivateKey(Boolean newHasPrivateKey) {
		Boolean oldHasPrivateKey = hasPrivateKey;
		hasPrivateKey = newHasPrivateKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServerPackage.CERTIFICATE__HAS_PRIVATE_KEY, oldHasPrivateKey, hasPrivateKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServerPackage.CERTIFICATE__SUBJECT:
				return getSubject();
			case ServerPackage.CERTIFICATE__FRIENDLY_NAME:
				return getFriendlyName();
			case ServerPackage.CERTIFICATE__THUMBPRINT:
				return getThumbprint();
			case ServerPackage.CERTIFICATE__NOT_BEFORE:
				return getNotBefore();
			case ServerPackage.CERTIFICATE__NOT_AFTER:
				return getNotAfter();
			case ServerPackage.CERTIFICATE__HAS_PRIVATE_KEY:
				return getHasPrivateKey();
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
			case ServerPackage.CERTIFICATE__SUBJECT:
				setSubject((String)newValue);
				return;
			case ServerPackage.CERTIFICATE__FRIENDLY_NAME:
				setFriendlyName((String)newValue);
				return;
			case ServerPackage.CERTIFICATE__THUMBPRINT:
				setThumbprint((String)newValue);
				return;
			case ServerPackage.CERTIFICATE__NOT_BEFORE:
				setNotBefore((Date)newValue);
				return;
			case ServerPackage.CERTIFICATE__NOT_AFTER:
				setNotAfter((Date)newValue);
				return;
			case ServerPackage.CERTIFICATE__HAS_PRIVATE_KEY:
				setHasPrivateKey((Boolean)newValue);
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
			case ServerPackage.CERTIFICATE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case ServerPackage.CERTIFICATE__FRIENDLY_NAME:
				setFriendlyName(FRIENDLY_NAME_EDEFAULT);
				return;
			case ServerPackage.CERTIFICATE__THUMBPRINT:
				setThumbprint(THUMBPRINT_EDEFAULT);
				return;
			case ServerPackage.CERTIFICATE__NOT_BEFORE:
				setNotBefore(NOT_BEFORE_EDEFAULT);
				return;
			case ServerPackage.CERTIFICATE__NOT_AFTER:
				setNotAfter(NOT_AFTER_EDEFAULT);
				return;
			case ServerPackage.CERTIFICATE__HAS_PRIVATE_KEY:
				setHasPrivateKey(HAS_PRIVATE_KEY_EDEFAULT);
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
			case ServerPackage.CERTIFICATE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case ServerPackage.CERTIFICATE__FRIENDLY_NAME:
				return FRIENDLY_NAME_EDEFAULT == null ? friendlyName != null : !FRIENDLY_NAME_EDEFAULT.equals(friendlyName);
			case ServerPackage.CERTIFICATE__THUMBPRINT:
				return THUMBPRINT_EDEFAULT == null ? thumbprint != null : !THUMBPRINT_EDEFAULT.equals(thumbprint);
			case ServerPackage.CERTIFICATE__NOT_BEFORE:
				return NOT_BEFORE_EDEFAULT == null ? notBefore != null : !NOT_BEFORE_EDEFAULT.equals(notBefore);
			case ServerPackage.CERTIFICATE__NOT_AFTER:
				return NOT_AFTER_EDEFAULT == null ? notAfter != null : !NOT_AFTER_EDEFAULT.equals(notAfter);
			case ServerPackage.CERTIFICATE__HAS_PRIVATE_KEY:
				return HAS_PRIVATE_KEY_EDEFAULT == null ? hasPrivateKey != null : !HAS_PRIVATE_KEY_EDEFAULT.equals(hasPrivateKey);
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
		result.append(" (subject: ");
		result.append(subject);
		result.append(", friendlyName: ");
		result.append(friendlyName);
		result.append(", thumbprint: ");
		result.append(thumbprint);
		result.append(", notBefore: ");
		result.append(notBefore);
		result.append(", notAfter: ");
		result.append(notAfter);
		result.append(", hasPrivateKey: ");
		result.append(hasPrivateKey);
		result.append(')');
		return result.toString();
	}

} //CertificateImpl
