package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code revisit cli bench start}: how long the command line takes to start, through the installed
 * {@code revisit} launcher, next to a bare JVM start of the same Java ({@code java -version}) measured in the same
 * run: {@code cli --help}, {@code cli info} and the everyday commands {@code cli queue}, {@code cli campaign list}
 * and {@code cli report calling} (all without OSGi), and each command also through the OSGi product (as every
 * command started before), start to end on one empty database.
 */
final class StartBench {

	/** Runs of each command line (after one unmeasured run that warms the disk cache and the class archive). */
	static final int RUNS = 5;

	/** The launcher's switch that sends every command through the OSGi product (as all did before). */
	private static final Map<String, String> OSGI = Map.of("REVISIT_CLI_OSGI", "1");

	private final PrintStream out;

	StartBench(PrintStream out) {
		this.out = out;
	}

	/** The measured command lines and their median and slowest times, in ms. */
	record Figure(String what, long medianMillis, long maxMillis) {
	}

	int run(Options options, PrintStream err) throws Exception {
		Path launcher = launcher();
		if (launcher == null) {
			throw new FailedException("'bench start' measures the installed product's revisit launcher; none found "
					+ "next to this program (run it as 'revisit cli bench start')");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		Path work = Files.createTempDirectory(data, "bench-");
		List<Figure> figures = new ArrayList<>();
		try {
			String db = work.resolve("data").toString();
			figures.add(measure("java -version (bare JVM start)", Map.of(), java, "-version"));
			figures.add(measure("cli --help", Map.of(), launcher.toString(), "cli", "--help"));
			figures.add(measure("cli info", Map.of(), launcher.toString(), "cli", "info", "--data", db));
			figures.add(measure("cli info through OSGi", OSGI, launcher.toString(), "cli", "info", "--data", db));
			// the everyday commands that read, start to end on the same (empty) database, both ways
			for (String[] command : new String[][] { { "queue" }, { "campaign", "list" },
					{ "report", "calling", "--from", "2026-11-16", "--to", "2026-11-22" } }) {
				String what = "cli " + String.join(" ", command).replace(" --from 2026-11-16 --to 2026-11-22", ""); //$NON-NLS-1$ //$NON-NLS-2$
				List<String> line = new ArrayList<>(List.of(launcher.toString(), "cli"));
				line.addAll(List.of(command));
				line.addAll(List.of("--data", db));
				figures.add(measure(what, Map.of(), line.toArray(String[]::new)));
				figures.add(measure(what + " through OSGi", OSGI, line.toArray(String[]::new)));
			}
		} finally {
			IoCommands.delete(work, err);
		}
		if (options.flag("json")) {
			List<Map<String, Object>> list = new ArrayList<>();
			for (Figure f : figures) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("command", f.what());
				m.put("medianMillis", f.medianMillis());
				m.put("maxMillis", f.maxMillis());
				list.add(m);
			}
			out.println(Json.write(Map.of("runs", RUNS, "start", list)));
		} else {
			out.printf("Command-line start to end (median and slowest of %d runs; aims: --help <= 1 s, a simple command <= 2 s):%n", RUNS);
			for (Figure f : figures) {
				out.printf("  %-36s %,6d ms  (slowest %,d ms)%n", f.what(), f.medianMillis(), f.maxMillis());
			}
		}
		return Cli.OK;
	}

	/** The {@code revisit} launcher of the running product, or {@code null}. */
	static Path launcher() {
		String home = System.getProperty("eclipse.home.location");
		if (home == null) {
			return null;
		}
		try {
			Path script = Path.of(URI.create(home.replace(" ", "%20"))).resolve("revisit");
			return Files.isExecutable(script) ? script : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private Figure measure(String what, Map<String, String> env, String... command) throws IOException, InterruptedException {
		run(env, command); // warm-up
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(run(env, command));
		}
		Collections.sort(times);
		return new Figure(what, times.get(times.size() / 2), times.get(times.size() - 1));
	}

	private static long run(Map<String, String> env, String... command) throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		pb.environment().putAll(env);
		long t0 = System.nanoTime();
		Process p = pb.start();
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new IOException("timed out: " + Arrays.toString(command));
		}
		if (p.exitValue() != 0) {
			throw new IOException("exit code " + p.exitValue() + ": " + String.join(" ", command));
		}
		return (System.nanoTime() - t0) / 1_000_000;
	}
}
