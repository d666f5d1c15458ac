package org.revisit.core.sim;

import java.util.ArrayList;
import java.util.List;

import org.revisit.core.script.run.CooperativeWay;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.ScriptRunner.ValueKind;
import org.revisit.model.Answer;
import org.revisit.model.Script;

/**
 * The answers a simulated customer gives to one script. For every step it knows how many answers remain on the
 * shortest way to the script's natural end that keeps the call going (no callback agreed, no successor, nothing
 * ended early): the "cooperative" answer. The simulated agent takes that one mostly and, by its dice, another
 * answer of the step now and then (a dissatisfied customer, a need recorded, a callback agreed, a successor named).
 */
final class ScriptChooser {

	private final CooperativeWay way;

	ScriptChooser(Script script) {
		way = new CooperativeWay(script);
	}

	/** The cooperative answer at the runner's current step, or {@code null} when there is none. */
	Answer cooperative(ScriptRunner runner) {
		return way.next(runner);
	}

	/** An answer of the current step that ends the call and needs no value, or {@code null}. */
	static Answer ending(ScriptRunner runner) {
		return CooperativeWay.ending(runner);
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
			if (way.leadsToTheEnd(runner, a)) {
				result.add(a);
			}
		}
		return result;
	}
}
