package org.revisit.store;

import java.sql.SQLException;

/** A unit of work given a {@link Tx} by the store ({@link Store#transaction}, {@link Store#reading}). */
@FunctionalInterface
public interface TxWork<T> {
	T run(Tx tx) throws SQLException;
}
