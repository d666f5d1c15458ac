package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.ImportOptions;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * A process killed (SIGKILL) in the middle of an import leaves no half-stored rows, and what was committed
 * before is intact. The import runs in a second JVM, outside OSGi, on the bundles' jars; this JVM closes its
 * embedded database first (an embedded Derby database belongs to one JVM at a time).
 */
class ImportKillTest {

	/** The bundles the import needs at run time, by symbolic name. */
	private static final List<String> BUNDLES = List.of("derby", "derbyshared", "org.revisit.store",
			"org.revisit.model", "org.revisit.core", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
			"org.apache.commons.commons-csv", "org.apache.commons.commons-io", "org.apache.commons.commons-codec",
			"com.ibm.icu");

	private static final String CHILD = """
			import java.nio.file.Path;
			import org.revisit.core.io.ContactImporter;
			import org.revisit.core.io.ImportOptions;
			import org.revisit.store.Store;
			import org.revisit.store.StoreConfig;

			public class ImportChild {
				public static void main(String[] args) throws Exception {
					try (Store store = Store.open(StoreConfig.embedded(Path.of(args[0])))) {
						System.out.println("opened");
						ContactImporter.run(store, Path.of(args[1]), ImportOptions.defaults().withProgress(n -> {
							System.out.println("progress " + n);
							System.out.flush();
						}));
						System.out.println("done");
					}
				}
			}
			""";

	@TempDir
	Path dir;

	@Test
	void killedImportLeavesNoHalfRowsAndCommittedDataIntact() throws Exception {
		Path data = dir.resolve("data");
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			Path committed = dir.resolve("committed.csv");
			Files.writeString(committed, "name,mobile,tags\n老客户甲,13900000001,VIP\n老客户乙,13900000002,\n");
			assertEquals(2, ContactImporter.run(store, committed, ImportOptions.defaults()).stored());
		}

		int rows = 100_000;
		Path big = dir.resolve("big.csv");
		try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			w.write("name,mobile,office_phone,tags\n");
			for (int i = 0; i < rows; i++) {
				w.write("客户" + i + ",13" + String.format("%09d", i) + ",010-6" + String.format("%07d", i)
						+ ",批量;导入\n");
			}
		}
		Path source = dir.resolve("ImportChild.java");
		Files.writeString(source, CHILD);
		String java = ChildJvm.java();
		ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath(), source.toString(), data.toString(),
				big.toString());
		pb.redirectErrorStream(true);
		pb.directory(dir.toFile());
		Process child = pb.start();
		// Should the child hang, this ends it, and the reading below with it.
		Thread watchdog = new Thread(() -> {
			try {
				if (!child.waitFor(5, TimeUnit.MINUTES)) {
					child.destroyForcibly();
				}
			} catch (InterruptedException e) {
				child.destroyForcibly();
			}
		});
		watchdog.setDaemon(true);
		watchdog.start();
		List<String> output = new ArrayList<>();
		boolean killed = false;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
				StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				output.add(line);
				// Kill once several batches are in the open transaction.
				if (line.startsWith("progress ") && Long.parseLong(line.substring(9)) >= 10_000) {
					child.destroyForcibly(); // SIGKILL on Unix
					killed = true;
					break;
				}
			}
		} finally {
			if (!child.waitFor(60, TimeUnit.SECONDS)) {
				child.destroyForcibly();
			}
		}
		assertTrue(killed, () -> "the child never got into the import: " + output);
		assertFalse(output.contains("done"), "the child finished before it was killed");
		assertEquals(137, child.exitValue(), "killed by SIGKILL");

		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals(2, store.contacts().count(), "no row of the killed import is stored");
			assertEquals(2, count(store, "SELECT COUNT(*) FROM contact_phone"));
			assertEquals(1, count(store, "SELECT COUNT(*) FROM contact_tag"));
			assertEquals("老客户甲", store.contacts().page(0, 1).get(0).getName());
			assertEquals(List.of("VIP"), store.contacts().page(0, 1).get(0).getTags());
			// The database works on: a new import after the crash is stored.
			Path after = dir.resolve("after.csv");
			Files.writeString(after, "name,mobile\n新客户,13900000003\n");
			assertEquals(1, ContactImporter.run(store, after, ImportOptions.defaults()).stored());
			assertEquals(3, store.contacts().count());
		}
	}

	private static long count(Store store, String sql) throws Exception {
		try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The jars (or class folders) of the bundles the import needs, and of the OSGi API the store refers to. */
	static String classPath() throws IOException {
		return ChildJvm.classPath(BUNDLES);
	}
}
