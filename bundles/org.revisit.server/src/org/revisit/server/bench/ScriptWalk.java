package org.revisit.server.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.revisit.core.script.Flow;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.ScriptRunner.ValueKind;
import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * How a simulated agent answers a script: at each step the answer on the shortest way to the script's natural end
 * (its closing step, or past its last step) that keeps the call going, i.e. needs no value the agent would have to
 * make up (no callback time, no successor) and ends nothing early. In the built-in birthday script that is yes,
 * convenient, thanked, satisfied, no, no. Only where no such way exists does it take an answer that ends the call.
 */
final class ScriptWalk {

	private static final int UNREACHABLE = Integer.MAX_VALUE;

	/** Step number → answers to the natural end. */
	private final Map<Integer, Integer> distance = new HashMap<>();

	ScriptWalk(Script script) {
		List<Step> steps = script.getSteps();
		for (Step s : steps) {
			distance.put(s.getNumber(), UNREACHABLE);
		}
		// relax until nothing changes: scripts have a few dozen steps at most
		for (boolean changed = true; changed;) {
			changed = false;
			for (Step s : steps) {
				int best = closing(script, s) ? 0 : UNREACHABLE;
				for (Answer a : answersOf(s)) {
					if (keepsGoing(a)) {
						int d = distanceAfter(script, s, a);
						if (d != UNREACHABLE) {
							best = Math.min(best, d + 1);
						}
					}
				}
				if (best < distance.get(s.getNumber())) {
					distance.put(s.getNumber(), best);
					changed = true;
				}
			}
		}
	}

	/**
	 * The answer to give now, or {@code null} when the call is over or no answer leads anywhere. The runner's
	 * script must be the one this walk was made for (the same id and version).
	 */
	Answer next(ScriptRunner runner) {
		Script script = runner.script();
		Step step = runner.currentStep();
		if (runner.isFinished() || step == null) {
			return null;
		}
		List<Answer> answers = runner.answers();
		Answer best = null;
		int bestDistance = UNREACHABLE;
		for (Answer a : answers) {
			if (keepsGoing(a)) {
				int d = a == runner.continuation() ? distanceOf(Flow.following(script, step))
						: distanceAfter(script, step, a);
				if (d < bestDistance) {
					best = a;
					bestDistance = d;
				}
			}
		}
		if (best != null) {
			return best;
		}
		// no way forward: end the call with an answer that needs no value, if there is one
		for (Answer a : answers) {
			if (ScriptRunner.valueNeeded(a) == ValueKind.NONE && a.getActions().stream().anyMatch(EndCall.class::isInstance)) {
				return a;
			}
		}
		return null;
	}

	/** The last step without answers: reaching it ends the call. */
	private static boolean closing(Script script, Step s) {
		return s.getAnswers().isEmpty() && Flow.following(script, s) == null;
	}

	/** The step's answers; a step that is only said has the continuation, which goes on with the next step. */
	private static List<Answer> answersOf(Step s) {
		return s.getAnswers().isEmpty() ? List.of(GOES_ON) : s.getAnswers();
	}

	/** Stands for the continuation of a step without answers while distances are computed. */
	private static final Answer GOES_ON = RevisitFactory.eINSTANCE.createAnswer();

	private static boolean keepsGoing(Answer a) {
		if (ScriptRunner.valueNeeded(a) != ValueKind.NONE) {
			return false;
		}
		for (Action action : a.getActions()) {
			if (action instanceof GoToStep) {
				return true; // the first go-to decides, whatever follows it
			}
			if (action instanceof EndCall) {
				return false;
			}
		}
		return Flow.goesOn(a);
	}

	/** Answers to the end after {@code a} is given at {@code s}. */
	private int distanceAfter(Script script, Step s, Answer a) {
		for (Action action : a.getActions()) {
			if (action instanceof GoToStep g) {
				Integer d = distance.get(g.getTargetStep());
				return d == null ? UNREACHABLE : d;
			}
		}
		return distanceOf(Flow.following(script, s));
	}

	/** Answers to the end from {@code s}; past the last step the call is over. */
	private int distanceOf(Step s) {
		return s == null ? 0 : distance.get(s.getNumber());
	}
}
