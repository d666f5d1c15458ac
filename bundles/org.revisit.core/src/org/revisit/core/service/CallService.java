package org.revisit.core.service;

/**
 * A call in progress on a claimed task: what the Call view needs to run its script, and every answer, note and
 * outcome stored as it is given ({@link Permission#CALL}; the caller must hold the task). The client-side
 * {@link org.revisit.core.script.run.CallSession} runs the script and calls these; the service checks each step
 * against the script again, so an outcome can only be one the script allows.
 */
public interface CallService {
	// the operations are defined with CallSession (opening, saving answers and notes, finishing, not reached)
}
