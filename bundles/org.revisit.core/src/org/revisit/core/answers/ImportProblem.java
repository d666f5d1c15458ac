package org.revisit.core.answers;

import org.revisit.core.internal.Messages;

/**
 * A line of an imported document the reader reports: {@code line} is its number (from 1), {@code text} the line as
 * written, {@code kind} what happened to it, {@code message} why, in the platform's language (the core's NLS
 * texts {@code AnswerImport_*}, English and Chinese).
 */
public record ImportProblem(int line, Kind kind, String text, String message) {

	/** What the reader did with the line. */
	public enum Kind {
		/** Not understood; left out of the library. */
		SKIPPED,
		/** A customer line no reply followed; kept as an entry without reply. */
		NO_REPLY,
		/** Understood with a guess (a reply without speaker, a heading without number); kept. */
		GUESSED;

		/** The kind in the platform's language ("skipped", "跳过"). */
		public String label() {
			return switch (this) {
			case SKIPPED -> Messages.AnswerImport_kindSkipped;
			case NO_REPLY -> Messages.AnswerImport_kindNoReply;
			case GUESSED -> Messages.AnswerImport_kindGuessed;
			};
		}
	}

	/** "line 12: guessed: …: the line", in the platform's language. */
	public String describe() {
		return Messages.bind(Messages.AnswerImport_problem, new Object[] { line, kind.label(), message, text });
	}

	@Override
	public String toString() {
		return "line " + line + ": " + message + ": " + text;
	}
}
