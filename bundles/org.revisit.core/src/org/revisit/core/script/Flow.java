package org.revisit.core.script;

import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;

/**
 * Where a call goes when the script does not say: the rules the runner follows and the validator and the
 * speaking-time estimate walk by. A step without answers is said and the call goes on with the step after it
 * (the last one ends the call); an answer that names no step, does not end the call and agrees no callback goes on
 * with the step after its own.
 */
public final class Flow {

	private Flow() {
	}

	/** The step after {@code step} in the script, or null for the last one. */
	public static Step following(Script script, Step step) {
		int i = script.getSteps().indexOf(step);
		return i >= 0 && i + 1 < script.getSteps().size() ? script.getSteps().get(i + 1) : null;
	}

	/** Whether {@code step} has no answers and is not the last step: it is said and the call goes on. */
	public static boolean saidAndGoesOn(Script script, Step step) {
		return step.getAnswers().isEmpty() && following(script, step) != null;
	}

	/** Whether {@code answer} goes on with the step that follows: no go-to, no end, no callback. */
	public static boolean goesOn(Answer answer) {
		for (Action a : answer.getActions()) {
			if (a instanceof GoToStep || a instanceof EndCall || a instanceof AgreeCallback || a instanceof TargetAbsent) {
				return false;
			}
		}
		return true;
	}
}
