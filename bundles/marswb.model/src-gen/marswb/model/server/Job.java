/**
 */
package marswb.model.server;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One backup or recovery job.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link marswb.model.server.Job#getJobId <em>Job Id</em>}</li>
 *   <li>{@link marswb.model.server.Job#getJobType <em>Job Type</em>}</li>
 *   <li>{@link marswb.model.server.Job#getJobState <em>Job State</em>}</li>
 *   <li>{@link marswb.model.server.Job#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link marswb.model.server.Job#getEndTime <em>End Time</em>}</li>
 *   <li>{@link marswb.model.server.Job#getErrorCode <em>Error Code</em>}</li>
 *   <li>{@link marswb.model.server.Job#getErrorMessage <em>Error Message</em>}</li>
 * </ul>
 *
 * @see marswb.model.server.ServerPackage#getJob()
 * @model
 * @generated
 */
public interface Job extends Located {
	/**
	 * Returns the value of the '<em><b>Job Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * JobId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Id</em>' attribute.
	 * @see #setJobId(String)
	 * @see marswb.model.server.ServerPackage#getJob_JobId()
	 * @model id="true"
	 * @generated
	 */
	String getJobId();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getJobId <em>Job Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Id</em>' attribute.
	 * @see #getJobId()
	 * @generated
	 */
	void setJobId(String value);

	/**
	 * Returns the value of the '<em><b>Job Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backup, Recovery, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job Type</em>' attribute.
	 * @see #setJobType(String)
	 * @see marswb.model.server.ServerPackage#getJob_JobType()
	 * @model
	 * @generated
	 */
	String getJobType();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getJobType <em>Job Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Type</em>' attribute.
	 * @see #getJobType()
	 * @generated
	 */
	void setJobType(String value);

	/**
	 * Returns the value of the '<em><b>Job State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed, Failed, Aborted, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Job State</em>' attribute.
	 * @see #setJobState(String)
	 * @see marswb.model.server.ServerPackage#getJob_JobState()
	 * @model
	 * @generated
	 */
	String getJobState();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getJobState <em>Job State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job State</em>' attribute.
	 * @see #getJobState()
	 * @generated
	 */
	void setJobState(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see marswb.model.server.ServerPackage#getJob_StartTime()
	 * @model
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Date value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(Date)
	 * @see marswb.model.server.ServerPackage#getJob_EndTime()
	 * @model
	 * @generated
	 */
	Date getEndTime();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Date value);

	/**
	 * Returns the value of the '<em><b>Error Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error code normalized as the article writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Code</em>' attribute.
	 * @see #setErrorCode(String)
	 * @see marswb.model.server.ServerPackage#getJob_ErrorCode()
	 * @model
	 * @generated
	 */
	String getErrorCode();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getErrorCode <em>Error Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Code</em>' attribute.
	 * @see #getErrorCode()
	 * @generated
	 */
	void setErrorCode(String value);

	/**
	 * Returns the value of the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Message</em>' attribute.
	 * @see #setErrorMessage(String)
	 * @see marswb.model.server.ServerPackage#getJob_ErrorMessage()
	 * @model
	 * @generated
	 */
	String getErrorMessage();

	/**
	 * Sets the value of the '{@link marswb.model.server.Job#getErrorMessage <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Message</em>' attribute.
	 * @see #getErrorMessage()
	 * @generated
	 */
	void setErrorMessage(String value);

} // Job
