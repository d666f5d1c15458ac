package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.revisit.cli.internal.Cli;
import org.revisit.model.Role;
import org.revisit.remote.KnownServers;
import org.revisit.server.bench.TeamBenchmark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code cli bench team}, small: a few agents for a few seconds against a server the command starts, and against a
 * running one; the figures must make sense (calls finished, none twice, no answer lost) in both phases.
 */
class TeamBenchTest extends OwnHomeCliTest {

	@Test
	void threeAgentsOnAServerOfTheirOwnFinishCallsWithoutDuplicatesOrLostAnswers() throws Exception {
		assertEquals(Cli.OK, run("bench", "team", "--agents", "3", "--seconds", "3", "--data", dir.toString(), "--json"),
				err());
		JsonObject r = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(3, r.get("agents").getAsInt());
		assertTrue(r.get("cores").getAsInt() >= 1 && r.has("loadAverage") && r.has("loadAverageAfter"), r.toString());
		JsonObject remote = r.getAsJsonObject("remote");
		assertTrue(remote.get("where").getAsString().startsWith("Revisit server https://127.0.0.1:"), remote.toString());
		checkPhase(remote);
		JsonObject local = r.getAsJsonObject("inProcess");
		checkPhase(local);
		assertTrue(r.get("claimP99Ratio").getAsDouble() > 0, r.toString());
		assertEquals(local.getAsJsonObject("claim").get("p99Millis").getAsDouble() * r.get("claimP99Ratio").getAsDouble(),
				remote.getAsJsonObject("claim").get("p99Millis").getAsDouble(),
				remote.getAsJsonObject("claim").get("p99Millis").getAsDouble() * 0.02 + 0.02, "the ratio of the p99s");
		try (Stream<Path> left = Files.list(dir)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("bench-")), "the work folder is deleted");
		}
	}

	private static void checkPhase(JsonObject p) {
		checkPhase(p, 3);
	}

	/** The figures of a phase that ran at least {@code minSeconds} make sense. */
	private static void checkPhase(JsonObject p, double minSeconds) {
		String all = p.toString();
		int completed = p.get("completed").getAsInt();
		assertTrue(completed > 0, all);
		assertEquals(0, p.get("duplicates").getAsInt(), all);
		assertEquals(0, p.get("lost").getAsInt(), all);
		assertEquals(0, p.get("errors").getAsInt(), all);
		assertEquals(0, p.get("released").getAsInt(), all);
		assertTrue(p.get("warmUpCalls").getAsInt() >= 0, all);
		// the built-in birthday script to its end: yes, convenient, thanked, satisfied, no, no
		assertEquals(6.0, p.get("answersPerCall").getAsDouble(), 0.5, all);
		double seconds = p.get("seconds").getAsDouble();
		assertTrue(seconds >= minSeconds && seconds < 60, all);
		double perSecond = p.get("callsPerSecond").getAsDouble();
		// seconds are rounded to a tenth: calls/s × seconds is the calls within that
		assertEquals(completed, perSecond * seconds, perSecond * 0.06 + 1, all);
		JsonObject claim = p.getAsJsonObject("claim");
		assertTrue(claim.get("count").getAsInt() >= completed, all);
		assertEquals(completed, p.getAsJsonObject("finish").get("count").getAsInt(), all);
		assertTrue(p.getAsJsonObject("answer").get("count").getAsInt() >= 6 * completed, all);
		for (String op : new String[] { "claim", "open", "answer", "finish" }) {
			JsonObject s = p.getAsJsonObject(op);
			double p50 = s.get("p50Millis").getAsDouble();
			double p99 = s.get("p99Millis").getAsDouble();
			assertTrue(p50 > 0 && p50 <= p99 && p99 < 30_000, op + ": " + all);
		}
	}

	@Test
	void theTextSaysWhatWasMeasured() {
		assertEquals(Cli.OK, run("bench", "team", "--agents", "4", "--seconds", "10", "--data", dir.toString()), err());
		String text = out();
		System.out.println(text);
		assertTrue(text.contains("Team benchmark: 4 agents for 10 s on "), text);
		assertTrue(text.contains("Revisit server https://127.0.0.1:"), text);
		assertTrue(text.contains("in-process embedded database, 4 agents:"), text);
		assertTrue(text.matches("(?s).*  claim +p50 +[0-9.]+ ms +p99 +[0-9.]+ ms.*"), text);
		assertTrue(text.contains("duplicates 0, lost answers 0, errors 0"), text);
		assertTrue(text.contains("Remote claim p99 / in-process claim p99 = "), text);
		assertTrue(text.contains("Load average at the end: "), text);
	}

	@Test
	void againstARunningServerTheAgentsAreItsBenchUsers() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			TaskFixtures.plan(f.store, 60, TestClock.NOW.minusSeconds(3600), 10);
			for (int i = 1; i <= 2; i++) {
				f.services.users().add(TeamBenchmark.agentName(i), null, Role.AGENT, ServerFixture.PASSWORD.toCharArray());
			}
			new KnownServers(KnownServers.defaultFile()).trust("127.0.0.1", f.port(), f.identity.fingerprint());
			Path password = dir.resolve("password");
			Files.writeString(password, ServerFixture.PASSWORD + "\n");
			assertEquals(Cli.OK, run("bench", "team", "--agents", "2", "--seconds", "30", "--server",
					"https://127.0.0.1:" + f.port(), "--password-file", password.toString(), "--json"), err());
			JsonObject r = JsonParser.parseString(out()).getAsJsonObject();
			JsonObject remote = r.getAsJsonObject("remote");
			assertEquals("Revisit server https://127.0.0.1:" + f.port(), remote.get("where").getAsString());
			assertEquals(60, remote.get("completed").getAsInt() + remote.get("warmUpCalls").getAsInt(),
					"every due call, then the agents stop: " + remote);
			assertTrue(remote.get("seconds").getAsDouble() < 30, "an empty queue ends the phase: " + remote);
			assertEquals(0, remote.get("duplicates").getAsInt());
			assertEquals(0, remote.get("lost").getAsInt());
			assertEquals(60, f.store.counts().tasks());
			assertEquals(0, f.store.counts().openTasks(), "the server's calls are done");
			JsonObject local = r.getAsJsonObject("inProcess");
			checkPhase(local, 1);
			assertTrue(local.get("seconds").getAsDouble() <= remote.get("seconds").getAsDouble() + 10,
					"the agents work in this process as long as they did on the server: " + r);
		}
	}

	@Test
	void badOptionsAreRefusedBeforeAnythingRuns() {
		assertEquals(Cli.USAGE, run("bench", "team", "--agents", "0", "--data", dir.toString()));
		assertTrue(err().contains("--agents"), err());
		assertEquals(Cli.USAGE, run("bench", "team", "--user", "wang", "--data", dir.toString()));
		assertTrue(err().contains("--user"), err());
		assertEquals(Cli.USAGE, run("bench", "import", "--server", "https://127.0.0.1:1", "--user", "x"));
		assertTrue(err().contains("take no --server"), err());
	}
}
