package org.revisit.core.script.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.core.script.Flow;
import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.GoToStep;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;

/**
 * How long saying something takes: Chinese at 90–100 characters a minute (the rate the training material
 * sets), English at 140–160 words a minute. A placeholder counts as a short name (3 characters, 2 words).
 * Times are in seconds, fastest first.
 */
public record SpeakingTime(double minSeconds, double maxSeconds) {

	public static final SpeakingTime ZERO = new SpeakingTime(0, 0);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*\\}");
	private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]+(?:['’-][\\p{IsLatin}\\p{N}]+)*");

	public SpeakingTime plus(SpeakingTime other) {
		return new SpeakingTime(minSeconds + other.minSeconds, maxSeconds + other.maxSeconds);
	}

	/** The time to say {@code text} in {@code language} ("zh" for Chinese, anything else for English). */
	public static SpeakingTime of(String text, String language) {
		if (text == null || text.isBlank()) {
			return ZERO;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		int placeholders = 0;
		while (m.find()) {
			placeholders++;
		}
		String plain = PLACEHOLDER.matcher(text).replaceAll(" ");
		int latinWords = 0;
		Matcher w = LATIN_WORD.matcher(plain);
		while (w.find()) {
			latinWords++;
		}
		if ("zh".equals(language)) {
			long han = plain.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
			double units = han + latinWords + 3.0 * placeholders;
			return new SpeakingTime(units * 60 / 100, units * 60 / 90);
		}
		double words = latinWords + 2.0 * placeholders;
		return new SpeakingTime(words * 60 / 160, words * 60 / 140);
	}

	public static SpeakingTime of(Step step, String language) {
		return of(step.getUtterance(), language);
	}

	/** The time of the steps visited, in order (a step visited twice counts twice). */
	public static SpeakingTime ofPath(Script script, List<Integer> stepNumbers) {
		Map<Integer, Step> byNumber = byNumber(script);
		SpeakingTime total = ZERO;
		for (Integer n : stepNumbers) {
			Step s = byNumber.get(n);
			if (s != null) {
				total = total.plus(of(s, script.getLanguage()));
			}
		}
		return total;
	}

	/**
	 * The shortest and the longest call the script allows, from the first step to an end along paths that visit
	 * no step twice: {@code minSeconds} of the quickest path said fast, {@code maxSeconds} of the longest path
	 * said slowly.
	 */
	public static SpeakingTime ofScript(Script script) {
		if (script.getSteps().isEmpty()) {
			return ZERO;
		}
		double[] bounds = { Double.MAX_VALUE, 0 };
		walk(script, byNumber(script), script.getSteps().get(0), new HashSet<>(), ZERO, bounds);
		return bounds[0] == Double.MAX_VALUE ? ZERO : new SpeakingTime(bounds[0], bounds[1]);
	}

	private static void walk(Script script, Map<Integer, Step> byNumber, Step step, Set<Step> onPath,
			SpeakingTime sofar, double[] bounds) {
		SpeakingTime here = sofar.plus(of(step, script.getLanguage()));
		onPath.add(step);
		boolean ends = step.getAnswers().isEmpty() && Flow.following(script, step) == null;
		Set<Step> targets = new LinkedHashSet<>(); // answers that meet again are walked once
		if (Flow.saidAndGoesOn(script, step) && !onPath.contains(Flow.following(script, step))) {
			targets.add(Flow.following(script, step));
		}
		for (Answer answer : step.getAnswers()) {
			Step next = null;
			boolean end = false;
			boolean callback = false;
			for (Action a : answer.getActions()) {
				if (a instanceof GoToStep g && next == null && !end) {
					next = byNumber.get(g.getTargetStep());
					if (next == null) {
						end = true; // a broken go-to: count the call as ending here
					}
				} else if (a instanceof EndCall && next == null) {
					end = true;
				} else if (a instanceof AgreeCallback || a instanceof TargetAbsent) {
					callback = true;
				}
			}
			if (next == null && !end && !callback) {
				next = Flow.following(script, step);
			}
			if (next == null) {
				ends = true;
			} else if (!onPath.contains(next)) {
				targets.add(next);
			}
		}
		for (Step next : targets) {
			walk(script, byNumber, next, onPath, here, bounds);
		}
		if (ends) {
			bounds[0] = Math.min(bounds[0], here.minSeconds());
			bounds[1] = Math.max(bounds[1], here.maxSeconds());
		}
		onPath.remove(step);
	}

	private static Map<Integer, Step> byNumber(Script script) {
		Map<Integer, Step> m = new HashMap<>();
		for (Step s : script.getSteps()) {
			m.putIfAbsent(s.getNumber(), s);
		}
		return m;
	}

	/** Whole seconds, e.g. "12–14 s". */
	@Override
	public String toString() {
		return Math.round(minSeconds) + "–" + Math.round(maxSeconds) + " s";
	}
}
