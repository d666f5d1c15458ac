package org.revisit.core.calendar;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A holiday calendar text with bad lines; the message names the source and the first bad line. */
public final class HolidayCalendarFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** One bad line. */
	public record Problem(int line, String message) {
	}

	private final String source;
	private final transient List<Problem> problems;

	HolidayCalendarFormatException(String source, List<Problem> problems) {
		super(message(source, problems));
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	public String source() {
		return source;
	}

	/** Every bad line, in file order. */
	public List<Problem> problems() {
		return problems;
	}

	/** One line per problem: {@code source:line: message}. */
	public String details() {
		return problems.stream().map(p -> source + ":" + p.line() + ": " + p.message())
				.collect(Collectors.joining(System.lineSeparator()));
	}

	private static String message(String source, List<Problem> problems) {
		Problem first = problems.get(0);
		String message = source + ":" + first.line() + ": " + first.message();
		if (problems.size() > 1) {
			message += " (and " + (problems.size() - 1) + " more bad line" + (problems.size() > 2 ? "s" : "")
					+ ": " + problems.stream().skip(1).map(p -> Integer.toString(p.line()))
							.collect(Collectors.joining(", "))
					+ ")";
		}
		return message;
	}
}
