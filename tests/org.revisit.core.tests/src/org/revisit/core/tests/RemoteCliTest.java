package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.revisit.cli.internal.Cli;
import org.revisit.remote.KnownServers;

/**
 * The command line on a Revisit server ({@code --server https://...}): a server seen for the first time is not
 * trusted without the user (the command says how), a trusted one runs the command as the logged-in user.
 */
class RemoteCliTest extends OwnHomeCliTest {

	@Test
	void aCommandRunsOnTheServerOnceItsCertificateIsTrusted() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			TaskFixtures.plan(f.store, 2, TestClock.NOW, 10);
			Path password = dir.resolve("password");
			Files.writeString(password, ServerFixture.PASSWORD + "\n");
			String[] info = { "info", "--server", "https://127.0.0.1:" + f.port(), "--user", "agent1", "--password-file",
					password.toString() };
			KnownServers known = new KnownServers(KnownServers.defaultFile());
			assertEquals(dir.resolve("home/.revisit/known-servers"), known.file());

			assertEquals(Cli.FAILED, run(info));
			assertTrue(err().contains("is not known on this computer yet"), err());
			assertTrue(err().contains("add the line '127.0.0.1:" + f.port() + " " + f.identity.fingerprint() + "' to "
					+ known.file()), err());
			assertFalse(Files.exists(known.file()), "not trusted without the user");

			known.trust("127.0.0.1", f.port(), f.identity.fingerprint());
			assertEquals(Cli.OK, run(info), err());
			assertTrue(out().contains("(server)"), out());
			assertTrue(out().contains("Server:         Revisit server https://127.0.0.1:" + f.port()), out());
			assertTrue(out().contains("User:           agent1 (agent)"), out());
			assertTrue(out().contains("Call tasks:     2"), out());

			Files.writeString(password, "wrong password\n");
			assertEquals(Cli.FAILED, run(info));
			assertEquals("revisit info: Wrong user name or password", err().strip());
		}
	}

	@Test
	void serviceEventsExportOverTheServerAsOnTheDataFolder() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			Path password = Files.writeString(dir.resolve("password"), ServerFixture.PASSWORD + "\n");
			new KnownServers(KnownServers.defaultFile()).trust("127.0.0.1", f.port(), f.identity.fingerprint());
			String[] as = { "--server", "https://127.0.0.1:" + f.port(), "--user", ServerFixture.MANAGER,
					"--password-file", password.toString() };
			Path contacts = Files.writeString(dir.resolve("c.csv"), EventExportTest.CONTACTS);
			Path events = Files.writeString(dir.resolve("e.csv"), EventExportTest.EVENTS);
			assertEquals(Cli.OK, run(with(as, "import", "contacts", contacts.toString())), err());
			assertEquals(Cli.OK, run(with(as, "import", "events", events.toString())), err());
			Path exported = dir.resolve("events-out.csv");
			assertEquals(Cli.OK, run(with(as, "export", "events", exported.toString(), "--from", "2026-04-01")), err());
			assertEquals("Exported 3 service events to " + exported + ".", out().strip());
			String text = Files.readString(exported);
			assertTrue(text.contains("C-3") && !text.contains("H-7"), text);

			String[] agent = as.clone();
			agent[3] = ServerFixture.AGENT;
			Path refused = dir.resolve("refused.csv");
			assertEquals(Cli.FAILED, run(with(agent, "export", "events", refused.toString())));
			assertTrue(err().contains("manager"), "the refusal names the role it needs: " + err());
			assertFalse(Files.exists(refused), "no file when the server refuses");
		}
	}

	private static String[] with(String[] server, String... command) {
		String[] all = new String[command.length + server.length];
		System.arraycopy(command, 0, all, 0, command.length);
		System.arraycopy(server, 0, all, command.length, server.length);
		return all;
	}
}
