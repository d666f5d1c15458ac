package org.revisit.cli.internal;

/**
 * The command line was understood but the command could not be done (no such contact, a file whose content is
 * wrong...): exit code {@link Cli#FAILED}, where a wrong command line is a {@link UsageException}.
 */
final class FailedException extends Exception {

	private static final long serialVersionUID = 1L;

	FailedException(String message) {
		super(message);
	}
}
