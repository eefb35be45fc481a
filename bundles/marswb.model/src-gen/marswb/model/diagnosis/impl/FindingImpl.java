/**
 */
package marswb.model.diagnosis.impl;

import java.util.Collection;

import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

import marswb.model.diagnosis.Suppression;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getCheck <em>Check</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getArea <em>Area</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getKb <em>Kb</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getRelatedKb <em>Related Kb</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getQuickFixes <em>Quick Fixes</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getSubjectKey <em>Subject Key</em>}</li>
 *   <li>{@link marswb.model.diagnosis.impl.FindingImpl#getSuppression <em>Suppression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends MinimalEObjectImpl.Container implements Finding {
	/**
	 * The default value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheck() <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheck()
	 * @generated
	 * @ordered
	 */
	protected String check = CHECK_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected String area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final Outcome OUTCOME_EDEFAULT = Outcome.FAIL;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected Outcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.CRITICAL;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorCode() <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorCode() <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorCode()
	 * @generated
	 * @ordered
	 */
	protected String errorCode = ERROR_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKb() <em>Kb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKb()
	 * @generated
	 * @ordered
	 */
	protected static final String KB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKb() <em>Kb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKb()
	 * @generated
	 * @ordered
	 */
	protected String kb = KB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelatedKb() <em>Related Kb</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedKb()
	 * @generated
	 * @ordered
	 */
	protected EList<String> relatedKb;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected String recommendation = RECOMMENDATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> causes;

	/**
	 * The cached value of the '{@link #getQuickFixes() <em>Quick Fixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuickFixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> quickFixes;

	/**
	 * The default value of the '{@link #getSubjectKey() <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectKey() <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKey()
	 * @generated
	 * @ordered
	 */
	protected String subjectKey = SUBJECT_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuppression() <em>Suppression</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuppression()
	 * @generated
	 * @ordered
	 */
	protected Suppression suppression;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagnosisPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCheck() {
		return check;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheck(String newCheck) {
		String oldCheck = check;
		check = newCheck;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__CHECK, oldCheck, check));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		String oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		Outcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorCode() {
		return errorCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorCode(String newErrorCode) {
		String oldErrorCode = errorCode;
		errorCode = newErrorCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__ERROR_CODE, oldErrorCode, errorCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKb() {
		return kb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKb(String newKb) {
		String oldKb = kb;
		kb = newKb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__KB, oldKb, kb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRelatedKb() {
		if (relatedKb == null) {
			relatedKb = new EDataTypeUniqueEList<String>(String.class, this, DiagnosisPackage.FINDING__RELATED_KB);
		}
		return relatedKb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendation(String newRecommendation) {
		String oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__RECOMMENDATION, oldRecommendation, recommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, DiagnosisPackage.FINDING__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getCauses() {
		if (causes == null) {
			causes = new EObjectResolvingEList<Finding>(Finding.class, this, DiagnosisPackage.FINDING__CAUSES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getQuickFixes() {
		if (quickFixes == null) {
			quickFixes = new EDataTypeUniqueEList<String>(String.class, this, DiagnosisPackage.FINDING__QUICK_FIXES);
		}
		return quickFixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectKey() {
		return subjectKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectKey(String newSubjectKey) {
		String oldSubjectKey = subjectKey;
		subjectKey = newSubjectKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__SUBJECT_KEY, oldSubjectKey, subjectKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suppression getSuppression() {
		return suppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSuppression(Suppression newSuppression, NotificationChain msgs) {
		Suppression oldSuppression = suppression;
		suppression = newSuppression;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__SUPPRESSION, oldSuppression, newSuppression);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuppression(Suppression newSuppression) {
		if (newSuppression != suppression) {
			NotificationChain msgs = null;
			if (suppression != null)
				msgs = ((InternalEObject)suppression).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DiagnosisPackage.FINDING__SUPPRESSION, null, msgs);
			if (newSuppression != null)
				msgs = ((InternalEObject)newSuppression).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DiagnosisPackage.FINDING__SUPPRESSION, null, msgs);
			msgs = basicSetSuppression(newSuppression, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagnosisPackage.FINDING__SUPPRESSION, newSuppression, newSuppression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagnosisPackage.FINDING__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case DiagnosisPackage.FINDING__SUPPRESSION:
				return basicSetSuppression(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DiagnosisPackage.FINDING__CHECK:
				return getCheck();
			case DiagnosisPackage.FINDING__AREA:
				return getArea();
			case DiagnosisPackage.FINDING__OUTCOME:
				return getOutcome();
			case DiagnosisPackage.FINDING__SEVERITY:
				return getSeverity();
			case DiagnosisPackage.FINDING__ERROR_CODE:
				return getErrorCode();
			case DiagnosisPackage.FINDING__KB:
				return getKb();
			case DiagnosisPackage.FINDING__RELATED_KB:
				return getRelatedKb();
			case DiagnosisPackage.FINDING__TITLE:
				return getTitle();
			case DiagnosisPackage.FINDING__MESSAGE:
				return getMessage();
			case DiagnosisPackage.FINDING__RECOMMENDATION:
				return getRecommendation();
			case DiagnosisPackage.FINDING__EVIDENCE:
				return getEvidence();
			case DiagnosisPackage.FINDING__CAUSES:
				return getCauses();
			case DiagnosisPackage.FINDING__QUICK_FIXES:
				return getQuickFixes();
			case DiagnosisPackage.FINDING__SUBJECT_KEY:
				return getSubjectKey();
			case DiagnosisPackage.FINDING__SUPPRESSION:
				return getSuppression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DiagnosisPackage.FINDING__CHECK:
				setCheck((String)newValue);
				return;
			case DiagnosisPackage.FINDING__AREA:
				setArea((String)newValue);
				return;
			case DiagnosisPackage.FINDING__OUTCOME:
				setOutcome((Outcome)newValue);
				return;
			case DiagnosisPackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case DiagnosisPackage.FINDING__ERROR_CODE:
				setErrorCode((String)newValue);
				return;
			case DiagnosisPackage.FINDING__KB:
				setKb((String)newValue);
				return;
			case DiagnosisPackage.FINDING__RELATED_KB:
				getRelatedKb().clear();
				getRelatedKb().addAll((Collection<? extends String>)newValue);
				return;
			case DiagnosisPackage.FINDING__TITLE:
				setTitle((String)newValue);
				return;
			case DiagnosisPackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case DiagnosisPackage.FINDING__RECOMMENDATION:
				setRecommendation((String)newValue);
				return;
			case DiagnosisPackage.FINDING__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case DiagnosisPackage.FINDING__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Finding>)newValue);
				return;
			case DiagnosisPackage.FINDING__QUICK_FIXES:
				getQuickFixes().clear();
				getQuickFixes().addAll((Collection<? extends String>)newValue);
				return;
			case DiagnosisPackage.FINDING__SUBJECT_KEY:
				setSubjectKey((String)newValue);
				return;
			case DiagnosisPackage.FINDING__SUPPRESSION:
				setSuppression((Suppression)newValue);
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
			case DiagnosisPackage.FINDING__CHECK:
				setCheck(CHECK_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__ERROR_CODE:
				setErrorCode(ERROR_CODE_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__KB:
				setKb(KB_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__RELATED_KB:
				getRelatedKb().clear();
				return;
			case DiagnosisPackage.FINDING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__RECOMMENDATION:
				setRecommendation(RECOMMENDATION_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__EVIDENCE:
				getEvidence().clear();
				return;
			case DiagnosisPackage.FINDING__CAUSES:
				getCauses().clear();
				return;
			case DiagnosisPackage.FINDING__QUICK_FIXES:
				getQuickFixes().clear();
				return;
			case DiagnosisPackage.FINDING__SUBJECT_KEY:
				setSubjectKey(SUBJECT_KEY_EDEFAULT);
				return;
			case DiagnosisPackage.FINDING__SUPPRESSION:
				setSuppression((Suppression)null);
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
			case DiagnosisPackage.FINDING__CHECK:
				return CHECK_EDEFAULT == null ? check != null : !CHECK_EDEFAULT.equals(check);
			case DiagnosisPackage.FINDING__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case DiagnosisPackage.FINDING__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case DiagnosisPackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case DiagnosisPackage.FINDING__ERROR_CODE:
				return ERROR_CODE_EDEFAULT == null ? errorCode != null : !ERROR_CODE_EDEFAULT.equals(errorCode);
			case DiagnosisPackage.FINDING__KB:
				return KB_EDEFAULT == null ? kb != null : !KB_EDEFAULT.equals(kb);
			case DiagnosisPackage.FINDING__RELATED_KB:
				return relatedKb != null && !relatedKb.isEmpty();
			case DiagnosisPackage.FINDING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case DiagnosisPackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case DiagnosisPackage.FINDING__RECOMMENDATION:
				return RECOMMENDATION_EDEFAULT == null ? recommendation != null : !RECOMMENDATION_EDEFAULT.equals(recommendation);
			case DiagnosisPackage.FINDING__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case DiagnosisPackage.FINDING__CAUSES:
				return causes != null && !causes.isEmpty();
			case DiagnosisPackage.FINDING__QUICK_FIXES:
				return quickFixes != null && !quickFixes.isEmpty();
			case DiagnosisPackage.FINDING__SUBJECT_KEY:
				return SUBJECT_KEY_EDEFAULT == null ? subjectKey != null : !SUBJECT_KEY_EDEFAULT.equals(subjectKey);
			case DiagnosisPackage.FINDING__SUPPRESSION:
				return suppression != null;
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
		result.append(" (check: ");
		result.append(check);
		result.append(", area: ");
		result.append(area);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", severity: ");
		result.append(severity);
		result.append(", errorCode: ");
		result.append(errorCode);
		result.append(", kb: ");
		result.append(kb);
		result.append(", relatedKb: ");
		result.append(relatedKb);
		result.append(", title: ");
		result.append(title);
		result.append(", message: ");
		result.append(message);
		result.append(", recommendation: ");
		result.append(recommendation);
		result.append(", quickFixes: ");
		result.append(quickFixes);
		result.append(", subjectKey: ");
		result.append(subjectKey);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
