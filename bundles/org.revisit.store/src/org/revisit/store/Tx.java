package org.revisit.store;

import java.sql.Connection;
import java.util.Objects;

/**
 * One unit of work on the store: a connection and the transaction on it, as the store's methods that take part in a
 * caller's transaction see it. Only the store makes one ({@link Store#transaction}, {@link Store#reading}); a caller
 * hands it on to those methods (inserts, audit entries, login state...) and cannot reach the connection underneath,
 * so SQL stays in the store (issue 16). It is valid while the work it was made for runs.
 */
public final class Tx {

	private final Connection connection;

	Tx(Connection connection) {
		this.connection = Objects.requireNonNull(connection);
	}

	/** The connection, for the store's own classes. */
	Connection connection() {
		return connection;
	}
}
