package org.revisit.core.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an import did.
 *
 * @param read the data rows read (blank lines not counted)
 * @param stored the rows stored (0 in a dry run)
 * @param valid the rows that passed validation (stored, or would be in a dry run)
 * @param rejected the rows not stored
 * @param encoding the encoding the file was read in
 * @param firstRejects the first rejected rows (at most {@link #MAX_LISTED})
 * @param warnings things that did not stop the import, e.g. ignored columns
 */
public record ImportResult(long read, long stored, long valid, long rejected, Charset encoding,
		List<Reject> firstRejects, List<String> warnings) {

	public static final int MAX_LISTED = 20;
}
