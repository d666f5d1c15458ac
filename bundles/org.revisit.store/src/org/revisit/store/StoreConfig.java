package org.revisit.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the database is: an embedded Derby database in a folder of this machine. A team shares it through the
 * Revisit server, which owns the folder and serves the services over HTTPS; nothing else opens it meanwhile.
 */
public final class StoreConfig {

	/** The folder name of the embedded database inside the instance area. */
	public static final String DATABASE_FOLDER = "db";

	private final Path directory;
	private final Clock clock;

	private StoreConfig(Path directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** An embedded database in {@code dataDirectory/db}, created on first open. */
	public static StoreConfig embedded(Path dataDirectory) {
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		return new StoreConfig(dataDirectory.toAbsolutePath().resolve(DATABASE_FOLDER), Clocks.application());
	}

	/** The database folder. */
	public Path directory() {
		return directory;
	}

	/** The same database, with {@code newClock} telling the store and everything that uses it what time it is. */
	public StoreConfig withClock(Clock newClock) {
		return new StoreConfig(directory, Objects.requireNonNull(newClock, "clock"));
	}

	/** What time it is for this store (see {@link Clocks}). */
	public Clock clock() {
		return clock;
	}

	/** The JDBC URL. */
	public String jdbcUrl() {
		return "jdbc:derby:" + directory;
	}

	Properties connectionProperties(boolean create) {
		Properties p = new Properties();
		if (create) {
			p.setProperty("create", "true");
		}
		return p;
	}

	/** A short description for messages and {@code cli info}: the database folder. */
	public String describe() {
		return directory.toString();
	}

	@Override
	public String toString() {
		return "embedded " + describe();
	}
}
