package org.revisit.core.script.lint;

/** A forbidden word or phrase and what to say instead (empty when it should simply go). */
public record LintRule(Kind kind, String text, String suggestion) {

	public enum Kind {
		/** Wrong as an interjection: at the start of a sentence or followed by punctuation, not inside a word. */
		FILLER,
		/** A whole word, case ignored. */
		WORD,
		/** Anywhere, case ignored. */
		PHRASE
	}
}
