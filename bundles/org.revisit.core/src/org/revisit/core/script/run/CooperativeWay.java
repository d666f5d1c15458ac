package org.revisit.core.script.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.revisit.core.script.Flow;
import org.revisit.core.script.run.ScriptRunner.ValueKind;
import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * The shortest way through a script to its natural end (its closing step, or past its last step) that keeps the
 * call going: answers that need no value a simulated party would have to make up (no callback time, no successor)
 * and end nothing early. In the built-in birthday script that is yes, convenient, thanked, satisfied, no, no. The
 * simulated agents of the team benchmark and of the simulator answer along it.
 */
public final class CooperativeWay {

	private static final int UNREACHABLE = Integer.MAX_VALUE;

	/** Stands for the continuation of a step without answers while the distances are worked out. */
	private static final Answer GOES_ON = RevisitFactory.eINSTANCE.createAnswer();

	/** Step number → answers to the natural end. */
	private final Map<Integer, Integer> distance = new HashMap<>();

	public CooperativeWay(Script script) {
		List<Step> steps = script.getSteps();
		steps.forEach(s -> distance.put(s.getNumber(), UNREACHABLE));
		// relax until nothing changes: scripts have a few dozen steps at most
		for (boolean changed = true; changed;) {
			changed = false;
			for (Step s : steps) {
				int best = s.getAnswers().isEmpty() && Flow.following(script, s) == null ? 0 : UNREACHABLE;
				for (Answer a : s.getAnswers().isEmpty() ? List.of(GOES_ON) : s.getAnswers()) {
					int d = keepsGoing(a) ? distanceAfter(script, s, a) : UNREACHABLE;
					if (d != UNREACHABLE) {
						best = Math.min(best, d + 1);
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
	 * The answer on the way at the runner's current step, or {@code null} when the call is over or no answer keeps
	 * it going. The runner's script must be the one this way was made for (the same id and version).
	 */
	public Answer next(ScriptRunner runner) {
		Step step = runner.currentStep();
		if (runner.isFinished() || step == null) {
			return null;
		}
		Answer best = null;
		int bestDistance = UNREACHABLE;
		for (Answer a : runner.answers()) {
			if (keepsGoing(a)) {
				int d = a == runner.continuation() ? distanceOf(Flow.following(runner.script(), step))
						: distanceAfter(runner.script(), step, a);
				if (d < bestDistance) {
					best = a;
					bestDistance = d;
				}
			}
		}
		return best;
	}

	/** Whether {@code a}, an answer of the current step, keeps the call going and still reaches the natural end. */
	public boolean leadsToTheEnd(ScriptRunner runner, Answer a) {
		return keepsGoing(a) && (a == runner.continuation()
				|| distanceAfter(runner.script(), runner.currentStep(), a) != UNREACHABLE);
	}

	/** An answer of the current step that ends the call and needs no value, or {@code null}. */
	public static Answer ending(ScriptRunner runner) {
		for (Answer a : runner.answers()) {
			if (ScriptRunner.valueNeeded(a) == ValueKind.NONE
					&& a.getActions().stream().anyMatch(EndCall.class::isInstance)) {
				return a;
			}
		}
		return null;
	}

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
