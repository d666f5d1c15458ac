package org.revisit.store;

/**
 * An update found the row changed (or deleted) by someone else since the caller read it; nothing was written. The
 * message names the record and tells the user to reload.
 */
public class StaleDataException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StaleDataException(String message) {
		super(message);
	}

	/** "{record} was changed by someone else since you opened it; reload and try again". */
	static StaleDataException changed(String record) {
		return new StaleDataException(record + " was changed by someone else since you opened it; reload and try again");
	}

	/** The row is gone. */
	static StaleDataException deleted(String record) {
		return new StaleDataException(record + " was deleted by someone else since you opened it");
	}
}
