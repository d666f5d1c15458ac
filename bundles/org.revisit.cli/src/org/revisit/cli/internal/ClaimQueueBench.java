package org.revisit.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.revisit.core.plan.ClaimQueueBenchmark;
import org.revisit.core.plan.ClaimQueueBenchmark.ClaimResult;
import org.revisit.core.plan.ClaimQueueBenchmark.Latencies;
import org.revisit.core.plan.ClaimQueueBenchmark.QueueResult;

/** {@code bench claims} and {@code bench queue}: claims and My Queue at N contacts, next to raw baselines. */
final class ClaimQueueBench {

	static final String USAGE = "       revisit cli bench claims [--contacts N] [--claims K] [--agents A] [--seconds S] "
			+ "[--data DIR] [--json]\n"
			+ "       revisit cli bench queue [--contacts N] [--data DIR] [--json]\n";
	static final String HELP = "claims, queue: build (once; kept as DIR/claims-N for later runs) a database of N contacts\n"
			+ "(default 1000000) with a month of planned calls, 0.3 N of them due on the benchmark's day. claims: one\n"
			+ "agent claims K calls (default 2000) one after another, then A agents (default 20) claim at once for S\n"
			+ "seconds (default 20); printed next to the raw baseline of K single-row updates by key. queue: times\n"
			+ "My Queue's first page, its counts and page marks, and its last page, next to 200 rows read by key and\n"
			+ "the queries before schema version 12.\n";

	private final PrintStream out;

	ClaimQueueBench(PrintStream out) {
		this.out = out;
	}

	int run(String what, Options options) throws Exception {
		if (options.value("server") != null) {
			throw new UsageException("'bench " + what + "' measures Derby on this computer; it takes no --server");
		}
		int contacts = options.intValue("contacts", 1_000_000, 1_000, 20_000_000);
		Path data = options.dataDirectory();
		Files.createDirectories(data);
		boolean json = options.flag("json");
		Map<String, Object> m = new LinkedHashMap<>();
		if (what.equals("claims")) {
			int claims = options.intValue("claims", 2_000, 10, 100_000);
			int agents = options.intValue("agents", 20, 1, 20);
			int seconds = options.intValue("seconds", 20, 1, 3_600);
			ClaimResult r = ClaimQueueBenchmark.claims(data, contacts, claims, agents, seconds, line -> log(json, line));
			if (json) {
				m.put("contacts", r.contacts());
				m.put("tasks", r.tasks());
				m.put("due", r.due());
				m.put("claim", latencies(r.single()));
				m.put("rawUpdate", latencies(r.raw()));
				m.put("agents", r.agents());
				m.put("teamClaims", r.teamClaims());
				m.put("teamClaimsPerSecond", Math.round(r.claimsPerSecond()));
				m.put("duplicates", r.duplicates());
				m.put("teamClaim", latencies(r.team()));
				m.put("oldQueryMillis", r.oldQueryMillis());
				m.put("load", r.load());
				out.println(Json.write(m));
			} else {
				out.printf("Database: %,d contacts, %,d tasks, %,d due now%n", r.contacts(), r.tasks(), r.due());
				out.printf("Claim (one agent, %,d):  p50 %.2f ms, p99 %.2f ms, max %.2f ms (aim: p99 <= 20 ms)%n",
						r.single().count(), r.single().p50(), r.single().p99(), r.single().max());
				out.printf("Raw update by key:       p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", r.raw().p50(), r.raw().p99(),
						r.raw().max());
				out.printf("%d agents at once:       %,d claims in %.1f s = %,.0f claims/s, %d duplicates, p50 %.2f ms, "
						+ "p99 %.2f ms (aim: >= 200 claims/s, 0 duplicates)%n", r.agents(), r.teamClaims(),
						r.teamSeconds(), r.claimsPerSecond(), r.duplicates(), r.team().p50(), r.team().p99());
				out.printf("Claim query before schema version 12: %,d ms (once)%n", r.oldQueryMillis());
				out.printf("Load average at the end: %.2f%n", r.load());
			}
		} else {
			QueueResult r = ClaimQueueBenchmark.queue(data, contacts, line -> log(json, line));
			if (json) {
				m.put("contacts", r.contacts());
				m.put("tasks", r.tasks());
				m.put("shown", r.shown());
				m.put("firstPageMillis", r.firstPage());
				m.put("shapeMillis", r.shape());
				m.put("lastPageMillis", r.lastPage());
				m.put("middlePageMillis", r.middlePage());
				m.put("rawFirstMillis", r.rawFirst());
				m.put("oldFirstPageMillis", r.oldFirst());
				m.put("oldCountsMillis", r.oldCounts());
				m.put("oldLastPageMillis", r.oldLast());
				m.put("load", r.load());
				out.println(Json.write(m));
			} else {
				out.printf("Database: %,d contacts, %,d tasks; My Queue shows %,d calls%n", r.contacts(), r.tasks(), r.shown());
				out.printf("First page (200 rows):      %8.1f ms   (raw: 200 task rows by key %.1f ms; before V12 %.0f ms)%n",
						r.firstPage(), r.rawFirst(), r.oldFirst());
				out.printf("Counts and page marks:      %8.1f ms   (before V12, the counts alone: %.0f ms)%n", r.shape(),
						r.oldCounts());
				out.printf("Last page:                  %8.1f ms   (before V12, by offset: %.0f ms)%n", r.lastPage(),
						r.oldLast());
				out.printf("A page in the middle:       %8.1f ms%n", r.middlePage());
				out.printf("First screenful: %.1f ms; the end: %.1f ms after the counts (aims: <= 1 s each)%n",
						r.firstPage(), r.shape() + r.lastPage());
				out.printf("Load average at the end: %.2f%n", r.load());
			}
		}
		return Cli.OK;
	}

	private static Map<String, Object> latencies(Latencies l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("count", l.count());
		m.put("p50Millis", l.p50());
		m.put("p99Millis", l.p99());
		m.put("maxMillis", l.max());
		return m;
	}

	private void log(boolean json, String line) {
		if (!json) {
			out.println(line);
		}
	}
}
