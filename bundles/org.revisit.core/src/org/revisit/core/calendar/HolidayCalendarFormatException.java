package org.revisit.core.calendar;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/** A holiday calendar text with bad lines; the message names the source and the first bad line. */
public final class HolidayCalendarFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** One bad line; line 0 for a problem of the whole text (e.g. something missing). */
	public record Problem(int line, String message) {

		String where(String source) {
			return line > 0 ? source + ":" + line : source;
		}
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
		return problems.stream().map(p -> p.where(source) + ": " + p.message())
				.collect(Collectors.joining(System.lineSeparator()));
	}

	private static String message(String source, List<Problem> problems) {
		Problem first = problems.get(0);
		String message = first.where(source) + ": " + first.message();
		if (problems.size() == 2) {
			message = NLS.bind(Messages.Calendar_moreOne, message, problems.get(1).line());
		} else if (problems.size() > 2) {
			message = NLS.bind(Messages.Calendar_more, new Object[] { message, problems.size() - 1,
					problems.stream().skip(1).map(p -> Integer.toString(p.line())).collect(Collectors.joining(", ")) }); //$NON-NLS-1$
		}
		return message;
	}
}
