package org.revisit.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.revisit.cli.internal.Cli;

/** Runs the command line in-process, as the CLI tests do, and keeps what it printed. */
abstract class CliTestSupport {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs one command line and returns its exit code; {@link #out()} and {@link #err()} hold what it printed. */
	int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock()).run(args);
	}

	/** The clock the commands read; tests live at {@link TestClock#NOW} unless they say otherwise. */
	java.time.Clock clock() {
		return TestClock.fixed();
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
