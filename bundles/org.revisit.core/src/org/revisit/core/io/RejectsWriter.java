package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rejected rows as CSV: line, column, reason, then the row's original fields under the file's own
 * header. UTF-8 with a byte-order mark, so that Excel opens it with the Chinese text intact; values that a
 * spreadsheet would run as formulas are neutralised as in an export ({@link Values#neutralise}). The rows go to a
 * {@code .partial} sibling that {@link #commit} moves into place, so a failed import leaves neither half a
 * rejects file nor a clobbered earlier one.
 */
final class RejectsWriter implements Closeable {

	/** CSV as Excel writes it: RFC 4180 with CRLF line ends. */
	static final CSVFormat EXCEL = CSVFormat.RFC4180;

	private final CSVPrinter printer;
	private final Path target;
	private final Path partial;
	private boolean closed;

	RejectsWriter(Path file, List<String> header) throws IOException {
		target = file.toAbsolutePath();
		partial = target.resolveSibling(target.getFileName() + ".partial");
		BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
		out.write('\uFEFF');
		printer = new CSVPrinter(out, EXCEL);
		List<String> names = new ArrayList<>(List.of("line", "column", "reason"));
		names.addAll(header);
		names.replaceAll(Values::neutralise);
		printer.printRecord(names);
	}

	void write(Reject reject) throws IOException {
		List<String> values = new ArrayList<>(reject.fields().size() + 3);
		values.add(Long.toString(reject.line()));
		values.add(reject.column() == null ? "" : reject.column());
		values.add(reject.reason());
		values.addAll(reject.fields());
		// The rows are the file's own text, opened in a spreadsheet like an export.
		values.replaceAll(Values::neutralise);
		printer.printRecord(values);
	}

	Path target() {
		return target;
	}

	/** Finishes the file and moves it into place. */
	void commit() throws IOException {
		closed = true;
		printer.close();
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Without {@link #commit}: drops what was written. */
	@Override
	public void close() throws IOException {
		try {
			if (!closed) {
				closed = true;
				printer.close();
			}
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
