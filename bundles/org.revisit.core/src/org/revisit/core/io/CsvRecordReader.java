package org.revisit.core.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/**
 * Splits a CSV text into records and keeps the physical line number where each starts, so that a bad row can be
 * reported by line and the rows after it still read. A single Commons CSV parser over the whole file cannot do
 * that: after a bad quote it cannot resynchronise. So this class finds the record boundaries (a quoted field
 * may span lines), spots quotes that break the CSV rules, and hands each well-formed record to Commons CSV to
 * split and unescape.
 */
final class CsvRecordReader implements Closeable {

	/** A quoted field spanning more lines than this is taken as a quote that was never closed. */
	static final int MAX_LINES_PER_RECORD = 100;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** A record: its fields, or (if malformed) {@code error} and the raw text in {@code fields}. */
	record Record(long line, List<String> fields, String error, int errorColumn) {

		boolean malformed() {
			return error != null;
		}

		boolean blank() {
			for (String f : fields) {
				if (!f.isBlank()) {
					return false;
				}
			}
			return true;
		}
	}

	private record Line(long number, String text) {
	}

	private final BufferedReader in;
	private final Deque<Line> pushedBack = new ArrayDeque<>();
	private long lineNumber;
	private boolean first = true;

	CsvRecordReader(BufferedReader in) {
		this.in = in;
	}

	/** The next record, or {@code null} at the end. */
	Record next() throws IOException {
		Line start = readLine();
		if (start == null) {
			return null;
		}
		StringBuilder text = null;
		List<Line> more = null;
		Line current = start;
		boolean inQuotes = false;
		boolean fieldStart = true;
		int field = 1;
		int quotedField = 0;
		int openField = 0; // the quoted field that the start line leaves open
		while (true) {
			String s = current.text();
			int n = s.length();
			for (int i = 0; i < n; i++) {
				char ch = s.charAt(i);
				if (inQuotes) {
					if (ch == '"') {
						if (i + 1 < n && s.charAt(i + 1) == '"') {
							i++;
						} else if (i + 1 < n && s.charAt(i + 1) != ',') {
							return malformed(start, more, current, field, openField,
									Messages.Import_quoteEnd);
						} else {
							inQuotes = false;
						}
					}
				} else if (ch == ',') {
					field++;
					fieldStart = true;
					continue;
				} else if (ch == '"') {
					if (!fieldStart) {
						return malformed(start, more, current, field, openField,
								Messages.Import_quoteInside);
					}
					inQuotes = true;
					quotedField = field;
				}
				fieldStart = false;
			}
			if (!inQuotes) {
				break;
			}
			// A quoted field goes on on the next line.
			Line next = more != null && more.size() + 1 >= MAX_LINES_PER_RECORD ? null : readLine();
			if (next == null) {
				if (more != null) {
					// Read the lines after the opening line again as records of their own.
					for (int i = more.size() - 1; i >= 0; i--) {
						pushedBack.push(more.get(i));
					}
				}
				return new Record(start.number(), List.of(start.text()),
						Messages.Import_quoteNeverClosed, quotedField);
			}
			if (text == null) {
				text = new StringBuilder(start.text());
				more = new ArrayList<>();
				openField = quotedField;
			}
			text.append('\n').append(next.text());
			more.add(next);
			current = next;
			fieldStart = false;
		}
		String record = text == null ? start.text() : text.toString();
		return new Record(start.number(), split(record, field), null, 0);
	}

	private Record malformed(Line start, List<Line> more, Line at, int field, int openField, String reason) {
		if (more != null) {
			// Only the start line is rejected: a quote opened there and closed badly on a later line says
			// nothing about the lines in between, which are read again as records of their own.
			for (int i = more.size() - 1; i >= 0; i--) {
				pushedBack.push(more.get(i));
			}
			return new Record(start.number(), List.of(start.text()),
					NLS.bind(Messages.Import_quoteRunsOn, at.number()),
					openField);
		}
		return new Record(start.number(), List.of(start.text()), reason, field);
	}

	/** Splits one well-formed record with Commons CSV. */
	private static List<String> split(String record, int expectedFields) throws IOException {
		if (record.indexOf('"') < 0) {
			// Nothing to unescape; Commons CSV would give the same fields.
			List<String> fields = new ArrayList<>(expectedFields);
			int from = 0;
			for (int i = record.indexOf(','); i >= 0; i = record.indexOf(',', from)) {
				fields.add(record.substring(from, i));
				from = i + 1;
			}
			fields.add(record.substring(from));
			return fields;
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(record), FORMAT)) {
			Iterator<CSVRecord> it = parser.iterator();
			if (!it.hasNext()) {
				return List.of("");
			}
			return it.next().toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private Line readLine() throws IOException {
		if (!pushedBack.isEmpty()) {
			return pushedBack.pop();
		}
		String s = in.readLine();
		if (s == null) {
			return null;
		}
		lineNumber++;
		if (first) {
			first = false;
			if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
				s = s.substring(1);
			}
		}
		return new Line(lineNumber, s);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
