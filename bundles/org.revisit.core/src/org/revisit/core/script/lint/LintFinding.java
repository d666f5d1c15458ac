package org.revisit.core.script.lint;

/**
 * One place in a text that breaks a language rule: where ({@code offset}, {@code length} in UTF-16 units of
 * the text linted), what ({@code text}), which rule, and what to say instead.
 */
public record LintFinding(int offset, int length, String text, LintRule rule) {

	public String suggestion() {
		return rule.suggestion();
	}

	public String message() {
		return switch (rule.kind()) {
		case FILLER, WORD -> "filler '" + text + "'" + (rule.suggestion().isEmpty() ? "" : ": " + rule.suggestion());
		case PHRASE -> "impolite phrase '" + text + "'"
				+ (rule.suggestion().isEmpty() ? "" : "; say instead: " + rule.suggestion());
		};
	}
}
