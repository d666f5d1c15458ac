package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cli answers import|list|search|export|versions|restore} and {@code cli report answers} on a real database. */
class AnswerCliTest extends CliTestSupport {

	@TempDir
	Path dir;

	private String data() {
		return dir.resolve("data").toString();
	}

	@Test
	@SuppressWarnings("unchecked")
	void importReportsEveryOddLineThenListSearchAndExport() throws Exception {
		Path doc = dir.resolve("training.txt");
		// a GB18030 document, as saved by many editors in China
		Files.writeString(doc, AnswerImportTest.ATTITUDE, Charset.forName("GB18030"));

		assertEquals(0, run("answers", "import", doc.toString(), "--dry-run", "--json", "--data", data()), err());
		Map<String, Object> dry = (Map<String, Object>) JsonCheck.parse(out());
		assertEquals(Boolean.TRUE, dry.get("dryRun"));
		assertEquals(3.0, ((Number) dry.get("entries")).doubleValue());
		List<Map<String, Object>> problems = (List<Map<String, Object>>) dry.get("problems");
		assertEquals(List.of(8.0, 11.0, 12.0), problems.stream().map(p -> ((Number) p.get("line")).doubleValue()).toList());
		assertEquals("NO_REPLY", problems.get(2).get("kind"));

		assertEquals(0, run("answers", "import", doc.toString(), "--data", data()), err());
		String text = out().replace("\r", "");
		assertTrue(text.contains(doc + ":12: no reply: "), text);
		assertTrue(text.contains("Imported 4 categories, 3 entries, 2 branches") && text.contains("version 1"), text);

		assertEquals(0, run("answers", "list", "--category", "收费", "--data", data()), err());
		assertTrue(out().contains("Answer library version 1") && out().contains("这笔费用我不认可"), out());

		assertEquals(0, run("answers", "search", "fwys", "--json", "--data", data()), err());
		List<Map<String, Object>> hits = (List<Map<String, Object>>) JsonCheck.parse(out());
		assertTrue(!hits.isEmpty() && String.valueOf(hits.get(0).get("category")).contains("服务延时"), out());
		assertEquals(0, run("answers", "search", "number", "--language", "en", "--data", data()), err());
		assertTrue(out().contains("Who gave you my number?"), out());

		Path exported = dir.resolve("library.txt");
		assertEquals(0, run("answers", "export", exported.toString(), "--data", data()), err());
		String written = Files.readString(exported, StandardCharsets.UTF_8);
		assertTrue(written.contains("(一)服务延时") && written.contains("[complaint: FEES]"), written);
		assertEquals(0, run("answers", "import", exported.toString(), "--replace", "--json", "--data", data()), err());
		List<Map<String, Object>> again = (List<Map<String, Object>>) ((Map<String, Object>) JsonCheck.parse(out()))
				.get("problems");
		assertEquals(List.of("NO_REPLY"), again.stream().map(p -> p.get("kind")).toList(),
				"only the entry without reply is reported again: " + out());

		assertEquals(0, run("answers", "versions", "--data", data()), err());
		String versions = out().replace("\r", "");
		assertTrue(versions.contains("  version 1  ") && versions.contains("* version 2  ")
				&& versions.contains("3 entries added, 0 changed, 0 removed  (import of training.txt"), versions);
		assertEquals(0, run("answers", "versions", "--json", "--data", data()), err());
		List<Map<String, Object>> listed = (List<Map<String, Object>>) JsonCheck.parse(out());
		assertEquals(2, listed.size());
		assertEquals(3, ((List<?>) listed.get(0).get("added")).size(), out());
		assertEquals(0, run("answers", "restore", "1", "--data", data()), err());
		assertTrue(out().contains("Restored version 1 of the answer library as version 3."), out());
		assertEquals(0, run("answers", "list", "--data", data()), err());
		assertTrue(out().contains("Answer library version 3"), out());
		assertEquals(2, run("answers", "restore", "one", "--data", data()));
		assertTrue(run("answers", "restore", "9", "--data", data()) != 0);
		assertTrue(err().contains("version 9"), err());

		assertEquals(0, run("report", "answers", "--from", "2026-11-01", "--to", "2026-11-30", "--data", data()), err());
		assertTrue(out().contains("Replies used") && out().contains("Replies before a dissatisfied answer"), out());

		assertEquals(2, run("answers", "search", "--data", data()));
		assertEquals(2, run("answers", "frobnicate", "--data", data()));
	}
}
