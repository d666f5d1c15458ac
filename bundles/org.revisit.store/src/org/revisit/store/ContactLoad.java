package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;

import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.store.internal.Ids;
import org.revisit.store.load.StagedRows;

/**
 * A load of many new contacts (an import): each contact is staged in temporary files as it comes (its row, phones
 * and tags, with its name key), and {@link #publish(Tx)} then stores all of them with one
 * {@code INSERT ... SELECT} per table on the caller's transaction, so that a failure or a cancel before the commit
 * leaves nothing stored. A load made by {@link #start(Tx)} on an empty contacts table hands its contacts to their
 * {@code INSERT ... SELECT} while they are added instead (through a {@link StagedRows.Pipe}, no file), in the same
 * transaction. Into an empty contacts table Derby inserts such rows in bulk (new heaps, the indexes built
 * by sorting), many times faster than batches of single-row inserts that each update every index; into a table that
 * has rows it inserts them one by one, as a batch would. The contacts must have been validated by the caller.
 */
public final class ContactLoad implements AutoCloseable {

	/**
	 * The columns of a staged contact, in the order of the table function {@code revisit_staged_contacts} (schema
	 * V21) and of {@code StagedRows}: this order is the staging format, not the order the store reads contacts in.
	 */
	private static final String CONTACT_COLUMNS = "id, name, title, company, position, email, address, birthday_cal, "
			+ "birthday_month, birthday_day, birthday_leap, birthday_year, time_zone, customer_class, do_not_call, "
			+ "status, successor_id, owning_agent, version, fax, consent, consent_date, consent_source, dnc_date, "
			+ "dnc_source, name_key";

	private final StagedRows.Sink contacts;
	private final StagedRows.Writer phones;
	private final StagedRows.Writer tags;
	private long count;
	/** The contacts' insert already under way (see {@link #start(Tx)}), or null. */
	private final Streaming streaming;

	/** A new, empty load (temporary files until {@link #close()}). */
	public ContactLoad() {
		this(null);
	}

	private ContactLoad(Streaming streaming) {
		this.streaming = streaming;
		StagedRows.Writer p = null;
		try {
			p = new StagedRows.Writer(5);
			phones = p;
			tags = new StagedRows.Writer(2);
		} catch (IOException e) {
			if (p != null) {
				try {
					p.close();
				} catch (IOException closing) {
					e.addSuppressed(closing);
				}
			}
			throw new StoreException(e, Messages.Store_importTempFiles, e.getMessage());
		}
		if (streaming != null) {
			contacts = streaming.pipe;
		} else {
			try {
				contacts = new StagedRows.Writer(26);
			} catch (IOException e) {
				try (StagedRows.Writer a = phones; StagedRows.Writer b = tags) {
					// closed, and their files deleted
				} catch (IOException closing) {
					e.addSuppressed(closing);
				}
				throw new StoreException(e, Messages.Store_importTempFiles, e.getMessage());
			}
		}
	}

	/**
	 * A load whose contacts go into the database while they are added, on {@code tx}'s transaction (which the caller
	 * commits or rolls back after {@link #publish(Tx)}, and must not use otherwise until then): when the contacts
	 * table is empty, the {@code INSERT ... SELECT} of the contacts starts at once on a thread of its own, reading
	 * each contact as {@link #add} hands it over, so that the bulk insert (and its sorts) runs beside the caller's
	 * reading and checking of the rows, on another core; {@link #publish(Tx)} then waits for it and stores the phones
	 * and tags. Holds the contacts table's lock from now on (the bulk insert locks it; nobody else sees the rows
	 * before the commit). Into a table that has rows the contacts are staged in a file as by {@link #ContactLoad()}.
	 * {@link #close()} without a publish stops the insert, which fails, and the caller rolls its transaction back.
	 */
	public static ContactLoad start(Tx tx) throws SQLException {
		Connection c = tx.connection();
		if (!isEmpty(c)) {
			return new ContactLoad();
		}
		// The id block's row stays locked until the transaction ends: the contacts get the ids from here on.
		long first = Ids.reserve(c, "contact", 0);
		String selfReference = dropSelfReference(c);
		Streaming s = new Streaming(c, first, selfReference);
		ContactLoad load;
		try {
			load = new ContactLoad(s);
		} catch (RuntimeException e) {
			s.pipe.close();
			throw e;
		}
		s.start();
		return load;
	}

	/** The contacts' {@code INSERT ... SELECT} reading a pipe, run by a thread of its own. */
	private static final class Streaming implements Runnable {

		final Connection c;
		final long first;
		final String selfReference;
		final StagedRows.Pipe pipe = new StagedRows.Pipe(26);
		final Thread thread;
		volatile long inserted = -1;
		volatile SQLException failure;

		Streaming(Connection c, long first, String selfReference) {
			this.c = c;
			this.first = first;
			this.selfReference = selfReference;
			thread = new Thread(this, "Revisit import: storing contacts");
			thread.setDaemon(true);
		}

		void start() {
			thread.start();
		}

		@Override
		public void run() {
			try (PreparedStatement p = c.prepareStatement("INSERT INTO contact (" + CONTACT_COLUMNS
					+ ") SELECT * FROM TABLE(revisit_staged_contacts(?, ?)) AS staged")) {
				p.setString(1, pipe.token());
				p.setLong(2, first);
				inserted = p.executeLargeUpdate();
			} catch (SQLException e) {
				failure = e;
				pipe.readerFailed(e);
			} catch (RuntimeException | Error e) {
				failure = new SQLException("The insert of the contacts failed: " + e, e);
				pipe.readerFailed(e);
			}
		}

		/** Waits for the insert to end. */
		void join() {
			boolean interrupted = false;
			while (thread.isAlive()) {
				try {
					thread.join();
				} catch (InterruptedException e) {
					// the insert holds the transaction's connection: wait for it to give it back, then pass it on
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Stages a new contact (its id and version are ignored: a loaded contact has none yet).
	 *
	 * @throws IllegalArgumentException if it names a successor (an import gives none; use the repository's insert)
	 */
	public void add(Contact contact) {
		if (published) {
			throw new IllegalStateException("the load was published");
		}
		if (contact.getSuccessor() != null) {
			throw new IllegalArgumentException("a loaded contact has no successor");
		}
		long ordinal = count;
		try {
			contacts.id(ordinal).string(contact.getName()).string(contact.getTitle()).string(contact.getCompany())
					.string(contact.getPosition()).string(contact.getEmail()).string(contact.getAddress());
			Birthday b = contact.getBirthday();
			if (b == null) {
				contacts.nul().nul().nul().bool(false).nul();
			} else {
				contacts.string(b.getCalendar() == CalendarKind.LUNAR ? "L" : "S");
				small(b.getMonth());
				small(b.getDay());
				contacts.bool(b.isLeapMonth());
				small(b.getYear());
			}
			contacts.string(contact.getTimeZone())
					.string(contact.getCustomerClass() == null ? null : contact.getCustomerClass().getName())
					.bool(contact.isDoNotCall()).string(contact.getStatus().getName()).nul()
					.string(contact.getOwningAgent()).number(0).string(contact.getFax()).bool(contact.isConsent())
					.moment(contact.getConsentDate()).string(contact.getConsentSource())
					.moment(contact.getDoNotCallDate()).string(contact.getDoNotCallSource())
					.string(NameKeys.of(contact.getName()));
			int seq = 0;
			for (PhoneNumber phone : contact.getPhones()) {
				phones.id(ordinal).number(seq++).string(phone.getType().getName()).string(phone.getNumber())
						.bool(phone.isInvalid());
			}
			// The table's key makes a tag count once per contact.
			for (String tag : new LinkedHashSet<>(contact.getTags())) {
				tags.id(ordinal).string(tag);
			}
		} catch (IOException e) {
			if (streaming != null && !(e instanceof java.io.InterruptedIOException)) {
				// the insert stopped reading: it failed (or is failing), and its reason is the one to give
				streaming.join();
				if (streaming.failure != null) {
					throw new StoreException(reason(streaming.failure), streaming.failure);
				}
			}
			throw new UncheckedIOException("Cannot write the temporary files of an import: " + e.getMessage(), e);
		}
		count++;
	}

	/** A SMALLINT column where 0 stands for no value (as the repository stores it). */
	private void small(int value) throws IOException {
		if (value == 0) {
			contacts.nul();
		} else {
			contacts.number(value);
		}
	}

	/** The contacts staged so far. */
	public long size() {
		return count;
	}

	/**
	 * Stores every staged contact in {@code tx}'s transaction (which the caller commits or rolls back): reserves their
	 * ids, then copies the contacts, their phones and their tags. Returns the first id; the contacts got the ids
	 * from it on, in the order they were added.
	 */
	public long publish(Tx tx) throws SQLException {
		Connection c = tx.connection();
		published = true;
		if (streaming != null) {
			return publishStreamed(c);
		}
		if (count == 0) {
			return 0;
		}
		if (count > Integer.MAX_VALUE) {
			throw new SQLException("Too many contacts in one load: " + count);
		}
		long first = Ids.reserve(c, "contact", (int) count);
		String selfReference = isEmpty(c) ? dropSelfReference(c) : null;
		try {
			copy(c, "contact (" + CONTACT_COLUMNS + ")", "revisit_staged_contacts", (StagedRows.Writer) contacts,
					first, count);
			copyPhonesAndTags(c, first, selfReference);
		} catch (IOException e) {
			throw new SQLException("Cannot read the temporary files of an import: " + e.getMessage(), e);
		}
		return first;
	}

	private boolean published;

	/** {@link #publish(Tx)} of a load whose contacts' insert is under way: ends it, then stores the rest. */
	private long publishStreamed(Connection c) throws SQLException {
		try {
			streaming.pipe.finish();
		} catch (IOException e) {
			// the insert failed: its failure is the reason, below
		}
		streaming.join();
		if (streaming.failure != null) {
			throw streaming.failure;
		}
		if (streaming.inserted != count) {
			throw new SQLException("Stored " + streaming.inserted + " of " + count + " contacts");
		}
		if (count > Integer.MAX_VALUE) {
			throw new SQLException("Too many contacts in one load: " + count);
		}
		long first = Ids.reserve(c, "contact", (int) count);
		if (first != streaming.first) {
			throw new SQLException("The contacts' ids moved while they were stored: " + streaming.first + ", " + first);
		}
		try {
			copyPhonesAndTags(c, first, streaming.selfReference);
		} catch (IOException e) {
			throw new SQLException("Cannot read the temporary files of an import: " + e.getMessage(), e);
		}
		return count == 0 ? 0 : first;
	}

	/**
	 * Derby inserts into a table that references itself one row at a time (a deferred insert), whatever the source;
	 * without the successor's key, an empty table gets the bulk insert. The key is put back by
	 * {@link #copyPhonesAndTags}, on the same transaction, so nobody ever sees the table without it (the drop locks
	 * the table). Returns the key's name, or null when there is none to drop.
	 */
	private static String dropSelfReference(Connection c) throws SQLException {
		String selfReference = successorConstraint(c);
		if (selfReference != null) {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("ALTER TABLE contact DROP CONSTRAINT \"" + selfReference.replace("\"", "\"\"") + "\"");
			}
		}
		return selfReference;
	}

	private void copyPhonesAndTags(Connection c, long first, String selfReference) throws SQLException, IOException {
		copy(c, "contact_phone (contact_id, seq, kind, number, invalid)", "revisit_staged_phones", phones, first,
				phones.rows());
		copy(c, "contact_tag (contact_id, tag)", "revisit_staged_tags", tags, first, tags.rows());
		if (selfReference != null) {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("ALTER TABLE contact ADD CONSTRAINT " + SUCCESSOR_KEY
						+ " FOREIGN KEY (successor_id) REFERENCES contact(id)");
			}
		}
	}

	/** The database's own reason (the last of a chain) and its SQL state. */
	private static String reason(SQLException e) {
		SQLException root = e;
		while (root.getNextException() != null) {
			root = root.getNextException();
		}
		return root.getMessage() + " [SQLState " + root.getSQLState() + "]";
	}

	/** The name of the key of {@code contact.successor_id} once a load has put it back. */
	private static final String SUCCESSOR_KEY = "contact_successor_key";

	private static boolean isEmpty(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT 1 FROM contact FETCH FIRST ROW ONLY")) {
			return !rs.next();
		}
	}

	/** The name of the foreign key of contact.successor_id (the contact table's only one), or null. */
	private static String successorConstraint(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k.constraintname "
				+ "FROM sys.sysconstraints k JOIN sys.systables t ON k.tableid = t.tableid "
				+ "JOIN sys.sysschemas m ON t.schemaid = m.schemaid "
				+ "WHERE t.tablename = 'CONTACT' AND k.type = 'F' AND m.schemaname = CURRENT SCHEMA")) {
			String name = rs.next() ? rs.getString(1) : null;
			return rs.next() ? null : name;
		}
	}

	private static void copy(Connection c, String target, String function, StagedRows.Writer stage, long first,
			long expected) throws SQLException, IOException {
		String token = stage.publish();
		if (expected == 0) {
			return;
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO " + target + " SELECT * FROM TABLE(" + function + "(?, ?)) AS staged")) {
			p.setString(1, token);
			p.setLong(2, first);
			long inserted = p.executeLargeUpdate();
			if (inserted != expected) {
				throw new SQLException("Stored " + inserted + " of " + expected + " staged rows into " + target);
			}
		}
	}

	/**
	 * Deletes the temporary files; a contacts' insert still under way (no {@link #publish}) is stopped and fails, and
	 * this waits until it has given the transaction's connection back (the caller then rolls the transaction back).
	 */
	@Override
	public void close() {
		if (streaming != null) {
			streaming.pipe.close();
			streaming.join();
		}
		try (Closeable a = contacts instanceof Closeable file ? file : null; StagedRows.Writer b = phones;
				StagedRows.Writer t = tags) {
			// closed in reverse order
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot delete the temporary files of an import: " + e.getMessage(), e);
		}
	}
}
