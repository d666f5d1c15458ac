package org.revisit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.revisit.store.internal.DerbyDrivers;

/**
 * Online backup and restore with Derby's own tools. A backup copies the database while it is in use (Derby
 * waits only for transactions that are writing unlogged data); a restore replaces the database of a data
 * folder with a backup copy.
 */
public final class Backups {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Backups() {
	}

	/**
	 * Backs the database of {@code store} up into a new folder {@code revisit-<timestamp>} inside
	 * {@code directory} and returns that folder (it holds the database folder {@code db}). For a store reached
	 * over the network, {@code directory} is a folder of the server's machine.
	 */
	public static Path backup(Store store, Path directory, LocalDateTime now) {
		Path dir = directory.toAbsolutePath().normalize();
		boolean local = store.config().mode() == StoreConfig.Mode.EMBEDDED;
		Path target = dir.resolve("revisit-" + STAMP.format(now));
		try {
			if (local) {
				Files.createDirectories(dir);
				for (int n = 2; Files.exists(target); n++) {
					target = dir.resolve("revisit-" + STAMP.format(now) + "-" + n);
				}
			}
		} catch (IOException e) {
			throw new StoreException("Cannot create the backup folder " + dir + ": " + e.getMessage(), e);
		}
		Path folder = target;
		try {
			store.read(c -> {
				try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
					call.setString(1, folder.toString());
					call.execute();
				}
				return null;
			});
		} catch (StoreException e) {
			throw new StoreException("Cannot back up " + store.config().describe() + " into " + folder + ": "
					+ e.getMessage(), e);
		}
		return folder;
	}

	/**
	 * The database folder inside a backup: {@code backup} itself if it is one, else its {@code db} subfolder.
	 */
	public static Path databaseIn(Path backup) {
		Path b = backup.toAbsolutePath().normalize();
		if (Files.isRegularFile(b.resolve("service.properties"))) {
			return b;
		}
		Path db = b.resolve(StoreConfig.DATABASE_FOLDER);
		if (Files.isRegularFile(db.resolve("service.properties"))) {
			return db;
		}
		throw new StoreException(b + " is not a Revisit backup (no database folder with service.properties in it)");
	}

	/**
	 * Restores {@code backup} as the database of {@code dataDirectory}. An existing database there is replaced
	 * only if {@code force}; it must not be in use.
	 */
	public static void restore(Path backup, Path dataDirectory, boolean force) {
		Path source = databaseIn(backup);
		StoreConfig target = StoreConfig.embedded(dataDirectory);
		Path db = target.directory();
		boolean exists = Files.exists(db.resolve("service.properties"));
		if (exists && !force) {
			throw new StoreException("A database already exists in " + db + "; restoring would replace it "
					+ "(add --force to replace it)");
		}
		if (exists) {
			// Opening and closing proves no other process uses it; Derby refuses to boot a database another
			// process holds, and a restore over it would corrupt that process's work.
			Store.open(target).close();
		}
		try {
			Files.createDirectories(dataDirectory.toAbsolutePath());
		} catch (IOException e) {
			throw new StoreException("Cannot create the data folder " + dataDirectory + ": " + e.getMessage(), e);
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", db.getParent().resolve("derby.log").toString());
		}
		Driver driver = DerbyDrivers.embedded();
		try {
			driver.connect(target.jdbcUrl() + ";restoreFrom=" + source, new Properties()).close();
		} catch (SQLException e) {
			throw new StoreException("Cannot restore " + source + " into " + db + ": " + Store.describe(e), e);
		}
		try {
			driver.connect(target.jdbcUrl() + ";shutdown=true", new Properties());
		} catch (SQLException expected) {
			// 08006 is the normal answer to a shutdown.
		}
	}
}
