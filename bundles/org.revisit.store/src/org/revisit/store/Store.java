package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.revisit.store.internal.DerbyDrivers;
import org.revisit.store.internal.Migrations;

/**
 * The Revisit database. Opening a store connects to the database (creating an embedded one on first use)
 * and applies any pending schema migrations. Each unit of work gets a connection and a transaction of its own
 * (connections given back are handed out again); nothing is cached in memory beyond what a caller asks for.
 */
public final class Store implements AutoCloseable {

	private final StoreConfig config;
	private final Driver driver;
	private final int schemaVersion;
	private final boolean created;
	private final ContactRepository contacts = new ContactRepository(this);
	private final CampaignRepository campaigns = new CampaignRepository(this);
	private final TaskRepository tasks = new TaskRepository(this);
	private final CallbackRepository callbacks = new CallbackRepository(this);
	private final OutcomeRepository outcomes = new OutcomeRepository(this);
	private final UserRepository users = new UserRepository(this);
	private final HolidayCalendarRepository holidays = new HolidayCalendarRepository(this);
	private final ScriptRepository scripts = new ScriptRepository(this);
	private final AuditRepository audit = new AuditRepository(this);
	private final TaskClaims claims = new TaskClaims(this);
	private final ServiceEventRepository events = new ServiceEventRepository(this);
	private final PlanningReads planningReads = new PlanningReads(this);
	private final PlanWrites planWrites = new PlanWrites(this);
	private final PlanRuns planRuns = new PlanRuns(this);
	private final PlanChanges planChanges = new PlanChanges(this);
	private final TeamSettings settings = new TeamSettings(this);
	private final StoredCalls storedCalls = new StoredCalls(this);
	private final ContactSearch contactSearch = new ContactSearch(this);
	private final Successions successions = new Successions(this);
	private final CallDrafts drafts = new CallDrafts(this);
	private final AnswerRepository answers = new AnswerRepository(this);
	private volatile boolean closed;

	private Store(StoreConfig config, Driver driver, int schemaVersion, boolean created) {
		this.config = config;
		this.driver = driver;
		this.schemaVersion = schemaVersion;
		this.created = created;
	}

	/** Told by {@link Store#open(StoreConfig, OpenListener)} about an open that can take long. */
	@FunctionalInterface
	public interface OpenListener {

		/**
		 * The embedded database in {@code database} was not shut down cleanly (a killed process, a power cut)
		 * and is about to be opened: Derby recovers it from its log first, which can take minutes. Called on the
		 * thread that opens the store, before the recovery starts.
		 */
		void recovering(Path database);

		/**
		 * The database in {@code database}, made by an earlier version of Revisit, is about to be brought up to
		 * this version's schema: with many contacts that can take minutes (an index over millions of rows is
		 * sorted). Called on the thread that opens the store, once, before the first change; not for a new
		 * database, nor for one already up to date.
		 */
		default void upgrading(Path database) {
			// nothing to say by default
		}
	}

	/** Opens (and if needed creates and migrates) the database at the latest schema version. */
	public static Store open(StoreConfig config) {
		return open(config, Migrations.latestVersion(), null);
	}

	/**
	 * Opens the database like {@link #open(StoreConfig)} and tells {@code listener} first if the open will have
	 * to recover an embedded database that was not shut down cleanly.
	 */
	public static Store open(StoreConfig config, OpenListener listener) {
		return open(config, Migrations.latestVersion(), listener);
	}

	/**
	 * Opens the database and migrates it up to {@code targetVersion}; used by migration tests to build a
	 * database of an older version.
	 */
	public static Store open(StoreConfig config, int targetVersion) {
		return open(config, targetVersion, null);
	}

	private static Store open(StoreConfig config, int targetVersion, OpenListener listener) {
		Path dir = config.directory();
		DataFolders.check(dir);
		if (listener != null && DataFolders.needsRecovery(dir)) {
			listener.recovering(dir);
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", dir.getParent().resolve("derby.log").toString());
		}
		Driver driver = DerbyDrivers.embedded();
		try (Connection c = connect(driver, config, true)) {
			boolean created = Migrations.currentVersion(c) == 0;
			Runnable upgrading = created || listener == null ? () -> { /* a new database: nothing to upgrade */ }
					: () -> listener.upgrading(dir);
			int version = Migrations.migrate(c, targetVersion, config.clock(), upgrading);
			return new Store(config, driver, version, created);
		} catch (SQLException e) {
			throw new StoreException(e, Messages.Store_cannotOpen, config.describe(), describe(e));
		}
	}

	private static Connection connect(Driver driver, StoreConfig config, boolean create) throws SQLException {
		Connection c = driver.connect(config.jdbcUrl(), config.connectionProperties(create));
		if (c == null) {
			throw new SQLException("The Derby driver does not accept " + config.jdbcUrl());
		}
		return c;
	}

	/** A message for an SQL failure, with a hint for the failures a user can do something about. */
	static String describe(SQLException e) {
		SQLException root = e;
		while (root.getNextException() != null) {
			root = root.getNextException();
		}
		if ("XSDB6".equals(root.getSQLState())) {
			return "another Revisit process is using this database (close it; a team shares its data through the "
					+ "Revisit server, which alone opens the folder)";
		}
		String detail = root != e && root.getMessage() != null ? ": " + root.getMessage() : "";
		return e.getMessage() + detail + " [SQLState " + e.getSQLState() + "]";
	}

	/** The clock everything working on this store reads "now" from (see {@link Clocks}). */
	public java.time.Clock clock() {
		return config.clock();
	}

	public StoreConfig config() {
		return config;
	}

	/** Whether this open created the schema, that is, the database was new. */
	public boolean isNew() {
		return created;
	}

	/** The schema version the database is at. */
	public int schemaVersion() {
		return schemaVersion;
	}

	/**
	 * A connection in auto-commit mode, for one unit of work; the caller closes it. Closing it gives it back to the
	 * store (rolled back if a transaction was left open, in auto-commit mode again), which hands it out again:
	 * a new Derby connection costs more than most units of work (it checks the user and looks up the schema), and
	 * a simulated working day makes a few hundred thousand of them.
	 */
	public Connection connect() throws SQLException {
		if (closed) {
			throw new SQLException("The store " + config.describe() + " is closed");
		}
		ThreadGuard.check();
		Connection idle;
		while ((idle = this.idle.pollFirst()) != null) {
			if (!idle.isClosed()) {
				return lent(idle);
			}
		}
		return lent(connect(driver, config, false));
	}

	/** At most this many connections wait to be handed out again; more are closed when given back. */
	private static final int IDLE = 8;
	/** The connections given back, ready to be handed out again (most recently given back first). */
	private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();

	/** {@code real} as the caller gets it: closing it gives it back ({@link #giveBack}). */
	private Connection lent(Connection real) {
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					switch (method.getName()) {
					case "close":
						if (done.compareAndSet(false, true)) {
							giveBack(real);
						}
						return null;
					case "isClosed":
						return done.get() || real.isClosed();
					case "equals":
						return proxy == args[0];
					case "hashCode":
						return System.identityHashCode(proxy);
					case "toString":
						return "lent " + real;
					default:
						if (done.get()) {
							throw new SQLException("The connection was closed", "08003");
						}
						try {
							return method.invoke(real, args);
						} catch (java.lang.reflect.InvocationTargetException e) {
							throw e.getCause();
						}
					}
				});
	}

	/** A connection a unit of work closed: ready for the next one, or closed when it is not fit or not needed. */
	private void giveBack(Connection real) throws SQLException {
		boolean keep = false;
		try {
			if (!real.isClosed()) {
				if (!real.getAutoCommit()) {
					real.rollback();
					real.setAutoCommit(true);
				}
				real.clearWarnings();
				keep = !closed && idle.size() < IDLE;
			}
		} catch (SQLException e) {
			keep = false;
		} finally {
			if (keep) {
				idle.addFirst(real);
			} else if (!real.isClosed()) {
				real.close();
			}
		}
	}

	/**
	 * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. It gets the connection
	 * itself: for the store's own classes and the few outside it that still run SQL (ArchitectureTest lists them);
	 * everyone else uses {@link #transaction(TxWork)}.
	 */
	public <T> T inTransaction(SqlWork<T> work) {
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			try {
				T result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				try {
					c.rollback();
				} catch (SQLException rollbackFailed) {
					e.addSuppressed(rollbackFailed);
				}
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException(describe(e), e);
		}
	}

	/** How often {@link #inTransactionAgainAfterDeadlock} runs its work at the most. */
	private static final int DEADLOCK_TRIES = 3;

	/**
	 * As {@link #inTransaction(SqlWork)}, running {@code work} again (up to {@value #DEADLOCK_TRIES} times in all)
	 * when Derby chose its transaction as the victim of a deadlock (SQLState 40001), which rolled it back whole;
	 * {@code rolledBack} (if not null) runs after each failed try, to undo what the work changed outside the
	 * database (ids it gave out). For short work that may meet another transaction's in Derby's own tables: the
	 * first statements that fire a trigger after a migration recompile the trigger's action and write its
	 * dependencies in {@code SYSDEPENDS} inside the user's transaction, and two agents ending calls at the same
	 * moment then deadlock there (seen in TeamBenchTest right after a fresh database's migrations). The work must
	 * change nothing outside the database but what {@code rolledBack} undoes.
	 */
	public <T> T inTransactionAgainAfterDeadlock(SqlWork<T> work, Runnable rolledBack) {
		for (int tries = 1;; tries++) {
			try {
				return inTransaction(work);
			} catch (RuntimeException e) {
				if (rolledBack != null) {
					rolledBack.run();
				}
				if (tries >= DEADLOCK_TRIES || !deadlockVictim(e)) {
					throw e;
				}
			}
		}
	}

	private static boolean deadlockVictim(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException s && "40001".equals(s.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs read-only {@code work} on a connection of its own, which it gets: like {@link #inTransaction(SqlWork)},
	 * for the store's classes and the listed exceptions; everyone else uses {@link #reading(TxWork)}.
	 */
	public <T> T read(SqlWork<T> work) {
		try (Connection c = connect()) {
			return work.run(c);
		} catch (SQLException e) {
			throw new StoreException(describe(e), e);
		}
	}

	/**
	 * Runs {@code work} in one transaction, as {@link #inTransaction(SqlWork)} does, handing it the transaction as a
	 * {@link Tx} for the store methods that take part in it.
	 */
	public <T> T transaction(TxWork<T> work) {
		return inTransaction(c -> work.run(new Tx(c)));
	}

	/**
	 * Runs read-only {@code work} on a connection of its own, as {@link #read(SqlWork)} does, handing it the
	 * connection as a {@link Tx}.
	 */
	public <T> T reading(TxWork<T> work) {
		return read(c -> work.run(new Tx(c)));
	}

	/**
	 * The unit of work on {@code c}, a connection of this store ({@link #connect()}) whose transaction the caller
	 * runs itself. Only for the classes outside the store that still hold a connection of their own (the importers
	 * and the benchmarks' raw baselines, listed in ArchitectureTest); everyone else uses {@link #transaction} or
	 * {@link #reading}.
	 */
	public Tx transactionOn(Connection c) {
		return new Tx(c);
	}

	public ContactRepository contacts() {
		return contacts;
	}

	/** Searching contacts by text, among all or among those an agent may read. */
	public ContactSearch contactSearch() {
		return contactSearch;
	}

	/** Replacing a contact who left the company by a successor, with the open work moved. */
	public Successions successions() {
		return successions;
	}

	public CampaignRepository campaigns() {
		return campaigns;
	}

	public TaskRepository tasks() {
		return tasks;
	}

	public CallbackRepository callbacks() {
		return callbacks;
	}

	public OutcomeRepository outcomes() {
		return outcomes;
	}

	public UserRepository users() {
		return users;
	}

	public HolidayCalendarRepository holidays() {
		return holidays;
	}

	public ScriptRepository scripts() {
		return scripts;
	}

	public AuditRepository audit() {
		return audit;
	}

	/** Claiming call tasks under a lease. */
	public TaskClaims claims() {
		return claims;
	}

	/** The planner's reads, shaped for volume (contacts without phones, history as per-contact maps). */
	public PlanningReads planningReads() {
		return planningReads;
	}

	/** The writes of a planning run: tasks inserted and cancelled, open tasks moved to successors. */
	public PlanWrites planWrites() {
		return planWrites;
	}

	/** The planning lock, the log of planning runs and the claim of the day's automatic run. */
	public PlanRuns planRuns() {
		return planRuns;
	}

	/** What the daily planning run needs to decide only the contacts whose calls may have changed. */
	public PlanChanges planChanges() {
		return planChanges;
	}

	/** Team-wide settings. */
	public TeamSettings settings() {
		return settings;
	}

	/** The calls as stored, read whole for checking them against the calling rules after the fact. */
	public StoredCalls storedCalls() {
		return storedCalls;
	}

	public ServiceEventRepository events() {
		return events;
	}

	/** Calls in progress, saved answer by answer. */
	public CallDrafts drafts() {
		return drafts;
	}

	/** The answer library's versions and the replies used in calls. */
	public AnswerRepository answers() {
		return answers;
	}

	/** Counts of the main tables. */
	public Counts counts() {
		return read(c -> {
			try (Statement s = c.createStatement()) {
				return new Counts(count(s, "SELECT COUNT(*) FROM contact"), count(s, "SELECT COUNT(*) FROM campaign"),
						count(s, "SELECT COUNT(*) FROM call_task"),
						count(s, "SELECT COUNT(*) FROM call_task WHERE state IN ('PLANNED','CLAIMED','RESCHEDULED')"));
			}
		});
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Closes the store; an embedded database is shut down so that another process may open it. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		Connection waiting;
		while ((waiting = idle.pollFirst()) != null) {
			try {
				waiting.close();
			} catch (SQLException ignored) {
				// the shutdown below closes it
			}
		}
		try {
			driver.connect(config.jdbcUrl() + ";shutdown=true", config.connectionProperties(false));
		} catch (SQLException expected) {
			// Derby reports a successful shutdown of one database with SQLState 08006.
			if (!"08006".equals(expected.getSQLState())) {
				throw new StoreException(expected, Messages.Store_cannotShutDown, config.describe(),
						describe(expected));
			}
		}
	}
}
