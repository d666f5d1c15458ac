package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.revisit.cli.Main;

/**
 * Which command lines the launcher runs without OSGi (org.revisit.cli.Main): the help texts and info; anything
 * that needs the call types of plug-ins goes through the product.
 */
class CliStartTest {

	@Test
	void helpAndInfoRunWithoutOsgiAndTheRestThroughTheProduct() {
		for (String[] plain : new String[][] { {}, { "--help" }, { "-h" }, { "help" }, { "plan", "--help" },
				{ "import", "contacts", "x.csv", "--help" }, { "info" }, { "info", "--data", "/tmp/x", "--json" },
				{ "--now", "2026-11-23T09:00+08:00", "info" } }) {
			assertTrue(Main.plain(plain), String.join(" ", plain));
		}
		for (String[] osgi : new String[][] { { "plan" }, { "calltypes" }, { "demo", "--contacts", "10" },
				{ "--now", "2026-11-23T09:00+08:00", "queue" }, { "bench", "plan" } }) {
			assertFalse(Main.plain(osgi), String.join(" ", osgi));
		}
	}
}
