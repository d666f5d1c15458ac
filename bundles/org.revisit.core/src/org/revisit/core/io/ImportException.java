package org.revisit.core.io;

/**
 * An import that could not read its file at all (missing file, no header, a required column missing) or
 * could not store it; nothing was stored.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
