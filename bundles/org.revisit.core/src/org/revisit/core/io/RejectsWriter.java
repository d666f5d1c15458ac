package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 * spreadsheet would run as formulas are neutralised as in an export ({@link Values#neutralise}). Written to a
 * file, the rows go to a {@code .partial} sibling that {@link #commit} moves into place, so a failed import
 * leaves neither half a rejects file nor a clobbered earlier one; written to a stream, they are the caller's to
 * drop when the import fails.
 */
final class RejectsWriter implements Closeable {

	/** CSV as Excel writes it: RFC 4180 with CRLF line ends. */
	static final CSVFormat EXCEL = CSVFormat.RFC4180;

	private final CSVPrinter printer;
	private final Path target;
	private final Path partial;
	private boolean closed;

	/** Rejects written to {@code file} (through its {@code .partial} sibling). */
	RejectsWriter(Path file, List<String> header) throws IOException {
		target = file.toAbsolutePath();
		partial = target.resolveSibling(target.getFileName() + ".partial");
		printer = start(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), header);
	}

	/** Rejects written to {@code stream}, which the caller drops if the import fails. */
	RejectsWriter(OutputStream stream, List<String> header) throws IOException {
		target = null;
		partial = null;
		printer = start(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), header);
	}

	private static CSVPrinter start(BufferedWriter out, List<String> header) throws IOException {
		out.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(out, EXCEL);
		List<String> names = new ArrayList<>(List.of("line", "column", "reason"));
		names.addAll(header);
		names.replaceAll(Values::neutralise);
		printer.printRecord(names);
		return printer;
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

	/** The file written, or {@code null} for a stream. */
	Path target() {
		return target;
	}

	/** Finishes the rejects and moves a file into place. */
	void commit() throws IOException {
		closed = true;
		printer.close();
		if (partial != null) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/** Without {@link #commit}: drops what was written to a file. */
	@Override
	public void close() throws IOException {
		try {
			if (!closed) {
				closed = true;
				printer.close();
			}
		} finally {
			if (partial != null) {
				Files.deleteIfExists(partial);
			}
		}
	}
}
