package org.revisit.core.answers;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/**
 * A line of an imported document the reader reports: {@code line} is its number (from 1), {@code text} the line as
 * written, {@code kind} what happened to it, {@code reason} why (with its {@code args}). The {@link #message()} is
 * made where it is read, in that process's language (the core's NLS texts {@code AnswerImport_*}, English and
 * Chinese), so a client of a team server reads it in its own language, not the server's.
 */
public record ImportProblem(int line, Kind kind, String text, Reason reason, List<String> args) {

	public ImportProblem {
		args = args == null ? List.of() : List.copyOf(args);
	}

	/** A problem whose reason takes these arguments (numbers as text). */
	public ImportProblem(int line, Kind kind, String text, Reason reason, String... args) {
		this(line, kind, text, reason, List.of(args));
	}

	/** What the reader did with the line. */
	public enum Kind {
		/** Not understood; left out of the library. */
		SKIPPED,
		/** A customer line no reply followed; kept as an entry without reply. */
		NO_REPLY,
		/** Understood with a guess (a reply without speaker, a heading without number); kept. */
		GUESSED;

		/** The kind in the platform's language ("skipped", "已跳过"). */
		public String label() {
			return switch (this) {
			case SKIPPED -> Messages.AnswerImport_kindSkipped;
			case NO_REPLY -> Messages.AnswerImport_kindNoReply;
			case GUESSED -> Messages.AnswerImport_kindGuessed;
			};
		}
	}

	/** Why the line is reported. */
	public enum Reason {
		NO_SPEAKER, NUMBERED_NO_SPEAKER, MORE_OF_REPLY, NOT_UNDERSTOOD, REPLY_EXPECTED, HEADING_NO_NUMBER,
		OUT_OF_SEQUENCE, UNFILED, REPLY_WITHOUT_CUSTOMER, DETAILS_BEFORE_CATEGORY, ID_OUTSIDE_ENTRY, NO_REPLY,
		STEP_OR_HEADING, CUSTOMER_EMPTY;

		/** The text saying it, in the platform's language, with {0}, {1} for the arguments. */
		String pattern() {
			return switch (this) {
			case NO_SPEAKER -> Messages.AnswerImport_noSpeaker;
			case NUMBERED_NO_SPEAKER -> Messages.AnswerImport_numberedNoSpeaker;
			case MORE_OF_REPLY -> Messages.AnswerImport_moreOfReply;
			case NOT_UNDERSTOOD -> Messages.AnswerImport_notUnderstood;
			case REPLY_EXPECTED -> Messages.AnswerImport_replyExpected;
			case HEADING_NO_NUMBER -> Messages.AnswerImport_headingNoNumber;
			case OUT_OF_SEQUENCE -> Messages.AnswerImport_outOfSequence;
			case UNFILED -> Messages.AnswerImport_unfiled;
			case REPLY_WITHOUT_CUSTOMER -> Messages.AnswerImport_replyWithoutCustomer;
			case DETAILS_BEFORE_CATEGORY -> Messages.AnswerImport_detailsBeforeCategory;
			case ID_OUTSIDE_ENTRY -> Messages.AnswerImport_idOutsideEntry;
			case NO_REPLY -> Messages.AnswerImport_noReply;
			case STEP_OR_HEADING -> Messages.AnswerImport_stepOrHeading;
			case CUSTOMER_EMPTY -> Messages.AnswerImport_customerEmpty;
			};
		}
	}

	/** Why the line is reported, in the platform's language. */
	public String message() {
		return NLS.bind(reason == null ? "" : reason.pattern(), args.toArray()); //$NON-NLS-1$
	}

	/** "line 12: guessed: …: the line", in the platform's language. */
	public String describe() {
		return NLS.bind(Messages.AnswerImport_problem, new Object[] { line, kind.label(), message(), text });
	}

	@Override
	public String toString() {
		return describe();
	}
}
