package org.revisit.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's log: one line per event with its UTC time, on the console and appended to a file; a failure's
 * stack trace goes here (and never to a client).
 */
public final class ServerLog implements AutoCloseable {

	private final PrintStream console;
	private final PrintStream file;
	private final Clock clock;

	/** Logs to {@code console} and, when {@code file} is not {@code null}, appends to that file too. */
	public ServerLog(PrintStream console, Path file, Clock clock) throws IOException {
		this.console = console;
		this.clock = clock;
		this.file = file == null ? null
				: new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
						true, StandardCharsets.UTF_8);
	}

	/** A log to {@code console} only. */
	public static ServerLog console(PrintStream console, Clock clock) {
		try {
			return new ServerLog(console, null, clock);
		} catch (IOException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public void info(String message) {
		write(message);
	}

	/** A failure: the message on the console, the message and stack trace in the file (or on the console). */
	public void error(String message, Throwable failure) {
		if (failure == null) {
			write(message);
			return;
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		String line = stamp() + message;
		synchronized (this) {
			if (file != null) {
				file.println(line);
				file.print(trace);
				console.println(line + " (" + failure + "; the stack trace is in the server's log file)");
			} else {
				console.println(line);
				console.print(trace);
			}
		}
	}

	private void write(String message) {
		String line = stamp() + message;
		synchronized (this) {
			console.println(line);
			if (file != null) {
				file.println(line);
			}
		}
	}

	private String stamp() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		return now + " ";
	}

	@Override
	public void close() {
		if (file != null) {
			file.close();
		}
	}
}
