package org.revisit.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.core.io.CsvRecordReader.Record;

/**
 * The first rows of an import file as they decode, and the column each header field matches (by its English or
 * Chinese name, or an alias), for the import wizard to show and let the user change before anything is checked
 * or stored.
 */
public final class ImportPreviewer {

	/** The names of a column an import knows, and whether a file must have it. */
	public record ColumnName(String english, String chinese, boolean required) {
	}

	/**
	 * What the file looks like.
	 *
	 * @param encoding the encoding the rows were decoded in (the one asked for, or the one detected)
	 * @param header the header row's fields
	 * @param rows the first data rows (a malformed row as its raw line)
	 * @param mapping per header field, the English name of the column it matches, or "" if none
	 */
	public record Preview(Charset encoding, List<String> header, List<List<String>> rows, List<String> mapping) {
	}

	private ImportPreviewer() {
	}

	/** The columns of a contacts file or ({@code events}) of a service-events file. */
	public static List<ColumnName> columns(boolean events) {
		List<ColumnName> names = new ArrayList<>();
		for (Column c : events ? EventColumn.values() : (Column[]) ContactColumn.values()) {
			names.add(new ColumnName(c.english(), c.chinese(), c.required()));
		}
		return names;
	}

	/**
	 * Reads the header and up to {@code max} rows of {@code source} in {@code encoding} ({@code null}: detected).
	 *
	 * @throws ImportException if the file cannot be read or has no header row
	 */
	public static Preview preview(ImportSource source, boolean events, Charset encoding, int max)
			throws ImportException {
		Charset charset;
		try {
			charset = encoding != null ? encoding : source.detectEncoding();
		} catch (IOException e) {
			throw new ImportException(IoErrors.cannotRead(source.name(), e), e);
		}
		try (CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new InputStreamReader(source.open(),
				charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)),
				1 << 16))) {
			Record first = reader.next();
			if (first == null || first.malformed()) {
				throw new ImportException(first == null ? NLS.bind(Messages.ImportFile_empty, source.name())
						: NLS.bind(Messages.ImportFile_badHeaderRow, source.name(), first.error()));
			}
			List<List<String>> rows = new ArrayList<>();
			for (Record r = reader.next(); r != null && rows.size() < max; r = reader.next()) {
				if (!r.blank()) {
					rows.add(List.copyOf(r.fields()));
				}
			}
			List<String> mapping = new ArrayList<>();
			for (String field : first.fields()) {
				Column c = events ? Header.match(EventColumn.class, field) : Header.match(ContactColumn.class, field);
				mapping.add(c == null || mapping.contains(c.english()) ? "" : c.english());
			}
			return new Preview(charset, List.copyOf(first.fields()), rows, mapping);
		} catch (IOException e) {
			throw new ImportException(IoErrors.cannotRead(source.name(), e), e);
		}
	}
}
