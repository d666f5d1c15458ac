package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.Authenticator;
import org.revisit.model.Role;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** {@code cli user ...} and {@code cli audit ...} on a real database in a temporary folder. */
class UserCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	private String data() {
		return dir.resolve("data").toString();
	}

	private Path passwordFile(String name, String content) throws Exception {
		Path f = dir.resolve(name);
		Files.writeString(f, content, StandardCharsets.UTF_8);
		return f;
	}

	@Test
	@SuppressWarnings("unchecked")
	void addListAndLogInWithAPasswordFileEndingInALineBreak() throws Exception {
		Path unix = passwordFile("boss.txt", "Plum blossom 2026\n");
		Path windows = passwordFile("wang.txt", "\uFEFFcorrect horse 王\r\n");
		assertEquals(0, run("user", "add", "boss", "--role", "admin", "--display-name", "老板", "--password-file",
				unix.toString(), "--data", data()), err());
		assertEquals("Added boss as admin.\n", out().replace("\r", ""));
		assertEquals(0, run("user", "add", "wang", "--role", "AGENT", "--password-file", windows.toString(), "--data",
				data(), "--json"), err());
		Map<String, Object> wang = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals("agent", wang.get("role"));
		assertEquals(Boolean.TRUE, wang.get("passwordSet"));

		assertEquals(0, run("user", "list", "--data", data(), "--json"));
		List<Map<String, Object>> users = (List<Map<String, Object>>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("users");
		assertEquals(List.of("boss", "wang"), users.stream().map(u -> u.get("name")).toList());
		assertEquals("老板", users.get(0).get("displayName"));
		assertEquals(0, run("user", "list", "--data", data()));
		assertTrue(out().contains("boss") && out().contains("enabled") && out().contains("never"), out());

		try (Store store = Store.open(StoreConfig.embedded(Path.of(data())).withClock(clock()))) {
			Authenticator auth = new Authenticator(store);
			assertEquals(Role.ADMIN, auth.login("boss", "Plum blossom 2026".toCharArray(), null).role());
			assertEquals(Role.AGENT, auth.login("wang", "correct horse 王".toCharArray(), null).role(),
					"the byte order mark and the CRLF are not part of the password");
		}
	}

	@Test
	void refusalsAreOneLineWithTheRightExitCode() throws Exception {
		assertEquals(Cli.USAGE, run("user", "add", "boss", "--role", "admin", "--data", data()));
		assertTrue(err().startsWith("revisit user add: no password given: use --password-file FILE"), err());
		assertEquals(Cli.USAGE, run("user", "add", "boss", "--password-file", "x", "--data", data()));
		assertTrue(err().contains("--role is required"), err());
		assertEquals(Cli.USAGE, run("user", "add", "boss", "--role", "king", "--password-file", "x", "--data", data()));
		assertTrue(err().contains("--role must be agent, supervisor, manager or admin, not 'king'"), err());

		Path shortOne = passwordFile("short.txt", "123456789\n");
		assertEquals(Cli.FAILED, run("user", "add", "boss", "--role", "admin", "--password-file", shortOne.toString(),
				"--data", data()));
		assertEquals("revisit user add: The password must have at least 10 characters\n", err().replace("\r", ""));
		Path twoLines = passwordFile("two.txt", "first line is long\nsecond\n");
		assertEquals(Cli.FAILED, run("user", "add", "boss", "--role", "admin", "--password-file", twoLines.toString(),
				"--data", data()));
		assertTrue(err().contains("must hold the password on one line"), err());
		assertEquals(Cli.FAILED, run("user", "add", "boss", "--role", "admin", "--password-file",
				dir.resolve("missing.txt").toString(), "--data", data()));
		assertTrue(err().contains("no such password file"), err());
		assertEquals(1, err().lines().count());

		assertEquals(Cli.FAILED, run("user", "disable", "nobody", "--data", data()));
		assertEquals("revisit user disable: There is no user nobody\n", err().replace("\r", ""));
		assertEquals(Cli.USAGE, run("user", "--data", data()));
		assertTrue(err().contains("user add") && err().contains("user passwd"), err());
		assertEquals(0, run("user", "list", "--data", data()));
		assertTrue(out().startsWith("No users"), out());
	}

	@Test
	@SuppressWarnings("unchecked")
	void roleDisableEnableAndPasswdAreAuditedAndTheAuditCanBeFilteredAndExported() throws Exception {
		Path pw = passwordFile("pw.txt", "Plum blossom 2026\n");
		assertEquals(0, run("user", "add", "boss", "--role", "admin", "--password-file", pw.toString(), "--data", data()));
		assertEquals(0, run("user", "add", "wang", "--role", "agent", "--password-file", pw.toString(), "--data", data()));
		assertEquals(0, run("user", "role", "wang", "supervisor", "--data", data()), err());
		assertEquals(0, run("user", "disable", "wang", "--data", data()), err());
		assertEquals(0, run("user", "enable", "wang", "--data", data()), err());
		Path other = passwordFile("other.txt", "Bamboo grove 2027");
		assertEquals(0, run("user", "passwd", "wang", "--password-file", other.toString(), "--data", data()), err());
		assertEquals(Cli.FAILED, run("user", "role", "boss", "agent", "--data", data()));
		assertTrue(err().contains("last enabled administrator"), err());
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data())).withClock(clock()))) {
			Authenticator auth = new Authenticator(store);
			assertEquals(Role.SUPERVISOR, auth.login("wang", "Bamboo grove 2027".toCharArray(), "10.0.0.8").role());
			ServiceException wrong = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
					() -> auth.login("wang", "Plum blossom 2026".toCharArray(), "10.0.0.8"));
			assertEquals(Authenticator.WRONG, wrong.getMessage());
		}

		assertEquals(0, run("audit", "--data", data(), "--json"), err());
		Map<String, Object> all = (Map<String, Object>) JsonCheck.parse(out());
		List<Map<String, Object>> entries = (List<Map<String, Object>>) all.get("entries");
		assertEquals(List.of("LOGIN_FAILED", "LOGIN", "PASSWORD_CHANGED", "USER_ENABLED", "USER_DISABLED",
				"ROLE_CHANGED", "USER_ADDED", "USER_ADDED"), entries.stream().map(e -> e.get("action")).toList());
		String me = System.getProperty("user.name");
		assertEquals(me, entries.get(2).get("user"), "the command line acts as the operating-system user");
		assertEquals("10.0.0.8", entries.get(0).get("from"));
		assertEquals(8.0, all.get("total"));

		assertEquals(0, run("audit", "--action", "user_added", "--data", data(), "--json"));
		assertEquals(2, ((List<?>) ((Map<String, Object>) JsonCheck.parse(out())).get("entries")).size());
		assertEquals(0, run("audit", "--user", "wang", "--data", data(), "--json"));
		assertEquals(2, ((List<?>) ((Map<String, Object>) JsonCheck.parse(out())).get("entries")).size());
		assertEquals(0, run("audit", "--from", "2026-11-24", "--data", data(), "--json"));
		assertEquals(0.0, ((Map<String, Object>) JsonCheck.parse(out())).get("total"));
		assertEquals(0, run("audit", "--to", "2026-11-23", "--from", "2026-11-23", "--data", data(), "--json"),
				"a day given for both ends is that whole day");
		assertEquals(8.0, ((Map<String, Object>) JsonCheck.parse(out())).get("total"));
		assertEquals(0, run("audit", "--limit", "3", "--data", data()));
		assertTrue(out().contains("ROLE_CHANGED") == false && out().contains("(3 of 8 entries"), out());
		assertEquals(Cli.USAGE, run("audit", "--from", "yesterday", "--data", data()));
		assertTrue(err().contains("--from must be a date"), err());

		Path csv = dir.resolve("audit.csv");
		assertEquals(0, run("audit", "export", csv.toString(), "--action", "ROLE_CHANGED", "--data", data()), err());
		assertEquals("Exported 1 audit entries to " + csv + ".\n", out().replace("\r", ""));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("\uFEFFtime,user,action,entity,id,field,before,after,detail,from\r\n"), text);
		assertTrue(text.contains(",ROLE_CHANGED,User,2,role,AGENT,SUPERVISOR,wang: agent -> supervisor,"), text);
		assertFalse(Files.exists(dir.resolve("audit.csv.partial")));
	}

	@Test
	void theAuditOfUntrustedNamesCannotDriveTheTerminal() throws Exception {
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data())).withClock(clock()))) {
			org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
					() -> new Authenticator(store).login("evil\u001B[2J", "whatever it is".toCharArray(), "10.0.0.9"));
		}
		assertEquals(0, run("audit", "--data", data()));
		assertFalse(out().contains("\u001B"), out());
		assertTrue(out().contains("evil\\u001B[2J"), out());
		Path csv = dir.resolve("formula.csv");
		try (Store store = Store.open(StoreConfig.embedded(Path.of(data())).withClock(clock()))) {
			store.audit().record(null, "=cmd()", "LOGIN_FAILED", null, null, "=1+1");
		}
		assertEquals(0, run("audit", "export", csv.toString(), "--data", data()));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.contains("'=cmd()") && text.contains("'=1+1"), text);
	}
}
