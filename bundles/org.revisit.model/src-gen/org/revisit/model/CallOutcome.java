/**
 */
package org.revisit.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.revisit.model.CallOutcome#getTask <em>Task</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getAgent <em>Agent</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getDispositionCode <em>Disposition Code</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getScriptId <em>Script Id</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getScriptVersion <em>Script Version</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getPath <em>Path</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getRecordedValues <em>Recorded Values</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getScores <em>Scores</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getFollowUps <em>Follow Ups</em>}</li>
 *   <li>{@link org.revisit.model.CallOutcome#getCallbacks <em>Callbacks</em>}</li>
 * </ul>
 *
 * @see org.revisit.model.RevisitPackage#getCallOutcome()
 * @model
 * @generated
 */
public interface CallOutcome extends Entity {
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(CallTask)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Task()
	 * @model
	 * @generated
	 */
	CallTask getTask();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(CallTask value);

	/**
	 * Returns the value of the '<em><b>Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agent</em>' attribute.
	 * @see #setAgent(String)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Agent()
	 * @model
	 * @generated
	 */
	String getAgent();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getAgent <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent</em>' attribute.
	 * @see #getAgent()
	 * @generated
	 */
	void setAgent(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(Date)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_EndedAt()
	 * @model
	 * @generated
	 */
	Date getEndedAt();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Disposition Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disposition Code</em>' attribute.
	 * @see #setDispositionCode(String)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_DispositionCode()
	 * @model
	 * @generated
	 */
	String getDispositionCode();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getDispositionCode <em>Disposition Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disposition Code</em>' attribute.
	 * @see #getDispositionCode()
	 * @generated
	 */
	void setDispositionCode(String value);

	/**
	 * Returns the value of the '<em><b>Script Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Id</em>' attribute.
	 * @see #setScriptId(String)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_ScriptId()
	 * @model
	 * @generated
	 */
	String getScriptId();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getScriptId <em>Script Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Id</em>' attribute.
	 * @see #getScriptId()
	 * @generated
	 */
	void setScriptId(String value);

	/**
	 * Returns the value of the '<em><b>Script Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script Version</em>' attribute.
	 * @see #setScriptVersion(int)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_ScriptVersion()
	 * @model
	 * @generated
	 */
	int getScriptVersion();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getScriptVersion <em>Script Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script Version</em>' attribute.
	 * @see #getScriptVersion()
	 * @generated
	 */
	void setScriptVersion(int value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.PathEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Path()
	 * @model containment="true"
	 * @generated
	 */
	EList<PathEntry> getPath();

	/**
	 * Returns the value of the '<em><b>Recorded Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.RecordedValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded Values</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_RecordedValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecordedValue> getRecordedValues();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.revisit.model.CallOutcome#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.revisit.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

	/**
	 * Returns the value of the '<em><b>Callbacks</b></em>' reference list.
	 * The list contents are of type {@link org.revisit.model.Callback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Callbacks agreed during this call.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Callbacks</em>' reference list.
	 * @see org.revisit.model.RevisitPackage#getCallOutcome_Callbacks()
	 * @model
	 * @generated
	 */
	EList<Callback> getCallbacks();

} // CallOutcome
