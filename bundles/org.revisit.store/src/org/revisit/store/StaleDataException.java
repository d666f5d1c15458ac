package org.revisit.store;

import org.revisit.store.internal.Messages;

/**
 * An update found the row changed (or deleted) by someone else since the caller read it; nothing was written. The
 * message names the record and tells the user to reload.
 */
public class StaleDataException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StaleDataException(String message) {
		super(message);
	}

	/** A message worded from one of the store's texts (see {@link StoreException#StoreException(Throwable, String, Object...)}). */
	public StaleDataException(String text, Object... args) {
		super(null, text, args);
	}

	/** "{record} was changed by someone else since you opened it; reload and try again". */
	static StaleDataException changed(String record) {
		return new StaleDataException(Messages.Store_changed, record);
	}

	/** The row is gone. */
	static StaleDataException deleted(String record) {
		return new StaleDataException(Messages.Store_deleted, record);
	}
}
