package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.revisit.core.report.ReportCsv;
import org.revisit.core.report.ReportTable;

/** A report's CSV does not hand a spreadsheet a formula from a name, note or answer; numbers stay numbers. */
class ReportCsvTest {

	@Test
	void textThatAFormulaWouldStartWithIsNeutralisedAndNumbersAreNot() throws Exception {
		ReportTable table = new ReportTable("t", List.of("note", "score"),
				List.of(List.of("=HYPERLINK(\"http://x\")", -3), List.of("@SUM(A1)", 2.5), List.of("平常", 1L)));
		String csv = new String(ReportCsv.write(List.of(table), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		List<String> lines = csv.replace("\uFEFF", "").lines().toList();
		assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",-3", lines.get(lines.indexOf("note,score") + 1), csv);
		assertEquals("'@SUM(A1),2.5", lines.get(lines.indexOf("note,score") + 2), csv);
		assertEquals("平常,1", lines.get(lines.indexOf("note,score") + 3), csv);
	}
}
