package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rejected rows as CSV: line, column, reason, then the row's original fields under the file's own
 * header. UTF-8 with a byte-order mark, so that Excel opens it with the Chinese text intact.
 */
final class RejectsWriter implements Closeable {

	/** CSV as Excel writes it: RFC 4180 with CRLF line ends. */
	static final CSVFormat EXCEL = CSVFormat.RFC4180;

	private final CSVPrinter printer;

	RejectsWriter(Path file, List<String> header) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		out.write('\uFEFF');
		printer = new CSVPrinter(out, EXCEL);
		List<String> names = new ArrayList<>(List.of("line", "column", "reason"));
		names.addAll(header);
		printer.printRecord(names);
	}

	void write(Reject reject) throws IOException {
		List<String> values = new ArrayList<>(reject.fields().size() + 3);
		values.add(Long.toString(reject.line()));
		values.add(reject.column() == null ? "" : reject.column());
		values.add(reject.reason());
		values.addAll(reject.fields());
		printer.printRecord(values);
	}

	@Override
	public void close() throws IOException {
		printer.close();
	}
}
