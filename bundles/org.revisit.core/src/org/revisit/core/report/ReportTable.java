package org.revisit.core.report;

import java.util.List;

/**
 * One table of a report as people read it: a title, the column names and the rows; a cell is a {@link String}, a
 * {@link Long}, a {@link Double} (a rate or a mean) or {@code null}.
 */
public record ReportTable(String title, List<String> columns, List<List<Object>> rows) {
}
