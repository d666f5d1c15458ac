package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.revisit.store.internal.DerbyDrivers;

/**
 * Online backup and restore with Derby's own tools. A backup copies the database while it is in use (Derby
 * waits only for transactions that are writing unlogged data); a restore replaces the database of a data
 * folder with a backup copy.
 * <p>
 * A backup is written into {@code revisit-<timestamp>.partial} and gets, as its last file, a manifest
 * ({@value #MANIFEST}: the size and SHA-256 of every file); only then is the folder renamed to
 * {@code revisit-<timestamp>}. A backup that was interrupted is therefore named {@code .partial} or has no
 * manifest, and a restore refuses it. A restore also checks every file against the manifest, and every table
 * of the restored copy, before it touches the database it replaces.
 */
public final class Backups {

	/** The manifest of a backup, in its top folder; written last. */
	public static final String MANIFEST = "revisit-manifest.txt";
	/** The suffix of a backup folder while it is written. */
	public static final String PARTIAL = ".partial";
	/** The folder of a data folder that the services' backups go into. */
	public static final String FOLDER = "backups";

	private static final String MANIFEST_HEADER = "# Revisit backup manifest 1: SHA-256, size in bytes, path";
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Backups() {
	}

	/**
	 * Backs the database of {@code store} up into a new folder {@code revisit-<timestamp>} inside
	 * {@code directory} and returns that folder (it holds the database folder {@code db} and the manifest).
	 */
	public static Path backup(Store store, Path directory, LocalDateTime now) {
		Path dir = directory.toAbsolutePath().normalize();
		String stamp = "revisit-" + STAMP.format(now);
		Path target = dir.resolve(stamp);
		String why = FileChecks.whyNotWritableFolder(dir);
		if (why != null) {
			throw new StoreException(null, Messages.Store_backupNotWritable, dir, why);
		}
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_backupCreate, dir, FileChecks.reason(e));
		}
		for (int n = 2; Files.exists(target) || Files.exists(partial(target)); n++) {
			target = dir.resolve(stamp + "-" + n);
		}
		Path folder = target;
		Path partial = partial(folder);
		try {
			store.read(c -> {
				try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
					call.setString(1, partial.toString());
					call.execute();
				}
				return null;
			});
		} catch (StoreException e) {
			deleteQuietly(partial);
			throw new StoreException(e, Messages.Store_backupFailed, store.config().describe(), partial, e.getMessage());
		}
		try {
			writeManifest(partial);
			Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_backupUnfinished, partial, FileChecks.reason(e));
		}
		return folder;
	}

	/** The backups folder of the data folder that holds {@code store}'s database: {@code DATA/}{@value #FOLDER}. */
	public static Path folderOf(Store store) {
		return store.config().directory().getParent().resolve(FOLDER);
	}

	/**
	 * A backup folder found in a backups folder.
	 *
	 * @param folder the backup's folder
	 * @param bytes the size of its files
	 * @param finished when its manifest was written (when it was last changed, if it has none)
	 * @param complete whether it has its manifest and is not named {@value #PARTIAL}
	 */
	public record Listed(Path folder, long bytes, Instant finished, boolean complete) {
	}

	/** The backups ({@code revisit-*} folders) in {@code directory}, by name (oldest first); none if it is missing. */
	public static List<Listed> list(Path directory) {
		Path dir = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<Listed> result = new ArrayList<>();
		try (var entries = Files.list(dir)) {
			for (Path p : entries.filter(Files::isDirectory)
					.filter(p -> p.getFileName().toString().startsWith("revisit-")).sorted().toList()) {
				Path manifest = p.resolve(MANIFEST);
				boolean complete = Files.isRegularFile(manifest) && !p.getFileName().toString().endsWith(PARTIAL);
				long bytes = 0;
				for (Path f : files(p)) {
					bytes += Files.size(f);
				}
				Instant finished = Files.getLastModifiedTime(complete ? manifest : p).toInstant();
				result.add(new Listed(p, bytes, finished, complete));
			}
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_backupList, dir, FileChecks.reason(e));
		}
		return result;
	}

	private static Path partial(Path folder) {
		return folder.resolveSibling(folder.getFileName() + PARTIAL);
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
		throw new StoreException(null, Messages.Store_notABackup, b);
	}

	/**
	 * Restores {@code backup} as the database of {@code dataDirectory}. An existing database there is replaced
	 * only if {@code force}; it must not be in use. The backup must be complete: not a {@code .partial} folder,
	 * with a manifest that every file matches. It is first restored into a staging folder beside the database
	 * and opened there (which also migrates an older backup), and every table of that copy is checked with
	 * Derby's {@code SYSCS_CHECK_TABLE} and read in full; only when all that worked is the old database moved
	 * aside, so a broken backup never costs the database that was there.
	 *
	 * @return the folder the replaced database was moved to, or {@code null} if there was none
	 */
	public static Path restore(Path backup, Path dataDirectory, boolean force) {
		Path source = databaseIn(backup);
		Path root = source.getParent();
		checkComplete(root);
		Path data = dataDirectory.toAbsolutePath().normalize();
		String why = FileChecks.whyNotWritableFolder(data);
		if (why != null) {
			throw new StoreException(null, Messages.Store_restoreInto, data, why);
		}
		StoreConfig target = StoreConfig.embedded(data);
		Path db = target.directory();
		boolean exists = Files.exists(db.resolve("service.properties"));
		if (exists && !force) {
			throw new StoreException(null, Messages.Store_restoreExists, db);
		}
		verifyManifest(root, db);
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
			throw new StoreException(e, Messages.Store_restorePrepare, staging, FileChecks.reason(e));
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
				throw new StoreException(e, Messages.Store_restoreRefused, source, Store.describe(e), db);
			}
			try {
				driver.connect(staged.jdbcUrl() + ";shutdown=true", new Properties());
			} catch (SQLException expected) {
				// 08006 is the normal answer to a shutdown.
			}
			// Proves the restored copy opens (and brings an older backup to the current schema), and that every
			// table of it reads.
			try (Store copy = Store.open(staged)) {
				checkTables(copy);
			} catch (StoreException e) {
				throw new StoreException(e, Messages.Store_restoreRefused, source, e.getMessage(), db);
			}
			Path aside = null;
			if (exists) {
				aside = data.resolve(StoreConfig.DATABASE_FOLDER + ".before-restore-"
						+ LocalDateTime.now(target.clock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
				Files.move(db, aside);
			}
			Files.move(staged.directory(), db);
			return aside;
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_restoreMove, db, e.getMessage());
		} finally {
			try {
				deleteTree(staging);
			} catch (IOException e) {
				// Only the staging folder is left behind; the next restore removes it.
			}
		}
	}

	/** Refuses a backup that was never finished: still named .partial, or without its manifest. */
	private static void checkComplete(Path root) {
		if (root.getFileName() != null && root.getFileName().toString().endsWith(PARTIAL)) {
			throw new StoreException(null, Messages.Store_backupPartial, root, PARTIAL);
		}
		if (!Files.isRegularFile(root.resolve(MANIFEST))) {
			throw new StoreException(null, Messages.Store_backupNoManifest, root, MANIFEST);
		}
	}

	/** Writes the manifest of every file under {@code folder}, through a temporary file, and forces it to disk. */
	private static void writeManifest(Path folder) throws IOException {
		StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\n');
		for (Path file : files(folder)) {
			sb.append(sha256(file)).append("  ").append(Files.size(file)).append("  ")
					.append(relative(folder, file)).append('\n');
		}
		Path temporary = folder.resolve(MANIFEST + PARTIAL);
		try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				out.write(bytes);
			}
			out.force(true);
		}
		Files.move(temporary, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Checks every file of the backup in {@code root} against its manifest: present, of the listed size, with
	 * the listed SHA-256, and no file that the manifest does not list.
	 */
	private static void verifyManifest(Path root, Path db) {
		Map<String, String[]> listed = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(root.resolve(MANIFEST), StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split(" {2}", 3);
				if (f.length != 3) {
					throw refused(root, db, NLS.bind(Messages.Store_manifestDamaged, root.resolve(MANIFEST)), null);
				}
				listed.put(f[2], f);
			}
			for (Path file : files(root)) {
				String name = relative(root, file);
				if (!name.equals(MANIFEST) && !listed.containsKey(name)) {
					throw refused(root, db, NLS.bind(Messages.Store_fileNotListed, name), null);
				}
			}
			for (String[] f : listed.values()) {
				Path file = root.resolve(f[2]).normalize();
				if (!file.startsWith(root) || !Files.isRegularFile(file)) {
					throw refused(root, db, NLS.bind(Messages.Store_fileMissing, f[2]), null);
				}
				long size = Files.size(file);
				if (!Long.toString(size).equals(f[1])) {
					throw refused(root, db, NLS.bind(Messages.Store_fileSize, new Object[] { f[2], size, f[1] }), null);
				}
				if (!sha256(file).equals(f[0])) {
					throw refused(root, db, NLS.bind(Messages.Store_fileHash, f[2]), null);
				}
			}
		} catch (IOException e) {
			throw refused(root, db, FileChecks.reason(e), e);
		}
	}

	/** "Cannot restore {root}: {why}; the database in {db} was not touched". */
	private static StoreException refused(Path root, Path db, String why, Throwable cause) {
		return new StoreException(cause, Messages.Store_restoreRefused, root, why, db);
	}

	/**
	 * Runs Derby's consistency check ({@code SYSCS_UTIL.SYSCS_CHECK_TABLE}: each table against its indexes) on
	 * every table of the APP schema and reads every row and column of it, large texts included.
	 */
	private static void checkTables(Store store) {
		store.read(c -> {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME"));
				}
			}
			for (String table : tables) {
				try {
					try (PreparedStatement check = c.prepareStatement(
							"VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
						check.setString(1, table);
						try (ResultSet rs = check.executeQuery()) {
							if (!rs.next() || rs.getInt(1) != 1) {
								throw new SQLException("the consistency check failed");
							}
						}
					}
					readAll(c, table);
				} catch (SQLException e) {
					throw new StoreException(e, Messages.Store_tableDamaged, table.toLowerCase(java.util.Locale.ROOT),
							Store.describe(e));
				}
			}
			return null;
		});
	}

	private static void readAll(Connection c, String table) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM APP.\"" + table + "\"")) {
			ResultSetMetaData meta = rs.getMetaData();
			int columns = meta.getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					switch (meta.getColumnType(i)) {
					case Types.CLOB -> rs.getString(i);
					case Types.BLOB -> rs.getBytes(i);
					default -> rs.getObject(i);
					}
				}
			}
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void deleteQuietly(Path root) {
		try {
			deleteTree(root);
		} catch (IOException e) {
			// What is left is named .partial, which says what it is.
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
