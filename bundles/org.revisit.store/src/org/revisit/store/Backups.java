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
	 * only if {@code force}; it must not be in use. The backup is first restored into a staging folder beside
	 * the database and opened there (which also migrates an older backup); only when that worked is the old
	 * database moved aside, so a broken backup never costs the database that was there.
	 *
	 * @return the folder the replaced database was moved to, or {@code null} if there was none
	 */
	public static Path restore(Path backup, Path dataDirectory, boolean force) {
		Path source = databaseIn(backup);
		Path data = dataDirectory.toAbsolutePath().normalize();
		StoreConfig target = StoreConfig.embedded(data);
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
		Path staging = data.resolve(".restoring");
		try {
			Files.createDirectories(data);
			deleteTree(staging);
		} catch (IOException e) {
			throw new StoreException("Cannot prepare " + staging + " for the restore: " + e.getMessage(), e);
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", data.resolve("derby.log").toString());
		}
		StoreConfig staged = StoreConfig.embedded(staging);
		Driver driver = DerbyDrivers.embedded();
		try {
			try {
				driver.connect(staged.jdbcUrl() + ";restoreFrom=" + source, new Properties()).close();
			} catch (SQLException e) {
				throw new StoreException("Cannot restore " + source + ": " + Store.describe(e)
						+ "; the database in " + db + " was not touched", e);
			}
			try {
				driver.connect(staged.jdbcUrl() + ";shutdown=true", new Properties());
			} catch (SQLException expected) {
				// 08006 is the normal answer to a shutdown.
			}
			// Proves the restored copy opens (and brings an older backup to the current schema).
			Store.open(staged).close();
			Path aside = null;
			if (exists) {
				aside = data.resolve(StoreConfig.DATABASE_FOLDER + ".before-restore-"
						+ LocalDateTime.now(target.clock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
				Files.move(db, aside);
			}
			Files.move(staged.directory(), db);
			return aside;
		} catch (IOException e) {
			throw new StoreException("Cannot move the restored database into " + db + ": " + e.getMessage(), e);
		} finally {
			try {
				deleteTree(staging);
			} catch (IOException e) {
				// Only the staging folder is left behind; the next restore removes it.
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
