package org.revisit.server.bench;

import org.revisit.core.script.run.CooperativeWay;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.model.Answer;
import org.revisit.model.Script;

/**
 * How a benchmark agent answers a script: along its {@link CooperativeWay} (in the built-in birthday script yes,
 * convenient, thanked, satisfied, no, no). Only where no such way exists does it take an answer that ends the call.
 */
final class ScriptWalk {

	private final CooperativeWay way;

	ScriptWalk(Script script) {
		way = new CooperativeWay(script);
	}

	/**
	 * The answer to give now, or {@code null} when the call is over or no answer leads anywhere. The runner's
	 * script must be the one this walk was made for (the same id and version).
	 */
	Answer next(ScriptRunner runner) {
		if (runner.isFinished() || runner.currentStep() == null) {
			return null;
		}
		Answer best = way.next(runner);
		return best != null ? best : CooperativeWay.ending(runner);
	}
}
