package org.revisit.core.service;

import java.util.List;

import org.revisit.model.Callback;
import org.revisit.store.CallbackRepository.Promise;

/**
 * Promised callbacks. Everyone reads the promises of a contact they may read; the team's list needs
 * {@link Permission#RESULTS} unless it is filtered to the user's own ({@code mine}).
 */
public interface CallbackService {

	/** Promises, overdue first; {@code openOnly}, {@code overdueOnly} and {@code mine} narrow it. */
	List<Promise> promises(boolean openOnly, boolean overdueOnly, boolean mine, int limit);

	List<Promise> openPromisesOf(long contactId);

	/** Stores a new promise (a manual one, e.g. made on a complaint hotline); returns it with its id. */
	Callback add(Callback callback);

	/** Closes promise {@code oldId} as superseded by {@code replacement} (stored here); returns the replacement. */
	Callback supersede(long oldId, Callback replacement);
}
