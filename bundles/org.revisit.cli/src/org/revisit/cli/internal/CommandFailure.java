package org.revisit.cli.internal;

/** A command that was understood but cannot be done (no such contact, a time in the past): exit code 1. */
final class CommandFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	CommandFailure(String message) {
		super(message);
	}
}
