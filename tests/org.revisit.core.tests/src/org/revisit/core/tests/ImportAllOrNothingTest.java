package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * A big import whose row fails in the database near the end of the file (after many batches were written)
 * stores nothing: not the contacts, not their phones, not their tags.
 */
class ImportAllOrNothingTest {

	@TempDir
	Path dir;

	@Test
	void aRowFailingLateInABigFileStoresNothing() throws Exception {
		int rows = 24_000; // 12 batches of 2,000
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			try (Connection c = store.connect(); Statement s = c.createStatement()) {
				// A rule the import does not check, so the row passes every check and fails in the database.
				s.execute("ALTER TABLE contact ADD CONSTRAINT no_boom CHECK (name <> 'Boom')");
			}
			Path file = dir.resolve("big.csv");
			try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				w.write("name,mobile,tags\n");
				for (int i = 0; i < rows; i++) {
					w.write((i == rows - 20 ? "Boom" : "客户" + i) + ",139" + String.format("%08d", i) + ",VIP;华东\n");
				}
			}
			ImportException e = assertThrows(ImportException.class,
					() -> ContactImporter.run(store, file, ImportOptions.defaults()));
			assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
			assertEquals(0, store.contacts().count());
			for (String table : new String[] { "contact_phone", "contact_tag" }) {
				try (Connection c = store.connect(); Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					assertEquals(0, rs.getInt(1), table);
				}
			}
		}
	}
}
