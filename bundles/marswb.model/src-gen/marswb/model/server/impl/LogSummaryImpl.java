/**
 */
package marswb.model.server.impl;

import java.util.Collection;

import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.LogSummary;
import marswb.model.server.ServerPackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Log Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.impl.LogSummaryImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogSummaryImpl#getHits <em>Hits</em>}</li>
 *   <li>{@link marswb.model.server.impl.LogSummaryImpl#getIgnoredHits <em>Ignored Hits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogSummaryImpl extends LocatedImpl implements LogSummary {
	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<LogFile> files;

	/**
	 * The cached value of the '{@link #getHits() <em>Hits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHits()
	 * @generated
	 * @ordered
	 */
	protected EList<LogHit> hits;

	/**
	 * The cached value of the '{@link #getIgnoredHits() <em>Ignored Hits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIgnoredHits()
	 * @generated
	 * @ordered
	 */
	protected EList<LogHit> ignoredHits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServerPackage.Literals.LOG_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<LogFile>(LogFile.class, this, ServerPackage.LOG_SUMMARY__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogHit> getHits() {
		if (hits == null) {
			hits = new EObjectContainmentEList<LogHit>(LogHit.class, this, ServerPackage.LOG_SUMMARY__HITS);
		}
		return hits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogHit> getIgnoredHits() {
		if (ignoredHits == null) {
			ignoredHits = new EObjectContainmentEList<LogHit>(LogHit.class, this, ServerPackage.LOG_SUMMARY__IGNORED_HITS);
		}
		return ignoredHits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServerPackage.LOG_SUMMARY__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case ServerPackage.LOG_SUMMARY__HITS:
				return ((InternalEList<?>)getHits()).basicRemove(otherEnd, msgs);
			case ServerPackage.LOG_SUMMARY__IGNORED_HITS:
				return ((InternalEList<?>)getIgnoredHits()).basicRemove(otherEnd, msgs);
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
			case ServerPackage.LOG_SUMMARY__FILES:
				return getFiles();
			case ServerPackage.LOG_SUMMARY__HITS:
				return getHits();
			case ServerPackage.LOG_SUMMARY__IGNORED_HITS:
				return getIgnoredHits();
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
			case ServerPackage.LOG_SUMMARY__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends LogFile>)newValue);
				return;
			case ServerPackage.LOG_SUMMARY__HITS:
				getHits().clear();
				getHits().addAll((Collection<? extends LogHit>)newValue);
				return;
			case ServerPackage.LOG_SUMMARY__IGNORED_HITS:
				getIgnoredHits().clear();
				getIgnoredHits().addAll((Collection<? extends LogHit>)newValue);
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
			case ServerPackage.LOG_SUMMARY__FILES:
				getFiles().clear();
				return;
			case ServerPackage.LOG_SUMMARY__HITS:
				getHits().clear();
				return;
			case ServerPackage.LOG_SUMMARY__IGNORED_HITS:
				getIgnoredHits().clear();
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
			case ServerPackage.LOG_SUMMARY__FILES:
				return files != null && !files.isEmpty();
			case ServerPackage.LOG_SUMMARY__HITS:
				return hits != null && !hits.isEmpty();
			case ServerPackage.LOG_SUMMARY__IGNORED_HITS:
				return ignoredHits != null && !ignoredHits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LogSummaryImpl
