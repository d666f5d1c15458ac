package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportResult;
import org.revisit.core.io.Reject;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * A contacts file of several thousand rows, whose rows are checked partly on a second thread (the parse rules and
 * the validator) and partly in the file's order (duplicates): the rejects come in the file's order with their
 * physical lines, a duplicate names the line of the row it repeats even when that row was checked in another
 * block, and every other row is stored.
 */
class ImportCheckOrderTest {

	@TempDir
	Path dir;

	@Test
	void rowsCheckedOnTwoThreadsAreReportedInTheFilesOrder() throws Exception {
		int rows = 3_000;
		Path file = dir.resolve("many.csv");
		List<Long> rejectLines = new ArrayList<>();
		Map<Long, Long> duplicateOf = new HashMap<>();
		Map<Integer, Long> lineOfRow = new HashMap<>();
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("name,mobile,email\n");
			long line = 1;
			for (int i = 0; i < rows; i++) {
				if (i == 1_234) {
					w.write("\n"); // a blank line is skipped but counts as a physical line
					line++;
				}
				line++;
				lineOfRow.put(i, line);
				boolean badEmail = i % 150 == 7;
				boolean duplicate = i % 500 == 499;
				int numberOf = duplicate ? i - 499 : i;
				w.write("客户" + numberOf + ",139" + String.format("%08d", numberOf) + ","
						+ (badEmail ? "not-an-address" : "c" + i + "@example.cn") + "\n");
				if (badEmail || duplicate) {
					rejectLines.add(line);
				}
				if (duplicate) {
					duplicateOf.put(line, lineOfRow.get(numberOf));
				}
			}
		}
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			ImportResult result = ContactImporter.run(store, file, ImportOptions.defaults());
			assertEquals(rows, result.read());
			assertEquals(rejectLines.size(), result.rejected(), () -> result.firstRejects().toString());
			assertEquals(rows - rejectLines.size(), result.stored());
			assertEquals(rows - rejectLines.size(), store.contacts().count());
			List<Reject> first = result.firstRejects();
			assertEquals(rejectLines.subList(0, ImportResult.MAX_LISTED), first.stream().map(Reject::line).toList(),
					"the rejects in the file's order, with their physical lines");
			int duplicates = 0;
			for (Reject r : first) {
				Long earlier = duplicateOf.get(r.line());
				if (earlier != null) {
					duplicates++;
					assertEquals("mobile", r.column(), r.toString());
					assertTrue(r.reason().contains(String.valueOf(earlier)), r + " names line " + earlier);
				} else {
					assertEquals("email", r.column(), r.toString());
				}
			}
			assertTrue(duplicates >= 2, "duplicates checked across blocks are among the first rejects: " + first);
		}
	}
}
