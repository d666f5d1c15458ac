package org.revisit.cli.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.revisit.core.service.Services;
import org.revisit.server.bench.TeamBenchmark;
import org.revisit.server.bench.TeamBenchmark.Phase;
import org.revisit.server.bench.TeamBenchmark.Result;
import org.revisit.server.bench.TeamBenchmark.Spread;

/**
 * {@code bench team}: the team benchmark ({@link TeamBenchmark}) against a Revisit server started for the run, or
 * against the one of {@code --server}, and the same work in this process; prints the figures and fails when a call
 * was made twice or a confirmed answer lost.
 */
final class TeamBench {

	static final String USAGE = "       revisit cli bench team [--agents N] [--seconds S] [--server URL [--password-file FILE]]\n"
			+ "                              [--data DIR] [--json]\n";

	static final String HELP = "team: N agents (default 20), each on a thread of its own, claim the next due call, open it,\n"
			+ "answer its script to the end and finish it, over and over for S seconds (default 120), against a\n"
			+ "Revisit server started on this machine for the run (a fresh database with due birthday calls and a\n"
			+ "user per agent), or against the server of --server, where the users bench-agent-1..N (role agent)\n"
			+ "must exist with the password of --password-file or $" + Options.PASSWORD_VARIABLE + " and enough calls must be due.\n"
			+ "Then the same agents work as long on an embedded database in this process. Prints calls/s, the\n"
			+ "50th and 99th percentile of each claim, opening, answer and finish, the calls made twice and the\n"
			+ "confirmed answers missing from the stored outcomes (both must be 0: exit code 1 otherwise), and the\n"
			+ "remote claim's 99th percentile over the in-process one.\n";

	private final PrintStream out;

	TeamBench(PrintStream out) {
		this.out = out;
	}

	int run(Options options) throws Exception {
		int agents = options.intValue("agents", 20, 1, 500);
		int seconds = options.intValue("seconds", 120, 1, 3600);
		boolean json = options.flag("json");
		URI server = options.server();
		if (server == null && options.value("user") != null) {
			throw new UsageException("'bench team' logs its agents in as " + TeamBenchmark.agentName(1) + ".."
					+ agents + "; it takes no --user");
		}
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		Path work = Files.createTempDirectory(data, "bench-");
		Consumer<String> progress = line -> {
			if (!json) {
				out.println(line);
			}
		};
		int cores = Runtime.getRuntime().availableProcessors();
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		progress.accept("Team benchmark: " + agents + " agents for " + seconds + " s on " + cores + " cores (load average "
				+ String.format("%.2f", load) + ")");
		TeamBenchmark bench = new TeamBenchmark(work, agents, seconds, options.clock(), progress);
		Result r;
		try {
			r = server == null ? bench.run() : againstServer(bench, server, options);
		} finally {
			IoCommands.delete(work, System.err);
		}
		double after = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		if (json) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("agents", agents);
			result.put("seconds", seconds);
			result.put("cores", cores);
			result.put("loadAverage", Math.round(load * 100) / 100.0);
			result.put("loadAverageAfter", Math.round(after * 100) / 100.0);
			result.put("remote", phase(r.remote()));
			result.put("inProcess", phase(r.inProcess()));
			result.put("claimP99Ratio", round(r.claimP99Ratio()));
			out.println(Json.write(result));
		} else {
			print(r.remote());
			print(r.inProcess());
			out.printf("Remote claim p99 / in-process claim p99 = %.2f (aim: at most 3)%n", r.claimP99Ratio());
			out.printf("Load average at the end: %.2f%n", after);
		}
		int duplicates = r.remote().duplicates() + r.inProcess().duplicates();
		int lost = r.remote().lost() + r.inProcess().lost();
		if (duplicates > 0 || lost > 0) {
			throw new FailedException(duplicates + " calls made twice and " + lost + " calls with lost answers: "
					+ String.join("; ", r.remote().problems()) + " " + String.join("; ", r.inProcess().problems()));
		}
		return Cli.OK;
	}

	/** Against a running server: the first login alone (it may ask to trust the server), then the team's. */
	private static Result againstServer(TeamBenchmark bench, URI server, Options options) throws Exception {
		char[] password = options.password(System::getenv);
		try {
			ServerConnection.open(server, TeamBenchmark.agentName(1), password.clone(), options.clock(), options::notice)
					.close();
			return bench.run("Revisit server " + server, user -> {
				try {
					return ServerConnection.open(server, user, password.clone(), options.clock(), options::notice);
				} catch (FailedException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			});
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private void print(Phase p) {
		out.println(p.where() + ", " + p.agents() + " agents:");
		out.printf("  completed calls  %,d in %.1f s = %.1f calls/s (%.1f answers per call; %,d more while warming up)%n",
				p.completed(), p.seconds(), p.callsPerSecond(), p.answersPerCall(), p.warmUpCalls());
		print("claim", p.claim());
		print("open", p.open());
		print("answer", p.answer());
		print("finish", p.finish());
		out.printf("  duplicates %d, lost answers %d, errors %d%s%n", p.duplicates(), p.lost(), p.errors(),
				p.released() == 0 ? "" : ", calls given back " + p.released());
		p.problems().forEach(problem -> out.println("  ! " + problem));
	}

	private void print(String what, Spread s) {
		out.printf("  %-7s p50 %8.2f ms   p99 %8.2f ms   (%,d)%n", what, s.p50(), s.p99(), s.count());
	}

	private static Map<String, Object> phase(Phase p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("where", p.where());
		m.put("agents", p.agents());
		m.put("seconds", p.seconds());
		m.put("completed", p.completed());
		m.put("callsPerSecond", p.callsPerSecond());
		m.put("answersPerCall", p.answersPerCall());
		m.put("claim", spread(p.claim()));
		m.put("open", spread(p.open()));
		m.put("answer", spread(p.answer()));
		m.put("finish", spread(p.finish()));
		m.put("duplicates", p.duplicates());
		m.put("lost", p.lost());
		m.put("errors", p.errors());
		m.put("released", p.released());
		m.put("warmUpCalls", p.warmUpCalls());
		m.put("problems", p.problems());
		return m;
	}

	private static Map<String, Object> spread(Spread s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("count", s.count());
		m.put("p50Millis", round(s.p50()));
		m.put("p99Millis", round(s.p99()));
		return m;
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}
}
