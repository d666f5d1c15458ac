package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.commons.csv.CSVPrinter;
import org.revisit.model.Contact;
import org.revisit.store.Store;

/**
 * Writes all contacts to a CSV file with the columns of the import ({@link ContactColumn}, English header), in
 * UTF-8 with a byte-order mark so that Excel opens it. A value that a spreadsheet would run as a formula gets a
 * {@code '} in front ({@link Values#neutralise}), which the import takes off again. Contacts are read page by
 * page; the file is written beside the target and moved into place at the end, so a failed export leaves no
 * partial file. The target's folder must exist.
 */
public final class ContactExporter {

	static final int PAGE = 1000;

	private ContactExporter() {
	}

	/** Exports every contact and returns how many were written. */
	public static long export(Store store, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		IoErrors.checkWritableFile(target);
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		long count;
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				count = write(store, out, StandardCharsets.UTF_8);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
		return count;
	}

	/**
	 * Writes every contact to {@code stream} (left open) in {@code charset}: UTF-8 with a byte-order mark, or
	 * another encoding (GBK for older spreadsheets) without one. Returns how many were written.
	 *
	 * @throws NotEncodable if a value has a character {@code charset} cannot hold (nothing useful was written)
	 */
	public static long write(Store store, OutputStream stream, Charset charset) throws IOException {
		return write(store.contacts()::pageAfter, stream, charset);
	}

	/** Reads the contacts to export: those with ids above {@code afterId}, by id, at most {@code limit}. */
	@FunctionalInterface
	public interface Pages {
		List<Contact> after(long afterId, int limit);
	}

	/** As {@link #write(Store, OutputStream, Charset)} for the contacts {@code pages} reads. */
	public static long write(Pages pages, OutputStream stream, Charset charset) throws IOException {
		List<String> header = new ArrayList<>();
		for (ContactColumn c : ContactColumn.values()) {
			header.add(c.english());
		}
		return writePaged(stream, charset, header, pages::after, Contact::getId, ContactCsv::toFields,
				contact -> "contact #" + contact.getId());
	}

	/**
	 * Writes a CSV file for Excel of the rows {@code pages} gives after each last id, {@value #PAGE} at a time: UTF-8
	 * with a byte-order mark, or another encoding without one (a value it cannot hold is refused, naming the row as
	 * {@code who} says and the column); formula-looking text neutralised. What the contacts and the service events
	 * exports share. Returns how many rows were written.
	 */
	static <R> long writePaged(OutputStream stream, Charset charset, List<String> header,
			BiFunction<Long, Integer, List<R>> pages, ToLongFunction<R> id, Function<R, List<String>> toFields,
			Function<R, String> who) throws IOException {
		boolean utf8 = charset.equals(StandardCharsets.UTF_8);
		CharsetEncoder check = utf8 ? null : charset.newEncoder();
		Writer out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()));
		CSVPrinter printer = new CSVPrinter(out, RejectsWriter.EXCEL);
		if (utf8) {
			out.write('\uFEFF');
		}
		printer.printRecord(header);
		long count = 0;
		long after = 0;
		while (true) {
			List<R> page = pages.apply(after, PAGE);
			for (R row : page) {
				List<String> fields = toFields.apply(row);
				fields.replaceAll(Values::neutralise);
				if (check != null) {
					for (int i = 0; i < fields.size(); i++) {
						String value = fields.get(i);
						if (value != null && !check.canEncode(value)) {
							throw new NotEncodable(who.apply(row) + ", column " + header.get(i) + ": " + Values.echo(value)
									+ " has characters " + check.charset().name() + " cannot hold; export in UTF-8");
						}
					}
				}
				printer.printRecord(fields);
				after = id.applyAsLong(row);
			}
			count += page.size();
			if (page.size() < PAGE) {
				break;
			}
		}
		printer.flush();
		return count;
	}

	/** A contact's value has characters the export's encoding cannot hold. */
	public static final class NotEncodable extends IOException {

		private static final long serialVersionUID = 1L;

		NotEncodable(String message) {
			super(message);
		}
	}
}
