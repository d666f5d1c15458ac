package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * {@code cli campaign}: every subcommand on a real data folder, and the bad campaign files, each refused with one
 * line naming the file and the field, with nothing stored.
 */
class CampaignCliTest extends CliTestSupport {

	@TempDir
	Path dir;
	private String data;

	private static final String GOOD = """
			{
			  "name": "续约提醒",
			  "callTypeId": "org.revisit.tests.calltype.renewal",
			  "activeFrom": "2026-11-01",
			  "activeTo": "2027-01-31",
			  "priority": 55,
			  "targetFilter": "tag:renewal",
			  "callingWindows": ["09:00-10:00", "14:00-16:00"],
			  "maxAttempts": 4,
			  "retryMinutes": {"NO_ANSWER": 120},
			  "parameters": {"renewalDate": "2027-01-01", "plan": "premium"}
			}
			""";

	@BeforeEach
	void contacts() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()))) {
			CampaignServiceTest.renewalContacts(store, 4);
		}
		data = dir.resolve("db").toString();
	}

	private String file(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toString();
	}

	private Map<?, ?> json() {
		return (Map<?, ?>) JsonCheck.parse(out());
	}

	@Test
	void everySubcommandOnOneCampaign() throws IOException {
		assertEquals(0, run("campaign", "create", file("good.json", GOOD), "--json", "--data", data), err());
		Map<?, ?> created = json();
		String id = String.valueOf(((Double) created.get("id")).longValue());
		assertEquals("DRAFT", created.get("state"));
		assertEquals(List.of("09:00-10:00", "14:00-16:00"), created.get("callingWindows"));
		assertEquals(4.0, created.get("maxAttempts"));
		assertEquals(Map.of("NO_ANSWER", 120.0), created.get("retryMinutes"));

		assertEquals(0, run("campaign", "list", "--data", data), err());
		assertTrue(out().contains("draft") && out().contains("续约提醒 (org.revisit.tests.calltype.renewal)"), out());
		assertTrue(out().contains("1 campaigns"), out());

		assertEquals(0, run("campaign", "preview", id, "--json", "--data", data), err());
		assertEquals(4.0, json().get("calls"), out());
		assertEquals(0, run("campaign", "list", "--json", "--data", data), err());
		assertEquals(0.0, ((Map<?, ?>) ((List<?>) JsonCheck.parse(out())).get(0)).get("calls"), "the preview stored nothing");

		assertEquals(0, run("campaign", "activate", id, "--data", data), err());
		assertTrue(out().startsWith("Activated campaign " + id + " \"续约提醒\" (active"), out());
		assertEquals(0, run("plan", "--data", data), err());
		assertEquals(0, run("campaign", "show", id, "--json", "--data", data), err());
		assertEquals(4.0, json().get("openCalls"));

		assertEquals(0, run("campaign", "edit", id, file("edit.json", "{\"priority\": 70, \"parameters\": {\"plan\": \"basic\"}}"),
				"--json", "--data", data), err());
		assertEquals(70.0, json().get("priority"));
		assertEquals(Map.of("renewalDate", "2027-01-01", "plan", "basic"), json().get("parameters"));
		assertEquals("ACTIVE", json().get("state"), "an edit keeps the state");

		assertEquals(Cli.FAILED, run("campaign", "edit", id, file("stale.json", "{\"version\": 0, \"priority\": 10}"),
				"--data", data));
		assertTrue(err().contains("changed"), err());

		assertEquals(0, run("campaign", "pause", id, "--data", data), err());
		assertTrue(out().contains("(paused"), out());
		assertEquals(0, run("queue", "--json", "--data", data), err());
		assertEquals(0, run("campaign", "resume", id, "--data", data), err());
		assertTrue(out().contains("(active"), out());

		assertEquals(0, run("campaign", "copy", id, "--json", "--data", data), err());
		String copy = String.valueOf(((Double) json().get("id")).longValue());
		assertEquals("续约提醒 (copy)", json().get("name"));
		assertEquals("DRAFT", json().get("state"));
		assertEquals(0, run("campaign", "delete", copy, "--data", data), err());
		assertTrue(out().startsWith("Deleted campaign " + copy), out());

		assertEquals(Cli.USAGE, run("campaign", "end", id, "--data", data));
		assertTrue(err().contains("--reason"), err());
		assertEquals(0, run("campaign", "end", id, "--reason", "合同政策变更", "--json", "--data", data), err());
		assertEquals(4.0, json().get("cancelled"));
		assertEquals(0, run("campaign", "show", id, "--data", data), err());
		assertTrue(out().contains("ENDED") && out().contains("合同政策变更"), out());
		assertEquals(Cli.FAILED, run("campaign", "resume", id, "--data", data));
		assertTrue(err().contains("is ended and cannot become active"), err());
	}

	@Test
	void badFilesAreOneClearErrorEachAndNothingIsStored() throws IOException {
		assertBad("malformed.json", "{\n  \"name\": \"续约\",\n  \"priority\": 5,,\n}", "malformed JSON at line 3");
		assertBad("unknownType.json", GOOD.replace("org.revisit.tests.calltype.renewal", "com.example.nothing"),
				"callTypeId: no call type 'com.example.nothing' is installed");
		assertBad("noDate.json", GOOD.replace("\"renewalDate\": \"2027-01-01\", ", ""),
				"parameters.renewalDate: is required");
		assertBad("backwards.json", GOOD.replace("\"activeTo\": \"2027-01-31\"", "\"activeTo\": \"2026-10-01\""),
				"activeTo");
		assertBad("badDate.json", GOOD.replace("\"2026-11-01\"", "\"next week\""),
				"activeFrom: must be a date like 2026-12-31, not 'next week'");
		assertBad("unknownField.json", GOOD.replace("\"priority\"", "\"prio\""), "unknown field 'prio'");
		assertBad("badWindow.json", GOOD.replace("\"09:00-10:00\"", "\"9 to 10\""), "'9 to 10' is not a window like 09:00-10:00");
		assertBad("list.json", "[1, 2]", "holds one JSON object");
		assertEquals(0, run("campaign", "list", "--json", "--data", data), err());
		assertEquals(List.of(), JsonCheck.parse(out()), "nothing stored");
		assertEquals(Cli.FAILED, run("campaign", "create", dir.resolve("missing.json").toString(), "--data", data));
		assertTrue(err().contains("no such file"), err());
	}

	private void assertBad(String name, String text, String expected) throws IOException {
		String path = file(name, text);
		assertEquals(Cli.FAILED, run("campaign", "create", path, "--data", data), name + ": " + out());
		String e = err().strip();
		assertEquals(1, e.lines().count(), "one line: " + e);
		assertTrue(e.startsWith("revisit campaign: " + path + ": "), e);
		assertTrue(e.contains(expected), e);
	}

	@Test
	void theEnglishNameAndTheBudgetShareTravelInTheFile() throws IOException {
		String both = GOOD.replace("\"priority\": 55,", "\"nameEn\": \"Renewal reminder\", \"budgetShare\": 50, \"priority\": 55,");
		assertEquals(0, run("campaign", "create", file("both.json", both), "--json", "--data", data), err());
		String id = String.valueOf(((Double) json().get("id")).longValue());
		assertEquals(0, run("campaign", "show", id, "--json", "--data", data), err());
		assertEquals("Renewal reminder", json().get("nameEn"));
		assertEquals(50.0, json().get("budgetShare"));
		assertEquals(0, run("campaign", "edit", id, file("share.json", "{\"budgetShare\": 100, \"nameEn\": null}"),
				"--json", "--data", data), err());
		assertEquals(100.0, json().get("budgetShare"));
		assertEquals(null, json().get("nameEn"));
		assertEquals(0, run("campaign", "create", file("plain.json", GOOD), "--json", "--data", data), err());
		assertEquals(100.0, json().get("budgetShare"), "the whole budget unless the file says otherwise");
		assertEquals(Cli.FAILED, run("campaign", "create", file("zero.json", GOOD.replace("\"priority\": 55,",
				"\"budgetShare\": 0, \"priority\": 55,")), "--data", data));
		assertTrue(err().contains("budgetShare") && err().contains("1 to 100"), err());
		assertEquals(Cli.FAILED, run("campaign", "create", file("half.json", GOOD.replace("\"priority\": 55,",
				"\"budgetShare\": \"half\", \"priority\": 55,")), "--data", data));
		assertTrue(err().contains("budgetShare: must be a whole number"), err());
	}

	/**
	 * The script version is explicit: "current" (follow the script's newest version) or a number that pins it; a
	 * file written before the word (0 for current) reads as current; anything else names the field.
	 */
	@Test
	void theScriptVersionIsCurrentOrANumber() throws IOException {
		String current = GOOD.replace("\"priority\": 55,", "\"priority\": 55, \"scriptId\": \"renewal\", \"scriptVersion\": \"current\",");
		assertEquals(0, run("campaign", "create", file("current.json", current), "--json", "--data", data), err());
		String id = String.valueOf(((Double) json().get("id")).longValue());
		assertEquals("current", json().get("scriptVersion"));
		assertEquals(0, run("campaign", "show", id, "--data", data), err());
		assertTrue(out().lines().anyMatch(l -> l.matches("scriptVersion:\\s+current")), out());

		assertEquals(0, run("campaign", "edit", id, file("pin.json", "{\"scriptVersion\": 3}"), "--json", "--data", data),
				err());
		assertEquals(3.0, json().get("scriptVersion"), "pinned");
		assertEquals(0, run("campaign", "edit", id, file("old.json", "{\"scriptVersion\": 0}"), "--json", "--data", data),
				err());
		assertEquals("current", json().get("scriptVersion"), "an old file's 0 is the current version");

		assertBad("latest.json", current.replace("\"current\"", "\"latest\"").replace("续约提醒", "最新"),
				"scriptVersion: must be \"current\" (the script's newest version) or a version number from 1, not 'latest'");
		assertBad("negative.json", current.replace("\"current\"", "-2").replace("续约提醒", "负数"),
				"scriptVersion: must be \"current\"");
	}

	@Test
	void wrongCommandLines() {
		assertEquals(Cli.USAGE, run("campaign", "--data", data));
		assertTrue(err().contains("expected one of: campaign list"), err());
		assertEquals(Cli.USAGE, run("campaign", "pause", "abc", "--data", data));
		assertTrue(err().contains("a campaign id is a number above 0, not 'abc'"), err());
		assertEquals(Cli.FAILED, run("campaign", "show", "99", "--data", data));
		assertTrue(err().contains("There is no campaign 99"), err());
		assertEquals(0, run("campaign", "--help"));
		assertTrue(out().contains("campaign end ID --reason TEXT"), out());
	}
	/** A file with "active": true runs the preview the workbench shows before Activate: no call placed is a warning. */
	@Test
	void anActiveFileIsPreviewedFirst() throws IOException {
		String active = GOOD.replace("\"priority\": 55,", "\"priority\": 55, \"active\": true,");
		assertEquals(0, run("campaign", "create", file("active.json", active), "--json", "--data", data), err());
		Map<?, ?> created = json();
		assertEquals("ACTIVE", created.get("state"));

		String nobody = active.replace("tag:renewal", "tag:nobody").replace("续约提醒", "无人");
		assertEquals(0, run("campaign", "create", file("nobody.json", nobody), "--json", "--data", data), err());
		Map<?, ?> warned = json();
		assertEquals("ACTIVE", warned.get("state"));
		assertTrue(String.valueOf(warned.get("warning")).contains("places no call in the next 30 days"),
				String.valueOf(warned));
		assertEquals(0, run("campaign", "create", file("nobody2.json", nobody.replace("无人", "无人2")), "--data", data),
				err());
		assertTrue(out().startsWith("Warning: the preview places no call"), out());
	}
}
