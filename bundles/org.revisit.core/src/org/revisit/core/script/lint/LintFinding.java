package org.revisit.core.script.lint;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/**
 * One place in a text that breaks a language rule: where ({@code offset}, {@code length} in UTF-16 units of
 * the text linted), what ({@code text}), which rule, and what to say instead. Its
 * {@link #message()} is in the platform's language.
 */
public record LintFinding(int offset, int length, String text, LintRule rule) {

	public String suggestion() {
		return rule.suggestion();
	}

	public String message() {
		boolean plain = rule.suggestion().isEmpty();
		String pattern = switch (rule.kind()) {
		case FILLER, WORD -> plain ? Messages.Lint_filler : Messages.Lint_fillerSuggestion;
		case PHRASE -> plain ? Messages.Lint_phrase : Messages.Lint_phraseSuggestion;
		};
		return NLS.bind(pattern, text, rule.suggestion());
	}
}
