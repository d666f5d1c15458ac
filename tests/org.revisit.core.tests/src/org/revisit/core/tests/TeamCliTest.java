package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.core.demo.DemoData;
import org.revisit.model.CallTask;
import org.revisit.store.Backups;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The team commands of the command line: claim (for the logged-in user), backup into the data folder's backups
 * folder, backups, restore, setting, and the --server options (the Derby Network Server form is refused).
 */
@SuppressWarnings("unchecked")
class TeamCliTest extends CliTestSupport {

	private static final String ME = System.getProperty("user.name");

	@TempDir
	Path dir;

	private List<CallTask> planDueTasks(int n) {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			return TaskFixtures.plan(store, n, TestClock.NOW.minus(Duration.ofHours(1)), 50);
		}
	}

	@Test
	void claimJsonHandsOutEachTaskOnceThenNull() {
		List<CallTask> tasks = planDueTasks(2);
		assertEquals(0, run("claim", "--lease", "15", "--json", "--data", dir.toString()), err());
		Map<String, Object> first = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(ME, first.get("agent"), "on a data folder the agent is the user of this computer");
		Map<String, Object> task = (Map<String, Object>) first.get("task");
		assertEquals((double) tasks.get(0).getId(), task.get("id"));
		assertEquals((double) tasks.get(0).getContact().getId(), task.get("contactId"));
		assertEquals("客户0", task.get("contactName"));
		assertEquals(DemoData.BIRTHDAY, task.get("callType"));
		assertEquals(ME, task.get("leaseOwner"));
		Instant expiry = Instant.parse((String) task.get("leaseExpiry"));
		assertTrue(Duration.between(TestClock.NOW, expiry).toMinutes() >= 14, "a 15 minute lease: " + expiry);
		assertNotNull(task.get("dueFrom"));
		assertNotNull(task.get("dueTo"));

		assertEquals(0, run("claim", "--json", "--data", dir.toString()));
		assertEquals((double) tasks.get(1).getId(), ((Map<String, Object>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("task")).get("id"), "a task one holds is not handed out again");
		assertEquals(0, run("claim", "--json", "--data", dir.toString()));
		Map<String, Object> none = (Map<String, Object>) JsonCheck.parse(out());
		assertTrue(none.containsKey("task"));
		assertNull(none.get("task"), "nothing due: task is null");
		assertEquals(0, run("claim", "--data", dir.toString()));
		assertTrue(out().contains("Nothing is due for " + ME), out());
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertEquals(2, store.audit().page("CallTask", tasks.get(0).getId(), 0, 10).size()
					+ store.audit().page("CallTask", tasks.get(1).getId(), 0, 10).size(), "each claim is audited");
		}
	}

	@Test
	void claimForSomeoneElseIsRefusedWithTheReason() {
		planDueTasks(1);
		assertEquals(Cli.USAGE, run("claim", "--agent", "alice", "--data", dir.toString()));
		assertEquals("revisit claim: claim no longer takes --agent: a call goes to the logged-in user (with --server, "
				+ "--user NAME; on a data folder, you, " + ME + ")", err().strip());
		assertEquals("", out());
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertTrue(store.claims().claimNext("x", TestClock.NOW, Duration.ofMinutes(1)).isPresent(),
					"the task is still free");
		}
		assertEquals(Cli.USAGE, run("claim", "--lease", "481", "--data", dir.toString()));
		assertTrue(err().contains("--lease must be between 1 and 480"), err());
	}

	@Test
	void claimWithoutJsonNamesTheContactAndTheLease() {
		planDueTasks(1);
		assertEquals(0, run("claim", "--data", dir.toString()));
		assertTrue(out().startsWith("Task ") && out().contains("客户0") && out().contains("lease until"), out());
	}

	@Test
	void theOldDerbyServerFormIsRefusedAndPointsToTheRevisitServer() {
		assertEquals(Cli.USAGE, run("info", "--server", "127.0.0.1:1527"));
		assertEquals("revisit info: --server 127.0.0.1:1527 is the old Derby Network Server form; a team now shares its "
				+ "data through the Revisit server: --server https://HOST:PORT --user NAME (see \"The Revisit server\" in "
				+ "docs/admin-guide.md)", err().strip());
		assertEquals(Cli.USAGE, run("claim", "--server", "127.0.0.1:1527/db", "--password-file", "pw"));
		assertTrue(err().contains("old Derby Network Server form"), err());
		assertEquals(Cli.USAGE, run("info", "--server", "http://127.0.0.1:8443"));
		assertTrue(err().contains("--server must be https://HOST:PORT"), err());
		assertEquals(Cli.USAGE, run("info", "--user", "x", "--data", dir.toString()));
		assertTrue(err().contains("go with --server"), err());
		assertEquals(Cli.USAGE, run("info", "--server", "https://127.0.0.1:8443"));
		assertTrue(err().contains("--server needs --user NAME"), err());
		assertEquals(Cli.USAGE, run("info", "--server", "https://127.0.0.1:8443", "--user", "wang", "--data",
				dir.toString()));
		assertTrue(err().contains("not both"), err());
		assertEquals(Cli.USAGE, run("restore", "x", "--server", "https://127.0.0.1:8443", "--user", "wang"));
		assertTrue(err().contains("offline"), err());
		assertEquals(Cli.USAGE, run("bench", "import", "--server", "https://127.0.0.1:8443", "--user", "wang"));
		assertEquals(1, err().strip().lines().count(), err());
		assertFalse(Files.exists(dir.resolve("db")), "no data folder was opened instead of the server");
	}

	@Test
	void backupGoesIntoTheDataFoldersBackupsFolderThenRestoresIntoAnotherFolder() throws Exception {
		planDueTasks(5);
		assertEquals(0, run("backup", "--json", "--data", dir.toString()), err());
		Map<String, Object> backup = (Map<String, Object>) JsonCheck.parse(out());
		Path folder = Path.of((String) backup.get("backup"));
		String name = (String) backup.get("name");
		assertEquals(dir.resolve(Backups.FOLDER).resolve(name), folder);
		assertTrue(name.startsWith("revisit-") && Files.isRegularFile(folder.resolve(Backups.MANIFEST)), name);
		assertTrue((Double) backup.get("bytes") > 0, out());

		assertEquals(0, run("backups", "--json", "--data", dir.toString()), err());
		List<Map<String, Object>> listed = (List<Map<String, Object>>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("backups");
		assertEquals(1, listed.size(), out());
		assertEquals(name, listed.get(0).get("name"));
		assertEquals(Boolean.TRUE, listed.get(0).get("complete"));

		Path restored = dir.resolve("restored");
		assertEquals(0, run("restore", folder.toString(), "--data", restored.toString(), "--json"), err());
		Map<String, Object> result = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(5.0, result.get("contacts"));
		assertEquals(5.0, result.get("tasks"));

		assertEquals(Cli.FAILED, run("restore", folder.toString(), "--data", restored.toString()));
		assertTrue(err().contains("already exists") && err().contains("--force"), err());
		assertEquals(1, err().strip().lines().count(), err());
		// a backup's name is looked up in the data folder's backups folder
		Files.createDirectories(restored.resolve(Backups.FOLDER));
		Files.move(folder, restored.resolve(Backups.FOLDER).resolve(name));
		folder = restored.resolve(Backups.FOLDER).resolve(name);
		assertEquals(0, run("restore", name, "--data", restored.toString(), "--force"), err());
		assertTrue(out().contains("5 contacts"), out());

		assertEquals(Cli.USAGE, run("backup", dir.resolve("elsewhere").toString(), "--data", dir.toString()));
		assertTrue(err().contains("backup takes no folder"), err());

		Files.delete(folder.resolve(Backups.MANIFEST));
		assertEquals(Cli.FAILED, run("restore", folder.toString(), "--data", restored.toString(), "--force"));
		assertTrue(err().contains(folder + " is an incomplete backup: it has no manifest"), err());
		assertEquals(1, err().strip().lines().count(), err());
	}

	@Test
	void settingsAreShownSetAndChecked() {
		String data = dir.toString();
		assertEquals(0, run("setting", "planner.weeklyBudget", "--data", data), err());
		assertEquals("planner.weeklyBudget = (not set)", out().strip());
		assertEquals(0, run("setting", "planner.weeklyBudget", "3", "--json", "--data", data), err());
		assertEquals("3", ((Map<String, Object>) JsonCheck.parse(out())).get("value"));
		assertEquals(Cli.FAILED, run("setting", "planner.weeklyBudget", "lots", "--data", data));
		assertTrue(err().contains("planner.weeklyBudget must be a whole number from 1 to 50"), err());
		assertEquals(Cli.FAILED, run("setting", "planner.dailyRun", "2030-01-01", "--data", data));
		assertTrue(err().contains("unknown setting planner.dailyRun"), err());
		assertEquals(0, run("setting", "placeholder.company", "瑞信科技", "--data", data), err());
		assertEquals("placeholder.company = 瑞信科技", out().strip());
	}
}
