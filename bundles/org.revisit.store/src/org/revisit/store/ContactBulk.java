package org.revisit.store;

/**
 * One change made to many contacts at once ({@link ContactBulkEdits}).
 *
 * @param kind what changes
 * @param value the agent ({@code null} or blank: none), the tag, or the reason for not calling
 */
public record ContactBulk(Kind kind, String value) {

	/** The changes a bulk action can make. */
	public enum Kind {
		/** Sets the owning agent (or clears it). */
		ASSIGN_AGENT,
		/** Adds a tag. */
		ADD_TAG,
		/** Removes a tag. */
		REMOVE_TAG,
		/** Marks the contacts as not to be called, with the reason and today's date. */
		DO_NOT_CALL
	}
}
