package org.revisit.core.sim;

import java.util.ArrayList;
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
 * The answers a simulated customer gives to one script. For every step it knows how many answers remain on the
 * shortest way to the script's natural end that keeps the call going (no callback agreed, no successor, nothing
 * ended early): the "cooperative" answer. The simulated agent takes that one mostly and, by its dice, another
 * answer of the step now and then (a dissatisfied customer, a need recorded, a callback agreed, a successor named).
 */
final class ScriptChooser {

	private static final int FAR = Integer.MAX_VALUE;

	/** Stands for the continuation of a step without answers while the distances are worked out. */
	private static final Answer SAID = RevisitFactory.eINSTANCE.createAnswer();

	private final Map<Integer, Integer> toEnd = new HashMap<>();

	ScriptChooser(Script script) {
		List<Step> steps = script.getSteps();
		steps.forEach(s -> toEnd.put(s.getNumber(), FAR));
		// relax until nothing changes: a script has a few dozen steps at most
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Step s : steps) {
				int best = s.getAnswers().isEmpty() && Flow.following(script, s) == null ? 0 : FAR;
				for (Answer a : s.getAnswers().isEmpty() ? List.of(SAID) : s.getAnswers()) {
					int after = keepsGoing(a) ? after(script, s, a) : FAR;
					if (after != FAR) {
						best = Math.min(best, after + 1);
					}
				}
				if (best < toEnd.get(s.getNumber())) {
					toEnd.put(s.getNumber(), best);
					changed = true;
				}
			}
		}
	}

	/** The cooperative answer at the runner's current step, or {@code null} when there is none. */
	Answer cooperative(ScriptRunner runner) {
		Step step = runner.currentStep();
		if (runner.isFinished() || step == null) {
			return null;
		}
		Answer best = null;
		int bestDistance = FAR;
		for (Answer a : runner.answers()) {
			if (keepsGoing(a)) {
				int d = a == runner.continuation() ? distance(Flow.following(runner.script(), step))
						: after(runner.script(), step, a);
				if (d < bestDistance) {
					best = a;
					bestDistance = d;
				}
			}
		}
		return best;
	}

	/** An answer of the current step that ends the call and needs no value, or {@code null}. */
	static Answer ending(ScriptRunner runner) {
		for (Answer a : runner.answers()) {
			if (ScriptRunner.valueNeeded(a) == ValueKind.NONE && a.getActions().stream().anyMatch(EndCall.class::isInstance)) {
				return a;
			}
		}
		return null;
	}

	/** The answers of the current step that need a value of {@code kind}. */
	static List<Answer> needing(ScriptRunner runner, ValueKind kind) {
		List<Answer> result = new ArrayList<>();
		for (Answer a : runner.answers()) {
			if (ScriptRunner.valueNeeded(a) == kind) {
				result.add(a);
			}
		}
		return result;
	}

	/** The answers of the current step that need no value and go on (a different way than the cooperative one). */
	List<Answer> others(ScriptRunner runner) {
		List<Answer> result = new ArrayList<>();
		for (Answer a : runner.answers()) {
			if (keepsGoing(a) && (a == runner.continuation() || after(runner.script(), runner.currentStep(), a) != FAR)) {
				result.add(a);
			}
		}
		return result;
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

	private int after(Script script, Step s, Answer a) {
		for (Action action : a.getActions()) {
			if (action instanceof GoToStep g) {
				Integer d = toEnd.get(g.getTargetStep());
				return d == null ? FAR : d;
			}
		}
		return distance(Flow.following(script, s));
	}

	private int distance(Step s) {
		return s == null ? 0 : toEnd.get(s.getNumber());
	}
}
