package org.revisit.core.io;

/** A field of a row that cannot be used; the row is rejected. Thrown often, so without a stack trace. */
final class BadValue extends Exception {

	private static final long serialVersionUID = 1L;

	final Column column;

	BadValue(Column column, String reason) {
		super(reason, null, false, false);
		this.column = column;
	}
}
