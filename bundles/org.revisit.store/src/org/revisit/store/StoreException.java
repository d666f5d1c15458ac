package org.revisit.store;

/**
 * A failure of the store, with a message meant for the person who started the action:
 * it names the database or the record involved.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
