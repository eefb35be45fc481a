/**
 */
package marswb.model.server;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Located</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything built from bundle evidence; remembers where each attribute value came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Located#getOrigins <em>Origins</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getLocated()
 * @model abstract="true"
 * @generated
 */
public interface Located extends EObject {
	/**
	 * Returns the value of the '<em><b>Origins</b></em>' containment reference list.
	 * The list contents are of type {@link marswb.model.server.Origin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One origin per parsed attribute value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origins</em>' containment reference list.
	 * @see marswb.model.server.ServerPackage#getLocated_Origins()
	 * @model containment="true"
	 * @generated
	 */
	EList<Origin> getOrigins();

} // Located
