package org.revisit.store;

/** Another planning run held the planning lock for longer than Derby's lock wait: try again when it is over. */
public class PlanningBusyException extends StoreException {

	private static final long serialVersionUID = 1L;

	public PlanningBusyException(String message, Throwable cause) {
		super(message, cause);
	}

	/** A message worded from one of the store's texts. */
	public PlanningBusyException(Throwable cause, String text, Object... args) {
		super(cause, text, args);
	}
}
