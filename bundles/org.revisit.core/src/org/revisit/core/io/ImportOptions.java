package org.revisit.core.io;

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
 */
public record ImportOptions(boolean dryRun, Charset encoding, Path rejects, LongConsumer progress) {

	public static ImportOptions defaults() {
		return new ImportOptions(false, null, null, null);
	}

	public ImportOptions withDryRun(boolean dry) {
		return new ImportOptions(dry, encoding, rejects, progress);
	}

	public ImportOptions withEncoding(Charset charset) {
		return new ImportOptions(dryRun, charset, rejects, progress);
	}

	public ImportOptions withRejects(Path file) {
		return new ImportOptions(dryRun, encoding, file, progress);
	}

	public ImportOptions withProgress(LongConsumer listener) {
		return new ImportOptions(dryRun, encoding, rejects, listener);
	}
}
