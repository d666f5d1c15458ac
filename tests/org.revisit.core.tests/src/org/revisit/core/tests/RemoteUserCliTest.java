package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.revisit.cli.internal.Cli;
import org.revisit.model.Role;
import org.revisit.remote.KnownServers;

/**
 * The user and audit commands on a running Revisit server ({@code --server URL --login NAME}): the data folder is
 * the server's while it runs, so an administrator looks after people from any machine; the server checks the role.
 */
class RemoteUserCliTest extends OwnHomeCliTest {

	@Test
	void anAdministratorAddsAUserOnARunningServerAndAManagerReadsTheAudit() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			new KnownServers(KnownServers.defaultFile()).trust("127.0.0.1", f.port(), f.identity.fingerprint());
			String server = "https://127.0.0.1:" + f.port();
			Path login = dir.resolve("login");
			Files.writeString(login, ServerFixture.PASSWORD + "\n");
			Path newPassword = dir.resolve("new");
			Files.writeString(newPassword, "Plum blossom 2026\n");

			assertEquals(Cli.OK, run("user", "add", "wang", "--role", "agent", "--password-file", newPassword.toString(),
					"--server", server, "--login", ServerFixture.ADMIN, "--login-password-file", login.toString()), err());
			assertEquals("Added wang as agent.", out().strip());
			assertEquals(Role.AGENT, f.services.users().list().stream().filter(u -> u.name().equals("wang")).findFirst()
					.orElseThrow().role());

			assertEquals(Cli.OK, run("user", "list", "--server", server, "--login", ServerFixture.ADMIN,
					"--login-password-file", login.toString()), err());
			assertTrue(out().contains("wang"), out());

			assertEquals(Cli.OK, run("audit", "--user", ServerFixture.ADMIN, "--server", server, "--login",
					ServerFixture.MANAGER, "--login-password-file", login.toString(), "--json"), err());
			assertTrue(out().contains("wang"), "the manager sees who added wang: " + out());

			assertEquals(Cli.FAILED, run("user", "disable", "wang", "--server", server, "--login", ServerFixture.MANAGER,
					"--login-password-file", login.toString()));
			assertTrue(err().startsWith("revisit user disable: ") && err().contains("admin"), err());
			assertTrue(f.services.users().list().stream().anyMatch(u -> u.name().equals("wang") && !u.disabled()),
					"a manager changes nobody");
		}
	}

	@Test
	void theLoginGoesWithTheServerAndTheServerNeedsALogin() {
		assertEquals(Cli.USAGE, run("user", "list", "--login", "admin", "--data", dir.toString()));
		assertEquals("revisit user list: --login and --login-password-file go with --server https://HOST:PORT",
				err().strip());
		assertEquals(Cli.USAGE, run("audit", "--server", "https://127.0.0.1:1"));
		assertTrue(err().strip().startsWith("revisit audit: with --server, the user and audit commands need --login NAME"),
				err());
	}
}
