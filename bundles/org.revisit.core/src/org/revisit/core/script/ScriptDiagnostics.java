package org.revisit.core.script;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.revisit.model.Answer;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * Diagnostic source and codes of everything the script tools report. Each child diagnostic's data holds the
 * {@link Step} it is about (when there is one), then the step number as an {@link Integer}, then the
 * {@link Answer} for findings about one answer; parse problems carry the line number and the line's text
 * instead.
 */
public final class ScriptDiagnostics {

	public static final String SOURCE = "org.revisit.core.script";

	public static final int LINE_NOT_UNDERSTOOD = 1;
	public static final int NO_STEPS = 2;
	public static final int DUPLICATE_STEP = 3;
	public static final int MISSING_STEP = 4;
	public static final int UNREACHABLE_STEP = 5;
	public static final int NO_WAY_TO_END = 6;
	public static final int CYCLE_WITHOUT_EXIT = 7;
	// 8 was "an answer without outcome": such an answer now goes on with the next step (see Flow)
	public static final int UNKNOWN_PLACEHOLDER = 9;
	public static final int EMPTY_UTTERANCE = 10;
	public static final int CONFLICTING_ACTIONS = 11;
	public static final int LANGUAGE = 12;

	private ScriptDiagnostics() {
	}

	/** The step a diagnostic is about, or null. */
	public static Step step(Diagnostic d) {
		for (Object o : d.getData()) {
			if (o instanceof Step s) {
				return s;
			}
		}
		return null;
	}

	/** The answer a diagnostic is about, or null. */
	public static Answer answer(Diagnostic d) {
		for (Object o : d.getData()) {
			if (o instanceof Answer a) {
				return a;
			}
		}
		return null;
	}

	/** The source line a parse diagnostic is about, or 0. */
	public static int line(Diagnostic d) {
		List<?> data = d.getData();
		return d.getCode() == LINE_NOT_UNDERSTOOD && !data.isEmpty() && data.get(0) instanceof Integer i ? i : 0;
	}

	static BasicDiagnostic about(int severity, int code, Step step, String message) {
		return new BasicDiagnostic(severity, SOURCE, code, message,
				step == null ? new Object[0] : new Object[] { step, step.getNumber() });
	}

	static BasicDiagnostic about(int severity, int code, Step step, Answer answer, String message) {
		return new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { step, step.getNumber(), answer });
	}

	static BasicDiagnostic root(Script script) {
		return new BasicDiagnostic(SOURCE, 0, "Script '" + (script == null ? "" : script.getTitle()) + "'",
				new Object[] { script });
	}
}
