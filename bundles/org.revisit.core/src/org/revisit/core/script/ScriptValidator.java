package org.revisit.core.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;

/**
 * Checks a script's flow: every go-to has a target, every step is reachable from the first one and has a way
 * to an end, no loop traps the call, every placeholder is known. A step without answers and an answer that names
 * no step go on with the next step ({@link Flow}). Each message names the step; each child diagnostic's data
 * holds the step (see {@link ScriptDiagnostics}).
 */
public final class ScriptValidator {

	private final Set<String> knownPlaceholders;

	public ScriptValidator() {
		this(Placeholders.KNOWN.keySet());
	}

	/** A validator that accepts the given placeholder keys (a call type may add its own). */
	public ScriptValidator(Set<String> knownPlaceholders) {
		this.knownPlaceholders = Set.copyOf(knownPlaceholders);
	}

	public Diagnostic validate(Script script) {
		BasicDiagnostic result = ScriptDiagnostics.root(script);
		if (script.getSteps().isEmpty()) {
			result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.NO_STEPS, null,
					NLS.bind(Messages.Script_noSteps, script.getTitle())));
			return result;
		}
		Map<Integer, Step> byNumber = new LinkedHashMap<>();
		for (Step step : script.getSteps()) {
			if (byNumber.putIfAbsent(step.getNumber(), step) != null) {
				result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.DUPLICATE_STEP, step,
						NLS.bind(Messages.Script_duplicateStep, step.getNumber())));
			}
		}
		Map<Step, Set<Step>> next = new HashMap<>();
		Set<Step> ends = new HashSet<>();
		for (Step step : script.getSteps()) {
			Set<Step> targets = new LinkedHashSet<>();
			next.put(step, targets);
			if (step.getUtterance() == null || step.getUtterance().isBlank()) {
				result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.EMPTY_UTTERANCE, step,
						NLS.bind(Messages.Script_nothingToSay, step.getNumber())));
			}
			for (String key : new LinkedHashSet<>(Placeholders.keys(step.getUtterance()))) {
				if (!knownPlaceholders.contains(key)) {
					result.add(ScriptDiagnostics.about(Diagnostic.WARNING, ScriptDiagnostics.UNKNOWN_PLACEHOLDER, step,
							NLS.bind(Messages.Script_unknownPlaceholder, step.getNumber(), "${" + key + "}")));
				}
			}
			if (step.getAnswers().isEmpty()) {
				goOn(script, step, targets, ends);
			}
			for (Answer answer : step.getAnswers()) {
				checkAnswer(result, script, step, answer, byNumber, targets, ends);
			}
		}

		Step first = script.getSteps().get(0);
		Set<Step> reachable = reach(first, next);
		for (Step step : script.getSteps()) {
			if (!reachable.contains(step)) {
				result.add(ScriptDiagnostics.about(Diagnostic.WARNING, ScriptDiagnostics.UNREACHABLE_STEP, step,
						NLS.bind(Messages.Script_unreachable, step.getNumber(), first.getNumber())));
			}
		}

		Set<Step> canEnd = canReachEnd(script.getSteps(), next, ends);
		Set<Step> inTrap = new HashSet<>();
		for (List<Step> component : stronglyConnected(script.getSteps(), next)) {
			boolean loop = component.size() > 1 || next.get(component.get(0)).contains(component.get(0));
			if (loop && !canEnd.contains(component.get(0))) {
				TreeSet<Integer> numbers = new TreeSet<>();
				component.forEach(s -> numbers.add(s.getNumber()));
				for (Step step : component) {
					inTrap.add(step);
					result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.CYCLE_WITHOUT_EXIT, step,
							NLS.bind(Messages.Script_loop, step.getNumber(), join(numbers))));
				}
			}
		}
		for (Step step : script.getSteps()) {
			if (!canEnd.contains(step) && !inTrap.contains(step)) {
				result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.NO_WAY_TO_END, step,
						NLS.bind(Messages.Script_noWayToEnd, step.getNumber())));
			}
		}
		return result;
	}

	/** The call goes on with the step after {@code step}, or ends after the last one. */
	private static void goOn(Script script, Step step, Set<Step> targets, Set<Step> ends) {
		Step following = Flow.following(script, step);
		if (following == null) {
			ends.add(step);
		} else {
			targets.add(following);
		}
	}

	private static void checkAnswer(BasicDiagnostic result, Script script, Step step, Answer answer,
			Map<Integer, Step> byNumber, Set<Step> targets, Set<Step> ends) {
		String which = NLS.bind(Messages.Script_answer, step.getNumber(), label(answer));
		int goTos = 0;
		boolean end = false;
		boolean callback = false;
		for (Action action : answer.getActions()) {
			if (action instanceof GoToStep g) {
				goTos++;
				Step target = byNumber.get(g.getTargetStep());
				if (target == null) {
					result.add(ScriptDiagnostics.about(Diagnostic.ERROR, ScriptDiagnostics.MISSING_STEP, step, answer,
							NLS.bind(Messages.Script_missingStep, which, g.getTargetStep())));
				} else {
					targets.add(target);
				}
			} else if (action instanceof EndCall) {
				end = true;
			} else if (action instanceof AgreeCallback || action instanceof TargetAbsent) {
				callback = true;
			}
		}
		if (Flow.goesOn(answer)) {
			goOn(script, step, targets, ends);
		} else if (goTos > 1 || goTos == 1 && end) {
			result.add(ScriptDiagnostics.about(Diagnostic.WARNING, ScriptDiagnostics.CONFLICTING_ACTIONS, step, answer,
					NLS.bind(end ? Messages.Script_endsAndGoes : Messages.Script_goesToMany, which)));
		}
		if (end || goTos == 0 && callback) {
			ends.add(step);
		}
	}

	static String label(Answer answer) {
		return answer.getLabel() == null || answer.getLabel().isEmpty() ? Messages.Script_anyAnswer
				: answer.getLabel();
	}

	private static String join(Set<Integer> numbers) {
		StringBuilder sb = new StringBuilder();
		for (Integer n : numbers) {
			sb.append(sb.length() == 0 ? "" : ", ").append(n);
		}
		return sb.toString();
	}

	private static Set<Step> reach(Step from, Map<Step, Set<Step>> next) {
		Set<Step> seen = new HashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(from));
		while (!todo.isEmpty()) {
			Step s = todo.pop();
			if (seen.add(s)) {
				todo.addAll(next.get(s));
			}
		}
		return seen;
	}

	private static Set<Step> canReachEnd(List<Step> steps, Map<Step, Set<Step>> next, Set<Step> ends) {
		Map<Step, List<Step>> previous = new HashMap<>();
		for (Step s : steps) {
			for (Step t : next.get(s)) {
				previous.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
			}
		}
		Set<Step> seen = new HashSet<>();
		Deque<Step> todo = new ArrayDeque<>(ends);
		while (!todo.isEmpty()) {
			Step s = todo.pop();
			if (seen.add(s)) {
				todo.addAll(previous.getOrDefault(s, List.of()));
			}
		}
		return seen;
	}

	/** Tarjan's algorithm; scripts are small, recursion depth is the number of steps. */
	private static List<List<Step>> stronglyConnected(List<Step> steps, Map<Step, Set<Step>> next) {
		Map<Step, Integer> index = new HashMap<>();
		Map<Step, Integer> low = new HashMap<>();
		Deque<Step> stack = new ArrayDeque<>();
		Set<Step> onStack = new HashSet<>();
		List<List<Step>> components = new ArrayList<>();
		for (Step s : steps) {
			if (!index.containsKey(s)) {
				connect(s, next, index, low, stack, onStack, components);
			}
		}
		return components;
	}

	private static void connect(Step v, Map<Step, Set<Step>> next, Map<Step, Integer> index, Map<Step, Integer> low,
			Deque<Step> stack, Set<Step> onStack, List<List<Step>> components) {
		index.put(v, index.size());
		low.put(v, index.get(v));
		stack.push(v);
		onStack.add(v);
		for (Step w : next.get(v)) {
			if (!index.containsKey(w)) {
				connect(w, next, index, low, stack, onStack, components);
				low.put(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.contains(w)) {
				low.put(v, Math.min(low.get(v), index.get(w)));
			}
		}
		if (low.get(v).equals(index.get(v))) {
			List<Step> component = new ArrayList<>();
			Step w;
			do {
				w = stack.pop();
				onStack.remove(w);
				component.add(w);
			} while (w != v);
			components.add(component);
		}
	}
}
