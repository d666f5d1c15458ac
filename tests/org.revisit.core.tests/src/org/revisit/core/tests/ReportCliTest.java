package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** {@code report ...} on the known week of {@link ReportFixtures}: text, JSON, CSV in UTF-8 and GBK read back. */
class ReportCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	private String[] args(String... more) {
		List<String> all = new java.util.ArrayList<>(List.of(more));
		all.addAll(List.of("--from", "2026-11-16", "--to", "2026-11-23", "--zone", "Asia/Shanghai", "--data",
				dir.toString()));
		return all.toArray(String[]::new);
	}

	@BeforeEach
	void data() {
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			ReportFixtures.write(store);
		}
	}

	/**
	 * {@code report zone} shows the report zone, sets it (the summaries computed again: the calling report in
	 * London gives the same figures before and after) and refuses a name that is no time zone in one line, in
	 * English and Chinese; a second argument is a usage error.
	 */
	@Test
	void theReportZoneIsShownSetAndChecked() {
		String data = dir.toString();
		assertEquals(0, run("report", "zone", "--data", data), err());
		assertEquals("Report zone: Asia/Shanghai", out().strip());
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			org.revisit.store.ReportSummaries.fold(store);
		}
		String[] london = { "report", "calling", "--by", "day", "--from", "2026-11-16", "--to", "2026-11-23", "--zone",
				"Europe/London", "--json", "--data", data };
		assertEquals(0, run(london), err());
		String before = out();
		assertEquals(0, run("report", "zone", "Europe/London", "--data", data), err());
		assertTrue(out().startsWith("Report zone: Europe/London (was Asia/Shanghai); the summaries were computed again in "),
				out());
		assertEquals(0, run("report", "zone", "--json", "--data", data), err());
		assertTrue(out().contains("\"zone\": \"Europe/London\""), out());
		assertEquals(0, run(london), err());
		assertEquals(before, out(), "the same figures through the summaries in London");
		assertEquals(1, run("report", "zone", "Europe/Londn", "--data", data));
		assertEquals("revisit report zone: report zone: not a time zone: 'Europe/Londn' (a name such as Europe/London, "
				+ "Asia/Shanghai or UTC)", err().strip());
		assertEquals(1, run("report", "zone", "Nowhere/X", "--lang", "zh", "--data", data));
		assertTrue(err().strip().startsWith("revisit report zone: 报表时区：不是时区：“Nowhere/X”"), err());
		assertEquals(2, run("report", "zone", "UTC", "Europe/London", "--data", data));
		assertEquals(0, run("report", "zone", "--data", data), err());
		assertEquals("Report zone: Europe/London", out().strip(), "the refused changes changed nothing");
	}

	@Test
	void callingAsText() {
		assertEquals(0, run(args("report", "calling")), err());
		assertTrue(out().contains("Return visits"), out());
		assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("Total") && l.contains(" 7 ") && l.contains(" 6 ")),
				out());
	}

	@Test
	void callingAsCsvInUtf8WithBom() throws Exception {
		Path csv = dir.resolve("calling.csv");
		assertEquals(0, run(args("report", "calling", "--by", "agent", "--csv", csv.toString())), err());
		byte[] bytes = Files.readAllBytes(csv);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertEquals("Calling per agent", lines.get(0), "two tables, each under its title");
		assertEquals("agent,planned,attempted,reached,contact rate,completed,completion rate,refused,unreachable,"
				+ "wrong numbers,attempts per completed,talk minutes", lines.get(1));
		assertTrue(lines.contains("Today and the same weekday last week"), lines.toString());
		assertTrue(lines.contains("wang,2,2,2,1,2,1,0,0,0,2,8"), lines.toString());
		assertTrue(lines.contains("Total,7,6,4,0.6667,3,0.75,0,1,1,2,13"), lines.toString());
	}

	@Test
	void complaintsAsCsvInGbk() throws Exception {
		Path csv = dir.resolve("complaints.csv");
		assertEquals(0, run(args("report", "complaints", "--csv", csv.toString(), "--encoding", "GBK")), err());
		byte[] bytes = Files.readAllBytes(csv);
		assertTrue(bytes[0] != (byte) 0xEF, "GBK has no byte order mark");
		String text = new String(bytes, Charset.forName("GBK"));
		assertTrue(text.contains("FEES,发票开错,5,6,"), text);
		assertTrue(text.startsWith("Complaints\r\ncategory,severity,complaints"), text);
	}

	@Test
	void callbacksAsJson() {
		assertEquals(0, run(args("report", "callbacks", "--json")), err());
		String json = out();
		assertTrue(json.contains("\"report\": \"callbacks\""), json);
		assertTrue(json.contains("\"minutes late\": 1"), json);
		assertTrue(json.contains("\"service level\": 0.4"), json);
	}

	@Test
	void theCallsBehindAFigure() {
		assertEquals(0, run(args("report", "calls", "--figure", "completed", "--by", "campaign", "--key", "1", "--json")),
				err());
		assertTrue(out().contains("\"name\": \"王五\""), out());
		assertTrue(out().contains("\"attempts\": 3"), out());
	}

	@Test
	void wrongOptionsSayWhich() {
		assertEquals(Cli.USAGE, run("report", "calling", "--from", "2026-11-16", "--data", dir.toString()));
		assertTrue(err().contains("--to DATE is required"), err());
		assertEquals(Cli.USAGE, run(args("report", "calling", "--by", "colour")));
		assertTrue(err().contains("--by must be"), err());
		assertEquals(Cli.USAGE, run(args("report", "quality", "--csv", dir.resolve("q.csv").toString(), "--encoding",
				"latin9")));
		assertEquals(Cli.FAILED, run("report", "calling", "--from", "2026-11-20", "--to", "2026-11-01", "--data",
				dir.toString()));
		assertTrue(err().contains("to:"), err());
	}

	@Test
	void satisfactionSupervisionAndQualityPrint() {
		assertEquals(0, run(args("report", "satisfaction")), err());
		assertTrue(out().contains("too slow"), out());
		assertEquals(0, run(args("report", "supervision")), err());
		assertTrue(out().contains("张工"), out());
		assertEquals(0, run(args("report", "quality", "--json")), err());
		assertTrue(out().contains("\"verified share\": 0.5"), out());
	}
	@Test
	void aCsvExportIsAuditedAndTextOrJsonIsNot() {
		Path csv = dir.resolve("calling.csv");
		assertEquals(0, run(args("report", "calling", "--agent", "wang", "--csv", csv.toString())), err());
		assertEquals(0, run(args("report", "calling", "--json")), err());
		assertEquals(0, run(args("report", "calls", "--figure", "planned", "--csv", dir.resolve("calls.csv").toString())),
				err());
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			List<AuditRecord> entries = store.audit().find(null, null, null, "EXPORT", 0, 10);
			assertEquals(2, entries.size(), entries.toString());
			assertEquals("calls as csv to " + dir.resolve("calls.csv") + "; 2026-11-16 to 2026-11-23 (Asia/Shanghai)",
					entries.get(0).detail());
			assertEquals("calling as csv to " + csv + "; 2026-11-16 to 2026-11-23 (Asia/Shanghai), agent wang",
					entries.get(1).detail());
			assertEquals("Report", entries.get(1).entity());
			assertTrue(entries.get(1).user() != null && !entries.get(1).user().isBlank());
		}
	}
}
