package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Opening an embedded database that a killed process left behind makes Derby recover it, which can take minutes:
 * the command line says so first. A database that another process, or this one, has open gives no such notice.
 * The holding process is a second JVM on the bundles' jars, as in {@link ImportKillTest}.
 */
class RecoveryNoticeTest extends CliTestSupport {

	private static final String CHILD = """
			import java.nio.file.Path;
			import org.revisit.store.Store;
			import org.revisit.store.StoreConfig;

			public class HoldChild {
				public static void main(String[] args) throws Exception {
					Store store = Store.open(StoreConfig.embedded(Path.of(args[0])));
					store.contacts().count();
					System.out.println("opened");
					System.out.flush();
					Thread.sleep(600_000);
				}
			}
			""";

	private static final String NOTICE = "after an unclean shutdown: Derby is recovering it, which can take a few minutes";

	@TempDir
	Path dir;

	@Test
	void reopeningADatabaseOfAKilledProcessSaysThatDerbyRecoversIt() throws Exception {
		Path data = dir.resolve("data");
		assertEquals(0, run("info", "--data", data.toString()), err());
		assertEquals(0, run("info", "--data", data.toString()));
		assertFalse(err().contains(NOTICE), "a database shut down cleanly opens without a notice: " + err());

		Path source = dir.resolve("HoldChild.java");
		Files.writeString(source, CHILD);
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder pb = new ProcessBuilder(java, "-cp", ImportKillTest.classPath(), source.toString(),
				data.toString());
		pb.redirectErrorStream(true);
		pb.directory(dir.toFile());
		Process child = pb.start();
		try {
			StringBuilder output = new StringBuilder();
			try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
					StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null && !line.equals("opened"); line = in.readLine()) {
					output.append(line).append('\n');
				}
			}
			assertTrue(child.isAlive(), () -> "the child did not open the database: " + output);

			// Held by another process: refused in one line, and no talk of recovery.
			assertEquals(Cli.FAILED, run("info", "--data", data.toString()));
			assertTrue(err().contains("another Revisit process is using this database"), err());
			assertEquals(1, err().strip().lines().count(), err());

			child.destroyForcibly(); // SIGKILL: Derby cannot shut the database down
			assertTrue(child.waitFor(60, TimeUnit.SECONDS));
		} finally {
			child.destroyForcibly();
		}
		assertTrue(Files.exists(data.resolve("db/db.lck")), "the killed process left Derby's boot lock");

		assertEquals(0, run("info", "--data", data.toString()), err());
		assertEquals("revisit info: opening the database " + data.resolve("db") + " " + NOTICE + "…", err().strip());
		assertTrue(out().contains("Schema version:"), out());

		// Shut down cleanly by that command: no notice the next time.
		assertEquals(0, run("info", "--data", data.toString()), err());
		assertEquals("", err());

		// Open in this process: the boot lock is there, but this is no crash either.
		List<Path> told = new ArrayList<>();
		try (Store held = Store.open(StoreConfig.embedded(data))) {
			assertTrue(Files.exists(data.resolve("db/db.lck")));
			Store.open(StoreConfig.embedded(data), told::add); // the same booted database; closing it closes both
		}
		assertEquals(List.of(), told);
	}
}
