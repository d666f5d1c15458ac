package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders of an embedded database, checked before Derby boots it. Derby's own errors for a folder it cannot
 * read or write are misleading ("database not found", "directory already exists", a read-only boot that fails
 * on the first write) and come with pages of stack trace on standard error when it cannot write
 * {@code derby.log} either; a folder that is not usable is reported here, in one line naming it.
 */
final class DataFolders {

	/** Derby's lock files in a database folder: {@code db.lck} is there while the database is booted. */
	private static final String BOOT_LOCK = "db.lck";
	private static final String EXCLUSIVE_LOCK = "dbex.lck";

	private DataFolders() {
	}

	/**
	 * Fails with a one-line {@link StoreException} unless the data folder (the parent of {@code database})
	 * exists or can be created, and it, the database folder and Derby's log can be read and written.
	 */
	static void check(Path database) {
		Path data = database.getParent();
		if (Files.exists(data) && !Files.isDirectory(data)) {
			throw new StoreException(null, Messages.Store_dataFolderIsFile, data);
		}
		if (!Files.exists(data)) {
			try {
				Files.createDirectories(data);
			} catch (IOException e) {
				throw new StoreException(e, Messages.Store_dataFolderCreate, data, FileChecks.reason(e));
			}
		}
		access(data, Messages.Store_dataFolder);
		Path log = data.resolve("derby.log");
		if (Files.exists(log) && !Files.isWritable(log)) {
			throw new StoreException(null, Messages.Store_logNotWritable, log);
		}
		if (!Files.exists(database)) {
			return;
		}
		if (!Files.isDirectory(database)) {
			throw new StoreException(null, Messages.Store_databaseIsFile, database);
		}
		access(database, Messages.Store_databaseFolder);
		for (String sub : List.of("seg0", "log")) {
			Path dir = database.resolve(sub);
			if (Files.exists(dir)) {
				access(dir, Messages.Store_databaseFolder);
			}
		}
		Path properties = database.resolve("service.properties");
		if (Files.exists(properties) && !Files.isReadable(properties)) {
			throw new StoreException(null, Messages.Store_databaseNotReadable, database);
		}
	}

	private static void access(Path dir, String what) {
		if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
			throw new StoreException(null, Messages.Store_folderNotReadable, what, dir);
		}
		if (!Files.isWritable(dir)) {
			throw new StoreException(null, Messages.Store_folderReadOnly, what, dir);
		}
	}

	/**
	 * Whether the embedded database in {@code database} was not shut down cleanly: Derby's boot lock is there,
	 * but no process holds the exclusive lock that goes with it. Derby then recovers the database from its log
	 * while booting it.
	 * <p>
	 * The exclusive lock is looked up in Linux's list of file locks, {@code /proc/locks}, rather than by trying
	 * to take it: closing a file releases every lock this process holds on it, Derby's own included. Where
	 * there is no such list, a left-over boot lock is taken for an unclean shutdown.
	 */
	static boolean needsRecovery(Path database) {
		if (!Files.exists(database.resolve(BOOT_LOCK))) {
			return false;
		}
		return !locked(database.resolve(EXCLUSIVE_LOCK));
	}

	/** Whether a process holds a lock on {@code file}, by its inode in {@code /proc/locks}. */
	private static boolean locked(Path file) {
		Path locks = Path.of("/proc/locks");
		if (!Files.exists(file) || !Files.isReadable(locks)) {
			return false;
		}
		try {
			String inode = ":" + Files.getAttribute(file, "unix:ino");
			// e.g. "3: POSIX  ADVISORY  WRITE 26966 fe:00:2163713 0 EOF": the fields hold MAJOR:MINOR:INODE
			for (String line : Files.readAllLines(locks)) {
				for (String field : line.strip().split("\\s+")) {
					if (field.endsWith(inode) && field.chars().filter(c -> c == ':').count() == 2) {
						return true;
					}
				}
			}
			return false;
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return false;
		}
	}
}
