/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hotfix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One installed update (Get-HotFix).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Hotfix#getHotFixId <em>Hot Fix Id</em>}</li>
 *   <li>{@link marswb.model.server.Hotfix#getDescription <em>Description</em>}</li>
 *   <li>{@link marswb.model.server.Hotfix#getInstalledOnText <em>Installed On Text</em>}</li>
 *   <li>{@link marswb.model.server.Hotfix#getInstalledOn <em>Installed On</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getHotfix()
 * @model
 * @generated
 */
public interface Hotfix extends Located {
	/**
	 * Returns the value of the '<em><b>Hot Fix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KB id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hot Fix Id</em>' attribute.
	 * @see #setHotFixId(String)
	 * @see marswb.model.server.ServerPackage#getHotfix_HotFixId()
	 * @model
	 * @generated
	 */
	String getHotFixId();

	/**
	 * Sets the value of the '{@link marswb.model.server.Hotfix#getHotFixId <em>Hot Fix Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hot Fix Id</em>' attribute.
	 * @see #getHotFixId()
	 * @generated
	 */
	void setHotFixId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Update, Security Update, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see marswb.model.server.ServerPackage#getHotfix_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link marswb.model.server.Hotfix#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Installed On Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * InstalledOn as printed in the server culture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed On Text</em>' attribute.
	 * @see #setInstalledOnText(String)
	 * @see marswb.model.server.ServerPackage#getHotfix_InstalledOnText()
	 * @model
	 * @generated
	 */
	String getInstalledOnText();

	/**
	 * Sets the value of the '{@link marswb.model.server.Hotfix#getInstalledOnText <em>Installed On Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed On Text</em>' attribute.
	 * @see #getInstalledOnText()
	 * @generated
	 */
	void setInstalledOnText(String value);

	/**
	 * Returns the value of the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * InstalledOn parsed; null when the culture format is not understood.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed On</em>' attribute.
	 * @see #setInstalledOn(Date)
	 * @see marswb.model.server.ServerPackage#getHotfix_InstalledOn()
	 * @model
	 * @generated
	 */
	Date getInstalledOn();

	/**
	 * Sets the value of the '{@link marswb.model.server.Hotfix#getInstalledOn <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed On</em>' attribute.
	 * @see #getInstalledOn()
	 * @generated
	 */
	void setInstalledOn(Date value);

} // Hotfix
