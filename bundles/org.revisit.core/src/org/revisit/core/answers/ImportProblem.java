package org.revisit.core.answers;

/**
 * A line of an imported document the reader reports: {@code line} is its number (from 1), {@code text} the line as
 * written, {@code kind} what happened to it.
 */
public record ImportProblem(int line, Kind kind, String text, String message) {

	/** What the reader did with the line. */
	public enum Kind {
		/** Not understood; left out of the library. */
		SKIPPED,
		/** A customer line no reply followed; kept as an entry without reply. */
		NO_REPLY,
		/** Understood with a guess (a reply without speaker, a heading without number); kept. */
		GUESSED
	}

	@Override
	public String toString() {
		return "line " + line + ": " + message + ": " + text;
	}
}
