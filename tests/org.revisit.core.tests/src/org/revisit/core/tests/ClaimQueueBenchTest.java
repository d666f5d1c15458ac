package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code cli bench claims} and {@code cli bench queue}, small: the figures make sense and the data is kept for the next run. */
class ClaimQueueBenchTest extends CliTestSupport {

	@TempDir
	Path dir;

	@Test
	void claimsAndQueueOnASmallDatabaseBuiltOnceAndReused() throws Exception {
		assertEquals(Cli.OK, run("bench", "claims", "--contacts", "3000", "--claims", "100", "--agents", "4",
				"--seconds", "2", "--data", dir.toString(), "--json"), err());
		JsonObject r = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(3000, r.get("contacts").getAsLong());
		assertTrue(r.get("due").getAsLong() > 500, r.toString());
		assertEquals(100, r.getAsJsonObject("claim").get("count").getAsInt());
		assertTrue(r.getAsJsonObject("claim").get("p99Millis").getAsDouble() > 0, r.toString());
		assertTrue(r.getAsJsonObject("rawUpdate").get("p99Millis").getAsDouble() > 0, r.toString());
		assertTrue(r.get("teamClaims").getAsInt() > 0, r.toString());
		assertEquals(0, r.get("duplicates").getAsInt(), r.toString());

		assertEquals(Cli.OK, run("bench", "queue", "--contacts", "3000", "--data", dir.toString()), err());
		String text = out();
		assertTrue(text.contains("Reusing the database"), text);
		assertTrue(text.contains("First page (200 rows):") && text.contains("Last page:"), text);
	}
}
