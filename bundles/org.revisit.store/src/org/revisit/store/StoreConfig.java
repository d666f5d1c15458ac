package org.revisit.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the database is: an embedded Derby database in a folder of this machine (the default), or a
 * database served by a Derby Network Server that a team shares.
 */
public final class StoreConfig {

	/** The folder name of the embedded database inside the instance area. */
	public static final String DATABASE_FOLDER = "db";

	/** How the store reaches its database. */
	public enum Mode {
		EMBEDDED, NETWORK
	}

	private final Mode mode;
	private final Path directory;
	private final String host;
	private final int port;
	private final String database;
	private final String user;
	private final String password;
	private final Clock clock;

	private StoreConfig(Mode mode, Path directory, String host, int port, String database, String user,
			String password, Clock clock) {
		this.mode = mode;
		this.directory = directory;
		this.host = host;
		this.port = port;
		this.database = database;
		this.user = user;
		this.password = password;
		this.clock = clock;
	}

	/** An embedded database in {@code dataDirectory/db}, created on first open. */
	public static StoreConfig embedded(Path dataDirectory) {
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		return new StoreConfig(Mode.EMBEDDED, dataDirectory.toAbsolutePath().resolve(DATABASE_FOLDER), null, 0,
				null, null, null, Clocks.application());
	}

	/**
	 * A database served by a Derby Network Server, from the form people type: {@code HOST:PORT} or
	 * {@code HOST:PORT/DATABASE} (database {@value #DATABASE_FOLDER} unless named, port 1527 unless given).
	 * The user is {@code user}, else the one in the password file, else {@value ServerCredentials#DEFAULT_USER};
	 * the password comes from {@code passwordFile}, else {@code environmentPassword}.
	 *
	 * @throws IllegalArgumentException with a message for the person who typed it
	 */
	public static StoreConfig server(String server, String user, Path passwordFile, String environmentPassword) {
		String address = server.strip();
		String database = DATABASE_FOLDER;
		int slash = address.indexOf('/');
		if (slash >= 0) {
			database = address.substring(slash + 1);
			address = address.substring(0, slash);
		}
		int colon = address.lastIndexOf(':');
		String host = colon >= 0 ? address.substring(0, colon) : address;
		int port = 1527;
		if (colon >= 0) {
			try {
				port = Integer.parseInt(address.substring(colon + 1));
			} catch (NumberFormatException e) {
				port = -1;
			}
		}
		if (host.isEmpty() || port < 1 || port > 65535 || database.isEmpty()) {
			throw new IllegalArgumentException("--server must be HOST:PORT or HOST:PORT/DATABASE, not '" + server + "'");
		}
		String password = environmentPassword;
		String name = user;
		if (passwordFile != null) {
			try {
				ServerCredentials c = ServerCredentials.read(passwordFile, user);
				name = c.user();
				password = c.password();
			} catch (java.io.IOException e) {
				throw new IllegalArgumentException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
			}
		}
		return network(host, port, database, name == null ? ServerCredentials.DEFAULT_USER : name, password);
	}

	/** A database served by a Derby Network Server. */
	public static StoreConfig network(String host, int port, String database, String user, String password) {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(database, "database");
		return new StoreConfig(Mode.NETWORK, null, host, port, database, user, password, Clocks.application());
	}

	public Mode mode() {
		return mode;
	}

	/** The database folder of an embedded store; {@code null} in network mode. */
	public Path directory() {
		return directory;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	public String database() {
		return database;
	}

	public String user() {
		return user;
	}

	/**
	 * The same database reached with this user and password; an embedded database needs them only while a
	 * Network Server of the same process requires authentication.
	 */
	public StoreConfig withCredentials(String newUser, String newPassword) {
		return new StoreConfig(mode, directory, host, port, database, newUser, newPassword, clock);
	}

	/** The same database, with {@code newClock} telling the store and everything that uses it what time it is. */
	public StoreConfig withClock(Clock newClock) {
		return new StoreConfig(mode, directory, host, port, database, user, password,
				java.util.Objects.requireNonNull(newClock, "clock"));
	}

	/** What time it is for this store (see {@link Clocks}). */
	public Clock clock() {
		return clock;
	}

	/** The JDBC URL, without credentials. */
	public String jdbcUrl() {
		return switch (mode) {
		case EMBEDDED -> "jdbc:derby:" + directory;
		case NETWORK -> "jdbc:derby://" + host + ":" + port + "/" + database;
		};
	}

	Properties connectionProperties(boolean create) {
		Properties p = new Properties();
		if (create) {
			p.setProperty("create", "true");
		}
		if (user != null) {
			p.setProperty("user", user);
		}
		if (password != null) {
			p.setProperty("password", password);
		}
		return p;
	}

	/** A short description for messages and {@code cli info}: the folder or host:port/database. */
	public String describe() {
		return mode == Mode.EMBEDDED ? directory.toString() : host + ":" + port + "/" + database;
	}

	@Override
	public String toString() {
		return mode + " " + describe();
	}
}
