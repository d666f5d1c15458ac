package org.revisit.core.script.run;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.model.Answer;
import org.revisit.model.Script;

/**
 * The typical call of a script and how long the agent speaks in it. The typical call is the {@link CooperativeWay}:
 * the shortest way from the first step to the script's natural end in which the customer is reached, answers
 * every question and ends nothing early (no callback, no successor). Its speaking time adds up the words of the
 * steps said along it, at the rates of {@link SpeakingTime} (Chinese 90–100 characters a minute, English 140–160
 * words), placeholders as written. A script whose natural end cannot be reached that way is walked as far as it
 * goes.
 */
public final class TypicalCall {

	/** The runner needs a clock for callback times, which the typical call never agrees. */
	private static final Clock NO_TIME = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

	private final List<Integer> steps;
	private final SpeakingTime time;

	private TypicalCall(List<Integer> steps, SpeakingTime time) {
		this.steps = steps;
		this.time = time;
	}

	/** The typical call of {@code script}; a script without steps has an empty one. */
	public static TypicalCall of(Script script) {
		if (script == null || script.getSteps().isEmpty()) {
			return new TypicalCall(List.of(), SpeakingTime.ZERO);
		}
		ScriptRunner runner = new ScriptRunner(script, Map.of(), NO_TIME);
		CooperativeWay way = new CooperativeWay(script);
		// a few dozen steps at most; the bound only guards against a way that goes round
		for (int i = 0; i < 10 * script.getSteps().size() + 10 && !runner.isFinished(); i++) {
			Answer next = way.next(runner);
			if (next == null) {
				break;
			}
			runner.answer(next);
		}
		List<Integer> visited = List.copyOf(runner.visited());
		return new TypicalCall(visited, SpeakingTime.ofPath(script, visited));
	}

	/** The step numbers said, in order. */
	public List<Integer> steps() {
		return steps;
	}

	/** The speaking time of the steps said: fast to slow. */
	public SpeakingTime time() {
		return time;
	}
}
