package org.revisit.core.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;

class ScratchBenchTest extends CliTestSupport {
	@TempDir
	Path dir;

	@Test
	void measure() {
		String agents = System.getenv().getOrDefault("AGENTS", "20");
		String seconds = System.getenv().getOrDefault("SECONDS_", "20");
		int code = run("bench", "team", "--agents", agents, "--seconds", seconds, "--data", dir.toString());
		System.out.println(out());
		System.out.println(err());
		System.out.println("exit " + code);
	}
}
