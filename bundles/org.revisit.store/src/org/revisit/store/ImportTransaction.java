package org.revisit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.revisit.model.Callback;
import org.revisit.model.ServiceEvent;

/**
 * The one transaction of a CSV import (contacts or service events): the lookups its row checks make and the writes
 * of its valid rows run on it, and nothing is stored unless {@link #commit()} is called; {@link #close()} without a
 * commit rolls everything back. A dry run reads only and writes nothing. So the importers in core run no SQL and
 * hold no JDBC connection; every failure comes as a {@link StoreException} whose message ends with the database's
 * own reason and its SQL state.
 */
public final class ImportTransaction implements AutoCloseable {

	private final Store store;
	private final Connection c;
	private final Tx tx;
	private final boolean writes;
	private boolean committed;

	private ImportTransaction(Store store, Connection c, boolean writes) {
		this.store = store;
		this.c = c;
		this.tx = new Tx(c);
		this.writes = writes;
	}

	/**
	 * Opens the transaction of an import on {@code store}; {@code dryRun}: the import only checks its rows and
	 * writes nothing (its reads are not held in a transaction then).
	 */
	public static ImportTransaction open(Store store, boolean dryRun) {
		Connection c = null;
		try {
			c = store.connect();
			if (!dryRun) {
				c.setAutoCommit(false);
			}
			return new ImportTransaction(store, c, !dryRun);
		} catch (SQLException e) {
			if (c != null) {
				try {
					c.close();
				} catch (SQLException closeFailed) {
					e.addSuppressed(closeFailed);
				}
			}
			throw failure(e);
		}
	}

	/** Calls {@code action} with every stored mobile number (one query; an import's duplicate check). */
	public void forEachMobileNumber(Consumer<String> action) {
		try {
			ContactRepository.forEachMobileNumber(tx, action);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Whether a contact with this id is stored. */
	public boolean contactExists(long id) {
		try {
			return ContactRepository.exists(tx, id);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** The ids of the contacts having this phone number (of any kind), at most {@code limit}. */
	public List<Long> contactIdsByPhoneNumber(String number, int limit) {
		try {
			return ContactRepository.idsByPhoneNumber(tx, number, limit);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Whether a service event with this external reference is stored. */
	public boolean externalRefExists(String externalRef) {
		try {
			return ServiceEventRepository.externalRefExists(tx, externalRef);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Inserts new service events (their contacts stored already) and sets their ids. */
	public void insertEvents(List<ServiceEvent> events) {
		requireWrites();
		try {
			store.events().insert(tx, events);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Inserts new callbacks agreed outside a call (a complaint's promise) and sets their ids. */
	public void insertCallbacks(List<Callback> callbacks) {
		requireWrites();
		try {
			store.callbacks().insert(tx, callbacks, 0);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/**
	 * A load of new contacts that starts storing them on this transaction as they are added ({@link ContactLoad#start}):
	 * from now until {@link #publish} the transaction is the load's; the caller closes the load when done with it.
	 */
	public ContactLoad startLoad() {
		requireWrites();
		try {
			return ContactLoad.start(tx);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Stores every contact {@code load} staged ({@link ContactLoad#publish}); returns the first new id. */
	public long publish(ContactLoad load) {
		requireWrites();
		try {
			return load.publish(tx);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Commits what the import wrote; without it, {@link #close()} rolls it back. */
	public void commit() {
		requireWrites();
		try {
			c.commit();
			committed = true;
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	/** Rolls back what was not committed and closes the connection. */
	@Override
	public void close() {
		try (Connection closing = c) {
			if (writes && !committed) {
				closing.rollback();
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private void requireWrites() {
		if (!writes) {
			throw new IllegalStateException("a dry run writes nothing");
		}
	}

	/** The database's own reason (the last of a chain) and its SQL state. */
	private static StoreException failure(SQLException e) {
		SQLException root = e;
		while (root.getNextException() != null) {
			root = root.getNextException();
		}
		return new StoreException(root.getMessage() + " [SQLState " + root.getSQLState() + "]", e);
	}
}
