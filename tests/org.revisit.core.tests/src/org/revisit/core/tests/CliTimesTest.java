package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Every time the command line prints says its zone: ISO-8601 with the offset, in the contact's zone where a
 * contact is concerned, else in this computer's; JSON in UTC. The tests run on a computer in New York, serving
 * contacts in Shanghai.
 */
class CliTimesTest extends CliTestSupport {

	@TempDir
	Path dir;

	private final TimeZone machineZone = TimeZone.getDefault();
	private Clock clock;

	@Override
	Clock clock() {
		return clock != null ? clock : TestClock.fixed();
	}

	@AfterEach
	void restoreTheMachineZone() {
		TimeZone.setDefault(machineZone);
	}

	@Test
	@SuppressWarnings("unchecked")
	void queueClaimAndExplainSayTheOffsetOfEveryTime() {
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		// 09:00 in Shanghai, 20:00 the evening before in New York; the clock says 01:00Z
		CallTask task;
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			task = TaskFixtures.plan(store, 1, Instant.parse("2026-11-23T01:00:00Z"), 50).get(0);
		}
		String data = dir.toString();

		assertEquals(0, run("queue", "--date", "2026-11-22", "--data", data), err());
		assertTrue(out().contains(" 2026-11-23T09:00+08:00 "), "the contact's local time with its offset: " + out());
		assertEquals(0, run("queue", "--date", "2026-11-22", "--json", "--data", data), err());
		Map<String, Object> item = ((List<Map<String, Object>>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("tasks")).get(0);
		assertEquals("2026-11-23T01:00:00Z", item.get("dueFrom"));
		assertEquals("2026-11-23T09:00:00Z", item.get("dueTo"));
		assertEquals("Asia/Shanghai", item.get("timeZone"));

		assertEquals(0, run("explain", Long.toString(task.getContact().getId()), "--at", "2026-11-23T10:00+08:00",
				"--data", data), err());
		assertTrue(out().contains(" at 2026-11-23T10:00+08:00 (Asia/Shanghai)"), out());
		assertTrue(out().contains("due 2026-11-23T09:00+08:00"), out());
		assertTrue(out().contains("due since 2026-11-23T09:00+08:00"), "the gate's detail too: " + out());

		assertEquals(0, run("claim", "--data", data), err());
		assertTrue(out().contains("due 2026-11-23T09:00+08:00 to 2026-11-23T17:00+08:00"), out());
		assertTrue(out().contains("lease until 2026-11-22T20:30-05:00"), "the lease in this computer's zone: " + out());
		assertEquals(0, run("claim", "--data", data), err());
		assertTrue(out().contains("Nothing is due"), out());
	}

	@Test
	void exportedTimesCarryTheContactsOffsetAndImportTheSameOnAnotherMachine() throws Exception {
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		Path file = dir.resolve("c.csv");
		Files.writeString(file, "name,mobile,time_zone,consent,consent_date,do_not_call,dnc_date\n"
				+ "王伟,13800000001,Asia/Shanghai,yes,2024-05-01 10:30,no,\n"
				+ "李娜,13800000002,Asia/Urumqi,no,,yes,2024-05-02T08:00:00Z\n", StandardCharsets.UTF_8);
		String data = dir.resolve("ny").toString();
		assertEquals(0, run("import", "contacts", file.toString(), "--data", data), err());
		Path exported = dir.resolve("export.csv");
		assertEquals(0, run("export", "contacts", exported.toString(), "--data", data), err());
		String text = Files.readString(exported, StandardCharsets.UTF_8);
		// 10:30 in New York (a time without an offset is this computer's) is 22:30 in Shanghai
		assertTrue(text.contains(",2024-05-01T22:30:00+08:00,"), text);
		assertTrue(text.contains(",2024-05-02T14:00:00+06:00,"), text);

		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		String other = dir.resolve("utc").toString();
		assertEquals(0, run("import", "contacts", exported.toString(), "--data", other), err());
		try (Store store = Store.open(StoreConfig.embedded(Path.of(other)))) {
			List<Contact> contacts = store.contacts().page(0, 2);
			assertEquals(Instant.parse("2024-05-01T14:30:00Z"), contacts.get(0).getConsentDate().toInstant());
			assertEquals(Instant.parse("2024-05-02T08:00:00Z"), contacts.get(1).getDoNotCallDate().toInstant());
		}
	}

	@Test
	void theDemoPlansTheDayOfItsContactsNotTheDateOfAMachineInUtc() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		// 20:00 on the 23rd in UTC is 04:00 on the 24th in China: the 23rd's calling windows are over there
		Instant now = Instant.parse("2026-11-23T20:00:00Z");
		clock = Clock.fixed(now, ZoneId.of("UTC"));
		String data = dir.toString();
		assertEquals(0, run("demo", "--contacts", "60", "--data", data), err());
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertEquals(0, store.tasks().overdueCount(now), "no demo call is overdue the moment it is planned");
			assertTrue(store.counts().openTasks() > 0);
		}
	}
}
