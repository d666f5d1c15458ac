package org.revisit.core.io;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * How to run an import.
 *
 * @param dryRun validate and report only, store nothing
 * @param encoding the file's encoding, or {@code null} to detect UTF-8 or GBK
 * @param rejects where to write the rejected rows (CSV, UTF-8 with BOM), or {@code null}
 * @param progress told the number of rows stored so far (in the import's open transaction) after each batch,
 *            or {@code null}
 * @param rejectsTo a stream to write the rejected rows to instead of a file (the services send them back to the
 *            client as bytes), or {@code null}; written completely only when the import succeeds
 */
public record ImportOptions(boolean dryRun, Charset encoding, Path rejects, LongConsumer progress,
		OutputStream rejectsTo) {

	public ImportOptions {
		if (rejects != null && rejectsTo != null) {
			throw new IllegalArgumentException("The rejected rows go to a file or to a stream, not both");
		}
	}

	public static ImportOptions defaults() {
		return new ImportOptions(false, null, null, null, null);
	}

	public ImportOptions withDryRun(boolean dry) {
		return new ImportOptions(dry, encoding, rejects, progress, rejectsTo);
	}

	public ImportOptions withEncoding(Charset charset) {
		return new ImportOptions(dryRun, charset, rejects, progress, rejectsTo);
	}

	public ImportOptions withRejects(Path file) {
		return new ImportOptions(dryRun, encoding, file, progress, rejectsTo);
	}

	public ImportOptions withProgress(LongConsumer listener) {
		return new ImportOptions(dryRun, encoding, rejects, listener, rejectsTo);
	}

	public ImportOptions withRejectsTo(OutputStream stream) {
		return new ImportOptions(dryRun, encoding, rejects, progress, stream);
	}
}
