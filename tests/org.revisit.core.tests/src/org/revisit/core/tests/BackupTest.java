package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Contact;
import org.revisit.model.PhoneType;
import org.revisit.store.Backups;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/** Online backup while another thread writes, and restore into a new data folder. */
class BackupTest {

	private static final int PER_TRANSACTION = 20;

	@TempDir
	Path dir;

	@Test
	void aBackupTakenWhileWritingRestoresToAConsistentDatabase() throws Exception {
		Path data = dir.resolve("data");
		Path backups = dir.resolve("backups");
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong committed = new AtomicLong();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			CountDownLatch writing = new CountDownLatch(3);
			Future<?> writes = writer.submit(() -> {
				for (int round = 0; !stop.get(); round++) {
					store.contacts().insert(batch(round));
					committed.addAndGet(PER_TRANSACTION);
					writing.countDown();
				}
				return null;
			});
			assertTrue(writing.await(1, TimeUnit.MINUTES), "the writer is under way");
			long before = committed.get();
			Path folder = Backups.backup(store, backups, LocalDateTime.of(2026, 11, 23, 10, 30, 0));
			long after = committed.get();
			Path second = Backups.backup(store, backups, LocalDateTime.of(2026, 11, 23, 10, 30, 0));
			for (long waited = 0; committed.get() <= after && waited < 60_000; waited += 10) {
				Thread.sleep(10); // the writer is not blocked by the backups
			}
			stop.set(true);
			writes.get(1, TimeUnit.MINUTES);
			assertEquals(backups.resolve("revisit-20261123-103000"), folder);
			assertEquals(backups.resolve("revisit-20261123-103000-2"), second, "a second backup gets its own folder");
			assertTrue(Files.isRegularFile(folder.resolve("db/service.properties")), "Derby's copy of the database");
			long total = store.contacts().count();
			assertTrue(total > after, "the writer went on after the backup: " + total + " > " + after);

			Path restored = dir.resolve("restored");
			Backups.restore(folder, restored, false);
			try (Store copy = Store.open(StoreConfig.embedded(restored))) {
				long contacts = copy.contacts().count();
				assertTrue(contacts >= before && contacts <= after + PER_TRANSACTION,
						"the backup holds what was committed when it ran: " + before + " <= " + contacts + " <= " + after);
				assertEquals(0, contacts % PER_TRANSACTION, "whole transactions only: " + contacts);
				assertEquals(2 * contacts, phones(copy), "every contact with both its phones");
			}
		} finally {
			stop.set(true);
			writer.shutdownNow();
		}
	}

	@Test
	void restoreRefusesToReplaceADatabaseUnlessForced() throws Exception {
		Path data = dir.resolve("data");
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(batch(0));
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
			store.contacts().insert(batch(1));
		}
		StoreException e = assertThrows(StoreException.class, () -> Backups.restore(folder, data, false));
		assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--force"), e.getMessage());
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(2 * PER_TRANSACTION, store.contacts().count(), "untouched after the refusal");
		}
		Path aside = Backups.restore(folder.resolve("db"), data, true);
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(PER_TRANSACTION, store.contacts().count(), "back to the backup");
		}
		try (Store replaced = Store.open(movedAside(aside))) {
			assertEquals(2 * PER_TRANSACTION, replaced.contacts().count(), "the replaced database is kept aside");
		}
		StoreException notABackup = assertThrows(StoreException.class,
				() -> Backups.restore(dir.resolve("backups"), dir.resolve("x"), false));
		assertTrue(notABackup.getMessage().contains("not a Revisit backup"), notABackup.getMessage());
	}

	@Test
	void aBrokenBackupNeverCostsTheDatabaseThatWasThere() throws Exception {
		Path data = dir.resolve("data");
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(batch(0));
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
		}
		try (var files = Files.walk(folder.resolve("db").resolve("seg0"))) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p); // the backup loses its data files
			}
		}
		assertThrows(StoreException.class, () -> Backups.restore(folder, data, true));
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(PER_TRANSACTION, store.contacts().count(), "the database that was there is intact");
		}
		assertTrue(Files.notExists(data.resolve(".restoring")), "no staging folder is left behind");
	}

	@Test
	void aBackupEndsWithAManifestOfEveryFileAndIsNamedPartialUntilThen() throws Exception {
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")))) {
			store.contacts().insert(batch(0));
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
		}
		List<String> manifest = Files.readAllLines(folder.resolve(Backups.MANIFEST));
		assertTrue(manifest.get(0).startsWith("# Revisit backup manifest"), manifest.get(0));
		Path properties = folder.resolve("db/service.properties");
		String sha = java.util.HexFormat.of().formatHex(
				java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(properties)));
		assertTrue(manifest.contains(sha + "  " + Files.size(properties) + "  db/service.properties"),
				manifest.toString());
		try (var files = Files.walk(folder)) {
			assertEquals(manifest.size() - 1, files.filter(Files::isRegularFile).count() - 1,
					"every file but the manifest is listed");
		}
		try (var left = Files.list(dir.resolve("backups"))) {
			assertEquals(List.of(folder), left.toList(), "no .partial folder is left");
		}
	}

	@Test
	void aBackupWithATruncatedFileIsRefusedAndTheDatabaseKept() throws Exception {
		Path data = dir.resolve("data");
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(batch(0));
			store.scripts().insertNewVersion(RepositoryTest.script("returnVisit", "回访"));
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
			store.contacts().insert(batch(1));
		}
		Path file = conglomerate(folder, "SCRIPT");
		long size = Files.size(file);
		truncate(file, size / 2);
		StoreException e = assertThrows(StoreException.class, () -> Backups.restore(folder, data, true));
		String name = folder.relativize(file).toString();
		assertEquals("Cannot restore " + folder + ": the file " + name + " has " + size / 2 + " bytes, its manifest says "
				+ size + " (truncated or changed since the backup); the database in " + data.resolve("db")
				+ " was not touched", e.getMessage());
		assertCurrentDatabaseKept(data);
	}

	@Test
	void aDamagedTableIsFoundByTheTableCheckEvenIfTheManifestWasMadeToMatch() throws Exception {
		Path data = dir.resolve("data");
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(batch(0));
			for (int i = 0; i < 40; i++) {
				store.scripts().insertNewVersion(RepositoryTest.script("script" + i, "话术" + i));
			}
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
			store.contacts().insert(batch(1));
		}
		Path file = conglomerate(folder, "SCRIPT");
		truncate(file, Files.size(file) / 2);
		rewriteManifest(folder);
		StoreException e = assertThrows(StoreException.class, () -> Backups.restore(folder, data, true));
		assertTrue(e.getMessage().startsWith("Cannot restore " + folder.resolve("db") + ": the table script of the restored "
				+ "copy is damaged: ") && e.getMessage().endsWith("the database in " + data.resolve("db") + " was not touched"),
				e.getMessage());
		assertCurrentDatabaseKept(data);
	}

	@Test
	void aBackupWithoutManifestOrStillNamedPartialIsRefusedAsIncomplete() throws Exception {
		Path data = dir.resolve("data");
		Path folder;
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(batch(0));
			folder = Backups.backup(store, dir.resolve("backups"), LocalDateTime.of(2026, 1, 2, 3, 4, 5));
			store.contacts().insert(batch(1));
		}
		// what a backup killed half-way leaves: the folder still named .partial (with or without a manifest)
		Path partial = folder.resolveSibling(folder.getFileName() + Backups.PARTIAL);
		Files.move(folder, partial);
		StoreException e = assertThrows(StoreException.class, () -> Backups.restore(partial, data, true));
		assertTrue(e.getMessage().startsWith(partial + " is an incomplete backup: it is still named .partial"),
				e.getMessage());
		// a backup copied without its last file
		Files.move(partial, folder);
		Files.delete(folder.resolve(Backups.MANIFEST));
		e = assertThrows(StoreException.class, () -> Backups.restore(folder.resolve("db"), data, true));
		assertTrue(e.getMessage().startsWith(folder + " is an incomplete backup: it has no manifest"), e.getMessage());
		assertCurrentDatabaseKept(data);
	}

	private static void assertCurrentDatabaseKept(Path data) throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(2 * PER_TRANSACTION, store.contacts().count(), "the database that was there is intact");
		}
		try (var left = Files.list(data)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("db.before-restore")
					|| p.getFileName().toString().equals(".restoring")).toList(), "nothing moved aside or left over");
		}
	}

	/** The file of a table's rows (its base conglomerate) in the database folder of a backup. */
	private static Path conglomerate(Path backup, String table) throws Exception {
		Path copy = backup.resolveSibling("inspect");
		// Restore a throw-away copy to look the number up, so that the backup itself is not booted.
		Backups.restore(backup, copy, false);
		try (Store store = Store.open(StoreConfig.embedded(copy))) {
			long number = store.read(c -> {
				try (java.sql.PreparedStatement s = c.prepareStatement("SELECT c.conglomeratenumber FROM sys.sysconglomerates c"
						+ " JOIN sys.systables t ON c.tableid = t.tableid WHERE t.tablename = ? AND c.isindex = false")) {
					s.setString(1, table);
					try (ResultSet rs = s.executeQuery()) {
						rs.next();
						return rs.getLong(1);
					}
				}
			});
			return backup.resolve("db/seg0/c" + Long.toHexString(number) + ".dat");
		}
	}

	private static void truncate(Path file, long size) throws java.io.IOException {
		try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
				java.nio.file.StandardOpenOption.WRITE)) {
			ch.truncate(size);
		}
	}

	/** A manifest that matches the backup's files as they are now, as someone covering a damage up would write. */
	private static void rewriteManifest(Path backup) throws Exception {
		StringBuilder sb = new StringBuilder("# Revisit backup manifest 1: SHA-256, size in bytes, path\n");
		try (var files = Files.walk(backup)) {
			for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = backup.relativize(f).toString();
				if (!name.equals(Backups.MANIFEST)) {
					String sha = java.util.HexFormat.of().formatHex(
							java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
					sb.append(sha).append("  ").append(Files.size(f)).append("  ").append(name).append('\n');
				}
			}
		}
		Files.writeString(backup.resolve(Backups.MANIFEST), sb);
	}

	/** A store on a database folder that was moved aside by a restore. */
	private static StoreConfig movedAside(Path movedDatabase) throws java.io.IOException {
		Path home = movedDatabase.getParent().resolve("moved");
		Files.createDirectories(home);
		Files.move(movedDatabase, home.resolve(StoreConfig.DATABASE_FOLDER));
		return StoreConfig.embedded(home);
	}

	private static List<Contact> batch(int round) {
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < PER_TRANSACTION; i++) {
			Contact c = StoreTest.contact("备份" + round + "-" + i, "先生");
			c.getPhones().add(StoreTest.phone(PhoneType.OFFICE, "010-6" + i));
			contacts.add(c);
		}
		return contacts;
	}

	private static long phones(Store store) {
		return store.read(c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact_phone")) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}
}
