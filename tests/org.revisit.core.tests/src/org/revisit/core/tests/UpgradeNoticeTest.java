package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Opening the database of an earlier version of Revisit brings its schema up to date, which takes minutes with
 * millions of rows (4.5 minutes at 10,000,000 contacts): whoever opens it is told before the first change, so the
 * workbench, the command line and the server can say why nothing seems to happen. A new database and one already
 * up to date are opened without a word.
 */
class UpgradeNoticeTest extends CliTestSupport {

	private static final String NOTICE = "to this version of Revisit";

	@TempDir
	Path dir;

	/** Opens the store at the latest version and returns what its listener was told, in order. */
	private static List<String> open(Path data) {
		List<String> told = new ArrayList<>();
		try (Store store = Store.open(StoreConfig.embedded(data).withClock(TestClock.fixed()), new Store.OpenListener() {
			@Override
			public void recovering(Path database) {
				told.add("recovering " + database);
			}

			@Override
			public void upgrading(Path database) {
				told.add("upgrading " + database);
			}
		})) {
			store.contacts().count();
		}
		return told;
	}

	@Test
	void theListenerHearsOfAnUpgradeOnceAndOnlyForAnOlderDatabase() {
		Path fresh = dir.resolve("fresh");
		assertEquals(List.of(), open(fresh), "a new database is made, not upgraded");
		assertEquals(List.of(), open(fresh), "a database of this version");

		Path old = dir.resolve("old");
		try (Store store = Store.open(StoreConfig.embedded(old).withClock(TestClock.fixed()), 30)) {
			store.contacts().count();
		}
		List<String> told = open(old);
		assertEquals(1, told.size(), "once, whatever the number of versions applied: " + told);
		assertTrue(told.get(0).startsWith("upgrading "), told.get(0));
		assertEquals(List.of(), open(old), "upgraded: nothing to say the next time");
	}

	@Test
	void theCommandLineSaysSoBeforeItUpgrades() {
		Path old = dir.resolve("data");
		try (Store store = Store.open(StoreConfig.embedded(old).withClock(TestClock.fixed()), 30)) {
			store.contacts().count();
		}
		assertEquals(0, run("info", "--data", old.toString()), err());
		assertTrue(err().contains(NOTICE), "the notice on the error stream: " + err());
		assertEquals(1, err().strip().lines().filter(l -> l.contains(NOTICE)).count(), err());
		assertEquals(0, run("info", "--data", old.toString()), err());
		assertFalse(err().contains(NOTICE), "up to date now: " + err());
	}
}
