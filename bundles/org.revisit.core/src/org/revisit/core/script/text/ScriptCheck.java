package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.model.Answer;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.validation.RevisitModelValidator;

/**
 * Checks the text of one script as an editor holds it: reads it with {@link ScriptReader} and applies the rules
 * {@code import script} applies (the {@link ScriptValidator}, the model's own errors, the language rules), and
 * gives every finding the line of the text it is about. A script editor shows the findings as markers while the
 * user types; a text with an error is not saved.
 */
public final class ScriptCheck {

	/** One finding: the 1-based line (0 when it is about the whole text), whether it is an error, the message. */
	public record Finding(int line, boolean error, String message) {
	}

	/** What a text holds: its script (null when there is none) and the findings, by line. */
	public record Result(Script script, List<Finding> findings, ImportResult read) {

		/** Whether the script may be saved: there is one and no finding is an error. */
		public boolean savable() {
			return script != null && errors() == 0;
		}

		public long errors() {
			return findings.stream().filter(Finding::error).count();
		}

		/** The lines not understood: the parse warnings. */
		public List<Finding> unparsed() {
			return read.problems().stream()
					.map(d -> new Finding(ScriptDiagnostics.line(d), false, d.getMessage())).toList();
		}
	}

	private ScriptCheck() {
	}

	/**
	 * Checks {@code text}, which must hold exactly one script; {@code defaultTitle} titles it when the text has no
	 * title line.
	 */
	public static Result check(String text, String defaultTitle) {
		ImportResult read = ScriptReader.read(text == null ? "" : text, defaultTitle);
		List<Finding> findings = new ArrayList<>();
		for (Diagnostic d : read.problems()) {
			findings.add(new Finding(ScriptDiagnostics.line(d), false, d.getMessage()));
		}
		List<Script> scripts = read.scripts();
		Script script = scripts.isEmpty() ? null : scripts.get(0);
		if (script == null) {
			findings.add(new Finding(1, true, Messages.Script_noScript));
		} else {
			for (int i = 1; i < scripts.size(); i++) {
				findings.add(new Finding(read.lineOf(scripts.get(i)), true,
						NLS.bind(Messages.Script_secondScript, scripts.get(i).getTitle())));
			}
			List<Diagnostic> all = new ArrayList<>(new ScriptValidator().validate(script).getChildren());
			for (Diagnostic d : RevisitModelValidator.diagnostician().validate(script).getChildren()) {
				if (d.getSeverity() >= Diagnostic.ERROR && d.getCode() != RevisitModelValidator.STEP_DUPLICATE
						&& d.getCode() != RevisitModelValidator.STEP_MISSING) {
					all.add(d);
				}
			}
			all.addAll(LanguageLint.defaults().check(script).getChildren());
			for (Diagnostic d : all) {
				if (d.getSeverity() >= Diagnostic.WARNING) {
					findings.add(new Finding(lineOf(read, script, d), d.getSeverity() >= Diagnostic.ERROR,
							d.getMessage()));
				}
			}
		}
		findings.sort(Comparator.comparingInt(Finding::line));
		return new Result(script, List.copyOf(findings), read);
	}

	/** The line of the answer or step a diagnostic is about, else of the script's title. */
	private static int lineOf(ImportResult read, Script script, Diagnostic d) {
		Answer answer = ScriptDiagnostics.answer(d);
		if (answer != null && read.lineOf(answer) > 0) {
			return read.lineOf(answer);
		}
		Step step = ScriptDiagnostics.step(d);
		if (step != null && read.lineOf(step) > 0) {
			return read.lineOf(step);
		}
		return Math.max(read.lineOf(script), 1);
	}
}
