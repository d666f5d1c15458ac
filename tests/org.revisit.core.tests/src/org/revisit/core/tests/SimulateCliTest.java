package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;

/** {@code simulate}: a short simulation on a data folder, its figures as text and as JSON, and bad input. */
class SimulateCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	@Test
	@SuppressWarnings("unchecked")
	void twoDaysOnAFreshFolderPrintTheFiguresAndNoViolation() {
		assertEquals(0, run("simulate", "--contacts", "200", "--days", "2", "--agents", "2", "--from", "2026-11-09",
				"--seed", "5", "--data", dir.toString(), "--json"), err());
		Map<String, Object> r = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(200.0, r.get("contacts"));
		assertEquals("2026-11-09", r.get("from"));
		assertTrue((Double) r.get("calls") > 0, out());
		Map<String, Object> violations = (Map<String, Object>) r.get("violations");
		assertEquals(7, violations.size(), out());
		violations.values().forEach(v -> assertEquals(0.0, v, out()));
		assertEquals(2, ((java.util.List<?>) r.get("perDay")).size());

		// the same folder again, as text: two more days after the first two, only when asked for
		assertEquals(Cli.USAGE, run("simulate", "--contacts", "200", "--days", "2", "--agents", "2", "--from",
				"2026-11-11", "--data", dir.toString()));
		assertTrue(err().contains("already holds a database") && err().contains("--existing"), err());
		assertEquals(0, run("simulate", "--contacts", "200", "--days", "2", "--agents", "2", "--from", "2026-11-11",
				"--data", dir.toString(), "--existing"), err());
		assertTrue(out().contains("Calls made") && out().contains("an answer lost")
				&& out().contains("Time per simulated working day"), out());
	}

	@Test
	void badInputIsAUsageError() {
		assertEquals(Cli.USAGE, run("simulate", "--contacts", "0", "--days", "2", "--agents", "2", "--data", dir.toString()));
		assertTrue(err().contains("contacts"), err());
		assertEquals(Cli.USAGE, run("simulate", "--days", "2", "--from", "yesterday", "--data", dir.toString()));
		assertTrue(err().contains("--from"), err());
		assertEquals(Cli.USAGE, run("simulate", "--seed", "x", "--data", dir.toString()));
		assertTrue(err().contains("--seed"), err());
	}
}
