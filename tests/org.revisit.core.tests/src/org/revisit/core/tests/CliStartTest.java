package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.revisit.cli.Main;

/**
 * Which command lines the launcher runs without OSGi (org.revisit.cli.Main): the help texts, info and the everyday
 * commands that read (their call types read from the installed bundles); anything that plans, claims, changes data or
 * installs plug-ins goes through the product. The launcher script applies the same rule: checked here on the script
 * itself.
 */
class CliStartTest {

	static final String[][] PLAIN = { {}, { "--help" }, { "-h" }, { "help" }, { "plan", "--help" },
			{ "import", "contacts", "x.csv", "--help" }, { "info" }, { "info", "--data", "/tmp/x", "--json" },
			{ "--now", "2026-11-23T09:00+08:00", "info" }, { "--now", "2026-11-23T09:00+08:00", "queue" },
			{ "queue", "--json" }, { "calltypes" }, { "report", "calling" }, { "export", "contacts", "x.csv" },
			{ "campaign", "list" }, { "campaign", "show", "3", "--json" }, { "callback", "list" }, { "user", "list" },
			{ "backups" }, { "audit" }, { "audit", "export", "x.csv" }, { "campaign", "edit", "--help" } };

	static final String[][] OSGI = { { "plan" }, { "demo", "--contacts", "10" }, { "bench", "plan" },
			{ "campaign" }, { "campaign", "create", "x.json" }, { "campaign", "pause", "3" }, { "callback", "add" },
			{ "user", "add", "ann" }, { "claim" }, { "explain", "3" }, { "import", "contacts", "x.csv" },
			{ "plugins", "list" }, { "simulate" }, { "--now", "2026-11-23T09:00+08:00", "plan" } };

	@Test
	void helpInfoAndTheReadingCommandsRunWithoutOsgiAndTheRestThroughTheProduct() {
		for (String[] plain : PLAIN) {
			assertTrue(Main.plain(plain), String.join(" ", plain));
		}
		for (String[] osgi : OSGI) {
			assertFalse(Main.plain(osgi), String.join(" ", osgi));
		}
	}

	/** The launcher's plain_cli, run by bash on the same command lines, decides as Main does. */
	@Test
	void theLauncherAppliesTheSameRule() throws Exception {
		Path script = checkout().resolve("features/org.revisit.runtime.feature/rootfiles/revisit");
		String text = Files.readString(script);
		int from = text.indexOf("plain_cli() {");
		int to = text.indexOf("\n}\n", from);
		assertTrue(from >= 0 && to > from, "plain_cli in " + script);
		String function = text.substring(from, to + 3);
		for (String[][] lines : new String[][][] { PLAIN, OSGI }) {
			for (String[] line : lines) {
				List<String> command = new ArrayList<>(List.of("bash", "-c", function + "plain_cli \"$@\"", "plain_cli"));
				command.addAll(List.of(line));
				Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
				p.getInputStream().readAllBytes();
				assertEquals(Main.plain(line) ? 0 : 1, p.waitFor(), String.join(" ", line));
			}
		}
	}

	private static Path checkout() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("features/org.revisit.runtime.feature"))) {
				return p;
			}
		}
		throw new AssertionError("no checkout above " + Path.of("").toAbsolutePath());
	}
}
